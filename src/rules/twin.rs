//! Twin grades: appointment at the lower grade, and the earliest date of
//! advancement to the higher one.

use core::fmt;

use chrono::NaiveDate;

use super::plan::{AppointeeStatus, PlanError, first_day};
use crate::{Grade, PostGrade, TermLength, TwinGradeNote, Vacancy};

/// Advancement to the higher grade never comes within this many months of
/// the start **(inferred)**: the shortest wait the standard note allows
/// (three years less the 24-month reduction). A note printing a shorter
/// wait is read with this floor.
pub const MIN_ADVANCEMENT_MONTHS: u16 = 12;

/// When a person appointed to a twin-graded post may advance to its higher
/// grade (DOMAIN.md §1).
///
/// Appointment is at the lower grade whatever the record. Advancement is
/// not automatic and normally not within the note's wait (three years);
/// for external candidates, and for seconded ones, who are external to
/// NATO's staff **(inferred)**, the wait may be shortened by up to the
/// note's reduction (24 months). Serving staff get no reduction, but may,
/// where the note says so and in circumstances set by an IS directive, be
/// appointed directly at the higher grade. Dates follow the calendar
/// convention of [`ContractPlan`](crate::ContractPlan): a date is the first
/// day after the waiting period, so three years from 29 February 2024 end on
/// 28 February 2027 and advancement may come from 1 March 2027.
///
/// ```
/// use chrono::NaiveDate;
/// use nato_post::{AppointeeStatus, TwinGradeAdvancement, TwinGradeNote};
///
/// let start = NaiveDate::from_ymd_opt(2025, 9, 1).unwrap();
/// let note = TwinGradeNote::standard();
/// let external = TwinGradeAdvancement::earliest(start, &note, AppointeeStatus::External)?;
/// assert_eq!(external.normal_date.to_string(), "2028-09-01");
/// assert_eq!(external.earliest_date.to_string(), "2026-09-01");
/// assert!(!external.direct_appointment_possible);
///
/// let serving = TwinGradeAdvancement::earliest(start, &note, AppointeeStatus::Serving)?;
/// assert_eq!(serving.earliest_date.to_string(), "2028-09-01");
/// assert!(serving.direct_appointment_possible);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TwinGradeAdvancement {
    /// The status the dates were computed for.
    pub status: AppointeeStatus,
    /// The grade of appointment (the lower), when known.
    pub appointment_grade: Option<Grade>,
    /// The grade of advancement (the higher), when known.
    pub higher_grade: Option<Grade>,
    /// The first day of service at the lower grade.
    pub start: NaiveDate,
    /// The first day advancement may normally come: the end of the note's
    /// wait.
    pub normal_date: NaiveDate,
    /// The first day advancement may come at the earliest, with the
    /// reduction this status allows; never before
    /// [`MIN_ADVANCEMENT_MONTHS`] after the start.
    pub earliest_date: NaiveDate,
    /// The reduction of the wait this status allows, if any.
    pub reduction: Option<TermLength>,
    /// Serving staff may be appointed directly at the higher grade.
    pub direct_appointment_possible: bool,
}

impl TwinGradeAdvancement {
    /// The advancement dates under `note` for a person of `status` who
    /// starts on `start`.
    ///
    /// # Errors
    ///
    /// [`PlanError::DateOutOfRange`] when a date falls outside chrono's
    /// range.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use nato_post::{AppointeeStatus, TwinGradeAdvancement, TwinGradeNote};
    ///
    /// // A leap-day start: the waiting periods end on 28 February.
    /// let start = NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
    /// let a = TwinGradeAdvancement::earliest(start, &TwinGradeNote::standard(), AppointeeStatus::Seconded)?;
    /// assert_eq!(a.earliest_date.to_string(), "2025-03-01");
    /// assert_eq!(a.normal_date.to_string(), "2027-03-01");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn earliest(
        start: NaiveDate,
        note: &TwinGradeNote,
        status: AppointeeStatus,
    ) -> Result<Self, PlanError> {
        let out_of_range = || PlanError::DateOutOfRange { start };
        let wait = u32::from(note.normal_wait.in_months());
        let reduction = match status {
            AppointeeStatus::External | AppointeeStatus::Seconded => note.external_reduction,
            AppointeeStatus::Serving => None,
        };
        let shortest = wait
            .saturating_sub(reduction.map_or(0, |r| u32::from(r.in_months())))
            .max(u32::from(MIN_ADVANCEMENT_MONTHS));
        let normal_date = first_day(start, wait.max(u32::from(MIN_ADVANCEMENT_MONTHS)))
            .ok_or_else(out_of_range)?;
        let earliest_date = first_day(start, shortest).ok_or_else(out_of_range)?;
        Ok(Self {
            status,
            appointment_grade: None,
            higher_grade: None,
            start,
            normal_date,
            earliest_date,
            reduction,
            direct_appointment_possible: status == AppointeeStatus::Serving
                && note.serving_direct_appointment,
        })
    }

    /// The advancement dates of a twin-graded vacancy, with its grades;
    /// `None` when the post is not twin-graded. A twin-graded notice
    /// without a twin-grade note is read with
    /// [`TwinGradeNote::standard`] **(inferred)**.
    ///
    /// # Errors
    ///
    /// As [`earliest`](Self::earliest).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use nato_post::{AppointeeStatus, Grade, TwinGradeAdvancement, Vacancy};
    ///
    /// let v: Vacancy = "VACANCY NOTIFICATION\nClerk (251234)\nGrade: G8-G10\n".parse()?;
    /// let start = NaiveDate::from_ymd_opt(2025, 9, 1).unwrap();
    /// let a = TwinGradeAdvancement::for_vacancy(&v, start, AppointeeStatus::External).unwrap()?;
    /// assert_eq!(a.appointment_grade, Some(Grade::G8));
    /// assert_eq!(a.higher_grade, Some(Grade::G10));
    /// assert_eq!(a.earliest_date.to_string(), "2026-09-01");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn for_vacancy(
        vacancy: &Vacancy,
        start: NaiveDate,
        status: AppointeeStatus,
    ) -> Option<Result<Self, PlanError>> {
        let PostGrade::Twin { twin, .. } = vacancy.grade else {
            return None;
        };
        let note = vacancy
            .contract
            .twin_grade
            .unwrap_or_else(TwinGradeNote::standard);
        Some(
            Self::earliest(start, &note, status).map(|advancement| Self {
                appointment_grade: Some(twin.lower()),
                higher_grade: Some(twin.higher()),
                ..advancement
            }),
        )
    }
}

impl fmt::Display for TwinGradeAdvancement {
    /// One line: appointment, normal and earliest advancement dates.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.appointment_grade, self.higher_grade) {
            (Some(lower), Some(higher)) => write!(
                f,
                "appointment at {lower} from {}; advancement to {higher} normally from {}, at the earliest {}",
                self.start, self.normal_date, self.earliest_date
            )?,
            _ => write!(
                f,
                "appointment at the lower grade from {}; advancement normally from {}, at the earliest {}",
                self.start, self.normal_date, self.earliest_date
            )?,
        }
        if self.direct_appointment_possible {
            f.write_str("; direct appointment at the higher grade possible")?;
        }
        Ok(())
    }
}
