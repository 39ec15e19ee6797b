//! Contract plans, plan validation, twin-grade advancement and member
//! states: worked dates for each clause, leap years, seconded and serving
//! staff, every violation kind, and property tests.

use std::path::Path;

use chrono::{Datelike, Months, NaiveDate};
use nato_post::{
    AppointeeStatus, ClauseKind, Contract, ContractClause, ContractPlan, ContractTerms,
    ConversionWindow, MIN_ADVANCEMENT_MONTHS, MemberState, Nationality, OfficialLanguage,
    ParseMemberStateError, Period, PlanError, PlanPart, PlanRule, PlanViolation, ProposedPlan,
    Renewal, TermLength, TermsSource, TwinGradeAdvancement, TwinGradeNote, Vacancy,
};
use proptest::prelude::*;

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn years(n: u16) -> TermLength {
    TermLength::years(n).unwrap()
}

fn months(n: u16) -> TermLength {
    TermLength::months(n).unwrap()
}

fn period(first: NaiveDate, last: NaiveDate) -> Period {
    Period {
        first_day: first,
        last_day: last,
    }
}

fn plan(terms: &ContractTerms, start: NaiveDate) -> ContractPlan {
    ContractPlan::from_terms(terms, start, AppointeeStatus::External).unwrap()
}

/// The contract section of a seed-like post: political-turnover terms for
/// everyone, the seconded terms of DOMAIN.md §5, serving staff keeping
/// their contract.
fn turnover_contract() -> Contract {
    let seconded = ContractTerms::builder(years(3))
        .renewal(Renewal::once(years(3)))
        .renewal_needs_national_agreement(true)
        .max_service(years(6))
        .build()
        .unwrap();
    Contract {
        clause: Some(ContractClause::from_kind(ClauseKind::PoliticalTurnover)),
        terms: Some(ClauseKind::PoliticalTurnover.default_terms()),
        seconded_terms: Some(seconded),
        serving_staff_keep_contract: true,
        twin_grade: None,
    }
}

// ---------------------------------------------------------------------------
// Worked dates for each clause
// ---------------------------------------------------------------------------

#[test]
fn political_turnover_timeline() {
    let p = plan(
        &ClauseKind::PoliticalTurnover.default_terms(),
        d(2025, 9, 1),
    );
    assert_eq!(p.initial, period(d(2025, 9, 1), d(2028, 8, 31)));
    assert_eq!(p.probation_end, d(2026, 2, 28));
    assert_eq!(p.renewals, [period(d(2028, 9, 1), d(2031, 8, 31))]);
    assert_eq!(p.extension, None);
    let conversion = p.conversion.unwrap();
    assert_eq!(conversion.opens, d(2028, 9, 1));
    assert_eq!(conversion.contract_last_day, d(2031, 8, 31));
    assert_eq!(conversion.last_request, Some(d(2030, 8, 31)));
    assert_eq!(p.max_service_end, Some(d(2031, 8, 31)));
    assert!(!p.followed_by_indefinite);
    assert_eq!(p.source, TermsSource::Given);
}

#[test]
fn standard_timeline_has_no_end_of_service() {
    let p = plan(&ClauseKind::Standard.default_terms(), d(2025, 1, 15));
    assert_eq!(p.initial, period(d(2025, 1, 15), d(2028, 1, 14)));
    assert!(p.renewals.is_empty());
    assert_eq!(p.conversion, None);
    assert!(p.followed_by_indefinite);
    assert_eq!(p.max_service_end, None);
    assert_eq!(p.last_definite_day(), d(2028, 1, 14));
}

#[test]
fn project_timeline_ends_with_its_renewal() {
    let p = plan(&ClauseKind::Project.default_terms(), d(2025, 1, 1));
    assert_eq!(p.initial, period(d(2025, 1, 1), d(2027, 12, 31)));
    assert_eq!(p.renewals, [period(d(2028, 1, 1), d(2030, 12, 31))]);
    assert_eq!(p.conversion, None);
    assert_eq!(p.max_service_end, Some(d(2030, 12, 31)));
}

