//! Contract plans: the dated timeline of a post's contract, and the check
//! of a proposed plan against the contract terms.
//!
//! # Calendar convention
//!
//! A period of months or years ends on the day before the corresponding
//! date (its anniversary); when the target month has no such day (29
//! February in a common year, 31 April) the period ends on that month's
//! last day, and the next one starts on the first of the following month,
//! as the usual rule for periods expressed in months or years has it. So a
//! 3-year term from 29 February 2024 runs to 28 February 2027, the next
//! from 1 March 2027; one month from 31 January 2024 ends on 29 February.
//! Every boundary is counted from the plan's start date, never from the
//! previous boundary, so a short month does not shorten the terms after
//! it.

use core::fmt;

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::{Contract, ContractTerms, TermLength};

/// The last day of a period that runs `months` months from `start`: the
/// day before the anniversary, or the target month's last day when chrono
/// had to clamp the anniversary because that month is too short.
fn last_day(start: NaiveDate, months: u32) -> Option<NaiveDate> {
    let anniversary = start.checked_add_months(Months::new(months))?;
    if anniversary.day() < start.day() {
        Some(anniversary)
    } else {
        anniversary.checked_sub_days(Days::new(1))
    }
}

/// The first day of the period that follows `months` months from `start`.
pub(super) fn first_day(start: NaiveDate, months: u32) -> Option<NaiveDate> {
    if months == 0 {
        return Some(start);
    }
    last_day(start, months)?.succ_opt()
}

/// Who is appointed, which decides the terms that apply.
///
/// ```
/// use nato_post::AppointeeStatus;
/// let status: AppointeeStatus = "seconded".parse()?;
/// assert_eq!(status, AppointeeStatus::Seconded);
/// assert_eq!(status.to_string(), "seconded");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum AppointeeStatus {
    /// A candidate from outside NATO's civilian staff.
    #[default]
    External,
    /// A candidate seconded from a member state's administration.
    Seconded,
    /// A member of NATO's serving civilian staff.
    Serving,
}

impl AppointeeStatus {
    /// The three statuses.
    pub const ALL: [Self; 3] = [Self::External, Self::Seconded, Self::Serving];

    /// Iterates over the statuses.
    ///
    /// ```
    /// assert_eq!(nato_post::AppointeeStatus::iter().count(), 3);
    /// ```
    pub fn iter() -> impl Iterator<Item = Self> {
        Self::ALL.into_iter()
    }

    /// The canonical form: `external`, `seconded` or `serving`.
    ///
    /// ```
    /// assert_eq!(nato_post::AppointeeStatus::Serving.as_str(), "serving");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::External => "external",
            Self::Seconded => "seconded",
            Self::Serving => "serving",
        }
    }
}

impl fmt::Display for AppointeeStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl core::str::FromStr for AppointeeStatus {
    type Err = PlanError;

    /// Accepts the canonical forms, in any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::iter()
            .find(|status| status.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| PlanError::UnknownStatus(s.to_owned()))
    }
}

crate::macros::serde_via_str!(
    AppointeeStatus,
    "an appointee status: external, seconded or serving"
);

/// A span of dates, both ends included.
///
/// ```
/// use chrono::NaiveDate;
/// use nato_post::Period;
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let p = Period { first_day: d(2025, 9, 1), last_day: d(2028, 8, 31) };
/// assert_eq!(p.to_string(), "2025-09-01 to 2028-08-31");
/// assert!(p.contains(d(2027, 1, 1)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Period {
    /// The first day.
    pub first_day: NaiveDate,
    /// The last day.
    pub last_day: NaiveDate,
}

impl Period {
    /// Whether `date` falls within the period.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use nato_post::Period;
    /// let day = NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
    /// assert!(Period { first_day: day, last_day: day }.contains(day));
    /// ```
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.first_day <= date && date <= self.last_day
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} to {}", self.first_day, self.last_day)
    }
}

