//! 連絡先: the station's own contacts (its 導入支援事業者, レセコン事業者, 回線事業者 and others:
//! added, edited and deleted, a phone number as a `tel:` link) and the official lines, one tap
//! away and offline. Only the station's own contacts: never a patient's name or number.

use crate::browser;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::contact_line::OfficialLine;
use crate::components::fields::checked_field::CheckedField;
use crate::components::fields::choice_field::ChoiceField;
use crate::components::fields::text_area::TextArea;
use crate::components::fields::text_input::{FieldNote, TextInput};
use crate::components::rows::{row_number, Rows};
use crate::model::contacts::{
    check_contact, suggestions, ContactErrors, ContactKind, StationContact, LINES, NAME_REQUIRED,
};
use crate::model::guide::GUIDE;
use crate::model::json::Keyed;
use crate::model::phone::Phone;
use crate::state::{use_app_state, Status};
use leptos::prelude::*;

pub(crate) const CONTACTS: Rows<StationContact> = Rows { get: |s| &s.contacts, get_mut: |s| &mut s.contacts };

fn kind_options() -> Vec<(String, String)> {
    ContactKind::ALL.iter().map(|k| (k.key().to_string(), k.label().to_string())).collect()
}

#[component]
pub fn ContactsPage() -> impl IntoView {
    browser::set_title("連絡先");
    let state = use_app_state();
    let ids = CONTACTS.ids(state);
    let deleting = RwSignal::new(None::<String>);
    let dialog_open = RwSignal::new(false);
    let confirm_delete = Callback::new(move |_| {
        let Some(id) = deleting.get_untracked() else { return };
        let name =
            state.with_station(|s| s.contacts.iter().find(|c| c.id == id).map(|c| c.name.clone()).unwrap_or_default());
        CONTACTS.remove(state, &id);
        state.status.set(Status::Done(format!("「{name}」を削除しました。")));
    });
    let deleting_name = move || {
        deleting
            .get()
            .and_then(|id| state.with_station(|s| s.contacts.iter().find(|c| c.id == id).map(|c| c.name.clone())))
    };
    view! {
        <div class="page contacts">
            <h1 tabindex="-1">"連絡先"</h1>
            <p class="privacy-line">"この一覧は、事業所の連絡先（事業者・窓口）のためのものです。利用者の名前や電話番号は入れないでください。"</p>
            <section aria-labelledby="own-contacts-heading">
                <h2 id="own-contacts-heading">"この事業所の連絡先"</h2>
                <ul class="contact-list">
                    <For each=move || ids.get() key=|id| id.clone() let:id>
                        <ContactCard id=id ids=ids deleting=deleting dialog_open=dialog_open/>
                    </For>
                </ul>
                {move || ids.with(Vec::is_empty).then(|| view! { <p>"まだ登録していません。導入支援事業者やレセコン事業者の連絡先を入れておくと、手順の「依頼先」から電話できます。"</p> })}
                <AddContact/>
            </section>
            <section aria-labelledby="official-lines-heading">
                <h2 id="official-lines-heading">"公的な窓口"</h2>
                <p class="records-note">"番号と受付時間は出典の記載のとおりです。音声案内の番号は変わることがあるので載せていません。電話をかけるには電話の回線が必要です。"</p>
                <ul class="contact-list">
                    {LINES.iter().map(|line| view! { <li id=format!("line-{}", line.fact.id)><OfficialLine line=line/></li> }).collect_view()}
                </ul>
            </section>
            <ConfirmDialog open=dialog_open id="delete-contact" title="この連絡先を削除しますか？" confirm_label="削除する" danger=true on_confirm=confirm_delete>
                <p>{move || deleting_name().map(|n| format!("「{n}」を連絡先から削除します。元に戻すことはできません。"))}</p>
            </ConfirmDialog>
        </div>
    }
}

