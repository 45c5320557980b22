//! The app's screens and their addresses (paths). Parsing is pure so the whole address scheme is
//! tested natively; `navigation` (browser side) turns clicks and history into a [`Route`].

use crate::model::guide::GUIDE;

/// One screen of the app, as named by its path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/` ホーム
    Home,
    /// `/steps` 手順
    Steps,
    /// `/steps/<n>` one step, STEP01…STEP05
    Step(u8),
    /// `/vendors` 導入支援事業者
    Vendors,
    /// `/about` 出典とこのアプリについて
    About,
    /// `/more` その他
    More,
    /// `/data` データの管理
    Data,
    /// `/later` その後の動き
    Later,
    /// `/records` 記録
    Records,
    /// `/memo` 見積依頼メモ: the quote requests (the address keeps the page's Japanese name)
    QuoteRequest,
    /// `/print` 導入記録（印刷用）
    Print,
    /// `/stations` ステーションの切り替え
    Stations,
    /// `/contacts` 連絡先
    Contacts,
    /// `/visit` 訪問時の資格確認（利用者宅で）
    Visit,
    /// `/visit/setup` 訪問の準備（この事業所の確認の方法、端末、準備の項目）
    VisitSetup,
    /// `/visit/card` 訪問用カード（印刷用）
    VisitCard,
    /// `/handoff` ほかの端末に渡す
    Handoff,
    /// `/receive` ほかの端末から受け取る
    Receive,
    /// `/search` 検索 (the query is never in the address)
    Search,
    /// Any other path: 「ページが見つかりません」.
    NotFound,
}

impl Route {
    /// The screen a path names. A trailing slash is ignored; a step number must exist in the
    /// guide (`/steps/9` is not found).
    pub fn parse(path: &str) -> Route {
        match without_trailing_slash(path) {
            "" | "/" => Route::Home,
            "/steps" => Route::Steps,
            "/vendors" => Route::Vendors,
            "/about" => Route::About,
            "/more" => Route::More,
            "/data" => Route::Data,
            "/later" => Route::Later,
            "/records" => Route::Records,
            "/memo" => Route::QuoteRequest,
            "/handoff" => Route::Handoff,
            "/receive" => Route::Receive,
            "/search" => Route::Search,
            "/print" => Route::Print,
            "/stations" => Route::Stations,
            "/contacts" => Route::Contacts,
            "/visit" => Route::Visit,
            "/visit/setup" => Route::VisitSetup,
            "/visit/card" => Route::VisitCard,
            path => path
                .strip_prefix("/steps/")
                .and_then(|number| number.parse::<u8>().ok())
                .and_then(|number| GUIDE.step(number))
                .map_or(Route::NotFound, |step| Route::Step(step.number)),
        }
    }
}

/// Whether a navigation link to `href` stands for the screen at `path` (marked
/// `aria-current="page"`): the exact path for ホーム, otherwise the link's path or anything
/// below it (手順 is current on `/steps/3`).
pub fn link_is_current(href: &str, path: &str, exact: bool) -> bool {
    let path = without_trailing_slash(path);
    if exact || href == "/" {
        return path == href;
    }
    path == href || path.strip_prefix(href).is_some_and(|rest| rest.starts_with('/'))
}

/// `/steps/` → `/steps`; the root `/` stays as it is.
fn without_trailing_slash(path: &str) -> &str {
    match path.strip_suffix('/') {
        Some(trimmed) if !trimmed.is_empty() => trimmed,
        _ => path,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_screen_has_its_path() {
        let cases = [
            ("/", Route::Home),
            ("", Route::Home),
            ("/steps", Route::Steps),
            ("/steps/1", Route::Step(1)),
            ("/steps/5", Route::Step(5)),
            ("/vendors", Route::Vendors),
            ("/about", Route::About),
            ("/more", Route::More),
            ("/data", Route::Data),
            ("/later", Route::Later),
            ("/records", Route::Records),
            ("/memo", Route::QuoteRequest),
            ("/print", Route::Print),
            ("/stations", Route::Stations),
            ("/contacts", Route::Contacts),
            ("/visit", Route::Visit),
            ("/visit/setup", Route::VisitSetup),
            ("/visit/card", Route::VisitCard),
            ("/handoff", Route::Handoff),
            ("/receive", Route::Receive),
            ("/search", Route::Search),
        ];
        for (path, route) in cases {
            assert_eq!(Route::parse(path), route, "{path}");
        }
    }

    #[test]
    fn trailing_slash_is_ignored() {
        assert_eq!(Route::parse("/steps/"), Route::Steps);
        assert_eq!(Route::parse("/steps/2/"), Route::Step(2));
        assert_eq!(Route::parse("/more/"), Route::More);
    }

    #[test]
    fn unknown_paths_and_steps_are_not_found() {
        for path in ["/steps/0", "/steps/6", "/steps/x", "/steps/1/2", "/stepsx", "/index", "/STEPS"] {
            assert_eq!(Route::parse(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn every_guide_step_has_a_route() {
        for step in GUIDE.steps {
            assert_eq!(Route::parse(&format!("/steps/{}", step.number)), Route::Step(step.number));
        }
    }

    #[test]
    fn current_link_marks_its_section() {
        assert!(link_is_current("/", "/", true));
        assert!(!link_is_current("/", "/steps", true));
        assert!(link_is_current("/steps", "/steps", false));
        assert!(link_is_current("/steps", "/steps/3", false));
        assert!(link_is_current("/steps", "/steps/", false));
        assert!(!link_is_current("/steps", "/stepsx", false));
        assert!(!link_is_current("/records", "/steps", false));
        assert!(link_is_current("/steps/3", "/steps/3", false));
        assert!(!link_is_current("/steps/3", "/steps/4", false));
        assert!(link_is_current("/visit", "/visit/setup", false));
    }
}
