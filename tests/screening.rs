//! Screening candidates: each requirement met, not met (by how much) or not
//! assessable, the JSON candidate form, the seeds, and property tests.

use std::path::Path;

use Proficiency::{I, II, III, IV, V, VI};
use nato_post::{
    Candidate, Clearance, EducationLevel, LanguageProfile, LanguageRequirement, MemberState,
    MissingData, Nationality, OfficialLanguage, Outcome, Proficiency, RequirementKind,
    RequirementOutcome, ScreeningReport, Shortfall, Vacancy, screen,
};
use proptest::prelude::*;

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
const CANDIDATE_JSON: &str = include_str!("fixtures/candidate.json");

/// A vacancy with every structured requirement: university degree, 5 years
/// of experience, 2 of management, V/II in the languages, NS required.
fn vacancy() -> Vacancy {
    let mut v: Vacancy = "VACANCY NOTIFICATION\nOfficer (251234)\nGrade: G15\n"
        .parse()
        .unwrap();
    v.requirements.education = Some(EducationLevel::UniversityDegree);
    v.requirements.experience_years = Some(5);
    v.requirements.management_years = Some(2);
    v.requirements.languages = Some(LanguageRequirement::either(V, II));
    v.clearance = Some(Clearance::NS);
    v
}

fn strong_candidate() -> Candidate {
    Candidate::builder()
        .nationality(MemberState::Portugal)
        .languages(LanguageProfile::new(Some(II), Some(V)))
        .clearance(Clearance::NS)
        .experience_years(5)
        .management_years(2)
        .education(EducationLevel::UniversityDegree)
        .build()
}

fn outcome(report: &ScreeningReport, kind: RequirementKind) -> Outcome {
    report
        .get(kind)
        .unwrap_or_else(|| panic!("{kind} not in {report}"))
}

#[test]
fn a_candidate_at_every_minimum_is_eligible() {
    let report = screen(&vacancy(), &strong_candidate());
    assert!(report.is_eligible());
    assert!(report.is_fully_assessed_and_met());
    let kinds: Vec<RequirementKind> = report.items.iter().map(|i| i.requirement).collect();
    // The clearance is obtained after selection: not screened.
    assert_eq!(
        kinds,
        [
            RequirementKind::Nationality,
            RequirementKind::Education,
            RequirementKind::Experience,
            RequirementKind::ManagementExperience,
            RequirementKind::Languages,
        ]
    );
    assert_eq!(
        report.to_string(),
        "eligible\n  nationality: met\n  education: met\n  experience: met\n  \
         management-experience: met\n  languages: met"
    );
}

#[test]
fn each_requirement_not_met_says_by_how_much() {
    let mut v = vacancy();
    v.clearance_already_held = true;
    v.clearance = Some(Clearance::CTS_ATOMAL);
    let candidate = Candidate {
        nationalities: vec!["Switzerland".parse().unwrap()],
        languages: Some(LanguageProfile::new(Some(IV), Some(I))),
        clearance: Some(Clearance::CTS),
        experience_years: Some(2),
        management_years: Some(1),
        education: Some(EducationLevel::SecondarySchool),
    };
    let report = screen(&v, &candidate);
    assert!(!report.is_eligible());
    assert_eq!(report.unmet().count(), 6);
    let shortfall = |kind| match outcome(&report, kind) {
        Outcome::NotMet { shortfall } => shortfall,
        other => panic!("{kind}: {other}"),
    };
    assert_eq!(
        shortfall(RequirementKind::Nationality),
        Shortfall::NotMemberNational
    );
    assert_eq!(
        shortfall(RequirementKind::ClearanceHeld),
        Shortfall::Clearance {
            required: Clearance::CTS_ATOMAL,
            held: Clearance::CTS
        }
    );
    assert_eq!(shortfall(RequirementKind::ClearanceHeld).amount(), 1);
    assert_eq!(
        shortfall(RequirementKind::Education),
        Shortfall::Education {
            required: EducationLevel::UniversityDegree,
            held: EducationLevel::SecondarySchool
        }
    );
    assert_eq!(
        shortfall(RequirementKind::Experience),
        Shortfall::Years {
            required: 5,
            held: 2
        }
    );
    assert_eq!(shortfall(RequirementKind::Experience).amount(), 3);
    assert_eq!(shortfall(RequirementKind::ManagementExperience).amount(), 1);
    let Shortfall::Languages(languages) = shortfall(RequirementKind::Languages) else {
        panic!("languages");
    };
    assert_eq!(languages.total_levels_short(), 2);
    assert_eq!(
        report.to_string(),
        "not eligible\n  \
         nationality: not met: not a national of a NATO member state\n  \
         clearance-held: not met: holds CTS, which does not satisfy CTS/A\n  \
         education: not met: holds secondary school, below university degree\n  \
         experience: not met: 3 years short (2 of 5)\n  \
         management-experience: not met: 1 year short (1 of 2)\n  \
         languages: not met: English IV, V required (1 level short); French I, II required (1 level short)"
    );
}

