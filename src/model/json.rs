//! Reading the saved document's types out of a parsed JSON value.
//!
//! Writing stays with serde's derived `Serialize`; reading is these small readers instead of
//! `#[derive(Deserialize)]`, whose visitors (instantiated for `serde_json::Value`) are much more
//! WebAssembly — see ARCHITECTURE.md, "Dependencies". The rules are serde's with
//! `#[serde(default)]`: a missing field takes its default, an unknown field is ignored, and a
//! field of the wrong type refuses the whole document, naming where it is.

use super::date::{Date, YearMonth};
use litemap::LiteMap;
use serde_json::{Map, Value};

/// Where a value did not have the expected shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// The keys and indexes from the innermost outwards (pushed while the error travels up).
    at: Vec<String>,
    /// What was expected there, in Japanese (「文字列」).
    pub expected: &'static str,
    /// The field was missing, not of the wrong type.
    pub missing: bool,
}

impl ReadError {
    fn expected(expected: &'static str) -> ReadError {
        ReadError { at: Vec::new(), expected, missing: false }
    }

    fn within(mut self, key: &str) -> ReadError {
        self.at.push(key.to_string());
        self
    }

    /// The field's path, e.g. `stations.0.records.quotes.q-mobile.amount`.
    pub fn path(&self) -> String {
        let mut path = String::new();
        for key in self.at.iter().rev() {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(key);
        }
        path
    }
}

pub type ReadResult<T> = Result<T, ReadError>;

/// A type that can be read from a JSON value.
pub trait FromJson: Sized {
    fn from_json(value: &Value) -> ReadResult<Self>;
}

/// The value as an object.
pub fn object(value: &Value) -> ReadResult<&Map<String, Value>> {
    value.as_object().ok_or_else(|| ReadError::expected("オブジェクト"))
}

/// Field `key` of an object; its default when missing.
pub fn field<T: FromJson + Default>(object: &Map<String, Value>, key: &str) -> ReadResult<T> {
    match object.get(key) {
        None => Ok(T::default()),
        Some(value) => T::from_json(value).map_err(|e| e.within(key)),
    }
}

/// Field `key` of an object, which must be there.
pub fn required<T: FromJson>(object: &Map<String, Value>, key: &str) -> ReadResult<T> {
    match object.get(key) {
        None => Err(ReadError { at: vec![key.to_string()], expected: "値", missing: true }),
        Some(value) => T::from_json(value).map_err(|e| e.within(key)),
    }
}

/// Implements [`FromJson`] for a struct whose fields all have defaults (a missing field takes
/// its `Default`): each listed field is read by its own name.
macro_rules! read_with_defaults {
    ($type:ty { $($field:ident),+ $(,)? }) => {
        impl $crate::model::json::FromJson for $type {
            fn from_json(value: &serde_json::Value) -> $crate::model::json::ReadResult<Self> {
                let object = $crate::model::json::object(value)?;
                Ok(Self { $($field: $crate::model::json::field(object, stringify!($field))?),+ })
            }
        }
    };
}
pub(crate) use read_with_defaults;

impl FromJson for String {
    fn from_json(value: &Value) -> ReadResult<Self> {
        value.as_str().map(str::to_string).ok_or_else(|| ReadError::expected("文字列"))
    }
}

impl FromJson for u64 {
    fn from_json(value: &Value) -> ReadResult<Self> {
        value.as_u64().ok_or_else(|| ReadError::expected("0以上の整数"))
    }
}

impl FromJson for u32 {
    fn from_json(value: &Value) -> ReadResult<Self> {
        value.as_u64().and_then(|n| u32::try_from(n).ok()).ok_or_else(|| ReadError::expected("0以上の整数"))
    }
}

impl FromJson for bool {
    fn from_json(value: &Value) -> ReadResult<Self> {
        value.as_bool().ok_or_else(|| ReadError::expected("true または false"))
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Value) -> ReadResult<Self> {
        if value.is_null() {
            Ok(None)
        } else {
            T::from_json(value).map(Some)
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Value) -> ReadResult<Self> {
        let items = value.as_array().ok_or_else(|| ReadError::expected("配列"))?;
        // A loop, not `collect::<Result<Vec<_>, _>>()`: its adapter compiled to one large function.
        let mut read = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            read.push(T::from_json(item).map_err(|e| e.within(&index.to_string()))?);
        }
        Ok(read)
    }
}

/// A map key read from an object's key.
pub trait FromKey: Sized {
    fn from_key(key: &str) -> Option<Self>;
}

impl FromKey for String {
    fn from_key(key: &str) -> Option<Self> {
        Some(key.to_string())
    }
}

