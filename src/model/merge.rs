//! Merging two tabs' (or windows') versions of the saved document, field by field.
//!
//! localStorage is last-writer-wins, and a tab may read it before another tab's write has reached
//! it. So each document carries a clock: for every field (a leaf of the JSON, addressed by a
//! path) the time it last changed, deletions included. Two versions merge by taking, field by
//! field, the newer value. The merge needs no common ancestor, gives the same result whichever
//! tab does it and in whatever order versions arrive, and a change made in one tab is never
//! undone by a stale copy from another.
//!
//! Paths: object keys joined by `/`; rows of a list (objects with a string `"id"`: stations,
//! receipts, staff…) are addressed as `#<id>`, and the list's order is the field `<list>/#order`.

use litemap::LiteMap;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The time (ms since 1970) each field last changed, by path. A sorted vector, not a B-tree: its
/// paths are read and merged in order, so they are mostly appended (and one map type fewer).
pub type Clock = LiteMap<String, u64>;

/// A document as fields: path → value (scalars, or lists that are not rows).
pub type Fields = BTreeMap<String, Value>;

fn escape(key: &str) -> String {
    let escaped = key.replace('~', "~0").replace('/', "~1");
    match escaped.strip_prefix('#') {
        Some(rest) => format!("~2{rest}"),
        None => escaped,
    }
}

fn unescape(segment: &str) -> String {
    let s = match segment.strip_prefix("~2") {
        Some(rest) => format!("#{rest}"),
        None => segment.to_string(),
    };
    s.replace("~1", "/").replace("~0", "~")
}

/// A list of rows: non-empty, every element an object with a string `"id"`.
fn row_ids(values: &[Value]) -> Option<Vec<&str>> {
    if values.is_empty() {
        return None;
    }
    values.iter().map(|v| v.get("id")?.as_str()).collect()
}

/// As [`row_ids`], when no id is repeated (as in every valid document).
fn distinct_row_ids(values: &[Value]) -> Option<Vec<&str>> {
    let ids = row_ids(values)?;
    // Compared pairwise (lists are tens of rows): a sort routine is more code than the lists need.
    ids.iter().enumerate().all(|(at, id)| !ids[..at].contains(id)).then_some(ids)
}

/// The fields of a JSON value. Empty objects and lists have no fields (they are implied).
pub fn flatten(value: &Value) -> Fields {
    let mut fields = Fields::new();
    flatten_into(value, "", &mut fields);
    fields
}

/// The fields of a value that sits at `prefix` in a larger one (e.g. one station of the
/// document), with the same paths the whole value's [`flatten`] would give them.
pub fn flatten_at(value: &Value, prefix: &str) -> Fields {
    let mut fields = Fields::new();
    flatten_into(value, prefix, &mut fields);
    fields
}

/// The path prefix of the row `id` in the list at `list` (e.g. a station in `/stations`).
pub fn row_path(list: &str, id: &str) -> String {
    format!("{list}/#{}", escape(id))
}

fn flatten_into(value: &Value, prefix: &str, out: &mut Fields) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                flatten_into(v, &format!("{prefix}/{}", escape(key)), out);
            }
        }
        Value::Array(items) => match row_ids(items) {
            Some(ids) => {
                out.insert(format!("{prefix}/#order"), Value::from(ids.clone()));
                for (id, row) in ids.iter().zip(items) {
                    flatten_into(row, &format!("{prefix}/#{}", escape(id)), out);
                }
            }
            None if items.is_empty() => {}
            None => {
                out.insert(prefix.to_string(), value.clone());
            }
        },
        _ => {
            out.insert(prefix.to_string(), value.clone());
        }
    }
}

/// Rebuilds the JSON value from its fields (the inverse of [`flatten`]). The tree is built of
/// JSON objects: a field's value is never an object (an object's fields are its leaves), so an
/// object in the tree is a branch (a tree type of its own would be one more map type compiled in).
pub fn unflatten(fields: &Fields) -> Value {
    let mut root = Map::new();
    for (path, value) in fields {
        let segments: Vec<&str> = path.split('/').skip(1).collect();
        insert(&mut root, &segments, value.clone());
    }
    build(root)
}

