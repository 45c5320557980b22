//! Writing values out as Rust: strings as literals, lists as `&[…]`, options, and content structs
//! as struct literals of the model's types (declared with [`content!`]).

use crate::date::{Date, YearMonth};
use serde::{Deserialize, Deserializer};

/// A value written out as a Rust expression of the model's type.
pub trait Emit {
    fn emit(&self) -> String;
}

impl Emit for String {
    fn emit(&self) -> String {
        // `{:?}` of a str is a valid Rust string literal (escapes quotes and control characters).
        format!("{self:?}")
    }
}

impl Emit for u8 {
    fn emit(&self) -> String {
        self.to_string()
    }
}

impl Emit for bool {
    fn emit(&self) -> String {
        self.to_string()
    }
}

impl<T: Emit> Emit for Vec<T> {
    fn emit(&self) -> String {
        let items: Vec<String> = self.iter().map(Emit::emit).collect();
        format!("&[{}]", items.join(", "))
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self) -> String {
        match self {
            Some(v) => format!("Some({})", v.emit()),
            None => "None".into(),
        }
    }
}

impl Emit for Date {
    fn emit(&self) -> String {
        format!("Date::checked({}, {}, {})", self.year(), self.month(), self.day())
    }
}

impl Emit for YearMonth {
    fn emit(&self) -> String {
        format!("YearMonth::checked({}, {})", self.year(), self.month())
    }
}

/// `Name { field: value, … }` from field names and values already written out.
pub fn emit_struct(name: &str, fields: &[(&str, String)]) -> String {
    let fields: Vec<String> = fields.iter().map(|(field, value)| format!("{field}: {value}")).collect();
    format!("{name} {{ {} }}", fields.join(", "))
}

/// A day (`YYYY-MM-DD`) read with the app's own parser: anything else is refused where it stands.
pub fn day<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
    let text = String::deserialize(d)?;
    Date::parse_iso(&text)
        .ok_or_else(|| serde::de::Error::custom(format!("{text:?} is not a day: write YYYY-MM-DD, a day that exists")))
}

/// An optional day, as [`day`].
pub fn optional_day<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
    day(d).map(Some)
}

/// Declares a struct read from a content file (unknown keys refused) that is written out as the
/// model's struct of the same fields, in order: `content! { Step => GuideStep { id: String, … } }`
/// reads `GuideStep` and writes `Step { id: …, … }`.
macro_rules! content {
    ($(#[$meta:meta])* $target:ident => $name:ident { $($(#[$field_meta:meta])* $field:ident: $type:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $($(#[$field_meta])* pub $field: $type),*
        }

        impl $crate::emit::Emit for $name {
            fn emit(&self) -> String {
                $crate::emit::emit_struct(
                    stringify!($target),
                    &[$((stringify!($field), $crate::emit::Emit::emit(&self.$field))),*],
                )
            }
        }
    };
}
pub(crate) use content;

/// Declares an enum read from a content file by its lowercase name, and written out as the
/// model's enum of the same variants: `keyed! { Kind => KindFile { Official, Report } }` reads
/// "official" and writes `Kind::Official`.
macro_rules! keyed {
    ($target:ident => $name:ident { $($variant:ident),* $(,)? }) => {
        #[derive(serde::Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
        #[serde(rename_all = "lowercase")]
        pub enum $name {
            $($variant),*
        }

        impl $crate::emit::Emit for $name {
            fn emit(&self) -> String {
                match self {
                    $($name::$variant => concat!(stringify!($target), "::", stringify!($variant)).to_string()),*
                }
            }
        }
    };
}
pub(crate) use keyed;
