//! Writes Lede's case tables (`case_tables.rs` in `OUT_DIR`, read by `src/case.rs`) from the
//! standard library's own mappings, run here natively with the same toolchain: so the tables
//! always say what `str::to_lowercase` says, and the page does not carry the standard
//! library's tables, which list every mapped char with its mapping (25 KB of the module).
//!
//! - a mapping to one char is written as runs: chars `first, first + stride, …` (`len` of
//!   them) each map to itself plus `delta`;
//! - a lower case of several chars (`İ` → `i̇`) is listed; an upper case of several (`ß` →
//!   `SS`) is left out: Lede asks only for single-char upper cases;
//! - for the final sigma, the chars `str::to_lowercase` skips when it looks for a cased
//!   letter beside a `Σ` (case-ignorable), and those it then finds cased, as ranges. Both
//!   are read from what `to_lowercase` does with a `Σ` beside the char.

// the standard library's mappings are what the tables write down
#![allow(clippy::disallowed_methods)]

use std::fmt::Write as _;
use std::path::Path;

/// One run of single-char mappings.
struct Run {
    first: u32,
    len: u32,
    stride: u32,
    delta: i64,
}

/// Runs of the chars `map` sends to one other char, and the chars it sends to several.
fn runs(map: impl Fn(char) -> Vec<char>) -> (Vec<Run>, Vec<(char, Vec<char>)>) {
    let mut runs: Vec<Run> = Vec::new();
    let mut multi = Vec::new();
    for c in '\0'..=char::MAX {
        let mapped = map(c);
        match mapped.as_slice() {
            [one] if *one == c => {}
            [one] => {
                let delta = *one as i64 - c as i64;
                let c = c as u32;
                if let Some(run) = runs.last_mut().filter(|r| r.delta == delta) {
                    // a second char one or two on sets the run's stride; later ones keep it
                    let step = c - run.first;
                    if run.len == 1 && step <= 2 {
                        run.stride = step;
                        run.len = 2;
                        continue;
                    }
                    if run.len > 1 && c == run.first + run.len * run.stride {
                        run.len += 1;
                        continue;
                    }
                }
                runs.push(Run {
                    first: c,
                    len: 1,
                    stride: 1,
                    delta,
                });
            }
            _ => multi.push((c, mapped)),
        }
    }
    (runs, multi)
}

/// The ranges of the chars for which `test` holds.
fn ranges(test: impl Fn(char) -> bool) -> Vec<(u32, u32)> {
    let mut out: Vec<(u32, u32)> = Vec::new();
    for c in '\0'..=char::MAX {
        if !test(c) {
            continue;
        }
        let c = c as u32;
        match out.last_mut() {
            Some((_, last)) if *last + 1 == c => *last = c,
            _ => out.push((c, c)),
        }
    }
    out
}

fn write_runs(out: &mut String, name: &str, runs: &[Run]) {
    writeln!(out, "static {name}: [Run; {}] = [", runs.len()).unwrap();
    for r in runs {
        writeln!(
            out,
            "    Run {{ first: {:#x}, len: {}, stride: {}, delta: {} }},",
            r.first, r.len, r.stride, r.delta
        )
        .unwrap();
    }
    out.push_str("];\n");
}

fn write_multi(out: &mut String, name: &str, multi: &[(char, Vec<char>)]) {
    writeln!(
        out,
        "static {name}: [(char, [char; 3]); {}] = [",
        multi.len()
    )
    .unwrap();
    for (c, mapped) in multi {
        let mut three = ['\0'; 3];
        three[..mapped.len()].copy_from_slice(mapped);
        writeln!(out, "    ({c:?}, {three:?}),").unwrap();
    }
    out.push_str("];\n");
}

/// Ranges as `first << 8 | (last - first)`, a longer range cut into pieces of 256 chars.
fn write_ranges(out: &mut String, name: &str, ranges: &[(u32, u32)]) {
    let pieces: Vec<u32> = ranges
        .iter()
        .flat_map(|&(first, last)| {
            (first..=last)
                .step_by(256)
                .map(move |f| (f, last.min(f + 255)))
        })
        .map(|(first, last)| first << 8 | (last - first))
        .collect();
    writeln!(out, "static {name}: [u32; {}] = [", pieces.len()).unwrap();
    for piece in pieces {
        writeln!(out, "    {piece:#x},").unwrap();
    }
    out.push_str("];\n");
}

/// What `to_lowercase` makes of a `Σ` between `before` and `after`.
fn sigma_between(before: &str, after: &str) -> char {
    let lowered = format!("{before}Σ{after}").to_lowercase();
    // σ and ς are as long as Σ, so the lowered `before` ends where the sigma starts
    let at = before.to_lowercase().len();
    lowered[at..].chars().next().expect("a sigma")
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let (lower, lower_multi) = runs(|c| c.to_lowercase().collect());
    // Lede asks only for single-char upper cases (its patterns' case classes)
    let (upper, _) = runs(|c| c.to_uppercase().collect());
    // "AxΣ": the Σ ends a word when x is skipped (case-ignorable) or is cased itself.
    // "AΣx": the Σ is inside a word only when x is cased and not skipped. (A char both cased
    // and case-ignorable is skipped before it is asked whether it is cased: it is written as
    // case-ignorable only.)
    let inside = |c: char| sigma_between("A", c.encode_utf8(&mut [0; 4])) == 'σ';
    let cased = ranges(inside);
    let ignorable = ranges(|c| sigma_between(&format!("A{c}"), "") == 'ς' && !inside(c));
    let mut out = String::new();
    write_runs(&mut out, "LOWER", &lower);
    write_runs(&mut out, "UPPER", &upper);
    write_multi(&mut out, "LOWER_MULTI", &lower_multi);
    write_ranges(&mut out, "CASED", &cased);
    write_ranges(&mut out, "CASE_IGNORABLE", &ignorable);
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&dir).join("case_tables.rs"), out).expect("OUT_DIR is writable");
}
