//! Grades: the G spine, old categories, twin grades and post grades.

use std::collections::HashSet;

use nato_post::{
    Grade, GradeCategory, LegacyGrade, NotTwinReason, OfficialLanguage, ParseGradeError,
    ParsePostGradeError, PostGrade, TwinGrade,
};
use proptest::prelude::*;

// --- a per-thread allocation counter, to prove parsing does not allocate --

#[path = "util/alloc.rs"]
mod counting;
use counting::allocations_during;

// --- helpers ---------------------------------------------------------------

fn single(number: u8, legacy_printed: bool) -> PostGrade {
    PostGrade::Single {
        grade: Grade::new(number).unwrap(),
        legacy_printed,
    }
}

fn twin(lower: u8, higher: u8, legacy_printed: bool) -> PostGrade {
    PostGrade::Twin {
        twin: TwinGrade::new(Grade::new(lower).unwrap(), Grade::new(higher).unwrap()).unwrap(),
        legacy_printed,
    }
}

fn legacy(category: GradeCategory, step: u8) -> LegacyGrade {
    LegacyGrade::new(category, step).unwrap()
}

// --- (1) every grade spelling printed in the five seeds ----------------------

/// Grade values as printed in the seeds, with and without their labels.
fn seed_cases() -> Vec<(&'static str, PostGrade)> {
    vec![
        ("G22 (A5)", single(22, true)),
        ("GRADE\tG22 (A5)", single(22, true)),
        ("G22 (A.5)", single(22, true)),
        ("GRADE : G22 (A.5)", single(22, true)),
        ("NATO Grade G20", single(20, false)),
        ("Grade NATO Grade G20", single(20, false)),
        ("Grade: NATO Grade G20", single(20, false)),
        ("Unclassified", PostGrade::Ungraded),
        ("**Grade** Unclassified", PostGrade::Ungraded),
        ("NATO Grade G8-G10", twin(8, 10, false)),
        ("Grade NATO Grade G8-G10", twin(8, 10, false)),
    ]
}

#[test]
fn seed_spellings_parse() {
    for (input, expected) in seed_cases() {
        assert_eq!(input.parse::<PostGrade>(), Ok(expected), "{input:?}");
    }
}

#[test]
fn seed_spellings_occur_in_the_seeds() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            eprintln!("skipping the seed occurrence check: cannot read {dir}: {err}");
            return;
        }
    };
    let seeds: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "txt"))
        .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
        .collect();
    assert_eq!(seeds.len(), 5, "expected the five seed notices in {dir}");
    for (input, _) in seed_cases() {
        assert!(
            seeds.iter().any(|seed| seed.contains(input)),
            "{input:?} occurs in no seed"
        );
    }
}

// --- (2) real-world families and near-misses ---------------------------------

#[test]
fn grade_families_parse() {
    let cases = [
        ("G20", 20),
        ("g20", 20),
        ("G-20", 20),
        ("G 20", 20),
        ("G.20", 20),
        ("G\u{2013}20", 20),
        ("Grade 20", 20),
        ("Grade: G20", 20),
        ("NATO Grade G20", 20),
        ("  nato  GRADE  g1 ", 1),
        ("G24;", 24),
        ("G08", 8),
        ("19", 19),
    ];
    for (input, number) in cases {
        assert_eq!(
            input.parse::<Grade>(),
            Ok(Grade::new(number).unwrap()),
            "{input:?}"
        );
    }
}

#[test]
fn grade_near_misses_fail() {
    for input in [
        "",
        "G",
        "G0",
        "G25",
        "G99999999999999",
        "A5",
        "GG20",
        "G2O",
        "G20x",
        "G20 G22",
        "G-",
        "Grade",
        "G8-G10",
        "20 G",
    ] {
        assert!(input.parse::<Grade>().is_err(), "{input:?} parsed");
    }
}

