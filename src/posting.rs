//! The facts of a posting that are not about the post itself: where, when,
//! how many hours, and the application deadline.

use core::fmt;
use core::str::FromStr;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::language::OfficialLanguage;
use crate::macros::serde_via_str;
use crate::text::{fold_char, fold_eq, strip_prefix_folded};

/// The application deadline of a vacancy.
///
/// Notices print the date in the viewer's language (`15-Dec-2024`,
/// `15-déc.-2024`, `16-May-2024, 11:59:00 PM`, `16-mai-2024, 23:59:00`,
/// `06 April 2025`), or `Ongoing` for rolling recruitment. The date is
/// reliable; the printed time depends on the viewer's time zone, so it is
/// kept as printed, without a zone.
///
/// The canonical form is ISO 8601: `2024-12-15`, `2024-05-16T23:59:00`, or
/// `Ongoing`.
///
/// ```
/// use nato_post::Deadline;
/// use chrono::NaiveDate;
///
/// let d: Deadline = "16-mai-2024, 23:59:00".parse()?;
/// assert_eq!(d.to_string(), "2024-05-16T23:59:00");
/// assert_eq!(d.date(), NaiveDate::from_ymd_opt(2024, 5, 16));
/// assert_eq!("16-May-2024, 11:59:00 PM".parse::<Deadline>()?, d);
/// assert_eq!("Ongoing".parse::<Deadline>()?, Deadline::Ongoing);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Deadline {
    /// A closing date with no time printed.
    Date(NaiveDate),
    /// A closing date with the time printed beside it.
    DateTime(NaiveDateTime),
    /// No fixed deadline: applications are reviewed as they arrive.
    Ongoing,
}

impl Deadline {
    /// The closing date, or `None` for [`Deadline::Ongoing`].
    ///
    /// ```
    /// use nato_post::Deadline;
    /// assert_eq!(Deadline::Ongoing.date(), None);
    /// assert!("15-Dec-2024".parse::<Deadline>()?.date().is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn date(&self) -> Option<NaiveDate> {
        match self {
            Self::Date(d) => Some(*d),
            Self::DateTime(dt) => Some(dt.date()),
            Self::Ongoing => None,
        }
    }

    /// The printed time, when there is one.
    ///
    /// ```
    /// use nato_post::Deadline;
    /// use chrono::NaiveTime;
    /// let d: Deadline = "16-May-2024, 11:59:00 PM".parse()?;
    /// assert_eq!(d.time(), NaiveTime::from_hms_opt(23, 59, 0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn time(&self) -> Option<NaiveTime> {
        match self {
            Self::DateTime(dt) => Some(dt.time()),
            _ => None,
        }
    }
}

impl fmt::Display for Deadline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Date(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            Self::DateTime(dt) => write!(f, "{}", dt.format("%Y-%m-%dT%H:%M:%S")),
            Self::Ongoing => f.write_str("Ongoing"),
        }
    }
}

/// The error returned when an application deadline cannot be read.
///
/// ```
/// use nato_post::Deadline;
/// let err = "31-Feb-2025".parse::<Deadline>().unwrap_err();
/// assert_eq!(err.to_string(), r#"invalid deadline "31-Feb-2025": no such date"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseDeadlineError {
    /// The text is empty.
    #[error("empty deadline")]
    Empty,
    /// The text is not a date in any known layout.
    #[error("invalid deadline {0:?}: expected a date such as 15-Dec-2024 or 2024-12-15")]
    Unrecognised(String),
    /// The month name is not an English or French month.
    #[error("invalid deadline {0:?}: unknown month")]
    UnknownMonth(String),
    /// Day, month and year are well formed but name no calendar date.
    #[error("invalid deadline {0:?}: no such date")]
    NoSuchDate(String),
    /// The time beside the date cannot be read.
    #[error("invalid deadline {0:?}: invalid time")]
    InvalidTime(String),
}

/// English and French month names and abbreviations, folded, with the
/// month number. Longer spellings first so that a prefix never wins.
const MONTHS: [(&str, u32); 36] = [
    ("january", 1),
    ("janvier", 1),
    ("february", 2),
    ("fevrier", 2),
    ("march", 3),
    ("mars", 3),
    ("april", 4),
    ("avril", 4),
    ("may", 5),
    ("mai", 5),
    ("june", 6),
    ("juin", 6),
    ("july", 7),
    ("juillet", 7),
    ("august", 8),
    ("aout", 8),
    ("september", 9),
    ("septembre", 9),
    ("october", 10),
    ("octobre", 10),
    ("november", 11),
    ("novembre", 11),
    ("december", 12),
    ("decembre", 12),
    ("janv", 1),
    ("jan", 1),
    ("fevr", 2),
    ("feb", 2),
    ("mar", 3),
    ("avr", 4),
    ("apr", 4),
    ("juil", 7),
    ("jul", 7),
    ("jun", 6),
    ("aug", 8),
    ("sept", 9),
];

