//! A whole vacancy notice parsed into one typed [`Vacancy`].
//!
//! Three layouts are read: the e-recruitment *vacancy notification* (plain
//! text header lines, then numbered sections), the *post description* (a
//! tab-separated header table, five sections, a signature and a date), and
//! the *markdown-flavoured export* of either (`**`, `##`). A notice may be
//! English, French, or both; the French half is matched to the English one.

mod build;
mod paragraphs;
mod scan;

pub use paragraphs::{Iter as ParagraphIter, LineBreakError, Paragraphs};

use core::fmt;
use core::str::FromStr;
use std::borrow::Cow;

use chrono::NaiveDate;

use crate::clearance::Clearance;
use crate::competency::CompetencyRequirement;
use crate::contract::{ContractClause, ContractTerms, TermLength};
use crate::education::EducationLevel;
use crate::grade::PostGrade;
use crate::language::{LanguageRequirement, OfficialLanguage};
use crate::org::{JobFamily, NatoBody, PostNumber, VacancyReference, WorkLevel};
use crate::posting::{Deadline, Location, Schedule};
use crate::salary::Salary;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// The layout a notice was written in.
///
/// ```
/// use nato_post::Layout;
/// assert_eq!(Layout::PostDescription.to_string(), "post-description");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(rename_all = "kebab-case")
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Layout {
    /// The e-recruitment vacancy notification: `Label: value` header lines,
    /// then numbered sections 1 Summary .. 8 Additional information.
    VacancyNotification,
    /// The post description: a tab-separated header table, five numbered
    /// sections, a signature and a date.
    PostDescription,
    /// A markdown-flavoured export (`**bold**`, `## headings`) of either.
    MarkdownExport,
}

impl Layout {
    /// The canonical form: `vacancy-notification`, `post-description` or
    /// `markdown-export`.
    ///
    /// ```
    /// assert_eq!(nato_post::Layout::MarkdownExport.as_str(), "markdown-export");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::VacancyNotification => "vacancy-notification",
            Self::PostDescription => "post-description",
            Self::MarkdownExport => "markdown-export",
        }
    }
}

impl fmt::Display for Layout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A fact of a notice, as named in errors and warnings.
///
/// ```
/// use nato_post::Field;
/// assert_eq!(Field::Grade.to_string(), "grade");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(rename_all = "snake_case")
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Field {
    /// The post title.
    Title,
    /// The six-digit vacancy reference.
    Reference,
    /// The post number (`PASP0016`).
    PostNumber,
    /// The NATO body that recruits.
    Body,
    /// The division.
    Division,
    /// The directorate.
    Directorate,
    /// The section.
    Section,
    /// The primary duty location.
    PrimaryLocation,
    /// Other duty locations.
    OtherLocations,
    /// Full- or part-time.
    Schedule,
    /// The application deadline.
    Deadline,
    /// The date the vacancy was posted.
    PostingDate,
    /// The salary.
    Salary,
    /// The grade.
    Grade,
    /// The security clearance.
    Clearance,
    /// The job family.
    JobFamily,
    /// The work level.
    WorkLevel,
    /// The contract clause.
    ContractClause,
    /// The contract terms.
    ContractTerms,
    /// The language requirement.
    Languages,
    /// A competency line.
    Competency,
    /// The number of direct or indirect reports.
    Reports,
}

