//! Value parsing: each value type from the spelling a real notice prints,
//! beside `u8::from_str` on a two-digit string, the floor any parser of a
//! short code is measured against.
//!
//! ```text
//! cargo bench --bench values
//! ```

use std::fmt::{Debug, Display};
use std::hint::black_box;
use std::str::FromStr;
use std::time::Duration;

use criterion::{
    BenchmarkGroup, Criterion, criterion_group, criterion_main, measurement::WallTime,
};
use nato_post::{
    Clearance, CompetencyRequirement, LanguageRequirement, PostGrade, Proficiency, Salary,
};

/// Times `input.parse::<T>()` as `value/{case}`, after checking once that
/// it gives the value whose canonical form is `canonical`.
fn bench_parse<T>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    case: &str,
    input: &'static str,
    canonical: &str,
) where
    T: FromStr + PartialEq + Debug + Display,
    T::Err: Debug,
{
    let expected: T = canonical.parse().expect("the canonical form parses");
    let parsed: T = input.parse().expect("the notice spelling parses");
    assert_eq!(parsed, expected, "{case}: {input:?}");
    assert_eq!(parsed.to_string(), canonical, "{case}: canonical form");
    group.bench_function(case, |b| b.iter(|| black_box(input).parse::<T>()));
}

fn value_parsing(c: &mut Criterion) {
    let mut group = c.benchmark_group("value");

    // The floor: the cheapest parse of a two-character string std offers.
    assert_eq!("20".parse::<u8>(), Ok(20));
    group.bench_function("u8_floor", |b| b.iter(|| black_box("20").parse::<u8>()));

    // Short codes, as printed in the header of a vacancy notification.
    bench_parse::<PostGrade>(&mut group, "post_grade", "NATO Grade G20", "G20");
    bench_parse::<PostGrade>(&mut group, "post_grade_twin", "NATO Grade G8-G10", "G8-G10");
    bench_parse::<PostGrade>(&mut group, "post_grade_legacy", "G22 (A5)", "G22 (A5)");
    bench_parse::<Clearance>(&mut group, "clearance", "CTS/A", "CTS/A");
    bench_parse::<Clearance>(&mut group, "clearance_bracketed", "(NS)", "NS");
    bench_parse::<Proficiency>(&mut group, "proficiency", "VI", "VI");
    bench_parse::<Proficiency>(
        &mut group,
        "proficiency_named",
        "VI (\"Proficiency\")",
        "VI",
    );

    // Sentences, as printed in the body.
    bench_parse::<LanguageRequirement>(
        &mut group,
        "language_requirement",
        "VI (\"Proficiency\") in one; III (\"Intermediate\") in the other.",
        "VI in one; III in the other",
    );
    bench_parse::<LanguageRequirement>(
        &mut group,
        "language_requirement_french",
        "avoir au minimum le niveau de compétence VI (« maîtrise ») dans l'une des deux \
         langues officielles de l'OTAN (anglais/français), et le niveau III \
         (« intermédiaire ») dans l'autre.",
        "VI in one; III in the other",
    );
    // The same sentence as a notice might set it with typographic
    // apostrophes and a spaced slash: not the boilerplate byte for byte,
    // but read by its phrases as typesetting spells them.
    bench_parse::<LanguageRequirement>(
        &mut group,
        "language_requirement_french_variant",
        "avoir au minimum le niveau de compétence VI (« maîtrise ») dans l\u{2019}une des deux \
         langues officielles de l\u{2019}OTAN (anglais / français), et le niveau III \
         (« intermédiaire ») dans l\u{2019}autre.",
        "VI in one; III in the other",
    );
    // The French sentence as French typesetting sets it: narrow no-break
    // spaces inside the guillemets, a no-break space before the
    // semicolon.
    bench_parse::<LanguageRequirement>(
        &mut group,
        "language_requirement_french_narrow_spaces",
        "avoir au minimum le niveau de compétence VI (\u{ab}\u{202f}maîtrise\u{202f}\u{bb}) dans \
         l\u{2019}une des deux langues officielles de l\u{2019}OTAN (anglais / français), et le \
         niveau III (\u{ab}\u{202f}intermédiaire\u{202f}\u{bb}) dans l\u{2019}autre\u{a0};",
        "VI in one; III in the other",
    );
    // The English sentence set likewise: a typographic apostrophe, a
    // spaced slash and curly quotes.
    bench_parse::<LanguageRequirement>(
        &mut group,
        "language_requirement_english_variant",
        "possess the following minimum levels of NATO\u{2019}s official languages \
         (English / French): V (\u{201C}Advanced\u{201D}) in one; II (\u{201C}Elementary\u{201D}) \
         in the other.",
        "V in one; II in the other",
    );
    bench_parse::<CompetencyRequirement>(
        &mut group,
        "competency_requirement",
        "- Achievement: Creates own measures of excellence and improves performance;",
        "Achievement: Creates own measures of excellence and improves performance",
    );
    bench_parse::<CompetencyRequirement>(
        &mut group,
        "competency_requirement_french",
        "- Maîtrise de soi : reste calme et positive, même en cas de pression extrême.",
        "Self-Control: Stays composed and positive even under extreme pressure",
    );
    bench_parse::<Salary>(
        &mut group,
        "salary",
        "8,754.21Euro (EUR) Monthly",
        "8754.21 EUR monthly",
    );
    bench_parse::<Salary>(
        &mut group,
        "salary_french",
        "8 754,21Euro (EUR) Mensuelle",
        "8754.21 EUR monthly",
    );

    group.finish();
}

fn config() -> Criterion {
    // Short runs: the suite shares two cores with other builds.
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2))
        .sample_size(30)
}

criterion_group! {
    name = benches;
    config = config();
    targets = value_parsing
}
criterion_main!(benches);
