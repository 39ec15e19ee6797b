//! Screens a candidate against a vacancy notice's essential requirements.
//!
//! ```text
//! cargo run --example screen                              # embedded notice and candidate
//! cargo run --example screen -- NOTICE                    # your notice, embedded candidate
//! cargo run --example screen -- NOTICE CANDIDATE.json     # both yours
//! ```
//!
//! The candidate file is the JSON form of `nato_post::Candidate`, e.g.
//! `tests/fixtures/candidate.json`. Prints the report; exits with status 1
//! on bad input, 2 when the candidate is not eligible.

use std::process::ExitCode;

use nato_post::{Candidate, Vacancy, screen};

/// A notice written for the examples.
const SAMPLE_NOTICE: &str = include_str!("../tests/fixtures/vn_bilingual.txt");
/// A candidate written for this example.
const SAMPLE_CANDIDATE: &str = include_str!("../tests/fixtures/candidate.json");

fn read(path: Option<&String>, embedded: &str) -> Result<String, String> {
    match path {
        Some(path) => std::fs::read_to_string(path).map_err(|err| format!("{path}: {err}")),
        None => Ok(embedded.to_owned()),
    }
}

fn run(args: &[String]) -> Result<bool, String> {
    let notice = read(args.first(), SAMPLE_NOTICE)?;
    let candidate = read(args.get(1), SAMPLE_CANDIDATE)?;
    let vacancy: Vacancy = notice.parse().map_err(|err| format!("notice: {err}"))?;
    let candidate: Candidate =
        serde_json::from_str(&candidate).map_err(|err| format!("candidate: {err}"))?;
    let report = screen(&vacancy, &candidate);
    println!("{} ({})", vacancy.title(), vacancy.grade);
    println!("{report}");
    Ok(report.is_eligible())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") || args.len() > 2 {
        println!("usage: screen [NOTICE] [CANDIDATE.json]");
        return ExitCode::SUCCESS;
    }
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}