#[test]
fn missing_data_is_not_assessable() {
    let mut v = vacancy();
    v.clearance_already_held = true;
    let report = screen(&v, &Candidate::default());
    assert!(report.is_eligible(), "missing data is not a failure");
    assert!(!report.is_fully_assessed_and_met());
    let reasons: Vec<MissingData> = report
        .not_assessable()
        .map(|item| match item.outcome {
            Outcome::NotAssessable { reason } => reason,
            other => panic!("{other}"),
        })
        .collect();
    assert_eq!(
        reasons,
        [
            MissingData::Nationality,
            MissingData::Clearance,
            MissingData::Education,
            MissingData::ExperienceYears,
            MissingData::ManagementYears,
            MissingData::Languages,
        ]
    );
    assert!(
        report
            .to_string()
            .starts_with("eligible so far\n  nationality: not assessable: no nationality given")
    );
}

#[test]
fn clearance_is_checked_only_on_fast_track_posts() {
    let candidate = Candidate {
        clearance: Some(Clearance::NR),
        ..strong_candidate()
    };
    let mut v = vacancy();
    assert_eq!(
        screen(&v, &candidate).get(RequirementKind::ClearanceHeld),
        None
    );
    v.clearance_already_held = true;
    assert!(outcome(&screen(&v, &candidate), RequirementKind::ClearanceHeld).is_not_met());
    let held = Candidate {
        clearance: Some(Clearance::CTS_ATOMAL),
        ..strong_candidate()
    };
    assert_eq!(
        outcome(&screen(&v, &held), RequirementKind::ClearanceHeld),
        Outcome::Met
    );
    // Fast track without a printed level: nothing to check against.
    v.clearance = None;
    assert_eq!(
        screen(&v, &candidate).get(RequirementKind::ClearanceHeld),
        None
    );
}

#[test]
fn clearance_shortfall_counts_levels() {
    let s = Shortfall::Clearance {
        required: Clearance::CTS,
        held: Clearance::NC,
    };
    assert_eq!(s.amount(), 2);
    let s = Shortfall::Clearance {
        required: Clearance::NS_ATOMAL,
        held: Clearance::CTS,
    };
    assert_eq!(s.amount(), 1);
}

#[test]
fn dual_nationals_need_one_member_nationality() {
    let mut candidate = strong_candidate();
    candidate.nationalities = vec![
        Nationality::Other("Switzerland".into()),
        MemberState::Iceland.into(),
    ];
    assert_eq!(
        outcome(
            &screen(&vacancy(), &candidate),
            RequirementKind::Nationality
        ),
        Outcome::Met
    );
}

#[test]
fn every_member_state_passes_and_non_members_fail() {
    let v = vacancy();
    for state in MemberState::iter() {
        let candidate = Candidate {
            nationalities: vec![state.into()],
            ..strong_candidate()
        };
        assert!(screen(&v, &candidate).is_eligible(), "{state}");
    }
    for other in ["Switzerland", "Austria", "Ireland", "Cyprus", "Japan"] {
        let candidate = Candidate {
            nationalities: vec![other.parse().unwrap()],
            ..strong_candidate()
        };
        assert_eq!(
            outcome(&screen(&v, &candidate), RequirementKind::Nationality),
            Outcome::NotMet {
                shortfall: Shortfall::NotMemberNational
            }
        );
    }
}