#[test]
fn senior_appointment_timeline_has_the_extension() {
    let p = plan(
        &ClauseKind::SeniorAppointment.default_terms(),
        d(2025, 10, 1),
    );
    assert_eq!(p.initial, period(d(2025, 10, 1), d(2028, 9, 30)));
    assert_eq!(p.extension, Some(period(d(2028, 10, 1), d(2029, 9, 30))));
    assert_eq!(p.max_service_end, Some(d(2029, 9, 30)));
    assert_eq!(p.last_definite_day(), d(2029, 9, 30));
}

#[test]
fn several_renewals_chain_from_the_start() {
    let terms = ContractTerms::builder(months(18))
        .renewal(Renewal::new(3, years(1)).unwrap())
        .build()
        .unwrap();
    let p = plan(&terms, d(2025, 1, 31));
    assert_eq!(p.initial, period(d(2025, 1, 31), d(2026, 7, 30)));
    assert_eq!(
        p.renewals,
        [
            period(d(2026, 7, 31), d(2027, 7, 30)),
            period(d(2027, 7, 31), d(2028, 7, 30)),
            period(d(2028, 7, 31), d(2029, 7, 30)),
        ]
    );
}

#[test]
fn conversion_without_printed_deadline_still_opens() {
    let terms = ContractTerms::builder(years(3))
        .renewal(Renewal::once(years(3)))
        .conversion(ConversionWindow::new(None))
        .build()
        .unwrap();
    let p = plan(&terms, d(2025, 9, 1));
    let c = p.conversion.unwrap();
    assert_eq!((c.opens, c.last_request), (d(2028, 9, 1), None));
    // Conversion may follow: no end of service without a printed maximum.
    assert_eq!(p.max_service_end, None);
}

#[test]
fn plan_display_lists_every_date() {
    let p = plan(
        &ClauseKind::PoliticalTurnover.default_terms(),
        d(2025, 9, 1),
    );
    assert_eq!(
        p.to_string(),
        "terms (external): definite 3 years; renewable once up to 3 years; max 6 years; conversion no later than 1 year before end\n\
         initial term: 2025-09-01 to 2028-08-31\n\
         probation ends: 2026-02-28\n\
         renewal 1: 2028-09-01 to 2031-08-31\n\
         conversion request: 2028-09-01 to 2030-08-31 (contract ends 2031-08-31)\n\
         end of maximum service: 2031-08-31"
    );
}

// ---------------------------------------------------------------------------
// Leap years
// ---------------------------------------------------------------------------

#[test]
fn leap_day_start_ends_terms_on_28_february_in_common_years() {
    let p = plan(
        &ClauseKind::PoliticalTurnover.default_terms(),
        d(2024, 2, 29),
    );
    // 2027 has no 29 February: the term ends on the month's last day and
    // the renewal starts on 1 March.
    assert_eq!(p.initial, period(d(2024, 2, 29), d(2027, 2, 28)));
    assert_eq!(p.renewals, [period(d(2027, 3, 1), d(2030, 2, 28))]);
    assert_eq!(p.conversion.unwrap().last_request, Some(d(2029, 2, 28)));
    assert_eq!(p.probation_end, d(2024, 8, 28));
}

#[test]
fn leap_day_start_keeps_29_february_in_leap_years() {
    let terms = ContractTerms::builder(years(4)).build().unwrap();
    let p = plan(&terms, d(2024, 2, 29));
    // Counted from the start, not from a clamped boundary.
    assert_eq!(p.initial.last_day, d(2028, 2, 28));
    assert_eq!(p.max_service_end, Some(d(2028, 2, 28)));
}

#[test]
fn contract_ending_on_a_leap_day() {
    let p = plan(
        &ClauseKind::PoliticalTurnover.default_terms(),
        d(2026, 3, 1),
    );
    assert_eq!(p.max_service_end, Some(d(2032, 2, 29)));
    let c = p.conversion.unwrap();
    assert_eq!(c.contract_last_day, d(2032, 2, 29));
    // One year before 29 February 2032 is clamped to 28 February 2031.
    assert_eq!(c.last_request, Some(d(2031, 2, 28)));
}

#[test]
fn month_end_start_ends_probation_on_the_last_day_of_february() {
    let p = plan(&ClauseKind::Standard.default_terms(), d(2025, 8, 31));
    // Six months from 31 August: 31 February does not exist.
    assert_eq!(p.probation_end, d(2026, 2, 28));
    assert_eq!(p.initial.last_day, d(2028, 8, 30));
}