fn insert(node: &mut Map<String, Value>, segments: &[&str], value: Value) {
    let Some((first, rest)) = segments.split_first() else { return };
    if rest.is_empty() {
        // A branch already there (a field that became a list of rows) keeps its children.
        node.entry(first.to_string()).or_insert(value);
        return;
    }
    let child = node.entry(first.to_string()).or_insert_with(|| Value::Object(Map::new()));
    if !child.is_object() {
        *child = Value::Object(Map::new());
    }
    if let Value::Object(children) = child {
        insert(children, rest, value);
    }
}

fn build(mut children: Map<String, Value>) -> Value {
    let is_rows = !children.is_empty() && children.keys().all(|k| k.starts_with('#'));
    if !is_rows {
        // Inserts rather than `collect()`, which sorts first (a sort routine per type, and the
        // map keeps its keys in order anyway).
        let mut map = Map::new();
        for (key, node) in children.into_iter().filter(|(k, _)| !k.starts_with('#')) {
            map.insert(unescape(&key), node_value(node));
        }
        return Value::Object(map);
    }
    let order: Vec<String> = match children.remove("#order") {
        Some(Value::Array(ids)) => ids.iter().filter_map(|v| v.as_str().map(|s| format!("#{}", escape(s)))).collect(),
        _ => Vec::new(),
    };
    let mut rows = Vec::new();
    let mut take = |key: &str, children: &mut Map<String, Value>| {
        if let Some(node) = children.remove(key) {
            let mut row = node_value(node);
            // A row keeps its id even if only some of its fields survived a merge.
            if let Value::Object(map) = &mut row {
                map.entry("id").or_insert_with(|| Value::from(unescape(&key[1..])));
            }
            rows.push(row);
        }
    };
    for key in &order {
        take(key, &mut children);
    }
    let rest: Vec<String> = children.keys().cloned().collect();
    for key in rest {
        take(&key, &mut children);
    }
    Value::Array(rows)
}

/// A branch built into its value; a leaf is its value.
fn node_value(node: Value) -> Value {
    match node {
        Value::Object(children) => build(children),
        leaf => leaf,
    }
}

/// Records in `clock` that the fields which differ between `old` and `new` changed at `now`
/// (a field that disappeared is recorded too, so its deletion wins over older copies).
pub fn stamp(clock: &mut Clock, old: &Fields, new: &Fields, now: u64) {
    for path in old.keys().chain(new.keys()) {
        if old.get(path) != new.get(path) {
            clock.insert(path.clone(), now);
        }
    }
}

/// As [`stamp`] on the fields of `old` and `new` (values at `prefix`), found by walking the two
/// values side by side: an equal part is passed over at once and paths are built only where they
/// differ, so a change costs what it touched, not what the station holds (flattening the
/// station twice and comparing the maps was the largest part of a save).
pub fn stamp_values<'a>(clock: &mut Clock, old: Option<&'a Value>, new: Option<&'a Value>, prefix: &str, now: u64) {
    if old == new {
        return;
    }
    match (old, new) {
        (Some(Value::Object(o)), Some(Value::Object(n))) => {
            for key in o.keys().chain(n.keys().filter(|k| !o.contains_key(*k))) {
                let (a, b) = (o.get(key), n.get(key));
                if a != b {
                    stamp_values(clock, a, b, &format!("{prefix}/{}", escape(key)), now);
                }
            }
        }
        (Some(Value::Array(o)), Some(Value::Array(n))) => match (distinct_row_ids(o), distinct_row_ids(n)) {
            (Some(old_ids), Some(new_ids)) => {
                if old_ids != new_ids {
                    clock.insert(format!("{prefix}/#order"), now);
                }
                let row =
                    |rows: &'a [Value], ids: &[&str], id: &str| ids.iter().position(|i| *i == id).map(|at| &rows[at]);
                for id in old_ids.iter().chain(new_ids.iter().filter(|id| !old_ids.contains(id))) {
                    let (a, b) = (row(o, &old_ids, id), row(n, &new_ids, id));
                    if a != b {
                        stamp_values(clock, a, b, &format!("{prefix}/#{}", escape(id)), now);
                    }
                }
            }
            // Not rows, or rows with a repeated id (whose fields are those of all its rows).
            _ => stamp_fields(clock, old, new, prefix, now),
        },
        // A leaf, or a part that changed its shape.
        _ => stamp_fields(clock, old, new, prefix, now),
    }
}

