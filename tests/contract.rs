//! Contract clauses and terms: seed spellings, real-world spellings,
//! exhaustive loops, error messages and property tests.

use std::collections::HashSet;
use std::path::Path;

use nato_post::{
    ClauseKind, ContractClause, ContractKind, ContractTerms, ContractTermsError, ConversionWindow,
    OfficialLanguage, ParseContractError, Renewal, TermLength,
};
use proptest::prelude::*;

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");

fn years(n: u16) -> TermLength {
    TermLength::years(n).unwrap()
}

fn months(n: u16) -> TermLength {
    TermLength::months(n).unwrap()
}

/// The seed notices, or `None` (with the reason printed) when the folder is
/// not there.
fn seeds() -> Option<Vec<(String, String)>> {
    let dir = Path::new(SEEDS);
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            eprintln!(
                "skipping the seed checks: cannot read {}: {err}",
                dir.display()
            );
            return None;
        }
    };
    let mut seeds: Vec<(String, String)> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(e.path()).unwrap())
        })
        .collect();
    seeds.sort();
    assert_eq!(
        seeds.len(),
        5,
        "expected the five seed notices in {}",
        dir.display()
    );
    Some(seeds)
}

fn seed(seeds: &[(String, String)], prefix: &str) -> String {
    seeds
        .iter()
        .find(|(name, _)| name.starts_with(prefix))
        .unwrap()
        .1
        .clone()
}

/// The paragraph of `text` starting at `lead`; continues over a blank line
/// when the next line starts in lower case (a sentence cut by a PDF export).
fn paragraph(text: &str, lead: &str) -> String {
    let start = text
        .find(lead)
        .unwrap_or_else(|| panic!("no paragraph starts with {lead:?}"));
    let mut out = String::new();
    let mut lines = text[start..].lines().peekable();
    while let Some(line) = lines.next() {
        out.push_str(line);
        out.push('\n');
        while lines.peek().is_some_and(|l| l.trim().is_empty()) {
            lines.next();
        }
        match lines.peek() {
            Some(next) if next.starts_with(|c: char| c.is_lowercase()) => {}
            _ => break,
        }
    }
    out
}

/// The contract section of `text` whose heading is `heading` (`6. CONTRACT`
/// or `6. CONTRAT`), up to the next numbered heading.
fn section(text: &str, heading: &str) -> String {
    let start = text
        .find(heading)
        .unwrap_or_else(|| panic!("no heading {heading:?}"));
    let mut out = String::new();
    for line in text[start..].lines().skip(1) {
        if line.trim_start_matches(['#', '*', ' ']).starts_with("7.") {
            return out;
        }
        out.push_str(line);
        out.push('\n');
    }
    panic!("section {heading:?} does not end");
}

fn political() -> ContractTerms {
    ClauseKind::PoliticalTurnover.default_terms()
}

fn standard() -> ContractTerms {
    ClauseKind::Standard.default_terms()
}

fn senior() -> ContractTerms {
    ClauseKind::SeniorAppointment.default_terms()
}

fn short_offer() -> ContractTerms {
    ContractTerms::builder(years(3))
        .renewal(Renewal::once(years(3)))
        .conversion(ConversionWindow::new(None))
        .build()
        .unwrap()
}

fn seconded() -> ContractTerms {
    ContractTerms::builder(years(3))
        .renewal(Renewal::once(years(3)))
        .renewal_needs_national_agreement(true)
        .max_service(years(6))
        .build()
        .unwrap()
}

// ---------------------------------------------------------------------------
// (1) Every contract value string in the seeds
// ---------------------------------------------------------------------------

const SEED_TERM_LENGTHS: &[(&str, u16)] = &[
    ("three years", 36),
    ("three years'", 36),
    ("3-year", 36),
    ("3 years", 36),
    ("6 years", 72),
    ("six years", 72),
    ("one year", 12),
    ("one-year", 12),
    ("twenty four months", 24),
    ("trois ans", 36),
    ("six ans", 72),
    ("un an", 12),
    ("vingt-quatre mois", 24),
];

const SEED_CONTRACT_KINDS: &[(&str, ContractKind)] = &[
    ("Definite duration contract", ContractKind::Definite),
    ("definite duration contract", ContractKind::Definite),
    ("indefinite duration contract", ContractKind::Indefinite),
    ("indefinite contract", ContractKind::Indefinite),
    ("durée déterminée", ContractKind::Definite),
    ("durée indéterminée", ContractKind::Indefinite),
    ("contrat de durée indéterminée", ContractKind::Indefinite),
];

const SEED_CLAUSES: &[(&str, char)] = &[
    ("CONTACT CLAUSE\t(G)", 'G'),
    ("(G)", 'G'),
    ("CLAUSE CONTRACTUELLE G", 'G'),
];

/// Short phrases of the clause texts and the kind they identify.
const SEED_CLAUSE_PHRASES: &[(&str, ClauseKind)] = &[
    (
        "turnover is desirable for political reasons",
        ClauseKind::PoliticalTurnover,
    ),
    (
        "il est souhaitable, pour des raisons politiques, d'assurer une rotation",
        ClauseKind::PoliticalTurnover,
    ),
    (
        "which may be followed by an indefinite duration contract",
        ClauseKind::Standard,
    ),
    (
        "possibility of an indefinite duration contract thereafter",
        ClauseKind::Standard,
    ),
    (
        "qui pourra être suivi d'un contrat de durée indéterminée",
        ClauseKind::Standard,
    ),
];

#[test]
fn seed_term_lengths_parse() {
    for &(text, expected) in SEED_TERM_LENGTHS {
        let parsed: TermLength = text.parse().unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(parsed.in_months(), expected, "{text:?}");
    }
}

#[test]
fn seed_contract_kinds_parse() {
    for &(text, expected) in SEED_CONTRACT_KINDS {
        assert_eq!(text.parse::<ContractKind>(), Ok(expected), "{text:?}");
    }
}

