//! Security clearances: seed spellings, real-world spellings and near
//! misses, exhaustive checks over the closed sets, error messages, and
//! property tests.

use std::collections::HashSet;

use nato_post::{Clearance, ClearanceLevel, OfficialLanguage, ParseClearanceError};
use proptest::prelude::*;

#[path = "util/alloc.rs"]
mod counting;
use counting::count as allocations;

/// Every clearance value, with the label in front of it where one is
/// printed, as it occurs in the five seed notices.
const SEED_SPELLINGS: &[(&str, Clearance)] = &[
    ("(NS)", Clearance::NS),
    ("NS", Clearance::NS),
    ("CTS/A", Clearance::CTS_ATOMAL),
    ("CTS", Clearance::CTS),
    ("COSMIC TOP SECRET/ATOMAL", Clearance::CTS_ATOMAL),
    ("COSMIC TRÈS SECRET/ATOMAL", Clearance::CTS_ATOMAL),
    ("COSMIC TOP SECRET/ATOMAL level", Clearance::CTS_ATOMAL),
    ("SECURITY CLEARANCE\t(NS)", Clearance::NS),
    ("HABILITATION DE SÉCURITÉ : NS", Clearance::NS),
    ("Clearance Level CTS/A", Clearance::CTS_ATOMAL),
    (
        "Niveau de l'habilitation de sécurité CTS/A",
        Clearance::CTS_ATOMAL,
    ),
    ("**Clearance Level** CTS", Clearance::CTS),
    (
        "**Niveau de l'habilitation de sécurité** CTS",
        Clearance::CTS,
    ),
    ("Clearance Level NS", Clearance::NS),
    ("Niveau de l'habilitation de sécurité NS", Clearance::NS),
];