#[test]
fn an_unknown_language_level_may_or_may_not_decide() {
    let v = vacancy();
    let with = |english, french| Candidate {
        languages: Some(LanguageProfile::new(english, french)),
        ..strong_candidate()
    };
    // English VI alone could meet V/II if French is at least II: unknown.
    assert_eq!(
        outcome(
            &screen(&v, &with(Some(VI), None)),
            RequirementKind::Languages
        ),
        Outcome::NotAssessable {
            reason: MissingData::LanguageLevel(OfficialLanguage::French)
        }
    );
    // English I cannot meet even the lower minimum: unmet whatever French is.
    assert!(
        outcome(
            &screen(&v, &with(Some(I), None)),
            RequirementKind::Languages
        )
        .is_not_met()
    );
    // Named requirements: a known level below its own minimum decides.
    let mut named = vacancy();
    named.requirements.languages = Some(LanguageRequirement::named(III, VI));
    assert!(
        outcome(
            &screen(&named, &with(None, Some(V))),
            RequirementKind::Languages
        )
        .is_not_met()
    );
    assert_eq!(
        outcome(
            &screen(&named, &with(None, Some(VI))),
            RequirementKind::Languages
        ),
        Outcome::NotAssessable {
            reason: MissingData::LanguageLevel(OfficialLanguage::English)
        }
    );
}

#[test]
fn requirements_not_stated_are_not_screened() {
    let v: Vacancy = "VACANCY NOTIFICATION\nClerk (251234)\nGrade: G5\n"
        .parse()
        .unwrap();
    let report = screen(&v, &Candidate::default());
    assert_eq!(
        report.items,
        [RequirementOutcome {
            requirement: RequirementKind::Nationality,
            outcome: Outcome::NotAssessable {
                reason: MissingData::Nationality
            },
        }]
    );
}

#[test]
fn candidate_json_fixture_parses() {
    let candidate: Candidate = serde_json::from_str(CANDIDATE_JSON).unwrap();
    assert_eq!(
        candidate.nationalities,
        [Nationality::Member(MemberState::Belgium)]
    );
    assert_eq!(
        candidate.languages,
        Some(LanguageProfile::new(Some(V), Some(III)))
    );
    assert_eq!(candidate.clearance, Some(Clearance::NS));
    assert_eq!(candidate.experience_years, Some(7));
    assert_eq!(candidate.management_years, Some(3));
    assert_eq!(candidate.education, Some(EducationLevel::MasterDegree));
    let back: Candidate =
        serde_json::from_str(&serde_json::to_string(&candidate).unwrap()).unwrap();
    assert_eq!(back, candidate);
}

#[test]
fn candidate_json_fields_are_optional_and_validated() {
    let empty: Candidate = serde_json::from_str("{}").unwrap();
    assert_eq!(empty, Candidate::default());
    let err = serde_json::from_str::<Candidate>(r#"{"clearance": "TOP"}"#).unwrap_err();
    assert!(err.to_string().contains("TOP"), "{err}");
    let err = serde_json::from_str::<Candidate>(r#"{"nationalities": [""]}"#).unwrap_err();
    assert!(err.to_string().contains("empty country name"), "{err}");
}

#[test]
fn public_screening_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Candidate>();
    check::<ScreeningReport>();
    check::<RequirementOutcome>();
    check::<Outcome>();
    check::<Shortfall>();
    check::<MissingData>();
}

#[test]
fn seed_notices_screen_the_fixture_candidate() {
    let dir = Path::new(SEEDS);
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("skipping the seed checks: cannot read {}", dir.display());
        return;
    };
    let candidate: Candidate = serde_json::from_str(CANDIDATE_JSON).unwrap();
    let mut screened = 0;
    for entry in entries.filter_map(Result::ok) {
        let vacancy: Vacancy = std::fs::read_to_string(entry.path())
            .unwrap()
            .parse()
            .unwrap();
        let report = screen(&vacancy, &candidate);
        screened += 1;
        assert_eq!(report.items[0].requirement, RequirementKind::Nationality);
        assert_eq!(
            report.get(RequirementKind::ClearanceHeld).is_some(),
            vacancy.clearance_already_held && vacancy.clearance.is_some()
        );
        assert_eq!(
            report.get(RequirementKind::Languages).is_some(),
            vacancy.requirements.languages.is_some()
        );
        if let Some(required) = vacancy.requirements.experience_years {
            let expected = if 7 >= required {
                Outcome::Met
            } else {
                Outcome::NotMet {
                    shortfall: Shortfall::Years { required, held: 7 },
                }
            };
            assert_eq!(report.get(RequirementKind::Experience), Some(expected));
        }
    }
    assert!(screened > 0);
}

