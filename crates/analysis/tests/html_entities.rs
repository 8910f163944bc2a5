//! The HTML tokenizer's named character references (Lede's html5gum keeps them as one table,
//! `vendor/html5gum/src/entities.txt`): every name of the HTML standard decodes, in text and in
//! an attribute, to what `htmlize`'s table of the standard says, and the longest name wins.

use html5gum::{Token, Tokenizer};

/// The text and attribute values of `html`, in order.
fn decoded(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for token in Tokenizer::new(html) {
        let Ok(token) = token;
        match token {
            Token::String(text) => out.push(String::from_utf8_lossy(&text).into_owned()),
            Token::StartTag(tag) => out.extend(
                tag.attributes
                    .values()
                    .map(|v| String::from_utf8_lossy(v).into_owned()),
            ),
            _ => {}
        }
    }
    out
}

fn standard() -> Vec<(String, String)> {
    htmlize::ENTITIES
        .entries()
        .map(|(name, value)| {
            let name = String::from_utf8(name.to_vec()).unwrap();
            let name = name.trim_start_matches('&').to_string();
            (name, String::from_utf8(value.to_vec()).unwrap())
        })
        .collect()
}

#[test]
fn the_table_holds_every_name_of_the_standard_once() {
    let mut table: Vec<&str> = include_str!("../../../vendor/html5gum/src/entities.txt")
        .lines()
        .map(|line| line.split(' ').next().unwrap())
        .collect();
    let mut names: Vec<String> = standard().into_iter().map(|(name, _)| name).collect();
    table.sort_unstable();
    names.sort_unstable();
    assert_eq!(names.len(), 2231);
    assert_eq!(table, names);
}

#[test]
fn every_name_decodes_to_its_characters_in_text_and_in_attributes() {
    for (name, value) in standard() {
        assert_eq!(
            decoded(&format!("<p>&{name} </p>")),
            [format!("{value} ")],
            "&{name} in text"
        );
        assert_eq!(
            decoded(&format!("<a title=\"&{name}\">")),
            std::slice::from_ref(&value),
            "&{name} in an attribute"
        );
    }
}

#[test]
fn the_longest_name_wins_and_unknown_names_stay_as_written() {
    let cases = [
        ("&notin; &notit; &not", "∉ ¬it; ¬"),
        ("&amp;&ampx &AMP;", "&&x &"),
        ("&frac12; &frac1; &sup2;", "½ &frac1; ²"),
        ("&NewLine;&Tab;&fjlig;", "\n\tfj"),
        ("&zz; &; & &#x41;", "&zz; &; & A"),
    ];
    for (html, text) in cases {
        assert_eq!(decoded(&format!("<p>{html}</p>")).concat(), text, "{html}");
    }
}