#[test]
fn seed_clauses_parse_and_keep_the_letter() {
    for &(text, letter) in SEED_CLAUSES {
        let clause: ContractClause = text.parse().unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(clause.letter(), Some(letter), "{text:?}");
        assert_eq!(
            clause.kind(),
            None,
            "a letter is never mapped to a kind: {text:?}"
        );
    }
}

#[test]
fn seed_clause_phrases_give_their_kind() {
    for &(text, kind) in SEED_CLAUSE_PHRASES {
        assert_eq!(
            ContractClause::from_text(text),
            Some(ContractClause::from_kind(kind)),
            "{text:?}"
        );
    }
}

#[test]
fn seed_value_strings_occur_in_the_seeds() {
    let Some(seeds) = seeds() else { return };
    let all: Vec<&str> = SEED_TERM_LENGTHS
        .iter()
        .map(|(s, _)| *s)
        .chain(SEED_CONTRACT_KINDS.iter().map(|(s, _)| *s))
        .chain(SEED_CLAUSES.iter().map(|(s, _)| *s))
        .chain(SEED_CLAUSE_PHRASES.iter().map(|(s, _)| *s))
        .chain(SEED_PARAGRAPHS.iter().map(|p| p.lead))
        .collect();
    for text in all {
        assert!(
            seeds.iter().any(|(_, body)| body.contains(text)),
            "{text:?} is in no seed"
        );
    }
}

/// A paragraph of a seed's contract section, found by its lead words, and
/// what it must give.
struct SeedParagraph {
    seed: &'static str,
    lead: &'static str,
    terms: fn() -> Result<ContractTerms, ()>,
    seconded_terms: fn() -> Result<ContractTerms, ()>,
    clause: Option<ClauseKind>,
}

const NONE: fn() -> Result<ContractTerms, ()> = || Err(());

const SEED_PARAGRAPHS: &[SeedParagraph] = &[
    // S1 and S2: turnover desirable for political reasons.
    SeedParagraph {
        seed: "001",
        lead: "Contract to be offered",
        terms: || Ok(short_offer()),
        seconded_terms: NONE,
        clause: None,
    },
    SeedParagraph {
        seed: "001",
        lead: "In accordance with the contract policy",
        terms: NONE,
        seconded_terms: NONE,
        clause: Some(ClauseKind::PoliticalTurnover),
    },
    SeedParagraph {
        seed: "001",
        lead: "The maximum period of service foreseen",
        terms: || Ok(political()),
        seconded_terms: NONE,
        clause: None,
    },
    SeedParagraph {
        seed: "001",
        lead: "If the successful applicant is seconded",
        terms: || Ok(seconded()),
        seconded_terms: || Ok(seconded()),
        clause: None,
    },
    SeedParagraph {
        seed: "001",
        lead: "Contrat proposé",
        terms: || Ok(short_offer()),
        seconded_terms: NONE,
        clause: None,
    },
    SeedParagraph {
        seed: "001",
        lead: "Conformément à la politique des contrats",
        terms: NONE,
        seconded_terms: NONE,
        clause: Some(ClauseKind::PoliticalTurnover),
    },
    SeedParagraph {
        seed: "001",
        lead: "La durée de service maximale",
        terms: || Ok(political()),
        seconded_terms: NONE,
        clause: None,
    },
    SeedParagraph {
        seed: "001",
        lead: "Si la personne retenue est détachée",
        terms: || Ok(seconded()),
        seconded_terms: || Ok(seconded()),
        clause: None,
    },
    SeedParagraph {
        seed: "002",
        lead: "Contract to be offered",
        terms: || Ok(short_offer()),
        seconded_terms: NONE,
        clause: None,
    },
    SeedParagraph {
        seed: "002",
        lead: "In accordance with the contract policy",
        terms: NONE,
        seconded_terms: NONE,
        clause: Some(ClauseKind::PoliticalTurnover),
    },
    SeedParagraph {
        seed: "002",
        lead: "The maximum period of service foreseen",
        terms: || Ok(political()),
        seconded_terms: NONE,
        clause: None,
    },
    SeedParagraph {
        seed: "002",
        lead: "If the successful applicant is seconded",
        terms: || Ok(seconded()),
        seconded_terms: || Ok(seconded()),
        clause: None,
    },
    SeedParagraph {
        seed: "002",
        lead: "Contrat proposé",
        terms: || Ok(short_offer()),
        seconded_terms: NONE,
        clause: None,
    },
    SeedParagraph {
        seed: "002",
        lead: "Conformément à la politique des contrats",
        terms: NONE,
        seconded_terms: NONE,
        clause: Some(ClauseKind::PoliticalTurnover),
    },
    SeedParagraph {
        seed: "002",
        lead: "La durée de service maximale",
        terms: || Ok(political()),
        seconded_terms: NONE,
        clause: None,
    },
    // In S2 this paragraph is cut in two by a blank line.
    SeedParagraph {
        seed: "002",
        lead: "Si la personne retenue est détachée",
        terms: || Ok(seconded()),
        seconded_terms: || Ok(seconded()),
        clause: None,
    },
    // S3: senior appointment.
    SeedParagraph {
        seed: "003",
        lead: "The successful applicant will be employed",
        terms: || Ok(senior()),
        seconded_terms: NONE,
        clause: Some(ClauseKind::SeniorAppointment),
    },
    SeedParagraph {
        seed: "003",
        lead: "La/Le candidat(e) retenu(e) sera engagé(e)",
        terms: || Ok(senior()),
        seconded_terms: NONE,
        clause: Some(ClauseKind::SeniorAppointment),
    },
    // S4: standard clause.
    SeedParagraph {
        seed: "004",
        lead: "Contract to be offered",
        terms: || Ok(standard()),
        seconded_terms: NONE,
        clause: Some(ClauseKind::Standard),
    },
    SeedParagraph {
        seed: "004",
        lead: "In accordance with the NATO Civilian Personnel",
        terms: || Ok(standard()),
        seconded_terms: NONE,
        clause: Some(ClauseKind::Standard),
    },
    SeedParagraph {
        seed: "004",
        lead: "If the successful applicant is seconded",
        terms: || Ok(seconded()),
        seconded_terms: || Ok(seconded()),
        clause: None,
    },
    SeedParagraph {
        seed: "004",
        lead: "Contrat proposé",
        terms: || Ok(standard()),
        seconded_terms: NONE,
        clause: Some(ClauseKind::Standard),
    },
    SeedParagraph {
        seed: "004",
        lead: "Conformément au Règlement du personnel civil",
        terms: || Ok(standard()),
        seconded_terms: NONE,
        clause: Some(ClauseKind::Standard),
    },
    SeedParagraph {
        seed: "004",
        lead: "Si la personne retenue est détachée",
        terms: || Ok(seconded()),
        seconded_terms: || Ok(seconded()),
        clause: None,
    },
];

