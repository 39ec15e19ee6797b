//! The JSON Schema of the serde form (feature `schema`): every notice's
//! `Vacancy` JSON validates against it, broken JSON does not, and each value
//! type's schema accepts exactly its canonical strings.
#![cfg(all(feature = "schema", feature = "serde"))]

mod util;

use std::sync::LazyLock;

use nato_post::{
    BehaviourLevel, ClauseKind, Clearance, ClearanceLevel, Competency, CompetencyRequirement,
    ContractClause, ContractKind, ContractTerms, ConversionWindow, Currency, Deadline,
    EducationLevel, Grade, GradeCategory, JobFamily, JobFamilyName, JobSubFamily, LanguageProfile,
    LanguageRequirement, LegacyGrade, Location, NatoBody, OfficialLanguage, PayPeriod, PostGrade,
    PostNumber, Proficiency, Renewal, Salary, Schedule, TermLength, TwinGrade, Vacancy,
    VacancyReference, WorkLevel, parse_notice,
};
use proptest::prelude::*;
use schemars::{JsonSchema, schema_for};
use serde_json::{Value, json};

const FIXTURE: &str = include_str!("fixtures/vn_bilingual.txt");

fn validator<T: JsonSchema>() -> jsonschema::Validator {
    let schema = schema_for!(T).to_value();
    jsonschema::validator_for(&schema).expect("the generated schema is a valid JSON Schema")
}

fn errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

fn vacancy_json(text: &str) -> Value {
    let (vacancy, _) = parse_notice(text).expect("the notice parses");
    serde_json::to_value(&vacancy).expect("a vacancy serializes")
}

/// The five reference notices, when they are beside the repository.
fn seeds() -> Vec<(String, String)> {
    util::seeds()
        .unwrap_or_default()
        .into_iter()
        .map(|n| (n.name, n.text))
        .collect()
}

#[test]
fn every_seed_vacancy_validates_against_the_schema() {
    let validator = validator::<Vacancy>();
    let seeds = seeds();
    for (name, text) in &seeds {
        let json = vacancy_json(text);
        assert_eq!(errors(&validator, &json), Vec::<String>::new(), "{name}");
    }
    if !seeds.is_empty() {
        assert_eq!(seeds.len(), 5, "the five reference notices");
    }
}

#[test]
fn the_fixture_vacancy_validates_and_deserializes_back() {
    let validator = validator::<Vacancy>();
    let json = vacancy_json(FIXTURE);
    assert_eq!(errors(&validator, &json), Vec::<String>::new());
    let back: Vacancy = serde_json::from_value(json.clone()).expect("valid JSON deserializes");
    assert_eq!(serde_json::to_value(&back).expect("serializes"), json);
}

#[test]
fn the_schema_rejects_what_deserializing_rejects() {
    let validator = validator::<Vacancy>();
    let good = vacancy_json(FIXTURE);
    let breakages: [(&str, Value); 7] = [
        ("/grade", json!("G25")),
        ("/clearance", json!("SECRET-ISH")),
        ("/deadline", json!("tomorrow")),
        ("/salary", json!(7010.5)),
        (
            "/requirements/languages",
            json!("VII in one; II in the other"),
        ),
        ("/competencies/0", json!("Initiative: Runs very fast")),
        ("/layout", json!("letter")),
    ];
    for (pointer, value) in breakages {
        let mut bad = good.clone();
        *bad.pointer_mut(pointer).expect(pointer) = value.clone();
        assert!(
            !validator.is_valid(&bad),
            "{pointer} = {value} should be invalid"
        );
        assert!(
            serde_json::from_value::<Vacancy>(bad).is_err(),
            "{pointer} = {value} should not deserialize"
        );
    }

    let mut missing = good;
    missing
        .as_object_mut()
        .expect("a vacancy is an object")
        .remove("grade");
    assert!(!validator.is_valid(&missing), "the grade is required");
}

#[test]
fn the_schema_names_the_value_types() {
    let schema = schema_for!(Vacancy).to_value();
    let defs = schema["$defs"].as_object().expect("the schema has $defs");
    for name in [
        "PostGrade",
        "Clearance",
        "Salary",
        "Deadline",
        "ContractTerms",
        "NoticeText",
    ] {
        assert!(defs.contains_key(name), "$defs lacks {name}");
    }
    assert_eq!(schema["title"], "Vacancy");
    assert_eq!(defs["PostGrade"]["type"], "string");
}

/// The `enum` of a closed set's schema, as strings.
fn listed<T: JsonSchema>() -> Vec<String> {
    let schema = schema_for!(T).to_value();
    schema["enum"]
        .as_array()
        .unwrap_or_else(|| panic!("{} lists its values", T::schema_name()))
        .iter()
        .map(|v| v.as_str().expect("string values").to_owned())
        .collect()
}

/// Every listed string parses to a value that prints as that string, and
/// the list has no duplicates.
fn assert_closed_set<T>(expected_len: usize)
where
    T: JsonSchema + std::str::FromStr + ToString,
    T::Err: std::fmt::Debug,
{
    let values = listed::<T>();
    assert_eq!(values.len(), expected_len, "{}", T::schema_name());
    for s in &values {
        let parsed: T = s.parse().unwrap_or_else(|e| panic!("{s:?}: {e:?}"));
        assert_eq!(&parsed.to_string(), s);
    }
    let mut unique = values.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        values.len(),
        "{} has duplicates",
        T::schema_name()
    );
}

