//! Competencies, behaviour levels and competency requirements.

use std::collections::HashSet;

use nato_post::Competency::{self, *};
use nato_post::{BehaviourLevel, CompetencyRequirement, OfficialLanguage, ParseCompetencyError};
use proptest::prelude::*;

#[path = "util/alloc.rs"]
mod counting;
use counting::allocations_during;

/// Every competency line of the five seed notices (English and French
/// halves), with the competency and the English phrase it stands for.
const SEED_LINES: &[(&str, &str, Competency, &str)] = &[
    (
        "S0",
        "- Achievement: Sets and works to meet challenging goals;",
        Achievement,
        "Sets and works to meet challenging goals",
    ),
    (
        "S0",
        "- Change Leadership: Personally leads change;",
        ChangeLeadership,
        "Personally leads change",
    ),
    (
        "S0",
        "- Conceptual Thinking: Clarifies complex data or situations;",
        ConceptualThinking,
        "Clarifies complex data or situations",
    ),
    (
        "S0",
        "- Developing Others: Provides in-depth mentoring, coaching and training;",
        DevelopingOthers,
        "Provides in-depth mentoring, coaching and training",
    ),
    (
        "S0",
        "- Impact and Influence: Uses indirect influence;",
        ImpactAndInfluence,
        "Uses indirect influence",
    ),
    (
        "S0",
        "- Initiative: Plans and acts for the long term;",
        Initiative,
        "Plans and acts for the long term",
    ),
    (
        "S0",
        "- Leadership: Positions self as the leader;",
        Leadership,
        "Positions self as the leader",
    ),
    (
        "S0",
        "- Organisational Awareness: Understands organisational politics;",
        OrganisationalAwareness,
        "Understands organisational politics",
    ),
    (
        "S0",
        "- Self-Control: Stays composed and positive even under extreme pressure.",
        SelfControl,
        "Stays composed and positive even under extreme pressure",
    ),
    (
        "S0",
        "- Recherche de l'excellence : se fixe et s'efforce d'atteindre des objectifs ambitieux.",
        Achievement,
        "Sets and works to meet challenging goals",
    ),
    (
        "S0",
        "- Promotion du changement : dirige personnellement le changement.",
        ChangeLeadership,
        "Personally leads change",
    ),
    (
        "S0",
        "- Réflexion conceptuelle : clarifie des données ou des situations complexes.",
        ConceptualThinking,
        "Clarifies complex data or situations",
    ),
    (
        "S0",
        "- Valorisation du personnel : assure un mentorat, un accompagnement professionnel et une formation approfondis.",
        DevelopingOthers,
        "Provides in-depth mentoring, coaching and training",
    ),
    (
        "S0",
        "- Persuasion et influence : a recours à des techniques d'influence indirectes.",
        ImpactAndInfluence,
        "Uses indirect influence",
    ),
    (
        "S0",
        "- Initiative : planifie et agit sur le long terme.",
        Initiative,
        "Plans and acts for the long term",
    ),
    (
        "S0",
        "- Aptitude à diriger : se positionne comme chef.",
        Leadership,
        "Positions self as the leader",
    ),
    (
        "S0",
        "- Compréhension organisationnelle : comprend les rouages de l'Organisation.",
        OrganisationalAwareness,
        "Understands organisational politics",
    ),
    (
        "S0",
        "- Maîtrise de soi : reste calme et positive, même en cas de pression extrême.",
        SelfControl,
        "Stays composed and positive even under extreme pressure",
    ),
    (
        "S1",
        "- Achievement: Creates own measures of excellence and improves performance;",
        Achievement,
        "Creates own measures of excellence and improves performance",
    ),
    (
        "S1",
        "- Analytical Thinking: Sees multiple relationships;",
        AnalyticalThinking,
        "Sees multiple relationships",
    ),
    (
        "S1",
        "- Clarity and Accuracy: Monitors others' work for clarity;",
        ClarityAndAccuracy,
        "Monitors others' work for clarity",
    ),
    (
        "S1",
        "- Conceptual Thinking: Applies learned concepts;",
        ConceptualThinking,
        "Applies learned concepts",
    ),
    (
        "S1",
        "- Customer Service Orientation: Makes things better for the customer, addressing underlying customer needs;",
        CustomerServiceOrientation,
        "Makes things better for the customer, addressing underlying customer needs",
    ),
    (
        "S1",
        "- Impact and Influence: Uses indirect influence;",
        ImpactAndInfluence,
        "Uses indirect influence",
    ),
    (
        "S1",
        "- Initiative: Is decisive in a time-sensitive situation;",
        Initiative,
        "Is decisive in a time-sensitive situation",
    ),
    (
        "S1",
        "- Teamwork: Solicits inputs and encourages others.",
        Teamwork,
        "Solicits inputs and encourages others",
    ),
    (
        "S1",
        "- Recherche de l'excellence : crée ses propres critères d'excellence et améliore les performances.",
        Achievement,
        "Creates own measures of excellence and improves performance",
    ),
    (
        "S1",
        "- Réflexion analytique : discerne les relations multiples.",
        AnalyticalThinking,
        "Sees multiple relationships",
    ),
    (
        "S1",
        "- Clarté et précision : contrôle le travail d'autres personnes dans une optique de clarté.",
        ClarityAndAccuracy,
        "Monitors others' work for clarity",
    ),
    (
        "S1",
        "- Réflexion conceptuelle : applique les concepts acquis.",
        ConceptualThinking,
        "Applies learned concepts",
    ),
    (
        "S1",
        "- Souci du service au client : améliore la situation pour le client en répondant à ses besoins fondamentaux.",
        CustomerServiceOrientation,
        "Makes things better for the customer, addressing underlying customer needs",
    ),
    (
        "S1",
        "- Persuasion et influence : a recours à des techniques d'influence indirectes.",
        ImpactAndInfluence,
        "Uses indirect influence",
    ),
    (
        "S1",
        "- Initiative : fait preuve de décision dans les situations où il faut agir sans attendre.",
        Initiative,
        "Is decisive in a time-sensitive situation",
    ),
    (
        "S1",
        "- Travail en équipe : sollicite des contributions et encourage les autres.",
        Teamwork,
        "Solicits inputs and encourages others",
    ),
    (
        "S2",
        "Analytical Thinking: Makes complex plans or analyses;",
        AnalyticalThinking,
        "Makes complex plans or analyses",
    ),
    (
        "S2",
        "Clarity and Accuracy: Checks own work;",
        ClarityAndAccuracy,
        "Checks own work",
    ),
    (
        "S2",
        "Conceptual Thinking: Applies learned concepts;",
        ConceptualThinking,
        "Applies learned concepts",
    ),
    (
        "S2",
        "Customer Service Orientation: Takes personal responsibility for correcting problems;",
        CustomerServiceOrientation,
        "Takes personal responsibility for correcting problems",
    ),
    (
        "S2",
        "Impact and Influence: Takes multiple actions to persuade;",
        ImpactAndInfluence,
        "Takes multiple actions to persuade",
    ),
    (
        "S2",
        "Initiative: Is decisive in a time-sensitive situation;",
        Initiative,
        "Is decisive in a time-sensitive situation",
    ),
    (
        "S2",
        "Organisational Awareness: Understands organisational climate and culture;",
        OrganisationalAwareness,
        "Understands organisational climate and culture",
    ),
    (
        "S2",
        "Teamwork: Solicits inputs and encourages others.",
        Teamwork,
        "Solicits inputs and encourages others",
    ),
    (
        "S2",
        "- Réflexion analytique : fait des analyses ou des plans complexes.",
        AnalyticalThinking,
        "Makes complex plans or analyses",
    ),
    (
        "S2",
        "- Clarté et précision : vérifie son travail.",
        ClarityAndAccuracy,
        "Checks own work",
    ),
    (
        "S2",
        "- Réflexion conceptuelle : applique les concepts acquis.",
        ConceptualThinking,
        "Applies learned concepts",
    ),
    (
        "S2",
        "- Souci du service au client : s'engage personnellement à résoudre les problèmes.",
        CustomerServiceOrientation,
        "Takes personal responsibility for correcting problems",
    ),
    (
        "S2",
        "- Persuasion et influence : prend différentes mesures à des fins de persuasion.",
        ImpactAndInfluence,
        "Takes multiple actions to persuade",
    ),
    (
        "S2",
        "- Initiative : fait preuve de décision dans les situations où il faut agir sans attendre.",
        Initiative,
        "Is decisive in a time-sensitive situation",
    ),
    (
        "S2",
        "- Compréhension organisationnelle : comprend le climat et la culture de l'Organisation.",
        OrganisationalAwareness,
        "Understands organisational climate and culture",
    ),
    (
        "S2",
        "- Travail en équipe : sollicite des contributions et encourage les autres.",
        Teamwork,
        "Solicits inputs and encourages others",
    ),
    (
        "S3",
        "- **Achievement:** Demonstrates decisiveness based on solid considerations and trade-offs.",
        Achievement,
        "Demonstrates decisiveness based on solid considerations and trade-offs",
    ),
    (
        "S3",
        "- **Change Leadership:** Champions change.",
        ChangeLeadership,
        "Champions change",
    ),
    (
        "S3",
        "- **Conceptual Thinking:** Creates new concepts.",
        ConceptualThinking,
        "Creates new concepts",
    ),
    (
        "S3",
        "- **Developing Others:** Provides in-depth mentoring, coaching and training.",
        DevelopingOthers,
        "Provides in-depth mentoring, coaching and training",
    ),
    (
        "S3",
        "- **Impact and Influence:** Uses complex influence strategies.",
        ImpactAndInfluence,
        "Uses complex influence strategies",
    ),
    (
        "S3",
        "- **Initiative:** Plans and acts for the long term.",
        Initiative,
        "Plans and acts for the long term",
    ),
    (
        "S3",
        "- **Leadership:** Communicates a compelling vision.",
        Leadership,
        "Communicates a compelling vision",
    ),
    (
        "S3",
        "- **Organizational Awareness:** Understands underlying issues.",
        OrganisationalAwareness,
        "Understands underlying issues",
    ),
    (
        "S3",
        "- **Self-Control:** Stays composed and positive even under extreme pressure.",
        SelfControl,
        "Stays composed and positive even under extreme pressure",
    ),
    (
        "S3",
        "- **Recherche de l'excellence** : fait preuve d'esprit de décision après avoir mûrement pesé le pour et le contre.",
        Achievement,
        "Demonstrates decisiveness based on solid considerations and trade-offs",
    ),
    (
        "S3",
        "- **Promotion du changement** : prend fait et cause pour le changement.",
        ChangeLeadership,
        "Champions change",
    ),
    (
        "S3",
        "- **Réflexion conceptuelle** : crée de nouveaux concepts.",
        ConceptualThinking,
        "Creates new concepts",
    ),
    (
        "S3",
        "- **Valorisation du personnel** : assure un mentorat, un accompagnement professionnel et une formation approfondis.",
        DevelopingOthers,
        "Provides in-depth mentoring, coaching and training",
    ),
    (
        "S3",
        "- **Persuasion et influence** : a recours à des stratégies d'influence complexes.",
        ImpactAndInfluence,
        "Uses complex influence strategies",
    ),
    (
        "S3",
        "- **Initiative** : planifie et agit sur le long terme.",
        Initiative,
        "Plans and acts for the long term",
    ),
    (
        "S3",
        "- **Aptitude à diriger** : communique une vision convaincante.",
        Leadership,
        "Communicates a compelling vision",
    ),
    (
        "S3",
        "- **Compréhension organisationnelle** : cerne les enjeux profonds.",
        OrganisationalAwareness,
        "Understands underlying issues",
    ),
    (
        "S3",
        "- **Maîtrise de soi** : reste calme et positive/positif, même en cas de pression extrême.",
        SelfControl,
        "Stays composed and positive even under extreme pressure",
    ),
    (
        "S4",
        "- Clarity and Accuracy: Checks own work;",
        ClarityAndAccuracy,
        "Checks own work",
    ),
    (
        "S4",
        "- Customer Service Orientation: Takes personal responsibility for correcting problems;",
        CustomerServiceOrientation,
        "Takes personal responsibility for correcting problems",
    ),
    (
        "S4",
        "- Empathy: Listens actively;",
        Empathy,
        "Listens actively",
    ),
    (
        "S4",
        "- Flexibility: Acts with flexibility;",
        Flexibility,
        "Acts with flexibility",
    ),
    (
        "S4",
        "- Initiative: Is decisive in a time-sensitive situation;",
        Initiative,
        "Is decisive in a time-sensitive situation",
    ),
    (
        "S4",
        "- Organisational Awareness: Understands the Organisation's structure;",
        OrganisationalAwareness,
        "Understands the Organisation's structure",
    ),
    (
        "S4",
        "- Teamwork: Expresses positive attitudes and expectations of team or team members.",
        Teamwork,
        "Expresses positive attitudes and expectations of team or team members",
    ),
    (
        "S4",
        "- Clarté et précision : vérifie son travail.",
        ClarityAndAccuracy,
        "Checks own work",
    ),
    (
        "S4",
        "- Souci du service au client : s'engage personnellement à résoudre les problèmes.",
        CustomerServiceOrientation,
        "Takes personal responsibility for correcting problems",
    ),
    (
        "S4",
        "- Empathie : écoute activement.",
        Empathy,
        "Listens actively",
    ),
    (
        "S4",
        "- Flexibilité : agit avec flexibilité.",
        Flexibility,
        "Acts with flexibility",
    ),
    (
        "S4",
        "- Initiative : fait preuve de décision dans les situations où il faut agir sans attendre.",
        Initiative,
        "Is decisive in a time-sensitive situation",
    ),
    (
        "S4",
        "- Compréhension organisationnelle : comprend la structure de l'Organisation.",
        OrganisationalAwareness,
        "Understands the Organisation's structure",
    ),
    (
        "S4",
        "- Travail en équipe : exprime des attitudes et des attentes positives concernant l'équipe ou les membres de l'équipe.",
        Teamwork,
        "Expresses positive attitudes and expectations of team or team members",
    ),
];