/// Three-letter abbreviations not already covered above.
const MONTH_ABBREVIATIONS: [(&str, u32); 5] = [
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    ("fev", 2),
];

fn month_number(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    MONTHS
        .iter()
        .chain(MONTH_ABBREVIATIONS.iter())
        .find(|(name, _)| fold_eq(word, name))
        .map(|&(_, n)| n)
}

/// Splits `s` at the first character for which `pred` holds.
fn split_at_char(s: &str, pred: impl Fn(char) -> bool) -> (&str, &str) {
    match s.char_indices().find(|&(_, c)| pred(c)) {
        Some((i, _)) => (&s[..i], &s[i..]),
        None => (s, ""),
    }
}

fn parse_time(s: &str) -> Option<NaiveTime> {
    let s = s.trim();
    let (clock, suffix) = split_at_char(s, |c| c.is_whitespace() || c.is_ascii_alphabetic());
    let suffix = suffix.trim();
    let mut parts = clock.split(':');
    let h: u32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let sec: u32 = match parts.next() {
        Some(p) => p.parse().ok()?,
        None => 0,
    };
    if parts.next().is_some() {
        return None;
    }
    let h = if suffix.is_empty() {
        h
    } else if suffix.eq_ignore_ascii_case("am") || suffix.eq_ignore_ascii_case("a.m.") {
        match h {
            12 => 0,
            1..=11 => h,
            _ => return None,
        }
    } else if suffix.eq_ignore_ascii_case("pm") || suffix.eq_ignore_ascii_case("p.m.") {
        match h {
            12 => 12,
            1..=11 => h + 12,
            _ => return None,
        }
    } else {
        return None;
    };
    NaiveTime::from_hms_opt(h, m, sec)
}

impl FromStr for Deadline {
    type Err = ParseDeadlineError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let mut s = input.trim();
        for label in [
            "application deadline",
            "date de retrait",
            "closing date",
            "deadline",
        ] {
            if let Some(rest) = strip_prefix_folded(s, label) {
                s = rest.trim_start_matches([':', ' ', '\u{a0}']).trim();
                break;
            }
        }
        if s.is_empty() {
            return Err(ParseDeadlineError::Empty);
        }
        if [
            "ongoing",
            "en cours",
            "en continu",
            "continu",
            "permanent",
            "open until filled",
        ]
        .iter()
        .any(|w| fold_eq(s, w))
        {
            return Ok(Self::Ongoing);
        }
        let unrecognised = || ParseDeadlineError::Unrecognised(input.to_owned());
        // The date comes first; a time may follow after a comma, a space or a `T`.
        let (date_part, time_part) = split_date_time(s);
        let date = parse_date(date_part, input)?;
        match time_part {
            None => Ok(Self::Date(date)),
            Some(t) => parse_time(t)
                .map(|t| Self::DateTime(date.and_time(t)))
                .ok_or_else(|| ParseDeadlineError::InvalidTime(input.to_owned())),
        }
        .map_err(|e| {
            if date_part.is_empty() {
                unrecognised()
            } else {
                e
            }
        })
    }
}

/// Separates the date from an optional trailing time (`, 11:59:00 PM`,
/// `T23:59:00`, ` 23:59`).
fn split_date_time(s: &str) -> (&str, Option<&str>) {
    if let Some((d, t)) = s.split_once(',') {
        return (d.trim(), Some(t.trim()).filter(|t| !t.is_empty()));
    }
    if let Some(colon) = s.find(':') {
        // Walk back from the first colon to the start of the hour.
        let head = &s[..colon];
        let start = head.rfind(|c: char| !c.is_ascii_digit()).map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        });
        let date = s[..start].trim_end_matches(['T', ' ', '\u{a0}']).trim();
        return (date, Some(&s[start..]));
    }
    (s, None)
}

