//! Reading one input: a file or standard input, as text or HTML, with clear errors.
//!
//! HTML is decoded from its declared encoding (BOM, `<meta charset>`, else UTF-8 with a
//! windows-1252 fallback); plain text must be UTF-8 (a UTF-8 or UTF-16 BOM is honoured).

use lede_analysis::{document::looks_like_html, InputKind};
use std::io::Read;

/// The largest input the CLI reads (the page has the same guard).
pub const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

pub struct Loaded {
    pub text: String,
    pub kind: InputKind,
}

pub fn load(path: &str, forced: Option<InputKind>) -> Result<Loaded, String> {
    let bytes = read_bytes(path)?;
    if bytes.is_empty() {
        return Err("empty input: nothing to analyse".into());
    }
    let sniffed_html = forced.is_none()
        && looks_like_html(&String::from_utf8_lossy(&bytes[..bytes.len().min(512)]));
    let kind = forced.unwrap_or(if sniffed_html {
        InputKind::Html
    } else {
        InputKind::Text
    });
    let text = match kind {
        InputKind::Html => decode_html(&bytes),
        _ => decode_text(&bytes)?,
    };
    Ok(Loaded { text, kind })
}

fn read_bytes(path: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    let result = if path == "-" {
        std::io::stdin()
            .lock()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
    } else {
        let meta = std::fs::metadata(path).map_err(|e| describe(&e))?;
        if meta.is_dir() {
            return Err("is a directory, not a file".into());
        }
        std::fs::File::open(path).and_then(|f| f.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes))
    };
    result.map_err(|e| describe(&e))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(format!(
            "larger than {} MB: split it first",
            MAX_INPUT_BYTES / 1024 / 1024
        ));
    }
    Ok(bytes)
}

fn describe(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => format!("cannot read: {e}"),
    }
}

fn decode_text(bytes: &[u8]) -> Result<String, String> {
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes) {
        if encoding != encoding_rs::UTF_8 {
            return Ok(encoding.decode(bytes).0.into_owned());
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(s) if s.contains('\0') && s.bytes().filter(|&b| b == 0).count() * 100 > s.len() => {
            Err("looks like a binary file (many NUL bytes), not text".into())
        }
        Ok(s) => Ok(s.to_string()),
        Err(e) => Err(format!(
            "not UTF-8 (invalid byte at offset {}); convert it to UTF-8 or pass --html if it is a web page",
            e.valid_up_to()
        )),
    }
}

/// Decodes a page by its BOM, then its `<meta charset>`, then UTF-8, then windows-1252.
fn decode_html(bytes: &[u8]) -> String {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding
            .decode_without_bom_handling(&bytes[bom..])
            .0
            .into_owned();
    }
    if let Some(encoding) = declared_charset(bytes) {
        return encoding.decode_without_bom_handling(bytes).0.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// The charset named in the first 4 KB of the page (`<meta charset=…>` or `content="…; charset=…"`).
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    let label = lede_analysis::document::declared_charset(&head)?;
    encoding_rs::Encoding::for_label(label.as_bytes()).map(|e| {
        if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE {
            encoding_rs::UTF_8
        } else {
            e
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_declared_charsets() {
        let page = b"<html><head><meta charset=\"iso-8859-1\"></head><body>Caf\xe9</body></html>";
        assert!(decode_html(page).contains("Café"));
        let sjis = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">\x93\xfa\x96\x7b";
        assert!(decode_html(sjis).contains("日本"));
    }

    #[test]
    fn text_must_be_utf8() {
        assert!(decode_text(b"plain \xff text")
            .unwrap_err()
            .contains("not UTF-8"));
        assert_eq!(decode_text("naïve".as_bytes()).unwrap(), "naïve");
        assert!(decode_text(b"\0\0\0\0binary\0\0")
            .unwrap_err()
            .contains("binary"));
    }
}
