//! News-like text for the benchmarks and the cost check: datelines, quotes with speakers,
//! dates and boilerplate rows, in many paragraphs.

/// About `bytes` of generated news.
pub fn news(bytes: usize) -> String {
    const PARAGRAPHS: &[&str] = &[
        "OSLO, March 14 – Nordic Wire. Prime Minister Ingrid Dahl and her Danish counterpart Lars Holm met on Thursday.",
        "“We came here to settle the question of the harbour fees before the summer,” Dahl said.",
        "Holm added that the two countries had traded 12 percent more in 2023 than the year before.",
        "“If last year was a record, this year will bring another one,” the Danish leader said, according to the ministry.",
        "14:12",
        "Ferry operators warn of winter delays on the Baltic route",
        "The talks will continue tomorrow, and a joint statement is expected next week.",
        "Share this article · Print · Email",
        "She told reporters that over the past ten months prices had fallen by a third.",
        "Related Articles",
        "5 mins ago",
    ];
    let mut out = String::with_capacity(bytes + 200);
    let mut i = 0;
    while out.len() < bytes {
        out.push_str(PARAGRAPHS[i % PARAGRAPHS.len()]);
        out.push_str("\n\n");
        i += 1;
    }
    out
}
