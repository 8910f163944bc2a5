//! The Lede page (Yew): paste an article, see its body, quotes and timeline.
//!
//! State lives in one reducer ([`state`]); the analysis runs in a Web Worker ([`request`] says
//! what crosses to it, [`link`] carries it); components are small and pure ([`components`],
//! [`view`]); other browser calls stay in [`dom`].

pub mod app;
pub mod components;
pub mod dom;
pub mod export;
pub mod files;
pub mod link;
pub mod request;
pub mod share;
pub mod state;
pub mod view;
