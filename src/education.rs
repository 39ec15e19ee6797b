//! Levels of education that notices ask for.

use core::fmt;
use core::str::FromStr;

use crate::language::OfficialLanguage;
use crate::macros::serde_via_str;
use crate::text::{PhraseSet, fold_eq, phrases_of};

/// A level of formal education, ordered low to high.
///
/// Notices describe it in prose ("possess a university degree, or an
/// equivalent level of qualification", "higher secondary education
/// qualification"); [`EducationLevel::find_in`] reads it out of such a
/// sentence, and `FromStr` reads the canonical names.
///
/// ```
/// use nato_post::EducationLevel;
///
/// let level = EducationLevel::find_in("possess a university degree, or an equivalent level");
/// assert_eq!(level, Some(EducationLevel::UniversityDegree));
/// assert!(EducationLevel::MasterDegree > EducationLevel::UniversityDegree);
/// assert_eq!("university degree".parse::<EducationLevel>()?, EducationLevel::UniversityDegree);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EducationLevel {
    /// Completed secondary (high school) education.
    SecondarySchool,
    /// A university degree (bachelor's level) or equivalent.
    UniversityDegree,
    /// A master's or other post-graduate degree.
    MasterDegree,
    /// A doctorate.
    Doctorate,
}

/// Phrases, folded, that name each level in English or French notices.
/// Higher levels first, so that "post-graduate degree" is not read as a
/// plain degree.
const PHRASES: [(&str, EducationLevel); 20] = [
    ("doctorate", EducationLevel::Doctorate),
    ("phd", EducationLevel::Doctorate),
    ("doctorat", EducationLevel::Doctorate),
    ("post-graduate degree", EducationLevel::MasterDegree),
    ("postgraduate degree", EducationLevel::MasterDegree),
    ("master's degree", EducationLevel::MasterDegree),
    ("masters degree", EducationLevel::MasterDegree),
    (
        "diplome de deuxieme ou de troisieme cycle",
        EducationLevel::MasterDegree,
    ),
    ("diplome de master", EducationLevel::MasterDegree),
    ("university degree", EducationLevel::UniversityDegree),
    ("degree from a university", EducationLevel::UniversityDegree),
    ("university or institute", EducationLevel::UniversityDegree),
    ("diplome universitaire", EducationLevel::UniversityDegree),
    (
        "diplome(e) d'une universite",
        EducationLevel::UniversityDegree,
    ),
    ("bachelor", EducationLevel::UniversityDegree),
    ("higher education", EducationLevel::UniversityDegree),
    ("secondary education", EducationLevel::SecondarySchool),
    ("secondary school", EducationLevel::SecondarySchool),
    ("niveau secondaire", EducationLevel::SecondarySchool),
    ("high school", EducationLevel::SecondarySchool),
];

/// The phrases of [`PHRASES`] alone, in the same order, for the one-pass
/// search.
static PHRASE_SET: PhraseSet<{ PHRASES.len() }> = PhraseSet::new(phrases_of(&PHRASES));

impl EducationLevel {
    /// All levels, low to high.
    pub const ALL: [Self; 4] = [
        Self::SecondarySchool,
        Self::UniversityDegree,
        Self::MasterDegree,
        Self::Doctorate,
    ];

    /// Iterates over the levels, low to high.
    ///
    /// ```
    /// assert_eq!(nato_post::EducationLevel::iter().count(), 4);
    /// ```
    pub fn iter() -> impl Iterator<Item = Self> {
        Self::ALL.into_iter()
    }

    /// The canonical form.
    ///
    /// ```
    /// assert_eq!(nato_post::EducationLevel::MasterDegree.as_str(), "master's degree");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::SecondarySchool => "secondary school",
            Self::UniversityDegree => "university degree",
            Self::MasterDegree => "master's degree",
            Self::Doctorate => "doctorate",
        }
    }

    /// The label in `lang`.
    ///
    /// ```
    /// use nato_post::{EducationLevel, OfficialLanguage};
    /// assert_eq!(EducationLevel::UniversityDegree.label(OfficialLanguage::French), "diplôme universitaire");
    /// ```
    pub const fn label(self, lang: OfficialLanguage) -> &'static str {
        match (self, lang) {
            (Self::SecondarySchool, OfficialLanguage::English) => "secondary school",
            (Self::UniversityDegree, OfficialLanguage::English) => "university degree",
            (Self::MasterDegree, OfficialLanguage::English) => "master's degree",
            (Self::Doctorate, OfficialLanguage::English) => "doctorate",
            (Self::SecondarySchool, OfficialLanguage::French) => "études secondaires",
            (Self::UniversityDegree, OfficialLanguage::French) => "diplôme universitaire",
            (Self::MasterDegree, OfficialLanguage::French) => "diplôme de master",
            (Self::Doctorate, OfficialLanguage::French) => "doctorat",
        }
    }

    /// The highest level named anywhere in `sentence`, English or French,
    /// or `None` when it names none.
    ///
    /// ```
    /// use nato_post::EducationLevel;
    /// assert_eq!(
    ///     EducationLevel::find_in("posséder un diplôme de niveau secondaire supérieur ;"),
    ///     Some(EducationLevel::SecondarySchool)
    /// );
    /// assert_eq!(EducationLevel::find_in("be willing to travel"), None);
    /// ```
    pub fn find_in(sentence: &str) -> Option<Self> {
        // One pass over the sentence for all the phrases; the first phrase
        // found in table order (the highest level) wins.
        let found = PHRASE_SET.find_each(sentence);
        PHRASES
            .get(found.trailing_zeros() as usize)
            .map(|&(_, level)| level)
    }
}

impl fmt::Display for EducationLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error returned when a string names no education level.
///
/// ```
/// let err = "kindergarten".parse::<nato_post::EducationLevel>().unwrap_err();
/// assert_eq!(err.to_string(), r#"unknown education level "kindergarten""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseEducationError {
    /// The text names no known level.
    #[error("unknown education level {0:?}")]
    Unknown(String),
}

impl FromStr for EducationLevel {
    type Err = ParseEducationError;

    /// Reads the canonical names, the French labels, and any phrase that
    /// names exactly one level (`university degree`, `post-graduate
    /// degree`, `diplôme universitaire`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|l| fold_eq(s, l.as_str()) || fold_eq(s, l.label(OfficialLanguage::French)))
            .or_else(|| PHRASES.iter().find(|(p, _)| fold_eq(s, p)).map(|&(_, l)| l))
            .ok_or_else(|| ParseEducationError::Unknown(s.to_owned()))
    }
}

serde_via_str!(
    EducationLevel,
    "an education level such as \"university degree\""
);

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for EducationLevel {
    type Parameters = ();
    type Strategy = proptest::sample::Select<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        proptest::sample::select(&Self::ALL[..])
    }
}
