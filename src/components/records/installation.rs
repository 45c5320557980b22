//! STEP03 導入: the certificate's arrival (and latest renewal, from which its expiry counts),
//! set-up and test dates, and who attended.

use super::{date, text};
use crate::components::fields::date_field::DateField;
use crate::components::fields::text_field::TextField;
use crate::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn Installation() -> impl IntoView {
    let state = use_app_state();
    let (certificate_arrived, set_certificate) = date(
        state,
        |s| s.records.installation.certificate_arrived_on,
        |s| &mut s.records.installation.certificate_arrived_on,
    );
    let (renewed, set_renewed) = date(
        state,
        |s| s.records.installation.certificate_renewed_on,
        |s| &mut s.records.installation.certificate_renewed_on,
    );
    let certificate = Memo::new(move |_| state.with_station(crate::model::schedule::certificate));
    let (setup, set_setup) = date(state, |s| s.records.installation.setup_on, |s| &mut s.records.installation.setup_on);
    let (test, set_test) = date(state, |s| s.records.installation.test_on, |s| &mut s.records.installation.test_on);
    let (attendees, set_attendees) =
        text(state, |s| &s.records.installation.attendees, |s| &mut s.records.installation.attendees);
    view! {
        <p class="records-note">"総合ポータルサイトでの各申請の日付は、チェックリストの完了日として記録されます（完了日は変更できます）。"</p>
        <fieldset class="record-group">
            <legend>"電子証明書と現地での導入"</legend>
            <DateField label="電子証明書の到着日（簡易書留）" id="certificate-arrived" value=certificate_arrived on_change=set_certificate/>
            <DateField label="電子証明書を更新した日（最新）" id="certificate-renewed" value=renewed on_change=set_renewed/>
            <p class="field-help" aria-live="polite">
                {move || certificate.get().map(|c| format!(
                    "有効期限の目安：{}（{}から3年3か月）。更新は{}ごろからできます。くわしくはホームの「この事業所の期日」へ。",
                    c.expires.japanese_with_weekday(),
                    if c.renewed { "更新した日" } else { "到着日" },
                    c.renewable_from.japanese()
                ))}
            </p>
            <DateField label="セットアップ日" id="setup-date" value=setup on_change=set_setup/>
            <DateField label="接続・運用テスト日" id="test-date" value=test on_change=set_test/>
            <TextField label="立会者（ステーション職員）" id="attendees" value=attendees on_input=set_attendees/>
        </fieldset>
    }
}