fn seed_texts() -> Option<Vec<String>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            eprintln!("skipping the seed occurrence check: cannot read {dir}: {err}");
            return None;
        }
    };
    let mut texts = Vec::new();
    for entry in entries {
        let path = entry.expect("readable seed directory entry").path();
        if path.extension().is_some_and(|ext| ext == "txt") {
            texts.push(std::fs::read_to_string(&path).expect("readable seed"));
        }
    }
    if texts.is_empty() {
        eprintln!("skipping the seed occurrence check: no .txt file in {dir}");
        return None;
    }
    Some(texts)
}

#[test]
fn every_seed_line_parses_to_its_level() {
    for &(seed, line, competency, english) in SEED_LINES {
        let level: BehaviourLevel = line
            .parse()
            .unwrap_or_else(|e| panic!("{seed} {line:?}: {e}"));
        assert_eq!(level.competency(), competency, "{seed} {line:?}");
        assert_eq!(
            level.descriptor(OfficialLanguage::English),
            english,
            "{seed} {line:?}"
        );
        assert!(
            !level.is_inferred(),
            "{seed} {line:?} is printed, so not inferred"
        );
        let req: CompetencyRequirement = line
            .parse()
            .unwrap_or_else(|e| panic!("{seed} {line:?}: {e}"));
        assert_eq!(req.level(), level);
        assert_eq!(
            req.to_string(),
            format!("{}: {english}", competency.as_str())
        );
    }
}

