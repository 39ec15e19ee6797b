//! The fixture-driven notice test, after the url crate's: one driver reads
//! every notice in `tests/fixtures/`, checks it against the expectations
//! written here, and keeps an explicit list of known failures. Then serde:
//! every parsed notice survives a JSON round trip, and tampered JSON is
//! rejected.

mod util;

use nato_post::{Field, Layout, NoticeError, OfficialLanguage, Vacancy, Warning, parse_notice};

/// What a fixture that parses must give. Typed values are compared in
/// their canonical string form; `None` means the notice does not print it.
struct Expected {
    layout: Layout,
    english_title: Option<&'static str>,
    french_title: Option<&'static str>,
    reference: Option<&'static str>,
    grade: &'static str,
    clearance: Option<&'static str>,
    deadline: Option<&'static str>,
    salary: Option<&'static str>,
    languages: Option<&'static str>,
    experience_years: Option<u8>,
    management_years: Option<u8>,
    competencies: &'static [&'static str],
    direct_reports: Option<u16>,
    indirect_reports: Option<u16>,
    body: Option<&'static str>,
    contract_terms: Option<&'static str>,
    /// Every warning, in its display form.
    warnings: &'static [&'static str],
}

enum Outcome {
    Parses(Expected),
    Fails(NoticeError),
}

/// Fixtures the parser does not read right yet, by file stem. A fixture
/// listed here that starts passing fails the test, so the list shrinks.
const KNOWN_FAILURES: &[&str] = &[];

fn invalid(field: Field, line: usize, value: &str, reason: &str) -> NoticeError {
    NoticeError::InvalidValue {
        field,
        line,
        value: value.to_owned(),
        reason: reason.to_owned(),
    }
}

