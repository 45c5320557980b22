//! 検索: the results for what is typed in the search field — everything the app says (the guide,
//! 訪問, その後の動き with the sources' words, the official lines) and what this station typed on
//! this device (its contacts, memos, records and dates) — grouped by screen, each a link to the
//! exact place, the words found marked. What is searched is made in memory when a search field is
//! focused or this screen opens (`SearchQuery`); the query stays in memory (back comes here with
//! it), never saved, never in the address.

use crate::browser;
use crate::components::search_box::{use_search_query, SCREEN_FIELD};
use crate::model::search::{search, Group, Piece, Query};
use leptos::prelude::*;

/// How many results a group shows before 「すべて表示」.
const SHOWN: usize = 8;

#[component]
pub fn SearchPage() -> impl IntoView {
    browser::set_title("検索");
    let search_query = use_search_query();
    let (query, content, typed) = (search_query.text, search_query.content, search_query.typed);
    search_query.prepare();
    let on_input = move |ev: leptos::ev::Event| {
        if !crate::components::fields::composing(&ev) {
            query.set(event_target_value(&ev));
        }
    };
    // The groups shown in full (a group shows its first few results until asked).
    let expanded = RwSignal::new(Vec::<Group>::new());
    let results = move || {
        let text = query.get();
        let words = Query::new(&text, &mut browser::nfkc);
        if words.is_empty() {
            return view! { <p class="search-hint">"ことば（例：ロック、0120、証明書 更新）を入れると、手順・訪問・その後の動き・連絡先・この事業所の記録から探します。スペースで区切ると、すべてを含むものを探します。"</p> }.into_any();
        }
        content.with(|content| {
            typed.with(|typed| {
                let groups = search(&[content, typed], &words);
                if groups.is_empty() {
                    return view! {
                        <div class="search-none" role="status">
                            <p>{format!("「{}」に一致するものは見つかりませんでした。ことばを短くするか、ひらがな・カタカナを変えて試してください。", text.trim())}</p>
                            <p>"画面から探す："</p>
                            <ul class="menu-list">
                                <li><a href="/steps">"手順"</a></li>
                                <li><a href="/visit">"訪問時の資格確認"</a></li>
                                <li><a href="/later">"その後の動き"</a></li>
                                <li><a href="/contacts">"連絡先"</a></li>
                                <li><a href="/records">"記録と書類"</a></li>
                            </ul>
                        </div>
                    }
                    .into_any();
                }
                let count: usize = groups.iter().map(|(_, hits)| hits.len()).sum();
                view! {
                    <p class="search-count" role="status">{format!("{count}件見つかりました")}</p>
                    {groups.into_iter().map(|(group, hits)| {
                        let heading = format!("search-{}", group.key());
                        let labelled = heading.clone();
                        let all = hits.len();
                        // A short word finds much: a group shows its first few until asked for all.
                        let shown = if expanded.with(|e| e.contains(&group)) { all } else { all.min(SHOWN) };
                        view! {
                            <section class="search-group" aria-labelledby=labelled>
                                <h2 id=heading>{format!("{}（{}件）", group.label(), all)}</h2>
                                <ul class="search-results">
                                    {hits.into_iter().take(shown).map(|entry| {
                                        let (title, excerpt) = entry.marked(&words);
                                        view! {
                                            <li>
                                                <a href=entry.href.clone()>
                                                    <span class="search-title"><Marked pieces=title/></span>
                                                    <span class="search-excerpt"><Marked pieces=excerpt/></span>
                                                </a>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                                {(shown < all).then(|| view! {
                                    <button type="button" class="button small" on:click=move |_| expanded.update(|e| e.push(group))>
                                        {format!("{}をすべて表示（{}件）", group.label(), all)}
                                    </button>
                                })}
                            </section>
                        }
                    }).collect_view()}
                }
                .into_any()
            })
        })
    };
    view! {
        <div class="page search">
            <h1 tabindex="-1">"検索"</h1>
            <form class="search-form" role="search" aria-label="アプリ内の検索（この画面）" on:submit=|ev| ev.prevent_default()>
                <label for=SCREEN_FIELD>"アプリ内を検索"</label>
                <input
                    type="search"
                    id=SCREEN_FIELD
                    autocomplete="off"
                    enterkeyhint="search"
                    prop:value=move || query.get()
                    on:focus=move |_| search_query.prepare()
                    on:input=on_input
                    on:compositionend=move |ev| query.set(event_target_value(&ev))
                />
            </form>
            <p class="search-privacy">"入れたことばは保存しません（この画面を閉じると消えます）。探すのはこの端末の中だけで、外部には送りません。"</p>
            <div class="search-output">{results}</div>
        </div>
    }
}

/// Text in pieces, the words found in `<mark>`.
#[component]
fn Marked(pieces: Vec<Piece>) -> impl IntoView {
    pieces
        .into_iter()
        .map(|piece| if piece.marked { view! { <mark>{piece.text}</mark> }.into_any() } else { piece.text.into_any() })
        .collect_view()
}
