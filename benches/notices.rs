//! Whole notices: parsing each real notice beside a pass that only splits
//! it into lines, parsing time as the notice grows, and the serde form.
//!
//! ```text
//! cargo bench --bench notices
//! ```
//!
//! The real notices are read from `../shared/seeds` next to the crate.
//! Without them the embedded sample notice (`tests/fixtures`) stands in,
//! and the benchmarks say so on stderr.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use nato_post::{Clearance, PostGrade, Vacancy, parse_notice};

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/vn_bilingual.txt"
);

/// What each real notice must parse to, keyed by the number its file name
/// starts with (the table at the top of DOMAIN.md).
const EXPECTED: [(&str, &str, Option<&str>); 5] = [
    ("000", "G22 (A5)", Some("NS")),
    ("001", "G20", Some("CTS/A")),
    ("002", "G20", None),
    ("003", "Unclassified", Some("CTS")),
    ("004", "G8-G10", Some("NS")),
];

/// The notice the growth and serde groups start from: the real notice
/// closest to 30 KB, so that the smallest growth case is the notice itself.
const GROWTH_BASE: &str = "002";

/// A notice to benchmark: its name, its text, and the grade and clearance
/// it must parse to (`None` when the text is the stand-in sample).
struct Notice {
    name: String,
    text: String,
    expected: Option<(PostGrade, Option<Clearance>)>,
}

fn load_notices() -> Vec<Notice> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(SEEDS)
        .map(|dir| {
            dir.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    let notices: Vec<Notice> = paths.iter().filter_map(|p| seed_notice(p)).collect();
    if notices.is_empty() {
        eprintln!("skipping the real notices: none found in {SEEDS}; using {SAMPLE}");
        let text = std::fs::read_to_string(SAMPLE).expect("the sample notice is in the crate");
        return vec![Notice {
            name: "sample".to_owned(),
            text,
            expected: None,
        }];
    }
    notices
}

fn seed_notice(path: &Path) -> Option<Notice> {
    let file = path.file_name()?.to_str()?;
    let &(name, grade, clearance) = EXPECTED.iter().find(|(n, _, _)| file.starts_with(n))?;
    let text = std::fs::read_to_string(path).ok()?;
    let grade = grade.parse().expect("an expected grade parses");
    let clearance = clearance.map(|c| c.parse().expect("an expected clearance parses"));
    Some(Notice {
        name: name.to_owned(),
        text,
        expected: Some((grade, clearance)),
    })
}

/// Parses `text` and checks the result: every notice is read without
/// error, to the grade and clearance expected of it.
fn checked_parse(notice: &Notice, text: &str) -> Vacancy {
    let (vacancy, _warnings) =
        parse_notice(text).unwrap_or_else(|e| panic!("notice {}: {e}", notice.name));
    if let Some((grade, clearance)) = notice.expected {
        assert_eq!(vacancy.grade, grade, "notice {}", notice.name);
        assert_eq!(vacancy.clearance, clearance, "notice {}", notice.name);
    }
    assert!(!vacancy.title().is_empty(), "notice {}", notice.name);
    vacancy
}

fn notice_parsing(c: &mut Criterion) {
    let mut group = c.benchmark_group("notice");
    // A parse is measured against a baseline ten times shorter: longer
    // runs and more samples, so that a moment of load on the shared host
    // moves the ratio less.
    group.measurement_time(Duration::from_secs(6));
    group.sample_size(40);
    for notice in load_notices() {
        let text = notice.text.as_str();
        group.throughput(Throughput::Bytes(text.len() as u64));

        let lines = text.lines().count();
        group.bench_function(format!("lines_{}", notice.name), |b| {
            b.iter(|| black_box(text).lines().count())
        });
        assert!(lines > 0);

        let expected = checked_parse(&notice, text);
        group.bench_function(format!("parse_{}", notice.name), |b| {
            b.iter(|| parse_notice(black_box(text)))
        });
        assert_eq!(parse_notice(text).map(|(v, _)| v), Ok(expected));
    }
    group.finish();
}

/// `base` followed by copies of its sections (everything from its first
/// numbered heading on) while the whole stays within `target` bytes.
fn grown(base: &str, target: usize) -> String {
    let sections_start = base
        .lines()
        .scan(0, |offset, line| {
            let start = *offset;
            *offset += line.len() + 1;
            Some((start, line))
        })
        .find(|(_, line)| {
            line.trim_start_matches(['#', '*', ' '])
                .strip_prefix("1.")
                .is_some_and(|rest| rest.starts_with(' '))
        })
        .map_or(0, |(start, _)| start);
    let sections = &base[sections_start..];
    let mut text = base.to_owned();
    // One line break and one copy of the sections per round.
    while text.len() + sections.len() < target {
        text.push('\n');
        text.push_str(sections);
    }
    text
}

fn growth(c: &mut Criterion) {
    let notices = load_notices();
    let base = notices
        .iter()
        .find(|n| n.name == GROWTH_BASE)
        .unwrap_or(&notices[0]);
    let mut group = c.benchmark_group("growth");
    group.sample_size(10);
    for (case, target) in [("30KB", 30_000), ("300KB", 300_000), ("3MB", 3_000_000)] {
        let text = grown(&base.text, target);
        group.throughput(Throughput::Bytes(text.len() as u64));
        let expected = checked_parse(base, &text);
        group.bench_function(format!("parse_{case}"), |b| {
            b.iter(|| parse_notice(black_box(&text)))
        });
        assert_eq!(parse_notice(&text).map(|(v, _)| v), Ok(expected));
    }
    group.finish();
}

fn serde(c: &mut Criterion) {
    let notices = load_notices();
    let base = notices
        .iter()
        .find(|n| n.name == GROWTH_BASE)
        .unwrap_or(&notices[0]);
    let vacancy = checked_parse(base, &base.text);
    let json = serde_json::to_string(&vacancy).expect("a vacancy serializes");
    let back: Vacancy = serde_json::from_str(&json).expect("its JSON deserializes");
    assert_eq!(back, vacancy);

    let mut group = c.benchmark_group("serde");
    group.throughput(Throughput::Bytes(json.len() as u64));
    group.bench_function("to_json", |b| {
        b.iter(|| serde_json::to_string(black_box(&vacancy)))
    });
    group.bench_function("from_json", |b| {
        b.iter(|| serde_json::from_str::<Vacancy>(black_box(&json)))
    });
    group.finish();
}

fn config() -> Criterion {
    // Short runs: the suite shares two cores with other builds.
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(20)
}

criterion_group! {
    name = benches;
    config = config();
    targets = notice_parsing, growth, serde
}
criterion_main!(benches);