#[test]
fn seed_table_covers_both_halves_of_every_seed() {
    for (seed, count) in [("S0", 18), ("S1", 16), ("S2", 16), ("S3", 18), ("S4", 14)] {
        assert_eq!(
            SEED_LINES.iter().filter(|row| row.0 == seed).count(),
            count,
            "{seed}"
        );
    }
}

#[test]
fn every_seed_line_occurs_in_a_seed() {
    let Some(texts) = seed_texts() else { return };
    for &(seed, line, _, _) in SEED_LINES {
        assert!(
            texts
                .iter()
                .any(|text| text.lines().any(|l| l.trim_end() == line)),
            "{seed} {line:?} not found"
        );
    }
}

#[test]
fn printed_levels_are_exactly_those_not_inferred() {
    let printed: HashSet<BehaviourLevel> = SEED_LINES
        .iter()
        .map(|row| row.1.parse().unwrap())
        .collect();
    for competency in Competency::iter() {
        for level in competency.levels() {
            assert_eq!(level.is_inferred(), !printed.contains(&level), "{level}");
        }
    }
}

#[test]
fn seed_lines_parse_without_allocating() {
    // The counter works: an owned string and an error message allocate.
    assert_eq!(allocations_during(|| "x".to_owned()).1, 1);
    assert!(allocations_during(|| "Initiative: Runs".parse::<BehaviourLevel>()).1 > 0);
    for &(_, line, _, _) in SEED_LINES {
        let (parsed, allocations) = allocations_during(|| line.parse::<CompetencyRequirement>());
        assert!(parsed.is_ok());
        assert_eq!(allocations, 0, "{line:?}");
        let name = line
            .split([':'])
            .next()
            .unwrap_or(line)
            .trim_start_matches("- ");
        let (parsed, allocations) = allocations_during(|| name.parse::<Competency>());
        assert!(parsed.is_ok(), "{name:?}");
        assert_eq!(allocations, 0, "{name:?}");
    }
}