// ---------------------------------------------------------------------------
// Seconded and serving staff
// ---------------------------------------------------------------------------

#[test]
fn seconded_staff_get_the_seconded_terms() {
    let p = ContractPlan::for_post(
        &turnover_contract(),
        d(2025, 9, 1),
        AppointeeStatus::Seconded,
    )
    .unwrap();
    assert_eq!(p.source, TermsSource::NoticeSeconded);
    assert_eq!(p.status, AppointeeStatus::Seconded);
    assert!(p.renewal_needs_national_agreement);
    assert_eq!(p.conversion, None);
    assert_eq!(p.renewals, [period(d(2028, 9, 1), d(2031, 8, 31))]);
    assert_eq!(p.max_service_end, Some(d(2031, 8, 31)));
    assert!(
        p.to_string()
            .contains("renewal 1: 2028-09-01 to 2031-08-31 (with national agreement)")
    );
}

#[test]
fn seconded_staff_fall_back_to_the_general_terms() {
    let contract = Contract {
        seconded_terms: None,
        ..turnover_contract()
    };
    let p = ContractPlan::for_post(&contract, d(2025, 9, 1), AppointeeStatus::Seconded).unwrap();
    assert_eq!(p.source, TermsSource::Notice);
    assert!(p.conversion.is_some());
}

#[test]
fn serving_staff_keep_their_contract() {
    let err = ContractPlan::for_post(
        &turnover_contract(),
        d(2025, 9, 1),
        AppointeeStatus::Serving,
    )
    .unwrap_err();
    assert_eq!(err, PlanError::CurrentContractKept);
    assert_eq!(err.to_string(), "serving staff keep their current contract");
}

#[test]
fn serving_staff_without_that_note_get_the_general_terms() {
    let contract = Contract {
        serving_staff_keep_contract: false,
        ..turnover_contract()
    };
    let p = ContractPlan::for_post(&contract, d(2025, 9, 1), AppointeeStatus::Serving).unwrap();
    assert_eq!(p.source, TermsSource::Notice);
    assert_eq!(p.status, AppointeeStatus::Serving);
    assert!(!p.renewal_needs_national_agreement);
}

#[test]
fn clause_kind_defaults_when_no_terms_are_printed() {
    let contract = Contract {
        clause: Some(ContractClause::from_kind(ClauseKind::Project)),
        ..Contract::default()
    };
    let p = ContractPlan::for_post(&contract, d(2025, 1, 1), AppointeeStatus::External).unwrap();
    assert_eq!(p.source, TermsSource::ClauseDefault);
    assert_eq!(p.terms, ClauseKind::Project.default_terms());
}

#[test]
fn clause_letter_alone_gives_no_terms() {
    let contract = Contract {
        clause: Some(ContractClause::from_letter('G').unwrap()),
        ..Contract::default()
    };
    let err =
        ContractPlan::for_post(&contract, d(2025, 1, 1), AppointeeStatus::External).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the contract states no terms for external staff"
    );
}

#[test]
fn dates_beyond_the_calendar_are_errors() {
    let err = ContractPlan::from_terms(
        &ClauseKind::Standard.default_terms(),
        NaiveDate::MAX,
        AppointeeStatus::External,
    )
    .unwrap_err();
    assert!(matches!(err, PlanError::DateOutOfRange { .. }));
    assert!(err.to_string().ends_with("fall outside the calendar"));
}

#[test]
fn appointee_status_round_trips() {
    for status in AppointeeStatus::iter() {
        assert_eq!(status.to_string().parse::<AppointeeStatus>(), Ok(status));
        assert_eq!(
            status.as_str().to_uppercase().parse::<AppointeeStatus>(),
            Ok(status)
        );
    }
    assert_eq!(
        "retired"
            .parse::<AppointeeStatus>()
            .unwrap_err()
            .to_string(),
        r#"unknown appointee status "retired""#
    );
}

// ---------------------------------------------------------------------------
// Validating a proposed plan: every violation kind
// ---------------------------------------------------------------------------

fn proposed(
    initial: TermLength,
    renewals: &[TermLength],
    extension: Option<TermLength>,
) -> ProposedPlan {
    ProposedPlan {
        start: d(2025, 9, 1),
        initial_term: initial,
        renewals: renewals.to_vec(),
        extension,
    }
}

