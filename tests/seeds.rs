//! The five real notices, field by field: what each seed prints is what the
//! parser must return. The seeds live outside the repository; every test
//! skips with a printed reason when they are absent.

mod util;

use chrono::{NaiveDate, NaiveTime};
use nato_post::{
    ClauseKind, Clearance, ContractKind, Deadline, Grade, GradeCategory, LanguageProfile,
    LanguageRequirement, Layout, OfficialLanguage, PayPeriod, PostGrade, Proficiency, Vacancy,
    Warning,
};
use rust_decimal::Decimal;

fn parse_seed(prefix: &str) -> Option<(Vacancy, Vec<Warning>)> {
    let text = util::seed(prefix)?;
    Some(util::parse_ok(prefix, &text))
}

fn level(n: u8) -> Proficiency {
    Proficiency::new(n).expect("levels I..VI")
}

/// The requirement is "`higher` in one; `lower` in the other": met with the
/// levels either way round, not met one level short in either language.
fn assert_languages_both_ways(req: LanguageRequirement, higher: u8, lower: u8) {
    assert_eq!(req.higher(), level(higher), "{req}");
    assert_eq!(req.lower(), level(lower), "{req}");
    assert!(!req.is_named(), "{req} should not tie levels to languages");
    let met = |en: u8, fr: u8| {
        req.check(&LanguageProfile::new(Some(level(en)), Some(level(fr))))
            .is_met()
    };
    assert!(met(higher, lower), "{req}: English strong, French weak");
    assert!(met(lower, higher), "{req}: French strong, English weak");
    assert!(met(6, 6), "{req}: the top level in both");
    if higher > lower + 1 {
        assert!(!met(higher - 1, lower), "{req}: strong language one short");
        assert!(!met(lower, higher - 1), "{req}: strong language one short");
    }
    if lower > 1 {
        assert!(!met(higher, lower - 1), "{req}: weak language one short");
        assert!(!met(lower - 1, higher), "{req}: weak language one short");
    }
    let english_only = LanguageProfile::new(Some(level(6)), None);
    assert!(
        !req.check(&english_only).is_met(),
        "{req}: no French at all"
    );
}

fn competencies(v: &Vacancy) -> Vec<String> {
    v.competencies.iter().map(ToString::to_string).collect()
}

