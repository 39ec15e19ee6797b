//! Reads NATO vacancy notices and prints what they say, typed.
//!
//! ```text
//! cargo run --example notice                   # the embedded sample notice
//! cargo run --example notice -- FILE...        # your notices
//! cargo run --example notice -- --json FILE    # JSON on stdout, warnings on stderr
//! cargo run --example notice -- --jsonld FILE  # schema.org JobPosting (JSON-LD) on stdout
//! ```
//!
//! Bad input prints a message naming the line on stderr and exits with
//! status 1.

use std::process::ExitCode;

use nato_post::{OfficialLanguage, Vacancy, parse_notice};

/// A notice written for this example, in the layout of the e-recruitment
/// vacancy notifications.
const SAMPLE: &str = include_str!("../tests/fixtures/vn_bilingual.txt");

enum Output {
    Summary,
    Json,
    JsonLd,
}

fn main() -> ExitCode {
    let mut output = Output::Summary;
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => output = Output::Json,
            "--jsonld" => output = Output::JsonLd,
            "-h" | "--help" => {
                println!("usage: notice [--json | --jsonld] [FILE...]");
                return ExitCode::SUCCESS;
            }
            _ => files.push(arg),
        }
    }

    let inputs: Vec<(String, String)> = if files.is_empty() {
        vec![("<embedded sample>".to_owned(), SAMPLE.to_owned())]
    } else {
        let mut inputs = Vec::new();
        for file in files {
            match std::fs::read_to_string(&file) {
                Ok(text) => inputs.push((file, text)),
                Err(err) => {
                    eprintln!("error: {file}: {err}");
                    return ExitCode::FAILURE;
                }
            }
        }
        inputs
    };

    let mut parsed = Vec::new();
    for (name, text) in &inputs {
        match parse_notice(text) {
            Ok((vacancy, warnings)) => {
                for w in &warnings {
                    eprintln!("warning: {name}: {w}");
                }
                parsed.push((name, vacancy));
            }
            Err(err) => {
                eprintln!("error: {name}: {err}");
                return ExitCode::FAILURE;
            }
        }
    }

    match output {
        Output::Json => {
            let values: Vec<&Vacancy> = parsed.iter().map(|(_, v)| v).collect();
            let json = if values.len() == 1 {
                serde_json::to_string_pretty(values[0])
            } else {
                serde_json::to_string_pretty(&values)
            };
            match json {
                Ok(json) => println!("{json}"),
                Err(err) => {
                    eprintln!("error: {err}");
                    return ExitCode::FAILURE;
                }
            }
        }
        Output::JsonLd => {
            let postings: Vec<serde_json::Value> =
                parsed.iter().map(|(_, v)| v.to_job_posting()).collect();
            let json = match postings.as_slice() {
                [one] => serde_json::to_string_pretty(one),
                many => serde_json::to_string_pretty(many),
            };
            match json {
                Ok(json) => println!("{json}"),
                Err(err) => {
                    eprintln!("error: {err}");
                    return ExitCode::FAILURE;
                }
            }
        }
        Output::Summary => {
            for (name, v) in &parsed {
                print_summary(name, v);
            }
        }
    }
    ExitCode::SUCCESS
}

fn show<T: ToString>(value: Option<T>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| v.to_string())
}

fn print_summary(name: &str, v: &Vacancy) {
    println!("== {name}");
    println!("title        {}", v.title());
    if let Some(fr) = v.half(OfficialLanguage::French) {
        println!("titre        {}", fr.title);
    }
    println!("layout       {}", v.layout);
    println!("reference    {}", show(v.reference));
    println!("post number  {}", show(v.post_number.as_ref()));
    println!("body         {}", show(v.body));
    println!("division     {}", show(v.unit.division.as_ref()));
    println!("location     {}", show(v.primary_location.as_ref()));
    println!("deadline     {}", show(v.deadline));
    println!("grade        {}", v.grade);
    println!("salary       {}", show(v.salary.as_ref()));
    println!(
        "clearance    {}{}",
        show(v.clearance),
        if v.clearance_already_held {
            " (must already be held)"
        } else {
            ""
        }
    );
    for caveat in &v.funding_caveats {
        println!("funding      {}", caveat.as_str());
    }
    println!("languages    {}", show(v.requirements.languages));
    println!("education    {}", show(v.requirements.education));
    println!(
        "experience   {} years, of which {} managing",
        show(v.requirements.experience_years),
        show(v.requirements.management_years)
    );
    println!(
        "reports      {} direct, {} indirect",
        show(v.direct_reports),
        show(v.indirect_reports)
    );
    if let Some(to) = v.english.as_ref().and_then(|h| h.reports_to.as_ref()) {
        println!("reports to   {to}");
    }
    println!("competencies");
    for c in &v.competencies {
        println!("  {c}");
    }
    println!("contract");
    println!("  clause     {}", show(v.contract.clause));
    println!("  terms      {}", show(v.contract.terms.as_ref()));
    println!("  seconded   {}", show(v.contract.seconded_terms.as_ref()));
    if let Some(note) = v.contract.twin_grade {
        println!(
            "  twin grade appointment at the lower grade; advancement not normally within {}",
            note.normal_wait
        );
    }
    println!();
}