fn cases() -> Vec<(&'static str, Outcome)> {
    vec![
        (
            // The e-recruitment layout, English then French.
            "vn_bilingual",
            Outcome::Parses(Expected {
                layout: Layout::VacancyNotification,
                english_title: Some("Senior Archivist, Records Management Section"),
                french_title: Some("Archiviste principal(e), Section Gestion des archives"),
                reference: Some("259001"),
                grade: "G15-G17",
                clearance: Some("NS"),
                deadline: Some("2025-02-28T23:59:00"),
                salary: Some("7010.50 EUR monthly"),
                languages: Some("V in one; III in the other"),
                experience_years: Some(6),
                management_years: Some(2),
                competencies: &[
                    "Achievement: Sets and works to meet challenging goals",
                    "Clarity and Accuracy: Monitors others' work for clarity",
                    "Customer Service Orientation: Takes personal responsibility for correcting problems",
                    "Developing Others: Provides in-depth mentoring, coaching and training",
                    "Initiative: Is decisive in a time-sensitive situation",
                    "Organisational Awareness: Understands the Organisation's structure",
                    "Teamwork: Solicits inputs and encourages others",
                ],
                direct_reports: Some(2),
                indirect_reports: Some(0),
                body: Some("NATO IS"),
                contract_terms: Some("definite 3 years; then indefinite"),
                warnings: &[],
            }),
        ),
        (
            // A post description: tab-separated header table, legacy grade
            // first (`A.2/G15`), signature and date, no deadline or salary.
            "pd_tabbed_en",
            Outcome::Parses(Expected {
                layout: Layout::PostDescription,
                english_title: Some("Officer, Personnel Security Vetting"),
                french_title: None,
                reference: None,
                grade: "G15 (A2)",
                clearance: Some("NC"),
                deadline: None,
                salary: None,
                languages: Some("IV in one; II in the other"),
                experience_years: Some(3),
                management_years: None,
                competencies: &[
                    "Analytical Thinking: Sees multiple relationships",
                    "Clarity and Accuracy: Checks own work",
                    "Customer Service Orientation: Takes personal responsibility for correcting problems",
                    "Empathy: Listens actively",
                    "Initiative: Is decisive in a time-sensitive situation",
                    "Organisational Awareness: Understands the Organisation's structure",
                    "Teamwork: Expresses positive attitudes and expectations of team or team members",
                ],
                direct_reports: Some(0),
                indirect_reports: Some(3),
                body: Some("NATO IS"),
                contract_terms: None,
                // A sub-family NATO may add is tolerated, its text kept.
                warnings: &[
                    "line 8: job family \"Core - Security\" not recognised: unknown job sub-family \"Security\"",
                ],
            }),
        ),
        (
            // A markdown export: `**Label:**`, `## **2. ...**`, `*` bullets,
            // bold accountability leads.
            "md_export",
            Outcome::Parses(Expected {
                layout: Layout::MarkdownExport,
                english_title: Some("Officer, Cyber Defence Policy"),
                french_title: None,
                reference: Some("251777"),
                grade: "G17",
                clearance: Some("NS"),
                deadline: Some("2025-03-09T23:59:00"),
                salary: Some("7421.06 EUR monthly"),
                languages: Some("V in one; III in the other"),
                experience_years: Some(5),
                management_years: None,
                competencies: &[
                    "Achievement: Sets and works to meet challenging goals",
                    "Analytical Thinking: Makes complex plans or analyses",
                    "Conceptual Thinking: Clarifies complex data or situations",
                    "Impact and Influence: Takes multiple actions to persuade",
                    "Initiative: Is decisive in a time-sensitive situation",
                    "Organisational Awareness: Understands organisational climate and culture",
                    "Teamwork: Solicits inputs and encourages others",
                ],
                direct_reports: Some(0),
                indirect_reports: Some(0),
                body: Some("NATO IS"),
                contract_terms: Some("definite 3 years; then indefinite"),
                warnings: &[],
            }),
        ),
        (
            // French only: French labels, French dates and salary, French
            // competency phrases.
            "vn_french_only",
            Outcome::Parses(Expected {
                layout: Layout::VacancyNotification,
                english_title: None,
                french_title: Some("Traductrice/Traducteur"),
                reference: Some("251802"),
                grade: "G16",
                clearance: Some("NS"),
                deadline: Some("2025-01-05T23:59:00"),
                salary: Some("6891.37 EUR monthly"),
                languages: Some("VI in one; V in the other"),
                experience_years: Some(3),
                management_years: None,
                competencies: &[
                    "Achievement: Creates own measures of excellence and improves performance",
                    "Clarity and Accuracy: Checks own work",
                    "Flexibility: Acts with flexibility",
                    "Initiative: Is decisive in a time-sensitive situation",
                    "Self-Control: Stays composed and positive even under extreme pressure",
                    "Teamwork: Solicits inputs and encourages others",
                ],
                direct_reports: Some(0),
                indirect_reports: Some(0),
                body: Some("NATO IS"),
                contract_terms: Some("definite 3 years; then indefinite"),
                warnings: &[],
            }),
        ),
        (
            // Another body's notice: `DIVISION:` / `TITLE:` / `GRADE:`
            // headers under a banner, `POST CONTEXT`, `PRINCIPAL DUTIES`, a
            // legacy-only grade, an `Ongoing` deadline, `EUR (Monthly)`.
            "ims_division_title",
            Outcome::Parses(Expected {
                layout: Layout::VacancyNotification,
                english_title: Some("Staff Officer (Movement and Transportation)"),
                french_title: None,
                reference: None,
                grade: "G17 (A3)",
                clearance: Some("NS"),
                deadline: Some("Ongoing"),
                salary: Some("5725.22 EUR monthly, tax free"),
                languages: Some("V in English; II in French"),
                experience_years: Some(5),
                management_years: None,
                competencies: &[
                    "Analytical Thinking: Makes complex plans or analyses",
                    "Clarity and Accuracy: Monitors others' work for clarity",
                    "Initiative: Plans and acts for the long term",
                    "Teamwork: Solicits inputs and encourages others",
                ],
                direct_reports: None,
                indirect_reports: None,
                body: Some("NATO IMS"),
                contract_terms: Some("definite 3 years; renewable once up to 3 years"),
                warnings: &[],
            }),
        ),
        (
            // English only, header lines glued by copy and paste, list
            // bullets stripped.
            "vn_glued_stripped",
            Outcome::Parses(Expected {
                layout: Layout::VacancyNotification,
                english_title: Some("Budget Analyst, Financial Planning Section"),
                french_title: None,
                reference: Some("252345"),
                grade: "G12",
                clearance: Some("NS"),
                deadline: Some("2024-12-15"),
                salary: Some("5725.22 EUR monthly"),
                languages: Some("IV in one; II in the other"),
                experience_years: Some(4),
                management_years: None,
                competencies: &[
                    "Achievement: Creates own measures of excellence and improves performance",
                    "Analytical Thinking: Sees multiple relationships",
                    "Clarity and Accuracy: Checks own work",
                    "Customer Service Orientation: Takes personal responsibility for correcting problems",
                    "Initiative: Is decisive in a time-sensitive situation",
                    "Teamwork: Solicits inputs and encourages others",
                ],
                direct_reports: Some(0),
                indirect_reports: Some(0),
                body: Some("NATO IS"),
                contract_terms: Some("definite 3 years; then indefinite"),
                warnings: &[],
            }),
        ),
        (
            "broken_not_a_notice",
            Outcome::Fails(NoticeError::NotANotice),
        ),
        (
            // The grade is expected by the end of the header, where the
            // first section starts.
            "broken_missing_grade",
            Outcome::Fails(NoticeError::MissingField {
                field: Field::Grade,
                line: 10,
            }),
        ),
        (
            "broken_grade_g25",
            Outcome::Fails(invalid(
                Field::Grade,
                7,
                "NATO Grade G25",
                "post grade \"NATO Grade G25\" names a grade outside the spine G1..G24",
            )),
        ),
        (
            "broken_clearance",
            Outcome::Fails(invalid(
                Field::Clearance,
                8,
                "NATO ULTRA SECRET",
                "unknown clearance level \"NATO ULTRA SECRET\"",
            )),
        ),
        (
            "broken_deadline",
            Outcome::Fails(invalid(
                Field::Deadline,
                6,
                "31-Feb-2025",
                "invalid deadline \"31-Feb-2025\": no such date",
            )),
        ),
        (
            "broken_salary",
            Outcome::Fails(invalid(
                Field::Salary,
                7,
                "a competitive package",
                "unexpected text in salary \"a competitive package\"",
            )),
        ),
    ]
}

