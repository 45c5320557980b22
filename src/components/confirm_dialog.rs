//! A confirmation dialog (the native `<dialog>`, opened modally: it traps focus, closes on Esc
//! and returns focus to where it was). The buttons say what happens.

use leptos::html::Dialog;
use leptos::prelude::*;

#[component]
pub fn ConfirmDialog(
    /// Whether the dialog is open; the dialog sets it back to false when closed.
    open: RwSignal<bool>,
    /// A unique id for the dialog's heading.
    id: &'static str,
    /// The dialog's heading and accessible name.
    title: &'static str,
    /// The button that does the thing, e.g. 「すべて削除する」.
    confirm_label: &'static str,
    /// Called when the user confirms (the dialog then closes).
    on_confirm: Callback<()>,
    /// Styles the confirm button as destructive.
    #[prop(optional)]
    danger: bool,
    children: ChildrenFn,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    Effect::new(move || {
        let Some(dialog) = dialog.get() else { return };
        if open.get() {
            if !dialog.open() {
                let _ = dialog.show_modal();
            }
        } else if dialog.open() {
            dialog.close();
        }
    });
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    view! {
        <dialog node_ref=dialog class="dialog" aria-labelledby=labelled_by on:close=move |_| open.set(false)>
            <h2 id=title_id>{title}</h2>
            <div class="dialog-body">{children()}</div>
            <div class="dialog-actions">
                <button type="button" class="button" on:click=move |_| open.set(false)>"やめる"</button>
                <button
                    type="button"
                    class=if danger { "button danger" } else { "button primary" }
                    on:click=move |_| {
                        on_confirm.run(());
                        open.set(false);
                    }
                >
                    {confirm_label}
                </button>
            </div>
        </dialog>
    }
}
