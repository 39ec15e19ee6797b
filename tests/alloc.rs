//! A value that parses allocates nothing: every value type is parsed from
//! several real spellings under a global allocator that counts the
//! allocations made by the current thread.

use std::fmt::Debug;
use std::str::FromStr;

use nato_post::{
    BehaviourLevel, Clearance, CompetencyRequirement, ContractClause, Deadline, EducationLevel,
    Grade, JobFamily, LanguageRequirement, NatoBody, PostGrade, PostNumber, Proficiency, Salary,
    Schedule, TermLength, VacancyReference, WorkLevel,
};

#[path = "util/alloc.rs"]
mod counting;

/// The allocations the current thread makes while running `f`, and what
/// `f` returned.
fn allocations_during<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let (value, allocations) = counting::allocations_during(f);
    (allocations, value)
}

/// Parses `input` as `T`, and returns a description of the failure: a
/// parse error, or the number of allocations a successful parse made.
fn allocating_parse<T>(input: &str) -> Option<String>
where
    T: FromStr,
    T::Err: Debug,
{
    let (allocations, parsed) = allocations_during(|| std::hint::black_box(input).parse::<T>());
    match parsed {
        Err(err) => Some(format!(
            "{} {input:?} does not parse: {err:?}",
            std::any::type_name::<T>()
        )),
        Ok(_) if allocations > 0 => Some(format!(
            "{} {input:?} made {allocations} allocation(s)",
            std::any::type_name::<T>()
        )),
        Ok(_) => None,
    }
}

/// Every spelling of every value type, parsed; the failures collected so
/// that one run names all of them.
fn failures_over<T>(spellings: &[&str], failures: &mut Vec<String>)
where
    T: FromStr,
    T::Err: Debug,
{
    failures.extend(spellings.iter().filter_map(|s| allocating_parse::<T>(s)));
}

#[test]
fn the_counter_sees_an_allocation() {
    let (allocations, v) = allocations_during(|| std::hint::black_box(vec![1_u8, 2, 3]));
    assert_eq!(v.len(), 3);
    assert_eq!(allocations, 1);

    let (allocations, s) = allocations_during(|| std::hint::black_box("G20").to_owned());
    assert_eq!(s, "G20");
    assert_eq!(allocations, 1);

    let (allocations, n) = allocations_during(|| std::hint::black_box("20").parse::<u8>());
    assert_eq!(n, Ok(20));
    assert_eq!(allocations, 0);
}

#[test]
fn values_parse_without_allocating() {
    let mut failures = Vec::new();

    failures_over::<PostGrade>(
        &[
            "NATO Grade G20",
            "G22 (A5)",
            "G22 (A.5)",
            "NATO Grade G8-G10",
            "G15/17",
            "G-15",
            "Grade 19",
            "A.2",
            "B.5",
            "A5 / G22",
            "Unclassified",
        ],
        &mut failures,
    );
    failures_over::<Grade>(&["G20", "G-15", "Grade 19", "NATO Grade G8"], &mut failures);
    failures_over::<Clearance>(
        &[
            "NS",
            "(NS)",
            "CTS/A",
            "CTS",
            "NATO SECRET (NS)",
            "COSMIC TOP SECRET/ATOMAL",
            "COSMIC TRÈS SECRET/ATOMAL",
            "Clearance Level CTS/A",
        ],
        &mut failures,
    );
    failures_over::<Proficiency>(
        &[
            "V",
            "VI",
            "III (\"Intermediate\")",
            "V (« avancé »)",
            "Proficiency",
        ],
        &mut failures,
    );
    failures_over::<LanguageRequirement>(
        &[
            "V in one; II in the other",
            "VI (\"Proficiency\") in one; III (\"Intermediate\") in the other.",
            "V (« avancé ») dans l'une des deux langues officielles de l'OTAN \
             (anglais/français), et le niveau II (« élémentaire ») dans l'autre ;",
            "VI in French; I in English",
            "VI in both",
        ],
        &mut failures,
    );
    failures_over::<CompetencyRequirement>(
        &[
            "Achievement: Sets and works to meet challenging goals;",
            "- Teamwork: Solicits inputs and encourages others.",
            "- **Achievement:** Demonstrates decisiveness based on solid considerations and trade-offs.",
            "Organizational Awareness: Understands organisational politics",
            "Customer Service Orientation: Makes things better for the customer, addressing underlying customer needs",
            "- Maîtrise de soi : reste calme et positive, même en cas de pression extrême.",
            "Initiative : planifie et agit sur le long terme.",
        ],
        &mut failures,
    );
    failures_over::<BehaviourLevel>(
        &[
            "Empathy: Listens actively",
            "Initiative: Is decisive in a time-sensitive situation",
            "Analytical Thinking: Sees multiple relationships;",
        ],
        &mut failures,
    );
    failures_over::<Salary>(
        &[
            "8,754.21Euro (EUR) Monthly",
            "3,833.04Euro (EUR) Monthly",
            "8 754,21Euro (EUR) Mensuelle",
            "5,725.22 EUR (Monthly)",
            "5,725.22 EUR (Monthly), tax free",
        ],
        &mut failures,
    );
    failures_over::<Deadline>(
        &[
            "15-Dec-2024",
            "16-May-2024, 11:59:00 PM",
            "15-déc.-2024",
            "05-janv.-2025",
            "16-mai-2024, 23:59:00",
            "Ongoing",
        ],
        &mut failures,
    );
    failures_over::<TermLength>(
        &[
            "3 years",
            "three years",
            "trois ans",
            "24 months",
            "eighteen months",
        ],
        &mut failures,
    );
    failures_over::<VacancyReference>(&["241656", "(240696)", "Ref. (241656)"], &mut failures);
    failures_over::<PostNumber>(
        &["PASP0016", "PASP 0016", "POST No. pasp-0016"],
        &mut failures,
    );
    failures_over::<WorkLevel>(&["VII", "7", "ix", "NIVEAU DE TRAVAIL VII"], &mut failures);
    failures_over::<JobFamily>(
        &[
            "Management - Executive Leadership",
            "Gestion – Direction exécutive",
            "Support",
        ],
        &mut failures,
    );
    failures_over::<NatoBody>(
        &["NATO International Staff (NATO IS)", "NATO IS", "OTAN SI"],
        &mut failures,
    );
    failures_over::<EducationLevel>(&["university degree", "secondary school"], &mut failures);
    failures_over::<Schedule>(&["Full-time", "Temps plein", "Part-time"], &mut failures);
    failures_over::<ContractClause>(
        &[
            "CONTACT CLAUSE (G)",
            "(G)",
            "Clause contractuelle G",
            "G (political-turnover)",
            "project",
        ],
        &mut failures,
    );

    assert!(
        failures.is_empty(),
        "{} spelling(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