#[test]
fn closed_sets_list_every_canonical_string_once() {
    assert_closed_set::<Grade>(24);
    assert_closed_set::<GradeCategory>(4);
    assert_closed_set::<LegacyGrade>(LegacyGrade::iter().count());
    assert_closed_set::<TwinGrade>(TwinGrade::iter().count());
    assert_closed_set::<PostGrade>(2 * 24 + 2 * TwinGrade::iter().count() + 1);
    assert_closed_set::<ClearanceLevel>(5);
    assert_closed_set::<Clearance>(8);
    assert_closed_set::<OfficialLanguage>(2);
    assert_closed_set::<Proficiency>(6);
    assert_closed_set::<LanguageProfile>(7 * 7);
    // 6 "in both" (a named pair of equal levels is "in both"), 15 unordered
    // pairs of different levels, 30 named pairs of different levels.
    assert_closed_set::<LanguageRequirement>(6 + 15 + 30);
    assert_closed_set::<Competency>(15);
    let levels: usize = Competency::iter().map(|c| c.levels().count()).sum();
    assert_closed_set::<BehaviourLevel>(levels);
    assert_closed_set::<CompetencyRequirement>(levels);
    assert_closed_set::<EducationLevel>(4);
    assert_closed_set::<ContractKind>(2);
    assert_closed_set::<ClauseKind>(ClauseKind::iter().count());
    assert_closed_set::<Schedule>(2);
    assert_closed_set::<PayPeriod>(2);
    assert_closed_set::<NatoBody>(NatoBody::iter().count());
    assert_closed_set::<WorkLevel>(WorkLevel::iter().count());
    assert_closed_set::<JobFamilyName>(3);
    assert_closed_set::<JobSubFamily>(JobSubFamily::iter().count());
    assert_closed_set::<JobFamily>(3 + JobSubFamily::iter().count());
}

#[test]
fn patterns_accept_canonical_forms_and_reject_others() {
    let cases: [(jsonschema::Validator, &[&str], &[&str]); 9] = [
        (
            validator::<VacancyReference>(),
            &["241656", "000001"],
            &["24165", "2416567", "A41656"],
        ),
        (
            validator::<PostNumber>(),
            &["PASP0016"],
            &["PASP16", "pasp0016", "P0016"],
        ),
        (validator::<Currency>(), &["EUR"], &["eur", "EURO"]),
        (
            validator::<Salary>(),
            &[
                "8754.21 EUR monthly",
                "5725.22 EUR monthly, tax free",
                "90000 USD annual",
            ],
            &["8,754.21 EUR monthly", "8754.21 EUR", "8754.21 EUR weekly"],
        ),
        (
            validator::<Deadline>(),
            &["2024-12-15", "2024-05-16T23:59:00", "Ongoing"],
            &["15-Dec-2024", "2024-12-15 23:59", "ongoing"],
        ),
        (
            validator::<Location>(),
            &["Belgium-Brussels", "Belgium", "Netherlands-The Hague"],
            &["", "-Brussels"],
        ),
        (
            validator::<TermLength>(),
            &["3 years", "1 year", "18 months"],
            &["0 years", "3 yrs", "years"],
        ),
        (
            validator::<ContractClause>(),
            &[
                "G",
                "G (political-turnover)",
                "political-turnover",
                "standard",
            ],
            &["GG", "g", "G (made-up)"],
        ),
        (
            validator::<ContractTerms>(),
            &[
                "definite 3 years; renewable once up to 3 years; max 6 years; conversion no later than 1 year before end",
                "definite 3 years; renewable once up to 3 years; renewal subject to national agreement; max 6 years",
                "definite 3 years; then indefinite",
                "definite 3 years; exceptional extension 1 year",
            ],
            &["indefinite", "definite 3 years; then definite", "3 years"],
        ),
    ];
    for (validator, good, bad) in &cases {
        for s in *good {
            assert!(validator.is_valid(&json!(s)), "should accept {s:?}");
        }
        for s in *bad {
            assert!(!validator.is_valid(&json!(s)), "should reject {s:?}");
        }
    }
}

/// The canonical string of every generated value matches its type's schema.
macro_rules! schema_accepts_generated {
    ($($name:ident: $ty:ty,)*) => {$(
        proptest! {
            #[test]
            fn $name(value in any::<$ty>()) {
                static VALIDATOR: LazyLock<jsonschema::Validator> = LazyLock::new(validator::<$ty>);
                let json = serde_json::to_value(&value).expect("serializes");
                prop_assert_eq!(errors(&VALIDATOR, &json), Vec::<String>::new(), "{}", json);
            }
        }
    )*};
}

schema_accepts_generated! {
    generated_salaries_match: Salary,
    generated_deadlines_match: Deadline,
    generated_locations_match: Location,
    generated_term_lengths_match: TermLength,
    generated_renewals_match: Renewal,
    generated_conversion_windows_match: ConversionWindow,
    generated_clauses_match: ContractClause,
    generated_contract_terms_match: ContractTerms,
    generated_post_grades_match: PostGrade,
    generated_post_numbers_match: PostNumber,
    generated_references_match: VacancyReference,
    generated_currencies_match: Currency,
    generated_job_families_match: JobFamily,
    generated_requirements_match: CompetencyRequirement,
}
