//! The share link: the whole page state in the URL fragment, compressed and versioned.
//!
//! Format: `#s=1.<base64url(deflate(JSON))>`. The fragment never leaves the browser: it is not
//! sent to the server that serves the page.

use crate::request::Settings;
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use lede_analysis::BlockOverride;
use serde::{Deserialize, Serialize};

/// The codec version written into every link.
pub const VERSION: u32 = 1;
/// Links longer than this are cut by common chat apps.
pub const CHAT_LIMIT: usize = 2_000;
/// Links longer than this may fail in some browsers.
pub const BROWSER_LIMIT: usize = 32_000;

/// Everything a link restores.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedState {
    #[serde(default)]
    pub text: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub html: bool,
    #[serde(default)]
    pub settings: Settings,
    /// Block corrections as (block start, kept).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overrides: Vec<(usize, bool)>,
}

impl SharedState {
    pub fn overrides(&self) -> Vec<BlockOverride> {
        self.overrides
            .iter()
            .map(|&(start, kept)| BlockOverride { start, kept })
            .collect()
    }
}

/// Why a fragment could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    NotAShareLink,
    UnknownVersion(String),
    Corrupt(&'static str),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::NotAShareLink => write!(f, "the link holds no Lede state"),
            DecodeError::UnknownVersion(v) => {
                write!(f, "the link was made by a newer Lede (format {v})")
            }
            DecodeError::Corrupt(what) => {
                write!(f, "the link is damaged ({what}); was it cut short?")
            }
        }
    }
}

/// Encodes the state as a fragment (without the leading `#`).
pub fn encode(state: &SharedState) -> String {
    fragment(&serde_json::to_vec(state).expect("plain data serialises"))
}

/// The fragment carrying `content` (a state's JSON): deflated, then base64url.
fn fragment(content: &[u8]) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(content, 9);
    format!("s={VERSION}.{}", URL_SAFE_NO_PAD.encode(packed))
}

/// Reads a fragment (with or without the leading `#`).
pub fn decode(fragment: &str) -> Result<SharedState, DecodeError> {
    let body = fragment
        .trim_start_matches('#')
        .strip_prefix("s=")
        .ok_or(DecodeError::NotAShareLink)?;
    let (version, data) = body
        .split_once('.')
        .ok_or(DecodeError::Corrupt("no version"))?;
    if version != VERSION.to_string() {
        return Err(DecodeError::UnknownVersion(
            version.chars().take(8).collect(),
        ));
    }
    let packed = URL_SAFE_NO_PAD
        .decode(data.trim())
        .map_err(|_| DecodeError::Corrupt("not base64url"))?;
    // bound the inflated size: a small link must not expand into gigabytes
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, 64 * 1024 * 1024)
        .map_err(|_| DecodeError::Corrupt("not deflate data"))?;
    // read as text, as the page's other JSON is: one reader of JSON in the module, not two
    std::str::from_utf8(&json)
        .ok()
        .and_then(|json| serde_json::from_str(json).ok())
        .ok_or(DecodeError::Corrupt("not a Lede state"))
}

/// A warning for a link of this length, if it is long.
pub fn length_warning(link_len: usize) -> Option<String> {
    if link_len > BROWSER_LIMIT {
        Some(format!("This link is {link_len} characters: some browsers and most apps will cut it. Share the settings-only link or export a report instead."))
    } else if link_len > CHAT_LIMIT {
        Some(format!(
            "This link is {link_len} characters: chat apps often cut links over 2,000."
        ))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn round_trips_a_state() {
        let state = SharedState {
            text: "Hello “world” — 2022-12-19".into(),
            html: false,
            settings: Settings {
                date: "2022-12-19".into(),
                lang: "en".into(),
                keep_all: true,
            },
            overrides: vec![(10, false), (0, true)],
        };
        let fragment = encode(&state);
        assert!(fragment.starts_with("s=1."));
        assert!(fragment
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "=.-_".contains(c)));
        assert_eq!(decode(&format!("#{fragment}")), Ok(state));
    }

    #[test]
    fn rejects_foreign_and_damaged_fragments() {
        assert_eq!(decode("#top"), Err(DecodeError::NotAShareLink));
        assert_eq!(
            decode("s=9.abc"),
            Err(DecodeError::UnknownVersion("9".into()))
        );
        assert!(matches!(decode("s=1.!!!"), Err(DecodeError::Corrupt(_))));
        let good = encode(&SharedState {
            text: "x".repeat(500),
            ..Default::default()
        });
        assert!(matches!(
            decode(&good[..good.len() / 2]),
            Err(DecodeError::Corrupt(_))
        ));
    }

    #[test]
    fn a_link_whose_content_is_not_a_state_in_utf8_is_refused() {
        let refused = Err(DecodeError::Corrupt("not a Lede state"));
        assert_eq!(
            decode(&fragment(b"{\"text\":\"caf\xe9\"}")),
            refused,
            "Latin-1, not UTF-8"
        );
        assert_eq!(decode(&fragment(b"[1,2]")), refused, "JSON, not a state");
        assert_eq!(
            decode(&fragment("{\"text\":\"café\"}".as_bytes())),
            Ok(SharedState {
                text: "café".into(),
                ..Default::default()
            })
        );
    }

    #[test]
    fn warns_about_long_links() {
        assert_eq!(length_warning(100), None);
        assert!(length_warning(3_000).unwrap().contains("chat"));
        assert!(length_warning(40_000).unwrap().contains("settings-only"));
    }

    proptest! {
        #[test]
        fn encode_then_decode_is_identity(text in any::<String>(), date in "[0-9T:-]{0,16}", lang in "[a-z]{0,2}",
                                          keep_all in any::<bool>(), html in any::<bool>(),
                                          overrides in proptest::collection::vec((0usize..100_000, any::<bool>()), 0..8)) {
            let state = SharedState { text, html, settings: Settings { date, lang, keep_all }, overrides };
            prop_assert_eq!(decode(&encode(&state)), Ok(state));
        }
    }
}