impl Field {
    /// The field's name in messages.
    ///
    /// ```
    /// assert_eq!(nato_post::Field::PostNumber.as_str(), "post number");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Reference => "vacancy reference",
            Self::PostNumber => "post number",
            Self::Body => "NATO body",
            Self::Division => "division",
            Self::Directorate => "directorate",
            Self::Section => "section",
            Self::PrimaryLocation => "primary location",
            Self::OtherLocations => "other locations",
            Self::Schedule => "schedule",
            Self::Deadline => "application deadline",
            Self::PostingDate => "posting date",
            Self::Salary => "salary",
            Self::Grade => "grade",
            Self::Clearance => "clearance",
            Self::JobFamily => "job family",
            Self::WorkLevel => "work level",
            Self::ContractClause => "contract clause",
            Self::ContractTerms => "contract terms",
            Self::Languages => "language requirement",
            Self::Competency => "competency",
            Self::Reports => "reports",
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a text could not be read as a notice. Every variant but
/// [`NoticeError::NotANotice`] names the field and the 1-based line.
///
/// ```
/// use nato_post::{NoticeError, Vacancy};
///
/// let err = "Hello,\nthis is a letter.".parse::<Vacancy>().unwrap_err();
/// assert_eq!(err, NoticeError::NotANotice);
///
/// let text = "VACANCY NOTIFICATION\n\nClerk (251234)\n\nGrade: G99\n\n1. SUMMARY\n\nText.";
/// let err = text.parse::<Vacancy>().unwrap_err();
/// assert_eq!(err.line(), Some(5));
/// assert!(err.to_string().starts_with("line 5: invalid grade \"G99\""));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NoticeError {
    /// The text has neither a header nor a numbered section of a notice.
    #[error("not a vacancy notice: no header field and no section heading found")]
    NotANotice,
    /// A mandatory field is absent.
    #[error("line {line}: missing {field}")]
    MissingField {
        /// The missing field.
        field: Field,
        /// The line where it was expected (the end of the header).
        line: usize,
    },
    /// A field is present but its value does not parse.
    #[error("line {line}: invalid {field} {value:?}: {reason}")]
    InvalidValue {
        /// The field.
        field: Field,
        /// The line of the value.
        line: usize,
        /// The value as printed.
        value: String,
        /// What is wrong with it.
        reason: String,
    },
}

impl NoticeError {
    /// The 1-based line the error is about, if any.
    ///
    /// ```
    /// assert_eq!(nato_post::NoticeError::NotANotice.line(), None);
    /// ```
    pub fn line(&self) -> Option<usize> {
        match self {
            Self::NotANotice => None,
            Self::MissingField { line, .. } | Self::InvalidValue { line, .. } => Some(*line),
        }
    }
}

/// Something the parser tolerated: the notice is still meaningful, but a
/// part of it was not what the model expects. The text concerned is always
/// kept in the [`Vacancy`] too.
///
/// ```
/// use nato_post::parse_notice;
/// let text = "VACANCY NOTIFICATION\n\nClerk (251234)\n\nGrade: G8\n\n5. COMPETENCIES\n\n- Initiative: Runs very fast;";
/// let (vacancy, warnings) = parse_notice(text)?;
/// assert!(vacancy.competencies.is_empty());
/// assert_eq!(warnings[0].line, 9);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Warning {
    /// The 1-based line concerned.
    pub line: usize,
    /// What was tolerated.
    pub kind: WarningKind,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.kind)
    }
}

/// The kinds of [`Warning`].
///
/// ```
/// use nato_post::{Field, WarningKind};
/// let kind = WarningKind::Duplicate { field: Field::Grade };
/// assert_eq!(kind.to_string(), "grade printed twice; the first value is used");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(rename_all = "snake_case")
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum WarningKind {
    /// A value that NATO may extend (a body, a job sub-family, a
    /// competency behaviour) is not in the crate's catalogue.
    #[error("{field} {value:?} not recognised: {reason}")]
    Unrecognised {
        /// The field.
        field: Field,
        /// The text as printed.
        value: String,
        /// Why it was not recognised.
        reason: String,
    },
    /// The English and French halves give different values.
    #[error("the English and French halves disagree on the {field}: {english:?} and {french:?}")]
    HalvesDisagree {
        /// The field.
        field: Field,
        /// The English half's value.
        english: String,
        /// The French half's value.
        french: String,
    },
    /// A field printed twice in one half; the first value is used.
    #[error("{field} printed twice; the first value is used")]
    Duplicate {
        /// The field.
        field: Field,
    },
}

