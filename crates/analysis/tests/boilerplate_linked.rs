//! Linked lines inside the article's container, on a page written for Lede: a product's
//! name or a shop's address between paragraphs stays; a labelled pointer ("Read more: …"),
//! a run of linked headlines and linked lines after the article's text go.

use lede_analysis::boilerplate;
use lede_analysis::document::prepare;
use lede_analysis::{Config, InputKind, Lang};

const PAGE: &str = r#"<html><body>
<nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
<article class="entry-content">
<p>The new kettle from a small workshop in the north boils a litre of water in under two minutes, and it does so with far less noise than the models we tested last winter.</p>
<p><a href="https://shop.example/kettle">Copper Kettle, 1.2 litres, brushed finish</a></p>
<p>We used it every morning for a month, and the handle stayed cool to the touch even when the kettle had been on the stove for a long time.</p>
<p><a href="https://shop.example/k">https://shop.example/kettle-two</a></p>
<p>Read more: <a href="/older">Our review of last year's kettles and stoves</a></p>
<p>The lid fits tightly, which matters more than it sounds, because a loose lid lets steam escape and makes the whole kitchen damp in the colder months.</p>
<p><a href="/a">Ten Kitchen Tools We Could Not Live Without</a></p>
<p><a href="/b">Why Cast Iron Pans Are Worth the Weight</a></p>
<p><a href="/c">The Best Cheap Knives for a First Kitchen</a></p>
<p>At its price, it is the kettle we would recommend to most people who want something that lasts, and the workshop offers to repair it for free for five years.</p>
<p><a href="/d">Stoves and Ovens Compared Across Every Price Range</a></p>
</article>
</body></html>"#;

fn kept(line: &str) -> (bool, String) {
    let doc = prepare(PAGE, InputKind::Html);
    boilerplate::classify(&doc, Lang::En, &Config::default())
        .into_iter()
        .find(|b| doc.text[b.start..b.end].trim() == line)
        .map(|b| (b.kept, b.reason))
        .unwrap_or_else(|| panic!("no block {line:?}"))
}

#[test]
fn a_linked_product_line_between_paragraphs_stays() {
    for line in [
        "Copper Kettle, 1.2 litres, brushed finish",
        "https://shop.example/kettle-two",
    ] {
        let (k, reason) = kept(line);
        assert!(k, "{line}: {reason}");
        assert_eq!(reason, "region/links-amid-article");
    }
}

#[test]
fn pointers_runs_and_trailing_links_go() {
    for line in [
        "Read more: Our review of last year's kettles and stoves",
        "Ten Kitchen Tools We Could Not Live Without",
        "Why Cast Iron Pans Are Worth the Weight",
        "The Best Cheap Knives for a First Kitchen",
        "Stoves and Ovens Compared Across Every Price Range",
    ] {
        let (k, reason) = kept(line);
        assert!(!k, "{line} kept: {reason}");
    }
}