#[test]
fn legacy_families_parse() {
    use GradeCategory::*;
    let cases = [
        ("A5", legacy(A, 5)),
        ("a5", legacy(A, 5)),
        ("A.5", legacy(A, 5)),
        ("A-5", legacy(A, 5)),
        ("A 5", legacy(A, 5)),
        ("L4", legacy(L, 4)),
        ("b.6", legacy(B, 6)),
        ("C\u{2013}1", legacy(C, 1)),
        ("Grade A7.", legacy(A, 7)),
    ];
    for (input, expected) in cases {
        assert_eq!(input.parse::<LegacyGrade>(), Ok(expected), "{input:?}");
    }
    for input in [
        "", "A", "A0", "A8", "L6", "B7", "C7", "G5", "D3", "A5B", "A..5", "5",
    ] {
        assert!(input.parse::<LegacyGrade>().is_err(), "{input:?} parsed");
    }
}

#[test]
fn category_spellings_parse() {
    use GradeCategory::*;
    let cases = [
        ("A", A),
        ("l", L),
        ("Category B", B),
        ("catégorie C", C),
        ("Managerial and Professional", A),
        ("linguistes", L),
        ("administratif et assistance", B),
        ("manual and technical", C),
    ];
    for (input, expected) in cases {
        assert_eq!(input.parse::<GradeCategory>(), Ok(expected), "{input:?}");
    }
    for input in ["", "G", "D", "AB", "category", "linguist"] {
        assert!(input.parse::<GradeCategory>().is_err(), "{input:?} parsed");
    }
}

#[test]
fn post_grade_families_parse() {
    let cases = [
        // single G grades, with and without labels
        ("NATO Grade G20", single(20, false)),
        ("Grade: G20", single(20, false)),
        ("Grade G20", single(20, false)),
        ("G22", single(22, false)),
        ("G-15", single(15, false)),
        ("Grade 19", single(19, false)),
        ("19", single(19, false)),
        ("GRADE : 19.", single(19, false)),
        ("(G20)", single(20, false)),
        ("grade otan G20", single(20, false)),
        // G grade and old grade, either order
        ("G22 (A5)", single(22, true)),
        ("G22 (A.5)", single(22, true)),
        ("G22 A5", single(22, true)),
        ("G22/A5", single(22, true)),
        ("G22 / A5", single(22, true)),
        ("A5/G22", single(22, true)),
        ("A5 (G22)", single(22, true)),
        ("A.5 / G22", single(22, true)),
        ("(A5) G22", single(22, true)),
        ("G19 (L4)", single(19, true)),
        ("G8 (B3);", single(8, true)),
        // old grade alone
        ("A.2", single(15, true)),
        ("A-2", single(15, true)),
        ("A2", single(15, true)),
        ("C.3", single(4, true)),
        ("B.5", single(12, true)),
        ("Grade: A.3", single(17, true)),
        // twins
        ("G8-G10", twin(8, 10, false)),
        ("NATO Grade G8-G10", twin(8, 10, false)),
        ("G8/G10", twin(8, 10, false)),
        ("G8 - G10", twin(8, 10, false)),
        ("G8\u{2013}G10", twin(8, 10, false)),
        ("G8 \u{2014} G10", twin(8, 10, false)),
        ("G15/17", twin(15, 17, false)),
        ("G17-G20", twin(17, 20, false)),
        ("G5-G8", twin(5, 8, false)),
        ("G8-G10 (B3-B4)", twin(8, 10, true)),
        ("G8-G10 (B3/B4)", twin(8, 10, true)),
        ("G8/10 (B.3/4)", twin(8, 10, true)),
        ("B3-B4 (G8-G10)", twin(8, 10, true)),
        ("G15-G17 A2/A3", twin(15, 17, true)),
        ("B3/B4", twin(8, 10, true)),
        ("B3-B4", twin(8, 10, true)),
        ("A.2/A.3", twin(15, 17, true)),
        // ungraded
        ("Unclassified", PostGrade::Ungraded),
        ("UNCLASSIFIED", PostGrade::Ungraded),
        ("Ungraded", PostGrade::Ungraded),
        ("Non classifié", PostGrade::Ungraded),
        ("non\u{00A0}classifie", PostGrade::Ungraded),
        ("Hors grade", PostGrade::Ungraded),
        ("Grade: (Unclassified).", PostGrade::Ungraded),
    ];
    for (input, expected) in cases {
        assert_eq!(input.parse::<PostGrade>(), Ok(expected), "{input:?}");
    }
}