/// Where a plan's terms came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum TermsSource {
    /// The terms the notice offers to non-seconded applicants.
    Notice,
    /// The terms the notice offers to seconded applicants.
    NoticeSeconded,
    /// The usual terms of the clause kind, the notice printing none.
    ClauseDefault,
    /// Terms given directly to [`ContractPlan::from_terms`].
    Given,
}

/// The deadline to ask for conversion to an indefinite contract.
///
/// ```
/// use chrono::NaiveDate;
/// use nato_post::{AppointeeStatus, ClauseKind, ContractPlan};
///
/// let start = NaiveDate::from_ymd_opt(2025, 9, 1).unwrap();
/// let terms = ClauseKind::PoliticalTurnover.default_terms();
/// let plan = ContractPlan::from_terms(&terms, start, AppointeeStatus::External)?;
/// let conversion = plan.conversion.unwrap();
/// assert_eq!(conversion.opens.to_string(), "2028-09-01");
/// assert_eq!(conversion.contract_last_day.to_string(), "2031-08-31");
/// assert_eq!(conversion.last_request.map(|d| d.to_string()).as_deref(), Some("2030-08-31"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ConversionDeadline {
    /// The first day a request may be made: the first day of the renewal.
    pub opens: NaiveDate,
    /// The last day of the contract the deadline refers to (the end of the
    /// last renewal).
    pub contract_last_day: NaiveDate,
    /// The last day to ask: the printed notice before `contract_last_day`;
    /// `None` when the notice prints no deadline.
    pub last_request: Option<NaiveDate>,
}

/// The dated timeline of a post's contract from a start date: every term
/// at its longest, the conversion deadline and the end of maximum service.
///
/// # Calendar convention
///
/// A term ends on the day before its anniversary; when the target month
/// lacks that day (29 February in a common year) it ends on the month's
/// last day and the next term starts on the 1st: three years from 29
/// February 2024 run to 28 February 2027. Every boundary is counted from
/// the start date, never from the previous boundary, so a short month does
/// not shorten later terms. A deadline "one year before the end" is the
/// last day less twelve months, on the month's last day when that day is
/// missing.
///
/// ```
/// use chrono::NaiveDate;
/// use nato_post::{AppointeeStatus, ClauseKind, ContractPlan};
///
/// let start = NaiveDate::from_ymd_opt(2025, 9, 1).unwrap();
/// let terms = ClauseKind::PoliticalTurnover.default_terms();
/// let plan = ContractPlan::from_terms(&terms, start, AppointeeStatus::External)?;
/// assert_eq!(plan.initial.last_day.to_string(), "2028-08-31");
/// assert_eq!(plan.renewals[0].to_string(), "2028-09-01 to 2031-08-31");
/// assert_eq!(plan.max_service_end.map(|d| d.to_string()).as_deref(), Some("2031-08-31"));
/// assert_eq!(plan.probation_end.to_string(), "2026-02-28");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ContractPlan {
    /// The status the plan was computed for.
    pub status: AppointeeStatus,
    /// Where the terms came from.
    pub source: TermsSource,
    /// The terms the plan follows.
    pub terms: ContractTerms,
    /// The first contract.
    pub initial: Period,
    /// The last day of probation: six months into the first contract (or
    /// the contract's last day, if shorter).
    pub probation_end: NaiveDate,
    /// Each renewal, at its longest.
    pub renewals: Vec<Period>,
    /// Whether each renewal also needs the national authority's agreement.
    pub renewal_needs_national_agreement: bool,
    /// The exceptional extension (senior appointments), after the last
    /// definite term.
    pub extension: Option<Period>,
    /// The deadline to ask for conversion to an indefinite contract.
    pub conversion: Option<ConversionDeadline>,
    /// Whether an indefinite contract may follow the definite one.
    pub followed_by_indefinite: bool,
    /// The last day of service in the post: the printed maximum service
    /// from the start; or, when no maximum is printed and nothing
    /// indefinite may follow, the last day of the last possible term.
    /// `None` when an indefinite contract may follow and no maximum is
    /// printed.
    pub max_service_end: Option<NaiveDate>,
}