#[test]
fn seed_contract_paragraphs_give_their_terms() {
    let Some(seeds) = seeds() else { return };
    for p in SEED_PARAGRAPHS {
        let text = paragraph(&seed(&seeds, p.seed), p.lead);
        let at = format!("{} {:?}", p.seed, p.lead);
        assert_eq!(
            ContractTerms::from_text(&text).map_err(|_| ()),
            (p.terms)(),
            "{at}"
        );
        assert_eq!(
            ContractTerms::seconded_from_text(&text).map_err(|_| ()),
            (p.seconded_terms)(),
            "{at}"
        );
        assert_eq!(
            ContractClause::from_text(&text).and_then(ContractClause::kind),
            p.clause,
            "{at}"
        );
    }
}

#[test]
fn seed_contract_sections_give_their_terms() {
    let Some(seeds) = seeds() else { return };
    let cases: [(&str, &str, ContractTerms, Option<ContractTerms>, ClauseKind); 8] = [
        (
            "001",
            "6. CONTRACT",
            political(),
            Some(seconded()),
            ClauseKind::PoliticalTurnover,
        ),
        (
            "001",
            "6. CONTRAT",
            political(),
            Some(seconded()),
            ClauseKind::PoliticalTurnover,
        ),
        (
            "002",
            "6. CONTRACT",
            political(),
            Some(seconded()),
            ClauseKind::PoliticalTurnover,
        ),
        (
            "002",
            "6. CONTRAT",
            political(),
            Some(seconded()),
            ClauseKind::PoliticalTurnover,
        ),
        (
            "003",
            "6. CONTRACT",
            senior(),
            None,
            ClauseKind::SeniorAppointment,
        ),
        (
            "003",
            "6. CONTRAT",
            senior(),
            None,
            ClauseKind::SeniorAppointment,
        ),
        (
            "004",
            "6. CONTRACT",
            standard(),
            Some(seconded()),
            ClauseKind::Standard,
        ),
        (
            "004",
            "6. CONTRAT",
            standard(),
            Some(seconded()),
            ClauseKind::Standard,
        ),
    ];
    for (name, heading, terms, seconded_terms, clause) in cases {
        let text = section(&seed(&seeds, name), heading);
        assert_eq!(
            ContractTerms::from_text(&text),
            Ok(terms),
            "{name} {heading}"
        );
        assert_eq!(
            ContractTerms::seconded_from_text(&text).ok(),
            seconded_terms,
            "{name} {heading}"
        );
        assert_eq!(
            ContractClause::from_text(&text).and_then(ContractClause::kind),
            Some(clause),
            "{name} {heading}"
        );
    }
}

#[test]
fn seed_zero_header_prints_only_a_letter() {
    let Some(seeds) = seeds() else { return };
    let s0 = seed(&seeds, "000");
    let line = s0
        .lines()
        .find(|l| l.starts_with("CONTACT CLAUSE"))
        .unwrap();
    assert_eq!(
        line.parse::<ContractClause>().unwrap(),
        ContractClause::from_letter('G').unwrap()
    );
    let fr = s0
        .lines()
        .find(|l| l.starts_with("CLAUSE CONTRACTUELLE"))
        .unwrap();
    assert_eq!(fr.parse::<ContractClause>().unwrap().to_string(), "G");
}

// ---------------------------------------------------------------------------
// (2) Real-world spellings and near misses
// ---------------------------------------------------------------------------

#[test]
fn term_length_spellings() {
    let cases: &[(&str, u16)] = &[
        ("3 years", 36),
        ("three years", 36),
        ("3-year", 36),
        ("3 year", 36),
        ("one year", 12),
        ("1 year", 12),
        ("6 years", 72),
        ("24 months", 24),
        ("twenty four months", 24),
        ("twenty-four months", 24),
        ("Twenty\u{2011}Four Months", 24),
        ("trois ans", 36),
        ("un an", 12),
        ("une année", 12),
        ("deux années", 24),
        ("six ans", 72),
        ("vingt-quatre mois", 24),
        ("vingt et un mois", 21),
        ("dix-huit mois", 18),
        ("soixante-dix mois", 70),
        ("soixante et onze mois", 71),
        ("quatre-vingts mois", 80),
        ("quatre-vingt-dix-neuf mois", 99),
        ("3 ans", 36),
        ("18 months", 18),
        ("eighteen months", 18),
        ("1 month", 1),
        ("(3 years)", 36),
        ("3 years;", 36),
        ("3 years.", 36),
        ("  3\u{00A0}years ", 36),
        ("3years", 36),
        ("3 yrs", 36),
        ("THREE YEARS", 36),
        ("three years'", 36),
        ("three\u{2013}year", 36),
        ("5461 years", 65532),
        ("65535 months", 65535),
    ];
    for &(text, expected) in cases {
        assert_eq!(
            text.parse::<TermLength>().map(TermLength::in_months),
            Ok(expected),
            "{text:?}"
        );
    }
    let misses = [
        "",
        "3",
        "years",
        "three",
        "3 weeks",
        "three weeks",
        "3 / years",
        "3 years 2 months",
        "three four years",
        "twenty ten years",
        "trois-quatre ans",
        "vingt et deux ans",
        "3 years of service",
        "a year",
        "3,5 years",
        "-3 years",
        "(3 years",
        "three years' duration",
    ];
    for text in misses {
        assert!(
            matches!(
                text.parse::<TermLength>(),
                Err(ParseContractError::InvalidTermLength(_))
            ),
            "{text:?} should be an invalid term length"
        );
    }
    for text in [
        "0 years",
        "zero months",
        "5462 years",
        "65536 months",
        "99999999999999999999 years",
    ] {
        assert_eq!(
            text.parse::<TermLength>(),
            Err(ParseContractError::TermLengthOutOfRange(text.to_owned())),
            "{text:?}"
        );
    }
}