/// Division, directorate and section, as printed.
///
/// ```
/// let unit = nato_post::OrgUnit::default();
/// assert!(unit.division.is_none());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct OrgUnit {
    /// The division (`POLITICAL AFFAIRS AND SECURITY POLICY DIVISION`).
    pub division: Option<String>,
    /// The directorate.
    pub directorate: Option<String>,
    /// The section.
    pub section: Option<String>,
}

/// A caveat on the funding of a post.
///
/// ```
/// use nato_post::FundingCaveat;
/// assert_eq!(FundingCaveat::PendingBudgetApproval.as_str(), "pending-budget-approval");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(rename_all = "kebab-case")
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum FundingCaveat {
    /// `PENDING BUDGET APPROVAL` / `SOUS RÉSERVE D'APPROBATION PAR LES
    /// AUTORITÉS BUDGÉTAIRES`.
    PendingBudgetApproval,
    /// "linked to the availability of funds" / "liée à la disponibilité de
    /// fonds".
    SubjectToAvailableFunds,
}

impl FundingCaveat {
    /// The canonical form.
    ///
    /// ```
    /// assert_eq!(nato_post::FundingCaveat::SubjectToAvailableFunds.as_str(), "subject-to-available-funds");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::PendingBudgetApproval => "pending-budget-approval",
            Self::SubjectToAvailableFunds => "subject-to-available-funds",
        }
    }
}

/// The structured part of the essential qualifications.
///
/// ```
/// let r = nato_post::Requirements::default();
/// assert!(r.languages.is_none());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Requirements {
    /// The minimum level of education.
    pub education: Option<EducationLevel>,
    /// The minimum years of experience.
    pub experience_years: Option<u8>,
    /// The minimum years of management experience.
    pub management_years: Option<u8>,
    /// The minimum levels in NATO's official languages.
    pub languages: Option<LanguageRequirement>,
}

/// The twin-grade note of a contract section: appointment at the lower
/// grade, and when advancement to the higher one may come.
///
/// ```
/// use nato_post::TwinGradeNote;
/// let note = TwinGradeNote::standard();
/// assert_eq!(note.normal_wait.in_months(), 36);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TwinGradeNote {
    /// Advancement does not normally come within this period in the post.
    pub normal_wait: TermLength,
    /// For external candidates the period may be reduced by up to this.
    pub external_reduction: Option<TermLength>,
    /// Serving staff may, in circumstances an IS directive sets, be
    /// appointed directly at the higher grade.
    pub serving_direct_appointment: bool,
}

impl TwinGradeNote {
    /// The note as NATO prints it: three years, reducible by up to 24
    /// months for external candidates, direct appointment possible for
    /// serving staff.
    ///
    /// ```
    /// let note = nato_post::TwinGradeNote::standard();
    /// assert!(note.serving_direct_appointment);
    /// ```
    pub fn standard() -> Self {
        Self {
            normal_wait: TermLength::years(3).expect("three years is a valid term"),
            external_reduction: TermLength::months(24),
            serving_direct_appointment: true,
        }
    }
}

/// The contract a post offers.
///
/// ```
/// let c = nato_post::Contract::default();
/// assert!(c.terms.is_none());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Contract {
    /// The clause: letter as printed and/or kind recognised from its text.
    pub clause: Option<ContractClause>,
    /// The terms offered to a non-seconded applicant.
    pub terms: Option<ContractTerms>,
    /// The terms offered to an applicant seconded from a national
    /// administration.
    pub seconded_terms: Option<ContractTerms>,
    /// Serving staff keep a contract under the Civilian Personnel
    /// Regulations.
    pub serving_staff_keep_contract: bool,
    /// The twin-grade note, on twin-graded posts.
    pub twin_grade: Option<TwinGradeNote>,
}

