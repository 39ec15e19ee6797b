//! A typed, validated domain model of NATO civilian posts.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_auto_cfg))]

mod macros;
mod text;

mod language;

pub use language::{OfficialLanguage, ParseLanguageError};
mod posting;
pub use posting::{
    Deadline, Location, ParseDeadlineError, ParseLocationError, ParseScheduleError, Schedule,
};
mod education;
pub use education::{EducationLevel, ParseEducationError};
