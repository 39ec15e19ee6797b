//! Screening a candidate against a vacancy's essential requirements.

use core::fmt;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use super::member::Nationality;
use crate::{
    Clearance, EducationLevel, LanguageCheck, LanguageProfile, LanguageShortfalls,
    OfficialLanguage, Proficiency, Vacancy,
};

/// What a candidate declares: the data screening checks. Every field may
/// be missing; a requirement whose data is missing is not assessable, not
/// failed.
///
/// The serde form (behind the `serde` feature) uses these field names, each
/// value in its canonical string form, and every field may be left out:
///
/// ```json
/// { "nationalities": ["France"], "languages": "English V; French III",
///   "clearance": "NS", "experience_years": 7, "management_years": 2,
///   "education": "master's degree" }
/// ```
///
/// ```
/// use nato_post::{Candidate, Clearance, EducationLevel, MemberState};
///
/// let candidate = Candidate::builder()
///     .nationality(MemberState::Belgium)
///     .languages("EN V / FR IV".parse()?)
///     .clearance(Clearance::NS)
///     .experience_years(6)
///     .education(EducationLevel::UniversityDegree)
///     .build();
/// assert_eq!(candidate.nationalities.len(), 1);
/// assert_eq!(candidate.management_years, None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
pub struct Candidate {
    /// Every nationality held (dual nationals list each); empty when
    /// unknown.
    pub nationalities: Vec<Nationality>,
    /// Levels in NATO's official languages.
    pub languages: Option<LanguageProfile>,
    /// The security clearance held, when known.
    pub clearance: Option<Clearance>,
    /// Years of relevant professional experience.
    pub experience_years: Option<u8>,
    /// Years of management experience.
    pub management_years: Option<u8>,
    /// The highest level of education completed.
    pub education: Option<EducationLevel>,
}

impl Candidate {
    /// A builder for a candidate with no data yet.
    ///
    /// ```
    /// let c = nato_post::Candidate::builder().experience_years(3).build();
    /// assert_eq!(c.experience_years, Some(3));
    /// ```
    pub fn builder() -> CandidateBuilder {
        CandidateBuilder::default()
    }
}

/// Builds a [`Candidate`] one field at a time.
///
/// ```
/// use nato_post::{Candidate, Nationality};
/// let c = Candidate::builder().nationality("Switzerland".parse::<Nationality>()?).build();
/// assert!(!c.nationalities[0].is_member());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct CandidateBuilder {
    candidate: Candidate,
}

impl CandidateBuilder {
    /// Adds a nationality.
    ///
    /// ```
    /// use nato_post::{Candidate, MemberState, Nationality};
    /// let c = Candidate::builder()
    ///     .nationality(MemberState::Italy)
    ///     .nationality(Nationality::Other("Malta".into()))
    ///     .build();
    /// assert_eq!(c.nationalities.len(), 2);
    /// ```
    pub fn nationality(mut self, nationality: impl Into<Nationality>) -> Self {
        self.candidate.nationalities.push(nationality.into());
        self
    }

    /// Sets the language levels.
    ///
    /// ```
    /// use nato_post::{Candidate, LanguageProfile, Proficiency};
    /// let c = Candidate::builder().languages(LanguageProfile::new(Some(Proficiency::VI), None)).build();
    /// assert!(c.languages.is_some());
    /// ```
    pub fn languages(mut self, languages: LanguageProfile) -> Self {
        self.candidate.languages = Some(languages);
        self
    }

    /// Sets the clearance held.
    ///
    /// ```
    /// use nato_post::{Candidate, Clearance};
    /// assert_eq!(Candidate::builder().clearance(Clearance::CTS).build().clearance, Some(Clearance::CTS));
    /// ```
    pub fn clearance(mut self, clearance: Clearance) -> Self {
        self.candidate.clearance = Some(clearance);
        self
    }

    /// Sets the years of experience.
    ///
    /// ```
    /// assert_eq!(nato_post::Candidate::builder().experience_years(9).build().experience_years, Some(9));
    /// ```
    pub fn experience_years(mut self, years: u8) -> Self {
        self.candidate.experience_years = Some(years);
        self
    }

    /// Sets the years of management experience.
    ///
    /// ```
    /// assert_eq!(nato_post::Candidate::builder().management_years(2).build().management_years, Some(2));
    /// ```
    pub fn management_years(mut self, years: u8) -> Self {
        self.candidate.management_years = Some(years);
        self
    }

    /// Sets the education level.
    ///
    /// ```
    /// use nato_post::{Candidate, EducationLevel};
    /// let c = Candidate::builder().education(EducationLevel::Doctorate).build();
    /// assert_eq!(c.education, Some(EducationLevel::Doctorate));
    /// ```
    pub fn education(mut self, education: EducationLevel) -> Self {
        self.candidate.education = Some(education);
        self
    }