#[test]
fn term_length_constructors_and_chrono() {
    assert_eq!(TermLength::years(0), None);
    assert_eq!(TermLength::years(5462), None);
    assert_eq!(
        TermLength::years(5461).map(TermLength::in_months),
        Some(65532)
    );
    assert_eq!(TermLength::months(0), None);
    assert_eq!(years(2), months(24));
    assert_eq!(months(18).in_years(), None);
    assert_eq!(years(3).in_years(), Some(3));
    assert_eq!(years(3).to_chrono(), chrono::Months::new(36));
    assert_eq!(years(3).checked_add(years(3)), Some(years(6)));
    assert_eq!(months(u16::MAX).checked_add(months(1)), None);
    assert!(months(11) < years(1));
    for (term, shown) in [
        (years(1), "1 year"),
        (years(3), "3 years"),
        (months(1), "1 month"),
        (months(18), "18 months"),
    ] {
        assert_eq!(term.to_string(), shown);
    }
}

#[test]
fn contract_kind_spellings() {
    let cases = [
        ("definite", ContractKind::Definite),
        ("Definite duration", ContractKind::Definite),
        ("definite-duration contract", ContractKind::Definite),
        ("(definite)", ContractKind::Definite),
        ("contrat à durée déterminée", ContractKind::Definite),
        ("DUREE DETERMINEE", ContractKind::Definite),
        ("indefinite", ContractKind::Indefinite),
        ("Indefinite duration contract.", ContractKind::Indefinite),
        ("contrat de durée indéterminée", ContractKind::Indefinite),
    ];
    for (text, kind) in cases {
        assert_eq!(text.parse::<ContractKind>(), Ok(kind), "{text:?}");
    }
    for text in [
        "",
        "finite",
        "definitely",
        "permanent",
        "temporary",
        "definite indefinite",
        "durée",
    ] {
        assert!(text.parse::<ContractKind>().is_err(), "{text:?}");
    }
}

#[test]
fn clause_kind_spellings() {
    let cases = [
        ("political-turnover", ClauseKind::PoliticalTurnover),
        ("Political Turnover", ClauseKind::PoliticalTurnover),
        (
            "turnover desirable for political reasons",
            ClauseKind::PoliticalTurnover,
        ),
        (
            "rotation souhaitable pour des raisons politiques",
            ClauseKind::PoliticalTurnover,
        ),
        ("standard", ClauseKind::Standard),
        ("Standard clause", ClauseKind::Standard),
        ("project", ClauseKind::Project),
        ("Projet", ClauseKind::Project),
        ("senior-appointment", ClauseKind::SeniorAppointment),
        ("senior appointment", ClauseKind::SeniorAppointment),
    ];
    for (text, kind) in cases {
        assert_eq!(text.parse::<ClauseKind>(), Ok(kind), "{text:?}");
    }
    for text in [
        "",
        "G",
        "politics",
        "political",
        "projects turnover",
        "senior-senior",
    ] {
        assert!(text.parse::<ClauseKind>().is_err(), "{text:?}");
    }
}

#[test]
fn contract_clause_spellings() {
    let g = ContractClause::from_letter('G').unwrap();
    let turnover = ContractClause::from_kind(ClauseKind::PoliticalTurnover);
    let both = g.with_kind(ClauseKind::PoliticalTurnover);
    let cases = [
        ("G", g),
        ("g", g),
        ("(G)", g),
        ("Clause G", g),
        ("Contract clause G", g),
        ("Contract clause: G", g),
        ("CONTACT CLAUSE (G)", g),
        ("CLAUSE CONTRACTUELLE G", g),
        ("Clause contractuelle applicable : G", g),
        ("Contract clause applicable: (G).", g),
        ("political-turnover", turnover),
        ("political turnover", turnover),
        ("Contract clause: political turnover", turnover),
        ("G (political-turnover)", both),
        ("Clause G (political turnover)", both),
        ("B", ContractClause::from_letter('B').unwrap()),
        ("project", ContractClause::from_kind(ClauseKind::Project)),
    ];
    for (text, clause) in cases {
        assert_eq!(text.parse::<ContractClause>(), Ok(clause), "{text:?}");
    }
    for text in [
        "",
        "Clause",
        "GG",
        "G7",
        "7",
        "É",
        "Clause: ",
        "ClauseG",
        "G (weekly)",
        "G political-turnover",
        "(G) (H)",
    ] {
        assert!(text.parse::<ContractClause>().is_err(), "{text:?}");
    }
    assert!(ContractClause::from_letter('é').is_err());
    assert_eq!(
        ContractClause::from_letter('q').map(ContractClause::letter),
        Ok(Some('Q'))
    );
}

