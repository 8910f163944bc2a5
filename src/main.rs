//! The Lede page: mounts the app.

fn main() {
    yew::Renderer::<lede::app::App>::new().render();
}
