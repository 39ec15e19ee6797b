//! Organisation identifiers: vacancy references, post numbers, work
//! levels, job families and NATO bodies.

mod util;

use nato_post::{
    JobFamily, JobFamilyName, JobSubFamily, NatoBody, OfficialLanguage, ParseJobFamilyError,
    ParseNatoBodyError, ParsePostNumberError, ParseVacancyReferenceError, ParseWorkLevelError,
    PostNumber, VacancyReference, WorkLevel,
};
use proptest::prelude::*;

#[path = "util/alloc.rs"]
mod counting;

/// The text of every seed notice, or `None` (with the reason printed) when
/// the folder is absent.
fn seeds_text() -> Option<String> {
    util::seeds_joined()
}

const SEED_REFERENCES: [(&str, u32); 8] = [
    ("241656", 241_656),
    ("240696", 240_696),
    ("250443", 250_443),
    ("241694", 241_694),
    ("(241656)", 241_656),
    ("(250443)", 250_443),
    ("(241694)", 241_694),
    ("-240696", 240_696),
];

const SEED_POST_NUMBERS: [&str; 3] = ["PASP0016", "POST No.\tPASP0016", "POSTE N° : PASP0016"];

const SEED_WORK_LEVELS: [&str; 3] = ["VII", "WORK LEVEL\tVII", "NIVEAU DE TRAVAIL VII"];

const SEED_JOB_FAMILIES: [&str; 4] = [
    "Management - Executive Leadership",
    "Gestion – Direction exécutive",
    "JOB FAMILY\tManagement - Executive Leadership",
    "FAMILLE DE POSTES : Gestion – Direction exécutive",
];

const SEED_BODIES: [(&str, NatoBody); 17] = [
    (
        "NATO International Staff (NATO IS)",
        NatoBody::InternationalStaff,
    ),
    (
        "NATO Body: NATO International Staff (NATO IS)",
        NatoBody::InternationalStaff,
    ),
    ("OTAN SI", NatoBody::InternationalStaff),
    ("Organisation : OTAN SI", NatoBody::InternationalStaff),
    ("Organisation: OTAN SI", NatoBody::InternationalStaff),
    ("NATO INTERNATIONAL STAFF", NatoBody::InternationalStaff),
    (
        "SECRETARIAT INTERNATIONAL DE L'OTAN",
        NatoBody::InternationalStaff,
    ),
    (
        "NORTH ATLANTIC TREATY ORGANIZATION INTERNATIONAL STAFF",
        NatoBody::InternationalStaff,
    ),
    (
        "ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD SECRETARIAT INTERNATIONAL",
        NatoBody::InternationalStaff,
    ),
    ("International Staff", NatoBody::InternationalStaff),
    ("Secrétariat international", NatoBody::InternationalStaff),
    (
        "Secrétariat international de l'OTAN",
        NatoBody::InternationalStaff,
    ),
    (
        "International Military Staff",
        NatoBody::InternationalMilitaryStaff,
    ),
    (
        "État-major militaire international",
        NatoBody::InternationalMilitaryStaff,
    ),
    (
        "NATO Communication and Information Agency",
        NatoBody::CommunicationsAndInformationAgency,
    ),
    (
        "NATO Support and Procurement Agency",
        NatoBody::SupportAndProcurementAgency,
    ),
    (
        "Agence OTAN de soutien et d'acquisition",
        NatoBody::SupportAndProcurementAgency,
    ),
];

#[test]
fn seed_values_parse() {
    for (text, n) in SEED_REFERENCES {
        let r: VacancyReference = text.parse().unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(r.as_u32(), n, "{text:?}");
    }
    for text in SEED_POST_NUMBERS {
        let p: PostNumber = text.parse().unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(
            (p.division(), p.serial(), p.as_str()),
            ("PASP", 16, "PASP0016"),
            "{text:?}"
        );
    }
    for text in SEED_WORK_LEVELS {
        assert_eq!(
            text.parse::<WorkLevel>().map(WorkLevel::level),
            Ok(7),
            "{text:?}"
        );
    }
    let expected = JobFamily::from_sub_family(JobSubFamily::ExecutiveLeadership);
    for text in SEED_JOB_FAMILIES {
        assert_eq!(text.parse::<JobFamily>(), Ok(expected), "{text:?}");
    }
    for (text, body) in SEED_BODIES {
        assert_eq!(text.parse::<NatoBody>(), Ok(body), "{text:?}");
    }
}

