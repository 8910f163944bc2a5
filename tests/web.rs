//! The page's components in a real browser (headless Chromium via wasm-bindgen-test):
//! `cargo test -p lede --target wasm32-unknown-unknown --test web`
#![cfg(target_arch = "wasm32")]

use lede::components::article_view::ArticleView;
use lede::request::{Request, Settings};
use lede::state::{Action, Focus};
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn example_analysis() -> Rc<lede_analysis::Analysis> {
    let request = Request {
        id: 1,
        text: Rc::new(lede::app::EXAMPLE.to_string()),
        html: false,
        settings: Settings::default(),
        overrides: vec![],
    };
    Rc::new(request.run().analysis)
}

#[derive(Properties, PartialEq)]
struct Harness {
    analysis: Rc<lede_analysis::Analysis>,
    focus: Focus,
}

#[component(ArticleHarness)]
fn article_harness(props: &Harness) -> Html {
    let groups = Rc::new(lede::view::speaker_groups(&props.analysis));
    html! { <ArticleView analysis={props.analysis.clone()} groups={groups} elapsed_us={0} focus={props.focus} on_action={Callback::from(|_: Action| ())} /> }
}

#[wasm_bindgen_test]
async fn the_article_view_renders_blocks_quotes_and_dates() {
    let analysis = example_analysis();
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<ArticleHarness>::with_root_and_props(
        root.clone(),
        Harness {
            analysis: analysis.clone(),
            focus: Focus::None,
        },
    )
    .render();
    yew::platform::time::sleep(Duration::from_millis(50)).await;

    let blocks = root.query_selector_all(".block").unwrap().length() as usize;
    assert_eq!(blocks, analysis.blocks.len());
    let removed = root.query_selector_all(".block.removed").unwrap().length() as usize;
    assert_eq!(removed, analysis.blocks.iter().filter(|b| !b.kept).count());
    let first_quote = root
        .query_selector("#q0")
        .unwrap()
        .expect("the first quote is marked");
    assert!(first_quote
        .text_content()
        .unwrap()
        .contains(&analysis.quotes[0].text[..10]));
    let dates = root.query_selector_all("time.date").unwrap().length() as usize;
    assert!(
        dates >= analysis.timeline.len(),
        "{dates} dates drawn for {} dated items",
        analysis.timeline.len()
    );
}

/// A long article is drawn 200 blocks at a time, each "show more" adds 200, and a new
/// analysis starts again from 200.
#[wasm_bindgen_test]
async fn long_lists_are_drawn_a_step_at_a_time() {
    let analyse = |paragraphs: usize| {
        let text = (0..paragraphs)
            .map(|i| {
                format!("Paragraph {i}: the council met again on the budget, as it had before.")
            })
            .collect::<Vec<_>>()
            .join("\n\n");
        let request = Request {
            id: 1,
            text: Rc::new(text),
            html: false,
            settings: Settings::default(),
            overrides: vec![],
        };
        Rc::new(request.run().analysis)
    };
    let analysis = analyse(450);
    assert_eq!(analysis.blocks.len(), 450);
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let mut app = yew::Renderer::<ArticleHarness>::with_root_and_props(
        root.clone(),
        Harness {
            analysis: analysis.clone(),
            focus: Focus::None,
        },
    )
    .render();
    let settle = || yew::platform::time::sleep(Duration::from_millis(50));
    let blocks = || root.query_selector_all(".block").unwrap().length();
    let more = || root.query_selector("button.more").unwrap();
    settle().await;
    assert_eq!(blocks(), 200);
    let button = more().expect("a button draws the next blocks");
    assert_eq!(
        button.text_content().unwrap(),
        "Show 200 more blocks (200 of 450 shown)"
    );
    // a block chosen further down is drawn on its own, after the others
    app.update(Harness {
        analysis: analysis.clone(),
        focus: Focus::Block(420),
    });
    settle().await;
    assert_eq!(blocks(), 201);
    assert!(root.query_selector("#b420").unwrap().is_some());
    let gap = root.query_selector(".gap").unwrap().unwrap();
    assert_eq!(gap.text_content().unwrap(), "… 220 blocks not drawn …");
    app.update(Harness {
        analysis: analysis.clone(),
        focus: Focus::None,
    });
    settle().await;
    assert_eq!(blocks(), 200);
    let button = more().unwrap();
    button.unchecked_into::<web_sys::HtmlElement>().click();
    settle().await;
    assert_eq!(blocks(), 400);
    more()
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    settle().await;
    assert_eq!(blocks(), 450);
    assert!(more().is_none(), "no button once every block is drawn");
    app.update(Harness {
        analysis: analyse(460),
        focus: Focus::None,
    });
    settle().await;
    assert_eq!(blocks(), 200, "a new analysis starts from the first step");
    app.destroy();
}

#[wasm_bindgen_test]
fn the_share_codec_and_storage_work_in_the_browser() {
    let state = lede::share::SharedState {
        text: lede::app::EXAMPLE.into(),
        ..Default::default()
    };
    let fragment = lede::share::encode(&state);
    assert_eq!(lede::share::decode(&fragment), Ok(state));
    lede::dom::save("lede.test", "kept").unwrap();
    assert_eq!(lede::dom::load("lede.test").as_deref(), Some("kept"));
    lede::dom::forget("lede.test");
    assert_eq!(lede::dom::load("lede.test"), None);
}

/// A large paste is copied in pieces of 2^20 UTF-16 units: a piece never ends inside a
/// surrogate pair, and the pieces join into the whole text.
#[wasm_bindgen_test]
async fn a_large_paste_is_copied_whole_in_pieces() {
    let piece = 1usize << 20;
    for before in [piece - 1, piece - 2, piece, 2 * piece - 1] {
        let text = format!("{}😀é{}", "a".repeat(before), "b".repeat(5));
        let copied = lede::dom::string_in_steps(&js_sys::JsString::from(text.as_str())).await;
        assert!(copied == text, "{before} units before the pair");
    }
}

/// A worker that fails (here at start; in use, a bug that stops the analysis) reports its
/// error to the page rather than leaving it waiting for an answer.
#[wasm_bindgen_test]
async fn a_failing_worker_reports_its_error() {
    let script = lede::dom::script_url("throw new Error('the worker broke');").unwrap();
    let mut resolve = None;
    let reported = js_sys::Promise::new(&mut |res, _| resolve = Some(res));
    let resolve = resolve.unwrap();
    let _link = lede::link::WorkerLink::spawn(
        &script,
        |_| panic!("a failed worker answers nothing"),
        |_, _| panic!("a failed worker writes no export"),
        move |message| {
            let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &message.into());
        },
    )
    .unwrap();
    let message = wasm_bindgen_futures::JsFuture::from(reported)
        .await
        .unwrap();
    let message = message.as_string().unwrap();
    assert!(message.contains("the worker broke"), "{message}");
}
