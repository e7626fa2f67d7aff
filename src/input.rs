//! Reading the browser's input events, for the views. Part of the browser
//! glue (with `glue/`), kept apart so a view that reads an input never
//! depends on the module that mounts the app.

use yew::TargetCast;

/// The value of the range input an `input` event came from.
pub fn range_value(event: &yew::InputEvent) -> Option<u8> {
    let input: web_sys::HtmlInputElement = event.target_dyn_into()?;
    input.value().parse().ok()
}
