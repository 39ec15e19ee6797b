//! NATO's two official languages, the IS proficiency scale and language
//! requirements.

use core::fmt;
use core::str::FromStr;

use crate::macros::serde_via_str;
use crate::text::fold_eq;

/// One of NATO's two official languages.
///
/// Every closed set in this crate has an English and a French label; this
/// type also chooses between them.
///
/// ```
/// use nato_post::OfficialLanguage;
///
/// let fr: OfficialLanguage = "français".parse()?;
/// assert_eq!(fr, OfficialLanguage::French);
/// assert_eq!(fr.to_string(), "French");
/// assert_eq!(fr.other(), OfficialLanguage::English);
/// assert_eq!(fr.label(OfficialLanguage::French), "français");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OfficialLanguage {
    /// English (`anglais`).
    English,
    /// French (`français`).
    French,
}

impl OfficialLanguage {
    /// Both languages, English first.
    pub const ALL: [Self; 2] = [Self::English, Self::French];

    /// Iterates over both languages, English first.
    ///
    /// ```
    /// use nato_post::OfficialLanguage;
    /// assert_eq!(OfficialLanguage::iter().count(), 2);
    /// ```
    pub fn iter() -> impl Iterator<Item = Self> {
        Self::ALL.into_iter()
    }

    /// The canonical form: `English` or `French`.
    ///
    /// ```
    /// use nato_post::OfficialLanguage;
    /// assert_eq!(OfficialLanguage::English.as_str(), "English");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::French => "French",
        }
    }

    /// The ISO 639-1 code: `en` or `fr`.
    ///
    /// ```
    /// use nato_post::OfficialLanguage;
    /// assert_eq!(OfficialLanguage::French.code(), "fr");
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::French => "fr",
        }
    }

    /// The other official language.
    ///
    /// ```
    /// use nato_post::OfficialLanguage;
    /// assert_eq!(OfficialLanguage::English.other(), OfficialLanguage::French);
    /// ```
    pub const fn other(self) -> Self {
        match self {
            Self::English => Self::French,
            Self::French => Self::English,
        }
    }

    /// The name of this language written in `lang`.
    ///
    /// ```
    /// use nato_post::OfficialLanguage::{English, French};
    /// assert_eq!(English.label(French), "anglais");
    /// assert_eq!(French.label(English), "French");
    /// ```
    pub const fn label(self, lang: OfficialLanguage) -> &'static str {
        match (self, lang) {
            (Self::English, Self::English) => "English",
            (Self::English, Self::French) => "anglais",
            (Self::French, Self::English) => "French",
            (Self::French, Self::French) => "français",
        }
    }
}

impl fmt::Display for OfficialLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error returned when a string names neither official language.
///
/// ```
/// use nato_post::OfficialLanguage;
/// let err = "German".parse::<OfficialLanguage>().unwrap_err();
/// assert_eq!(err.to_string(), r#"unknown official language "German""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseLanguageError {
    /// The text names no official language.
    #[error("unknown official language {0:?}")]
    Unknown(String),
}

impl FromStr for OfficialLanguage {
    type Err = ParseLanguageError;

    /// Accepts the English and French names and the ISO codes, in any case
    /// and with or without accents: `English`, `anglais`, `EN`, `French`,
    /// `français`, `francais`, `fr`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        const SPELLINGS: [(&str, OfficialLanguage); 6] = [
            ("english", OfficialLanguage::English),
            ("anglais", OfficialLanguage::English),
            ("en", OfficialLanguage::English),
            ("french", OfficialLanguage::French),
            ("francais", OfficialLanguage::French),
            ("fr", OfficialLanguage::French),
        ];
        SPELLINGS
            .iter()
            .find(|(spelling, _)| fold_eq(s, spelling))
            .map(|&(_, lang)| lang)
            .ok_or_else(|| ParseLanguageError::Unknown(s.to_owned()))
    }
}

serde_via_str!(OfficialLanguage, "an official language: English or French");

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for OfficialLanguage {
    type Parameters = ();
    type Strategy = proptest::sample::Select<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        proptest::sample::select(&Self::ALL[..])
    }
}
