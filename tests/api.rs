//! The shape of the public API, as the docs promise it: every public type
//! is `Send + Sync`, value types round-trip through one canonical string,
//! errors are `std::error::Error` with lowercase messages that keep the
//! input, and the optional features add what the crate docs say.

use std::error::Error;
use std::fmt::{Debug, Display};
use std::str::FromStr;

use nato_post::*;

fn send_sync<T: Send + Sync>() {}

#[test]
fn every_public_type_is_send_and_sync() {
    send_sync::<BehaviourLevel>();
    send_sync::<Clearance>();
    send_sync::<ClearanceLevel>();
    send_sync::<ClauseKind>();
    send_sync::<Competency>();
    send_sync::<CompetencyRequirement>();
    send_sync::<Contract>();
    send_sync::<ContractClause>();
    send_sync::<ContractKind>();
    send_sync::<ContractTerms>();
    send_sync::<ContractTermsBuilder>();
    send_sync::<ContractTermsError>();
    send_sync::<ConversionWindow>();
    send_sync::<Currency>();
    send_sync::<Deadline>();
    send_sync::<EducationLevel>();
    send_sync::<Field>();
    send_sync::<FundingCaveat>();
    send_sync::<Grade>();
    send_sync::<GradeCategory>();
    send_sync::<JobFamily>();
    send_sync::<JobFamilyName>();
    send_sync::<JobSubFamily>();
    send_sync::<LanguageCheck>();
    send_sync::<LanguageProfile>();
    send_sync::<LanguageRequirement>();
    send_sync::<LanguageShortfall>();
    send_sync::<LanguageShortfalls>();
    send_sync::<Layout>();
    send_sync::<LegacyGrade>();
    send_sync::<ListText>();
    send_sync::<Location>();
    send_sync::<NamedText>();
    send_sync::<NatoBody>();
    send_sync::<NotTwinReason>();
    send_sync::<NoticeError>();
    send_sync::<NoticeText>();
    send_sync::<OfficialLanguage>();
    send_sync::<OrgUnit>();
    send_sync::<ParseClearanceError>();
    send_sync::<ParseCompetencyError>();
    send_sync::<ParseContractError>();
    send_sync::<ParseDeadlineError>();
    send_sync::<ParseEducationError>();
    send_sync::<ParseGradeError>();
    send_sync::<ParseJobFamilyError>();
    send_sync::<ParseLanguageError>();
    send_sync::<ParseLanguageProfileError>();
    send_sync::<ParseLanguageRequirementError>();
    send_sync::<ParseLocationError>();
    send_sync::<ParseNatoBodyError>();
    send_sync::<ParsePostGradeError>();
    send_sync::<ParsePostNumberError>();
    send_sync::<ParseProficiencyError>();
    send_sync::<ParseSalaryError>();
    send_sync::<ParseScheduleError>();
    send_sync::<ParseVacancyReferenceError>();
    send_sync::<ParseWorkLevelError>();
    send_sync::<PayPeriod>();
    send_sync::<PostGrade>();
    send_sync::<PostNumber>();
    send_sync::<Proficiency>();
    send_sync::<Renewal>();
    send_sync::<Requirements>();
    send_sync::<Salary>();
    send_sync::<Schedule>();
    send_sync::<TermLength>();
    send_sync::<TwinGrade>();
    send_sync::<TwinGradeNote>();
    send_sync::<Vacancy>();
    send_sync::<VacancyReference>();
    send_sync::<Warning>();
    send_sync::<WarningKind>();
    send_sync::<WorkLevel>();
}

/// A value type: one canonical string, printed by `Display`, read back by
/// `FromStr` into an equal value, with an `Error` that says why not.
fn assert_round_trips<T>(canonical: &str)
where
    T: FromStr + Display + Debug + Clone + PartialEq + Send + Sync + 'static,
    T::Err: Error + Send + Sync + 'static,
{
    let value: T = canonical
        .parse()
        .unwrap_or_else(|e| panic!("{canonical:?}: {e}"));
    assert_eq!(value.to_string(), canonical);
    assert_eq!(value.to_string().parse::<T>().ok(), Some(value.clone()));
}

#[test]
fn value_types_round_trip_through_their_canonical_string() {
    assert_round_trips::<Grade>("G20");
    assert_round_trips::<GradeCategory>("A");
    assert_round_trips::<LegacyGrade>("A5");
    assert_round_trips::<TwinGrade>("G8-G10");
    assert_round_trips::<PostGrade>("G22 (A5)");
    assert_round_trips::<PostGrade>("Unclassified");
    assert_round_trips::<ClearanceLevel>("CTS");
    assert_round_trips::<Clearance>("CTS/A");
    assert_round_trips::<OfficialLanguage>("French");
    assert_round_trips::<Proficiency>("IV");
    assert_round_trips::<LanguageRequirement>("V in one; II in the other");
    assert_round_trips::<LanguageRequirement>("VI in French; I in English");
    assert_round_trips::<LanguageProfile>("English V; French -");
    assert_round_trips::<Competency>("Initiative");
    assert_round_trips::<BehaviourLevel>("Initiative: Plans and acts for the long term");
    assert_round_trips::<CompetencyRequirement>("Empathy: Listens actively");
    assert_round_trips::<EducationLevel>("university degree");
    assert_round_trips::<ContractKind>("definite");
    assert_round_trips::<ClauseKind>("political-turnover");
    assert_round_trips::<ContractClause>("G (political-turnover)");
    assert_round_trips::<TermLength>("18 months");
    assert_round_trips::<Renewal>("renewable once up to 3 years");
    assert_round_trips::<ConversionWindow>("conversion no later than 1 year before end");
    assert_round_trips::<ContractTerms>("definite 3 years; then indefinite");
    assert_round_trips::<Salary>("8754.21 EUR monthly");
    assert_round_trips::<Currency>("EUR");
    assert_round_trips::<PayPeriod>("annual");
    assert_round_trips::<Deadline>("2024-05-16T23:59:00");
    assert_round_trips::<Deadline>("Ongoing");
    assert_round_trips::<Schedule>("Part-time");
    assert_round_trips::<Location>("Belgium-Brussels");
    assert_round_trips::<VacancyReference>("241656");
    assert_round_trips::<PostNumber>("PASP0016");
    assert_round_trips::<WorkLevel>("VII");
    assert_round_trips::<JobFamily>("Management - Executive Leadership");
    assert_round_trips::<JobFamilyName>("Support");
    assert_round_trips::<JobSubFamily>("Executive Leadership");
    assert_round_trips::<NatoBody>("NATO IS");
}