/// A named block of text: an accountability area or a section the model
/// has no field for.
///
/// ```
/// let text = nato_post::NamedText::default();
/// assert!(text.heading.is_empty() && text.paragraphs.is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NamedText {
    /// The heading as printed, empty for text before the first heading.
    pub heading: String,
    /// The paragraphs and list items, in order.
    pub paragraphs: Paragraphs,
}

/// A list with the sentence that introduces it ("The incumbent must:").
///
/// ```
/// let list = nato_post::ListText::default();
/// assert!(list.intro.is_empty() && list.items.is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ListText {
    /// Lines before and between the items that are not items.
    pub intro: Paragraphs,
    /// The items, without bullets.
    pub items: Paragraphs,
}

/// One language's half of a notice: its prose, by section. Every line of
/// the half lands in exactly one field, so nothing printed is lost.
///
/// ```
/// use nato_post::{OfficialLanguage, Vacancy};
/// let v: Vacancy = "VACANCY NOTIFICATION\nClerk (251234)\nGrade: G5\n\n1. SUMMARY\n\nFiles.\n".parse()?;
/// let english = v.half(OfficialLanguage::English).expect("an English half");
/// assert_eq!(english.title, "Clerk");
/// assert_eq!(english.summary, ["Files."]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NoticeText {
    /// The post title.
    pub title: String,
    /// Lines before the header (banners) that are not the title.
    pub banner: Paragraphs,
    /// The header: the label of each line, as the crate's catalogue spells
    /// it (borrowed, so a parse allocates no label), and the value as
    /// printed.
    pub header: Vec<(Cow<'static, str>, String)>,
    /// The description between the header and the first section
    /// (funding caveats, fast-track and clearance prose).
    pub description: Paragraphs,
    /// The summary.
    pub summary: Paragraphs,
    /// Key challenges, in the summary or a section of their own.
    pub key_challenges: ListText,
    /// Essential qualifications.
    pub essential: ListText,
    /// Desirable qualifications.
    pub desirable: ListText,
    /// Accountabilities by named area.
    pub accountabilities: Vec<NamedText>,
    /// The interrelationships prose (reports counted in [`Vacancy`]).
    pub interrelationships: Paragraphs,
    /// Whom the incumbent reports to, from the interrelationships.
    pub reports_to: Option<String>,
    /// The competency section as printed.
    pub competencies: ListText,
    /// The contract section as printed.
    pub contract: Paragraphs,
    /// Every other section, in order.
    pub other_sections: Vec<NamedText>,
    /// The signature block of a post description.
    pub signature: Paragraphs,
}

