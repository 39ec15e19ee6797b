//! JSON Schema of the serde form, through [`schemars`] (feature `schema`).
//!
//! Every value type serializes as its canonical string, so each one's
//! schema is a string schema. Closed sets (grades, clearances, levels,
//! competency behaviours, even language requirements) list their canonical
//! strings, generated from the types themselves, so the schema cannot drift
//! from `Display`. Open or unbounded forms (references, salaries, dates,
//! contract terms) give a regular expression instead. All of them live in
//! this one module; the structs of [`Vacancy`](crate::Vacancy) derive
//! `JsonSchema` beside their serde derives.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use crate::clearance::{Clearance, ClearanceLevel};
use crate::competency::{BehaviourLevel, Competency, CompetencyRequirement};
use crate::contract::{
    ClauseKind, ContractClause, ContractKind, ContractTerms, ConversionWindow, Renewal, TermLength,
};
use crate::education::EducationLevel;
use crate::grade::{Grade, GradeCategory, LegacyGrade, PostGrade, TwinGrade};
use crate::language::{LanguageProfile, LanguageRequirement, OfficialLanguage, Proficiency};
use crate::org::{
    JobFamily, JobFamilyName, JobSubFamily, NatoBody, PostNumber, VacancyReference, WorkLevel,
};
use crate::posting::{Deadline, Location, Schedule};
use crate::salary::{Currency, PayPeriod, Salary};

/// The canonical strings of a closed set, in the set's order, without
/// duplicates.
fn canonical_strings<T: ToString>(values: impl IntoIterator<Item = T>) -> Vec<String> {
    let mut strings: Vec<String> = Vec::new();
    for value in values {
        let s = value.to_string();
        if !strings.contains(&s) {
            strings.push(s);
        }
    }
    strings
}

/// A regular-expression group matching any of `words` literally.
fn any_of<T: ToString>(words: impl IntoIterator<Item = T>) -> String {
    let escaped: Vec<String> = words
        .into_iter()
        .map(|w| {
            w.to_string()
                .chars()
                .flat_map(|c| {
                    let special = "\\.+*?()|[]{}^$/".contains(c);
                    special.then_some('\\').into_iter().chain([c])
                })
                .collect()
        })
        .collect();
    format!("(?:{})", escaped.join("|"))
}

/// A term length as printed: `3 years`, `1 year`, `18 months`.
const TERM: &str = "[1-9][0-9]* (?:years?|months?)";

fn renewal_pattern() -> String {
    format!("renewable (?:once|[0-9]+ times) up to {TERM}")
}

fn conversion_pattern() -> String {
    format!("conversion (?:no later than {TERM} before end|during renewal)")
}

fn clause_pattern() -> String {
    let kinds = any_of(ClauseKind::iter().map(ClauseKind::as_str));
    format!("[A-Z](?: \\({kinds}\\))?|{kinds}")
}

fn contract_terms_pattern() -> String {
    format!(
        "definite {TERM}(?:; {renewal})?(?:; renewal subject to national agreement)?\
         (?:; max {TERM})?(?:; {conversion})?(?:; then indefinite)?\
         (?:; exceptional extension {TERM})?",
        renewal = renewal_pattern(),
        conversion = conversion_pattern(),
    )
}

fn salary_pattern() -> String {
    format!(
        "[0-9]+(?:\\.[0-9]+)? [A-Z]{{3}} {periods}(?:, tax free)?",
        periods = any_of(PayPeriod::iter().map(PayPeriod::as_str)),
    )
}

/// Every grade a post can carry, with and without its old grade printed.
fn post_grades() -> Vec<PostGrade> {
    let singles = Grade::iter().flat_map(|grade| {
        [false, true].map(|legacy_printed| PostGrade::Single {
            grade,
            legacy_printed,
        })
    });
    let twins = TwinGrade::iter().flat_map(|twin| {
        [false, true].map(|legacy_printed| PostGrade::Twin {
            twin,
            legacy_printed,
        })
    });
    singles.chain(twins).chain([PostGrade::Ungraded]).collect()
}

fn job_families() -> Vec<JobFamily> {
    let families = JobFamilyName::iter().filter_map(|family| JobFamily::new(family, None).ok());
    let with_sub = JobSubFamily::iter().map(JobFamily::from_sub_family);
    families.chain(with_sub).collect()
}

fn behaviour_levels() -> impl Iterator<Item = BehaviourLevel> {
    Competency::iter().flat_map(Competency::levels)
}

fn language_requirements() -> Vec<LanguageRequirement> {
    let mut all = Vec::new();
    for a in Proficiency::iter() {
        all.push(LanguageRequirement::both(a));
        for b in Proficiency::iter() {
            all.push(LanguageRequirement::either(a, b));
            all.push(LanguageRequirement::named(a, b));
        }
    }
    all
}

fn language_profiles() -> Vec<LanguageProfile> {
    let levels = || [None].into_iter().chain(Proficiency::iter().map(Some));
    levels()
        .flat_map(|english| levels().map(move |french| LanguageProfile::new(english, french)))
        .collect()
}

/// A string schema: the closed list of canonical strings.
fn closed_set(description: &str, values: Vec<String>) -> Schema {
    json_schema!({
        "type": "string",
        "description": description,
        "enum": values,
    })
}

/// A string schema: the whole string matches `pattern`.
fn matching(description: &str, pattern: &str) -> Schema {
    json_schema!({
        "type": "string",
        "description": description,
        "pattern": format!("^(?:{pattern})$"),
    })
}

