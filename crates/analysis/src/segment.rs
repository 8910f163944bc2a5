//! Sentences: where one ends and the next begins, for quotes and for the timeline's events.

use crate::case::ToLower;
use crate::model::Span;
use crate::wordlist::Words;

/// Abbreviations after which a full stop does not end a sentence.
static ABBREVIATIONS: Words = Words::new(concat!(
    "mr mrs ms dr prof gen gov sen rep st jr sr lt col capt sgt inc corp ltd co vs etc no jan ",
    "feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e approx dept est fig mt ft ",
    "pres rev hon ed nr bzw ca z.b d.h usw mme mlle sr sra dr ul im g ",
));

/// The sentences inside `within`, trimmed, in order.
pub fn sentences(text: &str, within: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let s = within.of(text);
    let mut start = 0;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // only a line break or a stop ends a sentence: the other characters are stepped over
        // byte by byte (the stops beyond ASCII start with one of these three bytes)
        if !matches!(bytes[i], b'\n' | b'.' | b'!' | b'?' | 0xE2 | 0xE3 | 0xEF) {
            i += 1;
            continue;
        }
        let c = s[i..].chars().next().unwrap_or_default();
        let ends = match c {
            '\n' => true,
            '.' | '!' | '?' | '…' | '。' | '！' | '？' => {
                // take closing quotes and brackets with the sentence
                let mut end = i + c.len_utf8();
                let mut rest = s[end..].chars();
                let mut next = rest.next();
                while let Some(n) = next.filter(|&n| {
                    matches!(
                        n,
                        '.' | '!' | '?' | '"' | '”' | '’' | '»' | ')' | ']' | '\'' | '“'
                    )
                }) {
                    end += n.len_utf8();
                    next = rest.next();
                }
                let next_is_space = next.is_none_or(char::is_whitespace);
                let next_word_upper = s[end..].trim_start().chars().next().is_none_or(|n| {
                    n.is_uppercase() || n.is_ascii_digit() || "“\"«„'‘—–-(".contains(n)
                });
                if next_is_space && next_word_upper && !(c == '.' && is_abbreviation(&s[start..i]))
                {
                    if let Some(span) = crate::document::trimmed(
                        text,
                        Span::new(within.start + start, within.start + end),
                    ) {
                        out.push(span);
                    }
                    start = end;
                }
                i = end;
                continue;
            }
            _ => false,
        };
        if ends {
            if let Some(span) =
                crate::document::trimmed(text, Span::new(within.start + start, within.start + i))
            {
                out.push(span);
            }
            start = i + 1;
        }
        i += c.len_utf8();
    }
    if let Some(span) = crate::document::trimmed(text, Span::new(within.start + start, within.end))
    {
        out.push(span);
    }
    out
}

/// True when the word before a full stop is an abbreviation or a single letter (an initial).
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("")
        .to_lower();
    let word = word.trim_start_matches(['“', '"', '(']);
    word.chars().count() == 1 && word.chars().all(char::is_alphabetic) || ABBREVIATIONS.has(word)
}

/// The sentence of `spans` that contains `pos`, or the nearest one before it.
pub fn sentence_at(spans: &[Span], pos: usize) -> Option<Span> {
    let i = spans.partition_point(|s| s.start <= pos);
    i.checked_sub(1).map(|i| spans[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, Span::new(0, text.len()))
            .iter()
            .map(|s| s.of(text))
            .collect()
    }

    #[test]
    fn splits_on_terminal_punctuation() {
        assert_eq!(
            split("Mr. Smith arrived. He left at 5 p.m. on Friday. “Go!” she said. Done"),
            [
                "Mr. Smith arrived.",
                "He left at 5 p.m. on Friday.",
                "“Go!” she said.",
                "Done"
            ]
        );
    }

    #[test]
    fn keeps_decimals_and_initials() {
        assert_eq!(
            split("It rose 3.5 percent, J. R. Doe said. Next."),
            ["It rose 3.5 percent, J. R. Doe said.", "Next."]
        );
    }

    #[test]
    fn quote_inside_sentence_does_not_split() {
        assert_eq!(
            split("“Fine,” he said. Then more."),
            ["“Fine,” he said.", "Then more."]
        );
    }
}