fn parse_date(s: &str, input: &str) -> Result<NaiveDate, ParseDeadlineError> {
    let unrecognised = || ParseDeadlineError::Unrecognised(input.to_owned());
    let mut fields = s
        .split(['-', '/', ' ', '\u{a0}', '.'])
        .filter(|f| !f.is_empty());
    let a = fields.next().ok_or_else(unrecognised)?;
    let b = fields.next().ok_or_else(unrecognised)?;
    let c = fields.next().ok_or_else(unrecognised)?;
    if fields.next().is_some() {
        return Err(unrecognised());
    }
    let num = |f: &str| -> Option<i64> {
        (f.len() <= 4 && f.bytes().all(|b| b.is_ascii_digit()))
            .then(|| f.parse().ok())
            .flatten()
    };
    let (year, month, day) = if a.len() == 4 {
        // ISO: 2024-12-15
        let y = num(a).ok_or_else(unrecognised)?;
        let m = num(b).ok_or_else(unrecognised)?;
        let d = num(c).ok_or_else(unrecognised)?;
        (y, m, d)
    } else {
        let d = num(a).ok_or_else(unrecognised)?;
        let y = num(c).ok_or_else(unrecognised)?;
        let m = match num(b) {
            Some(m) => m,
            None if b.chars().all(|ch| fold_char(ch).is_alphabetic()) => i64::from(
                month_number(b)
                    .ok_or_else(|| ParseDeadlineError::UnknownMonth(input.to_owned()))?,
            ),
            None => return Err(unrecognised()),
        };
        let y = if c.len() == 2 { 2000 + y } else { y };
        (y, m, d)
    };
    let (Ok(year), Ok(month), Ok(day)) = (
        i32::try_from(year),
        u32::try_from(month),
        u32::try_from(day),
    ) else {
        return Err(unrecognised());
    };
    NaiveDate::from_ymd_opt(year, month, day)
        .ok_or_else(|| ParseDeadlineError::NoSuchDate(input.to_owned()))
}

serde_via_str!(Deadline, "an ISO 8601 date, date-time, or \"Ongoing\"");

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for Deadline {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        let date = (1990i32..2100, 1u32..=12, 1u32..=31)
            .prop_filter_map("no such date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
        prop_oneof![
            date.clone().prop_map(Deadline::Date),
            (date, 0u32..24, 0u32..60, 0u32..60).prop_map(|(d, h, m, s)| {
                Deadline::DateTime(d.and_hms_opt(h, m, s).unwrap_or_default())
            }),
            Just(Deadline::Ongoing),
        ]
        .boxed()
    }
}

/// Full- or part-time work.
///
/// ```
/// use nato_post::{OfficialLanguage, Schedule};
/// let s: Schedule = "Temps plein".parse()?;
/// assert_eq!(s, Schedule::FullTime);
/// assert_eq!(s.to_string(), "Full-time");
/// assert_eq!(s.label(OfficialLanguage::French), "Temps plein");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Schedule {
    /// Full-time (`Temps plein`).
    FullTime,
    /// Part-time (`Temps partiel`).
    PartTime,
}

impl Schedule {
    /// Both schedules.
    pub const ALL: [Self; 2] = [Self::FullTime, Self::PartTime];

    /// Iterates over both schedules.
    ///
    /// ```
    /// assert_eq!(nato_post::Schedule::iter().count(), 2);
    /// ```
    pub fn iter() -> impl Iterator<Item = Self> {
        Self::ALL.into_iter()
    }

    /// The canonical form: `Full-time` or `Part-time`.
    ///
    /// ```
    /// assert_eq!(nato_post::Schedule::PartTime.as_str(), "Part-time");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::FullTime => "Full-time",
            Self::PartTime => "Part-time",
        }
    }

    /// The label in `lang`.
    ///
    /// ```
    /// use nato_post::{OfficialLanguage, Schedule};
    /// assert_eq!(Schedule::PartTime.label(OfficialLanguage::French), "Temps partiel");
    /// ```
    pub const fn label(self, lang: OfficialLanguage) -> &'static str {
        match (self, lang) {
            (Self::FullTime, OfficialLanguage::English) => "Full-time",
            (Self::PartTime, OfficialLanguage::English) => "Part-time",
            (Self::FullTime, OfficialLanguage::French) => "Temps plein",
            (Self::PartTime, OfficialLanguage::French) => "Temps partiel",
        }
    }
}

