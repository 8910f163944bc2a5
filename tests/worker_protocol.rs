//! The messages between the page and the analysis worker: a request cut into text pieces
//! comes back together whole, an answer cut into parts likewise, and pieces of a stale
//! request or answer never mix into the newest one; each part reads back from the bytes it
//! crosses as; the warm-up keeps to its budget; the
//! worker writes exports of the answer it holds.

use lede::export::{self, Format};
use lede::request::{
    AnswerAssembler, AnswerPart, ExportsAsked, FromWorker, Request, RequestAssembler, Settings,
    ToWorker, WorkerSide, WARM_UP_ROUNDS,
};
use proptest::prelude::*;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

fn request(id: u64, text: &str) -> Request {
    Request {
        id,
        text: Rc::new(text.to_string()),
        html: false,
        settings: Settings {
            date: "2024-03-14".into(),
            ..Settings::default()
        },
        overrides: vec![(0, true)],
    }
}

fn reassembled(messages: Vec<ToWorker>) -> Vec<Request> {
    let mut assembler = RequestAssembler::default();
    messages
        .into_iter()
        .filter_map(|m| assembler.take(m))
        .collect()
}

#[test]
fn a_request_cut_into_pieces_arrives_whole_and_pieces_end_on_char_boundaries() {
    let text = "Der Minister sagte: „Wir öffnen den Hafen am Montag.“ 東京 🚢 ".repeat(50);
    let messages = request(7, &text).messages(10).collect::<Vec<_>>();
    let pieces = messages
        .iter()
        .filter(|m| matches!(m, ToWorker::Text { .. }))
        .count();
    assert!(
        pieces > 100,
        "a 10-byte budget cuts {} bytes into many pieces",
        text.len()
    );
    for m in &messages {
        if let ToWorker::Text { part, .. } = m {
            assert!(
                part.len() <= 10 + 3,
                "a piece exceeds its budget by at most one char"
            );
        }
    }
    assert_eq!(reassembled(messages), vec![request(7, &text)]);
}

#[test]
fn pieces_of_a_stale_request_are_dropped_when_a_newer_one_starts() {
    let mut messages = request(1, "old text that was abandoned")
        .messages(4)
        .collect::<Vec<_>>();
    messages.pop(); // the stale request never got to run
    messages.extend(
        request(2, "the newest text")
            .messages(4)
            .collect::<Vec<_>>(),
    );
    assert_eq!(reassembled(messages), vec![request(2, "the newest text")]);
}

#[test]
fn an_answer_cut_into_parts_is_gathered_whole_and_a_stale_part_starts_over() {
    let text = "“We will open the harbour on Monday,” the mayor said on March 3, 2024. ".repeat(40);
    let whole = request(3, &text).run();
    assert!(whole.analysis.quotes.len() >= 40 && whole.analysis.timeline.len() >= 40);
    let parts = whole.clone().into_parts(7, 256);
    assert!(
        parts.len() >= text.len() / 256,
        "the text in pieces of 256 bytes takes {} parts or more",
        text.len() / 256
    );
    assert!(parts.iter().rev().skip(1).all(|p| !p.last) && parts.last().unwrap().last);
    assert!(
        parts.iter().all(|p| p.analysis.text.len() <= 256 + 3),
        "no part carries more than a piece of the text"
    );

    let mut assembler = AnswerAssembler::default();
    let stale = request(2, &"“Not this one,” he said. ".repeat(20))
        .run()
        .into_parts(7, 256);
    assert!(!stale[0].last, "the stale answer has more parts to come");
    assert!(assembler.take(stale[0].clone()).is_none());
    let mut gathered = None;
    for part in parts {
        let sent = AnswerPart::decode(&part.encode()).expect("a part reads back from its bytes");
        gathered = assembler.take(sent);
    }
    assert_eq!(gathered, Some(whole));
}

#[test]
fn every_part_of_a_full_analysis_reads_back_from_its_bytes_unchanged() {
    let html = r#"<html lang="en"><head><title>Harbour to reopen | The Coast Times</title>
        <meta name="author" content="Ana Ruiz">
        <meta property="article:published_time" content="2024-03-14T09:30:00Z"></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>
        <h1>Harbour to reopen</h1><p>By Ana Ruiz · 3 min read</p>
        <p>“We will open the harbour on Monday,” the mayor said on March 3. The port closed in 2021
        and stayed shut for ten months of last year, she added, calling the delay « regrettable ».</p>
        <p>Officials said the ferries would resume by next week.</p></article>
        <aside>Related: Storm hits coast · 5 mins ago</aside></body></html>"#;
    let mut asked = request(9, html);
    asked.html = true;
    let whole = asked.run();
    let analysis = &whole.analysis;
    assert!(
        analysis.metadata.title.is_some()
            && !analysis.quotes.is_empty()
            && !analysis.timeline.is_empty()
            && analysis.blocks.iter().any(|b| !b.kept),
        "the article fills every part of an analysis: {analysis:#?}"
    );
    for part in whole.into_parts(2, 128) {
        let bytes = part.encode();
        assert_eq!(AnswerPart::decode(&bytes).as_ref(), Some(&part));
        assert_eq!(
            AnswerPart::decode(&bytes[..bytes.len() - 1]),
            None,
            "a cut part is refused"
        );
    }
    assert_eq!(AnswerPart::decode(b"\"ready\""), None, "text is not a part");
}