/// Probation: the first six months of a definite contract (DOMAIN.md §5).
const PROBATION_MONTHS: u32 = 6;

impl ContractPlan {
    /// The plan of a post's contract for a person of `status` starting on
    /// `start`.
    ///
    /// The terms are the notice's seconded terms for seconded staff (the
    /// general terms when the notice prints none for them), the general
    /// terms otherwise, and the clause kind's usual terms when the notice
    /// prints no terms at all (a clause letter alone gives no kind).
    ///
    /// # Errors
    ///
    /// [`PlanError::CurrentContractKept`] for serving staff when the notice
    /// says they keep their contract; [`PlanError::NoTerms`] when neither
    /// terms nor a clause kind are known; [`PlanError::DateOutOfRange`]
    /// when a date falls outside chrono's range.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use nato_post::{AppointeeStatus, ClauseKind, Contract, ContractClause, ContractPlan, TermsSource};
    ///
    /// let contract = Contract {
    ///     clause: Some(ContractClause::from_kind(ClauseKind::SeniorAppointment)),
    ///     ..Contract::default()
    /// };
    /// let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    /// let plan = ContractPlan::for_post(&contract, start, AppointeeStatus::External)?;
    /// assert_eq!(plan.source, TermsSource::ClauseDefault);
    /// assert_eq!(plan.extension.map(|p| p.to_string()).as_deref(), Some("2028-01-01 to 2028-12-31"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn for_post(
        contract: &Contract,
        start: NaiveDate,
        status: AppointeeStatus,
    ) -> Result<Self, PlanError> {
        if status == AppointeeStatus::Serving && contract.serving_staff_keep_contract {
            return Err(PlanError::CurrentContractKept);
        }
        let seconded = (status == AppointeeStatus::Seconded)
            .then_some(contract.seconded_terms)
            .flatten()
            .map(|terms| (terms, TermsSource::NoticeSeconded));
        let (terms, source) = seconded
            .or_else(|| contract.terms.map(|terms| (terms, TermsSource::Notice)))
            .or_else(|| {
                let kind = contract.clause?.kind()?;
                Some((kind.default_terms(), TermsSource::ClauseDefault))
            })
            .ok_or(PlanError::NoTerms { status })?;
        let mut plan = Self::from_terms(&terms, start, status)?;
        plan.source = source;
        Ok(plan)
    }

    /// The plan of `terms` for a person of `status` starting on `start`.
    ///
    /// # Errors
    ///
    /// [`PlanError::DateOutOfRange`] when a date falls outside chrono's
    /// range.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use nato_post::{AppointeeStatus, ClauseKind, ContractPlan};
    ///
    /// // A leap-day start: terms end on 28 February in common years.
    /// let start = NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
    /// let plan = ContractPlan::from_terms(
    ///     &ClauseKind::Standard.default_terms(), start, AppointeeStatus::External)?;
    /// assert_eq!(plan.initial.last_day.to_string(), "2027-02-28");
    /// assert_eq!(plan.max_service_end, None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_terms(
        terms: &ContractTerms,
        start: NaiveDate,
        status: AppointeeStatus,
    ) -> Result<Self, PlanError> {
        let out_of_range = || PlanError::DateOutOfRange { start };
        let period = |from_month: u32, months: u32| -> Result<Period, PlanError> {
            Ok(Period {
                first_day: first_day(start, from_month).ok_or_else(out_of_range)?,
                last_day: last_day(start, from_month + months).ok_or_else(out_of_range)?,
            })
        };
        let initial_months = u32::from(terms.initial().in_months());
        let initial = period(0, initial_months)?;
        let probation_end = last_day(start, PROBATION_MONTHS)
            .ok_or_else(out_of_range)?
            .min(initial.last_day);

        let mut elapsed = initial_months;
        let mut renewals = Vec::new();
        if let Some(renewal) = terms.renewal() {
            let each = u32::from(renewal.up_to().in_months());
            for _ in 0..renewal.times() {
                renewals.push(period(elapsed, each)?);
                elapsed += each;
            }
        }
        let extension = match terms.exceptional_extension() {
            Some(extension) => {
                let months = u32::from(extension.in_months());
                let p = period(elapsed, months)?;
                elapsed += months;
                Some(p)
            }
            None => None,
        };
        let conversion = match (terms.conversion(), renewals.first(), renewals.last()) {
            (Some(window), Some(first), Some(last)) => Some(ConversionDeadline {
                opens: first.first_day,
                contract_last_day: last.last_day,
                last_request: match window.notice() {
                    Some(notice) => Some(
                        last.last_day
                            .checked_sub_months(notice.to_chrono())
                            .ok_or_else(out_of_range)?,
                    ),
                    None => None,
                },
            }),
            _ => None,
        };
        let max_service_end = match terms.max_service() {
            Some(max) => {
                Some(last_day(start, u32::from(max.in_months())).ok_or_else(out_of_range)?)
            }
            None if terms.followed_by_indefinite() || terms.conversion().is_some() => None,
            None => Some(last_day(start, elapsed).ok_or_else(out_of_range)?),
        };
        Ok(Self {
            status,
            source: TermsSource::Given,
            terms: *terms,
            initial,
            probation_end,
            renewals,
            renewal_needs_national_agreement: terms.renewal_needs_national_agreement(),
            extension,
            conversion,
            followed_by_indefinite: terms.followed_by_indefinite(),
            max_service_end,
        })
    }

    /// The last day of the last definite term (the extension included):
    /// when the post ends if no indefinite contract follows.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use nato_post::{AppointeeStatus, ClauseKind, ContractPlan};
    /// let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    /// let plan = ContractPlan::from_terms(
    ///     &ClauseKind::Project.default_terms(), start, AppointeeStatus::External)?;
    /// assert_eq!(plan.last_definite_day().to_string(), "2030-12-31");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn last_definite_day(&self) -> NaiveDate {
        self.extension
            .or(self.renewals.last().copied())
            .unwrap_or(self.initial)
            .last_day
    }
}