impl fmt::Display for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error returned when a schedule is neither full- nor part-time.
///
/// ```
/// let err = "Weekends".parse::<nato_post::Schedule>().unwrap_err();
/// assert_eq!(err.to_string(), r#"unknown schedule "Weekends""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseScheduleError {
    /// The text names no known schedule.
    #[error("unknown schedule {0:?}")]
    Unknown(String),
}

impl FromStr for Schedule {
    type Err = ParseScheduleError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        const SPELLINGS: [(&str, Schedule); 6] = [
            ("full-time", Schedule::FullTime),
            ("full time", Schedule::FullTime),
            ("temps plein", Schedule::FullTime),
            ("part-time", Schedule::PartTime),
            ("part time", Schedule::PartTime),
            ("temps partiel", Schedule::PartTime),
        ];
        SPELLINGS
            .iter()
            .find(|(w, _)| fold_eq(s, w))
            .map(|&(_, v)| v)
            .ok_or_else(|| ParseScheduleError::Unknown(s.to_owned()))
    }
}

serde_via_str!(Schedule, "a schedule: Full-time or Part-time");

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for Schedule {
    type Parameters = ();
    type Strategy = proptest::sample::Select<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        proptest::sample::select(&Self::ALL[..])
    }
}

/// A duty location as notices print it: `Country-City` (`Belgium-Brussels`,
/// `Belgique-Bruxelles`), or a country alone.
///
/// The names are kept as printed, in the notice's language; the crate does
/// not translate place names.
///
/// ```
/// use nato_post::Location;
/// let loc: Location = "Belgium-Brussels".parse()?;
/// assert_eq!(loc.country(), "Belgium");
/// assert_eq!(loc.city(), Some("Brussels"));
/// assert_eq!(loc.to_string(), "Belgium-Brussels");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Location {
    country: String,
    city: Option<String>,
}

impl Location {
    /// A location from a country and an optional city. Both are trimmed;
    /// neither may be empty or contain a line break, and the country may not
    /// contain a `-` (the separator of the printed form).
    ///
    /// ```
    /// use nato_post::Location;
    /// let loc = Location::new("Italy", Some("Naples"))?;
    /// assert_eq!(loc.to_string(), "Italy-Naples");
    /// assert!(Location::new("", None).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(country: &str, city: Option<&str>) -> Result<Self, ParseLocationError> {
        let bad = |part: &str| part.is_empty() || part.contains(['\n', '\r']);
        let country = country.trim();
        let city = city.map(str::trim);
        if bad(country) || country.contains(['-', '\u{2013}']) || city.is_some_and(bad) {
            return Err(ParseLocationError::Invalid(match city {
                Some(c) => format!("{country}-{c}"),
                None => country.to_owned(),
            }));
        }
        Ok(Self {
            country: country.to_owned(),
            city: city.map(str::to_owned),
        })
    }

    /// The country, as printed.
    ///
    /// ```
    /// let loc: nato_post::Location = "Netherlands-The Hague".parse()?;
    /// assert_eq!(loc.country(), "Netherlands");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn country(&self) -> &str {
        &self.country
    }

    /// The city, when one is printed.
    ///
    /// ```
    /// let loc: nato_post::Location = "Netherlands-The Hague".parse()?;
    /// assert_eq!(loc.city(), Some("The Hague"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn city(&self) -> Option<&str> {
        self.city.as_deref()
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.country)?;
        if let Some(city) = &self.city {
            write!(f, "-{city}")?;
        }
        Ok(())
    }
}

/// The error returned when a location is empty or malformed.
///
/// ```
/// let err = "".parse::<nato_post::Location>().unwrap_err();
/// assert_eq!(err.to_string(), r#"invalid location """#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseLocationError {
    /// The location is empty, or a part of it is.
    #[error("invalid location {0:?}")]
    Invalid(String),
}

impl FromStr for Location {
    type Err = ParseLocationError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let invalid = || ParseLocationError::Invalid(s.to_owned());
        match s.split_once(['-', '\u{2013}']) {
            Some((country, city)) => Self::new(country, Some(city)).map_err(|_| invalid()),
            None => Self::new(s, None).map_err(|_| invalid()),
        }
    }
}

serde_via_str!(Location, "a location such as Belgium-Brussels");

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for Location {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        (
            "[A-Z][a-z]{2,10}( [A-Z][a-z]{2,8})?",
            proptest::option::of("[A-Z][a-z]{2,10}( [A-Z][a-z]{2,8})?"),
        )
            .prop_filter_map("valid location", |(country, city)| {
                Location::new(&country, city.as_deref()).ok()
            })
            .boxed()
    }
}