#[test]
fn seed_strings_occur_in_the_seeds() {
    let Some(seeds) = seeds_text() else { return };
    let all = SEED_REFERENCES
        .iter()
        .map(|(t, _)| *t)
        .chain(SEED_POST_NUMBERS)
        .chain(SEED_WORK_LEVELS)
        .chain(SEED_JOB_FAMILIES)
        .chain(SEED_BODIES.iter().map(|(t, _)| *t));
    for text in all {
        assert!(seeds.contains(text), "{text:?} does not occur in any seed");
    }
}

#[test]
fn vacancy_references() {
    for (text, n) in [
        ("Ref. 241656", 241_656),
        ("Réf. : 241656", 241_656),
        ("Reference: (250443).", 250_443),
        ("Vacancy reference 241694", 241_694),
        ("– 240696", 240_696),
        ("#241656", 241_656),
        (" 051234 ", 51_234),
    ] {
        assert_eq!(
            text.parse::<VacancyReference>()
                .map(VacancyReference::as_u32),
            Ok(n),
            "{text:?}"
        );
    }
    let r = VacancyReference::new(241_656).unwrap();
    assert_eq!((r.year(), r.to_string()), (2024, "241656".to_owned()));
    assert_eq!(VacancyReference::new(51_234).unwrap().to_string(), "051234");
    assert_eq!(VacancyReference::new(51_234).unwrap().year(), 2005);
    assert_eq!(VacancyReference::new(999_999).unwrap().year(), 2099);
    assert_eq!(
        VacancyReference::new(1_000_000),
        Err(ParseVacancyReferenceError::OutOfRange("1000000".into()))
    );
    for (text, err) in [
        (
            "24165",
            ParseVacancyReferenceError::WrongLength("24165".into()),
        ),
        (
            "2416567",
            ParseVacancyReferenceError::WrongLength("2416567".into()),
        ),
        ("", ParseVacancyReferenceError::Invalid(String::new())),
        (
            "24165a",
            ParseVacancyReferenceError::Invalid("24165a".into()),
        ),
        (
            "+241656",
            ParseVacancyReferenceError::Invalid("+241656".into()),
        ),
        (
            "241 656",
            ParseVacancyReferenceError::Invalid("241 656".into()),
        ),
        ("G20", ParseVacancyReferenceError::Invalid("G20".into())),
        ("-", ParseVacancyReferenceError::Invalid("-".into())),
    ] {
        assert_eq!(text.parse::<VacancyReference>(), Err(err), "{text:?}");
    }
}

#[test]
fn post_numbers() {
    for text in [
        "PASP0016",
        "pasp0016",
        "PASP 0016",
        "PASP-0016",
        "PASP–0016",
        "(PASP0016).",
        "Post number: PASP0016",
        "Poste no PASP0016",
    ] {
        assert_eq!(
            text.parse::<PostNumber>().map(|p| p.to_string()),
            Ok("PASP0016".to_owned()),
            "{text:?}"
        );
    }
    let p = PostNumber::new("ESCD", 9).unwrap();
    assert_eq!(
        (p.division(), p.serial(), p.to_string()),
        ("ESCD", 9, "ESCD0009".to_owned())
    );
    assert_eq!(PostNumber::new("AB", 9999).unwrap().as_str(), "AB9999");
    assert_eq!(PostNumber::new("ABCDEF", 0).unwrap().as_str(), "ABCDEF0000");
    assert!(PostNumber::new("AB", 1).unwrap() < PostNumber::new("AC", 0).unwrap());
    assert_eq!(
        PostNumber::new("P", 1),
        Err(ParsePostNumberError::InvalidDivision("P".into()))
    );
    assert_eq!(
        PostNumber::new("ABCDEFG", 1),
        Err(ParsePostNumberError::InvalidDivision("ABCDEFG".into()))
    );
    assert_eq!(
        PostNumber::new("AB1", 1),
        Err(ParsePostNumberError::InvalidDivision("AB1".into()))
    );
    assert_eq!(
        PostNumber::new("AB", 10_000),
        Err(ParsePostNumberError::SerialOutOfRange("10000".into()))
    );
    for text in [
        "PASP016",
        "PASP00016",
        "P0016",
        "PASPXYZ0016",
        "0016",
        "PASP",
        "",
        "PÂSP0016",
        "PASP0016X",
        "PASP 00 16",
    ] {
        assert_eq!(
            text.parse::<PostNumber>(),
            Err(ParsePostNumberError::Invalid(text.into())),
            "{text:?}"
        );
    }
}