/// Error messages are API: lowercase (an acronym such as NATO may lead), no
/// trailing full stop, and they quote the offending input.
fn assert_error_message<T>(input: &str)
where
    T: FromStr + Debug,
    T::Err: Error,
{
    let message = input
        .parse::<T>()
        .map(|v| panic!("{input:?} parsed as {v:?}"))
        .unwrap_err()
        .to_string();
    let first_word = message.split(' ').next().unwrap_or_default();
    let sentence_case =
        first_word.starts_with(char::is_uppercase) && first_word.chars().any(char::is_lowercase);
    assert!(!sentence_case, "{message:?} starts in sentence case");
    assert!(!message.ends_with('.'), "{message:?} ends with a full stop");
    assert!(
        message.contains(input),
        "{message:?} does not quote {input:?}"
    );
}

#[test]
fn errors_are_lowercase_and_keep_the_input() {
    assert_error_message::<Grade>("G25");
    assert_error_message::<PostGrade>("G8-G12");
    assert_error_message::<Clearance>("CTS/B");
    assert_error_message::<Proficiency>("VII");
    assert_error_message::<LanguageRequirement>("fluent in Klingon");
    assert_error_message::<Competency>("Juggling");
    assert_error_message::<EducationLevel>("kindergarten");
    assert_error_message::<TermLength>("forever");
    assert_error_message::<Salary>("lots of money");
    assert_error_message::<Deadline>("soon");
    assert_error_message::<Schedule>("whenever");
    assert_error_message::<VacancyReference>("24165");
    assert_error_message::<PostNumber>("P16");
    assert_error_message::<NatoBody>("Warsaw Pact");
}

#[test]
fn a_notice_error_names_the_line() {
    let text = "VACANCY NOTIFICATION\n\nClerk (251234)\n\nGrade: G99\n";
    let err = text.parse::<Vacancy>().unwrap_err();
    assert_eq!(err.line(), Some(5));
    let err: Box<dyn Error + Send + Sync> = Box::new(err);
    assert!(err.to_string().starts_with("line 5: "), "{err}");
}

#[cfg(feature = "serde")]
#[test]
fn serde_goes_through_the_canonical_strings() {
    fn serde_round_trip<T>(canonical: &str)
    where
        T: serde::Serialize + serde::de::DeserializeOwned + FromStr + PartialEq + Debug,
        T::Err: Debug,
    {
        let value: T = canonical.parse().expect("parses");
        let json = serde_json::to_string(&value).expect("serializes");
        assert_eq!(json, format!("{canonical:?}"));
        assert_eq!(
            serde_json::from_str::<T>(&json).expect("deserializes"),
            value
        );
    }
    serde_round_trip::<PostGrade>("G8-G10");
    serde_round_trip::<Clearance>("CTS/A");
    serde_round_trip::<Salary>("8754.21 EUR monthly");
    serde_round_trip::<Deadline>("2024-12-15");
    serde_round_trip::<LanguageRequirement>("V in one; II in the other");
    serde_round_trip::<ContractTerms>("definite 3 years; then indefinite");

    // Deserializing validates, with the parser's message.
    let err = serde_json::from_str::<Grade>("\"G25\"")
        .unwrap_err()
        .to_string();
    assert!(err.contains("G25"), "{err}");
    assert!(serde_json::from_str::<Grade>("20").is_err());
}

#[cfg(feature = "schema")]
#[test]
fn the_schema_feature_describes_every_serialized_type() {
    fn named<T: schemars::JsonSchema>(name: &str) {
        assert_eq!(T::schema_name(), name);
        let schema = schemars::schema_for!(T).to_value();
        assert!(
            schema.get("type").is_some() || schema.get("oneOf").is_some(),
            "{name}"
        );
    }
    named::<Vacancy>("Vacancy");
    named::<Warning>("Warning");
    named::<PostGrade>("PostGrade");
    named::<Clearance>("Clearance");
    named::<LanguageRequirement>("LanguageRequirement");
    named::<CompetencyRequirement>("CompetencyRequirement");
    named::<ContractTerms>("ContractTerms");
    named::<Salary>("Salary");
}

#[cfg(feature = "jsonld")]
#[test]
fn the_jsonld_feature_exports_a_job_posting() {
    let v: Vacancy = "VACANCY NOTIFICATION\nClerk (251234)\nGrade: G5\n"
        .parse()
        .expect("parses");
    let posting: serde_json::Value = v.to_job_posting();
    assert_eq!(posting["@type"], "JobPosting");
}
