//! One file per component. None of them touches the browser directly.

pub mod breakdown;
pub mod changes;
pub mod evidence;
pub mod notices;
pub mod presets;
pub mod share;
pub mod slider;
pub mod verdict;