/// Real-world spellings beyond the seeds, with the canonical line they
/// stand for.
const WIDER: &[(&str, &str)] = &[
    (
        "Initiative: Plans and acts for the long term",
        "Initiative: Plans and acts for the long term",
    ),
    (
        "* Initiative: plans and acts for the long term",
        "Initiative: Plans and acts for the long term",
    ),
    (
        "\u{2022} Initiative \u{2013} Plans and acts for the long term",
        "Initiative: Plans and acts for the long term",
    ),
    (
        "Initiative\u{a0}: planifie\u{a0}et agit sur le long terme.",
        "Initiative: Plans and acts for the long term",
    ),
    (
        "Initiative\u{202f}: planifie et agit sur le long terme ;",
        "Initiative: Plans and acts for the long term",
    ),
    (
        "Initiative: planifie et agit sur le long terme",
        "Initiative: Plans and acts for the long term",
    ),
    (
        "INITIATIVE: IS DECISIVE IN A TIME SENSITIVE SITUATION",
        "Initiative: Is decisive in a time-sensitive situation",
    ),
    (
        "Recherche de l\u{2019}excellence: Sets and works to meet challenging goals",
        "Achievement: Sets and works to meet challenging goals",
    ),
    (
        "Achievement - Sets and works to meet challenging goals.",
        "Achievement: Sets and works to meet challenging goals",
    ),
    (
        "Achievement: demonstrates decisiveness based on solid considerations and tradeoffs",
        "Achievement: Demonstrates decisiveness based on solid considerations and trade-offs",
    ),
    (
        "\u{2013} Ma\u{ee}trise de soi : reste calme et positif, m\u{ea}me en cas de pression extr\u{ea}me.",
        "Self-Control: Stays composed and positive even under extreme pressure",
    ),
    (
        "Maitrise de soi : reste calme et positif/positive meme en cas de pression extreme",
        "Self-Control: Stays composed and positive even under extreme pressure",
    ),
    (
        "Self Control: stays composed and positive, even under extreme pressure;",
        "Self-Control: Stays composed and positive even under extreme pressure",
    ),
    (
        "Self-Control - Stays composed and positive even under extreme pressure",
        "Self-Control: Stays composed and positive even under extreme pressure",
    ),
    (
        "Organizational Awareness: Understands the Organization\u{2019}s structure",
        "Organisational Awareness: Understands the Organisation's structure",
    ),
    (
        "ORGANISATIONAL AWARENESS: UNDERSTANDS ORGANIZATIONAL POLITICS",
        "Organisational Awareness: Understands organisational politics",
    ),
    (
        "Organizational Awareness: Understands organizational climate and culture,",
        "Organisational Awareness: Understands organisational climate and culture",
    ),
    (
        "Clarity and Accuracy: Monitors others\u{2019} work for clarity",
        "Clarity and Accuracy: Monitors others' work for clarity",
    ),
    (
        "Clarity & Accuracy: checks own work",
        "Clarity and Accuracy: Checks own work",
    ),
    (
        "Impact & Influence: Uses indirect influence",
        "Impact and Influence: Uses indirect influence",
    ),
    ("__Empathy:__ Listens actively", "Empathy: Listens actively"),
    (
        "   - Empathy:   Listens   actively ;  ",
        "Empathy: Listens actively",
    ),
    ("Empathie: Listens actively", "Empathy: Listens actively"),
    (
        "Customer Service Orientation: Makes things better for the customer addressing underlying customer needs",
        "Customer Service Orientation: Makes things better for the customer, addressing underlying customer needs",
    ),
    (
        "Customer Service Orientation: trusted advisor",
        "Customer Service Orientation: Trusted adviser",
    ),
    ("Teamwork: Cooperates", "Teamwork: Co-operates"),
    ("Team work: co-operates.", "Teamwork: Co-operates"),
    (
        "- **Leadership**: Positions self as the leader",
        "Leadership: Positions self as the leader",
    ),
    (
        "Aptitude \u{e0} diriger : se positionne comme cheffe.",
        "Leadership: Positions self as the leader",
    ),
    (
        "Analytical Thinking \u{2014} Sees multiple relationships",
        "Analytical Thinking: Sees multiple relationships",
    ),
];