#[test]
fn work_levels_exhaustively() {
    let romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
    let levels: Vec<WorkLevel> = WorkLevel::iter().collect();
    assert_eq!(levels.len(), romans.len());
    for (level, roman) in levels.iter().zip(romans) {
        assert_eq!(level.as_str(), roman);
        assert_eq!(level.to_string(), roman);
        assert_eq!(roman.parse::<WorkLevel>(), Ok(*level));
        assert_eq!(roman.to_lowercase().parse::<WorkLevel>(), Ok(*level));
        assert_eq!(level.level().to_string().parse::<WorkLevel>(), Ok(*level));
        assert_eq!(WorkLevel::new(level.level()), Ok(*level));
    }
    assert!(levels.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(
        "Work level: 7".parse::<WorkLevel>().map(WorkLevel::level),
        Ok(7)
    );
    assert_eq!(
        WorkLevel::new(0),
        Err(ParseWorkLevelError::OutOfRange("0".into()))
    );
    assert_eq!(
        WorkLevel::new(11),
        Err(ParseWorkLevelError::OutOfRange("11".into()))
    );
    assert_eq!(
        "11".parse::<WorkLevel>(),
        Err(ParseWorkLevelError::OutOfRange("11".into()))
    );
    assert_eq!(
        "999".parse::<WorkLevel>(),
        Err(ParseWorkLevelError::OutOfRange("999".into()))
    );
    for text in ["XI", "IIII", "VX", "", "7a", "-7", "+7", "1000", "seven"] {
        assert_eq!(
            text.parse::<WorkLevel>(),
            Err(ParseWorkLevelError::Invalid(text.into())),
            "{text:?}"
        );
    }
}

#[test]
fn job_families_exhaustively() {
    let mut labels = Vec::new();
    for family in JobFamilyName::iter() {
        assert_eq!(family.as_str().parse::<JobFamilyName>(), Ok(family));
        assert_eq!(family.to_string(), family.as_str());
        let jf = JobFamily::new(family, None).unwrap();
        assert_eq!(jf.to_string().parse::<JobFamily>(), Ok(jf));
        for lang in OfficialLanguage::iter() {
            let label = family.label(lang);
            assert!(!label.is_empty());
            assert_eq!(label.parse::<JobFamilyName>(), Ok(family), "{label:?}");
            labels.push(label);
        }
    }
    for sub in JobSubFamily::iter() {
        assert_eq!(sub.as_str().parse::<JobSubFamily>(), Ok(sub));
        assert_eq!(sub.to_string(), sub.as_str());
        let jf = JobFamily::from_sub_family(sub);
        assert_eq!((jf.family(), jf.sub_family()), (sub.family(), Some(sub)));
        assert_eq!(jf.to_string().parse::<JobFamily>(), Ok(jf));
        for lang in OfficialLanguage::iter() {
            let label = sub.label(lang);
            assert!(!label.is_empty());
            assert_eq!(label.parse::<JobSubFamily>(), Ok(sub), "{label:?}");
            let both = format!("{} – {}", sub.family().label(lang), label);
            assert_eq!(both.parse::<JobFamily>(), Ok(jf), "{both:?}");
            labels.push(label);
        }
        for other in JobFamilyName::iter().filter(|f| *f != sub.family()) {
            assert!(JobFamily::new(other, Some(sub)).is_err());
        }
    }
    let count = labels.len();
    labels.sort_unstable();
    labels.dedup();
    assert_eq!(labels.len(), count, "labels are not distinct");
    assert_eq!(
        JobFamilyName::iter().collect::<Vec<_>>(),
        JobFamilyName::ALL
    );
    assert_eq!(JobSubFamily::iter().collect::<Vec<_>>(), JobSubFamily::ALL);
}

#[test]
fn job_family_spellings() {
    let exec = JobFamily::from_sub_family(JobSubFamily::ExecutiveLeadership);
    let line = JobFamily::from_sub_family(JobSubFamily::LineManagementAndResourceCoordination);
    for (text, expected) in [
        ("Management — Executive Leadership", exec),
        ("Management/Executive Leadership", exec),
        ("MANAGEMENT - EXECUTIVE LEADERSHIP", exec),
        ("gestion - direction executive", exec),
        ("Executive Leadership", exec),
        (
            "Job family: Management - Line Management and Resource Coordination",
            line,
        ),
        ("Management – Line Management & Resource Coordination", line),
        ("Core", JobFamily::new(JobFamilyName::Core, None).unwrap()),
        (
            "Cœur de métier",
            JobFamily::new(JobFamilyName::Core, None).unwrap(),
        ),
        (
            "Coeur de metier",
            JobFamily::new(JobFamilyName::Core, None).unwrap(),
        ),
        (
            "Soutien",
            JobFamily::new(JobFamilyName::Support, None).unwrap(),
        ),
    ] {
        assert_eq!(text.parse::<JobFamily>(), Ok(expected), "{text:?}");
    }
    for (text, err) in [
        (
            "Core - Policy Development",
            ParseJobFamilyError::UnknownSubFamily("Policy Development".into()),
        ),
        (
            "Management -",
            ParseJobFamilyError::UnknownSubFamily(String::new()),
        ),
        (
            "Leadership - Executive",
            ParseJobFamilyError::UnknownFamily("Leadership".into()),
        ),
        (
            "Operations",
            ParseJobFamilyError::UnknownFamily("Operations".into()),
        ),
        ("", ParseJobFamilyError::UnknownFamily(String::new())),
        (
            "Core - Executive Leadership",
            ParseJobFamilyError::MismatchedSubFamily("Core - Executive Leadership".into()),
        ),
    ] {
        assert_eq!(text.parse::<JobFamily>(), Err(err), "{text:?}");
    }
}

#[test]
fn nato_bodies_exhaustively() {
    let mut names = Vec::new();
    for body in NatoBody::iter() {
        assert_eq!(body.as_str().parse::<NatoBody>(), Ok(body), "{body:?}");
        assert_eq!(body.to_string(), body.as_str());
        names.push(body.as_str());
        for lang in OfficialLanguage::iter() {
            let label = body.label(lang);
            assert!(!label.is_empty());
            assert_eq!(label.parse::<NatoBody>(), Ok(body), "{label:?}");
            assert_eq!(
                label.to_uppercase().parse::<NatoBody>(),
                Ok(body),
                "{label:?}"
            );
            let with_code = format!("{label} ({})", body.as_str());
            assert_eq!(with_code.parse::<NatoBody>(), Ok(body), "{with_code:?}");
            names.push(label);
        }
        let json = serde_json::to_string(&body).unwrap();
        assert_eq!(serde_json::from_str::<NatoBody>(&json).unwrap(), body);
    }
    let count = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), count, "codes and labels are not distinct");
}

