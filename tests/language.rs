//! Language proficiency: levels, requirements, profiles and checks.

use nato_post::OfficialLanguage::{self, English, French};
use nato_post::Proficiency::{self, I, II, III, IV, V, VI};
use nato_post::{
    LanguageCheck, LanguageProfile, LanguageRequirement, LanguageShortfall, LanguageShortfalls,
    ParseLanguageProfileError, ParseLanguageRequirementError, ParseProficiencyError,
};
use proptest::prelude::*;

fn either(a: Proficiency, b: Proficiency) -> LanguageRequirement {
    LanguageRequirement::either(a, b)
}

fn named(english: Proficiency, french: Proficiency) -> LanguageRequirement {
    LanguageRequirement::named(english, french)
}

fn profile(english: Option<Proficiency>, french: Option<Proficiency>) -> LanguageProfile {
    LanguageProfile::new(english, french)
}

// ---------------------------------------------------------------------------
// (1) Every language value printed in the five seed notices.
// ---------------------------------------------------------------------------

/// The requirement sentences of the seeds, English and French, as printed.
const SEED_REQUIREMENTS: &[(&str, LanguageRequirement)] = &[
    (
        r#"possess the following minimum levels of NATO's official languages (English/French): V ("Advanced") in one; and II ("Elementary") in the other;"#,
        LanguageRequirement::either(V, II),
    ),
    (
        r#"possess the following minimum levels of NATO's official languages (English/French): VI ("Proficiency") in one; III ("Intermediate") in the other."#,
        LanguageRequirement::either(VI, III),
    ),
    (
        r#"possess the following minimum levels of NATO's official languages (English/French): V ("Advanced") in one; I ("Beginner") in the other;"#,
        LanguageRequirement::either(V, I),
    ),
    (
        r#"possess the following minimum levels of NATO's official languages (English/French): VI ("Proficiency") in one; I ("Beginner") in the other."#,
        LanguageRequirement::either(VI, I),
    ),
    (
        r#"possess the following minimum levels of NATO's official languages (English/French): V ("Advanced") in one; II ("Elementary") in the other;"#,
        LanguageRequirement::either(V, II),
    ),
    (
        "avoir au minimum le niveau de compétence V (« avancé ») dans l'une des deux langues officielles de l'OTAN (anglais/français), et le niveau II (« élémentaire ») dans l'autre ;",
        LanguageRequirement::either(V, II),
    ),
    (
        "avoir au minimum le niveau de compétence VI (« maîtrise ») dans l'une des deux langues officielles de l'OTAN (anglais/français), et le niveau III (« intermédiaire ») dans l'autre.",
        LanguageRequirement::either(VI, III),
    ),
    (
        "avoir au minimum le niveau de compétence V (« avancé ») dans l'une des deux langues officielles de l'OTAN (anglais/français), et le niveau I (« débutant ») dans l'autre ;",
        LanguageRequirement::either(V, I),
    ),
    (
        "avoir au minimum le niveau de compétence VI (« maîtrise ») dans l'une des deux langues officielles de l'OTAN (anglais/français), et le niveau I (« débutant ») dans l'autre ;",
        LanguageRequirement::either(VI, I),
    ),
];