    /// The candidate.
    ///
    /// ```
    /// assert_eq!(nato_post::Candidate::builder().build(), nato_post::Candidate::default());
    /// ```
    pub fn build(self) -> Candidate {
        self.candidate
    }
}

/// An essential requirement screening checks, in report order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum RequirementKind {
    /// Nationality of a member state (every post).
    Nationality,
    /// A security clearance already held (fast-track competitions).
    ClearanceHeld,
    /// The minimum level of education.
    Education,
    /// The minimum years of experience.
    Experience,
    /// The minimum years of management experience.
    ManagementExperience,
    /// The minimum levels in the official languages.
    Languages,
}

impl RequirementKind {
    /// Every kind, in report order.
    pub const ALL: [Self; 6] = [
        Self::Nationality,
        Self::ClearanceHeld,
        Self::Education,
        Self::Experience,
        Self::ManagementExperience,
        Self::Languages,
    ];

    /// Iterates over every kind, in report order.
    ///
    /// ```
    /// assert_eq!(nato_post::RequirementKind::iter().count(), 6);
    /// ```
    pub fn iter() -> impl Iterator<Item = Self> {
        Self::ALL.into_iter()
    }

    /// The canonical form, in kebab case.
    ///
    /// ```
    /// use nato_post::RequirementKind;
    /// assert_eq!(RequirementKind::ManagementExperience.as_str(), "management-experience");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Nationality => "nationality",
            Self::ClearanceHeld => "clearance-held",
            Self::Education => "education",
            Self::Experience => "experience",
            Self::ManagementExperience => "management-experience",
            Self::Languages => "languages",
        }
    }
}

impl fmt::Display for RequirementKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a candidate falls short of one requirement, typed so that screening
/// allocates nothing per requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Shortfall {
    /// No nationality held is that of a member state.
    NotMemberNational,
    /// The clearance held does not satisfy the one required (lower, or
    /// without ATOMAL).
    Clearance {
        /// The clearance required.
        required: Clearance,
        /// The clearance held.
        held: Clearance,
    },
    /// Education below the minimum.
    Education {
        /// The minimum.
        required: EducationLevel,
        /// The level held.
        held: EducationLevel,
    },
    /// Fewer years than the minimum.
    Years {
        /// The minimum.
        required: u8,
        /// The years held.
        held: u8,
    },
    /// Language levels below the minimums.
    Languages(LanguageShortfalls),
}

impl Shortfall {
    /// How many steps short: years, education levels, clearance levels
    /// (ATOMAL missing counts one), language levels in total; 1 for a
    /// nationality.
    ///
    /// ```
    /// use nato_post::Shortfall;
    /// assert_eq!(Shortfall::Years { required: 5, held: 2 }.amount(), 3);
    /// ```
    pub fn amount(&self) -> u8 {
        match *self {
            Self::NotMemberNational => 1,
            Self::Clearance { required, held } => {
                let levels = (required.level() as u8).saturating_sub(held.level() as u8);
                levels.max(u8::from(required.is_atomal() && !held.is_atomal()))
            }
            Self::Education { required, held } => (required as u8).saturating_sub(held as u8),
            Self::Years { required, held } => required.saturating_sub(held),
            Self::Languages(shortfalls) => shortfalls.total_levels_short(),
        }
    }
}

impl fmt::Display for Shortfall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::NotMemberNational => f.write_str("not a national of a NATO member state"),
            Self::Clearance { required, held } => {
                write!(f, "holds {held}, which does not satisfy {required}")
            }
            Self::Education { required, held } => {
                write!(f, "holds {held}, below {required}")
            }
            Self::Years { required, held } => {
                let short = required.saturating_sub(held);
                let unit = if short == 1 { "year" } else { "years" };
                write!(f, "{short} {unit} short ({held} of {required})")
            }
            Self::Languages(shortfalls) => {
                for (i, s) in shortfalls.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    let held = s.held().map_or("no level", |p| p.as_str());
                    let short = s.levels_short();
                    let unit = if short == 1 { "level" } else { "levels" };
                    write!(
                        f,
                        "{} {held}, {} required ({short} {unit} short)",
                        s.language().label(OfficialLanguage::English),
                        s.required(),
                    )?;
                }
                Ok(())
            }
        }
    }
}

/// Why a requirement cannot be assessed from the candidate's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MissingData {
    /// No nationality given.
    Nationality,
    /// No clearance given.
    Clearance,
    /// No education level given.
    Education,
    /// No years of experience given.
    ExperienceYears,
    /// No years of management given.
    ManagementYears,
    /// No language levels given.
    Languages,
    /// A language level is missing and the known levels do not meet the
    /// requirement on their own.
    LanguageLevel(OfficialLanguage),
}