#[test]
fn clause_kind_from_prose() {
    let cases = [
        (
            "a post in which turnover is desirable for political reasons",
            Some(ClauseKind::PoliticalTurnover),
        ),
        (
            "Pour des raisons politiques, une rotation est souhaitable.",
            Some(ClauseKind::PoliticalTurnover),
        ),
        (
            "The contract may be renewed for up to 3 years, depending on the needs of the project.",
            Some(ClauseKind::Project),
        ),
        (
            "renouvelable en fonction des besoins du projet",
            Some(ClauseKind::Project),
        ),
        (
            "an initial period of two years, exceptionally extended by one year",
            Some(ClauseKind::SeniorAppointment),
        ),
        (
            "a definite duration contract of three years, then an indefinite contract",
            Some(ClauseKind::Standard),
        ),
        ("a definite duration contract of three years", None),
        ("turnover of staff", None),
        ("", None),
    ];
    for (text, kind) in cases {
        assert_eq!(
            ContractClause::from_text(text).and_then(ContractClause::kind),
            kind,
            "{text:?}"
        );
    }
}

#[test]
fn terms_from_varied_prose() {
    let project = ClauseKind::Project.default_terms();
    let cases: [(&str, ContractTerms); 9] = [
        (
            "A three-year definite duration contract, renewable for up to three years while the project requires it.",
            project,
        ),
        (
            "Contrat de durée déterminée de 3 ans, renouvelable une fois pour trois ans en fonction des besoins du projet.",
            project,
        ),
        (
            "Definite duration contract of 3 years, renewable twice for up to 1 year.",
            ContractTerms::builder(years(3))
                .renewal(Renewal::new(2, years(1)).unwrap())
                .build()
                .unwrap(),
        ),
        (
            "The successful candidate will be offered a 2 year definite duration contract.",
            ContractTerms::new(years(2)),
        ),
        (
            "Employed for an initial period of eighteen months; exceptionally, a six-month extension may follow.",
            ContractTerms::builder(months(18))
                .exceptional_extension(months(6))
                .build()
                .unwrap(),
        ),
        (
            "A 3-year contract. The maximum period of service in the post is 6 years. It may be renewed for a further period of up to three years.",
            ContractTerms::builder(years(3))
                .renewal(Renewal::once(years(3)))
                .max_service(years(6))
                .build()
                .unwrap(),
        ),
        (
            "DEFINITE CONTRACT OF 3 YEARS; RENEWABLE UP TO 3 YEARS, WITH POSSIBLE CONVERSION.",
            short_offer(),
        ),
        (
            "Contrat de durée déterminée de trois\u{00A0}ans\u{00A0}; pouvant être suivi d\u{2019}un contrat de durée indéterminée.",
            standard(),
        ),
        (
            "Contract to be offered (if non-seconded): definite duration contract of 3 years. If seconded, a 2-year contract.",
            ContractTerms::new(years(3)),
        ),
    ];
    for (text, terms) in cases {
        assert_eq!(ContractTerms::from_text(text), Ok(terms), "{text:?}");
    }
    assert_eq!(
        ContractTerms::seconded_from_text(
            "Contract to be offered (if non-seconded): definite duration contract of 3 years. If seconded, a 2-year contract."
        ),
        Ok(ContractTerms::new(years(2)))
    );
}

#[test]
fn terms_from_prose_failures() {
    for text in [
        "",
        "Serving staff will be offered a contract in accordance with the regulations.",
        "The contract may be followed by an indefinite one.",
        "turnover is desirable for political reasons",
    ] {
        assert_eq!(
            ContractTerms::from_text(text),
            Err(ParseContractError::NoTerms(text.to_owned())),
            "{text:?}"
        );
    }
    let conflict = "A contract of three years. A contract of two years.";
    assert_eq!(
        ContractTerms::from_text(conflict),
        Err(ParseContractError::ConflictingTerms {
            input: conflict.to_owned(),
            what: "initial term"
        })
    );
    let too_long = "A contract of three years, renewable for up to three years. The maximum period of service is 4 years.";
    assert_eq!(
        ContractTerms::from_text(too_long),
        Err(ParseContractError::InconsistentTerms {
            input: too_long.to_owned(),
            reason: ContractTermsError::ExceedsMaxService {
                total_months: 72,
                max_service: years(4)
            },
        })
    );
    let out_of_range = "A contract of 0 years.";
    assert!(matches!(
        ContractTerms::from_text(out_of_range),
        Err(ParseContractError::ConflictingTerms { .. })
    ));
}

#[test]
fn canonical_terms_forms() {
    let cases = [
        (
            "definite 3 years; renewable once up to 3 years; max 6 years; conversion no later than 1 year before end",
            political(),
        ),
        ("definite 3 years; then indefinite", standard()),
        ("definite 3 years; exceptional extension 1 year", senior()),
        (
            "definite 3 years; renewable once up to 3 years; renewal subject to national agreement; max 6 years",
            seconded(),
        ),
        (
            "definite 3 years; renewable once up to 3 years; conversion during renewal",
            short_offer(),
        ),
    ];
    for (text, terms) in cases {
        assert_eq!(terms.to_string(), text);
        assert_eq!(text.parse::<ContractTerms>(), Ok(terms), "{text:?}");
    }
    let lenient = [
        (
            "Definite three years; renewable for up to three years; maximum 6 years; conversion no later than one year before the end of contract.",
            political(),
        ),
        (
            "max 6 years; conversion no later than 1 year before end; definite 3 years; renewable up to 3 years",
            political(),
        ),
        ("3 years;then indefinite;", standard()),
        ("definite trois ans; exceptional extension un an", senior()),
    ];
    for (text, terms) in lenient {
        assert_eq!(text.parse::<ContractTerms>(), Ok(terms), "{text:?}");
    }
    let misses = [
        "",
        ";",
        "then indefinite",
        "definite 3 years; definite 3 years",
        "definite 3 years; then indefinite; then indefinite",
        "definite 3 years; renewable",
        "definite 3 years; max",
        "definite 3 years; whatever",
        "definite 3 years, then indefinite",
        "indefinite 3 years",
        "definite 3 years; renewable 0 times up to 3 years",
        "definite 3 years; conversion no later than 1 year",
    ];
    for text in misses {
        assert_eq!(
            text.parse::<ContractTerms>(),
            Err(ParseContractError::InvalidTerms(text.to_owned())),
            "{text:?}"
        );
    }
}