fn violations(plan: &ProposedPlan, terms: &ContractTerms) -> Vec<PlanViolation> {
    plan.validate(terms).unwrap_err()
}

#[test]
fn valid_plans_pass() {
    let turnover = ClauseKind::PoliticalTurnover.default_terms();
    assert_eq!(
        proposed(years(3), &[years(3)], None).validate(&turnover),
        Ok(())
    );
    // Shorter terms are allowed.
    assert_eq!(
        proposed(years(2), &[months(18)], None).validate(&turnover),
        Ok(())
    );
    let senior = ClauseKind::SeniorAppointment.default_terms();
    assert_eq!(
        proposed(years(3), &[], Some(years(1))).validate(&senior),
        Ok(())
    );
}

#[test]
fn initial_term_too_long() {
    let v = violations(
        &proposed(years(4), &[], None),
        &ClauseKind::Standard.default_terms(),
    );
    assert_eq!(
        v,
        [PlanViolation {
            rule: PlanRule::InitialTermTooLong,
            part: PlanPart::Initial,
            proposed: period(d(2025, 9, 1), d(2029, 8, 31)),
            length: years(4),
            allowed_until: Some(d(2028, 8, 31)),
        }]
    );
}

#[test]
fn renewal_not_offered() {
    let v = violations(
        &proposed(years(3), &[years(1)], None),
        &ClauseKind::Standard.default_terms(),
    );
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].rule, PlanRule::RenewalNotOffered);
    assert_eq!(v[0].part, PlanPart::Renewal(1));
    assert_eq!(v[0].proposed, period(d(2028, 9, 1), d(2029, 8, 31)));
    assert_eq!(v[0].allowed_until, None);
    assert_eq!(
        v[0].to_string(),
        "renewal-not-offered: renewal 1 2028-09-01 to 2029-08-31 (1 year) is not offered"
    );
}

#[test]
fn too_many_renewals() {
    let v = violations(
        &proposed(years(3), &[years(1), years(1)], None),
        &ClauseKind::PoliticalTurnover.default_terms(),
    );
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].rule, PlanRule::TooManyRenewals);
    assert_eq!(v[0].part, PlanPart::Renewal(2));
    assert_eq!(v[0].proposed, period(d(2029, 9, 1), d(2030, 8, 31)));
    assert_eq!(
        v[0].to_string(),
        "too-many-renewals: renewal 2 2029-09-01 to 2030-08-31 (1 year) is beyond the renewals allowed"
    );
}

#[test]
fn renewal_too_long() {
    let v = violations(
        &proposed(years(3), &[years(4)], None),
        &ClauseKind::Project.default_terms(),
    );
    assert_eq!(
        v,
        [PlanViolation {
            rule: PlanRule::RenewalTooLong,
            part: PlanPart::Renewal(1),
            proposed: period(d(2028, 9, 1), d(2032, 8, 31)),
            length: years(4),
            allowed_until: Some(d(2031, 8, 31)),
        }]
    );
}

#[test]
fn extension_not_offered() {
    let v = violations(
        &proposed(years(3), &[], Some(years(1))),
        &ClauseKind::Standard.default_terms(),
    );
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].rule, PlanRule::ExtensionNotOffered);
    assert_eq!(v[0].part, PlanPart::Extension);
    assert_eq!(v[0].proposed, period(d(2028, 9, 1), d(2029, 8, 31)));
}

#[test]
fn extension_too_long() {
    let v = violations(
        &proposed(years(3), &[], Some(years(2))),
        &ClauseKind::SeniorAppointment.default_terms(),
    );
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].rule, PlanRule::ExtensionTooLong);
    assert_eq!(v[0].proposed, period(d(2028, 9, 1), d(2030, 8, 31)));
    assert_eq!(v[0].allowed_until, Some(d(2029, 8, 31)));
    assert_eq!(
        v[0].to_string(),
        "extension-too-long: extension 2028-09-01 to 2030-08-31 (2 years) runs past 2029-08-31"
    );
}

