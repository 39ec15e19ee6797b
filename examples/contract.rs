//! Prints the timeline of a post's contract from a start date: each term's
//! first and last day, the conversion deadline, the end of maximum service
//! and, on twin-graded posts, the advancement dates. ISO dates throughout.
//!
//! ```text
//! cargo run --example contract                                   # embedded notice
//! cargo run --example contract -- NOTICE                         # start: 1st of the month after the deadline
//! cargo run --example contract -- NOTICE 2025-09-01              # your start date
//! cargo run --example contract -- NOTICE 2025-09-01 --seconded   # or --serving
//! ```
//!
//! Exits with status 1 on bad input.

use std::process::ExitCode;

use chrono::{Datelike, NaiveDate};
use nato_post::{AppointeeStatus, ContractPlan, PlanError, TwinGradeAdvancement, Vacancy};

/// A notice written for the examples.
const SAMPLE_NOTICE: &str = include_str!("../tests/fixtures/vn_bilingual.txt");

/// Used when neither a start date nor a deadline is given.
const FALLBACK_START: (i32, u32, u32) = (2026, 1, 1);

/// The first day of the month after `date`.
fn first_of_next_month(date: NaiveDate) -> Option<NaiveDate> {
    let (year, month) = if date.month() == 12 {
        (date.year().checked_add(1)?, 1)
    } else {
        (date.year(), date.month() + 1)
    };
    NaiveDate::from_ymd_opt(year, month, 1)
}

fn run(args: &[String]) -> Result<(), String> {
    let mut status = AppointeeStatus::External;
    let mut positional = Vec::new();
    for arg in args {
        match arg.as_str() {
            "--seconded" => status = AppointeeStatus::Seconded,
            "--serving" => status = AppointeeStatus::Serving,
            "--external" => status = AppointeeStatus::External,
            _ => positional.push(arg),
        }
    }
    let notice = match positional.first() {
        Some(path) => std::fs::read_to_string(path).map_err(|err| format!("{path}: {err}"))?,
        None => SAMPLE_NOTICE.to_owned(),
    };
    let vacancy: Vacancy = notice.parse().map_err(|err| format!("notice: {err}"))?;
    let start = match positional.get(1) {
        Some(text) => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map_err(|err| format!("start date {text:?}: {err} (expected YYYY-MM-DD)"))?,
        None => vacancy
            .deadline
            .and_then(|d| d.date())
            .and_then(first_of_next_month)
            .or_else(|| {
                let (y, m, d) = FALLBACK_START;
                NaiveDate::from_ymd_opt(y, m, d)
            })
            .ok_or("no start date")?,
    };

    println!("{} ({})", vacancy.title(), vacancy.grade);
    println!("start: {start} ({status})");
    match ContractPlan::for_post(&vacancy.contract, start, status) {
        Ok(plan) => println!("{plan}"),
        Err(PlanError::CurrentContractKept) => {
            println!("serving staff keep their current contract: no new contract to plan");
        }
        Err(PlanError::NoTerms { .. }) => match vacancy.contract.clause {
            Some(clause) => {
                println!("contract clause {clause}: the notice prints no terms to plan")
            }
            None => println!("the notice prints no contract terms to plan"),
        },
        Err(err) => return Err(err.to_string()),
    }
    if let Some(advancement) = TwinGradeAdvancement::for_vacancy(&vacancy, start, status) {
        println!(
            "twin grade: {}",
            advancement.map_err(|err| err.to_string())?
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("usage: contract [NOTICE] [START-DATE] [--seconded|--serving]");
        return ExitCode::SUCCESS;
    }
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}