impl fmt::Display for ContractPlan {
    /// One dated line per event, ISO dates.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "terms ({}): {}", self.status, self.terms)?;
        writeln!(f, "initial term: {}", self.initial)?;
        writeln!(f, "probation ends: {}", self.probation_end)?;
        for (i, renewal) in self.renewals.iter().enumerate() {
            let agreement = if self.renewal_needs_national_agreement {
                " (with national agreement)"
            } else {
                ""
            };
            writeln!(f, "renewal {}: {renewal}{agreement}", i + 1)?;
        }
        if let Some(extension) = self.extension {
            writeln!(f, "exceptional extension: {extension}")?;
        }
        if let Some(conversion) = self.conversion {
            match conversion.last_request {
                Some(last) => writeln!(
                    f,
                    "conversion request: {} to {last} (contract ends {})",
                    conversion.opens, conversion.contract_last_day
                )?,
                None => writeln!(
                    f,
                    "conversion request: from {} (no deadline printed; contract ends {})",
                    conversion.opens, conversion.contract_last_day
                )?,
            }
        }
        if self.followed_by_indefinite {
            writeln!(
                f,
                "then: an indefinite contract may follow from {}",
                self.last_definite_day()
                    .succ_opt()
                    .unwrap_or(self.last_definite_day())
            )?;
        }
        match self.max_service_end {
            Some(end) => write!(f, "end of maximum service: {end}"),
            None => write!(f, "end of maximum service: none"),
        }
    }
}

/// A contract plan someone proposes for a post, to check against its terms
/// with [`ProposedPlan::validate`].
///
/// ```
/// use chrono::NaiveDate;
/// use nato_post::{ClauseKind, ProposedPlan, TermLength};
///
/// let plan = ProposedPlan {
///     start: NaiveDate::from_ymd_opt(2025, 9, 1).unwrap(),
///     initial_term: TermLength::years(3).unwrap(),
///     renewals: vec![TermLength::years(3).unwrap()],
///     extension: None,
/// };
/// assert!(plan.validate(&ClauseKind::PoliticalTurnover.default_terms()).is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ProposedPlan {
    /// The first day of service.
    pub start: NaiveDate,
    /// The first contract.
    pub initial_term: TermLength,
    /// The renewals, in order.
    pub renewals: Vec<TermLength>,
    /// An exceptional extension after the last term.
    pub extension: Option<TermLength>,
}

