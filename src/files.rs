//! Opening files: which ones Lede reads, and how their bytes become text.
//! The browser's `TextDecoder` does the decoding of legacy charsets; this module decides.

/// What to do with a file's bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sniffed {
    /// Decode with this WHATWG encoding label; `html` says how to analyse the text.
    Decode { label: String, html: bool },
    /// Refuse, with the reason for the reader.
    Refuse(String),
}

/// The largest input the page analyses.
pub const MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;

/// Decides how to read a file from its name and bytes.
pub fn sniff(name: &str, bytes: &[u8]) -> Sniffed {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    if bytes.len() > MAX_INPUT_BYTES {
        return Sniffed::Refuse(format!(
            "{name} is {} MB; Lede reads files up to {} MB. Split it, or paste the part you need.",
            bytes.len() / 1_000_000,
            MAX_INPUT_BYTES / 1_000_000
        ));
    }
    if bytes.is_empty() {
        return Sniffed::Refuse(format!("{name} is empty."));
    }
    let bom = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        Some("utf-8")
    } else if bytes.starts_with(&[0xFF, 0xFE]) {
        Some("utf-16le")
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        Some("utf-16be")
    } else {
        None
    };
    let head = &bytes[..bytes.len().min(4096)];
    let nuls = head.iter().filter(|&&b| b == 0).count();
    if bom.is_none() && nuls * 20 > head.len() {
        return Sniffed::Refuse(format!(
            "{name} looks like a binary file, not text. Lede reads .txt, .html and .md files."
        ));
    }
    let head_text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let html = matches!(ext, "html" | "htm" | "xhtml")
        || (!matches!(ext, "txt" | "md") && lede_analysis::document::looks_like_html(&head_text));
    let label = if let Some(bom) = bom {
        bom.to_string()
    } else if let Some(declared) = html
        .then(|| lede_analysis::document::declared_charset(&head_text))
        .flatten()
    {
        declared
    } else if std::str::from_utf8(bytes).is_ok() {
        "utf-8".to_string()
    } else if html {
        "windows-1252".to_string()
    } else {
        return Sniffed::Refuse(format!(
            "{name} is not UTF-8 text. Save it as UTF-8, or open the web page it came from as .html."
        ));
    };
    Sniffed::Decode { label, html }
}

/// UTF-8 bytes become text in place, without the browser's decoder (no copy, no second
/// conversion); other encodings, or bytes that are not UTF-8 after all, are handed back.
pub fn decode_utf8(bytes: Vec<u8>, label: &str) -> Result<String, Vec<u8>> {
    if label != "utf-8" {
        return Err(bytes);
    }
    let mut text = String::from_utf8(bytes).map_err(|e| e.into_bytes())?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_text_html_and_charsets() {
        assert_eq!(
            sniff("a.txt", "héllo".as_bytes()),
            Sniffed::Decode {
                label: "utf-8".into(),
                html: false
            }
        );
        assert_eq!(
            sniff("a.md", b"# Title"),
            Sniffed::Decode {
                label: "utf-8".into(),
                html: false
            }
        );
        let page = b"<html><meta charset=\"Shift_JIS\"><p>\x93\xfa</p>";
        assert_eq!(
            sniff("p.html", page),
            Sniffed::Decode {
                label: "shift_jis".into(),
                html: true
            }
        );
        assert_eq!(
            sniff("p.htm", b"<p>caf\xe9</p>"),
            Sniffed::Decode {
                label: "windows-1252".into(),
                html: true
            }
        );
        assert_eq!(
            sniff("u.txt", b"\xFF\xFEh\0i\0"),
            Sniffed::Decode {
                label: "utf-16le".into(),
                html: false
            }
        );
    }

    #[test]
    fn utf8_is_taken_in_place_without_its_bom_and_others_are_handed_back() {
        let with_bom = [&[0xEF, 0xBB, 0xBF][..], "Zürich “quote”".as_bytes()].concat();
        assert_eq!(decode_utf8(with_bom, "utf-8").unwrap(), "Zürich “quote”");
        assert_eq!(
            decode_utf8(b"caf\xe9".to_vec(), "utf-8").unwrap_err(),
            b"caf\xe9"
        );
        assert_eq!(
            decode_utf8(b"abc".to_vec(), "windows-1252").unwrap_err(),
            b"abc"
        );
    }

    #[test]
    fn refuses_binary_empty_and_non_utf8_text() {
        assert!(
            matches!(sniff("x.png", b"\x89PNG\0\0\0\0\0\0\0\0\0IHDR\0\0"), Sniffed::Refuse(m) if m.contains("binary"))
        );
        assert!(matches!(sniff("e.txt", b""), Sniffed::Refuse(m) if m.contains("empty")));
        assert!(
            matches!(sniff("l.txt", b"caf\xe9"), Sniffed::Refuse(m) if m.contains("not UTF-8"))
        );
    }
}
