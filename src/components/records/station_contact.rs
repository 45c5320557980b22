//! STEP01: the station and its contact (for the quote request memo).

use super::text;
use crate::components::fields::text_field::TextField;
use crate::model::input::{email_hint, phone_hint};
use crate::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn StationContact() -> impl IntoView {
    let state = use_app_state();
    let (name, set_name) = text(state, |s| &s.name, |s| &mut s.name);
    let (person, set_person) = text(state, |s| &s.records.contact.person, |s| &mut s.records.contact.person);
    let (phone, set_phone) = text(state, |s| &s.records.contact.phone, |s| &mut s.records.contact.phone);
    let (email, set_email) = text(state, |s| &s.records.contact.email, |s| &mut s.records.contact.email);
    view! {
        <fieldset class="record-group">
            <legend>"事業所と連絡先（見積依頼メモに使います）"</legend>
            <TextField label="事業所名" id="station-name" value=name on_input=set_name autocomplete="organization"/>
            <TextField label="担当者" id="contact-person" value=person on_input=set_person autocomplete="name"/>
            <TextField label="電話" id="contact-phone" kind="tel" value=phone on_input=set_phone autocomplete="tel" hint=phone_hint/>
            <TextField label="メール" id="contact-email" kind="email" value=email on_input=set_email autocomplete="email" hint=email_hint/>
        </fieldset>
    }
}
