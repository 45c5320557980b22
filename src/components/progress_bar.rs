//! A progress bar with its figures in words beside it (never the bar alone).

use crate::model::progress::Progress;
use leptos::prelude::*;

#[component]
pub fn ProgressBar(
    /// What the bar measures, e.g. 「全体の進み具合」; the bar's accessible name.
    #[prop(into)]
    label: String,
    #[prop(into)] progress: Signal<Progress>,
) -> impl IntoView {
    view! {
        <div class="progress">
            <progress
                max=move || progress.get().total
                value=move || progress.get().done
                aria-label=label
            ></progress>
            <span class="progress-text">
                {move || format!("{}完了（{}%）", progress.get().fraction(), progress.get().percent())}
            </span>
        </div>
    }
}