impl fmt::Display for MissingData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Nationality => f.write_str("no nationality given"),
            Self::Clearance => f.write_str("no clearance given"),
            Self::Education => f.write_str("no education level given"),
            Self::ExperienceYears => f.write_str("no years of experience given"),
            Self::ManagementYears => f.write_str("no years of management given"),
            Self::Languages => f.write_str("no language levels given"),
            Self::LanguageLevel(lang) => write!(
                f,
                "no level given in {}",
                lang.label(OfficialLanguage::English)
            ),
        }
    }
}

/// The result of checking one requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// The candidate meets the requirement.
    Met,
    /// The candidate falls short.
    NotMet {
        /// By how much.
        shortfall: Shortfall,
    },
    /// The candidate's data does not tell.
    NotAssessable {
        /// The data missing.
        reason: MissingData,
    },
}

impl Outcome {
    /// `true` for [`Outcome::Met`].
    ///
    /// ```
    /// assert!(nato_post::Outcome::Met.is_met());
    /// ```
    pub const fn is_met(&self) -> bool {
        matches!(self, Self::Met)
    }

    /// `true` for [`Outcome::NotMet`].
    ///
    /// ```
    /// assert!(!nato_post::Outcome::Met.is_not_met());
    /// ```
    pub const fn is_not_met(&self) -> bool {
        matches!(self, Self::NotMet { .. })
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Met => f.write_str("met"),
            Self::NotMet { shortfall } => write!(f, "not met: {shortfall}"),
            Self::NotAssessable { reason } => write!(f, "not assessable: {reason}"),
        }
    }
}

/// One requirement and how the candidate fares on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RequirementOutcome {
    /// The requirement.
    pub requirement: RequirementKind,
    /// How the candidate fares.
    pub outcome: Outcome,
}

impl fmt::Display for RequirementOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.requirement, self.outcome)
    }
}

/// Each essential requirement of a vacancy, and how a candidate fares on
/// it; built by [`screen`].
///
/// Displayed as a verdict line (`eligible`, `not eligible`, or `eligible so
/// far` when something is not assessable) followed by one line per
/// requirement.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ScreeningReport {
    /// The requirements checked, in [`RequirementKind`] order.
    pub items: Vec<RequirementOutcome>,
}

impl ScreeningReport {
    /// `true` when no requirement is unmet (some may be not assessable).
    ///
    /// ```
    /// let report = nato_post::ScreeningReport { items: vec![] };
    /// assert!(report.is_eligible());
    /// ```
    pub fn is_eligible(&self) -> bool {
        !self.items.iter().any(|item| item.outcome.is_not_met())
    }

    /// `true` when every requirement is met.
    ///
    /// ```
    /// let report = nato_post::ScreeningReport { items: vec![] };
    /// assert!(report.is_fully_assessed_and_met());
    /// ```
    pub fn is_fully_assessed_and_met(&self) -> bool {
        self.items.iter().all(|item| item.outcome.is_met())
    }

    /// The outcome of `requirement`, when the vacancy asks for it.
    ///
    /// ```
    /// use nato_post::{RequirementKind, ScreeningReport};
    /// assert_eq!(ScreeningReport { items: vec![] }.get(RequirementKind::Languages), None);
    /// ```
    pub fn get(&self, requirement: RequirementKind) -> Option<Outcome> {
        self.items
            .iter()
            .find(|item| item.requirement == requirement)
            .map(|item| item.outcome)
    }

    /// The requirements not met.
    ///
    /// ```
    /// assert_eq!(nato_post::ScreeningReport { items: vec![] }.unmet().count(), 0);
    /// ```
    pub fn unmet(&self) -> impl Iterator<Item = &RequirementOutcome> {
        self.items.iter().filter(|item| item.outcome.is_not_met())
    }

    /// The requirements that cannot be assessed.
    ///
    /// ```
    /// assert_eq!(nato_post::ScreeningReport { items: vec![] }.not_assessable().count(), 0);
    /// ```
    pub fn not_assessable(&self) -> impl Iterator<Item = &RequirementOutcome> {
        self.items
            .iter()
            .filter(|item| matches!(item.outcome, Outcome::NotAssessable { .. }))
    }
}

impl fmt::Display for ScreeningReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verdict = if !self.is_eligible() {
            "not eligible"
        } else if self.is_fully_assessed_and_met() {
            "eligible"
        } else {
            "eligible so far"
        };
        f.write_str(verdict)?;
        for item in &self.items {
            write!(f, "\n  {item}")?;
        }
        Ok(())
    }
}

