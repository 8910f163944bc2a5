//! The page's components: each small, data in through props, actions out through one callback.

pub mod article_view;
pub mod help;
pub mod input_panel;
pub mod more;
pub mod quote_panel;
pub mod timeline_panel;
pub mod toolbar;