fn titles(v: &Vacancy) -> (&str, &str) {
    let title = |lang| v.half(lang).map_or("", |h| h.title.as_str());
    (
        title(OfficialLanguage::English),
        title(OfficialLanguage::French),
    )
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

fn years(terms_years: Option<nato_post::TermLength>) -> Option<u16> {
    terms_years.and_then(|t| t.in_years())
}

#[test]
fn seed_000_post_description_head_multilateral_organizations() {
    let Some((v, warnings)) = parse_seed("000_") else {
        return;
    };
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(v.layout, Layout::PostDescription);
    assert_eq!(
        titles(&v),
        (
            "Head, Multilateral Organizations Section",
            "Chef, Section Organisations multilatérales"
        )
    );
    // A post description has no vacancy reference, but a post number.
    assert_eq!(v.reference, None);
    assert_eq!(
        v.post_number.map(|p| p.to_string()).as_deref(),
        Some("PASP0016")
    );

    // `G22 (A5)` in English, `G22 (A.5)` in French: the same grade.
    assert_eq!(v.grade.appointment_grade(), Grade::new(22));
    assert!(!v.grade.is_twin());
    assert!(v.grade.legacy_printed());
    assert_eq!(v.grade.category(), Some(GradeCategory::A));
    assert_eq!(v.grade.to_string(), "G22 (A5)");

    assert_eq!(v.clearance, Some(Clearance::NS));
    assert!(!v.clearance_already_held);

    let languages = v.requirements.languages.expect("language requirement");
    assert_languages_both_ways(languages, 5, 2);
    assert_eq!(v.requirements.experience_years, Some(10));
    assert_eq!(v.requirements.management_years, Some(5));

    assert_eq!(
        competencies(&v),
        [
            "Achievement: Sets and works to meet challenging goals",
            "Change Leadership: Personally leads change",
            "Conceptual Thinking: Clarifies complex data or situations",
            "Developing Others: Provides in-depth mentoring, coaching and training",
            "Impact and Influence: Uses indirect influence",
            "Initiative: Plans and acts for the long term",
            "Leadership: Positions self as the leader",
            "Organisational Awareness: Understands organisational politics",
            "Self-Control: Stays composed and positive even under extreme pressure",
        ]
    );

    // No deadline and no salary on a post description.
    assert_eq!(v.deadline, None);
    assert_eq!(v.salary, None);

    assert_eq!(v.direct_reports, Some(8));
    assert_eq!(v.indirect_reports, Some(0));
    let english = v.half(OfficialLanguage::English).expect("English half");
    assert_eq!(
        english.reports_to.as_deref(),
        Some("the Director of Security Policy")
    );

    // `CONTACT CLAUSE (G)` (sic): the letter is kept; there is no contract
    // section, so no terms.
    let clause = v.contract.clause.expect("contract clause");
    assert_eq!(clause.letter(), Some('G'));
    assert_eq!(v.contract.terms, None);
    assert_eq!(v.contract.twin_grade, None);

    assert_eq!(
        v.job_family.map(|f| f.to_string()).as_deref(),
        Some("Management - Executive Leadership")
    );
    assert_eq!(v.work_level.map(|w| w.to_string()).as_deref(), Some("VII"));
    assert_eq!(
        v.unit.division.as_deref(),
        Some("POLITICAL AFFAIRS AND SECURITY POLICY DIVISION")
    );
    assert_eq!(
        v.unit.directorate.as_deref(),
        Some("SECURITY POLICY DIRECTORATE")
    );
    assert_eq!(v.signed, Some(date(2025, 1, 15)));
}

/// S1 and S2 share the political-turnover contract.
fn assert_political_turnover_contract(v: &Vacancy) {
    let clause = v.contract.clause.expect("contract clause");
    assert_eq!(clause.kind(), Some(ClauseKind::PoliticalTurnover));
    let terms = v.contract.terms.expect("contract terms");
    assert_eq!(terms.first_contract(), ContractKind::Definite);
    assert_eq!(terms.initial().in_years(), Some(3));
    let renewal = terms.renewal().expect("a renewal");
    assert_eq!(renewal.times(), 1);
    assert_eq!(renewal.up_to().in_years(), Some(3));
    assert_eq!(years(terms.max_service()), Some(6));
    let conversion = terms.conversion().expect("a conversion window");
    assert_eq!(years(conversion.notice()), Some(1));
    assert!(!terms.followed_by_indefinite());

    let seconded = v.contract.seconded_terms.expect("seconded terms");
    assert_eq!(seconded.initial().in_years(), Some(3));
    assert!(seconded.renewal_needs_national_agreement());
    assert_eq!(years(seconded.max_service()), Some(6));
    assert!(v.contract.serving_staff_keep_contract);
    assert_eq!(v.contract.twin_grade, None);
}

fn assert_g20_salary(v: &Vacancy) {
    let salary = v.salary.expect("salary");
    assert_eq!(salary.amount(), Decimal::new(875_421, 2));
    assert_eq!(salary.currency().as_str(), "EUR");
    assert_eq!(salary.period(), PayPeriod::Monthly);
}

#[test]
fn seed_001_head_divisional_support_fast_track() {
    let Some((v, warnings)) = parse_seed("001_") else {
        return;
    };
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(v.layout, Layout::VacancyNotification);
    assert_eq!(
        v.reference.map(|r| r.to_string()).as_deref(),
        Some("241656")
    );
    assert_eq!(
        titles(&v),
        (
            "Head, Divisional Support Section and Executive Officer (XO)",
            "Chef de la Section Soutien de la Division et administratrice exécutive/administrateur exécutif"
        )
    );
    assert_eq!(v.grade, PostGrade::from(Grade::new(20).expect("G20")));
    assert!(!v.grade.legacy_printed());

    assert_eq!(v.clearance, Some(Clearance::CTS_ATOMAL));
    assert!(v.clearance.is_some_and(Clearance::is_atomal));
    // A fast-track competition for people who already hold the clearance.
    assert!(v.clearance_already_held);

    assert_languages_both_ways(v.requirements.languages.expect("languages"), 6, 3);

    assert_eq!(
        competencies(&v),
        [
            "Achievement: Creates own measures of excellence and improves performance",
            "Analytical Thinking: Sees multiple relationships",
            "Clarity and Accuracy: Monitors others' work for clarity",
            "Conceptual Thinking: Applies learned concepts",
            "Customer Service Orientation: Makes things better for the customer, addressing underlying customer needs",
            "Impact and Influence: Uses indirect influence",
            "Initiative: Is decisive in a time-sensitive situation",
            "Teamwork: Solicits inputs and encourages others",
        ]
    );

    // `15-Dec-2024` in English, `15-déc.-2024` in French, no time.
    assert_eq!(v.deadline, Some(Deadline::Date(date(2024, 12, 15))));
    assert_g20_salary(&v);

    assert_eq!(v.direct_reports, Some(6));
    assert_eq!(v.indirect_reports, Some(0));
    let english = v.half(OfficialLanguage::English).expect("English half");
    assert!(
        english
            .reports_to
            .as_deref()
            .is_some_and(|who| who.starts_with("the Assistant Secretary General")),
        "{:?}",
        english.reports_to
    );

    assert_political_turnover_contract(&v);
    assert!(
        v.funding_caveats
            .contains(&nato_post::FundingCaveat::SubjectToAvailableFunds)
    );
}

#[test]
fn seed_002_officer_civil_preparedness_no_clearance_printed() {
    let Some((v, warnings)) = parse_seed("002_") else {
        return;
    };
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(v.layout, Layout::VacancyNotification);
    assert_eq!(
        v.reference.map(|r| r.to_string()).as_deref(),
        Some("240696")
    );
    assert_eq!(
        titles(&v),
        (
            "Officer - Civil Preparedness Policy and Planning",
            "Administratrice/Administrateur (politique et plans pour la préparation du secteur civil)"
        )
    );
    assert_eq!(v.grade.to_string(), "G20");
    assert_eq!(v.clearance, None, "S2 prints no clearance");
    assert!(!v.clearance_already_held);

    assert_languages_both_ways(v.requirements.languages.expect("languages"), 5, 1);

    assert_eq!(
        competencies(&v),
        [
            "Analytical Thinking: Makes complex plans or analyses",
            "Clarity and Accuracy: Checks own work",
            "Conceptual Thinking: Applies learned concepts",
            "Customer Service Orientation: Takes personal responsibility for correcting problems",
            "Impact and Influence: Takes multiple actions to persuade",
            "Initiative: Is decisive in a time-sensitive situation",
            "Organisational Awareness: Understands organisational climate and culture",
            "Teamwork: Solicits inputs and encourages others",
        ]
    );

    // `16-May-2024, 11:59:00 PM`: the time is kept beside the date.
    let deadline = v.deadline.expect("deadline");
    assert_eq!(deadline.date(), Some(date(2024, 5, 16)));
    assert_eq!(deadline.time(), NaiveTime::from_hms_opt(23, 59, 0));
    assert_g20_salary(&v);

    assert_eq!(v.direct_reports, Some(0));
    assert_eq!(v.indirect_reports, Some(0));
    let english = v.half(OfficialLanguage::English).expect("English half");
    assert_eq!(
        english.reports_to.as_deref(),
        Some("the Head, Resilience Section")
    );

    assert_political_turnover_contract(&v);
}

#[test]
fn seed_003_assistant_secretary_general_markdown() {
    let Some((v, warnings)) = parse_seed("003_") else {
        return;
    };
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(v.layout, Layout::MarkdownExport);
    assert_eq!(
        v.reference.map(|r| r.to_string()).as_deref(),
        Some("250443")
    );
    assert_eq!(
        titles(&v),
        (
            "Assistant Secretary General, Defence Policy and Planning",
            "Secrétaire général(e) adjoint(e) pour la politique et les plans de défense"
        )
    );
    // Above the spine: `Unclassified`, no grade number, no salary.
    assert_eq!(v.grade, PostGrade::Ungraded);
    assert!(!v.grade.is_graded());
    assert_eq!(v.grade.appointment_grade(), None);
    assert_eq!(v.salary, None);

    assert_eq!(v.clearance, Some(Clearance::CTS));
    assert!(!v.clearance.is_some_and(Clearance::is_atomal));

    assert_languages_both_ways(v.requirements.languages.expect("languages"), 6, 1);
    assert_eq!(v.requirements.experience_years, Some(15));

    assert_eq!(
        competencies(&v),
        [
            "Achievement: Demonstrates decisiveness based on solid considerations and trade-offs",
            "Change Leadership: Champions change",
            "Conceptual Thinking: Creates new concepts",
            "Developing Others: Provides in-depth mentoring, coaching and training",
            "Impact and Influence: Uses complex influence strategies",
            "Initiative: Plans and acts for the long term",
            "Leadership: Communicates a compelling vision",
            "Organisational Awareness: Understands underlying issues",
            "Self-Control: Stays composed and positive even under extreme pressure",
        ]
    );

    assert_eq!(v.deadline, Some(Deadline::Date(date(2025, 4, 6))));
    // No interrelationships section: no report counts.
    assert_eq!(v.direct_reports, None);
    assert_eq!(v.indirect_reports, None);

    let clause = v.contract.clause.expect("contract clause");
    assert_eq!(clause.kind(), Some(ClauseKind::SeniorAppointment));
    let terms = v.contract.terms.expect("contract terms");
    assert_eq!(terms.first_contract(), ContractKind::Definite);
    assert_eq!(terms.initial().in_years(), Some(3));
    assert_eq!(years(terms.exceptional_extension()), Some(1));
    assert_eq!(terms.renewal(), None);
    assert!(!terms.followed_by_indefinite());
    assert_eq!(v.contract.seconded_terms, None);

    // The key challenges are a section of their own here.
    let english = v.half(OfficialLanguage::English).expect("English half");
    assert!(!english.key_challenges.items.is_empty());
}

#[test]
fn seed_004_portfolio_assistant_twin_grade() {
    let Some((v, warnings)) = parse_seed("004_") else {
        return;
    };
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(v.layout, Layout::VacancyNotification);
    assert_eq!(
        v.reference.map(|r| r.to_string()).as_deref(),
        Some("241694")
    );
    assert_eq!(
        titles(&v),
        ("Portfolio Assistant", "Assistant(e) (portefeuille)")
    );

    // `G8-G10`: a twin grade in category B, appointment at the lower grade.
    assert!(v.grade.is_twin());
    assert_eq!(v.grade.appointment_grade(), Grade::new(8));
    assert_eq!(v.grade.highest_grade(), Grade::new(10));
    assert_eq!(v.grade.category(), Some(GradeCategory::B));
    assert_eq!(v.grade.to_string(), "G8-G10");

    assert_eq!(v.clearance, Some(Clearance::NS));
    assert_languages_both_ways(v.requirements.languages.expect("languages"), 5, 2);
    assert_eq!(v.requirements.experience_years, Some(4));

    assert_eq!(
        competencies(&v),
        [
            "Clarity and Accuracy: Checks own work",
            "Customer Service Orientation: Takes personal responsibility for correcting problems",
            "Empathy: Listens actively",
            "Flexibility: Acts with flexibility",
            "Initiative: Is decisive in a time-sensitive situation",
            "Organisational Awareness: Understands the Organisation's structure",
            "Teamwork: Expresses positive attitudes and expectations of team or team members",
        ]
    );

    assert_eq!(v.deadline, Some(Deadline::Date(date(2025, 1, 5))));
    let salary = v.salary.expect("salary");
    assert_eq!(salary.amount(), Decimal::new(383_304, 2));
    assert_eq!(salary.currency().as_str(), "EUR");
    assert_eq!(salary.period(), PayPeriod::Monthly);

    assert_eq!(v.direct_reports, Some(0));
    assert_eq!(v.indirect_reports, Some(0));
    let english = v.half(OfficialLanguage::English).expect("English half");
    assert_eq!(english.reports_to.as_deref(), Some("the Head of Section"));

    let clause = v.contract.clause.expect("contract clause");
    assert_eq!(clause.kind(), Some(ClauseKind::Standard));
    let terms = v.contract.terms.expect("contract terms");
    assert_eq!(terms.initial().in_years(), Some(3));
    assert!(terms.followed_by_indefinite());
    assert_eq!(terms.max_service(), None);
    let seconded = v.contract.seconded_terms.expect("seconded terms");
    assert!(seconded.renewal_needs_national_agreement());
    assert_eq!(years(seconded.max_service()), Some(6));
    assert!(v.contract.serving_staff_keep_contract);

    let twin = v.contract.twin_grade.expect("twin-grade note");
    assert_eq!(twin.normal_wait.in_months(), 36);
    assert_eq!(twin.external_reduction.map(|t| t.in_months()), Some(24));
    assert!(twin.serving_direct_appointment);

    assert!(
        v.funding_caveats
            .contains(&nato_post::FundingCaveat::PendingBudgetApproval)
    );
}

/// Every seed: both halves present, the French half agreeing with the
/// English one on every typed fact (no `HalvesDisagree` warning), and the
/// typed facts the French half prints matching the English ones.
#[test]
fn every_seed_has_two_agreeing_halves() {
    let Some(seeds) = util::seeds() else {
        return;
    };
    for seed in seeds {
        let (v, warnings) = util::parse_ok(&seed.name, &seed.text);
        assert!(v.english.is_some(), "{}: English half", seed.name);
        assert!(v.french.is_some(), "{}: French half", seed.name);
        assert!(
            !warnings
                .iter()
                .any(|w| matches!(w.kind, nato_post::WarningKind::HalvesDisagree { .. })),
            "{}: {warnings:?}",
            seed.name
        );
        assert!(
            (7..=9).contains(&v.competencies.len()),
            "{}: {} competencies",
            seed.name,
            v.competencies.len()
        );
    }
}