/// A vacancy with arbitrary requirements.
fn any_vacancy() -> impl Strategy<Value = Vacancy> {
    (
        proptest::option::of(any::<EducationLevel>()),
        proptest::option::of(0u8..=40),
        proptest::option::of(0u8..=40),
        proptest::option::of(any::<LanguageRequirement>()),
        proptest::option::of(any::<Clearance>()),
        any::<bool>(),
    )
        .prop_map(
            |(education, experience, management, languages, clearance, held)| {
                let mut v: Vacancy = "VACANCY NOTIFICATION\nClerk (251234)\nGrade: G5\n"
                    .parse()
                    .unwrap();
                v.requirements.education = education;
                v.requirements.experience_years = experience;
                v.requirements.management_years = management;
                v.requirements.languages = languages;
                v.clearance = clearance;
                v.clearance_already_held = held;
                v
            },
        )
}

fn any_candidate() -> impl Strategy<Value = Candidate> {
    (
        proptest::collection::vec(any::<Nationality>(), 0..3),
        proptest::option::of(any::<LanguageProfile>()),
        proptest::option::of(any::<Clearance>()),
        proptest::option::of(any::<u8>()),
        proptest::option::of(any::<u8>()),
        proptest::option::of(any::<EducationLevel>()),
    )
        .prop_map(
            |(
                nationalities,
                languages,
                clearance,
                experience_years,
                management_years,
                education,
            )| Candidate {
                nationalities,
                languages,
                clearance,
                experience_years,
                management_years,
                education,
            },
        )
}

proptest! {
    #[test]
    fn a_candidate_above_every_requirement_meets_them_all(
        v in any_vacancy(),
        state in any::<MemberState>(),
        extra in 0u8..=10,
    ) {
        let languages = v.requirements.languages.map_or(LanguageProfile::new(Some(I), Some(I)), |req| {
            LanguageProfile::new(Some(req.higher()), Some(req.higher()))
        });
        let candidate = Candidate {
            nationalities: vec![state.into()],
            languages: Some(languages),
            clearance: Some(Clearance::CTS_ATOMAL),
            experience_years: Some(v.requirements.experience_years.unwrap_or(0) + extra),
            management_years: Some(v.requirements.management_years.unwrap_or(0) + extra),
            education: Some(EducationLevel::Doctorate),
        };
        let report = screen(&v, &candidate);
        prop_assert_eq!(report.unmet().count(), 0, "{}", report);
        prop_assert!(report.is_fully_assessed_and_met());
    }

    #[test]
    fn screening_never_panics_and_is_consistent(v in any_vacancy(), c in any_candidate()) {
        let report = screen(&v, &c);
        prop_assert_eq!(report.is_eligible(), report.unmet().count() == 0);
        prop_assert!(report.items.windows(2).all(|w| w[0].requirement < w[1].requirement));
        for item in report.unmet() {
            if let Outcome::NotMet { shortfall } = item.outcome {
                prop_assert!(shortfall.amount() >= 1, "{}", item);
            }
        }
        let text = report.to_string();
        prop_assert_eq!(text.lines().count(), report.items.len() + 1);
    }

    #[test]
    fn fewer_years_never_turn_unmet_into_met(v in any_vacancy(), c in any_candidate(), less in 1u8..=5) {
        let before = screen(&v, &c);
        let mut weaker = c.clone();
        weaker.experience_years = weaker.experience_years.map(|y| y.saturating_sub(less));
        let after = screen(&v, &weaker);
        if before.get(RequirementKind::Experience).is_some_and(|o| o.is_not_met()) {
            prop_assert!(after.get(RequirementKind::Experience).is_some_and(|o| o.is_not_met()));
        }
    }
}