fn shown<T: ToString>(value: Option<T>) -> Option<String> {
    value.map(|v| v.to_string())
}

/// Every way `v` differs from `want`, one line each.
fn differences(v: &Vacancy, warnings: &[Warning], want: &Expected) -> Vec<String> {
    let mut diffs = Vec::new();
    let mut check = |what: &str, got: Option<String>, want: Option<&str>| {
        if got.as_deref() != want {
            diffs.push(format!("{what}: got {got:?}, want {want:?}"));
        }
    };
    let title = |lang| v.half(lang).map(|h| h.title.clone());
    check(
        "layout",
        Some(v.layout.to_string()),
        Some(want.layout.as_str()),
    );
    check(
        "English title",
        title(OfficialLanguage::English),
        want.english_title,
    );
    check(
        "French title",
        title(OfficialLanguage::French),
        want.french_title,
    );
    check("reference", shown(v.reference), want.reference);
    check("grade", Some(v.grade.to_string()), Some(want.grade));
    check("clearance", shown(v.clearance), want.clearance);
    check("deadline", shown(v.deadline), want.deadline);
    check("salary", shown(v.salary), want.salary);
    check("languages", shown(v.requirements.languages), want.languages);
    check(
        "experience years",
        shown(v.requirements.experience_years),
        want.experience_years.map(|n| n.to_string()).as_deref(),
    );
    check(
        "management years",
        shown(v.requirements.management_years),
        want.management_years.map(|n| n.to_string()).as_deref(),
    );
    check(
        "direct reports",
        shown(v.direct_reports),
        want.direct_reports.map(|n| n.to_string()).as_deref(),
    );
    check(
        "indirect reports",
        shown(v.indirect_reports),
        want.indirect_reports.map(|n| n.to_string()).as_deref(),
    );
    check("body", shown(v.body), want.body);
    check(
        "contract terms",
        shown(v.contract.terms),
        want.contract_terms,
    );
    let competencies: Vec<String> = v.competencies.iter().map(ToString::to_string).collect();
    if competencies != want.competencies {
        diffs.push(format!(
            "competencies: got {competencies:#?}, want {:#?}",
            want.competencies
        ));
    }
    let warnings: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    if warnings != want.warnings {
        diffs.push(format!(
            "warnings: got {warnings:#?}, want {:#?}",
            want.warnings
        ));
    }
    diffs
}