#[test]
fn wider_spellings_parse() {
    for &(line, canonical) in WIDER {
        let level: BehaviourLevel = line.parse().unwrap_or_else(|e| panic!("{line:?}: {e}"));
        assert_eq!(level.to_string(), canonical, "{line:?}");
        let (_, allocations) = allocations_during(|| line.parse::<CompetencyRequirement>());
        assert_eq!(allocations, 0, "{line:?}");
    }
}

fn unknown_descriptor(competency: Competency, descriptor: &str) -> ParseCompetencyError {
    ParseCompetencyError::UnknownDescriptor {
        competency,
        descriptor: descriptor.to_owned(),
    }
}

#[test]
fn near_misses_fail() {
    use ParseCompetencyError::{Empty, MissingDescriptor, UnknownCompetency};
    let cases: Vec<(&str, ParseCompetencyError)> = vec![
        ("", Empty),
        ("   ", Empty),
        ("-", Empty),
        ("- ;", Empty),
        ("**", Empty),
        ("Initiative", MissingDescriptor("Initiative".into())),
        ("Initiative:", MissingDescriptor("Initiative:".into())),
        (
            "- **Initiative:**",
            MissingDescriptor("- **Initiative:**".into()),
        ),
        ("Initiative : ;", MissingDescriptor("Initiative : ;".into())),
        (
            "Initiative: Runs very fast",
            unknown_descriptor(Initiative, "Runs very fast"),
        ),
        (
            "Initiative: Plans and acts for the short term.",
            unknown_descriptor(Initiative, "Plans and acts for the short term"),
        ),
        (
            "Initiative: Plans and acts for the long",
            unknown_descriptor(Initiative, "Plans and acts for the long"),
        ),
        (
            "Initiative: Plans and acts for the long term and more",
            unknown_descriptor(Initiative, "Plans and acts for the long term and more"),
        ),
        (
            "Initiative: Sets and works to meet challenging goals",
            unknown_descriptor(Initiative, "Sets and works to meet challenging goals"),
        ),
        (
            "Self-Control: Stays composed and positive even under pressure",
            unknown_descriptor(
                SelfControl,
                "Stays composed and positive even under pressure",
            ),
        ),
        (
            "Ma\u{ee}trise de soi : reste calme et n\u{e9}gative, m\u{ea}me en cas de pression extr\u{ea}me.",
            unknown_descriptor(
                SelfControl,
                "reste calme et n\u{e9}gative, m\u{ea}me en cas de pression extr\u{ea}me",
            ),
        ),
        (
            "Initiatives: Plans and acts for the long term",
            UnknownCompetency("Initiatives".into()),
        ),
        (
            "Achievment: Sets and works to meet challenging goals",
            UnknownCompetency("Achievment".into()),
        ),
        (
            "Self - Control: Listens actively",
            UnknownCompetency("Self - Control".into()),
        ),
        (
            "Leadership Positions self as the leader",
            UnknownCompetency("Leadership Positions self as the leader".into()),
        ),
        (
            "Awareness: Understands underlying issues",
            UnknownCompetency("Awareness".into()),
        ),
        (
            "Integrity: Acts with integrity",
            UnknownCompetency("Integrity".into()),
        ),
    ];
    for (line, expected) in cases {
        assert_eq!(
            line.parse::<BehaviourLevel>(),
            Err(expected.clone()),
            "{line:?}"
        );
        assert_eq!(
            line.parse::<CompetencyRequirement>(),
            Err(expected),
            "{line:?}"
        );
    }
}