#[test]
fn post_grade_near_misses_fail() {
    for input in [
        "",
        "Grade:",
        "NATO",
        "G0",
        "G25",
        "Grade 25",
        "G",
        "A8",
        "L6",
        "G22 (A4)",
        "A4 (G22)",
        "G8-G12",
        "G10-G8",
        "G8-G8",
        "G8-G11",
        "G8-G10-G12",
        "G8-G10 (B3)",
        "G8 (B3-B4)",
        "G8-G10 (B4-B5)",
        "B3/C4",
        "G20 G22",
        "A5 B3",
        "G22 (A5",
        "G22 A5)",
        "G22 ()",
        "G22 ((A5))",
        "(G22) (A5) (A5)",
        "G8-",
        "-G8",
        "G8--G10",
        "GG20",
        "G2O",
        "G20x",
        "CTS",
        "NS",
        "2 A4 pages",
        "Unclassified G20",
        "Confidential",
        "twenty",
    ] {
        assert!(input.parse::<PostGrade>().is_err(), "{input:?} parsed");
    }
}

#[test]
fn twin_grade_spellings() {
    for input in [
        "G8-G10",
        "G8/G10",
        "G8 - G10",
        "G8\u{2013}G10",
        "B3/B4",
        "B3-B4",
        "G8/10",
    ] {
        let parsed: TwinGrade = input.parse().unwrap();
        assert_eq!(
            (parsed.lower(), parsed.higher()),
            (Grade::G8, Grade::G10),
            "{input:?}"
        );
    }
    assert_eq!(
        "G15/17".parse::<TwinGrade>().unwrap().to_string(),
        "G15-G17"
    );
    for input in ["G8", "Unclassified", "G8-G12", "A5", ""] {
        assert!(input.parse::<TwinGrade>().is_err(), "{input:?} parsed");
    }
}

#[test]
fn twin_grade_new_says_why() {
    use NotTwinReason::*;
    let reason = |lower: Grade, higher: Grade| match TwinGrade::new(lower, higher) {
        Err(ParsePostGradeError::NotTwin { reason, .. }) => Some(reason),
        Ok(_) => None,
        Err(other) => panic!("unexpected error {other:?}"),
    };
    assert_eq!(reason(Grade::G8, Grade::G10), None);
    assert_eq!(reason(Grade::G8, Grade::G8), Some(SameGrade));
    assert_eq!(reason(Grade::G8, Grade::G9), Some(DifferentCategories));
    assert_eq!(reason(Grade::G10, Grade::G8), Some(Descending));
    assert_eq!(reason(Grade::G8, Grade::G12), Some(NotConsecutive));
}

#[test]
fn post_grade_accessors() {
    let post: PostGrade = "G8-G10 (B3-B4)".parse().unwrap();
    assert_eq!(post.appointment_grade(), Some(Grade::G8));
    assert_eq!(post.highest_grade(), Some(Grade::G10));
    assert!(post.is_twin());
    assert!(post.is_graded());
    assert!(post.legacy_printed());
    assert_eq!(post.category(), Some(GradeCategory::B));
    assert_eq!(
        post.legacy(),
        Some((
            legacy(GradeCategory::B, 3),
            Some(legacy(GradeCategory::B, 4))
        ))
    );

    let post: PostGrade = "G20".parse().unwrap();
    assert_eq!(post.appointment_grade(), Some(Grade::G20));
    assert_eq!(post.highest_grade(), Some(Grade::G20));
    assert!(!post.is_twin());
    assert!(!post.legacy_printed());
    assert_eq!(post.legacy(), Some((legacy(GradeCategory::A, 4), None)));

    let post = PostGrade::Ungraded;
    assert_eq!(post.appointment_grade(), None);
    assert_eq!(post.highest_grade(), None);
    assert_eq!(post.category(), None);
    assert_eq!(post.legacy(), None);
    assert!(!post.is_graded());
    assert!(!post.is_twin());

    assert_eq!(PostGrade::from(Grade::G5), single(5, false));
    assert_eq!(
        PostGrade::from(TwinGrade::new(Grade::G5, Grade::G8).unwrap()),
        twin(5, 8, false)
    );
}

