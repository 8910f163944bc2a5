//! The page's reducer, request building and exports, natively: sequences of actions as a
//! reader would cause them.

use lede::export::{self, Format};
use lede::request::{Request, Settings};
use lede::state::{Action, AppState, Focus, Status};
use std::rc::Rc;
use yew::Reducible;

const EXAMPLE: &str = lede::app::EXAMPLE;

fn analysed(state: AppState, text: &str) -> AppState {
    let state = state
        .apply(Action::SetInput {
            text: text.into(),
            html: false,
        })
        .unwrap();
    let state = state.apply(Action::Sent { id: 1 }).unwrap();
    let response = state.request(1).unwrap().run();
    state
        .apply(Action::Analysed {
            id: 1,
            analysis: Rc::new(response.analysis),
            elapsed_us: 0,
        })
        .unwrap()
}

#[test]
fn an_answer_to_the_newest_request_is_shown_and_a_stale_one_dropped() {
    let state = AppState::default()
        .apply(Action::SetInput {
            text: "“We will open the harbour on Monday,” she said.".into(),
            html: false,
        })
        .unwrap();
    let state = state.apply(Action::Sent { id: 1 }).unwrap();
    let state = Rc::new(state.apply(Action::Sent { id: 2 }).unwrap());
    assert_eq!(state.status, Status::Running { id: 2 });
    let stale = state.request(1).unwrap().run();
    let same = state.clone().reduce(Action::Analysed {
        id: 1,
        analysis: Rc::new(stale.analysis),
        elapsed_us: 0,
    });
    assert!(
        Rc::ptr_eq(&state, &same),
        "a stale answer must not re-render"
    );
    let fresh = state.request(2).unwrap().run();
    let next = state.reduce(Action::Analysed {
        id: 2,
        analysis: Rc::new(fresh.analysis),
        elapsed_us: 0,
    });
    assert_eq!(next.status, Status::Ready);
    assert_eq!(next.analysis.as_ref().unwrap().quotes.len(), 1);
}

#[test]
fn toggling_a_block_records_an_override_and_toggling_back_removes_it() {
    let state = analysed(AppState::default(), EXAMPLE);
    let first = state.analysis.as_ref().unwrap().blocks[0].clone();
    let toggled = state
        .apply(Action::ToggleBlock { start: first.start })
        .unwrap();
    assert_eq!(toggled.overrides.len(), 1);
    assert_eq!(toggled.overrides[0].kept, !first.kept);
    let request = toggled.request(2).unwrap();
    let after = request.run().analysis;
    assert_eq!(after.blocks[0].kept, !first.kept);
    assert!(after.blocks[0].overridden);
    // the block is now overridden: toggling it again drops the correction
    let state = toggled.apply(Action::Sent { id: 2 }).unwrap();
    let state = state
        .apply(Action::Analysed {
            id: 2,
            analysis: Rc::new(after),
            elapsed_us: 0,
        })
        .unwrap();
    let back = state
        .apply(Action::ToggleBlock { start: first.start })
        .unwrap();
    assert!(back.overrides.is_empty());
}

#[test]
fn new_input_clears_corrections_and_focus() {
    let state = analysed(AppState::default(), EXAMPLE);
    let start = state.analysis.as_ref().unwrap().blocks[1].start;
    let state = state.apply(Action::ToggleBlock { start }).unwrap();
    let state = state.apply(Action::Focus(Focus::Quote(0))).unwrap();
    let next = state
        .apply(Action::SetInput {
            text: "Other text.".into(),
            html: false,
        })
        .unwrap();
    assert!(next.overrides.is_empty());
    assert_eq!(next.focus, Focus::None);
    assert!(
        state
            .apply(Action::SetInput {
                text: EXAMPLE.into(),
                html: false
            })
            .is_none(),
        "same text is no change"
    );
}

#[test]
fn stepping_walks_quotes_and_stops_at_the_ends() {
    let state = analysed(
        AppState::default(),
        "“One,” Ann said. “Two,” Bo said. “Three,” Cy said.",
    );
    let n = state.analysis.as_ref().unwrap().quotes.len();
    assert_eq!(n, 3);
    let s1 = state
        .apply(Action::Step {
            quotes: true,
            delta: 1,
        })
        .unwrap();
    assert_eq!(s1.focus, Focus::Quote(0));
    let s2 = s1
        .apply(Action::Step {
            quotes: true,
            delta: 1,
        })
        .unwrap();
    let s3 = s2
        .apply(Action::Step {
            quotes: true,
            delta: 1,
        })
        .unwrap();
    assert_eq!(s3.focus, Focus::Quote(2));
    assert!(
        s3.apply(Action::Step {
            quotes: true,
            delta: 1
        })
        .is_none(),
        "no step past the last quote"
    );
    let back = s3
        .apply(Action::Step {
            quotes: true,
            delta: -1,
        })
        .unwrap();
    assert_eq!(back.focus, Focus::Quote(1));
}