#[test]
fn competency_names_parse() {
    let cases = [
        ("Achievement", Achievement),
        ("recherche de l'excellence", Achievement),
        ("R\u{e9}flexion analytique", AnalyticalThinking),
        ("Clarte et precision", ClarityAndAccuracy),
        ("Clarity & Accuracy", ClarityAndAccuracy),
        (
            "  customer   service orientation ",
            CustomerServiceOrientation,
        ),
        ("Flexibilite", Flexibility),
        ("**Initiative:**", Initiative),
        ("Initiative :", Initiative),
        ("APTITUDE A DIRIGER", Leadership),
        ("Organizational Awareness", OrganisationalAwareness),
        ("organisational awareness;", OrganisationalAwareness),
        ("Comprehension organisationnelle", OrganisationalAwareness),
        ("Self Control", SelfControl),
        ("self-control", SelfControl),
        ("Self\u{2010}Control", SelfControl),
        ("Maitrise de soi", SelfControl),
        ("Travail en \u{e9}quipe", Teamwork),
    ];
    for (text, expected) in cases {
        assert_eq!(text.parse::<Competency>(), Ok(expected), "{text:?}");
    }
    for text in [
        "Initiatives",
        "Self",
        "Awareness",
        "Control",
        "Team",
        "Leader ship",
        "Integrity",
    ] {
        assert_eq!(
            text.parse::<Competency>(),
            Err(ParseCompetencyError::UnknownCompetency(text.to_owned())),
            "{text:?}"
        );
    }
    for text in ["", "  ", "**", ":"] {
        assert_eq!(
            text.parse::<Competency>(),
            Err(ParseCompetencyError::Empty),
            "{text:?}"
        );
    }
}

#[test]
fn competencies_round_trip_and_have_distinct_labels() {
    assert_eq!(Competency::ALL.len(), 15);
    assert!(Competency::iter().eq(Competency::ALL));
    assert!(Competency::ALL.windows(2).all(|pair| pair[0] < pair[1]));
    for lang in OfficialLanguage::iter() {
        let labels: HashSet<String> = Competency::iter()
            .map(|c| c.label(lang).to_lowercase())
            .collect();
        assert_eq!(labels.len(), 15, "{lang}");
    }
    for competency in Competency::iter() {
        assert_eq!(competency.to_string(), competency.as_str());
        assert_eq!(
            competency.label(OfficialLanguage::English),
            competency.as_str()
        );
        assert_eq!(competency.as_str().parse::<Competency>(), Ok(competency));
        assert_eq!(
            competency
                .label(OfficialLanguage::French)
                .parse::<Competency>(),
            Ok(competency)
        );
        assert!(!competency.as_str().contains(':'));
        for lang in OfficialLanguage::iter() {
            assert!(!competency.label(lang).trim().is_empty());
        }
    }
    assert_eq!(AnalyticalThinking.as_str(), "Analytical Thinking");
    assert_eq!(ImpactAndInfluence.as_str(), "Impact and Influence");
    assert_eq!(OrganisationalAwareness.as_str(), "Organisational Awareness");
    assert_eq!(SelfControl.as_str(), "Self-Control");
    assert_eq!(
        CustomerServiceOrientation.label(OfficialLanguage::French),
        "Souci du service au client"
    );
    assert_eq!(
        Leadership.label(OfficialLanguage::French),
        "Aptitude \u{e0} diriger"
    );
}

