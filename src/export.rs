//! Exports of an analysis in the formats people use: JSON (the CLI's schema), Markdown, CSV,
//! ICS (RFC 5545), TimelineJS JSON, and a self-contained HTML report that needs no script.

use lede_analysis::{report, Analysis, Grain, TimexType};
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// One downloadable file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Export {
    pub filename: &'static str,
    pub mime: &'static str,
    pub contents: String,
}

/// The formats the page offers, in menu order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    Json,
    Markdown,
    QuotesCsv,
    TimelineCsv,
    Ics,
    TimelineJs,
    Html,
}

impl Format {
    pub const ALL: [Format; 7] = [
        Format::Json,
        Format::Markdown,
        Format::QuotesCsv,
        Format::TimelineCsv,
        Format::Ics,
        Format::TimelineJs,
        Format::Html,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Format::Json => "JSON",
            Format::Markdown => "Markdown",
            Format::QuotesCsv => "Quotes CSV",
            Format::TimelineCsv => "Timeline CSV",
            Format::Ics => "Calendar (ICS)",
            Format::TimelineJs => "TimelineJS",
            Format::Html => "HTML report",
        }
    }
}

/// Renders `analysis` in `format`. `stamp` is the export time (`YYYYMMDDTHHMMSSZ`) for ICS.
pub fn export(a: &Analysis, format: Format, stamp: &str) -> Export {
    let (filename, mime, contents) = match format {
        Format::Json => (
            "lede.json",
            "application/json",
            serde_json::to_string_pretty(a).expect("plain data"),
        ),
        Format::Markdown => ("lede.md", "text/markdown", report::markdown(a)),
        Format::QuotesCsv => ("lede-quotes.csv", "text/csv", quotes_csv(a)),
        Format::TimelineCsv => ("lede-timeline.csv", "text/csv", timeline_csv(a)),
        Format::Ics => ("lede-timeline.ics", "text/calendar", ics(a, stamp)),
        Format::TimelineJs => ("lede-timelinejs.json", "application/json", timelinejs(a)),
        Format::Html => ("lede-report.html", "text/html", html_report(a)),
    };
    Export {
        filename,
        mime,
        contents,
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv_row(out: &mut String, fields: &[&str]) {
    let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
    out.push_str(&row.join(","));
    out.push_str("\r\n");
}

/// One row per quote: speaker, how found, kind, cue, text, offsets.
pub fn quotes_csv(a: &Analysis) -> String {
    let mut out = String::new();
    csv_row(
        &mut out,
        &[
            "speaker",
            "speaker_via",
            "kind",
            "cue",
            "text",
            "start",
            "end",
            "rule",
        ],
    );
    for q in &a.quotes {
        let via = q.speaker_via.map(|v| v.as_str()).unwrap_or_default();
        let kind = q.kind.as_str();
        let (start, end) = (q.start.to_string(), q.end.to_string());
        csv_row(
            &mut out,
            &[
                q.speaker.as_deref().unwrap_or(""),
                via,
                kind,
                q.cue.as_deref().unwrap_or(""),
                &q.text,
                &start,
                &end,
                &q.rule,
            ],
        );
    }
    out
}

/// One row per timeline item: value, type, text, sentence, offsets.
pub fn timeline_csv(a: &Analysis) -> String {
    let mut out = String::new();
    csv_row(
        &mut out,
        &[
            "value", "type", "grain", "text", "sentence", "start", "end", "rule",
        ],
    );
    for t in &a.timeline {
        let (kind, grain) = (t.kind.as_str(), t.grain.as_str());
        let sentence = a.text.get(t.sentence_start..t.sentence_end).unwrap_or("");
        let (start, end) = (t.start.to_string(), t.end.to_string());
        csv_row(
            &mut out,
            &[
                &t.value, kind, grain, &t.text, sentence, &start, &end, &t.rule,
            ],
        );
    }
    out
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn ics_text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace(['\r', '\n'], "\\n")
}

/// Folds a content line at 75 octets without splitting a character (RFC 5545 §3.1).
fn ics_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// A stable identifier from the item's value, text and position.
fn uid(parts: &[&str]) -> String {
    // FNV-1a: stable across runs and builds, unlike the std hasher
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in parts.join("\u{1f}").bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}@lede")
}

/// Calendar events for the timeline's dates (all-day) and times.
pub fn ics(a: &Analysis, stamp: &str) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Lede//Article timeline//EN",
        "CALSCALE:GREGORIAN",
    ] {
        ics_line(&mut out, line);
    }
    for t in a
        .timeline
        .iter()
        .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
    {
        let Some((date, time)) = split_value(&t.value) else {
            continue;
        };
        let sentence = a
            .text
            .get(t.sentence_start..t.sentence_end)
            .unwrap_or(&t.text);
        ics_line(&mut out, "BEGIN:VEVENT");
        ics_line(
            &mut out,
            &format!("UID:{}", uid(&[&t.value, &t.text, &t.start.to_string()])),
        );
        ics_line(&mut out, &format!("DTSTAMP:{stamp}"));
        match time {
            Some(hm) => ics_line(&mut out, &format!("DTSTART:{date}T{hm}00")),
            None => {
                ics_line(&mut out, &format!("DTSTART;VALUE=DATE:{date}"));
                if let Some(next) = next_day(&date) {
                    ics_line(&mut out, &format!("DTEND;VALUE=DATE:{next}"));
                }
            }
        }
        ics_line(
            &mut out,
            &format!("SUMMARY:{}", ics_text(&summary(sentence))),
        );
        ics_line(
            &mut out,
            &format!(
                "DESCRIPTION:{}",
                ics_text(&format!("“{}” — {}", t.text, sentence))
            ),
        );
        ics_line(&mut out, "END:VEVENT");
    }
    ics_line(&mut out, "END:VCALENDAR");
    out
}