#[test]
fn nato_body_spellings() {
    use NatoBody::*;
    for (text, body) in [
        ("NATO IS", InternationalStaff),
        ("nato is", InternationalStaff),
        ("NATO-IS", InternationalStaff),
        ("OTAN  SI", InternationalStaff),
        ("International Staff (IS)", InternationalStaff),
        ("Secrétariat international (SI)", InternationalStaff),
        ("(NATO IS)", InternationalStaff),
        ("NATO IMS", InternationalMilitaryStaff),
        ("IMS", InternationalMilitaryStaff),
        ("EMI", InternationalMilitaryStaff),
        (
            "NATO International Military Staff (IMS)",
            InternationalMilitaryStaff,
        ),
        (
            "Etat-major militaire international de l’OTAN",
            InternationalMilitaryStaff,
        ),
        ("SHAPE", AlliedCommandOperations),
        (
            "Supreme Headquarters Allied Powers Europe (SHAPE)",
            AlliedCommandOperations,
        ),
        ("ACO", AlliedCommandOperations),
        ("HQ SACT", AlliedCommandTransformation),
        ("NCIA", CommunicationsAndInformationAgency),
        ("NCI Agency", CommunicationsAndInformationAgency),
        ("NSPA", SupportAndProcurementAgency),
        (
            "NATO Science and Technology Organisation",
            ScienceAndTechnologyOrganization,
        ),
        ("NATO Defence College", DefenseCollege),
        ("NATO Standardisation Office (NSO)", StandardizationOffice),
        ("NAEW&CF", AirborneEarlyWarningAndControlForce),
        ("DIANA", InnovationAccelerator),
        ("Organization: NSPA", SupportAndProcurementAgency),
    ] {
        assert_eq!(text.parse::<NatoBody>(), Ok(body), "{text:?}");
    }
    for text in [
        "IS",
        "SI",
        "NATO",
        "OTAN",
        "",
        "European Union",
        "NATO International Staff (NSPA)",
        "NATOIS",
        "NATO NATO NATO NATO IS",
        "International Staff (Brussels)",
        "Organisation",
    ] {
        assert_eq!(
            text.parse::<NatoBody>(),
            Err(ParseNatoBodyError::Unknown(text.into())),
            "{text:?}"
        );
    }
}