#[test]
fn max_service_exceeded() {
    // Terms whose maximum is below the renewals' sum are impossible to
    // build, so exceed it with a renewal too long.
    let v = violations(
        &proposed(years(3), &[years(4)], None),
        &ClauseKind::PoliticalTurnover.default_terms(),
    );
    assert_eq!(v.len(), 2);
    assert_eq!(v[0].rule, PlanRule::RenewalTooLong);
    assert_eq!(
        v[1],
        PlanViolation {
            rule: PlanRule::MaxServiceExceeded,
            part: PlanPart::Whole,
            proposed: period(d(2025, 9, 1), d(2032, 8, 31)),
            length: years(7),
            allowed_until: Some(d(2031, 8, 31)),
        }
    );
    assert_eq!(
        v[1].to_string(),
        "max-service-exceeded: plan 2025-09-01 to 2032-08-31 (7 years) runs past 2031-08-31"
    );
}

#[test]
fn date_out_of_range() {
    let plan = ProposedPlan {
        start: NaiveDate::MAX,
        ..proposed(years(1), &[], None)
    };
    let v = violations(&plan, &ClauseKind::Standard.default_terms());
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].rule, PlanRule::DateOutOfRange);
    assert!(v[0].to_string().ends_with("is outside the calendar"));
}

#[test]
fn every_violation_is_reported_at_once() {
    let plan = proposed(years(5), &[years(4), years(1)], Some(years(1)));
    let rules: Vec<PlanRule> = violations(&plan, &ClauseKind::PoliticalTurnover.default_terms())
        .into_iter()
        .map(|v| v.rule)
        .collect();
    assert_eq!(
        rules,
        [
            PlanRule::InitialTermTooLong,
            PlanRule::RenewalTooLong,
            PlanRule::TooManyRenewals,
            PlanRule::ExtensionNotOffered,
            PlanRule::MaxServiceExceeded,
        ]
    );
}

#[test]
fn every_rule_has_a_distinct_name() {
    let names: std::collections::HashSet<&str> = PlanRule::iter().map(PlanRule::as_str).collect();
    assert_eq!(names.len(), PlanRule::ALL.len());
    for rule in PlanRule::iter() {
        assert_eq!(rule.to_string(), rule.as_str());
    }
}

// ---------------------------------------------------------------------------
// Twin grades
// ---------------------------------------------------------------------------

#[test]
fn twin_grade_dates_by_status() {
    let note = TwinGradeNote::standard();
    let start = d(2025, 9, 1);
    let at = |status| TwinGradeAdvancement::earliest(start, &note, status).unwrap();
    for status in [AppointeeStatus::External, AppointeeStatus::Seconded] {
        let a = at(status);
        assert_eq!(
            (a.normal_date, a.earliest_date),
            (d(2028, 9, 1), d(2026, 9, 1))
        );
        assert_eq!(a.reduction, Some(months(24)));
        assert!(!a.direct_appointment_possible);
    }
    let serving = at(AppointeeStatus::Serving);
    assert_eq!(serving.earliest_date, d(2028, 9, 1));
    assert_eq!(serving.reduction, None);
    assert!(serving.direct_appointment_possible);
}

#[test]
fn twin_grade_without_direct_appointment_or_reduction() {
    let note = TwinGradeNote {
        normal_wait: years(3),
        external_reduction: None,
        serving_direct_appointment: false,
    };
    let a =
        TwinGradeAdvancement::earliest(d(2025, 1, 1), &note, AppointeeStatus::External).unwrap();
    assert_eq!(a.earliest_date, d(2028, 1, 1));
    let s = TwinGradeAdvancement::earliest(d(2025, 1, 1), &note, AppointeeStatus::Serving).unwrap();
    assert!(!s.direct_appointment_possible);
}

#[test]
fn twin_grade_wait_never_below_a_year() {
    let note = TwinGradeNote {
        normal_wait: months(18),
        external_reduction: Some(months(12)),
        serving_direct_appointment: true,
    };
    let a =
        TwinGradeAdvancement::earliest(d(2025, 1, 1), &note, AppointeeStatus::External).unwrap();
    assert_eq!(a.earliest_date, d(2026, 1, 1));
    assert_eq!(MIN_ADVANCEMENT_MONTHS, 12);
}

