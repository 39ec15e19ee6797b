//! The rules: what a post's contract, twin grade and requirements mean for
//! a person, with dates rather than prose.
//!
//! - [`ContractPlan`]: the dated timeline of a contract from a start date,
//!   and [`ProposedPlan::validate`] to check a plan against the terms.
//! - [`TwinGradeAdvancement`]: when a twin-graded post may move to its
//!   higher grade.
//! - [`screen`]: a [`Candidate`] against a [`Vacancy`](crate::Vacancy)'s
//!   essential requirements, nationality of a [`MemberState`] included.

mod member;
mod plan;
mod screening;
mod twin;

pub use member::{MemberState, Nationality, ParseMemberStateError};
pub use plan::{
    AppointeeStatus, ContractPlan, ConversionDeadline, Period, PlanError, PlanPart, PlanRule,
    PlanViolation, ProposedPlan, TermsSource,
};
pub use screening::{
    Candidate, CandidateBuilder, MissingData, Outcome, RequirementKind, RequirementOutcome,
    ScreeningReport, Shortfall, screen,
};
pub use twin::{MIN_ADVANCEMENT_MONTHS, TwinGradeAdvancement};