/// Checks `candidate` against each essential requirement of `vacancy`.
///
/// Nationality (a member state's) is checked for every post; the clearance
/// only when the notice asks for one already held (a fast-track
/// competition), otherwise it is obtained after selection; education,
/// experience, management experience and languages when the notice states
/// them. Missing candidate data gives [`Outcome::NotAssessable`]. A
/// language level that is missing counts as unknown: the requirement is met
/// if the known levels meet it, not met if it fails even with the unknown
/// level at VI, and not assessable otherwise.
///
/// Allocates once, for the report.
///
/// ```
/// use nato_post::{Candidate, MemberState, RequirementKind, Outcome, Shortfall, Vacancy, screen};
///
/// let mut v: Vacancy = "VACANCY NOTIFICATION\nClerk (251234)\nGrade: G5\n".parse()?;
/// v.requirements.experience_years = Some(5);
/// let candidate = Candidate::builder().nationality(MemberState::Norway).experience_years(2).build();
/// let report = screen(&v, &candidate);
/// assert!(!report.is_eligible());
/// assert_eq!(
///     report.get(RequirementKind::Experience),
///     Some(Outcome::NotMet { shortfall: Shortfall::Years { required: 5, held: 2 } })
/// );
/// assert_eq!(report.to_string(), "not eligible\n  nationality: met\n  experience: not met: 3 years short (2 of 5)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn screen(vacancy: &Vacancy, candidate: &Candidate) -> ScreeningReport {
    let mut items = Vec::with_capacity(RequirementKind::ALL.len());
    let mut push = |requirement, outcome| {
        items.push(RequirementOutcome {
            requirement,
            outcome,
        });
    };
    let requirements = &vacancy.requirements;

    push(
        RequirementKind::Nationality,
        nationality_outcome(&candidate.nationalities),
    );
    if let (true, Some(required)) = (vacancy.clearance_already_held, vacancy.clearance) {
        let outcome = match candidate.clearance {
            None => Outcome::NotAssessable {
                reason: MissingData::Clearance,
            },
            Some(held) if held.satisfies(required) => Outcome::Met,
            Some(held) => Outcome::NotMet {
                shortfall: Shortfall::Clearance { required, held },
            },
        };
        push(RequirementKind::ClearanceHeld, outcome);
    }
    if let Some(required) = requirements.education {
        let outcome = match candidate.education {
            None => Outcome::NotAssessable {
                reason: MissingData::Education,
            },
            Some(held) if held >= required => Outcome::Met,
            Some(held) => Outcome::NotMet {
                shortfall: Shortfall::Education { required, held },
            },
        };
        push(RequirementKind::Education, outcome);
    }
    if let Some(required) = requirements.experience_years {
        push(
            RequirementKind::Experience,
            years_outcome(
                required,
                candidate.experience_years,
                MissingData::ExperienceYears,
            ),
        );
    }
    if let Some(required) = requirements.management_years {
        push(
            RequirementKind::ManagementExperience,
            years_outcome(
                required,
                candidate.management_years,
                MissingData::ManagementYears,
            ),
        );
    }
    if let Some(required) = &requirements.languages {
        let outcome = match &candidate.languages {
            None => Outcome::NotAssessable {
                reason: MissingData::Languages,
            },
            Some(profile) => match required.check(profile) {
                LanguageCheck::Met { .. } => Outcome::Met,
                LanguageCheck::NotMet { shortfalls } => {
                    // Unknown levels could be anything: the requirement is
                    // surely unmet only if it fails with them at the top.
                    let best_case = LanguageProfile::new(
                        profile.english.or(Some(Proficiency::VI)),
                        profile.french.or(Some(Proficiency::VI)),
                    );
                    let unknown =
                        OfficialLanguage::iter().find(|&lang| profile.level(lang).is_none());
                    match unknown {
                        Some(lang) if required.check(&best_case).is_met() => {
                            Outcome::NotAssessable {
                                reason: MissingData::LanguageLevel(lang),
                            }
                        }
                        _ => Outcome::NotMet {
                            shortfall: Shortfall::Languages(shortfalls),
                        },
                    }
                }
            },
        };
        push(RequirementKind::Languages, outcome);
    }
    ScreeningReport { items }
}

fn nationality_outcome(nationalities: &[Nationality]) -> Outcome {
    if nationalities.is_empty() {
        Outcome::NotAssessable {
            reason: MissingData::Nationality,
        }
    } else if nationalities.iter().any(Nationality::is_member) {
        Outcome::Met
    } else {
        Outcome::NotMet {
            shortfall: Shortfall::NotMemberNational,
        }
    }
}

fn years_outcome(required: u8, held: Option<u8>, missing: MissingData) -> Outcome {
    match held {
        None => Outcome::NotAssessable { reason: missing },
        Some(held) if held >= required => Outcome::Met,
        Some(held) => Outcome::NotMet {
            shortfall: Shortfall::Years { required, held },
        },
    }
}