/// Every fact a vacancy notice carries, typed.
///
/// Built by [`parse_notice`] or `str::parse`. Facts printed in both halves
/// (grade, clearance, salary, deadline, competencies, contract) are read
/// from the English half when there is one and checked against the French
/// half; the prose of each half is kept in [`Vacancy::english`] and
/// [`Vacancy::french`].
///
/// The serde form uses these field names, stable across minor versions,
/// and every typed value in its canonical string form: `"G8-G10"`,
/// `"CTS/A"`, dates in ISO 8601, money as a decimal string. Deserializing
/// re-validates each value.
///
/// ```
/// use nato_post::{Clearance, Vacancy};
///
/// let text = "\
/// VACANCY NOTIFICATION
///
/// Portfolio Clerk (251234)
///
/// Primary Location: Belgium-Brussels
/// Application Deadline: 15-Dec-2025
/// Grade NATO Grade G8-G10
/// Clearance Level NS
///
/// 1. SUMMARY
///
/// The clerk keeps the portfolio.
/// ";
/// let v: Vacancy = text.parse()?;
/// assert_eq!(v.reference.map(|r| r.to_string()).as_deref(), Some("251234"));
/// assert_eq!(v.grade.to_string(), "G8-G10");
/// assert_eq!(v.clearance, Some(Clearance::NS));
/// assert_eq!(v.title(), "Portfolio Clerk");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Vacancy {
    /// The layout the notice was written in.
    pub layout: Layout,
    /// The six-digit vacancy reference (absent from post descriptions).
    pub reference: Option<VacancyReference>,
    /// The post number (`PASP0016`), where printed.
    pub post_number: Option<PostNumber>,
    /// The NATO body that recruits.
    pub body: Option<NatoBody>,
    /// Division, directorate and section.
    pub unit: OrgUnit,
    /// The primary duty location.
    pub primary_location: Option<Location>,
    /// Other duty locations.
    pub other_locations: Vec<Location>,
    /// Full- or part-time.
    pub schedule: Option<Schedule>,
    /// The application deadline.
    pub deadline: Option<Deadline>,
    /// The date the vacancy was posted, where printed.
    pub posted: Option<NaiveDate>,
    /// The monthly basic salary, where printed.
    pub salary: Option<Salary>,
    /// The grade the post carries.
    pub grade: PostGrade,
    /// The clearance required, where printed.
    pub clearance: Option<Clearance>,
    /// A fast-track competition, open only to people who already hold a
    /// valid clearance at the required level.
    pub clearance_already_held: bool,
    /// The job family.
    pub job_family: Option<JobFamily>,
    /// The work level.
    pub work_level: Option<WorkLevel>,
    /// Funding caveats.
    pub funding_caveats: Vec<FundingCaveat>,
    /// The structured part of the essential qualifications.
    pub requirements: Requirements,
    /// Direct reports (`N/a` is 0).
    pub direct_reports: Option<u16>,
    /// Indirect reports (`N/a` is 0).
    pub indirect_reports: Option<u16>,
    /// The competencies and the behaviour level required of each.
    pub competencies: Vec<CompetencyRequirement>,
    /// The contract offered.
    pub contract: Contract,
    /// The date a post description was signed.
    pub signed: Option<NaiveDate>,
    /// The English half.
    pub english: Option<NoticeText>,
    /// The French half.
    pub french: Option<NoticeText>,
}

impl Vacancy {
    /// The English title, or the French one for a French-only notice.
    ///
    /// ```
    /// let v: nato_post::Vacancy = "VACANCY NOTIFICATION\nClerk (251234)\nGrade: G5\n".parse()?;
    /// assert_eq!(v.title(), "Clerk");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn title(&self) -> &str {
        self.half(OfficialLanguage::English)
            .or(self.half(OfficialLanguage::French))
            .map_or("", |h| h.title.as_str())
    }

    /// The half of the notice in `lang`, if the notice has one.
    ///
    /// ```
    /// use nato_post::OfficialLanguage;
    /// let v: nato_post::Vacancy = "VACANCY NOTIFICATION\nClerk (251234)\nGrade: G5\n".parse()?;
    /// assert!(v.half(OfficialLanguage::English).is_some());
    /// assert!(v.half(OfficialLanguage::French).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn half(&self, lang: OfficialLanguage) -> Option<&NoticeText> {
        match lang {
            OfficialLanguage::English => self.english.as_ref(),
            OfficialLanguage::French => self.french.as_ref(),
        }
    }
}

/// Parses a notice, returning the [`Vacancy`] and the [`Warning`]s of what
/// was tolerated.
///
/// Only what makes the notice meaningless is an error: a text that is not
/// a notice, a missing title or grade, a value that does not parse. Values
/// that NATO may extend (a new body, a competency behaviour not in the
/// catalogue) are warnings, and their text is kept.
///
/// ```
/// use nato_post::parse_notice;
/// let (v, warnings) = parse_notice("VACANCY NOTIFICATION\nClerk (251234)\nGrade: G5\n")?;
/// assert_eq!(v.grade.to_string(), "G5");
/// assert!(warnings.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse_notice(text: &str) -> Result<(Vacancy, Vec<Warning>), NoticeError> {
    build::parse(text)
}

impl FromStr for Vacancy {
    type Err = NoticeError;

    /// Parses a notice, discarding warnings; see [`parse_notice`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_notice(s).map(|(v, _)| v)
    }
}
