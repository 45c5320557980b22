//! STEP05: the receipts (領収書) for the subsidy claim, the guide's checks on them, their total,
//! and the date the subsidy was applied for.

use super::date;
use crate::components::fields::amount_field::AmountField;
use crate::components::fields::choice_field::ChoiceField;
use crate::components::fields::date_field::DateField;
use crate::components::fields::text_field::TextField;
use crate::components::rows::{RowList, Rows};
use crate::model::guide::VendorKind;
use crate::model::input::yen;
use crate::model::records::Receipt;
use crate::state::use_app_state;
use leptos::prelude::*;

const RECEIPTS: Rows<Receipt> = Rows { get: |s| &s.records.receipts, get_mut: |s| &mut s.records.receipts };

static LIST: RowList = RowList {
    legend: "領収書",
    add_label: "領収書を追加",
    ids: |state| RECEIPTS.ids(state),
    add: |state| RECEIPTS.add(state),
    remove: |state, id| RECEIPTS.remove(state, id),
    fields: receipt_fields,
    first_field: |id| format!("receipt-{id}-issuer"),
};

#[component]
pub fn Receipts() -> impl IntoView {
    let state = use_app_state();
    let checks = Memo::new(move |_| state.with_station(|s| s.records.receipt_checks()));
    let total = move || state.with_station(|s| yen(s.records.receipts_total()));
    let (applied, set_applied) = date(state, |s| s.records.subsidy_applied_on, |s| &mut s.records.subsidy_applied_on);
    view! {
        <section class="row-list" aria-labelledby="receipts-heading">
            <h3 id="receipts-heading">"領収書"</h3>
            <ul class="checks" aria-label="領収書の確認">
                {move || checks.get().into_iter().map(|c| view! {
                    <li class=if c.ok { "check ok" } else { "check missing" }>
                        <span class="check-mark">{if c.ok { "✓ できている" } else { "！ まだ" }}</span>
                        " "{c.text}
                    </li>
                }).collect_view()}
            </ul>
            {LIST.view()}
            <p class="receipts-total">"領収書の合計："<strong class="num">{total}</strong></p>
        </section>
        <DateField label="補助金の申請日" id="subsidy-applied" value=applied on_change=set_applied/>
    }
}

fn receipt_fields(id: String) -> AnyView {
    let state = use_app_state();
    let (issuer, set_issuer) = RECEIPTS.field(state, id.clone(), |r| r.issuer.clone(), |r, v| r.issuer = v);
    let (kind, set_kind) = RECEIPTS.field(state, id.clone(), |r| r.issuer_kind, |r, v| r.issuer_kind = v);
    let (day, set_day) = RECEIPTS.field(state, id.clone(), |r| r.date, |r, v| r.date = v);
    let (amount, set_amount) = RECEIPTS.field(state, id.clone(), |r| r.amount, |r, v| r.amount = v);
    let (content, set_content) = RECEIPTS.field(state, id.clone(), |r| r.description.clone(), |r, v| r.description = v);
    let kind_value = Signal::derive(move || kind.get().map(|k| k.key().to_string()).unwrap_or_default());
    let set_kind_value = Callback::new(move |v: String| {
        set_kind.run(VendorKind::ALL.into_iter().find(|k| k.key() == v));
    });
    let options = vec![
        (String::new(), "その他・不明".to_string()),
        (VendorKind::Support.key().to_string(), VendorKind::Support.label().to_string()),
        (VendorKind::Rececon.key().to_string(), VendorKind::Rececon.label().to_string()),
    ];
    view! {
        <TextField label="発行元" id=format!("receipt-{id}-issuer") value=issuer on_input=set_issuer/>
        <ChoiceField label="発行元の種類" id=format!("receipt-{id}-kind") options=options value=kind_value on_change=set_kind_value/>
        <DateField label="日付" id=format!("receipt-{id}-date") value=day on_change=set_day/>
        <AmountField label="金額（円）" id=format!("receipt-{id}-amount") value=amount on_change=set_amount/>
        <TextField label="内容" id=format!("receipt-{id}-content") value=content on_input=set_content/>
    }
    .into_any()
}
