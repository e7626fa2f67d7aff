//! Backend Verdict's web app: the `<backend-verdict>` element, drawn with Yew.

mod app;
mod components;
mod glue;
mod texts;

fn main() {
    glue::start();
}