/// `YYYY-MM-DD[THH:MM]` → (`YYYYMMDD`, `HHMM`); other values (months, years, vague) → `None`.
fn split_value(value: &str) -> Option<(String, Option<String>)> {
    let (date, time) = match value.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (value, None),
    };
    let ok = date.len() == 10
        && date.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !ok {
        return None;
    }
    let time = time.and_then(|t| {
        let hm: String = t.chars().filter(char::is_ascii_digit).take(4).collect();
        (hm.len() == 4).then_some(hm)
    });
    Some((date.replace('-', ""), time))
}

fn next_day(yyyymmdd: &str) -> Option<String> {
    let date = civil_date(yyyymmdd)?;
    let next = date.tomorrow().ok()?;
    Some(format!(
        "{:04}{:02}{:02}",
        next.year(),
        next.month(),
        next.day()
    ))
}

fn civil_date(yyyymmdd: &str) -> Option<lede_analysis::civil::Date> {
    let y = yyyymmdd.get(0..4)?.parse().ok()?;
    let m = yyyymmdd.get(4..6)?.parse().ok()?;
    let d = yyyymmdd.get(6..8)?.parse().ok()?;
    lede_analysis::civil::Date::new(y, m, d).ok()
}

/// The first 80 characters of a sentence, for a title.
fn summary(sentence: &str) -> String {
    let one_line = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= 80 {
        one_line
    } else {
        format!("{}…", one_line.chars().take(79).collect::<String>())
    }
}

/// TimelineJS3's JSON: one slide per dated item.
pub fn timelinejs(a: &Analysis) -> String {
    let mut events = Vec::new();
    for t in a
        .timeline
        .iter()
        .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
    {
        let Some(start_date) = TimelineDate::of(&t.value) else {
            continue;
        };
        let sentence = a.text.get(t.sentence_start..t.sentence_end).unwrap_or("");
        events.push(TimelineEvent {
            start_date,
            display_date: &t.text,
            text: TimelineText {
                headline: summary(sentence),
                text: html_escape(sentence),
            },
            group: if t.grain >= Grain::Month {
                "Months and years"
            } else {
                "Days"
            },
        });
    }
    let title = a.metadata.title.as_deref().unwrap_or("Article timeline");
    let timeline = TimelineJs {
        title: TimelineTitle {
            text: TimelineText {
                headline: html_escape(title),
                text: "Made with Lede".into(),
            },
        },
        events,
    };
    serde_json::to_string_pretty(&timeline).expect("plain data")
}

/// A TimelineJS3 file: its title slide and one event per dated item.
#[derive(Serialize)]
struct TimelineJs<'a> {
    title: TimelineTitle,
    events: Vec<TimelineEvent<'a>>,
}

#[derive(Serialize)]
struct TimelineTitle {
    text: TimelineText,
}

#[derive(Serialize)]
struct TimelineEvent<'a> {
    start_date: TimelineDate,
    display_date: &'a str,
    text: TimelineText,
    group: &'static str,
}

#[derive(Serialize)]
struct TimelineText {
    headline: String,
    text: String,
}

/// A TimelineJS3 date: the year, then as many finer fields as the value gives.
#[derive(Serialize)]
struct TimelineDate {
    year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hour: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    minute: Option<u32>,
}