#[test]
fn part_types_parse_their_forms() {
    assert_eq!(
        "renewable once up to 3 years".parse(),
        Ok(Renewal::once(years(3)))
    );
    assert_eq!(
        "Renewal for up to three years".parse(),
        Ok(Renewal::once(years(3)))
    );
    assert_eq!(
        "renouvelable une fois pour trois ans maximum".parse(),
        Ok(Renewal::once(years(3)))
    );
    assert_eq!(
        "renewable twice up to 1 year".parse(),
        Ok(Renewal::new(2, years(1)).unwrap())
    );
    assert_eq!(
        "renewable 4 times up to 2 years"
            .parse::<Renewal>()
            .map(Renewal::times),
        Ok(4)
    );
    for text in [
        "",
        "renewable",
        "3 years",
        "renewable 0 times up to 3 years",
        "renewable 256 times up to 1 year",
        "renewable up to 3 years twice",
    ] {
        assert_eq!(
            text.parse::<Renewal>(),
            Err(ParseContractError::InvalidRenewal(text.to_owned())),
            "{text:?}"
        );
    }
    assert_eq!(
        "conversion during renewal".parse(),
        Ok(ConversionWindow::new(None))
    );
    assert_eq!("Conversion".parse(), Ok(ConversionWindow::new(None)));
    assert_eq!(
        "conversion to indefinite no later than one year before the end of contract".parse(),
        Ok(ConversionWindow::new(Some(years(1))))
    );
    for text in [
        "",
        "conversion no later than",
        "conversion no later than 1 year",
        "convert",
        "conversion before end",
    ] {
        assert_eq!(
            text.parse::<ConversionWindow>(),
            Err(ParseContractError::InvalidConversion(text.to_owned())),
            "{text:?}"
        );
    }
}

// ---------------------------------------------------------------------------
// (3) Exhaustive loops over the closed sets
// ---------------------------------------------------------------------------

#[test]
fn contract_kinds_exhaustive() {
    assert_eq!(ContractKind::iter().collect::<Vec<_>>(), ContractKind::ALL);
    let mut sorted = ContractKind::ALL;
    sorted.sort();
    assert_eq!(
        sorted,
        ContractKind::ALL,
        "declaration order is the domain order"
    );
    for lang in OfficialLanguage::iter() {
        let labels: HashSet<_> = ContractKind::iter().map(|k| k.label(lang)).collect();
        assert_eq!(labels.len(), ContractKind::ALL.len(), "{lang}");
    }
    for kind in ContractKind::iter() {
        assert_eq!(kind.to_string(), kind.as_str());
        assert_eq!(kind.as_str().parse::<ContractKind>(), Ok(kind));
        for lang in OfficialLanguage::iter() {
            assert!(!kind.label(lang).is_empty());
            assert_eq!(
                kind.label(lang).parse::<ContractKind>(),
                Ok(kind),
                "{kind} {lang}"
            );
        }
        assert_eq!(
            serde_json::to_string(&kind).unwrap(),
            format!("\"{}\"", kind.as_str())
        );
    }
}

#[test]
fn clause_kinds_exhaustive() {
    assert_eq!(ClauseKind::iter().collect::<Vec<_>>(), ClauseKind::ALL);
    for lang in OfficialLanguage::iter() {
        let labels: HashSet<_> = ClauseKind::iter().map(|k| k.label(lang)).collect();
        assert_eq!(labels.len(), ClauseKind::ALL.len(), "{lang}");
    }
    let names: HashSet<_> = ClauseKind::iter().map(ClauseKind::as_str).collect();
    assert_eq!(names.len(), ClauseKind::ALL.len());
    for kind in ClauseKind::iter() {
        assert_eq!(kind.to_string(), kind.as_str());
        assert_eq!(kind.as_str().parse::<ClauseKind>(), Ok(kind));
        for lang in OfficialLanguage::iter() {
            assert!(!kind.label(lang).is_empty());
            assert_eq!(
                kind.label(lang).parse::<ClauseKind>(),
                Ok(kind),
                "{kind} {lang}"
            );
        }
        let clause = ContractClause::from_kind(kind);
        assert_eq!(clause.to_string().parse::<ContractClause>(), Ok(clause));
        for letter in 'A'..='Z' {
            let both = ContractClause::from_letter(letter).unwrap().with_kind(kind);
            assert_eq!(both.to_string().parse::<ContractClause>(), Ok(both));
        }
    }
}

#[test]
fn clause_letters_exhaustive() {
    for letter in 'A'..='Z' {
        let clause = ContractClause::from_letter(letter).unwrap();
        assert_eq!(clause.to_string(), letter.to_string());
        assert_eq!(clause.kind(), None);
        assert_eq!(
            format!("Clause ({})", letter.to_ascii_lowercase()).parse(),
            Ok(clause)
        );
    }
    for c in ['0', '9', ' ', '-', 'é', 'ß', '\u{0}'] {
        assert_eq!(
            ContractClause::from_letter(c),
            Err(ParseContractError::InvalidClauseLetter(c.to_string()))
        );
    }
}

#[test]
fn default_terms_respect_the_invariants() {
    for kind in ClauseKind::iter() {
        let terms = kind.default_terms();
        assert_eq!(terms.to_builder().build(), Ok(terms), "{kind}");
        assert_eq!(terms.initial(), years(3), "{kind}");
        assert_eq!(terms.first_contract(), ContractKind::Definite);
        assert_eq!(
            terms.to_string().parse::<ContractTerms>(),
            Ok(terms),
            "{kind}"
        );
        if let Some(max) = terms.max_service() {
            assert!(terms.total_months() <= u32::from(max.in_months()), "{kind}");
        }
    }
    assert_eq!(political().total_months(), 72);
    assert_eq!(senior().total_months(), 48);
    assert!(!political().followed_by_indefinite());
    assert!(seconded().conversion().is_none());
}