#[test]
fn every_fixture_gives_what_it_should() {
    let cases = cases();
    let fixtures = util::fixtures();
    let mut failures = Vec::new();
    for fixture in &fixtures {
        let Some((_, outcome)) = cases.iter().find(|(name, _)| *name == fixture.name) else {
            failures.push((
                fixture.name.clone(),
                "no expectation written for this fixture".to_owned(),
            ));
            continue;
        };
        let diffs = match (outcome, parse_notice(&fixture.text)) {
            (Outcome::Parses(want), Ok((v, warnings))) => differences(&v, &warnings, want),
            (Outcome::Parses(_), Err(err)) => vec![format!("failed: {err}")],
            (Outcome::Fails(want), Err(err)) if err == *want => Vec::new(),
            (Outcome::Fails(want), Err(err)) => vec![format!("got error {err:?}, want {want:?}")],
            (Outcome::Fails(want), Ok((v, _))) => {
                vec![format!("parsed (grade {}), want {want:?}", v.grade)]
            }
        };
        if !diffs.is_empty() {
            failures.push((fixture.name.clone(), diffs.join("\n  ")));
        }
    }
    for (name, _) in &cases {
        if !fixtures.iter().any(|f| f.name == *name) {
            failures.push((
                (*name).to_owned(),
                "expected fixture file is missing".to_owned(),
            ));
        }
    }

    let mut report = Vec::new();
    for (name, why) in &failures {
        if !KNOWN_FAILURES.contains(&name.as_str()) {
            report.push(format!("{name}:\n  {why}"));
        }
    }
    for known in KNOWN_FAILURES {
        if !failures.iter().any(|(name, _)| name == known) {
            report.push(format!(
                "{known}: passes now; remove it from KNOWN_FAILURES"
            ));
        }
    }
    assert!(report.is_empty(), "\n{}", report.join("\n"));
}

#[test]
fn every_error_names_its_line_or_says_not_a_notice() {
    for (name, outcome) in cases() {
        let Outcome::Fails(err) = outcome else {
            continue;
        };
        let message = err.to_string();
        match err.line() {
            Some(line) => assert!(
                message.starts_with(&format!("line {line}: ")),
                "{name}: {message}"
            ),
            None => assert_eq!(err, NoticeError::NotANotice, "{name}"),
        }
    }
}

#[test]
fn glued_header_lines_are_split_into_their_fields() {
    let text = util::fixture("vn_glued_stripped.txt");
    let (v, _) = util::parse_ok("vn_glued_stripped", &text);
    let english = v.half(OfficialLanguage::English).expect("English half");
    let labels: Vec<&str> = english
        .header
        .iter()
        .map(|(label, _)| label.as_ref())
        .collect();
    assert_eq!(
        labels,
        [
            "Primary Location",
            "NATO Body",
            "Schedule",
            "Application Deadline",
            "Salary (Pay Basis)",
            "Grade",
            "Clearance Level"
        ]
    );
    assert_eq!(
        v.primary_location.map(|l| l.to_string()).as_deref(),
        Some("Belgium-Mons")
    );
    assert_eq!(
        v.schedule.map(|s| s.to_string()).as_deref(),
        Some("Full-time")
    );
}