/// Implements `JsonSchema` for string-form types, one line per type:
/// `Type => closed_set(...)` or `Type => matching(...)`.
macro_rules! string_form_schemas {
    ($($ty:ident => $schema:expr;)*) => {$(
        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed(stringify!($ty))
            }

            fn schema_id() -> Cow<'static, str> {
                Cow::Borrowed(concat!("nato_post::", stringify!($ty)))
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                $schema
            }
        }
    )*};
}

string_form_schemas! {
    Grade => closed_set("a NATO grade: G1 to G24", canonical_strings(Grade::iter()));
    GradeCategory => closed_set(
        "a grade category: A, L, B or C",
        canonical_strings(GradeCategory::iter()),
    );
    LegacyGrade => closed_set(
        "an old NATO grade such as A5, L3, B4 or C2",
        canonical_strings(LegacyGrade::iter()),
    );
    TwinGrade => closed_set(
        "a twin grade: two consecutive grades of one category, lower first, such as G8-G10",
        canonical_strings(TwinGrade::iter()),
    );
    PostGrade => closed_set(
        "the grade of a post: G20, G22 (A5), G8-G10, G8-G10 (B3-B4) or Unclassified",
        canonical_strings(post_grades()),
    );
    ClearanceLevel => closed_set(
        "a NATO clearance level: NU, NR, NC, NS or CTS",
        canonical_strings(ClearanceLevel::iter()),
    );
    Clearance => closed_set(
        "a NATO security clearance such as NS or CTS/A (ATOMAL)",
        canonical_strings(Clearance::iter()),
    );
    OfficialLanguage => closed_set(
        "an official language of NATO: English or French",
        canonical_strings(OfficialLanguage::iter()),
    );
    Proficiency => closed_set(
        "a language proficiency level on the IS scale: I to VI",
        canonical_strings(Proficiency::iter()),
    );
    LanguageRequirement => closed_set(
        "minimum levels in English and French: \"V in one; II in the other\", \
         \"VI in French; I in English\" or \"VI in both\"",
        canonical_strings(language_requirements()),
    );
    LanguageProfile => closed_set(
        "a person's levels in English and French, - when none: \"English V; French II\"",
        canonical_strings(language_profiles()),
    );
    Competency => closed_set(
        "a NATO behavioural competency such as Initiative",
        canonical_strings(Competency::iter()),
    );
    BehaviourLevel => closed_set(
        "a competency and one of its behaviour levels: \"Initiative: Plans and acts for the long term\"",
        canonical_strings(behaviour_levels()),
    );
    CompetencyRequirement => closed_set(
        "a competency and the behaviour level required: \"Initiative: Plans and acts for the long term\"",
        canonical_strings(behaviour_levels().map(CompetencyRequirement::new)),
    );
    EducationLevel => closed_set(
        "a minimum level of education such as \"university degree\"",
        canonical_strings(EducationLevel::iter()),
    );
    ContractKind => closed_set(
        "a contract kind: definite or indefinite",
        canonical_strings(ContractKind::iter()),
    );
    ClauseKind => closed_set(
        "a contract clause kind such as political-turnover",
        canonical_strings(ClauseKind::iter()),
    );
    Schedule => closed_set(
        "a schedule: Full-time or Part-time",
        canonical_strings(Schedule::iter()),
    );
    PayPeriod => closed_set(
        "a pay period: monthly or annual",
        canonical_strings(PayPeriod::iter()),
    );
    NatoBody => closed_set(
        "the short code of a NATO body such as \"NATO IS\"; new bodies may be added in minor versions",
        canonical_strings(NatoBody::iter()),
    );
    WorkLevel => closed_set(
        "a work level: a roman numeral",
        canonical_strings(WorkLevel::iter()),
    );
    JobFamilyName => closed_set(
        "a job family: Core, Support or Management",
        canonical_strings(JobFamilyName::iter()),
    );
    JobSubFamily => closed_set(
        "a job sub-family such as Executive Leadership",
        canonical_strings(JobSubFamily::iter()),
    );
    JobFamily => closed_set(
        "a job family, with its sub-family when printed: \"Management - Executive Leadership\"",
        canonical_strings(job_families()),
    );
    VacancyReference => matching(
        "a six-digit vacancy reference, the first two digits the year: 241656",
        "[0-9]{6}",
    );
    PostNumber => matching(
        "a post number: a division acronym and a four-digit serial, PASP0016",
        "[A-Z]{2,6}[0-9]{4}",
    );
    Currency => matching("an ISO 4217 currency code such as EUR", "[A-Z]{3}");
    Salary => matching(
        "an amount, a currency and a period: \"8754.21 EUR monthly\", \"5725.22 EUR monthly, tax free\"",
        &salary_pattern(),
    );
    Deadline => matching(
        "an ISO 8601 date or local date-time, or Ongoing: 2024-12-15, 2024-05-16T23:59:00",
        "[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9]{2}:[0-9]{2}:[0-9]{2})?|Ongoing",
    );
    Location => matching(
        "a country and optionally a city, joined by a hyphen: Belgium-Brussels",
        "[^\\-\u{2013}\\r\\n]+(?:-[^\\r\\n]+)?",
    );
    TermLength => matching("a length of time: \"3 years\", \"18 months\"", TERM);
    Renewal => matching(
        "how a contract may be renewed: \"renewable once up to 3 years\"",
        &renewal_pattern(),
    );
    ConversionWindow => matching(
        "when conversion to an indefinite contract may be requested: \
         \"conversion no later than 1 year before end\"",
        &conversion_pattern(),
    );
    ContractClause => matching(
        "a contract clause: its letter, its kind, or both: \"G\", \"standard\", \"G (political-turnover)\"",
        &clause_pattern(),
    );
    ContractTerms => matching(
        "contract terms: \"definite 3 years; renewable once up to 3 years; max 6 years\"",
        &contract_terms_pattern(),
    );
}