#[test]
fn clear_forgets_everything_but_the_theme() {
    let state = analysed(AppState::default(), EXAMPLE)
        .apply(Action::SetDark(Some(true)))
        .unwrap();
    let cleared = state.apply(Action::Clear).unwrap();
    assert!(cleared.text.is_empty());
    assert!(cleared.analysis.is_none());
    assert_eq!(cleared.dark, Some(true));
    assert!(cleared.request(5).is_none(), "nothing to analyse");
}

#[test]
fn settings_reach_the_core() {
    let request = Request {
        id: 1,
        text: Rc::new("It happened yesterday.".to_string()),
        html: false,
        settings: Settings {
            date: "2022-12-19".into(),
            lang: "de".into(),
            keep_all: true,
        },
        overrides: vec![(0, false)],
    };
    let config = request.config();
    assert_eq!(config.reference.unwrap().to_string(), "2022-12-19T00:00:00");
    assert_eq!(config.lang, Some(lede_analysis::Lang::De));
    assert!(config.keep_all);
    let bad = Request {
        settings: Settings {
            date: "19/12".into(),
            ..Settings::default()
        },
        ..request
    };
    assert_eq!(
        bad.config().reference,
        None,
        "an unreadable date falls back to detection"
    );
}

#[test]
fn exports_parse_in_their_formats() {
    let state = analysed(AppState::default(), EXAMPLE);
    let a = state.analysis.as_ref().unwrap();
    let json = export::export(a, Format::Json, "20260101T000000Z");
    let back: lede_analysis::Analysis = serde_json::from_str(&json.contents).unwrap();
    assert_eq!(&back, &**a);

    let csv = export::export(a, Format::QuotesCsv, "x").contents;
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), a.quotes.len());
    assert_eq!(&rows[0][4], a.quotes[0].text);

    let csv = export::export(a, Format::TimelineCsv, "x").contents;
    let rows = csv::Reader::from_reader(csv.as_bytes()).records().count();
    assert_eq!(rows, a.timeline.len());

    let ics = export::export(a, Format::Ics, "20260101T000000Z").contents;
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(
        ics.matches("BEGIN:VEVENT").count(),
        ics.matches("END:VEVENT").count()
    );
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "unfolded line: {line}");
    }

    let tl: serde_json::Value =
        serde_json::from_str(&export::export(a, Format::TimelineJs, "x").contents).unwrap();
    let dated: Vec<_> = a
        .timeline
        .iter()
        .filter(|t| {
            matches!(
                t.kind,
                lede_analysis::TimexType::Date | lede_analysis::TimexType::Time
            )
        })
        .filter(|t| t.value.len() >= 4 && t.value[..4].bytes().all(|b| b.is_ascii_digit()))
        .collect();
    let events = tl["events"].as_array().unwrap();
    assert_eq!(events.len(), dated.len());
    for (event, item) in events.iter().zip(&dated) {
        let start = &event["start_date"];
        assert_eq!(start["year"].to_string(), item.value[..4]);
        // as many finer fields as the value gives, and no more
        let numbers = item.value.split(['-', 'T', ':']).skip(1);
        let given = numbers.map_while(|p| p.parse::<u32>().ok()).take(4).count();
        assert_eq!(
            start.as_object().unwrap().len(),
            1 + given,
            "{}",
            item.value
        );
        assert_eq!(event["display_date"], item.text.as_str());
    }
    assert_eq!(tl["title"]["text"]["text"], "Made with Lede");

    let html = export::export(a, Format::Html, "x").contents;
    assert!(!html.contains("<script"), "the report needs no script");
    assert!(html.contains("<section id=\"quotes\">") && html.contains("<section id=\"timeline\">"));
}

#[test]
fn a_slim_answer_is_restored_to_the_full_analysis() {
    for (text, html) in [
        (EXAMPLE.to_string(), false),
        (
            format!(
                "<article><p>{}</p></article>",
                "“We open on Monday,” she said."
            ),
            true,
        ),
    ] {
        let request = Request {
            id: 3,
            text: Rc::new(text.clone()),
            html,
            settings: Settings::default(),
            overrides: vec![],
        };
        let full = request.run();
        let slim = request.run().slim(!html);
        assert!(slim.analysis.body.is_empty());
        assert_eq!(
            slim.analysis.text.is_empty(),
            !html,
            "HTML keeps its extracted text"
        );
        assert_eq!(slim.restore(&text), full.analysis);
    }
}