#[test]
fn stripped_bullets_still_make_list_items() {
    let text = util::fixture("vn_glued_stripped.txt");
    let (v, _) = util::parse_ok("vn_glued_stripped", &text);
    let english = v.half(OfficialLanguage::English).expect("English half");
    assert_eq!(english.essential.intro, ["The incumbent must:"]);
    assert_eq!(english.essential.items.len(), 4, "{:#?}", english.essential);
    assert_eq!(
        english.competencies.items.len(),
        6,
        "{:#?}",
        english.competencies
    );
}

#[test]
fn another_bodys_notice_keeps_its_banner_and_sections() {
    let text = util::fixture("ims_division_title.txt");
    let (v, _) = util::parse_ok("ims_division_title", &text);
    let english = v.half(OfficialLanguage::English).expect("English half");
    assert_eq!(
        english.banner,
        ["INTERNATIONAL MILITARY STAFF", "CIVILIAN VACANCY NOTICE"]
    );
    assert_eq!(
        v.unit.division.as_deref(),
        Some("Logistics and Resources Division")
    );
    assert_eq!(
        v.post_number.map(|p| p.to_string()).as_deref(),
        Some("LRD0291")
    );
    assert!(
        english
            .summary
            .iter()
            .any(|p| p.contains("Military Committee"))
    );
    let duties: Vec<&str> = english
        .accountabilities
        .iter()
        .flat_map(|a| a.paragraphs.iter())
        .collect();
    assert_eq!(duties.len(), 4, "{:#?}", english.accountabilities);
    assert_eq!(duties[0], "The incumbent will:");
    assert_eq!(duties[3], "represent the Division in working groups.");
}

/// Every notice that parses: fixtures, and the seeds when present.
fn parsed_notices() -> Vec<(String, Vacancy)> {
    let mut all: Vec<util::NamedNotice> = util::fixtures();
    all.extend(util::seeds().unwrap_or_default());
    all.into_iter()
        .filter_map(|n| parse_notice(&n.text).ok().map(|(v, _)| (n.name, v)))
        .collect()
}

#[test]
fn json_round_trip_gives_an_equal_vacancy() {
    let notices = parsed_notices();
    assert!(notices.len() >= 6, "only {} notices parsed", notices.len());
    for (name, v) in notices {
        let json = serde_json::to_string(&v).unwrap_or_else(|e| panic!("{name}: {e}"));
        let back: Vacancy =
            serde_json::from_str(&json).unwrap_or_else(|e| panic!("{name}: {e}\n{json}"));
        assert_eq!(back, v, "{name}");
    }
}

#[test]
fn tampered_json_is_rejected() {
    let text = util::fixture("vn_bilingual.txt");
    let (v, _) = util::parse_ok("vn_bilingual", &text);
    let json = serde_json::to_value(&v).expect("serializes");
    assert!(serde_json::from_value::<Vacancy>(json.clone()).is_ok());
    for (field, bad) in [
        ("grade", "G25"),
        ("grade", "G8-G12"),
        ("clearance", "CTS/B"),
        ("deadline", "2025-02-31"),
        ("salary", "lots EUR monthly"),
        ("reference", "12345"),
        ("layout", "letter"),
    ] {
        let mut tampered = json.clone();
        tampered[field] = serde_json::Value::from(bad);
        let err = serde_json::from_value::<Vacancy>(tampered)
            .expect_err(&format!("{field} = {bad:?} accepted"));
        assert!(
            err.to_string().contains(bad),
            "{field} = {bad:?}: the error should name the value: {err}"
        );
    }
}
