//! The data set's types are declared once, with [`data_types!`], and that
//! one declaration gives each type both its use at run time (plain structs
//! of `&'static` data, so the bundle carries no parser) and its use at build
//! time: read from the data file ([`crate::read`], the build script and the
//! tests only) and written back out as Rust source ([`Bake`]), which the
//! crate then includes as statics. Adding a field to a type is one line in
//! its declaration; nothing else has to follow it by hand.

/// Writes a value as the Rust expression that rebuilds it.
pub trait Bake {
    fn bake(&self) -> String;
}

impl Bake for &str {
    fn bake(&self) -> String {
        // Debug output of a string is a valid Rust string literal.
        format!("{self:?}")
    }
}

macro_rules! bake_as_written {
    ($($ty:ty),*) => {
        $(impl Bake for $ty {
            fn bake(&self) -> String {
                self.to_string()
            }
        })*
    };
}

bake_as_written!(bool, u8, u16, usize);

impl<T: Bake> Bake for &[T] {
    fn bake(&self) -> String {
        format!("&[{}]", bake_each(self.iter()))
    }
}

impl<T: Bake, const N: usize> Bake for [T; N] {
    fn bake(&self) -> String {
        format!("[{}]", bake_each(self.iter()))
    }
}

fn bake_each<'a, T: Bake + 'a>(items: impl Iterator<Item = &'a T>) -> String {
    items.map(Bake::bake).collect::<Vec<_>>().join(", ")
}

/// Declares data types, each struct as written (with `Debug`) and, as its
/// line before it says, `(bake)` a [`Bake`] impl, `(read)` a reader for its
/// table in the data file (through `from_toml!`, in `read.rs`, natively
/// only: the wasm reads no file), or both. A field the file may leave out is an
/// `Option`, or a `bool` that is then false.
macro_rules! data_types {
    ($(
        $(#[$meta:meta])*
        ($($ability:ident),+)
        pub struct $name:ident $body:tt
    )*) => {
        $(
            $(#[$meta])*
            #[derive(Debug)]
            pub struct $name $body

            $(data_types!(@$ability $name $body);)+
        )*
    };
    (@bake $name:ident { $($(#[$field_meta:meta])* pub $field:ident: $ty:ty),* $(,)? }) => {
        impl crate::bake::Bake for $name {
            fn bake(&self) -> String {
                let fields: &[(&str, String)] = &[
                    $((stringify!($field), crate::bake::Bake::bake(&self.$field)),)*
                ];
                let fields: Vec<String> = fields
                    .iter()
                    .map(|(name, value)| format!("{name}: {value}"))
                    .collect();
                format!("{} {{ {} }}", stringify!($name), fields.join(", "))
            }
        }
    };
    (@read $name:ident { $($(#[$field_meta:meta])* pub $field:ident: $ty:ty),* $(,)? }) => {
        #[cfg(not(target_arch = "wasm32"))]
        from_toml!($name { $($field: $ty),* });
    };
}

#[cfg(test)]
mod tests {
    use super::Bake;

    #[test]
    fn values_bake_to_rust_that_rebuilds_them() {
        assert_eq!("say \"hi\"\n".bake(), r#""say \"hi\"\n""#);
        assert_eq!((&["a", "b"][..]).bake(), r#"&["a", "b"]"#);
        assert_eq!([3_u8, 4].bake(), "[3, 4]");
        let rows: &[&[&str]] = &[&["x"], &[]];
        assert_eq!(rows.bake(), r#"&[&["x"], &[]]"#);
    }

    #[test]
    fn a_declared_type_bakes_every_field_in_order() {
        let choice = crate::data::Choice {
            id: "python",
            label: "Python",
        };
        assert_eq!(choice.bake(), r#"Choice { id: "python", label: "Python" }"#);
    }
}