/// [`stamp`] on the fields of two values at `prefix`.
fn stamp_fields(clock: &mut Clock, old: Option<&Value>, new: Option<&Value>, prefix: &str, now: u64) {
    let fields = |value: Option<&Value>| value.map(|v| flatten_at(v, prefix)).unwrap_or_default();
    stamp(clock, &fields(old), &fields(new), now);
}

/// The stamp of a change made now on a device whose document holds `clock`: after every stamp
/// the document holds, whatever the wall clock says (a hybrid logical clock kept in milliseconds,
/// so a stamp still reads as a time). A device whose wall clock runs behind another's still
/// stamps its own later edits as later than what it received from it.
pub fn next_stamp(clock: &Clock, now: u64) -> u64 {
    now.max(newest(clock).saturating_add(1))
}

/// The newest stamp in a clock (0 for none).
pub fn newest(clock: &Clock) -> u64 {
    clock.values().copied().max().unwrap_or(0)
}

/// The rows a path lies in, outermost first, as path prefixes: a row of a list (`…/#<id>`, the
/// list's `#order` aside), and an entry of a keyed map of rows (`…/quotes/<target>`).
fn rows_of(path: &str) -> impl Iterator<Item = &str> {
    let mut previous = "";
    path.match_indices('/').skip(1).map(|(at, _)| at).chain(std::iter::once(path.len())).filter_map(move |end| {
        let start = path[..end].rfind('/').map_or(0, |slash| slash + 1);
        let segment = &path[start..end];
        let row = (segment.starts_with('#') && segment != "#order") || KEYED_ROWS.contains(&previous);
        previous = segment;
        row.then(|| &path[..end])
    })
}

/// Maps whose entries are rows the user adds and deletes whole (a quote), as a list's rows are.
const KEYED_ROWS: [&str; 1] = ["quotes"];