impl TimelineDate {
    /// The date of a TIMEX value that starts with a four-digit year ("2022-12-16T11:47"),
    /// down to its first part that is not a number ("2022-W50" gives the year alone).
    fn of(value: &str) -> Option<TimelineDate> {
        let mut parts = value.split(['-', 'T', ':']);
        let year = parts
            .next()
            .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))?
            .parse()
            .ok()?;
        let mut finer = parts.map_while(|p| p.parse::<u32>().ok());
        Some(TimelineDate {
            year,
            month: finer.next(),
            day: finer.next(),
            hour: finer.next(),
            minute: finer.next(),
        })
    }
}

/// Escapes text for HTML content and attribute values.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A self-contained HTML page (inline style, no script) with the article, quotes and timeline.
pub fn html_report(a: &Analysis) -> String {
    let title = html_escape(a.metadata.title.as_deref().unwrap_or("Article report"));
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title><style>{}</style></head><body>",
        html_escape(&a.metadata.lang),
        REPORT_CSS
    );
    let _ = write!(h, "<h1>{title}</h1><p class=\"meta\">");
    if let Some(date) = &a.document_date.value {
        let _ = write!(
            h,
            "Document date: <time>{}</time> ({}). ",
            html_escape(date),
            a.document_date.source.as_str()
        );
    }
    let _ = write!(
        h,
        "{} quotes, {} dated items.</p>",
        a.quotes.len(),
        a.timeline.len()
    );
    let _ = write!(h, "<section id=\"quotes\"><h2>Quotes</h2>");
    for g in crate::view::speaker_groups(a) {
        let name = html_escape(g.name.as_deref().unwrap_or("Speaker not stated"));
        let _ = write!(h, "<h3>{name} <small>({})</small></h3><ul>", g.quotes.len());
        for i in g.quotes {
            let _ = write!(h, "<li><q>{}</q></li>", html_escape(&a.quotes[i].text));
        }
        h.push_str("</ul>");
    }
    let _ = write!(h, "</section><section id=\"timeline\"><h2>Timeline</h2>");
    for s in crate::view::timeline_sections(a) {
        let _ = write!(h, "<h3>{}</h3><ol>", html_escape(&s.heading));
        for i in s.items {
            let t = &a.timeline[i];
            let sentence = a.text.get(t.sentence_start..t.sentence_end).unwrap_or("");
            let _ = write!(
                h,
                "<li><time>{}</time> <b>{}</b> — {}</li>",
                html_escape(&t.value),
                html_escape(&t.text),
                html_escape(sentence)
            );
        }
        h.push_str("</ol>");
    }
    let _ = write!(h, "</section><section id=\"article\"><h2>Article</h2>");
    for b in a.blocks.iter().filter(|b| b.kept) {
        let _ = write!(h, "<p>{}</p>", html_escape(&a.text[b.start..b.end]));
    }
    h.push_str("</section><footer>Made with Lede, in the browser; nothing was uploaded.</footer></body></html>\n");
    h
}

const REPORT_CSS: &str = "body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}\
h1{font-size:1.6rem}.meta,footer{color:#555}q{quotes:'“' '”'}li{margin:.3rem 0}\
@media (prefers-color-scheme:dark){body{background:#111;color:#eee}.meta,footer{color:#aaa}}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ics_lines_fold_at_75_octets_and_escape_text() {
        let mut out = String::new();
        ics_line(&mut out, &format!("SUMMARY:{}", "é".repeat(60)));
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
        assert_eq!(ics_text("a,b;c\nd\\"), "a\\,b\\;c\\nd\\\\");
    }

    #[test]
    fn values_split_into_ics_dates() {
        assert_eq!(
            split_value("2022-12-16T11:47"),
            Some(("20221216".into(), Some("1147".into())))
        );
        assert_eq!(split_value("2022-12-19"), Some(("20221219".into(), None)));
        assert_eq!(split_value("2022-12"), None);
        assert_eq!(split_value("PRESENT_REF"), None);
        assert_eq!(next_day("20221231").as_deref(), Some("20230101"));
    }

    #[test]
    fn csv_quotes_fields_with_commas_and_quotes() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
    }

    #[test]
    fn html_escape_neutralises_markup() {
        assert_eq!(
            html_escape("<img src=x onerror=\"alert(1)\">&"),
            "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;"
        );
    }

    #[test]
    fn uids_are_stable() {
        assert_eq!(
            uid(&["2022", "in 2022", "5"]),
            uid(&["2022", "in 2022", "5"])
        );
        assert_ne!(
            uid(&["2022", "in 2022", "5"]),
            uid(&["2022", "in 2022", "6"])
        );
    }
}