#[test]
fn every_rung_round_trips_in_both_languages() {
    let mut total = 0;
    for competency in Competency::iter() {
        let ladder = BehaviourLevel::ladder(competency);
        assert!(!ladder.is_empty(), "{competency}");
        assert!(competency.levels().eq(ladder.iter().copied()));
        for (index, &level) in ladder.iter().enumerate() {
            total += 1;
            assert_eq!(level.competency(), competency);
            assert_eq!(usize::from(level.rank()), index + 1);
            assert_eq!(BehaviourLevel::new(competency, level.rank()), Some(level));
            let english = level.descriptor(OfficialLanguage::English);
            let french = level.descriptor(OfficialLanguage::French);
            assert!(
                english.starts_with(|c: char| c.is_uppercase()),
                "{english:?}"
            );
            assert!(french.starts_with(|c: char| c.is_lowercase()), "{french:?}");
            assert_eq!(level.to_string(), format!("{competency}: {english}"));
            assert_eq!(level.to_string().parse::<BehaviourLevel>(), Ok(level));
            let fr_line = format!(
                "- {} : {french}.",
                competency.label(OfficialLanguage::French)
            );
            assert_eq!(fr_line.parse::<BehaviourLevel>(), Ok(level), "{fr_line:?}");
            let en_line = format!("- {competency}: {english};");
            assert_eq!(
                en_line.parse::<CompetencyRequirement>(),
                Ok(CompetencyRequirement::new(level))
            );
        }
        assert_eq!(BehaviourLevel::new(competency, 0), None);
        let beyond = u8::try_from(ladder.len() + 1).unwrap();
        assert_eq!(BehaviourLevel::new(competency, beyond), None);
        assert_eq!(BehaviourLevel::new(competency, u8::MAX), None);
    }
    assert_eq!(total, 57);
}

#[test]
fn ladders_are_strictly_ordered_and_phrases_distinct() {
    for competency in Competency::iter() {
        let ladder = BehaviourLevel::ladder(competency);
        assert!(
            ladder.windows(2).all(|pair| pair[0] < pair[1]),
            "{competency}"
        );
        for lang in OfficialLanguage::iter() {
            let phrases: HashSet<String> = ladder
                .iter()
                .map(|l| l.descriptor(lang).to_lowercase())
                .collect();
            assert_eq!(phrases.len(), ladder.len(), "{competency} {lang}");
        }
        for &held in ladder {
            for &required in ladder {
                assert_eq!(held.satisfies(required), held.rank() >= required.rank());
                assert_eq!(
                    CompetencyRequirement::from(required).is_met_by(held),
                    held >= required
                );
            }
        }
    }
    let empathy = BehaviourLevel::new(Empathy, 1).unwrap();
    let top_initiative = *BehaviourLevel::ladder(Initiative).last().unwrap();
    assert!(!top_initiative.satisfies(empathy));
    assert!(!CompetencyRequirement::new(empathy).is_met_by(top_initiative));
}

#[test]
fn known_ladder_shapes() {
    let lengths: Vec<usize> = Competency::iter()
        .map(|c| BehaviourLevel::ladder(c).len())
        .collect();
    assert_eq!(lengths, [5, 5, 2, 5, 5, 6, 1, 1, 1, 5, 3, 7, 5, 1, 5]);
    let line = |s: &str| s.parse::<BehaviourLevel>().unwrap();
    assert_eq!(line("Change Leadership: Personally leads change").rank(), 1);
    assert_eq!(line("Change Leadership: Champions change").rank(), 2);
    assert_eq!(
        line("Leadership: Communicates a compelling vision").rank(),
        7
    );
    assert!(line("Leadership: Manages meetings").is_inferred());
    assert_eq!(
        line("Leadership: Manages meetings").descriptor(OfficialLanguage::French),
        "dirige les r\u{e9}unions"
    );
}

#[test]
fn error_messages_are_exact() {
    let message = |s: &str| s.parse::<CompetencyRequirement>().unwrap_err().to_string();
    assert_eq!(message(""), "empty competency");
    assert_eq!(
        message("Integrity: Acts with integrity"),
        r#"unknown competency "Integrity""#
    );
    assert_eq!(
        message("Initiative: Runs very fast."),
        r#"unknown behaviour "Runs very fast" for competency Initiative"#
    );
    assert_eq!(
        message("Ma\u{ee}trise de soi : reste zen"),
        r#"unknown behaviour "reste zen" for competency Self-Control"#
    );
    assert_eq!(
        message("Initiative:"),
        r#"missing behaviour level in competency requirement "Initiative:""#
    );
    assert_eq!(
        "Speed".parse::<Competency>().unwrap_err().to_string(),
        r#"unknown competency "Speed""#
    );
    assert_eq!(
        " ".parse::<Competency>().unwrap_err().to_string(),
        "empty competency"
    );
}