// ---------------------------------------------------------------------------
// (4) Error messages
// ---------------------------------------------------------------------------

#[test]
fn error_messages() {
    let cases: Vec<(String, &str)> = vec![
        ("three weeks".parse::<TermLength>().unwrap_err().to_string(), r#"invalid term length "three weeks""#),
        ("0 years".parse::<TermLength>().unwrap_err().to_string(), r#"term length out of range "0 years""#),
        ("permanent".parse::<ContractKind>().unwrap_err().to_string(), r#"unknown contract kind "permanent""#),
        ("weekly".parse::<ClauseKind>().unwrap_err().to_string(), r#"unknown contract clause kind "weekly""#),
        (ContractClause::from_letter('7').unwrap_err().to_string(), r#"invalid contract clause letter "7""#),
        ("Clause 7".parse::<ContractClause>().unwrap_err().to_string(), r#"invalid contract clause "Clause 7""#),
        ("renewable".parse::<Renewal>().unwrap_err().to_string(), r#"invalid contract renewal "renewable""#),
        ("conversion soon".parse::<ConversionWindow>().unwrap_err().to_string(), r#"invalid conversion window "conversion soon""#),
        ("forever".parse::<ContractTerms>().unwrap_err().to_string(), r#"invalid contract terms "forever""#),
        (ContractTerms::from_text("no terms").unwrap_err().to_string(), r#"no contract terms found in "no terms""#),
        (
            ContractTerms::from_text("A contract of 3 years. A contract of 2 years.").unwrap_err().to_string(),
            r#"conflicting initial term in contract text "A contract of 3 years. A contract of 2 years.""#,
        ),
        (
            "definite 3 years; max 2 years".parse::<ContractTerms>().unwrap_err().to_string(),
            r#"inconsistent contract terms "definite 3 years; max 2 years": maximum service 2 years is shorter than the initial term 3 years"#,
        ),
        (
            "definite 3 years; renewable once up to 3 years; max 5 years".parse::<ContractTerms>().unwrap_err().to_string(),
            r#"inconsistent contract terms "definite 3 years; renewable once up to 3 years; max 5 years": initial term, renewals and extension add up to 72 months, more than the maximum service 5 years"#,
        ),
        (
            "definite 3 years; conversion during renewal".parse::<ContractTerms>().unwrap_err().to_string(),
            r#"inconsistent contract terms "definite 3 years; conversion during renewal": a conversion window needs a renewal"#,
        ),
        (
            "definite 3 years; renewable once up to 1 year; conversion no later than 1 year before end".parse::<ContractTerms>().unwrap_err().to_string(),
            r#"inconsistent contract terms "definite 3 years; renewable once up to 1 year; conversion no later than 1 year before end": conversion notice 1 year is not shorter than the renewal 1 year"#,
        ),
        (
            "definite 3 years; renewal subject to national agreement".parse::<ContractTerms>().unwrap_err().to_string(),
            r#"inconsistent contract terms "definite 3 years; renewal subject to national agreement": a national agreement to renew needs a renewal"#,
        ),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync + Unpin + std::error::Error + 'static>() {}
    fn value<T: Send + Sync + Copy + std::fmt::Debug + std::hash::Hash + Eq>() {}
    check::<ParseContractError>();
    check::<ContractTermsError>();
    value::<TermLength>();
    value::<ContractKind>();
    value::<ClauseKind>();
    value::<ContractClause>();
    value::<Renewal>();
    value::<ConversionWindow>();
    value::<ContractTerms>();
    value::<nato_post::ContractTermsBuilder>();
}

// ---------------------------------------------------------------------------
// (5) Properties
// ---------------------------------------------------------------------------

fn round_trips<T>(value: T) -> Result<(), TestCaseError>
where
    T: std::fmt::Display
        + std::str::FromStr<Err = ParseContractError>
        + serde::Serialize
        + serde::de::DeserializeOwned
        + PartialEq
        + Clone
        + std::fmt::Debug,
{
    let shown = value.to_string();
    prop_assert_eq!(shown.parse::<T>(), Ok(value.clone()), "{}", shown);
    let json = serde_json::to_string(&value).unwrap();
    prop_assert_eq!(&json, &serde_json::to_string(&shown).unwrap());
    prop_assert_eq!(serde_json::from_str::<T>(&json).unwrap(), value);
    Ok(())
}

const ALPHABET: &str = "[0-9a-zA-Z éèàÉ'’()\\-–;:./,]{0,60}";
const WORDS: &[&str] = &[
    "definite",
    "indefinite",
    "duration",
    "contract",
    "contrat",
    "durée",
    "déterminée",
    "of",
    "de",
    "three",
    "trois",
    "3",
    "3-year",
    "years",
    "ans",
    "an",
    "un",
    "une",
    "one",
    "twenty",
    "vingt",
    "et",
    "quatre",
    "dix",
    "soixante",
    "months",
    "mois",
    "renewable",
    "renewal",
    "up to",
    "once",
    "twice",
    "fois",
    "times",
    "max",
    "maximum",
    "service",
    "conversion",
    "no later than",
    "au plus tard",
    "before end",
    "then",
    "extension",
    "exceptional",
    "seconded",
    "détachée",
    "non",
    "hors",
    "agreement",
    "national",
    "clause",
    "G",
    "(G)",
    "political",
    "turnover",
    "rotation",
    "politiques",
    "project",
    "initial",
    ";",
    ".",
    ",",
    "'",
    "-",
    "(",
    ")",
    ":",
    "0",
    "65535",
    "99999999999999999999",
];

fn domain_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(WORDS), 0..25).prop_map(|w| w.join(" "))
}

fn parse_everything(s: &str) {
    let _ = s.parse::<TermLength>();
    let _ = s.parse::<ContractKind>();
    let _ = s.parse::<ClauseKind>();
    let _ = s.parse::<ContractClause>();
    let _ = s.parse::<Renewal>();
    let _ = s.parse::<ConversionWindow>();
    let _ = s.parse::<ContractTerms>();
    let _ = ContractTerms::from_text(s);
    let _ = ContractTerms::seconded_from_text(s);
    let _ = ContractClause::from_text(s);
}

proptest! {
    #[test]
    fn term_length_round_trips(t in any::<TermLength>()) {
        round_trips(t)?;
        prop_assert!(t.in_months() > 0);
    }

    #[test]
    fn contract_kind_round_trips(k in any::<ContractKind>()) {
        round_trips(k)?;
    }

    #[test]
    fn clause_kind_round_trips(k in any::<ClauseKind>()) {
        round_trips(k)?;
    }

    #[test]
    fn contract_clause_round_trips(c in any::<ContractClause>()) {
        prop_assert!(c.letter().is_some() || c.kind().is_some());
        round_trips(c)?;
    }

    #[test]
    fn renewal_round_trips(r in any::<Renewal>()) {
        prop_assert!(r.times() >= 1);
        round_trips(r)?;
    }

    #[test]
    fn conversion_round_trips(w in any::<ConversionWindow>()) {
        round_trips(w)?;
    }

    #[test]
    fn contract_terms_round_trip(t in any::<ContractTerms>()) {
        prop_assert_eq!(t.to_builder().build(), Ok(t));
        round_trips(t)?;
    }

    #[test]
    fn word_numbers_match_digits(n in 1u16..=99) {
        let digits = format!("{n} months").parse::<TermLength>();
        prop_assert_eq!(digits.map(TermLength::in_months), Ok(n));
    }

    #[test]
    fn never_panics_on_any_string(s in any::<String>()) {
        parse_everything(&s);
    }

    #[test]
    fn never_panics_on_domain_alphabet(s in ALPHABET) {
        parse_everything(&s);
    }

    #[test]
    fn never_panics_on_domain_words(s in domain_text()) {
        parse_everything(&s);
        if let Ok(terms) = s.parse::<ContractTerms>() {
            prop_assert_eq!(terms.to_builder().build(), Ok(terms));
        }
        if let Ok(terms) = ContractTerms::from_text(&s) {
            prop_assert_eq!(terms.to_builder().build(), Ok(terms));
        }
    }

    #[test]
    fn deserializing_an_invalid_value_fails(s in "[a-z ]{0,12}") {
        prop_assume!(s.parse::<ContractTerms>().is_err());
        let json = serde_json::to_string(&s).unwrap();
        prop_assert!(serde_json::from_str::<ContractTerms>(&json).is_err());
    }
}

#[test]
fn deserializing_invalid_values_fails() {
    assert!(serde_json::from_str::<TermLength>("\"0 years\"").is_err());
    assert!(serde_json::from_str::<TermLength>("36").is_err());
    assert!(serde_json::from_str::<ContractKind>("\"permanent\"").is_err());
    assert!(serde_json::from_str::<ClauseKind>("\"weekly\"").is_err());
    assert!(serde_json::from_str::<ContractClause>("\"GG\"").is_err());
    assert!(serde_json::from_str::<Renewal>("\"renewable 0 times up to 1 year\"").is_err());
    assert!(serde_json::from_str::<ConversionWindow>("\"soon\"").is_err());
    assert!(serde_json::from_str::<ContractTerms>("\"definite 3 years; max 1 year\"").is_err());
    assert_eq!(
        serde_json::from_str::<TermLength>("\"trois ans\"").unwrap(),
        years(3)
    );
}

// ---------------------------------------------------------------------------
// A successful parse does not allocate
// ---------------------------------------------------------------------------

#[path = "util/alloc.rs"]
mod counting;

#[test]
fn successful_parses_do_not_allocate() {
    let values = [
        "three years",
        "vingt-quatre mois",
        "twenty-four months",
        "(3 years);",
    ];
    for text in values {
        assert_eq!(
            counting::count_during(|| assert!(text.parse::<TermLength>().is_ok())),
            0,
            "{text:?}"
        );
    }
    for text in ["Definite duration contract", "durée indéterminée"] {
        assert_eq!(
            counting::count_during(|| assert!(text.parse::<ContractKind>().is_ok())),
            0,
            "{text:?}"
        );
    }
    for text in [
        "CONTACT CLAUSE\t(G)",
        "Clause G (political turnover)",
        "project",
    ] {
        assert_eq!(
            counting::count_during(|| assert!(text.parse::<ContractClause>().is_ok())),
            0,
            "{text:?}"
        );
    }
    for terms in ClauseKind::iter()
        .map(ClauseKind::default_terms)
        .chain([seconded(), short_offer()])
    {
        let text = terms.to_string();
        assert_eq!(
            counting::count_during(|| assert!(text.parse::<ContractTerms>().is_ok())),
            0,
            "{text:?}"
        );
    }
    let prose = [
        "If seconded: a 3-year contract, renewable for up to 3 years subject to national agreement.",
        "Definite contract of three years\u{2019} duration, with an indefinite duration contract thereafter.",
    ];
    for text in prose {
        assert_eq!(
            counting::count_during(|| assert!(ContractTerms::from_text(text).is_ok())),
            0,
            "{text:?}"
        );
    }
    for text in [prose[1], "turnover is desirable for political reasons"] {
        assert_eq!(
            counting::count_during(|| assert!(ContractClause::from_text(text).is_some())),
            0,
            "{text:?}"
        );
    }
    // The check itself can fail: building an error allocates.
    assert!(counting::count_during(|| assert!("weeks".parse::<TermLength>().is_err())) > 0);
}
