//! The schema.org `JobPosting` export (feature `jsonld`), checked against
//! what a job-board consumer requires: Google for Jobs' required properties
//! (`title`, `description`, `hiringOrganization`, `datePosted` where known,
//! `jobLocation`) and the shapes of the recommended ones.
#![cfg(feature = "jsonld")]

mod util;

use chrono::{NaiveDate, NaiveDateTime};
use nato_post::{Deadline, Vacancy, parse_notice};
use serde_json::Value;

const FIXTURE: &str = include_str!("fixtures/vn_bilingual.txt");

/// The schema.org types the export may use.
const TYPES: [&str; 10] = [
    "DefinedTerm",
    "JobPosting",
    "Organization",
    "PropertyValue",
    "MonetaryAmount",
    "QuantitativeValue",
    "Place",
    "PostalAddress",
    "EducationalOccupationalCredential",
    "OccupationalExperienceRequirements",
];

fn seeds() -> Vec<(String, String)> {
    util::seeds()
        .unwrap_or_default()
        .into_iter()
        .map(|n| (n.name, n.text))
        .collect()
}

fn notices() -> Vec<(String, Vacancy)> {
    let mut texts = seeds();
    texts.push(("fixtures/vn_bilingual.txt".to_owned(), FIXTURE.to_owned()));
    texts
        .into_iter()
        .map(|(name, text)| {
            let (vacancy, _) = parse_notice(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, vacancy)
        })
        .collect()
}

fn non_empty_str<'a>(posting: &'a Value, pointer: &str, name: &str) -> &'a str {
    let s = posting
        .pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("{name}: {pointer} is not a string in {posting:#}"));
    assert!(!s.trim().is_empty(), "{name}: {pointer} is empty");
    s
}

/// Job boards reject `null`s and unknown `@type`s anywhere in the document.
fn assert_no_null_and_known_types(value: &Value, name: &str) {
    match value {
        Value::Null => panic!("{name}: a null in the posting"),
        Value::Array(items) => items
            .iter()
            .for_each(|v| assert_no_null_and_known_types(v, name)),
        Value::Object(map) => {
            if let Some(ty) = map.get("@type") {
                let ty = ty.as_str().unwrap_or_default();
                assert!(TYPES.contains(&ty), "{name}: unexpected @type {ty}");
            }
            map.values()
                .for_each(|v| assert_no_null_and_known_types(v, name));
        }
        _ => {}
    }
}