#[test]
fn serde_uses_the_canonical_string() {
    let level: BehaviourLevel = "**Initiative** : planifie et agit sur le long terme."
        .parse()
        .unwrap();
    let json = serde_json::to_string(&level).unwrap();
    assert_eq!(json, r#""Initiative: Plans and acts for the long term""#);
    assert_eq!(
        serde_json::from_str::<BehaviourLevel>(&json).unwrap(),
        level
    );
    let req = CompetencyRequirement::new(level);
    assert_eq!(serde_json::to_string(&req).unwrap(), json);
    assert_eq!(
        serde_json::to_string(&SelfControl).unwrap(),
        r#""Self-Control""#
    );
    assert_eq!(
        serde_json::from_str::<Competency>(r#""Ma\u00eetrise de soi""#).unwrap(),
        SelfControl
    );
    assert!(serde_json::from_str::<Competency>(r#""Speed""#).is_err());
    assert!(serde_json::from_str::<BehaviourLevel>(r#""Initiative: Runs very fast""#).is_err());
    assert!(serde_json::from_str::<CompetencyRequirement>(r#""Initiative""#).is_err());
    assert!(serde_json::from_str::<CompetencyRequirement>("3").is_err());
}

#[test]
fn public_types_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Competency>();
    assert_send_sync::<BehaviourLevel>();
    assert_send_sync::<CompetencyRequirement>();
    assert_send_sync::<ParseCompetencyError>();
}

/// Strings made of pieces of notice lines, to reach deep into the parser.
fn notice_flavoured() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "-",
        "*",
        "**",
        "\u{2022}",
        "\u{2013}",
        " ",
        ":",
        " : ",
        " - ",
        ";",
        ".",
        ",",
        "\u{a0}",
        "\u{202f}",
        "/",
        "'",
        "\u{2019}",
        "Initiative",
        "Self-Control",
        "Ma\u{ee}trise de soi",
        "Organizational",
        "Awareness",
        "Plans and acts for the long term",
        "planifie et agit",
        "reste calme et positive",
        "positif",
        "\u{e9}",
        "\u{fb01}",
        "\u{1f600}",
        "\u{ff1a}",
        "_",
    ]);
    prop::collection::vec(pieces, 0..12).prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn display_then_parse_is_identity(level in any::<BehaviourLevel>(), competency in any::<Competency>(),
                                      req in any::<CompetencyRequirement>()) {
        prop_assert_eq!(level.to_string().parse::<BehaviourLevel>(), Ok(level));
        prop_assert_eq!(competency.to_string().parse::<Competency>(), Ok(competency));
        prop_assert_eq!(req.to_string().parse::<CompetencyRequirement>(), Ok(req));
    }

    #[test]
    fn serde_round_trip_is_identity(level in any::<BehaviourLevel>(), competency in any::<Competency>(),
                                    req in any::<CompetencyRequirement>()) {
        let json = serde_json::to_string(&level).unwrap();
        prop_assert_eq!(serde_json::from_str::<BehaviourLevel>(&json).unwrap(), level);
        let json = serde_json::to_string(&competency).unwrap();
        prop_assert_eq!(serde_json::from_str::<Competency>(&json).unwrap(), competency);
        let json = serde_json::to_string(&req).unwrap();
        prop_assert_eq!(serde_json::from_str::<CompetencyRequirement>(&json).unwrap(), req);
    }

    #[test]
    fn arbitrary_strings_never_panic(s in any::<String>()) {
        let _ = s.parse::<Competency>();
        let _ = s.parse::<BehaviourLevel>();
        let _ = s.parse::<CompetencyRequirement>();
    }

    #[test]
    fn notice_flavoured_strings_never_panic(s in notice_flavoured()) {
        let _ = s.parse::<Competency>();
        if let Ok(level) = s.parse::<BehaviourLevel>() {
            prop_assert_eq!(level.to_string().parse::<BehaviourLevel>(), Ok(level));
        }
        let _ = s.parse::<CompetencyRequirement>();
    }

    #[test]
    fn invalid_strings_do_not_deserialize(level in any::<BehaviourLevel>(), junk in "[a-z]{1,12}") {
        let bad = format!("{}: {} {junk}", level.competency(), level.descriptor(OfficialLanguage::English));
        let json = serde_json::to_string(&bad).unwrap();
        prop_assert!(serde_json::from_str::<BehaviourLevel>(&json).is_err());
        prop_assert!(serde_json::from_str::<CompetencyRequirement>(&json).is_err());
    }

    #[test]
    fn requirement_met_by_higher_level_only(required in any::<BehaviourLevel>(), held in any::<BehaviourLevel>()) {
        let met = CompetencyRequirement::new(required).is_met_by(held);
        prop_assert_eq!(met, held.competency() == required.competency() && held.rank() >= required.rank());
    }
}
