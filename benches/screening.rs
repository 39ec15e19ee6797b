//! Screening: one candidate against one parsed vacancy, and 10,000
//! candidates against the same vacancy (the work of a screening service
//! checking every applicant to an open post).
//!
//! ```text
//! cargo bench --bench screening
//! ```

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use nato_post::{
    Candidate, Clearance, EducationLevel, LanguageProfile, MemberState, Proficiency, Vacancy,
    screen,
};

/// The sample notice the examples embed: a twin-graded post asking for V/III
/// in the languages, six years' experience of which two managing, and a
/// university degree.
const NOTICE: &str = include_str!("../tests/fixtures/vn_bilingual.txt");

/// A candidate whose every level exceeds the sample post's requirements.
fn strong_candidate() -> Candidate {
    Candidate::builder()
        .nationality(MemberState::Belgium)
        .languages(LanguageProfile::new(
            Some(Proficiency::VI),
            Some(Proficiency::IV),
        ))
        .clearance(Clearance::CTS)
        .experience_years(12)
        .management_years(5)
        .education(EducationLevel::MasterDegree)
        .build()
}

/// 10,000 candidates that differ in every screened fact, so that each
/// requirement is met by some and missed by others.
fn many_candidates() -> Vec<Candidate> {
    let states: Vec<MemberState> = MemberState::iter().collect();
    (0..10_000u32)
        .map(|i| {
            let level = |n: u32| Proficiency::new(1 + (n % 6) as u8);
            Candidate::builder()
                .nationality(states[i as usize % states.len()])
                .languages(LanguageProfile::new(level(i), level(i / 6)))
                .experience_years((i % 15) as u8)
                .management_years((i % 5) as u8)
                .education(EducationLevel::ALL[i as usize % EducationLevel::ALL.len()])
                .build()
        })
        .collect()
}

fn screening(c: &mut Criterion) {
    let vacancy: Vacancy = NOTICE.parse().expect("the sample notice parses");
    let candidate = strong_candidate();
    assert!(
        screen(&vacancy, &candidate).is_eligible(),
        "the strong candidate is eligible"
    );

    let candidates = many_candidates();
    let eligible = candidates
        .iter()
        .filter(|c| screen(&vacancy, c).is_eligible())
        .count();
    assert!(
        eligible > 0 && eligible < candidates.len(),
        "a mixed field: {eligible} eligible"
    );

    let mut group = c.benchmark_group("screening");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    group.sample_size(30);

    group.throughput(Throughput::Elements(1));
    group.bench_function("one_candidate", |b| {
        b.iter(|| screen(black_box(&vacancy), black_box(&candidate)))
    });

    group.throughput(Throughput::Elements(candidates.len() as u64));
    group.bench_function("10000_candidates", |b| {
        b.iter(|| {
            black_box(&candidates)
                .iter()
                .filter(|c| screen(black_box(&vacancy), c).is_eligible())
                .count()
        })
    });
    group.finish();
}

criterion_group!(benches, screening);
criterion_main!(benches);