#[test]
fn canonical_forms() {
    let cases = [
        ("NATO Grade G20", "G20"),
        ("G22 (A.5)", "G22 (A5)"),
        ("A5/G22", "G22 (A5)"),
        ("A.2", "G15 (A2)"),
        ("G15/17", "G15-G17"),
        ("B3/B4", "G8-G10 (B3-B4)"),
        ("Non classifié", "Unclassified"),
    ];
    for (input, canonical) in cases {
        assert_eq!(
            input.parse::<PostGrade>().unwrap().to_string(),
            canonical,
            "{input:?}"
        );
    }
}

// --- the spine ------------------------------------------------------------------

#[test]
fn spine_matches_the_domain_table() {
    use GradeCategory::*;
    let table: [(GradeCategory, &[u8]); 4] = [
        (A, &[11, 15, 17, 20, 22, 23, 24]),
        (L, &[13, 16, 18, 19, 21]),
        (B, &[2, 5, 8, 10, 12, 14]),
        (C, &[1, 3, 4, 6, 7, 9]),
    ];
    for (category, numbers) in table {
        let grades: Vec<u8> = category.grades().iter().map(|g| g.number()).collect();
        assert_eq!(grades, numbers, "{category}");
        assert_eq!(usize::from(category.steps()), numbers.len());
        for (i, &n) in numbers.iter().enumerate() {
            let grade = Grade::new(n).unwrap();
            let step = u8::try_from(i + 1).unwrap();
            assert_eq!(grade.category(), category);
            assert_eq!(grade.legacy(), legacy(category, step));
            assert_eq!(Grade::from_legacy(legacy(category, step)), grade);
        }
    }
    // The equivalences the notices confirm.
    for (g, old) in [
        (8, "B3"),
        (10, "B4"),
        (15, "A2"),
        (17, "A3"),
        (20, "A4"),
        (22, "A5"),
    ] {
        assert_eq!(Grade::new(g).unwrap().legacy().to_string(), old);
    }
    assert_eq!(Grade::G19.category(), L);
}

// --- (3) exhaustive loops over closed sets ------------------------------------