#[test]
fn the_worker_writes_exports_of_the_newest_answer_only() {
    let mut side = WorkerSide::default();
    let replies = |side: &mut WorkerSide, message: ToWorker| {
        let mut replies = Vec::new();
        side.take(message, |r| replies.push(r));
        replies
    };
    let answered = |side: &mut WorkerSide, r: &Request| {
        let replies: Vec<_> = r.messages(64).flat_map(|m| replies(side, m)).collect();
        assert!(
            matches!(replies[..], [FromWorker::Part(_)]),
            "the answer in one part"
        );
    };
    let export = |id| ToWorker::Export {
        id,
        format: Format::Json,
        stamp: "20240314T120000Z".into(),
    };
    let first = request(1, "“We open on Monday,” the mayor said on March 3.");
    answered(&mut side, &first);
    let expected = export::export(&first.run().analysis, Format::Json, "20240314T120000Z");
    assert!(expected.contents.contains("We open on Monday"));
    assert_eq!(
        replies(&mut side, export(1)),
        [FromWorker::Export {
            id: 1,
            file: Some(expected)
        }]
    );
    answered(&mut side, &request(2, "“Later,” she said."));
    assert_eq!(
        replies(&mut side, export(1)),
        [FromWorker::Export { id: 1, file: None }],
        "the older answer is gone: the page writes that export itself"
    );
}

proptest! {
    #[test]
    fn any_answer_survives_the_trip_in_parts(text in "\\PC{0,300}", items in 1usize..9, bytes in 1usize..64) {
        let whole = request(4, &text).run();
        let mut assembler = AnswerAssembler::default();
        let mut gathered = None;
        for part in whole.clone().into_parts(items, bytes) {
            prop_assert!(gathered.is_none(), "nothing follows the last part");
            gathered = assembler.take(AnswerPart::decode(&part.encode()).unwrap());
        }
        prop_assert_eq!(gathered, Some(whole));
    }

    #[test]
    fn any_text_survives_the_trip_in_pieces(text in "\\PC{0,300}", budget in 1usize..64) {
        let messages = request(9, &text).messages(budget).collect::<Vec<_>>();
        prop_assert_eq!(reassembled(messages), vec![request(9, &text)]);
    }
}

#[test]
fn a_warm_up_is_answered_by_nothing_and_leaves_pending_pieces_alone() {
    let mut assembler = RequestAssembler::default();
    let mut messages = request(4, "“Ready,” she said on Monday.")
        .messages(8)
        .collect::<Vec<_>>();
    let run = messages.pop().unwrap();
    for m in messages {
        assert!(assembler.take(m).is_none());
    }
    assert!(assembler
        .take(ToWorker::WarmUp {
            text: "<p>Warm on May 2, 2022.</p>".into()
        })
        .is_none());
    assert_eq!(
        assembler.take(run),
        Some(request(4, "“Ready,” she said on Monday."))
    );
}

/// Reads of a test clock that jumps a second at each read.
static JUMPING_READS: AtomicUsize = AtomicUsize::new(0);
/// Reads of a test clock that stands still.
static STILL_READS: AtomicUsize = AtomicUsize::new(0);

#[test]
fn the_warm_up_runs_every_round_within_its_budget_and_stops_when_it_is_spent() {
    fn jumping() -> f64 {
        JUMPING_READS.fetch_add(1, Ordering::SeqCst) as f64 * 1000.0
    }
    fn still() -> f64 {
        STILL_READS.fetch_add(1, Ordering::SeqCst);
        0.0
    }
    let warm_up = || ToWorker::WarmUp {
        text: "“Ready,” she said on Monday.".into(),
    };
    assert!(RequestAssembler::with_clock(still)
        .take(warm_up())
        .is_none());
    // the end of the first round, then one reading after each round
    assert_eq!(STILL_READS.load(Ordering::SeqCst), 1 + WARM_UP_ROUNDS);
    assert!(RequestAssembler::with_clock(jumping)
        .take(warm_up())
        .is_none());
    // the second reading is past the budget: the warm-up ends after its first round
    assert_eq!(JUMPING_READS.load(Ordering::SeqCst), 2);
}

/// Two exports of one answer asked before the first reply: each reply answers one, in the order
/// asked (one waiting export used to stand for both, and the second file was lost).
#[test]
fn each_reply_answers_the_oldest_export_waiting() {
    let mut asked = ExportsAsked::default();
    asked.ask(7, Format::Json, "shown");
    asked.ask(7, Format::QuotesCsv, "shown");
    assert_eq!(asked.answered(7), Some((Format::Json, "shown")));
    assert_eq!(asked.answered(7), Some((Format::QuotesCsv, "shown")));
    assert_eq!(asked.answered(7), None, "a reply to nothing waiting");
    asked.ask(8, Format::Markdown, "newer");
    assert_eq!(asked.answered(7), None, "a reply for another answer");
    asked.forget();
    assert_eq!(asked.answered(8), None, "the worker asked is gone");
}