/// The levels of the seeds, numeral and quoted name, as printed.
const SEED_LEVELS: &[(&str, Proficiency)] = &[
    (r#"I ("Beginner")"#, I),
    (r#"II ("Elementary")"#, II),
    (r#"III ("Intermediate")"#, III),
    (r#"V ("Advanced")"#, V),
    (r#"VI ("Proficiency")"#, VI),
    ("I (« débutant »)", I),
    ("II (« élémentaire »)", II),
    ("III (« intermédiaire »)", III),
    ("V (« avancé »)", V),
    ("VI (« maîtrise »)", VI),
];

#[test]
fn seed_requirements_parse_to_their_values() {
    for &(text, expected) in SEED_REQUIREMENTS {
        assert_eq!(text.parse::<LanguageRequirement>(), Ok(expected), "{text}");
    }
}

#[test]
fn seed_levels_parse_to_their_values() {
    for &(text, expected) in SEED_LEVELS {
        assert_eq!(text.parse::<Proficiency>(), Ok(expected), "{text}");
    }
}

#[test]
fn seed_strings_occur_in_the_seeds() {
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
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    assert_eq!(seeds.len(), 5, "five seed notices in {dir}");
    let strings = SEED_REQUIREMENTS
        .iter()
        .map(|(s, _)| *s)
        .chain(SEED_LEVELS.iter().map(|(s, _)| *s));
    for text in strings {
        assert!(
            seeds.iter().any(|seed| seed.contains(text)),
            "not in any seed: {text}"
        );
    }
    // Every seed states its requirement in English and in French.
    for seed in &seeds {
        let english = SEED_REQUIREMENTS
            .iter()
            .filter(|(s, _)| s.starts_with("possess"))
            .any(|(s, _)| seed.contains(s));
        let french = SEED_REQUIREMENTS
            .iter()
            .filter(|(s, _)| s.starts_with("avoir"))
            .any(|(s, _)| seed.contains(s));
        assert!(
            english && french,
            "a seed's language requirement is missing from the table"
        );
    }
}

/// An input and the error variant it must give, holding the input.
type Case<E> = (&'static str, fn(String) -> E);

// ---------------------------------------------------------------------------
// (2) Wider real-world spellings, and near misses.
// ---------------------------------------------------------------------------

#[test]
fn proficiency_spellings() {
    let cases: &[(&str, Proficiency)] = &[
        ("V", V),
        ("v", V),
        ("5", V),
        (" VI ", VI),
        ("Level V", V),
        ("level 4", IV),
        ("niveau V", V),
        ("Niveau III", III),
        (r#"V ("Advanced")"#, V),
        ("V (« avancé »)", V),
        ("V (\u{201C}Advanced\u{201D})", V),
        ("V\u{00A0}(«\u{00A0}avancé\u{00A0}»)", V),
        ("(V)", V),
        ("V;", V),
        ("V.", V),
        ("Advanced", V),
        ("advanced", V),
        ("avancé", V),
        ("AVANCE", V),
        ("maîtrise", VI),
        ("maitrise", VI),
        ("Proficiency", VI),
        ("Beginner", I),
        ("débutant", I),
        ("Elementary", II),
        ("élémentaire", II),
        ("Intermediate", III),
        ("intermédiaire", III),
        ("Upper Intermediate", IV),
        ("upper-intermediate", IV),
        ("Upper\u{2013}Intermediate", IV),
        ("intermédiaire supérieur", IV),
        ("IV (Upper Intermediate)", IV),
        ("IV (« intermédiaire supérieur »)", IV),
        ("III (« intermédiaire »)", III),
        ("Level VI (Proficiency)", VI),
        ("1", I),
        ("6", VI),
        ("i", I),
        ("iii", III),
    ];
    for &(text, expected) in cases {
        assert_eq!(text.parse::<Proficiency>(), Ok(expected), "{text:?}");
    }
}

#[test]
fn proficiency_near_misses() {
    let misses = [
        "",
        " ",
        "IIII",
        "VII",
        "VIII",
        "IX",
        "X",
        "0",
        "7",
        "10",
        "55",
        "Level",
        "niveau",
        "V II",
        "V in one",
        "G5",
        "B1",
        "C2",
        "Upper",
        "supérieur",
        "Advance",
        "Expert",
        "English V",
        "V/II",
        "V and II",
        "-",
    ];
    for text in misses {
        assert!(
            text.parse::<Proficiency>().is_err(),
            "{text:?} should not parse"
        );
    }
    for text in [
        r#"V ("Beginner")"#,
        "III (« avancé »)",
        "Advanced maîtrise",
        "IV (Intermediate)",
    ] {
        assert_eq!(
            text.parse::<Proficiency>(),
            Err(ParseProficiencyError::Conflicting(text.to_owned())),
            "{text:?}"
        );
    }
}

#[test]
fn requirement_spellings() {
    let cases: &[(&str, LanguageRequirement)] = &[
        (
            r#"V ("Advanced") in one; II ("Elementary") in the other"#,
            either(V, II),
        ),
        ("VI in one; III in the other", either(VI, III)),
        ("V in one, II in the other", either(V, II)),
        ("V in one and II in the other", either(V, II)),
        ("II in the other; V in one", either(V, II)),
        ("V in one; II in the other.", either(V, II)),
        (
            "level V in one language; level II in the other",
            either(V, II),
        ),
        ("(V in one; II in the other)", either(V, II)),
        ("v in ONE;   ii in THE OTHER ;", either(V, II)),
        ("5 in one; 2 in the other", either(V, II)),
        ("Advanced in one; Elementary in the other", either(V, II)),
        (
            "IV (Upper Intermediate) in one; III (Intermediate) in the other",
            either(IV, III),
        ),
        ("V in one; II", either(V, II)),
        (
            "niveau VI dans l'une des langues et niveau I dans l'autre",
            either(VI, I),
        ),
        (
            "niveau VI dans l\u{2019}une des langues et niveau I dans l\u{2019}autre",
            either(VI, I),
        ),
        ("VI dans l'une, III dans l'autre", either(VI, III)),
        (
            "avoir au minimum le niveau de compétence V (« avancé ») dans l'une des deux langues officielles de l'OTAN (anglais/français), et le niveau II (« élémentaire ») dans l'autre ;",
            either(V, II),
        ),
        (
            "possess the following minimum levels of NATO's official languages (English/French): V (\u{201C}Advanced\u{201D}) in one; and II (\u{201C}Elementary\u{201D}) in the other;",
            either(V, II),
        ),
        (
            "possess the following minimum levels of proficiency in NATO's official languages (English/French): V in one; II in the other",
            either(V, II),
        ),
        ("VI in French; I in English", named(I, VI)),
        ("I in English; VI in French", named(I, VI)),
        ("VI in English and III in French", named(VI, III)),
        ("English VI; French III", named(VI, III)),
        ("VI (« maîtrise ») en français ; I en anglais", named(I, VI)),
        ("VI in French; I in the other", named(I, VI)),
        ("V in one; II in English", named(II, V)),
        ("IV in English; IV in French", LanguageRequirement::both(IV)),
        ("VI in both", LanguageRequirement::both(VI)),
        (
            "VI in both official languages",
            LanguageRequirement::both(VI),
        ),
        ("VI dans les deux langues", LanguageRequirement::both(VI)),
        ("VI in English and French", LanguageRequirement::both(VI)),
        (
            "VI en anglais et en français",
            LanguageRequirement::both(VI),
        ),
        ("Proficiency in both", LanguageRequirement::both(VI)),
        (
            "level V in each official language",
            LanguageRequirement::both(V),
        ),
    ];
    for &(text, expected) in cases {
        assert_eq!(
            text.parse::<LanguageRequirement>(),
            Ok(expected),
            "{text:?}"
        );
    }
}

#[test]
fn requirement_near_misses() {
    use ParseLanguageRequirementError as E;
    let cases: &[Case<E>] = &[
        ("", E::NoLevel),
        ("in one; in the other", E::NoLevel),
        (
            "possess the following minimum levels of NATO's official languages (English/French)",
            E::NoLevel,
        ),
        ("V in one", E::MissingOther),
        ("VI in English", E::MissingOther),
        ("V", E::MissingOther),
        (
            "a higher level of proficiency in NATO's second official language",
            E::MissingOther,
        ),
        (
            "V in one; II in the other; I in the third",
            E::TooManyLevels,
        ),
        ("V; II", E::Ambiguous),
        ("V II in one", E::Ambiguous),
        ("V in one; II in one", E::Ambiguous),
        ("VI in French; I in French", E::Ambiguous),
        ("VI in French; I", E::Ambiguous),
        ("VI in both; I in the other", E::Ambiguous),
        (
            r#"V ("Beginner") in one; II in the other"#,
            E::ConflictingLevel,
        ),
    ];
    for &(text, variant) in cases {
        assert_eq!(
            text.parse::<LanguageRequirement>(),
            Err(variant(text.to_owned())),
            "{text:?}"
        );
    }
    for (text, level) in [
        ("VII in one; II in the other", "VII"),
        ("IIII in one; II in the other", "IIII"),
        ("V in one; 0 in the other", "0"),
        ("SLP 3333", "3333"),
    ] {
        assert_eq!(
            text.parse::<LanguageRequirement>(),
            Err(E::InvalidLevel {
                input: text.to_owned(),
                level: level.to_owned()
            }),
            "{text:?}"
        );
    }
}

#[test]
fn profile_spellings() {
    let cases: &[(&str, LanguageProfile)] = &[
        ("English V; French II", profile(Some(V), Some(II))),
        ("EN V / FR II", profile(Some(V), Some(II))),
        ("en v, fr ii", profile(Some(V), Some(II))),
        ("French II; English V", profile(Some(V), Some(II))),
        ("français : II ; anglais : V", profile(Some(V), Some(II))),
        (
            "English: Advanced; French: Elementary",
            profile(Some(V), Some(II)),
        ),
        (
            r#"English V ("Advanced"); French II (« élémentaire »)"#,
            profile(Some(V), Some(II)),
        ),
        (
            "English level 5 and French level 2",
            profile(Some(V), Some(II)),
        ),
        ("English V; French -", profile(Some(V), None)),
        ("English \u{2013}; French VI", profile(None, Some(VI))),
        ("English V", profile(Some(V), None)),
        ("English -; French -", profile(None, None)),
        ("French Upper Intermediate", profile(None, Some(IV))),
    ];
    for &(text, expected) in cases {
        assert_eq!(text.parse::<LanguageProfile>(), Ok(expected), "{text:?}");
    }
}

#[test]
fn profile_near_misses() {
    use ParseLanguageProfileError as E;
    let cases: &[Case<E>] = &[
        ("", E::NoLanguage),
        ("-", E::NoLanguage),
        ("V/II", E::MissingLanguage),
        ("V English", E::MissingLanguage),
        ("English V; English II", E::RepeatedLanguage),
        ("EN V; anglais V", E::RepeatedLanguage),
        ("English V II", E::ConflictingLevel),
        (r#"English V ("Beginner")"#, E::ConflictingLevel),
    ];
    for &(text, variant) in cases {
        assert_eq!(
            text.parse::<LanguageProfile>(),
            Err(variant(text.to_owned())),
            "{text:?}"
        );
    }
    assert_eq!(
        "English VII".parse::<LanguageProfile>(),
        Err(E::InvalidLevel {
            input: "English VII".to_owned(),
            level: "VII".to_owned()
        })
    );
    assert_eq!(
        "English fluent".parse::<LanguageProfile>(),
        Err(E::UnexpectedWord {
            input: "English fluent".to_owned(),
            word: "fluent".to_owned()
        })
    );
    assert_eq!(
        "German V".parse::<LanguageProfile>(),
        Err(E::UnexpectedWord {
            input: "German V".to_owned(),
            word: "German".to_owned()
        })
    );
}

// ---------------------------------------------------------------------------
// (3) Exhaustive loops over the closed domains.
// ---------------------------------------------------------------------------

#[test]
fn every_level_round_trips_and_is_labelled() {
    assert_eq!(Proficiency::ALL.len(), 6);
    assert!(Proficiency::iter().eq(Proficiency::ALL));
    for (i, level) in Proficiency::iter().enumerate() {
        let n = u8::try_from(i + 1).expect("six levels");
        assert_eq!(level.level(), n);
        assert_eq!(Proficiency::new(n), Some(level));
        assert_eq!(level.to_string(), level.as_str());
        assert_eq!(level.as_str().parse::<Proficiency>(), Ok(level));
        assert_eq!(
            level.as_str().to_lowercase().parse::<Proficiency>(),
            Ok(level)
        );
        assert_eq!(n.to_string().parse::<Proficiency>(), Ok(level));
        for lang in OfficialLanguage::iter() {
            let label = level.label(lang);
            assert!(!label.is_empty());
            assert_eq!(label.parse::<Proficiency>(), Ok(level), "{label}");
            assert_eq!(
                format!("{level} (« {label} »)").parse::<Proficiency>(),
                Ok(level)
            );
            assert_eq!(format!("Level {level}").parse::<Proficiency>(), Ok(level));
        }
        assert_eq!(
            serde_json::to_string(&level).expect("serialize"),
            format!("\"{level}\"")
        );
    }
    for n in [0, 7, 8, 255] {
        assert_eq!(Proficiency::new(n), None);
    }
    assert!(Proficiency::ALL.windows(2).all(|w| w[0] < w[1]));
    for lang in OfficialLanguage::iter() {
        let mut labels: Vec<_> = Proficiency::iter().map(|l| l.label(lang)).collect();
        labels.sort_unstable();
        labels.dedup();
        assert_eq!(labels.len(), 6, "labels in {lang} are distinct");
    }
    let cefr: Vec<_> = Proficiency::iter().map(Proficiency::cefr).collect();
    assert_eq!(cefr, ["A1", "A2", "B1", "B2", "C1", "C2"]);
    assert_eq!(V.label(English), "Advanced");
    assert_eq!(IV.label(French), "intermédiaire supérieur");
}

#[test]
fn every_requirement_round_trips() {
    for a in Proficiency::iter() {
        for b in Proficiency::iter() {
            for req in [either(a, b), named(a, b)] {
                let text = req.to_string();
                assert_eq!(text.parse::<LanguageRequirement>(), Ok(req), "{text}");
                assert_eq!(req.higher(), a.max(b));
                assert_eq!(req.lower(), a.min(b));
            }
            assert_eq!(either(a, b), either(b, a));
            let unordered = either(a, b);
            let tied = named(a, b);
            assert_eq!(tied.minimum_in(English), Some(a));
            assert_eq!(tied.minimum_in(French), Some(b));
            assert!(tied.is_named());
            if a == b {
                assert_eq!(unordered, LanguageRequirement::both(a));
                assert_eq!(tied, LanguageRequirement::both(a));
                assert_eq!(unordered.to_string(), format!("{a} in both"));
                assert_eq!(unordered.stronger_language(), None);
            } else {
                assert!(!unordered.is_named());
                assert_eq!(unordered.minimum_in(English), None);
                assert_eq!(
                    unordered.to_string(),
                    format!("{} in one; {} in the other", a.max(b), a.min(b))
                );
                let stronger = if a > b { English } else { French };
                assert_eq!(tied.stronger_language(), Some(stronger));
                assert_eq!(
                    tied.to_string(),
                    format!(
                        "{} in {stronger}; {} in {}",
                        a.max(b),
                        a.min(b),
                        stronger.other()
                    )
                );
                assert_ne!(unordered, tied);
            }
        }
    }
}

#[test]
fn every_profile_round_trips() {
    let levels: Vec<_> = std::iter::once(None)
        .chain(Proficiency::iter().map(Some))
        .collect();
    for &english in &levels {
        for &french in &levels {
            let p = profile(english, french);
            assert_eq!(p.level(English), english);
            assert_eq!(p.level(French), french);
            let text = p.to_string();
            assert_eq!(text.parse::<LanguageProfile>(), Ok(p), "{text}");
        }
    }
    assert_eq!(profile(Some(V), None).to_string(), "English V; French -");
}

/// The expected check, computed the long way: every arrangement, its
/// per-language shortfalls, the first met or the smallest total.
struct Expected {
    met: bool,
    stronger: OfficialLanguage,
    /// `(required, levels short)` per language, English first.
    short: [Option<(Proficiency, u8)>; 2],
}

fn oracle(req: &Req, p: LanguageProfile) -> Expected {
    let held = |x: Option<Proficiency>| x.map_or(0u8, |l| l.level());
    let (e, f) = (held(p.english), held(p.french));
    let person = if f > e { French } else { English };
    // (stronger, required English, required French)
    let arrangements: Vec<(OfficialLanguage, Proficiency, Proficiency)> = match *req {
        Req::Named(en, fr) if en != fr => vec![(if en > fr { English } else { French }, en, fr)],
        Req::Named(x, y) | Req::Either(x, y) => {
            let (hi, lo) = (x.max(y), x.min(y));
            let arrange = |s: OfficialLanguage| {
                if s == English {
                    (s, hi, lo)
                } else {
                    (s, lo, hi)
                }
            };
            vec![
                arrange(person),
                arrange(if person == English { French } else { English }),
            ]
        }
    };
    let short =
        |req: Proficiency, held: u8| (req.level() > held).then(|| (req, req.level() - held));
    let mut best: Option<Expected> = None;
    for (stronger, re, rf) in arrangements {
        let s = [short(re, e), short(rf, f)];
        let total: u8 = s.iter().flatten().map(|x| x.1).sum();
        if total == 0 {
            return Expected {
                met: true,
                stronger,
                short: [None, None],
            };
        }
        let best_total = best
            .as_ref()
            .map(|b| b.short.iter().flatten().map(|x| x.1).sum::<u8>());
        if best_total.is_none_or(|b| total < b) {
            best = Some(Expected {
                met: false,
                stronger,
                short: s,
            });
        }
    }
    best.expect("at least one arrangement")
}

#[derive(Clone, Copy, Debug)]
enum Req {
    Either(Proficiency, Proficiency),
    Named(Proficiency, Proficiency),
}

#[test]
fn every_check_agrees_with_the_oracle() {
    let levels: Vec<Option<Proficiency>> = std::iter::once(None)
        .chain(Proficiency::iter().map(Some))
        .collect();
    let mut met = 0;
    let mut total = 0;
    for a in Proficiency::iter() {
        for b in Proficiency::iter() {
            for spec in [Req::Either(a, b), Req::Named(a, b)] {
                let req = match spec {
                    Req::Either(x, y) => either(x, y),
                    Req::Named(x, y) => named(x, y),
                };
                for &english in &levels {
                    for &french in &levels {
                        let p = profile(english, french);
                        let want = oracle(&spec, p);
                        let got = req.check(&p);
                        total += 1;
                        assert_eq!(got.is_met(), want.met, "{req} vs {p}");
                        // Textbook rule, independent of arrangements.
                        let (e, f) = (
                            english.map_or(0, |l| l.level()),
                            french.map_or(0, |l| l.level()),
                        );
                        let (h, l) = (a.max(b).level(), a.min(b).level());
                        let textbook = match spec {
                            Req::Either(..) => (e >= h && f >= l) || (f >= h && e >= l),
                            Req::Named(x, y) => e >= x.level() && f >= y.level(),
                        };
                        assert_eq!(got.is_met(), textbook, "{req} vs {p}");
                        match got {
                            LanguageCheck::Met { stronger } => {
                                met += 1;
                                assert_eq!(stronger, want.stronger, "{req} vs {p}");
                            }
                            LanguageCheck::NotMet { shortfalls } => {
                                assert_eq!(shortfalls.stronger(), want.stronger, "{req} vs {p}");
                                assert!(shortfalls.iter().next().is_some());
                                for (i, lang) in OfficialLanguage::iter().enumerate() {
                                    let got = shortfalls.get(lang);
                                    assert_eq!(
                                        got.map(|s| (s.required(), s.levels_short())),
                                        want.short[i],
                                        "{req} vs {p}"
                                    );
                                    if let Some(s) = got {
                                        assert_eq!(s.language(), lang);
                                        assert_eq!(s.held(), p.level(lang));
                                    }
                                }
                                let sum: u8 = want.short.iter().flatten().map(|x| x.1).sum();
                                assert_eq!(shortfalls.total_levels_short(), sum);
                            }
                        }
                    }
                }
            }
        }
    }
    assert_eq!(total, 72 * 49);
    assert!(met > 0 && met < total);
}

#[test]
fn check_prefers_the_persons_stronger_language() {
    let req = either(V, II);
    assert_eq!(
        req.check(&profile(Some(VI), Some(VI))),
        LanguageCheck::Met { stronger: English }
    );
    assert_eq!(
        req.check(&profile(Some(V), Some(VI))),
        LanguageCheck::Met { stronger: French }
    );
    assert_eq!(
        req.check(&profile(Some(II), Some(V))),
        LanguageCheck::Met { stronger: French }
    );
    let LanguageCheck::NotMet { shortfalls } = req.check(&profile(Some(IV), None)) else {
        panic!("French unknown");
    };
    assert_eq!(shortfalls.stronger(), English);
    let french = shortfalls.get(French).expect("French short");
    assert_eq!(
        (french.required(), french.held(), french.levels_short()),
        (II, None, 2)
    );
    assert_eq!(shortfalls.get(English).map(|s| s.levels_short()), Some(1));
}

#[test]
fn public_types_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync + 'static>() {}
    assert_send_sync::<Proficiency>();
    assert_send_sync::<LanguageRequirement>();
    assert_send_sync::<LanguageProfile>();
    assert_send_sync::<LanguageCheck>();
    assert_send_sync::<LanguageShortfalls>();
    assert_send_sync::<LanguageShortfall>();
    assert_send_sync::<ParseProficiencyError>();
    assert_send_sync::<ParseLanguageRequirementError>();
    assert_send_sync::<ParseLanguageProfileError>();
}

// ---------------------------------------------------------------------------
// (4) Error messages are API.
// ---------------------------------------------------------------------------

#[test]
fn error_messages() {
    let msg = |r: Result<Proficiency, ParseProficiencyError>| r.expect_err("error").to_string();
    assert_eq!(
        msg("VII".parse()),
        r#"unknown language proficiency level "VII""#
    );
    assert_eq!(
        msg("IIII".parse()),
        r#"unknown language proficiency level "IIII""#
    );
    assert_eq!(
        msg(r#"V ("Beginner")"#.parse()),
        r#"conflicting language proficiency level "V (\"Beginner\")": the numeral and the name disagree"#
    );

    let req = |s: &str| {
        s.parse::<LanguageRequirement>()
            .expect_err("error")
            .to_string()
    };
    assert_eq!(
        req("in one; in the other"),
        r#"no proficiency level in language requirement "in one; in the other""#
    );
    assert_eq!(
        req("VII in one; II in the other"),
        r#"invalid proficiency level "VII" in language requirement "VII in one; II in the other""#
    );
    assert_eq!(
        req("V (Beginner) in one; II in the other"),
        r#"conflicting proficiency levels in language requirement "V (Beginner) in one; II in the other": a numeral and a level name disagree"#
    );
    assert_eq!(
        req("V in one"),
        r#"only one proficiency level in language requirement "V in one": the level for the other language is missing"#
    );
    assert_eq!(
        req("V; II; I in one"),
        r#"more than two proficiency levels in language requirement "V; II; I in one""#
    );
    assert_eq!(
        req("V; II"),
        r#"ambiguous language requirement "V; II": it does not say which language needs which level"#
    );

    let prof = |s: &str| s.parse::<LanguageProfile>().expect_err("error").to_string();
    assert_eq!(prof(""), r#"no language named in language profile """#);
    assert_eq!(
        prof("V/II"),
        r#"level without a language in language profile "V/II""#
    );
    assert_eq!(
        prof("EN V; EN II"),
        r#"language named twice in language profile "EN V; EN II""#
    );
    assert_eq!(
        prof("EN VII"),
        r#"invalid proficiency level "VII" in language profile "EN VII""#
    );
    assert_eq!(
        prof("EN V IV"),
        r#"conflicting proficiency levels in language profile "EN V IV""#
    );
    assert_eq!(
        prof("EN good"),
        r#"unexpected word "good" in language profile "EN good""#
    );
}

#[test]
fn serde_goes_through_the_string_form() {
    let req = either(V, II);
    assert_eq!(
        serde_json::to_string(&req).expect("serialize"),
        r#""V in one; II in the other""#
    );
    let p = profile(Some(V), None);
    assert_eq!(
        serde_json::to_string(&p).expect("serialize"),
        r#""English V; French -""#
    );
    assert_eq!(
        serde_json::from_str::<Proficiency>(r#""niveau V""#).expect("valid"),
        V
    );
    assert!(serde_json::from_str::<Proficiency>(r#""VII""#).is_err());
    assert!(serde_json::from_str::<Proficiency>("5").is_err());
    assert!(serde_json::from_str::<LanguageRequirement>(r#""V in one""#).is_err());
    assert!(serde_json::from_str::<LanguageProfile>(r#""V/II""#).is_err());
}

// ---------------------------------------------------------------------------
// (5) Properties.
// ---------------------------------------------------------------------------

/// Words and marks that occur in language sentences, to build near misses.
const ALPHABET: &[&str] = &[
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "IIII",
    "X",
    "0",
    "5",
    "7",
    "in",
    "one",
    "the",
    "other",
    "both",
    "English",
    "French",
    "anglais",
    "français",
    "EN",
    "FR",
    "l'une",
    "l'autre",
    "deux",
    "dans",
    "and",
    "et",
    "Level",
    "niveau",
    "Advanced",
    "avancé",
    "Upper",
    "Intermediate",
    "intermédiaire",
    "supérieur",
    "maîtrise",
    "(",
    ")",
    "«",
    "»",
    "\"",
    "\u{201C}",
    "'",
    "\u{2019}",
    ";",
    ",",
    ":",
    ".",
    "/",
    "-",
    "\u{2013}",
    " ",
    "\u{00A0}",
    "é",
    "\u{0301}",
    "\u{10FFFF}",
    "",
];

fn domain_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..16).prop_map(|words| words.join(" "))
}

fn domain_text_tight() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..16).prop_map(|words| words.concat())
}

proptest! {
    #[test]
    fn display_then_parse_is_the_identity(
        level in any::<Proficiency>(),
        req in any::<LanguageRequirement>(),
        p in any::<LanguageProfile>(),
    ) {
        prop_assert_eq!(level.to_string().parse::<Proficiency>(), Ok(level));
        prop_assert_eq!(req.to_string().parse::<LanguageRequirement>(), Ok(req));
        prop_assert_eq!(p.to_string().parse::<LanguageProfile>(), Ok(p));
    }

    #[test]
    fn serde_round_trip_is_the_identity(
        level in any::<Proficiency>(),
        req in any::<LanguageRequirement>(),
        p in any::<LanguageProfile>(),
    ) {
        let json = serde_json::to_string(&level).expect("serialize");
        prop_assert_eq!(serde_json::from_str::<Proficiency>(&json).expect("deserialize"), level);
        let json = serde_json::to_string(&req).expect("serialize");
        prop_assert_eq!(serde_json::from_str::<LanguageRequirement>(&json).expect("deserialize"), req);
        let json = serde_json::to_string(&p).expect("serialize");
        prop_assert_eq!(serde_json::from_str::<LanguageProfile>(&json).expect("deserialize"), p);
    }

    #[test]
    fn any_string_never_panics(s in any::<String>()) {
        let _ = s.parse::<Proficiency>();
        let _ = s.parse::<LanguageRequirement>();
        let _ = s.parse::<LanguageProfile>();
    }

    #[test]
    fn domain_strings_never_panic_and_invalid_ones_do_not_deserialize(
        s in prop_oneof![domain_text(), domain_text_tight()]
    ) {
        let json = serde_json::to_string(&s).expect("a string serializes");
        match s.parse::<Proficiency>() {
            Ok(level) => prop_assert_eq!(serde_json::from_str::<Proficiency>(&json).ok(), Some(level)),
            Err(_) => prop_assert!(serde_json::from_str::<Proficiency>(&json).is_err()),
        }
        match s.parse::<LanguageRequirement>() {
            Ok(req) => {
                prop_assert_eq!(serde_json::from_str::<LanguageRequirement>(&json).ok(), Some(req));
                prop_assert_eq!(req.to_string().parse::<LanguageRequirement>(), Ok(req));
            }
            Err(_) => prop_assert!(serde_json::from_str::<LanguageRequirement>(&json).is_err()),
        }
        match s.parse::<LanguageProfile>() {
            Ok(p) => prop_assert_eq!(serde_json::from_str::<LanguageProfile>(&json).ok(), Some(p)),
            Err(_) => prop_assert!(serde_json::from_str::<LanguageProfile>(&json).is_err()),
        }
    }

    #[test]
    fn both_levels_at_the_higher_minimum_always_meet(
        req in any::<LanguageRequirement>(),
        english in any::<Proficiency>(),
        french in any::<Proficiency>(),
    ) {
        let p = profile(Some(english.max(req.higher())), Some(french.max(req.higher())));
        prop_assert!(req.check(&p).is_met(), "{} vs {}", req, p);
    }

    #[test]
    fn a_level_below_the_lower_minimum_never_meets(
        req in any::<LanguageRequirement>(),
        english in any::<Option<Proficiency>>(),
    ) {
        let below = Proficiency::new(req.lower().level() - 1);
        let p = profile(english, below);
        prop_assert!(!req.check(&p).is_met(), "{} vs {}", req, p);
    }

    #[test]
    fn generated_checks_are_consistent(check in any::<LanguageCheck>(), s in any::<LanguageShortfalls>(), one in any::<LanguageShortfall>()) {
        if let LanguageCheck::NotMet { shortfalls } = check {
            prop_assert!(shortfalls.total_levels_short() > 0);
        }
        prop_assert!(s.iter().all(|x| x.levels_short() > 0 && x.held() < Some(x.required())));
        prop_assert_eq!(one.levels_short(), one.required().level() - one.held().map_or(0, |h| h.level()));
    }
}