#[test]
fn twin_grade_on_a_leap_day() {
    let a = TwinGradeAdvancement::earliest(
        d(2024, 2, 29),
        &TwinGradeNote::standard(),
        AppointeeStatus::External,
    )
    .unwrap();
    // The periods end on 28 February; advancement comes the day after.
    assert_eq!(a.earliest_date, d(2025, 3, 1));
    assert_eq!(a.normal_date, d(2027, 3, 1));
}

#[test]
fn twin_grade_from_a_vacancy() {
    let twin: Vacancy = "VACANCY NOTIFICATION\nClerk (251234)\nGrade: G15/G17\n"
        .parse()
        .unwrap();
    let a = TwinGradeAdvancement::for_vacancy(&twin, d(2025, 9, 1), AppointeeStatus::Serving)
        .unwrap()
        .unwrap();
    assert_eq!(
        a.to_string(),
        "appointment at G15 from 2025-09-01; advancement to G17 normally from 2028-09-01, \
         at the earliest 2028-09-01; direct appointment at the higher grade possible"
    );
    let single: Vacancy = "VACANCY NOTIFICATION\nClerk (251234)\nGrade: G15\n"
        .parse()
        .unwrap();
    assert!(
        TwinGradeAdvancement::for_vacancy(&single, d(2025, 9, 1), AppointeeStatus::External)
            .is_none()
    );
}

// ---------------------------------------------------------------------------
// Member states
// ---------------------------------------------------------------------------

#[test]
fn member_states_round_trip_through_every_spelling() {
    assert_eq!(MemberState::ALL.len(), 32);
    for state in MemberState::iter() {
        for spelling in [
            state.as_str(),
            state.label(OfficialLanguage::French),
            state.alpha2(),
            state.alpha3(),
        ] {
            assert_eq!(spelling.parse::<MemberState>(), Ok(state), "{spelling}");
            assert_eq!(
                spelling.to_lowercase().parse::<MemberState>(),
                Ok(state),
                "{spelling}"
            );
        }
        assert_eq!(state.to_string().parse::<MemberState>(), Ok(state));
        assert_eq!(state.alpha2().len(), 2);
        assert_eq!(state.alpha3().len(), 3);
        assert!((1949..=2024).contains(&state.accession_year()));
    }
}