#[test]
fn every_grade_round_trips() {
    assert_eq!(Grade::ALL.len(), 24);
    assert!(Grade::ALL.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(Grade::iter().collect::<Vec<_>>(), Grade::ALL);
    for (i, grade) in Grade::iter().enumerate() {
        assert_eq!(usize::from(grade.number()), i + 1);
        assert_eq!(Grade::new(grade.number()), Some(grade));
        assert_eq!(grade.as_str(), format!("G{}", i + 1));
        assert_eq!(grade.to_string(), grade.as_str());
        assert_eq!(grade.as_str().parse::<Grade>(), Ok(grade));
        assert_eq!(
            grade.label(OfficialLanguage::English).parse::<Grade>(),
            Ok(grade)
        );
        assert_eq!(Grade::from_legacy(grade.legacy()), grade);
        assert!(grade.category().grades().contains(&grade));
        assert_eq!(
            PostGrade::from(grade).to_string().parse(),
            Ok(PostGrade::from(grade))
        );
    }
    assert_eq!(Grade::new(0), None);
    assert_eq!(Grade::new(25), None);
    assert_eq!(Grade::new(u8::MAX), None);
}

#[test]
fn labels_are_non_empty_and_distinct() {
    for lang in OfficialLanguage::iter() {
        let grade_labels: HashSet<_> = Grade::iter().map(|g| g.label(lang)).collect();
        assert_eq!(grade_labels.len(), 24);
        assert!(grade_labels.iter().all(|l| !l.is_empty()));
        let category_labels: HashSet<_> = GradeCategory::iter().map(|c| c.label(lang)).collect();
        assert_eq!(category_labels.len(), 4);
        assert!(category_labels.iter().all(|l| !l.is_empty()));
    }
    assert_eq!(
        GradeCategory::A.label(OfficialLanguage::English),
        "managerial and professional"
    );
    assert_eq!(
        GradeCategory::A.label(OfficialLanguage::French),
        "cadres et professionnels"
    );
    assert_eq!(
        GradeCategory::L.label(OfficialLanguage::English),
        "linguists"
    );
    assert_eq!(
        GradeCategory::B.label(OfficialLanguage::French),
        "administratif et assistance"
    );
    assert_eq!(
        GradeCategory::C.label(OfficialLanguage::English),
        "manual and technical"
    );
    assert_eq!(
        GradeCategory::C.label(OfficialLanguage::French),
        "manuel et technique"
    );
}

#[test]
fn every_category_round_trips() {
    assert_eq!(
        GradeCategory::iter().collect::<Vec<_>>(),
        GradeCategory::ALL
    );
    let mut covered = 0;
    for category in GradeCategory::iter() {
        assert_eq!(category.to_string(), category.as_str());
        assert_eq!(category.as_str().parse::<GradeCategory>(), Ok(category));
        for lang in OfficialLanguage::iter() {
            assert_eq!(category.label(lang).parse::<GradeCategory>(), Ok(category));
        }
        assert!(category.grades().windows(2).all(|w| w[0] < w[1]));
        covered += category.grades().len();
    }
    assert_eq!(covered, 24);
}

#[test]
fn every_legacy_grade_round_trips() {
    let all: Vec<LegacyGrade> = LegacyGrade::iter().collect();
    assert_eq!(all.len(), 24);
    assert!(all.windows(2).all(|w| w[0] < w[1]));
    for category in GradeCategory::iter() {
        assert_eq!(LegacyGrade::new(category, 0), None);
        assert_eq!(LegacyGrade::new(category, category.steps() + 1), None);
        for step in 1..=category.steps() {
            let old = legacy(category, step);
            assert!(all.contains(&old));
            assert_eq!((old.category(), old.step()), (category, step));
            assert_eq!(old.to_string(), format!("{category}{step}"));
            assert_eq!(old.to_string().parse::<LegacyGrade>(), Ok(old));
            assert_eq!(old.grade().legacy(), old);
            let printed = format!("{}.{}", category, step);
            assert_eq!(
                printed.parse::<PostGrade>(),
                Ok(PostGrade::Single {
                    grade: old.grade(),
                    legacy_printed: true,
                })
            );
        }
    }
}

#[test]
fn every_pair_of_grades_is_judged() {
    let twins: Vec<TwinGrade> = TwinGrade::iter().collect();
    assert_eq!(twins.len(), 20);
    for lower in Grade::iter() {
        for higher in Grade::iter() {
            let expected = lower < higher
                && lower.category() == higher.category()
                && lower
                    .category()
                    .grades()
                    .windows(2)
                    .any(|w| w == [lower, higher]);
            let built = TwinGrade::new(lower, higher);
            assert_eq!(built.is_ok(), expected, "{lower}-{higher}");
            assert_eq!(
                lower.is_twin_with(higher),
                expected || higher.is_twin_with(lower)
            );
            let text = format!("{lower}/{higher}");
            assert_eq!(text.parse::<TwinGrade>().is_ok(), expected, "{text}");
            if let Ok(twin) = built {
                assert!(twins.contains(&twin));
                assert_eq!(twin.category(), lower.category());
                assert_eq!(twin.to_string().parse::<TwinGrade>(), Ok(twin));
                let printed = format!("{} ({}-{})", twin, lower.legacy(), higher.legacy());
                assert_eq!(
                    printed.parse::<PostGrade>(),
                    Ok(PostGrade::Twin {
                        twin,
                        legacy_printed: true
                    })
                );
                let legacy_only = format!("{}/{}", lower.legacy(), higher.legacy());
                assert_eq!(
                    legacy_only.parse::<PostGrade>(),
                    Ok(PostGrade::Twin {
                        twin,
                        legacy_printed: true
                    })
                );
            }
        }
    }
}

#[test]
fn every_mismatched_legacy_grade_is_rejected() {
    for grade in Grade::iter() {
        for old in LegacyGrade::iter() {
            let text = format!("{grade} ({old})");
            let parsed = text.parse::<PostGrade>();
            if old.grade() == grade {
                assert_eq!(
                    parsed,
                    Ok(PostGrade::Single {
                        grade,
                        legacy_printed: true
                    })
                );
            } else {
                assert_eq!(
                    parsed,
                    Err(ParsePostGradeError::LegacyMismatch {
                        grade,
                        legacy: old,
                        input: text
                    })
                );
            }
        }
    }
}

// --- (4) exact error messages ----------------------------------------------------

#[test]
fn error_messages() {
    let grade = |s: &str| s.parse::<Grade>().unwrap_err().to_string();
    assert_eq!(grade("G"), r#"unknown NATO grade "G""#);
    assert_eq!(grade(""), r#"unknown NATO grade """#);
    assert_eq!(
        grade("G0"),
        r#"NATO grade "G0" is outside the spine G1..G24"#
    );
    assert_eq!(
        grade("G25"),
        r#"NATO grade "G25" is outside the spine G1..G24"#
    );

    assert_eq!(
        "D".parse::<GradeCategory>().unwrap_err().to_string(),
        r#"unknown grade category "D""#
    );
    let old = |s: &str| s.parse::<LegacyGrade>().unwrap_err().to_string();
    assert_eq!(old("X5"), r#"unknown legacy grade "X5""#);
    assert_eq!(old("A8"), r#"legacy grade "A8" is outside A1..A7"#);
    assert_eq!(old("L.6"), r#"legacy grade "L.6" is outside L1..L5"#);

    let post = |s: &str| s.parse::<PostGrade>().unwrap_err().to_string();
    assert_eq!(post("Grade:"), r#"empty post grade "Grade:""#);
    assert_eq!(post("CTS/B"), r#"unknown post grade "CTS/B""#);
    assert_eq!(
        post("G25"),
        r#"post grade "G25" names a grade outside the spine G1..G24"#
    );
    assert_eq!(
        post("A8"),
        r#"post grade "A8" names a legacy grade outside A1..A7"#
    );
    assert_eq!(
        post("G22 (A4)"),
        r#"post grade "G22 (A4)" prints A4 beside G22, which is A5"#
    );
    assert_eq!(
        post("G8-G10 (B3)"),
        r#"post grade "G8-G10 (B3)" pairs a single grade with a twin grade"#
    );
    assert_eq!(
        post("G8-G12"),
        r#""G8-G12" is not a twin grade: G8 and G12 are not consecutive in category B"#
    );
    assert_eq!(
        post("G8/G9"),
        r#""G8/G9" is not a twin grade: G8 is in category B and G9 in category C"#
    );
    assert_eq!(
        post("G10-G8"),
        r#""G10-G8" is not a twin grade: the lower grade G8 must come before G10"#
    );
    assert_eq!(
        post("G8-8"),
        r#""G8-8" is not a twin grade: G8 is twinned with itself"#
    );
    assert_eq!(
        TwinGrade::new(Grade::G8, Grade::G12)
            .unwrap_err()
            .to_string(),
        r#""G8-G12" is not a twin grade: G8 and G12 are not consecutive in category B"#
    );
    assert_eq!(
        "G20".parse::<TwinGrade>().unwrap_err().to_string(),
        r#"expected a twin grade such as "G8-G10", found "G20""#
    );
}

#[test]
fn errors_keep_the_input() {
    assert_eq!(
        "NATO Grade G25".parse::<PostGrade>(),
        Err(ParsePostGradeError::OutOfRange("NATO Grade G25".into()))
    );
    assert_eq!(
        "G22 (A.4)".parse::<PostGrade>(),
        Err(ParsePostGradeError::LegacyMismatch {
            grade: Grade::G22,
            legacy: legacy(GradeCategory::A, 4),
            input: "G22 (A.4)".into(),
        })
    );
    assert_eq!(
        "G8-G12".parse::<PostGrade>(),
        Err(ParsePostGradeError::NotTwin {
            lower: Grade::G8,
            higher: Grade::G12,
            reason: NotTwinReason::NotConsecutive,
            input: "G8-G12".into(),
        })
    );
    assert_eq!(
        "A9".parse::<LegacyGrade>(),
        Err(ParseGradeError::LegacyOutOfRange {
            category: GradeCategory::A,
            input: "A9".into(),
        })
    );
    assert_eq!(
        "G 0".parse::<Grade>(),
        Err(ParseGradeError::OutOfRange("G 0".into()))
    );
}

// --- allocation, thread safety --------------------------------------------------

#[test]
fn successful_parses_do_not_allocate() {
    let inputs = [
        "Grade: NATO Grade G20",
        "GRADE : G22 (A.5)",
        "NATO Grade G8-G10",
        "G8-G10 (B3-B4)",
        "A5/G22",
        "**Grade** Unclassified",
        "Non classifié",
    ];
    for input in inputs {
        let (parsed, allocations) = allocations_during(|| input.parse::<PostGrade>());
        assert!(parsed.is_ok(), "{input:?}");
        assert_eq!(allocations, 0, "{input:?} allocated");
    }
    let (parsed, allocations) = allocations_during(|| "G8/G10".parse::<TwinGrade>());
    assert!(parsed.is_ok());
    assert_eq!(allocations, 0);
    let (parsed, allocations) = allocations_during(|| "NATO Grade G20".parse::<Grade>());
    assert!(parsed.is_ok());
    assert_eq!(allocations, 0);
    let (parsed, allocations) = allocations_during(|| "A.5".parse::<LegacyGrade>());
    assert!(parsed.is_ok());
    assert_eq!(allocations, 0);
    let (parsed, allocations) = allocations_during(|| "linguistes".parse::<GradeCategory>());
    assert!(parsed.is_ok());
    assert_eq!(allocations, 0);
    // The counter works: an error keeps its input in a String.
    let (parsed, allocations) = allocations_during(|| "G99".parse::<PostGrade>());
    assert!(parsed.is_err());
    assert!(allocations > 0);
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync + 'static>() {}
    check::<Grade>();
    check::<GradeCategory>();
    check::<LegacyGrade>();
    check::<TwinGrade>();
    check::<PostGrade>();
    check::<NotTwinReason>();
    check::<ParseGradeError>();
    check::<ParsePostGradeError>();
}

#[test]
fn serde_uses_the_canonical_string() {
    let post: PostGrade = "A5/G22".parse().unwrap();
    assert_eq!(serde_json::to_string(&post).unwrap(), r#""G22 (A5)""#);
    assert_eq!(
        serde_json::from_str::<PostGrade>(r#""NATO Grade G8-G10""#).unwrap(),
        twin(8, 10, false)
    );
    assert_eq!(serde_json::to_string(&Grade::G20).unwrap(), r#""G20""#);
    assert_eq!(serde_json::to_string(&GradeCategory::L).unwrap(), r#""L""#);
    assert!(serde_json::from_str::<PostGrade>(r#""G22 (A4)""#).is_err());
    assert!(serde_json::from_str::<Grade>("20").is_err());
    assert!(serde_json::from_str::<TwinGrade>(r#""G8-G12""#).is_err());
}

// --- (5) properties ----------------------------------------------------------------

macro_rules! json_round_trip {
    ($value:expr, $ty:ty) => {
        serde_json::from_str::<$ty>(&serde_json::to_string(&$value).unwrap()).unwrap()
    };
}

/// Text made of the pieces grades are written with.
fn grade_flavoured() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "[GgALBCDlab0-9 \\-/\u{2013}().:;*,NATOgradeUnclsifé\u{00A0}]{0,16}",
    )
    .unwrap()
}

proptest! {
    #[test]
    fn display_then_parse_is_identity(
        grade in any::<Grade>(),
        category in any::<GradeCategory>(),
        old in any::<LegacyGrade>(),
        twin in any::<TwinGrade>(),
        post in any::<PostGrade>(),
    ) {
        prop_assert_eq!(grade.to_string().parse::<Grade>(), Ok(grade));
        prop_assert_eq!(category.to_string().parse::<GradeCategory>(), Ok(category));
        prop_assert_eq!(old.to_string().parse::<LegacyGrade>(), Ok(old));
        prop_assert_eq!(twin.to_string().parse::<TwinGrade>(), Ok(twin));
        prop_assert_eq!(post.to_string().parse::<PostGrade>(), Ok(post));
    }

    #[test]
    fn json_round_trip_is_identity(
        grade in any::<Grade>(),
        category in any::<GradeCategory>(),
        old in any::<LegacyGrade>(),
        twin in any::<TwinGrade>(),
        post in any::<PostGrade>(),
    ) {
        prop_assert_eq!(json_round_trip!(grade, Grade), grade);
        prop_assert_eq!(json_round_trip!(category, GradeCategory), category);
        prop_assert_eq!(json_round_trip!(old, LegacyGrade), old);
        prop_assert_eq!(json_round_trip!(twin, TwinGrade), twin);
        prop_assert_eq!(json_round_trip!(post, PostGrade), post);
    }

    #[test]
    fn arbitrary_strings_never_panic(s in any::<String>()) {
        let _ = s.parse::<Grade>();
        let _ = s.parse::<GradeCategory>();
        let _ = s.parse::<LegacyGrade>();
        let _ = s.parse::<TwinGrade>();
        let _ = s.parse::<PostGrade>();
    }

    #[test]
    fn grade_flavoured_strings_never_panic_and_reparse(s in grade_flavoured()) {
        let _ = s.parse::<Grade>();
        let _ = s.parse::<GradeCategory>();
        let _ = s.parse::<LegacyGrade>();
        let _ = s.parse::<TwinGrade>();
        // Whatever parses prints a canonical form that parses to the same value.
        if let Ok(post) = s.parse::<PostGrade>() {
            prop_assert_eq!(post.to_string().parse::<PostGrade>(), Ok(post));
        }
    }

    #[test]
    fn invalid_values_do_not_deserialize(n in 25u32..10_000, step in 8u32..100) {
        let bad_grade = format!("\"G{n}\"");
        prop_assert!(serde_json::from_str::<Grade>(&bad_grade).is_err());
        prop_assert!(serde_json::from_str::<PostGrade>(&bad_grade).is_err());
        let bad_legacy = format!("\"A{step}\"");
        prop_assert!(serde_json::from_str::<LegacyGrade>(&bad_legacy).is_err());
        prop_assert!(serde_json::from_str::<PostGrade>(&bad_legacy).is_err());
        prop_assert!(serde_json::from_str::<TwinGrade>("\"G20\"").is_err());
    }

    #[test]
    fn mismatched_legacy_is_an_error(grade in any::<Grade>(), old in any::<LegacyGrade>()) {
        prop_assume!(old.grade() != grade);
        let text = format!("{old} / {grade}");
        let is_mismatch = matches!(
            text.parse::<PostGrade>(),
            Err(ParsePostGradeError::LegacyMismatch { .. })
        );
        prop_assert!(is_mismatch);
    }
}
