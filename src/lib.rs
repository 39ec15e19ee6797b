//! A typed, validated domain model of NATO civilian posts.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_auto_cfg))]

mod macros;
mod text;

mod clearance;
mod competency;
mod education;
mod grade;
mod language;
mod posting;

pub use clearance::{Clearance, ClearanceLevel, ParseClearanceError};
pub use competency::{BehaviourLevel, Competency, CompetencyRequirement, ParseCompetencyError};
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
pub use posting::{
    Deadline, Location, ParseDeadlineError, ParseLocationError, ParseScheduleError, Schedule,
};