/// The rule a proposed plan breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PlanRule {
    /// The first contract is longer than the terms offer.
    InitialTermTooLong,
    /// A renewal, where the terms offer none.
    RenewalNotOffered,
    /// More renewals than the terms allow.
    TooManyRenewals,
    /// A renewal longer than the terms allow.
    RenewalTooLong,
    /// An extension, where the terms offer none.
    ExtensionNotOffered,
    /// An extension longer than the terms allow.
    ExtensionTooLong,
    /// The plan runs past the maximum period of service.
    MaxServiceExceeded,
    /// A date of the plan falls outside the calendar's range.
    DateOutOfRange,
}

impl PlanRule {
    /// Every rule.
    pub const ALL: [Self; 8] = [
        Self::InitialTermTooLong,
        Self::RenewalNotOffered,
        Self::TooManyRenewals,
        Self::RenewalTooLong,
        Self::ExtensionNotOffered,
        Self::ExtensionTooLong,
        Self::MaxServiceExceeded,
        Self::DateOutOfRange,
    ];

    /// Iterates over every rule.
    ///
    /// ```
    /// assert_eq!(nato_post::PlanRule::iter().count(), 8);
    /// ```
    pub fn iter() -> impl Iterator<Item = Self> {
        Self::ALL.into_iter()
    }

    /// The canonical form, in kebab case.
    ///
    /// ```
    /// assert_eq!(nato_post::PlanRule::TooManyRenewals.as_str(), "too-many-renewals");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::InitialTermTooLong => "initial-term-too-long",
            Self::RenewalNotOffered => "renewal-not-offered",
            Self::TooManyRenewals => "too-many-renewals",
            Self::RenewalTooLong => "renewal-too-long",
            Self::ExtensionNotOffered => "extension-not-offered",
            Self::ExtensionTooLong => "extension-too-long",
            Self::MaxServiceExceeded => "max-service-exceeded",
            Self::DateOutOfRange => "date-out-of-range",
        }
    }
}

impl fmt::Display for PlanRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which part of a proposed plan a violation concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlanPart {
    /// The first contract.
    Initial,
    /// The renewal with this number, counted from 1.
    Renewal(u16),
    /// The exceptional extension.
    Extension,
    /// The plan as a whole.
    Whole,
}

impl fmt::Display for PlanPart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Initial => f.write_str("initial term"),
            Self::Renewal(n) => write!(f, "renewal {n}"),
            Self::Extension => f.write_str("extension"),
            Self::Whole => f.write_str("plan"),
        }
    }
}

/// One rule a proposed plan breaks, with the dates concerned.
///
/// ```
/// use chrono::NaiveDate;
/// use nato_post::{ClauseKind, PlanRule, ProposedPlan, TermLength};
///
/// let plan = ProposedPlan {
///     start: NaiveDate::from_ymd_opt(2025, 9, 1).unwrap(),
///     initial_term: TermLength::years(4).unwrap(),
///     renewals: vec![],
///     extension: None,
/// };
/// let violations = plan.validate(&ClauseKind::Standard.default_terms()).unwrap_err();
/// assert_eq!(violations[0].rule, PlanRule::InitialTermTooLong);
/// assert_eq!(
///     violations[0].to_string(),
///     "initial-term-too-long: initial term 2025-09-01 to 2029-08-31 (4 years) runs past 2028-08-31"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PlanViolation {
    /// The rule broken.
    pub rule: PlanRule,
    /// The part of the plan concerned.
    pub part: PlanPart,
    /// The proposed dates of that part (the whole plan for
    /// [`PlanRule::MaxServiceExceeded`]).
    pub proposed: Period,
    /// The proposed length of that part.
    pub length: TermLength,
    /// The last day the rule allows, `None` when it allows no such part
    /// at all.
    pub allowed_until: Option<NaiveDate>,
}