#[test]
fn seed_spellings_parse() {
    for &(text, expected) in SEED_SPELLINGS {
        assert_eq!(text.parse::<Clearance>(), Ok(expected), "{text:?}");
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
    let mut seeds = Vec::new();
    for entry in entries {
        let path = entry.expect("readable seed directory entry").path();
        if path.extension().is_some_and(|ext| ext == "txt") {
            seeds.push(std::fs::read_to_string(&path).expect("readable seed"));
        }
    }
    assert_eq!(seeds.len(), 5, "expected the five seed notices in {dir}");
    for &(text, _) in SEED_SPELLINGS {
        assert!(
            seeds.iter().any(|seed| seed.contains(text)),
            "{text:?} occurs in no seed"
        );
    }
}

#[test]
fn real_world_spellings_parse() {
    let cases: &[(&str, Clearance)] = &[
        ("NS", Clearance::NS),
        ("(NS)", Clearance::NS),
        ("ns", Clearance::NS),
        (" ns. ", Clearance::NS),
        ("NS;", Clearance::NS),
        ("\u{00A0}NS\u{00A0}", Clearance::NS),
        ("CTS", Clearance::CTS),
        ("CTS/A", Clearance::CTS_ATOMAL),
        ("CTS-A", Clearance::CTS_ATOMAL),
        ("CTS\u{2013}A", Clearance::CTS_ATOMAL),
        ("CTS A", Clearance::CTS_ATOMAL),
        ("CTS / A", Clearance::CTS_ATOMAL),
        ("CTSA", Clearance::CTS_ATOMAL),
        ("cts/a", Clearance::CTS_ATOMAL),
        ("NSA", Clearance::NS_ATOMAL),
        ("NCA", Clearance::NC_ATOMAL),
        ("NC/A", Clearance::NC_ATOMAL),
        ("NS/A", Clearance::NS_ATOMAL),
        ("NS/ATOMAL", Clearance::NS_ATOMAL),
        ("NS-ATOMAL", Clearance::NS_ATOMAL),
        ("NU", Clearance::NU),
        ("NR", Clearance::NR),
        ("NC", Clearance::NC),
        ("NATO SECRET", Clearance::NS),
        ("NATO SECRET (NS)", Clearance::NS),
        ("NATO Secret", Clearance::NS),
        ("NATO-SECRET", Clearance::NS),
        ("NATO  SECRET", Clearance::NS),
        ("NS (NATO SECRET)", Clearance::NS),
        ("(NATO SECRET)", Clearance::NS),
        ("NATO SECRET ATOMAL", Clearance::NS_ATOMAL),
        ("NATO SECRET (NSA)", Clearance::NS_ATOMAL),
        ("COSMIC TOP SECRET", Clearance::CTS),
        ("Cosmic Top Secret", Clearance::CTS),
        ("COSMIC TOP SECRET/ATOMAL", Clearance::CTS_ATOMAL),
        ("COSMIC TOP SECRET ATOMAL", Clearance::CTS_ATOMAL),
        ("COSMIC TOP SECRET (CTS)", Clearance::CTS),
        ("COSMIC TOP SECRET/ATOMAL (CTS/A)", Clearance::CTS_ATOMAL),
        ("COSMIC TOP SECRET (CTSA)", Clearance::CTS_ATOMAL),
        ("COSMIC TRÈS SECRET/ATOMAL", Clearance::CTS_ATOMAL),
        ("COSMIC TRES SECRET", Clearance::CTS),
        ("cosmic très secret", Clearance::CTS),
        ("SECRET OTAN", Clearance::NS),
        ("OTAN SECRET", Clearance::NS),
        ("NATO CONFIDENTIAL", Clearance::NC),
        ("NATO CONFIDENTIEL", Clearance::NC),
        ("CONFIDENTIEL OTAN", Clearance::NC),
        ("NATO CONFIDENTIAL/ATOMAL", Clearance::NC_ATOMAL),
        ("NATO RESTRICTED", Clearance::NR),
        ("NATO DIFFUSION RESTREINTE", Clearance::NR),
        ("DIFFUSION RESTREINTE OTAN", Clearance::NR),
        ("NATO UNCLASSIFIED", Clearance::NU),
        ("NATO SANS CLASSIFICATION", Clearance::NU),
        ("NATO NON CLASSIFIÉ", Clearance::NU),
        ("Clearance Level NS", Clearance::NS),
        ("Clearance Level: NS", Clearance::NS),
        ("Clearance: CTS/A", Clearance::CTS_ATOMAL),
        ("Security clearance: NATO SECRET", Clearance::NS),
        ("SECURITY CLEARANCE (NS)", Clearance::NS),
        ("Personnel security clearance: NC", Clearance::NC),
        (
            "Niveau de l'habilitation de sécurité CTS/A",
            Clearance::CTS_ATOMAL,
        ),
        (
            "Niveau de l\u{2019}habilitation de sécurité : NS",
            Clearance::NS,
        ),
        ("Habilitation de sécurité : NS", Clearance::NS),
        ("Habilitation de securite: SECRET OTAN", Clearance::NS),
        ("NS level", Clearance::NS),
        ("NS clearance", Clearance::NS),
        ("COSMIC TOP SECRET clearance level", Clearance::CTS),
        ("«\u{00A0}NS\u{00A0}»", Clearance::NS),
        ("\u{201C}CTS/A\u{201D}", Clearance::CTS_ATOMAL),
    ];
    for &(text, expected) in cases {
        assert_eq!(text.parse::<Clearance>(), Ok(expected), "{text:?}");
    }
}

#[test]
fn near_misses_fail() {
    let cases = [
        "",
        "   ",
        "CTS/B",
        "TS",
        "TOP SECRET",
        "SECRET",
        "CONFIDENTIAL",
        "UNCLASSIFIED",
        "Unclassified",
        "NATO",
        "COSMIC",
        "COSMIC SECRET",
        "NATO TOP SECRET",
        "ATOMAL",
        "A",
        "N S",
        "C T S",
        "NSS",
        "NS1",
        "NS)",
        "(NS",
        "NS+",
        "NS?",
        "NS/ATOMAL/A",
        "CTS ATOMAL ATOMAL",
        "CTS/A/B",
        "NU/A",
        "NRA",
        "NATO RESTRICTED/ATOMAL",
        "NATO SECRET (NC)",
        "CTS (NS)",
        "Clearance Level",
        "Clearance Level:",
        "()",
        "N/A",
        "none",
        "NS NS NS",
        "secret level NS",
    ];
    for text in cases {
        assert!(text.parse::<Clearance>().is_err(), "{text:?} parsed");
        assert!(
            text.parse::<ClearanceLevel>().is_err(),
            "{text:?} parsed as a level"
        );
    }
}

#[test]
fn overlong_input_fails_without_panicking() {
    let long = format!("NS{}", " level".repeat(10_000));
    assert_eq!(
        long.parse::<Clearance>(),
        Err(ParseClearanceError::Unknown(long.clone()))
    );
    let wide = "é".repeat(1_000);
    assert!(wide.parse::<Clearance>().is_err());
}

#[test]
fn levels_round_trip_and_have_labels() {
    let mut seen = HashSet::new();
    for level in ClearanceLevel::iter() {
        assert_eq!(level.to_string(), level.as_str());
        assert_eq!(level.as_str().parse::<ClearanceLevel>(), Ok(level));
        assert!(seen.insert(level.as_str()), "duplicate code {level}");
        for lang in OfficialLanguage::iter() {
            let label = level.label(lang);
            assert!(!label.is_empty());
            assert_eq!(label.parse::<ClearanceLevel>(), Ok(level), "{label:?}");
        }
    }
    for lang in OfficialLanguage::iter() {
        let labels: HashSet<_> = ClearanceLevel::iter().map(|l| l.label(lang)).collect();
        assert_eq!(labels.len(), ClearanceLevel::ALL.len(), "labels in {lang}");
    }
    assert_eq!(
        ClearanceLevel::iter().collect::<Vec<_>>(),
        ClearanceLevel::ALL
    );
    assert!(ClearanceLevel::ALL.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn level_labels_match_the_domain() {
    let english: Vec<_> = ClearanceLevel::iter()
        .map(|l| l.label(OfficialLanguage::English))
        .collect();
    let french: Vec<_> = ClearanceLevel::iter()
        .map(|l| l.label(OfficialLanguage::French))
        .collect();
    assert_eq!(
        english,
        [
            "NATO UNCLASSIFIED",
            "NATO RESTRICTED",
            "NATO CONFIDENTIAL",
            "NATO SECRET",
            "COSMIC TOP SECRET"
        ]
    );
    assert_eq!(
        french,
        [
            "NATO SANS CLASSIFICATION",
            "NATO DIFFUSION RESTREINTE",
            "NATO CONFIDENTIEL",
            "NATO SECRET",
            "COSMIC TRÈS SECRET"
        ]
    );
}

#[test]
fn level_predicates() {
    let personal: Vec<_> = ClearanceLevel::iter()
        .map(ClearanceLevel::requires_personal_clearance)
        .collect();
    assert_eq!(personal, [false, false, true, true, true]);
    let atomal: Vec<_> = ClearanceLevel::iter()
        .map(ClearanceLevel::can_be_atomal)
        .collect();
    assert_eq!(atomal, [false, false, true, true, true]);
    for level in ClearanceLevel::iter() {
        assert_eq!(
            Clearance::atomal(level).is_ok(),
            level.can_be_atomal(),
            "{level}"
        );
        assert_eq!(Clearance::new(level).level(), level);
        assert!(!Clearance::new(level).is_atomal());
        assert_eq!(Clearance::from(level), Clearance::new(level));
    }
}

#[test]
fn clearances_round_trip_and_have_labels() {
    let codes: Vec<_> = Clearance::iter().map(Clearance::as_str).collect();
    assert_eq!(
        codes,
        ["NU", "NR", "NC", "NC/A", "NS", "NS/A", "CTS", "CTS/A"]
    );
    assert_eq!(Clearance::iter().collect::<Vec<_>>(), Clearance::ALL);
    assert!(
        Clearance::ALL.windows(2).all(|w| w[0] < w[1]),
        "ALL is in Ord order"
    );
    for lang in OfficialLanguage::iter() {
        let labels: HashSet<_> = Clearance::iter().map(|c| c.label(lang)).collect();
        assert_eq!(labels.len(), Clearance::ALL.len(), "labels in {lang}");
    }
    for clearance in Clearance::iter() {
        assert_eq!(clearance.to_string(), clearance.as_str());
        assert_eq!(clearance.as_str().parse::<Clearance>(), Ok(clearance));
        for lang in OfficialLanguage::iter() {
            let label = clearance.label(lang);
            assert!(!label.is_empty());
            assert_eq!(label.parse::<Clearance>(), Ok(clearance), "{label:?}");
        }
        if clearance.is_atomal() {
            assert_eq!(Clearance::atomal(clearance.level()), Ok(clearance));
            assert!(clearance.as_str().ends_with("/A"));
        }
    }
    assert_eq!(
        Clearance::CTS_ATOMAL.label(OfficialLanguage::French),
        "COSMIC TRÈS SECRET/ATOMAL"
    );
}

#[test]
fn satisfies_matches_an_independent_oracle() {
    // Rank and marking read from the canonical text, not from the type.
    fn oracle(held: &str, required: &str) -> bool {
        let rank = |s: &str| {
            let code = s.trim_end_matches("/A");
            ["NU", "NR", "NC", "NS", "CTS"]
                .iter()
                .position(|c| *c == code)
                .expect("known code")
        };
        let atomal = |s: &str| s.ends_with("/A");
        rank(held) >= rank(required) && (atomal(held) || !atomal(required))
    }
    let mut satisfied = 0;
    for held in Clearance::iter() {
        for required in Clearance::iter() {
            let expected = oracle(held.as_str(), required.as_str());
            assert_eq!(
                held.satisfies(required),
                expected,
                "{held} satisfies {required}"
            );
            satisfied += usize::from(expected);
        }
    }
    // NU..NR satisfy 1+2, NC 3, NC/A 4, NS 4, NS/A 6, CTS 5, CTS/A 8.
    assert_eq!(satisfied, 1 + 2 + 3 + 4 + 4 + 6 + 5 + 8);
    assert!(!Clearance::CTS.satisfies(Clearance::NS_ATOMAL));
    assert!(Clearance::CTS < Clearance::CTS_ATOMAL);
    assert!(Clearance::NS_ATOMAL < Clearance::CTS);
}

#[test]
fn error_messages() {
    let message = |s: &str| s.parse::<Clearance>().unwrap_err().to_string();
    assert_eq!(message("CTS/B"), r#"unknown clearance level "CTS/B""#);
    assert_eq!(message("TS"), r#"unknown clearance level "TS""#);
    assert_eq!(message(""), "empty clearance level");
    assert_eq!(message("Clearance Level:"), "empty clearance level");
    assert_eq!(
        message("NU/A"),
        r#"invalid clearance "NU/A": ATOMAL exists only at NC, NS and CTS, not at NU"#
    );
    assert_eq!(
        message("NATO RESTRICTED ATOMAL"),
        r#"invalid clearance "NATO RESTRICTED ATOMAL": ATOMAL exists only at NC, NS and CTS, not at NR"#
    );
    assert_eq!(
        message("NATO SECRET (NC)"),
        r#"conflicting clearance levels NS and NC in "NATO SECRET (NC)""#
    );
    assert_eq!(
        "CTS/A".parse::<ClearanceLevel>().unwrap_err().to_string(),
        r#"unexpected ATOMAL marking in clearance level "CTS/A""#
    );
    assert_eq!(
        Clearance::atomal(ClearanceLevel::NatoRestricted)
            .unwrap_err()
            .to_string(),
        r#"invalid clearance "NR/A": ATOMAL exists only at NC, NS and CTS, not at NR"#
    );
}

#[test]
fn errors_keep_the_input() {
    assert_eq!(
        "CTS/B".parse::<Clearance>(),
        Err(ParseClearanceError::Unknown("CTS/B".to_owned()))
    );
    assert_eq!("  ".parse::<Clearance>(), Err(ParseClearanceError::Empty));
    assert_eq!(
        "NU/A".parse::<Clearance>(),
        Err(ParseClearanceError::AtomalBelowConfidential {
            level: ClearanceLevel::NatoUnclassified,
            input: "NU/A".to_owned()
        })
    );
    assert_eq!(
        "NATO SECRET (NC)".parse::<Clearance>(),
        Err(ParseClearanceError::Conflicting {
            first: ClearanceLevel::NatoSecret,
            second: ClearanceLevel::NatoConfidential,
            input: "NATO SECRET (NC)".to_owned()
        })
    );
    assert_eq!(
        "NSA".parse::<ClearanceLevel>(),
        Err(ParseClearanceError::UnexpectedAtomal("NSA".to_owned()))
    );
}

#[test]
fn serde_uses_the_canonical_string() {
    assert_eq!(
        serde_json::to_string(&Clearance::CTS_ATOMAL).unwrap(),
        r#""CTS/A""#
    );
    assert_eq!(
        serde_json::to_string(&ClearanceLevel::NatoSecret).unwrap(),
        r#""NS""#
    );
    assert_eq!(
        serde_json::from_str::<Clearance>(r#""NATO SECRET (NS)""#).unwrap(),
        Clearance::NS
    );
    assert!(serde_json::from_str::<Clearance>(r#""NU/A""#).is_err());
    assert!(serde_json::from_str::<ClearanceLevel>(r#""CTS/A""#).is_err());
    assert!(serde_json::from_str::<Clearance>("3").is_err());
}

#[test]
fn successful_parses_do_not_allocate() {
    let inputs: Vec<&str> = SEED_SPELLINGS
        .iter()
        .map(|(text, _)| *text)
        .chain([
            "NATO SECRET (NS)",
            "COSMIC TRES SECRET",
            "Habilitation de sécurité : SECRET OTAN",
            "ctsa",
        ])
        .collect();
    for text in inputs {
        let before = allocations();
        let parsed = text.parse::<Clearance>();
        let after = allocations();
        assert!(parsed.is_ok(), "{text:?}");
        assert_eq!(after, before, "parsing {text:?} allocated");
        if parsed.is_ok_and(|c| !c.is_atomal()) {
            let before = allocations();
            let level = text.parse::<ClearanceLevel>();
            assert_eq!(
                allocations(),
                before,
                "parsing the level {text:?} allocated"
            );
            assert!(level.is_ok(), "{text:?}");
        }
    }
    // The counter works: an error keeps the input in a String.
    let before = allocations();
    let err = "CTS/B".parse::<Clearance>();
    assert!(allocations() > before);
    drop(err);
}

#[test]
fn public_types_are_send_sync() {
    fn assert_send_sync<T: Send + Sync + 'static>() {}
    assert_send_sync::<Clearance>();
    assert_send_sync::<ClearanceLevel>();
    assert_send_sync::<ParseClearanceError>();
}

/// Strings built from the words and punctuation clearances are written with.
fn clearance_flavoured() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "NS",
        "NC",
        "NU",
        "NR",
        "CTS",
        "CTSA",
        "NSA",
        "A",
        "ATOMAL",
        "NATO",
        "OTAN",
        "COSMIC",
        "TOP",
        "TRÈS",
        "SECRET",
        "CONFIDENTIAL",
        "RESTRICTED",
        "UNCLASSIFIED",
        "DIFFUSION",
        "RESTREINTE",
        "Clearance",
        "Level",
        "Niveau",
        "de",
        "l'habilitation",
        "sécurité",
        "(",
        ")",
        "/",
        "-",
        ":",
        " ",
        "\u{00A0}",
        "\u{2013}",
        ";",
        ".",
        "é",
        "ß",
        "\u{1F600}",
    ]);
    prop::collection::vec(pieces, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn display_then_parse_is_identity(clearance in any::<Clearance>(), level in any::<ClearanceLevel>()) {
        prop_assert_eq!(clearance.to_string().parse::<Clearance>(), Ok(clearance));
        prop_assert_eq!(level.to_string().parse::<ClearanceLevel>(), Ok(level));
    }

    #[test]
    fn serde_round_trip_is_identity(clearance in any::<Clearance>(), level in any::<ClearanceLevel>()) {
        let json = serde_json::to_string(&clearance).unwrap();
        prop_assert_eq!(serde_json::from_str::<Clearance>(&json).unwrap(), clearance);
        let json = serde_json::to_string(&level).unwrap();
        prop_assert_eq!(serde_json::from_str::<ClearanceLevel>(&json).unwrap(), level);
    }

    #[test]
    fn arbitrary_strings_never_panic(s in any::<String>()) {
        let _ = s.parse::<Clearance>();
        let _ = s.parse::<ClearanceLevel>();
    }

    #[test]
    fn flavoured_strings_never_panic_and_parse_consistently(s in clearance_flavoured()) {
        let clearance = s.parse::<Clearance>();
        let level = s.parse::<ClearanceLevel>();
        if let Ok(c) = clearance {
            // A parsed value is always valid and round-trips.
            prop_assert!(!c.is_atomal() || c.level().can_be_atomal());
            prop_assert_eq!(c.to_string().parse::<Clearance>(), Ok(c));
            prop_assert_eq!(level.is_ok(), !c.is_atomal());
        } else {
            prop_assert!(level.is_err());
        }
    }

    #[test]
    fn deserializing_an_invalid_value_fails(s in clearance_flavoured()) {
        let json = serde_json::to_string(&s).unwrap();
        if s.parse::<Clearance>().is_err() {
            prop_assert!(serde_json::from_str::<Clearance>(&json).is_err());
        }
        let invalid = serde_json::to_string(&format!("{s}/B")).unwrap();
        prop_assert!(serde_json::from_str::<Clearance>(&invalid).is_err());
    }
}
