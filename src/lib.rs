#![doc = include_str!("crate_docs.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_auto_cfg))]

mod macros;
mod text;

mod clearance;
mod competency;
mod contract;
mod education;
mod grade;
mod language;
mod notice;
mod org;
mod posting;
mod rules;
mod salary;

#[cfg(feature = "jsonld")]
mod jsonld;
#[cfg(feature = "schema")]
mod schema;

pub use clearance::{Clearance, ClearanceLevel, ParseClearanceError};
pub use competency::{BehaviourLevel, Competency, CompetencyRequirement, ParseCompetencyError};
pub use contract::{
    ClauseKind, ContractClause, ContractKind, ContractTerms, ContractTermsBuilder,
    ContractTermsError, ConversionWindow, ParseContractError, Renewal, TermLength,
};
pub use education::{EducationLevel, ParseEducationError};
pub use grade::{
    Grade, GradeCategory, LegacyGrade, NotTwinReason, ParseGradeError, ParsePostGradeError,
    PostGrade, TwinGrade,
};
pub use language::{
    LanguageCheck, LanguageProfile, LanguageRequirement, LanguageShortfall, LanguageShortfalls,
    OfficialLanguage, ParseLanguageError, ParseLanguageProfileError, ParseLanguageRequirementError,
    ParseProficiencyError, Proficiency,
};
pub use notice::{
    Contract, Field, FundingCaveat, Layout, LineBreakError, ListText, NamedText, NoticeError,
    NoticeText, OrgUnit, ParagraphIter, Paragraphs, Requirements, TwinGradeNote, Vacancy, Warning,
    WarningKind, parse_notice,
};
pub use org::{
    JobFamily, JobFamilyName, JobSubFamily, NatoBody, ParseJobFamilyError, ParseNatoBodyError,
    ParsePostNumberError, ParseVacancyReferenceError, ParseWorkLevelError, PostNumber,
    VacancyReference, WorkLevel,
};
pub use posting::{
    Deadline, Location, ParseDeadlineError, ParseLocationError, ParseScheduleError, Schedule,
};
pub use rules::{
    AppointeeStatus, Candidate, CandidateBuilder, ContractPlan, ConversionDeadline,
    MIN_ADVANCEMENT_MONTHS, MemberState, MissingData, Nationality, Outcome, ParseMemberStateError,
    Period, PlanError, PlanPart, PlanRule, PlanViolation, ProposedPlan, RequirementKind,
    RequirementOutcome, ScreeningReport, Shortfall, TermsSource, TwinGradeAdvancement, screen,
};
pub use salary::{Currency, ParseSalaryError, PayPeriod, Salary};
