//! The `lede` command as batch users and scorers call it: the JSON contract, batches, and a
//! clear message and exit code for every kind of bad input.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const EXAMPLE: &str = include_str!("../../analysis/tests/data/articles/example/input.txt");

fn lede(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .output()
        .expect("lede runs")
}

fn lede_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("lede runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn temp(name: &str, contents: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lede-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn json_has_the_contract_shape() {
    let path = temp("example.txt", EXAMPLE.as_bytes());
    let out = lede(&[
        "analyze",
        "--format",
        "json",
        "--date",
        "2024-03-14",
        path.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        &keys[..8],
        [
            "version",
            "text",
            "document_date",
            "metadata",
            "blocks",
            "body",
            "quotes",
            "timeline"
        ]
    );
    assert_eq!(v["version"], 1);
    assert_eq!(v["text"], EXAMPLE, "plain text is analysed as given");
    assert_eq!(v["document_date"]["value"], "2024-03-14");
    assert_eq!(v["document_date"]["source"], "given");
    for b in v["blocks"].as_array().unwrap() {
        assert!(
            b["start"].is_u64()
                && b["end"].is_u64()
                && b["kept"].is_boolean()
                && b["reason"].is_string()
        );
    }
    let q = &v["quotes"][0];
    for key in [
        "start",
        "end",
        "text",
        "speaker",
        "speaker_start",
        "speaker_end",
        "cue",
        "kind",
        "rule",
    ] {
        assert!(q.get(key).is_some(), "quote field {key}");
    }
    let start = q["start"].as_u64().unwrap() as usize;
    let end = q["end"].as_u64().unwrap() as usize;
    assert_eq!(&EXAMPLE[start..end], q["text"].as_str().unwrap());
}

#[test]
fn several_files_give_one_object_per_line_in_order_and_a_bad_one_loses_nothing() {
    let a = temp("a.txt", b"First text, written on Monday.");
    let b = temp("b.txt", b"Second text.");
    let missing = "/nonexistent/lede/missing.txt";
    let out = lede(&["analyze", a.to_str().unwrap(), missing, b.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["file"], a.to_str().unwrap());
    assert_eq!(lines[1]["file"], b.to_str().unwrap());
    assert!(
        stderr(&out).contains("missing.txt: no such file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn ndjson_of_one_file_carries_its_name() {
    let a = temp("one.txt", b"Only text.");
    let out = lede(&["analyze", "--format", "ndjson", a.to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 1);
    assert!(text.contains("\"file\":"));
}

#[test]
fn bad_inputs_get_clear_messages_and_exit_codes() {
    let dir = std::env::temp_dir();
    let cases: Vec<(Output, &str)> = vec![
        (lede(&["analyze", dir.to_str().unwrap()]), "is a directory"),
        (
            lede(&[
                "analyze",
                temp("latin1.txt", b"caf\xe9 au lait").to_str().unwrap(),
            ]),
            "not UTF-8",
        ),
        (
            lede(&["analyze", temp("empty.txt", b"").to_str().unwrap()]),
            "empty input",
        ),
        (
            lede(&["analyze", temp("bin.txt", &[0u8; 64]).to_str().unwrap()]),
            "binary",
        ),
        (lede(&["analyze", "--date", "19.12.2022", "x"]), "bad date"),
    ];
    for (out, message) in cases {
        assert!(!out.status.success());
        assert!(
            stderr(&out).contains(message),
            "expected {message:?} in {:?}",
            stderr(&out)
        );
        assert!(out.stdout.is_empty() || message == "bad date");
    }
}

#[test]
fn html_pages_are_decoded_from_their_declared_charset() {
    let page = b"<html><head><meta charset=\"windows-1252\"><title>Caf\xe9</title></head><body><p>Le caf\xe9 a ouvert lundi.</p></body></html>";
    let path = temp("page.html", page);
    let out = lede(&[
        "analyze",
        "--format",
        "json",
        "--html",
        path.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["text"]
        .as_str()
        .unwrap()
        .contains("Le café a ouvert lundi."));
}

#[test]
fn standard_input_text_and_markdown_formats() {
    let out = lede_stdin(
        &["analyze", "--format", "text", "-"],
        "“We will build it,” the mayor said.\n".as_bytes(),
    );
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains("We will build it"));
    let out = lede_stdin(&["analyze", "--format", "md"], EXAMPLE.as_bytes());
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("---\n") && md.contains("## Quotes") && md.contains("## Timeline"));
}

#[test]
fn a_twenty_megabyte_input_is_analysed() {
    let big = EXAMPLE.repeat(20 * 1024 * 1024 / EXAMPLE.len() + 1);
    let path = temp("big.txt", big.as_bytes());
    let out = lede(&["analyze", "--format", "text", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.len() > 1_000_000);
}