fn assert_job_board_ready(name: &str, vacancy: &Vacancy) {
    let posting = vacancy.to_job_posting();
    assert_no_null_and_known_types(&posting, name);

    // Required.
    assert_eq!(posting["@context"], "https://schema.org", "{name}");
    assert_eq!(posting["@type"], "JobPosting", "{name}");
    assert_eq!(non_empty_str(&posting, "/title", name), vacancy.title());
    non_empty_str(&posting, "/description", name);
    assert_eq!(posting["hiringOrganization"]["@type"], "Organization");
    non_empty_str(&posting, "/hiringOrganization/name", name);
    match vacancy.posted {
        Some(date) => assert_eq!(posting["datePosted"], date.to_string(), "{name}"),
        None => assert!(posting.get("datePosted").is_none(), "{name}"),
    }
    match &vacancy.primary_location {
        Some(location) => {
            let places = posting["jobLocation"]
                .as_array()
                .expect("jobLocation is a list");
            assert_eq!(places.len(), 1 + vacancy.other_locations.len(), "{name}");
            assert_eq!(places[0]["@type"], "Place");
            assert_eq!(places[0]["address"]["@type"], "PostalAddress");
            assert_eq!(places[0]["address"]["addressCountry"], location.country());
            if let Some(city) = location.city() {
                assert_eq!(places[0]["address"]["addressLocality"], city);
            }
        }
        None => assert!(posting.get("jobLocation").is_none(), "{name}"),
    }

    // Recommended, where the notice prints them.
    match vacancy.deadline {
        Some(Deadline::Ongoing) | None => assert!(posting.get("validThrough").is_none()),
        Some(deadline) => {
            let valid_through = non_empty_str(&posting, "/validThrough", name);
            let as_date = NaiveDate::parse_from_str(valid_through, "%Y-%m-%d").ok();
            let as_date_time = NaiveDateTime::parse_from_str(valid_through, "%Y-%m-%dT%H:%M:%S")
                .ok()
                .map(|dt| dt.date());
            assert_eq!(
                as_date.or(as_date_time),
                deadline.date(),
                "{name}: {valid_through}"
            );
        }
    }
    if vacancy.reference.is_some() || vacancy.post_number.is_some() {
        assert_eq!(posting["identifier"]["@type"], "PropertyValue");
        non_empty_str(&posting, "/identifier/name", name);
        let value = non_empty_str(&posting, "/identifier/value", name);
        let expected = vacancy
            .reference
            .map(|r| r.to_string())
            .or(vacancy.post_number.as_ref().map(|p| p.to_string()));
        assert_eq!(Some(value.to_owned()), expected, "{name}");
    }
    if vacancy.schedule.is_some() {
        let ty = non_empty_str(&posting, "/employmentType", name);
        assert!(["FULL_TIME", "PART_TIME"].contains(&ty), "{name}: {ty}");
    }
    match &vacancy.salary {
        Some(salary) => {
            let base = &posting["baseSalary"];
            assert_eq!(base["@type"], "MonetaryAmount");
            assert_eq!(base["currency"], salary.currency().as_str());
            assert_eq!(base["value"]["@type"], "QuantitativeValue");
            let unit = base["value"]["unitText"].as_str().unwrap_or_default();
            assert!(["MONTH", "YEAR"].contains(&unit), "{name}: {unit}");
            let amount = base["value"]["value"].as_f64().expect("a number");
            assert_eq!(amount.to_string(), salary.amount().normalize().to_string());
        }
        None => assert!(posting.get("baseSalary").is_none(), "{name}"),
    }
    if let Some(clearance) = vacancy.clearance {
        let text = non_empty_str(&posting, "/securityClearanceRequirement", name);
        assert_eq!(text.parse::<nato_post::Clearance>().ok(), Some(clearance));
    }
    let skills = posting.get("skills").and_then(Value::as_array);
    assert_eq!(
        skills.map_or(0, Vec::len),
        vacancy.competencies.len(),
        "{name}"
    );
    if let Some(years) = vacancy.requirements.experience_years {
        let months = &posting["experienceRequirements"]["monthsOfExperience"];
        assert_eq!(months.as_u64(), Some(u64::from(years) * 12), "{name}");
    }
    if vacancy.requirements.education.is_some() {
        non_empty_str(&posting, "/educationRequirements/credentialCategory", name);
    }
}

#[test]
fn every_notice_exports_a_job_board_ready_posting() {
    let notices = notices();
    for (name, vacancy) in &notices {
        assert_job_board_ready(name, vacancy);
    }
}

#[test]
fn the_fixture_posting_carries_the_notice_facts() {
    let (vacancy, _) = parse_notice(FIXTURE).expect("the fixture parses");
    let posting = vacancy.to_job_posting();
    assert_eq!(posting["identifier"]["value"], "259001");
    assert_eq!(posting["identifier"]["name"], "NATO International Staff");
    assert_eq!(posting["hiringOrganization"]["alternateName"], "NATO IS");
    assert_eq!(posting["validThrough"], "2025-02-28T23:59:00");
    assert_eq!(posting["employmentType"], "FULL_TIME");
    assert_eq!(posting["baseSalary"]["value"]["value"], 7010.5);
    assert_eq!(posting["baseSalary"]["value"]["unitText"], "MONTH");
    assert_eq!(posting["securityClearanceRequirement"], "NATO SECRET");
    let location = &posting["jobLocation"][0]["address"];
    assert_eq!(location["addressCountry"], "Belgium");
    assert_eq!(location["addressLocality"], "Brussels");
}

#[test]
fn a_minimal_notice_leaves_out_what_it_does_not_print() {
    let vacancy: Vacancy = "VACANCY NOTIFICATION\nClerk (251234)\nGrade: G5\n"
        .parse()
        .expect("parses");
    let posting = vacancy.to_job_posting();
    let keys: Vec<&str> = posting
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    let mut keys = keys;
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "@context",
            "@type",
            "description",
            "hiringOrganization",
            "identifier",
            "title"
        ]
    );
    assert_eq!(posting["description"], "Clerk");
    assert_eq!(
        posting["hiringOrganization"]["name"],
        "North Atlantic Treaty Organization"
    );
}