#[test]
fn exact_error_messages() {
    let cases: [(String, &str); 12] = [
        (
            "24165".parse::<VacancyReference>().unwrap_err().to_string(),
            r#"vacancy reference "24165" does not have six digits"#,
        ),
        (
            "Ref. x"
                .parse::<VacancyReference>()
                .unwrap_err()
                .to_string(),
            r#"invalid vacancy reference "Ref. x""#,
        ),
        (
            VacancyReference::new(1_000_000).unwrap_err().to_string(),
            "vacancy reference 1000000 is greater than 999999",
        ),
        (
            "PASP016".parse::<PostNumber>().unwrap_err().to_string(),
            r#"invalid post number "PASP016""#,
        ),
        (
            PostNumber::new("P", 1).unwrap_err().to_string(),
            r#"invalid division acronym "P" in post number"#,
        ),
        (
            PostNumber::new("PASP", 10_000).unwrap_err().to_string(),
            "post number serial 10000 is greater than 9999",
        ),
        (
            "XIV".parse::<WorkLevel>().unwrap_err().to_string(),
            r#"invalid work level "XIV""#,
        ),
        (
            "12".parse::<WorkLevel>().unwrap_err().to_string(),
            "work level 12 is outside I to X",
        ),
        (
            "Operations".parse::<JobFamily>().unwrap_err().to_string(),
            r#"unknown job family "Operations""#,
        ),
        (
            "Core - Policy"
                .parse::<JobFamily>()
                .unwrap_err()
                .to_string(),
            r#"unknown job sub-family "Policy""#,
        ),
        (
            "Support - Executive Leadership"
                .parse::<JobFamily>()
                .unwrap_err()
                .to_string(),
            r#"job sub-family does not belong to the family in "Support - Executive Leadership""#,
        ),
        (
            "EU".parse::<NatoBody>().unwrap_err().to_string(),
            r#"unknown NATO body "EU""#,
        ),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
}

#[test]
fn deserializing_revalidates() {
    assert!(serde_json::from_str::<VacancyReference>(r#""24165""#).is_err());
    assert!(serde_json::from_str::<VacancyReference>("241656").is_err());
    assert!(serde_json::from_str::<PostNumber>(r#""PASP016""#).is_err());
    assert!(serde_json::from_str::<WorkLevel>(r#""XI""#).is_err());
    assert!(serde_json::from_str::<JobFamily>(r#""Core - Executive Leadership""#).is_err());
    assert!(serde_json::from_str::<NatoBody>(r#""EU""#).is_err());
    assert_eq!(
        serde_json::to_string(&PostNumber::new("PASP", 16).unwrap()).unwrap(),
        r#""PASP0016""#
    );
    assert_eq!(
        serde_json::to_string(&JobFamily::from_sub_family(
            JobSubFamily::ExecutiveLeadership
        ))
        .unwrap(),
        r#""Management - Executive Leadership""#
    );
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<VacancyReference>();
    check::<PostNumber>();
    check::<WorkLevel>();
    check::<JobFamily>();
    check::<JobFamilyName>();
    check::<JobSubFamily>();
    check::<NatoBody>();
    check::<ParseVacancyReferenceError>();
    check::<ParsePostNumberError>();
    check::<ParseWorkLevelError>();
    check::<ParseJobFamilyError>();
    check::<ParseNatoBodyError>();
}

fn round_trip<T>(value: T) -> Result<(), TestCaseError>
where
    T: std::fmt::Display
        + std::str::FromStr
        + serde::Serialize
        + serde::de::DeserializeOwned
        + PartialEq
        + std::fmt::Debug,
    T::Err: std::fmt::Debug,
{
    let parsed = value.to_string().parse::<T>();
    prop_assert!(
        parsed.as_ref().is_ok_and(|p| *p == value),
        "{:?} -> {:?}",
        value,
        parsed
    );
    let json = serde_json::to_string(&value).unwrap();
    prop_assert_eq!(serde_json::from_str::<T>(&json).unwrap(), value);
    Ok(())
}

proptest! {
    #[test]
    fn display_and_serde_round_trip(
        r in any::<VacancyReference>(),
        p in any::<PostNumber>(),
        w in any::<WorkLevel>(),
        f in any::<JobFamily>(),
        n in any::<JobFamilyName>(),
        s in any::<JobSubFamily>(),
        b in any::<NatoBody>(),
    ) {
        round_trip(r)?;
        round_trip(p)?;
        round_trip(w)?;
        round_trip(f)?;
        round_trip(n)?;
        round_trip(s)?;
        round_trip(b)?;
    }

    #[test]
    fn references_from_numbers(n in 0u32..=999_999) {
        let r = VacancyReference::new(n).unwrap();
        prop_assert_eq!(r.as_u32(), n);
        prop_assert_eq!(r.year(), 2000 + (n / 10_000) as i32);
        prop_assert_eq!(r.to_string().len(), 6);
    }

    #[test]
    fn post_numbers_from_parts(division in "[A-Za-z]{2,6}", serial in 0u16..=9999) {
        let p = PostNumber::new(&division, serial).unwrap();
        prop_assert_eq!(p.division(), division.to_uppercase());
        prop_assert_eq!(p.serial(), serial);
        let spaced = format!("{division} {serial:04}");
        prop_assert_eq!(spaced.parse::<PostNumber>(), Ok(p));
    }

    #[test]
    fn arbitrary_strings_never_panic(s in any::<String>()) {
        let _ = s.parse::<VacancyReference>();
        let _ = s.parse::<PostNumber>();
        let _ = s.parse::<WorkLevel>();
        let _ = s.parse::<JobFamily>();
        let _ = s.parse::<JobFamilyName>();
        let _ = s.parse::<JobSubFamily>();
        let _ = s.parse::<NatoBody>();
    }

    #[test]
    fn domain_flavoured_strings_never_panic(
        s in "[0-9A-Za-z ().:;#°\u{A0}\u{2013}\u{2014}/'\u{2019}&\\-ÉéèœŒ]{0,30}"
    ) {
        if let Ok(v) = s.parse::<VacancyReference>() { prop_assert_eq!(v.to_string().parse::<VacancyReference>(), Ok(v)); }
        if let Ok(v) = s.parse::<PostNumber>() { prop_assert_eq!(v.to_string().parse::<PostNumber>(), Ok(v)); }
        if let Ok(v) = s.parse::<WorkLevel>() { prop_assert_eq!(v.to_string().parse::<WorkLevel>(), Ok(v)); }
        if let Ok(v) = s.parse::<JobFamily>() { prop_assert_eq!(v.to_string().parse::<JobFamily>(), Ok(v)); }
        if let Ok(v) = s.parse::<NatoBody>() { prop_assert_eq!(v.to_string().parse::<NatoBody>(), Ok(v)); }
    }

    #[test]
    fn wrong_length_references_are_rejected(n in 0u64..=999_999_999_999, len in 1usize..=12) {
        let digits = format!("{n:012}");
        let text = &digits[12 - len..];
        let parsed = text.parse::<VacancyReference>();
        prop_assert_eq!(parsed.is_ok(), len == 6);
        let json = format!("\"{text}\"");
        prop_assert_eq!(serde_json::from_str::<VacancyReference>(&json).is_ok(), len == 6);
    }
}

#[test]
fn successful_parses_do_not_allocate() {
    fn check<T: std::str::FromStr>(text: &str) {
        let (parsed, count) = counting::allocations_during(|| text.parse::<T>());
        assert!(parsed.is_ok(), "{text:?}");
        assert_eq!(count, 0, "{text:?} allocated");
    }
    for (text, _) in SEED_REFERENCES {
        check::<VacancyReference>(text);
    }
    for text in SEED_POST_NUMBERS {
        check::<PostNumber>(text);
    }
    for text in SEED_WORK_LEVELS {
        check::<WorkLevel>(text);
    }
    for text in SEED_JOB_FAMILIES {
        check::<JobFamily>(text);
    }
    for (text, _) in SEED_BODIES {
        check::<NatoBody>(text);
    }
    // The counter works: building an error allocates.
    let (parsed, count) = counting::allocations_during(|| "EU".parse::<NatoBody>());
    assert!(parsed.is_err() && count > 0);
}