/// Whether a path lies in the row at `row` (a field of it, or of a row within it).
fn in_row(path: &str, row: &str) -> bool {
    path.strip_prefix(row).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// Whether a version has any field in the row at `row` (its paths are in order: a look from
/// where the row's would begin).
fn has_row(fields: &Fields, row: &str) -> bool {
    fields
        .range::<str, _>((std::ops::Bound::Included(row), std::ops::Bound::Unbounded))
        .take_while(|(path, _)| path.starts_with(row))
        .any(|(path, _)| in_row(path, row))
}

/// The newest stamp of a clock in the row at `row` (0 for none).
fn newest_in_row(clock: &Clock, row: &str) -> u64 {
    let mut newest = 0;
    for (path, stamp) in clock.iter() {
        if *stamp > newest && in_row(path, row) {
            newest = *stamp;
        }
    }
    newest
}

/// Merges two versions: field by field, the newer value of each field wins; a tie (the same
/// millisecond) is broken by the values themselves, so every tab and device reaches the same
/// result. A row (a station, a contact, a device, a staff member, a receipt, a work change, a
/// quote) is kept or deleted whole: where one version has it and the other deleted it, the
/// deletion wins only when it is newer than every stamp of the row; otherwise the row is kept
/// with all its fields as that version has them, never rebuilt from the fields that happened to
/// be newer than the deletion.
pub fn merge(ours: &Fields, ours_clock: &Clock, theirs: &Fields, theirs_clock: &Clock) -> (Fields, Clock) {
    let mut fields = Fields::new();
    let mut clock = Clock::new();
    // Every path of the four, each decided once: a path already in the result is skipped (one
    // that gave nothing is decided again, to the same nothing): a set of the paths would be one
    // more map type compiled in.
    for path in ours.keys().chain(theirs.keys()).chain(ours_clock.keys()).chain(theirs_clock.keys()) {
        if fields.contains_key(path) || clock.contains_key(path) {
            continue;
        }
        let (o, t) = (ours.get(path), theirs.get(path));
        let (to, tt) = (ours_clock.get(path).copied().unwrap_or(0), theirs_clock.get(path).copied().unwrap_or(0));
        let winner = if to != tt {
            if to > tt {
                o
            } else {
                t
            }
        } else if o == t {
            o
        } else {
            // Deterministic: the larger serialisation (present beats absent).
            std::cmp::max_by_key(o, t, |v| v.map(|v| v.to_string()))
        };
        if let Some(value) = winner {
            fields.insert(path.clone(), value.clone());
        }
        if to.max(tt) > 0 {
            clock.insert(path.clone(), to.max(tt));
        }
    }
    // Then each row that only one version has, outermost first: kept whole from that version, or
    // deleted whole.
    // Each row once, outer rows before the rows within them (every path of a row within a row
    // names the outer one first), in order of first appearance: sorting would compile in a sort
    // routine the app does not otherwise need. Paths come in order, so a row's paths are
    // neighbours: one met at the path just before is passed over without a search.
    let mut rows: Vec<&str> = Vec::new();
    let mut previous: Vec<&str> = Vec::new();
    for path in ours.keys().chain(theirs.keys()).chain(ours_clock.keys()).chain(theirs_clock.keys()) {
        let these: Vec<&str> = rows_of(path).collect();
        for row in &these {
            if !previous.contains(row) && !rows.contains(row) {
                rows.push(row);
            }
        }
        previous = these;
    }
    let mut decided: Vec<&str> = Vec::new();
    for row in rows {
        if decided.iter().any(|d| row.strip_prefix(d).is_some_and(|rest| rest.starts_with('/'))) {
            continue;
        }
        let in_ours = has_row(ours, row);
        if in_ours == has_row(theirs, row) {
            continue;
        }
        let (has, has_clock, other_clock) =
            if in_ours { (ours, ours_clock, theirs_clock) } else { (theirs, theirs_clock, ours_clock) };
        let kept = newest_in_row(has_clock, row) >= newest_in_row(other_clock, row);
        fields.retain(|path, _| !in_row(path, row));
        if kept {
            clock.retain(|path, _| !in_row(path, row));
            for (path, value) in has.iter().filter(|(path, _)| in_row(path, row)) {
                fields.insert(path.clone(), value.clone());
            }
            for (path, stamp) in has_clock.iter().filter(|(path, _)| in_row(path, row)) {
                clock.insert(path.clone(), *stamp);
            }
        }
        decided.push(row);
    }
    (fields, clock)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn flatten_and_back() {
        let value = json!({
            "a": 1,
            "items": {"s1.x": {"done_on": "2024-01-15", "memo": "a/b#c~"}},
            "rows": [{"id": "r2", "name": "B"}, {"id": "r1", "name": "A"}],
            "tags": ["x", "y"],
            "none": null,
            "#odd/key": true
        });
        let fields = flatten(&value);
        assert_eq!(fields["/items/s1.x/memo"], json!("a/b#c~"));
        assert_eq!(fields["/rows/#order"], json!(["r2", "r1"]));
        assert_eq!(fields["/rows/#r1/name"], json!("A"));
        assert_eq!(fields["/tags"], json!(["x", "y"]));
        assert_eq!(unflatten(&fields), value);
    }

    fn fields(v: Value) -> Fields {
        flatten(&v)
    }

    #[test]
    fn the_newer_field_wins_whatever_the_order() {
        let base = fields(json!({"items": {"a": {"memo": "old"}}, "name": "x"}));
        let mut ours_clock = Clock::new();
        let ours = fields(json!({"items": {"a": {"memo": "ours"}}, "name": "x"}));
        stamp(&mut ours_clock, &base, &ours, 10);
        let mut theirs_clock = Clock::new();
        let theirs = fields(json!({"items": {"a": {"memo": "old"}}, "name": "theirs"}));
        stamp(&mut theirs_clock, &base, &theirs, 20);
        let (m1, c1) = merge(&ours, &ours_clock, &theirs, &theirs_clock);
        let (m2, c2) = merge(&theirs, &theirs_clock, &ours, &ours_clock);
        assert_eq!(unflatten(&m1), json!({"items": {"a": {"memo": "ours"}}, "name": "theirs"}));
        assert_eq!((&m1, &c1), (&m2, &c2), "the same result in either tab");
    }

    #[test]
    fn a_deletion_wins_over_an_older_copy_and_loses_to_a_newer_edit() {
        let base = fields(json!({"items": {"a": {"done_on": "2024-01-01"}, "b": {"done_on": "2024-01-02"}}}));
        // Ours unticks a at 10.
        let ours = fields(json!({"items": {"b": {"done_on": "2024-01-02"}}}));
        let mut oc = Clock::new();
        stamp(&mut oc, &base, &ours, 10);
        // Theirs is a stale copy (no change): our deletion wins.
        let (m, _) = merge(&ours, &oc, &base, &Clock::new());
        assert_eq!(unflatten(&m), json!({"items": {"b": {"done_on": "2024-01-02"}}}));
        // Theirs re-dated a at 20: their newer edit wins.
        let theirs = fields(json!({"items": {"a": {"done_on": "2024-02-01"}, "b": {"done_on": "2024-01-02"}}}));
        let mut tc = Clock::new();
        stamp(&mut tc, &base, &theirs, 20);
        let (m, _) = merge(&ours, &oc, &theirs, &tc);
        assert_eq!(unflatten(&m), json!({"items": {"a": {"done_on": "2024-02-01"}, "b": {"done_on": "2024-01-02"}}}));
    }

    #[test]
    fn rows_added_in_both_tabs_are_all_kept() {
        let base = fields(json!({"rows": [{"id": "a", "n": 1}]}));
        let ours = fields(json!({"rows": [{"id": "a", "n": 1}, {"id": "b", "n": 2}]}));
        let theirs = fields(json!({"rows": [{"id": "a", "n": 1}, {"id": "c", "n": 3}]}));
        let (mut oc, mut tc) = (Clock::new(), Clock::new());
        stamp(&mut oc, &base, &ours, 10);
        stamp(&mut tc, &base, &theirs, 11);
        let (m, _) = merge(&ours, &oc, &theirs, &tc);
        // The newer order comes first; the other tab's new row follows.
        assert_eq!(unflatten(&m), json!({"rows": [{"id": "a", "n": 1}, {"id": "c", "n": 3}, {"id": "b", "n": 2}]}));
    }

    /// A row deleted in one version and edited in the other: the later of the two decides for
    /// the whole row — a list's row, a keyed row (a quote), and a row within a row.
    #[test]
    fn a_row_is_kept_or_deleted_whole() {
        let base = fields(json!({
            "rows": [{"id": "a", "name": "A", "phone": "03"}],
            "quotes": {"q.mobile": {"vendor": "NTT", "amount": 5, "note": ""}},
            "stations": [{"id": "s", "name": "S", "contacts": [{"id": "c", "name": "C"}]}]
        }));
        let mut base_clock = Clock::new();
        stamp(&mut base_clock, &Fields::new(), &base, 10);
        let deleted = fields(json!({"quotes": {}, "rows": [], "stations": []}));
        let mut deleted_clock = base_clock.clone();
        stamp(&mut deleted_clock, &base, &deleted, 20);
        let edited = fields(json!({
            "rows": [{"id": "a", "name": "A", "phone": "0120"}],
            "quotes": {"q.mobile": {"vendor": "NTT", "amount": 5, "note": "後で"}},
            "stations": [{"id": "s", "name": "S", "contacts": [{"id": "c", "name": "C", "memo": "新"}]}]
        }));
        // Edited after the deletion: every row kept, with all its fields.
        let mut later = base_clock.clone();
        stamp(&mut later, &base, &edited, 30);
        for (m, _) in
            [merge(&deleted, &deleted_clock, &edited, &later), merge(&edited, &later, &deleted, &deleted_clock)]
        {
            assert_eq!(unflatten(&m), unflatten(&edited));
        }
        // Edited before it: every row deleted, none rebuilt from the edited field.
        let mut earlier = base_clock.clone();
        stamp(&mut earlier, &base, &edited, 15);
        for (m, _) in
            [merge(&deleted, &deleted_clock, &edited, &earlier), merge(&edited, &earlier, &deleted, &deleted_clock)]
        {
            assert_eq!(unflatten(&m), json!({}), "{m:?}");
        }
        // A row the other version never had is kept.
        let (m, _) = merge(&edited, &later, &Fields::new(), &Clock::new());
        assert_eq!(m, edited);
    }

    #[test]
    fn a_stamp_comes_after_every_stamp_the_clock_holds() {
        let mut clock = Clock::new();
        assert_eq!(next_stamp(&clock, 100), 100);
        clock.insert("/a".into(), 5_000);
        assert_eq!(next_stamp(&clock, 100), 5_001, "a wall clock behind the document's newest stamp");
        assert_eq!(next_stamp(&clock, 9_000), 9_000);
    }

    #[test]
    fn a_list_that_became_rows_rebuilds_as_rows() {
        let base = fields(json!({"rows": []}));
        let ours = fields(json!({"rows": [{"id": "a"}]}));
        let mut oc = Clock::new();
        stamp(&mut oc, &base, &ours, 5);
        let (m, _) = merge(&ours, &oc, &base, &Clock::new());
        assert_eq!(unflatten(&m), json!({"rows": [{"id": "a"}]}));
    }
}
