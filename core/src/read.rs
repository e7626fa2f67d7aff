//! Reading the data file's tables into the types [`data_types!`] declares.
//! Only the build script and the tests compile this (it needs the TOML
//! parser, which the bundle never carries). Strings and lists are leaked to
//! `&'static`: the build script runs once and exits, and the tests read a
//! few small files.
//!
//! [`data_types!`]: crate::bake

use std::collections::BTreeMap;

use toml::Value;

/// A value read from the data file.
pub trait FromToml: Sized {
    fn from_toml(value: &Value) -> Result<Self, String>;

    /// What a key the file leaves out reads as; `None` when it is required.
    fn absent() -> Option<Self> {
        None
    }
}

/// What a value is, for a message about a value of the wrong type.
pub fn kind(value: &Value) -> String {
    match value {
        Value::String(text) => format!("string {text:?}"),
        Value::Integer(number) => format!("integer {number}"),
        Value::Float(number) => format!("float {number}"),
        Value::Boolean(flag) => format!("boolean {flag}"),
        Value::Datetime(_) => "a date".to_owned(),
        Value::Array(_) => "an array".to_owned(),
        Value::Table(_) => "a table".to_owned(),
    }
}

fn expected<T>(what: &str, value: &Value) -> Result<T, String> {
    Err(format!("expected {what}, found {}", kind(value)))
}

impl FromToml for &'static str {
    fn from_toml(value: &Value) -> Result<Self, String> {
        match value {
            Value::String(text) => Ok(Box::leak(text.clone().into_boxed_str())),
            other => expected("a string", other),
        }
    }
}

impl FromToml for bool {
    fn from_toml(value: &Value) -> Result<Self, String> {
        match value {
            Value::Boolean(flag) => Ok(*flag),
            other => expected("true or false", other),
        }
    }

    fn absent() -> Option<Self> {
        Some(false)
    }
}

macro_rules! read_whole_numbers {
    ($($ty:ty),*) => {
        $(impl FromToml for $ty {
            fn from_toml(value: &Value) -> Result<Self, String> {
                match value {
                    Value::Integer(number) => <$ty>::try_from(*number).map_err(|_| {
                        format!(
                            "{number} is outside {} to {}",
                            <$ty>::MIN,
                            <$ty>::MAX
                        )
                    }),
                    other => expected("a whole number", other),
                }
            }
        })*
    };
}

read_whole_numbers!(u16, i64);

impl<T: FromToml> FromToml for Option<T> {
    fn from_toml(value: &Value) -> Result<Self, String> {
        T::from_toml(value).map(Some)
    }

    fn absent() -> Option<Self> {
        Some(None)
    }
}

/// The items of an array, each read on its own.
fn read_list<T: FromToml>(value: &Value) -> Result<Vec<T>, String> {
    match value {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(position, item)| {
                T::from_toml(item).map_err(|problem| format!("item {}: {problem}", position + 1))
            })
            .collect(),
        other => expected("an array", other),
    }
}

impl<T: FromToml + 'static> FromToml for &'static [T] {
    fn from_toml(value: &Value) -> Result<Self, String> {
        read_list(value).map(Vec::leak).map(|list| &*list)
    }
}

/// A table of ids to values, such as a preset's weights. Empty when absent.
impl<T: FromToml> FromToml for BTreeMap<&'static str, T> {
    fn from_toml(value: &Value) -> Result<Self, String> {
        match value {
            Value::Table(table) => table
                .iter()
                .map(|(key, item)| {
                    let key: &'static str = Box::leak(key.clone().into_boxed_str());
                    T::from_toml(item)
                        .map(|read| (key, read))
                        .map_err(|problem| format!("`{key}`: {problem}"))
                })
                .collect(),
            other => expected("a table", other),
        }
    }

    fn absent() -> Option<Self> {
        Some(BTreeMap::new())
    }
}

/// Reads one field of a table, naming the field in any problem.
pub fn field<T: FromToml>(table: &toml::Table, key: &str) -> Result<T, String> {
    match table.get(key) {
        Some(value) => T::from_toml(value).map_err(|problem| format!("field `{key}`: {problem}")),
        None => T::absent().ok_or_else(|| format!("missing field `{key}`")),
    }
}

/// The first key of `table` that is none of `fields`, as a problem.
pub fn unknown_field(table: &toml::Table, fields: &[&str]) -> Result<(), String> {
    match table.keys().find(|key| !fields.contains(&key.as_str())) {
        Some(key) => Err(format!(
            "unknown field `{key}`, expected one of: {}",
            fields.join(", ")
        )),
        None => Ok(()),
    }
}

/// The reader half of [`data_types!`](crate::bake): a type's table, every
/// field by name, and no key the type does not have.
macro_rules! from_toml {
    ($name:ident { $($field:ident: $ty:ty),* }) => {
        impl crate::read::FromToml for $name {
            fn from_toml(value: &toml::Value) -> Result<Self, String> {
                let Some(table) = value.as_table() else {
                    return Err(format!("expected a table, found {}", crate::read::kind(value)));
                };
                crate::read::unknown_field(table, &[$(stringify!($field)),*])?;
                Ok($name {
                    $($field: crate::read::field::<$ty>(table, stringify!($field))?,)*
                })
            }
        }
    };
}