/// One of the station's contacts: its fields (a name and a number that are refused when they are
/// not one, keeping the last good value), its number as a `tel:` link, and 削除.
#[component]
fn ContactCard(
    id: String,
    ids: Memo<Vec<String>>,
    deleting: RwSignal<Option<String>>,
    dialog_open: RwSignal<bool>,
) -> impl IntoView {
    let state = use_app_state();
    let (name, set_name) = CONTACTS.field(state, id.clone(), |c| c.name.clone(), |c, v| c.name = v);
    let (phone, set_phone) = CONTACTS.field(state, id.clone(), |c| c.phone.clone(), |c, v| c.phone = v);
    let (kind, set_kind) = CONTACTS.field(
        state,
        id.clone(),
        |c| c.kind.key().to_string(),
        |c, v: String| c.kind = <ContactKind as Keyed>::from_key(&v).unwrap_or_default(),
    );
    let (memo, set_memo) = CONTACTS.field(state, id.clone(), |c| c.memo.clone(), |c, v| c.memo = v);
    let number = row_number(ids, id.clone());
    let tel = move || phone.with(|p| Phone::parse(p).ok());
    let delete_id = id.clone();
    view! {
        <li class="contact-card" id=format!("contact-{id}")>
            <fieldset class="record-group row">
                <legend>{move || format!("連絡先 {}", number())}</legend>
                <p class="contact-call">{move || tel().map(|p| view! {
                    <a class="tel-link" href=p.tel()>{format!("{} に電話", p.display())}</a>
                })}</p>
                <CheckedField label="名称" id=format!("contact-{id}-name") value=name on_change=set_name
                    check=|t: &str| { let t = t.trim(); if t.is_empty() { Err(NAME_REQUIRED) } else { Ok(t.to_string()) } }
                    show=|v: &str| v.to_string()/>
                <CheckedField label="電話番号" id=format!("contact-{id}-phone") value=phone on_change=set_phone kind="tel"
                    check=|t: &str| if t.trim().is_empty() { Ok(String::new()) } else { Phone::parse(t).map(|p| p.digits().to_string()) }
                    show=|v: &str| Phone::parse(v).map(|p| p.display()).unwrap_or_else(|_| v.to_string())/>
                <ChoiceField label="種類" id=format!("contact-{id}-kind") options=kind_options() value=kind on_change=set_kind/>
                <TextArea label="メモ（担当者・受付時間など）" id=format!("contact-{id}-memo") value=memo on_input=set_memo rows=2/>
                <button type="button" class="button danger small" on:click=move |_| {
                    deleting.set(Some(delete_id.clone()));
                    dialog_open.set(true);
                }>"この連絡先を削除…"</button>
            </fieldset>
        </li>
    }
}

/// 追加: a new contact, checked before anything is saved; and the vendors the records already
/// name, offered (never added) as a start.
#[component]
fn AddContact() -> impl IntoView {
    let state = use_app_state();
    let name = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    // A contact is その他 until the user says what it is: a kind it is not would show it beside
    // the steps as that kind's contact (a pharmacy as the 導入支援事業者).
    let unsaid_kind = || ContactKind::default().key().to_string();
    let kind = RwSignal::new(unsaid_kind());
    let errors = RwSignal::new(Default::default());
    let offered = Memo::new(move |_| state.with_station(|s| suggestions(&GUIDE, &s.records, &s.contacts)));
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match check_contact(&name.get_untracked(), &phone.get_untracked()) {
            Ok((checked_name, digits)) => {
                let contact = StationContact {
                    id: browser::new_id("contact"),
                    name: checked_name.clone(),
                    phone: digits,
                    kind: <ContactKind as Keyed>::from_key(&kind.get_untracked()).unwrap_or_default(),
                    memo: String::new(),
                };
                state.change_station(|s| s.contacts.push(contact));
                errors.set(Default::default());
                name.set(String::new());
                phone.set(String::new());
                kind.set(unsaid_kind());
                state.status.set(Status::Done(format!("「{checked_name}」を追加しました。")));
            }
            Err(found) => errors.set(found),
        }
    };
    let refused = |message: Option<&'static str>| message.map(|m| FieldNote::Refused(m.to_string()));
    let name_note = Signal::derive(move || refused(errors.with(|e: &ContactErrors| e.name)));
    let phone_note = Signal::derive(move || refused(errors.with(|e: &ContactErrors| e.phone)));
    view! {
        <section class="add-contact" aria-labelledby="add-contact-heading">
            <h3 id="add-contact-heading">"連絡先を追加"</h3>
            {move || {
                let list = offered.get();
                (!list.is_empty()).then(|| view! {
                    <div class="suggestions">
                        <p>"記録に出てくる事業者です。押すと下の欄に入ります（まだ追加はされません）。"</p>
                        <ul class="button-row">
                            {list.into_iter().map(|(vendor, vendor_kind)| {
                                let label = format!("「{vendor}」（{}）を入れる", vendor_kind.label());
                                view! { <li><button type="button" class="button small" on:click=move |_| {
                                    name.set(vendor.clone());
                                    kind.set(vendor_kind.key().to_string());
                                }>{label}</button></li> }
                            }).collect_view()}
                        </ul>
                    </div>
                })
            }}
            <form on:submit=add novalidate>
                <TextInput label="名称（必須）" id="new-contact-name" shown=name on_text=Callback::new(move |t| name.set(t))
                    note=name_note autocomplete="organization" local=true/>
                <TextInput label="電話番号" id="new-contact-phone" shown=phone on_text=Callback::new(move |t| phone.set(t))
                    note=phone_note kind="tel" local=true/>
                <ChoiceField label="種類" id="new-contact-kind" options=kind_options() value=kind
                    on_change=Callback::new(move |v| kind.set(v))/>
                <button type="submit" class="button primary">"追加"</button>
            </form>
        </section>
    }
}
