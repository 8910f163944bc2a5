//! `lede`: the Lede core on the command line, for batch work and evaluation.
//!
//! ```text
//! lede analyze [--format json|ndjson|md|text] [--html|--text] [--date DATE] [--keep-all] [FILE|-]...
//! ```
//! One bad file never loses the others' results: its error goes to stderr, the rest are printed,
//! and the exit code is 1.

mod input;

use clap::{Parser, Subcommand, ValueEnum};
use lede_analysis::{analyze, config::parse_reference, Analysis, Config, InputKind, Lang};
use std::io::Write;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "lede",
    version,
    about = "Find a news article's body, quotes and timeline"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse articles (files, or `-` for standard input).
    Analyze(AnalyzeArgs),
}

#[derive(clap::Args)]
struct AnalyzeArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Read the input as HTML.
    #[arg(long, conflicts_with = "text")]
    html: bool,
    /// Read the input as plain text.
    #[arg(long)]
    text: bool,
    /// The document date, YYYY-MM-DD[THH:MM[:SS]] (detected from the text when absent).
    #[arg(long, value_parser = parse_reference)]
    date: Option<lede_analysis::civil::DateTime>,
    /// The language, as an ISO 639-1 code (detected when absent).
    #[arg(long, value_parser = parse_lang)]
    lang: Option<Lang>,
    /// Treat every block as body.
    #[arg(long)]
    keep_all: bool,
    /// Files to analyse; `-` or nothing reads standard input.
    files: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// One JSON object (one per line for several files).
    Json,
    /// One JSON object per line, each with a "file" field.
    Ndjson,
    /// A readable Markdown report.
    Md,
    /// The clean article text.
    Text,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::from_code(s).ok_or_else(|| {
        let known: Vec<_> = Lang::ALL.iter().map(|l| l.code()).collect();
        format!("unknown language {s:?}; known: {}", known.join(", "))
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Analyze(args) => run_analyze(args),
    }
}

fn run_analyze(args: AnalyzeArgs) -> ExitCode {
    let files = if args.files.is_empty() {
        vec!["-".to_string()]
    } else {
        args.files.clone()
    };
    let forced = if args.html {
        Some(InputKind::Html)
    } else if args.text {
        Some(InputKind::Text)
    } else {
        None
    };
    let one_object_per_line =
        args.format == Format::Ndjson || (args.format == Format::Json && files.len() > 1);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for file in &files {
        let loaded = match input::load(file, forced) {
            Ok(loaded) => loaded,
            Err(message) => {
                eprintln!("lede: {file}: {message}");
                failed = true;
                continue;
            }
        };
        let config = Config {
            input: loaded.kind,
            reference: args.date,
            lang: args.lang,
            keep_all: args.keep_all,
            ..Config::default()
        };
        let analysis = analyze(&loaded.text, &config);
        let written = write_one(
            &mut out,
            &analysis,
            file,
            args.format,
            one_object_per_line,
            files.len() > 1,
        );
        if let Err(e) = written.and_then(|_| out.flush()) {
            eprintln!("lede: cannot write output: {e}");
            return ExitCode::from(1);
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn write_one(
    out: &mut impl Write,
    analysis: &Analysis,
    file: &str,
    format: Format,
    one_per_line: bool,
    several: bool,
) -> std::io::Result<()> {
    match format {
        Format::Json | Format::Ndjson => {
            let mut value = serde_json::to_value(analysis).map_err(std::io::Error::other)?;
            if one_per_line {
                if let Some(map) = value.as_object_mut() {
                    map.insert("file".into(), file.into());
                }
                serde_json::to_writer(&mut *out, &value).map_err(std::io::Error::other)?;
            } else {
                serde_json::to_writer_pretty(&mut *out, &value).map_err(std::io::Error::other)?;
            }
            writeln!(out)
        }
        Format::Md => {
            if several {
                writeln!(out, "<!-- {file} -->")?;
            }
            writeln!(out, "{}", lede_analysis::report::markdown(analysis))
        }
        Format::Text => {
            if several {
                writeln!(out, "==> {file} <==")?;
            }
            writeln!(out, "{}", analysis.body)
        }
    }
}