impl fmt::Display for PlanViolation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} {} ({})",
            self.rule, self.part, self.proposed, self.length
        )?;
        match (self.rule, self.allowed_until) {
            (PlanRule::TooManyRenewals, _) => f.write_str(" is beyond the renewals allowed"),
            (PlanRule::DateOutOfRange, _) => f.write_str(" is outside the calendar"),
            (_, Some(until)) => write!(f, " runs past {until}"),
            (_, None) => f.write_str(" is not offered"),
        }
    }
}

impl ProposedPlan {
    /// The total length of the plan, in months.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use nato_post::{ProposedPlan, TermLength};
    /// let plan = ProposedPlan {
    ///     start: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
    ///     initial_term: TermLength::years(3).unwrap(),
    ///     renewals: vec![TermLength::months(18).unwrap()],
    ///     extension: TermLength::years(1),
    /// };
    /// assert_eq!(plan.total_months(), 66);
    /// ```
    pub fn total_months(&self) -> u64 {
        let renewals: u64 = self.renewals.iter().map(|r| u64::from(r.in_months())).sum();
        u64::from(self.initial_term.in_months())
            + renewals
            + self.extension.map_or(0, |e| u64::from(e.in_months()))
    }

    /// Checks the plan against `terms` and returns every rule it breaks,
    /// in plan order: the first contract is at most the initial term; each
    /// renewal is offered, within the number allowed and at most its
    /// length; the extension is offered and at most its length; the whole
    /// plan ends within the maximum service, when one is printed. A first
    /// contract or a renewal shorter than offered is allowed.
    ///
    /// # Errors
    ///
    /// Every [`PlanViolation`], when there is at least one.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use nato_post::{ClauseKind, PlanRule, ProposedPlan, TermLength};
    ///
    /// let y = |n| TermLength::years(n).unwrap();
    /// let plan = ProposedPlan {
    ///     start: NaiveDate::from_ymd_opt(2025, 9, 1).unwrap(),
    ///     initial_term: y(3),
    ///     renewals: vec![y(4), y(1)],
    ///     extension: None,
    /// };
    /// let rules: Vec<_> = plan
    ///     .validate(&ClauseKind::PoliticalTurnover.default_terms())
    ///     .unwrap_err()
    ///     .into_iter()
    ///     .map(|v| v.rule)
    ///     .collect();
    /// assert_eq!(rules, [PlanRule::RenewalTooLong, PlanRule::TooManyRenewals, PlanRule::MaxServiceExceeded]);
    /// ```
    pub fn validate(&self, terms: &ContractTerms) -> Result<(), Vec<PlanViolation>> {
        let mut violations = Vec::new();
        let start = self.start;
        // Months from the start, as u32: at most 65535 * (renewals + 2)
        // months would overflow only with ~65000 renewals; saturate.
        let mut elapsed: u32 = 0;
        let mut push = |rule, part, from: u32, length: TermLength, allowed: Option<u32>| {
            let proposed = first_day(start, from).zip(last_day(
                start,
                from.saturating_add(u32::from(length.in_months())),
            ));
            let allowed_until = allowed.map(|months| last_day(start, months));
            match (proposed, allowed_until) {
                (Some((first_day, last_day)), None | Some(Some(_))) => {
                    violations.push(PlanViolation {
                        rule,
                        part,
                        proposed: Period {
                            first_day,
                            last_day,
                        },
                        length,
                        allowed_until: allowed_until.flatten(),
                    });
                }
                _ => violations.push(PlanViolation {
                    rule: PlanRule::DateOutOfRange,
                    part,
                    proposed: Period {
                        first_day: start,
                        last_day: NaiveDate::MAX,
                    },
                    length,
                    allowed_until: None,
                }),
            }
        };

        let initial = u32::from(self.initial_term.in_months());
        let offered_initial = u32::from(terms.initial().in_months());
        if initial > offered_initial {
            push(
                PlanRule::InitialTermTooLong,
                PlanPart::Initial,
                0,
                self.initial_term,
                Some(offered_initial),
            );
        } else if last_day(start, initial).is_none() {
            push(
                PlanRule::DateOutOfRange,
                PlanPart::Initial,
                0,
                self.initial_term,
                None,
            );
        }
        elapsed = elapsed.saturating_add(initial);

        for (i, &renewal) in self.renewals.iter().enumerate() {
            let part = PlanPart::Renewal(u16::try_from(i + 1).unwrap_or(u16::MAX));
            let months = u32::from(renewal.in_months());
            match terms.renewal() {
                None => push(PlanRule::RenewalNotOffered, part, elapsed, renewal, None),
                Some(offer) if i >= usize::from(offer.times()) => {
                    push(PlanRule::TooManyRenewals, part, elapsed, renewal, None);
                }
                Some(offer) if renewal > offer.up_to() => {
                    let allowed = elapsed.saturating_add(u32::from(offer.up_to().in_months()));
                    push(
                        PlanRule::RenewalTooLong,
                        part,
                        elapsed,
                        renewal,
                        Some(allowed),
                    );
                }
                Some(_) => {
                    if last_day(start, elapsed.saturating_add(months)).is_none() {
                        push(PlanRule::DateOutOfRange, part, elapsed, renewal, None);
                    }
                }
            }
            elapsed = elapsed.saturating_add(months);
        }

        if let Some(extension) = self.extension {
            let months = u32::from(extension.in_months());
            match terms.exceptional_extension() {
                None => push(
                    PlanRule::ExtensionNotOffered,
                    PlanPart::Extension,
                    elapsed,
                    extension,
                    None,
                ),
                Some(offer) if extension > offer => {
                    let allowed = elapsed.saturating_add(u32::from(offer.in_months()));
                    push(
                        PlanRule::ExtensionTooLong,
                        PlanPart::Extension,
                        elapsed,
                        extension,
                        Some(allowed),
                    );
                }
                Some(_) => {
                    if last_day(start, elapsed.saturating_add(months)).is_none() {
                        push(
                            PlanRule::DateOutOfRange,
                            PlanPart::Extension,
                            elapsed,
                            extension,
                            None,
                        );
                    }
                }
            }
            elapsed = elapsed.saturating_add(months);
        }

        if let Some(max) = terms.max_service() {
            let max_months = u32::from(max.in_months());
            if elapsed > max_months {
                // The whole plan, as one length; it fits a u16 or saturates.
                let whole =
                    TermLength::months(u16::try_from(elapsed).unwrap_or(u16::MAX)).unwrap_or(max);
                push(
                    PlanRule::MaxServiceExceeded,
                    PlanPart::Whole,
                    0,
                    whole,
                    Some(max_months),
                );
            }
        }
        violations.dedup();
        if violations.is_empty() {
            Ok(())
        } else {
            Err(violations)
        }
    }
}

/// Why a contract plan cannot be computed.
///
/// ```
/// use chrono::NaiveDate;
/// use nato_post::{AppointeeStatus, Contract, ContractPlan};
/// let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
/// let err = ContractPlan::for_post(&Contract::default(), start, AppointeeStatus::Seconded).unwrap_err();
/// assert_eq!(err.to_string(), "the contract states no terms for seconded staff");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PlanError {
    /// Neither terms nor a clause kind are known.
    #[error("the contract states no terms for {status} staff")]
    NoTerms {
        /// The status asked for.
        status: AppointeeStatus,
    },
    /// Serving staff keep their contract under the Civilian Personnel
    /// Regulations: there is no new contract to plan.
    #[error("serving staff keep their current contract")]
    CurrentContractKept,
    /// A date of the plan falls outside chrono's calendar.
    #[error("contract dates from {start} fall outside the calendar")]
    DateOutOfRange {
        /// The start date given.
        start: NaiveDate,
    },
    /// The text is not an appointee status.
    #[error("unknown appointee status {0:?}")]
    UnknownStatus(String),
}
