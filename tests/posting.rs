//! Deadlines, schedules, locations and education levels.

use chrono::{NaiveDate, NaiveDateTime};
use nato_post::{Deadline, EducationLevel, Location, OfficialLanguage, Schedule};
use proptest::prelude::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn datetime(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    date(y, m, d).and_hms_opt(h, min, 0).unwrap()
}

/// Every deadline spelling printed in the seeds, and what it means.
const SEED_DEADLINES: &[(&str, &str)] = &[
    ("15-Dec-2024", "2024-12-15"),
    ("15-déc.-2024", "2024-12-15"),
    ("16-May-2024, 11:59:00 PM", "2024-05-16T23:59:00"),
    ("16-mai-2024, 23:59:00", "2024-05-16T23:59:00"),
    ("06-Apr-2025", "2025-04-06"),
    ("06-avr.-2025", "2025-04-06"),
    ("05-Jan-2025", "2025-01-05"),
    ("05-janv.-2025", "2025-01-05"),
];

#[test]
fn seed_deadlines_parse() {
    for (text, expected) in SEED_DEADLINES {
        let d: Deadline = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(d.to_string(), *expected, "{text}");
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("skipping the seed occurrence check: {dir} is absent");
        return;
    };
    let all: String = entries
        .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
        .collect();
    for (text, _) in SEED_DEADLINES {
        assert!(all.contains(text), "{text} does not occur in any seed");
    }
}

#[test]
fn deadline_families() {
    let cases: &[(&str, Deadline)] = &[
        ("Ongoing", Deadline::Ongoing),
        ("ongoing", Deadline::Ongoing),
        (
            "Application Deadline: 15-Dec-2024",
            Deadline::Date(date(2024, 12, 15)),
        ),
        (
            "Date de retrait : 15-déc.-2024",
            Deadline::Date(date(2024, 12, 15)),
        ),
        ("2024-12-15", Deadline::Date(date(2024, 12, 15))),
        ("6 April 2025", Deadline::Date(date(2025, 4, 6))),
        ("6 avril 2025", Deadline::Date(date(2025, 4, 6))),
        ("29-Feb-2024", Deadline::Date(date(2024, 2, 29))),
        ("01-févr.-2025", Deadline::Date(date(2025, 2, 1))),
        ("15-août-2025", Deadline::Date(date(2025, 8, 15))),
        ("15-Sept-2025", Deadline::Date(date(2025, 9, 15))),
        (
            "16-May-2024, 12:00:00 AM",
            Deadline::DateTime(datetime(2024, 5, 16, 0, 0)),
        ),
        (
            "16-May-2024, 12:30:00 PM",
            Deadline::DateTime(datetime(2024, 5, 16, 12, 30)),
        ),
        (
            "2024-05-16T23:59:00",
            Deadline::DateTime(datetime(2024, 5, 16, 23, 59)),
        ),
        (
            "16-05-2024 23:59",
            Deadline::DateTime(datetime(2024, 5, 16, 23, 59)),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(text.parse::<Deadline>().as_ref(), Ok(expected), "{text}");
    }
}

#[test]
fn deadline_errors_are_exact() {
    let cases = [
        ("", "empty deadline"),
        (
            "31-Feb-2025",
            r#"invalid deadline "31-Feb-2025": no such date"#,
        ),
        (
            "29-Feb-2025",
            r#"invalid deadline "29-Feb-2025": no such date"#,
        ),
        (
            "15-Foo-2024",
            r#"invalid deadline "15-Foo-2024": unknown month"#,
        ),
        (
            "soon",
            r#"invalid deadline "soon": expected a date such as 15-Dec-2024 or 2024-12-15"#,
        ),
        (
            "15-Dec-2024, 25:00",
            r#"invalid deadline "15-Dec-2024, 25:00": invalid time"#,
        ),
    ];
    for (text, message) in cases {
        assert_eq!(
            text.parse::<Deadline>().unwrap_err().to_string(),
            message,
            "{text}"
        );
    }
}

#[test]
fn schedules_and_education_are_exhaustive() {
    for s in Schedule::iter() {
        assert_eq!(s.to_string().parse::<Schedule>(), Ok(s));
        assert_eq!(s.label(OfficialLanguage::French).parse::<Schedule>(), Ok(s));
    }
    let levels: Vec<_> = EducationLevel::iter().collect();
    assert!(levels.windows(2).all(|w| w[0] < w[1]));
    for l in levels {
        assert_eq!(l.to_string().parse::<EducationLevel>(), Ok(l));
        assert_eq!(
            l.label(OfficialLanguage::French).parse::<EducationLevel>(),
            Ok(l)
        );
    }
}

#[test]
fn education_is_read_from_notice_sentences() {
    let cases = [
        (
            "possess a university degree, or an equivalent level of qualification",
            Some(EducationLevel::UniversityDegree),
        ),
        (
            "possess higher secondary education qualification;",
            Some(EducationLevel::SecondarySchool),
        ),
        (
            "a post-graduate degree in a relevant discipline",
            Some(EducationLevel::MasterDegree),
        ),
        (
            "être titulaire d'un diplôme universitaire",
            Some(EducationLevel::UniversityDegree),
        ),
        ("have strong communication skills", None),
    ];
    for (text, expected) in cases {
        assert_eq!(EducationLevel::find_in(text), expected, "{text}");
    }
}

#[test]
fn locations_keep_what_is_printed() {
    let loc: Location = "Belgique-Bruxelles".parse().unwrap();
    assert_eq!((loc.country(), loc.city()), ("Belgique", Some("Bruxelles")));
    let loc: Location = "Italy-Lago Patria".parse().unwrap();
    assert_eq!(loc.city(), Some("Lago Patria"));
    assert!("".parse::<Location>().is_err());
    assert!("-Brussels".parse::<Location>().is_err());
}

#[test]
fn invalid_values_do_not_deserialize() {
    assert!(serde_json::from_str::<Deadline>(r#""2025-02-30""#).is_err());
    assert!(serde_json::from_str::<Schedule>(r#""Sometimes""#).is_err());
    assert!(serde_json::from_str::<EducationLevel>(r#""none""#).is_err());
    assert!(serde_json::from_str::<Location>(r#""""#).is_err());
}

proptest! {
    #[test]
    fn deadline_round_trips(d in any::<Deadline>()) {
        prop_assert_eq!(d.to_string().parse::<Deadline>(), Ok(d));
        let json = serde_json::to_string(&d).unwrap();
        prop_assert_eq!(serde_json::from_str::<Deadline>(&json).unwrap(), d);
    }

    #[test]
    fn location_round_trips(l in any::<Location>()) {
        prop_assert_eq!(l.to_string().parse::<Location>(), Ok(l.clone()));
        let json = serde_json::to_string(&l).unwrap();
        prop_assert_eq!(serde_json::from_str::<Location>(&json).unwrap(), l);
    }

    #[test]
    fn closed_sets_round_trip(s in any::<Schedule>(), e in any::<EducationLevel>()) {
        prop_assert_eq!(serde_json::from_str::<Schedule>(&serde_json::to_string(&s).unwrap()).unwrap(), s);
        prop_assert_eq!(serde_json::from_str::<EducationLevel>(&serde_json::to_string(&e).unwrap()).unwrap(), e);
    }

    #[test]
    fn arbitrary_text_never_panics(s in any::<String>(), t in "[0-9A-Za-zéû:,. -]{0,30}") {
        let _ = s.parse::<Deadline>();
        let _ = t.parse::<Deadline>();
        let _ = s.parse::<Location>();
        let _ = s.parse::<Schedule>();
        let _ = EducationLevel::find_in(&s);
    }
}