#[test]
fn member_states_are_in_alphabetical_order() {
    let names: Vec<&str> = MemberState::iter().map(MemberState::as_str).collect();
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| n.replace('ü', "u"));
    assert_eq!(names, sorted);
    assert!(MemberState::ALL.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn member_state_variants() {
    for (text, state) in [
        ("Turkey", MemberState::Turkiye),
        ("Turkiye", MemberState::Turkiye),
        ("TÜRKİYE", MemberState::Turkiye),
        ("Czech Republic", MemberState::Czechia),
        ("République tchèque", MemberState::Czechia),
        ("UK", MemberState::UnitedKingdom),
        ("U.K.", MemberState::UnitedKingdom),
        ("Great Britain", MemberState::UnitedKingdom),
        ("USA", MemberState::UnitedStates),
        ("U.S.A.", MemberState::UnitedStates),
        ("United States of America", MemberState::UnitedStates),
        ("Etats-Unis", MemberState::UnitedStates),
        ("the Netherlands", MemberState::Netherlands),
        ("Pays Bas", MemberState::Netherlands),
        ("Macédoine du Nord", MemberState::NorthMacedonia),
        ("north-macedonia", MemberState::NorthMacedonia),
        ("EL", MemberState::Greece),
        (" Deutschland ", MemberState::Germany),
    ] {
        assert_eq!(text.parse::<MemberState>(), Ok(state), "{text}");
    }
}

#[test]
fn member_state_accessions() {
    let joined = |year| {
        MemberState::iter()
            .filter(|s| s.accession_year() == year)
            .count()
    };
    assert_eq!(joined(1949), 12);
    assert_eq!(joined(2004), 7);
    assert_eq!(MemberState::Finland.accession_year(), 2023);
    assert_eq!(MemberState::Spain.accession_year(), 1982);
}

#[test]
fn non_members_are_rejected_with_the_input() {
    for text in [
        "Switzerland",
        "Austria",
        "Ireland",
        "Malta",
        "Macedonia",
        "Cyprus",
    ] {
        assert_eq!(
            text.parse::<MemberState>(),
            Err(ParseMemberStateError::NotAMember(text.to_owned()))
        );
        assert_eq!(
            text.parse::<Nationality>(),
            Ok(Nationality::Other(text.to_owned()))
        );
    }
    assert_eq!(
        " - ".parse::<MemberState>().unwrap_err().to_string(),
        r#"empty country name " - ""#
    );
    assert!("".parse::<Nationality>().is_err());
}

#[test]
fn nationality_serde_goes_through_the_name() {
    let n: Vec<Nationality> = serde_json::from_str(r#"["FRA", "Japan"]"#).unwrap();
    assert_eq!(
        n,
        [
            Nationality::Member(MemberState::France),
            Nationality::Other("Japan".into())
        ]
    );
    assert_eq!(serde_json::to_string(&n).unwrap(), r#"["France","Japan"]"#);
    let state: MemberState = serde_json::from_str(r#""Türkiye""#).unwrap();
    assert_eq!(state, MemberState::Turkiye);
    assert!(serde_json::from_str::<MemberState>(r#""Japan""#).is_err());
}

#[test]
fn public_rule_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<AppointeeStatus>();
    check::<ContractPlan>();
    check::<ProposedPlan>();
    check::<PlanViolation>();
    check::<PlanError>();
    check::<TwinGradeAdvancement>();
    check::<MemberState>();
    check::<Nationality>();
    check::<ParseMemberStateError>();
}

// ---------------------------------------------------------------------------
// Seeds
// ---------------------------------------------------------------------------

#[test]
fn seed_contracts_plan_for_every_status() {
    let dir = Path::new(SEEDS);
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("skipping the seed checks: cannot read {}", dir.display());
        return;
    };
    let mut planned = 0;
    for entry in entries.filter_map(Result::ok) {
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let vacancy: Vacancy = text.parse().unwrap();
        for status in AppointeeStatus::iter() {
            match ContractPlan::for_post(&vacancy.contract, d(2025, 9, 1), status) {
                Ok(plan) => {
                    planned += 1;
                    assert_eq!(plan.initial.first_day, d(2025, 9, 1));
                    assert!(plan.initial.last_day > plan.probation_end);
                    if let Some(end) = plan.max_service_end {
                        assert!(
                            end >= plan.last_definite_day() || plan.terms.max_service().is_some()
                        );
                    }
                    if let Some(c) = plan.conversion {
                        assert!(c.last_request.is_none_or(|last| c.opens <= last));
                    }
                }
                Err(PlanError::CurrentContractKept) => {
                    assert!(vacancy.contract.serving_staff_keep_contract);
                }
                Err(PlanError::NoTerms { .. }) => {
                    assert!(vacancy.contract.terms.is_none());
                }
                Err(err) => panic!("{}: {err}", entry.path().display()),
            }
        }
        if vacancy.grade.is_twin() {
            let a = TwinGradeAdvancement::for_vacancy(
                &vacancy,
                d(2025, 9, 1),
                AppointeeStatus::External,
            )
            .unwrap()
            .unwrap();
            assert_eq!(a.appointment_grade, vacancy.grade.appointment_grade());
        }
    }
    assert!(planned > 0);
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (1900i32..=2200, 1u32..=12, 1u32..=31).prop_map(|(y, m, day)| {
        NaiveDate::from_ymd_opt(y, m, day.min(28)).unwrap()
            + chrono::Days::new(u64::from(day.saturating_sub(28)))
    })
}

/// Plans near the terms: lengths up to a year beyond what is offered and
/// one renewal more than allowed, so that both accepted and rejected plans
/// come up.
fn plan_near(terms: ContractTerms) -> impl Strategy<Value = ProposedPlan> {
    let initial = terms.initial().in_months();
    let (times, up_to) = terms
        .renewal()
        .map_or((0, 12), |r| (usize::from(r.times()), r.up_to().in_months()));
    let extension = terms
        .exceptional_extension()
        .map_or(12, TermLength::in_months);
    (
        any_date(),
        1..=initial + 12,
        proptest::collection::vec(1..=up_to + 12, 0..=times + 1),
        proptest::option::of(1..=extension + 12),
    )
        .prop_map(|(start, initial, renewals, extension)| ProposedPlan {
            start,
            initial_term: months(initial),
            renewals: renewals.into_iter().map(months).collect(),
            extension: extension.map(months),
        })
}

proptest! {
    #[test]
    fn accepted_plans_never_exceed_max_service(
        (terms, plan) in any::<ContractTerms>().prop_flat_map(|t| (Just(t), plan_near(t)))
    ) {
        if plan.validate(&terms).is_ok() {
            if let Some(max) = terms.max_service() {
                prop_assert!(plan.total_months() <= u64::from(max.in_months()));
                let limit = plan.start.checked_add_months(max.to_chrono()).unwrap();
                let end = plan.start.checked_add_months(Months::new(plan.total_months() as u32)).unwrap();
                prop_assert!(end <= limit);
            }
            prop_assert!(plan.total_months() <= u64::from(terms.total_months()));
        }
    }

    #[test]
    fn violations_name_dates_within_the_plan(
        (terms, plan) in any::<ContractTerms>().prop_flat_map(|t| (Just(t), plan_near(t)))
    ) {
        if let Err(violations) = plan.validate(&terms) {
            prop_assert!(!violations.is_empty());
            for v in violations {
                prop_assert!(v.proposed.first_day >= plan.start);
                prop_assert!(v.proposed.first_day <= v.proposed.last_day);
                if let Some(until) = v.allowed_until {
                    prop_assert!(until < v.proposed.last_day);
                }
            }
        }
    }

    #[test]
    fn conversion_deadline_is_one_year_before_the_end(start in any_date()) {
        let plan = ContractPlan::from_terms(
            &ClauseKind::PoliticalTurnover.default_terms(), start, AppointeeStatus::External).unwrap();
        let c = plan.conversion.unwrap();
        let last = c.last_request.unwrap();
        prop_assert_eq!(Some(last), c.contract_last_day.checked_sub_months(Months::new(12)));
        prop_assert_eq!(last.year_ce(), (c.contract_last_day.year_ce().0, c.contract_last_day.year_ce().1 - 1));
        prop_assert_eq!(chrono::Datelike::month(&last), chrono::Datelike::month(&c.contract_last_day));
        prop_assert_eq!(Some(c.contract_last_day), plan.max_service_end);
    }

    #[test]
    fn conversion_deadline_follows_any_printed_notice(terms in any::<ContractTerms>(), start in any_date()) {
        let plan = ContractPlan::from_terms(&terms, start, AppointeeStatus::External).unwrap();
        prop_assert_eq!(plan.conversion.is_some(), terms.conversion().is_some());
        if let (Some(c), Some(window)) = (plan.conversion, terms.conversion()) {
            let expected = window.notice().map(|n| c.contract_last_day.checked_sub_months(n.to_chrono()).unwrap());
            prop_assert_eq!(c.last_request, expected);
            prop_assert!(c.opens > plan.initial.last_day);
        }
        prop_assert_eq!(plan.renewals.len(), terms.renewal().map_or(0, |r| usize::from(r.times())));
    }

    #[test]
    fn advancement_never_before_a_year(
        start in any_date(),
        wait in any::<TermLength>(),
        reduction in proptest::option::of(any::<TermLength>()),
        direct in any::<bool>(),
        status in proptest::sample::select(&AppointeeStatus::ALL[..]),
    ) {
        let note = TwinGradeNote { normal_wait: wait, external_reduction: reduction, serving_direct_appointment: direct };
        let a = TwinGradeAdvancement::earliest(start, &note, status);
        // Waits reach 5461 years: only the calendar's end may refuse them.
        if let Ok(a) = a {
            prop_assert!(a.earliest_date >= start.checked_add_months(Months::new(12)).unwrap());
            prop_assert!(a.earliest_date <= a.normal_date);
            prop_assert_eq!(a.direct_appointment_possible, direct && status == AppointeeStatus::Serving);
        }
    }

    #[test]
    fn member_state_names_round_trip(state in any::<MemberState>()) {
        prop_assert_eq!(state.to_string().parse::<MemberState>(), Ok(state));
        let n = Nationality::Member(state);
        prop_assert_eq!(n.to_string().parse::<Nationality>(), Ok(n));
    }

    #[test]
    fn country_parsing_never_panics(text in "\\PC{0,30}") {
        let _ = text.parse::<MemberState>();
        let _ = text.parse::<Nationality>();
    }
}
