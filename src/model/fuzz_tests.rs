//! Property tests: no input, however broken, panics the document parser or the merge.

use super::document::{self, merge_documents, Document};
use super::merge;
use proptest::prelude::*;
use serde_json::Value;

/// Arbitrary JSON values, a few levels deep.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        "[a-z0-9.\\-]{0,8}".prop_map(Value::from),
        Just(Value::from("onshi-navi")),
        Just(Value::from("2024-01-15")),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::from),
            // Rows: objects with an id (stations, receipts, staff…), ids sometimes repeated.
            prop::collection::vec((prop_oneof![Just("a"), Just("b"), Just("c/~#")], inner.clone()), 1..4).prop_map(
                |rows| Value::from_iter(rows.into_iter().map(|(id, v)| serde_json::json!({ "id": id, "v": v })))
            ),
            prop::collection::btree_map(
                prop_oneof![
                    Just("id".to_string()),
                    Just("app".to_string()),
                    Just("schema".to_string()),
                    Just("stations".to_string()),
                    Just("items".to_string()),
                    Just("name".to_string()),
                    "[a-z_]{1,6}"
                ],
                inner,
                0..5
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Puts `part` `depth` levels down `value` (into an object under `key`, at the end of a list, or
/// in place of a leaf).
fn put(value: &mut Value, key: &str, depth: usize, part: Value) {
    match value {
        Value::Object(map) if depth > 0 && !map.is_empty() => {
            let at = key.len() % map.len();
            put(map.values_mut().nth(at).unwrap(), key, depth - 1, part)
        }
        Value::Array(items) if depth > 0 && !items.is_empty() => put(items.last_mut().unwrap(), key, depth - 1, part),
        Value::Object(map) => {
            map.insert(key.to_string(), part);
        }
        Value::Array(items)
            if !items.is_empty() && items.iter().all(|row| row.get("id").is_some_and(Value::is_string)) =>
        {
            items.push(serde_json::json!({ "id": key, "v": part }))
        }
        Value::Array(items) => items.push(part),
        leaf => *leaf = part,
    }
}

fn fixture() -> Document {
    document::parse(include_str!("../../tests/fixtures/schema-v1.json")).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics_the_parser(text in ".{0,200}") {
        let _ = document::parse(&text);
    }

    #[test]
    fn arbitrary_json_never_panics_the_parser(value in json()) {
        let _ = document::parse(&value.to_string());
        // Also with our app id and version in place, so the deeper checks run.
        if let Value::Object(mut map) = value {
            map.insert("app".into(), "onshi-navi".into());
            map.insert("schema".into(), 1.into());
            let _ = document::parse(&Value::Object(map).to_string());
        }
    }

    #[test]
    fn arbitrary_merges_never_panic(ours in json(), theirs in json(), now in 0u64..1000) {
        let (o, t) = (merge::flatten(&ours), merge::flatten(&theirs));
        let mut clock = merge::Clock::new();
        merge::stamp(&mut clock, &o, &t, now);
        let (fields, _) = merge::merge(&o, &clock, &t, &merge::Clock::new());
        let _ = merge::unflatten(&fields);
    }

    #[test]
    fn stamping_by_walking_equals_stamping_by_fields(old in json(), new in json(), now in 1u64..1000) {
        let mut by_fields = merge::Clock::new();
        merge::stamp(&mut by_fields, &merge::flatten_at(&old, "/p"), &merge::flatten_at(&new, "/p"), now);
        let mut by_walking = merge::Clock::new();
        merge::stamp_values(&mut by_walking, Some(&old), Some(&new), "/p", now);
        prop_assert_eq!(by_walking, by_fields);
    }

    #[test]
    fn stamping_one_change_by_walking_equals_stamping_by_fields(value in json(), part in json(), key in "[a-z]{1,3}", now in 1u64..1000) {
        // Mostly equal values, as an edit makes: one part put somewhere in the value.
        let mut changed = value.clone();
        put(&mut changed, &key, key.len() - 1, part);
        let mut by_fields = merge::Clock::new();
        merge::stamp(&mut by_fields, &merge::flatten(&value), &merge::flatten(&changed), now);
        let mut by_walking = merge::Clock::new();
        merge::stamp_values(&mut by_walking, Some(&value), Some(&changed), "", now);
        prop_assert_eq!(by_walking, by_fields);
    }

    #[test]
    fn saving_with_reused_station_texts_writes_what_the_whole_value_prints(
        edits in prop::collection::vec((0usize..6, 0usize..4, ".{0,12}"), 1..12)
    ) {
        let mut doc = fixture();
        let mut texts = document::StationTexts::default();
        for (n, (edit, which, text)) in edits.into_iter().enumerate() {
            let id = doc.stations[which % doc.stations.len()].id.clone();
            match edit {
                0 => doc.station_mut(&id).unwrap().set_memo("s1.current-usage", &text),
                1 => doc.station_mut(&id).unwrap().name = text,
                2 => doc.add_station(format!("new-{n}"), &text),
                3 => doc.delete_station(&id, format!("fresh-{n}")),
                4 => doc.stations.rotate_left(1),
                _ => {}
            }
            prop_assert_eq!(doc.to_json_reusing(&mut texts), serde_json::to_value(&doc).unwrap().to_string());
        }
    }

    #[test]
    fn fields_rebuild_the_value(value in json()) {
        // Flatten then rebuild gives back the value, up to empty objects and lists (implied).
        let once = merge::unflatten(&merge::flatten(&value));
        prop_assert_eq!(merge::unflatten(&merge::flatten(&once)), once);
    }

    #[test]
    fn edits_to_different_items_both_survive_in_either_order(a in 0usize..15, b in 0usize..15, memo in "[あ-ん]{1,10}", t1 in 1u64..100, t2 in 1u64..100) {
        prop_assume!(a != b);
        let ids: Vec<&str> = super::guide::GUIDE.items().map(|(_, i)| i.id).collect();
        let base = fixture();
        let mut ours = base.clone();
        ours.current_station_mut().set_memo(ids[a], &memo);
        ours.stamp_changes(&base, t1);
        let mut theirs = base.clone();
        theirs.current_station_mut().set_memo(ids[b], "相手のメモ");
        theirs.stamp_changes(&base, t2);
        for merged in [merge_documents(&ours, &theirs), merge_documents(&theirs, &ours)] {
            prop_assert_eq!(merged.current_station().memo(ids[a]), memo.as_str());
            prop_assert_eq!(merged.current_station().memo(ids[b]), "相手のメモ");
        }
        // Merging again changes nothing (tabs stop writing back and forth).
        let once = merge_documents(&ours, &theirs);
        prop_assert!(merge_documents(&once, &theirs).same_content(&once));
        prop_assert!(merge_documents(&theirs, &once).same_content(&once));
    }
}