/// An enum saved as one of a fixed set of names (its key): it reads itself from a JSON string or
/// an object's key, wherever it is declared, so this module depends on no type of the model.
pub trait Keyed: Copy + 'static {
    /// Every value.
    const ALL: &'static [Self];
    /// What the reader expected where no key matched, in Japanese (「support または rececon」).
    const EXPECTED: &'static str;
    /// The stable name it is saved as.
    fn key(self) -> &'static str;

    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|value| value.key() == key)
    }
}

impl<T: Keyed> FromKey for T {
    fn from_key(key: &str) -> Option<Self> {
        <T as Keyed>::from_key(key)
    }
}

impl<T: Keyed> FromJson for T {
    fn from_json(value: &Value) -> ReadResult<Self> {
        value.as_str().and_then(<T as Keyed>::from_key).ok_or_else(|| ReadError::expected(T::EXPECTED))
    }
}

impl<K: FromKey + Ord, V: FromJson> FromJson for LiteMap<K, V> {
    fn from_json(value: &Value) -> ReadResult<Self> {
        // Inserted one by one: `collect()` sorts first, a sort routine per map type. The object's
        // keys come in order, so each is appended.
        let mut map = LiteMap::new();
        for (key, item) in object(value)? {
            let parsed = K::from_key(key).ok_or_else(|| ReadError::expected("決まった名前の項目").within(key))?;
            map.insert(parsed, V::from_json(item).map_err(|e| e.within(key))?);
        }
        Ok(map)
    }
}

/// Writes a [`LiteMap`] as a JSON object, as serde writes a `BTreeMap` (`#[serde(serialize_with)]`
/// on the field): litemap's own `serde` feature first probes each key's kind, code the saved
/// document does not need.
pub fn write_map<K: serde::Serialize, V: serde::Serialize, S: serde::Serializer>(
    map: &LiteMap<K, V>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(map.iter())
}

impl FromJson for Date {
    fn from_json(value: &Value) -> ReadResult<Self> {
        value.as_str().and_then(Date::parse_iso).ok_or_else(|| ReadError::expected("日付（YYYY-MM-DD）"))
    }
}

impl FromJson for YearMonth {
    fn from_json(value: &Value) -> ReadResult<Self> {
        value.as_str().and_then(YearMonth::parse_iso).ok_or_else(|| ReadError::expected("年月（YYYY-MM）"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::guide::VendorKind;
    use serde_json::json;

    #[derive(Debug, Default, PartialEq)]
    struct Sample {
        name: String,
        count: Option<u64>,
        days: Vec<Date>,
        kinds: LiteMap<VendorKind, bool>,
    }
    read_with_defaults!(Sample { name, count, days, kinds });

    #[test]
    fn reads_fields_and_defaults_missing_ones() {
        let read = Sample::from_json(&json!({"name": "a", "days": ["2024-01-15"], "kinds": {"support": true}, "x": 1}));
        let expected = Sample {
            name: "a".into(),
            count: None,
            days: vec![Date::new(2024, 1, 15).unwrap()],
            kinds: LiteMap::from_iter([(VendorKind::Support, true)]),
        };
        assert_eq!(read, Ok(expected));
        assert_eq!(Sample::from_json(&json!({})), Ok(Sample::default()));
        assert_eq!(Sample::from_json(&json!({"count": null})), Ok(Sample::default()));
    }

    #[test]
    fn wrong_types_name_their_path() {
        let cases = [
            (json!({"name": 12}), "name", "文字列"),
            (json!({"count": -1}), "count", "0以上の整数"),
            (json!({"count": 1.5}), "count", "0以上の整数"),
            (json!({"days": ["2024-02-30"]}), "days.0", "日付（YYYY-MM-DD）"),
            (json!({"days": "2024-01-01"}), "days", "配列"),
            (json!({"kinds": {"other": true}}), "kinds.other", "決まった名前の項目"),
            (json!({"kinds": {"rececon": "yes"}}), "kinds.rececon", "true または false"),
        ];
        for (value, path, expected) in cases {
            let error = Sample::from_json(&value).unwrap_err();
            assert_eq!((error.path().as_str(), error.expected), (path, expected), "{value}");
        }
        assert_eq!(Sample::from_json(&json!([1])).unwrap_err().expected, "オブジェクト");
    }

    #[test]
    fn required_fields_must_be_there() {
        let object = json!({"a": "x"});
        let object = object.as_object().unwrap();
        assert_eq!(required::<String>(object, "a"), Ok("x".to_string()));
        let error = required::<String>(object, "b").unwrap_err();
        assert!(error.missing);
        assert_eq!(error.path(), "b");
    }
}
