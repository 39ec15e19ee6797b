//! NATO security clearances: the five-level ladder and the ATOMAL marking.

use core::fmt;
use core::str::FromStr;

use crate::language::OfficialLanguage;
use crate::macros::serde_via_str;
use crate::text::fold_char;

/// A level on NATO's security classification ladder, low to high.
///
/// The derived order is the ladder: `NatoUnclassified < NatoRestricted <
/// NatoConfidential < NatoSecret < CosmicTopSecret`. ATOMAL is not a level
/// but a marking carried by a [`Clearance`].
///
/// ```
/// use nato_post::{ClearanceLevel, OfficialLanguage};
///
/// let level: ClearanceLevel = "NATO SECRET (NS)".parse()?;
/// assert_eq!(level, ClearanceLevel::NatoSecret);
/// assert_eq!(level.to_string(), "NS");
/// assert_eq!(
///     ClearanceLevel::CosmicTopSecret.label(OfficialLanguage::French),
///     "COSMIC TRÈS SECRET"
/// );
/// assert!(ClearanceLevel::NatoRestricted < ClearanceLevel::NatoConfidential);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClearanceLevel {
    /// NATO UNCLASSIFIED (`NU`; French `NATO SANS CLASSIFICATION`).
    NatoUnclassified,
    /// NATO RESTRICTED (`NR`; French `NATO DIFFUSION RESTREINTE`).
    NatoRestricted,
    /// NATO CONFIDENTIAL (`NC`; French `NATO CONFIDENTIEL`).
    NatoConfidential,
    /// NATO SECRET (`NS`; French `NATO SECRET`).
    NatoSecret,
    /// COSMIC TOP SECRET (`CTS`; French `COSMIC TRÈS SECRET`).
    CosmicTopSecret,
}

/// Everything the crate knows about one level, in ladder order (indexed by
/// `ClearanceLevel as usize`).
struct LevelData {
    /// Canonical abbreviation.
    code: &'static str,
    /// Canonical abbreviation with the ATOMAL marking, `""` when none exists.
    code_atomal: &'static str,
    english: &'static str,
    french: &'static str,
    /// Labels with the ATOMAL marking, `""` when none exists.
    english_atomal: &'static str,
    french_atomal: &'static str,
    /// Whether the full names carry the `NATO`/`OTAN` marker, which may come
    /// before or after them.
    nato_marked: bool,
    /// Full names as folded words, without the `NATO`/`OTAN` marker.
    names: &'static [&'static [&'static str]],
}

const LEVELS: [LevelData; 5] = [
    LevelData {
        code: "NU",
        code_atomal: "",
        english: "NATO UNCLASSIFIED",
        french: "NATO SANS CLASSIFICATION",
        english_atomal: "",
        french_atomal: "",
        nato_marked: true,
        names: &[
            &["unclassified"],
            &["sans", "classification"],
            &["non", "classifie"],
        ],
    },
    LevelData {
        code: "NR",
        code_atomal: "",
        english: "NATO RESTRICTED",
        french: "NATO DIFFUSION RESTREINTE",
        english_atomal: "",
        french_atomal: "",
        nato_marked: true,
        names: &[&["restricted"], &["diffusion", "restreinte"]],
    },
    LevelData {
        code: "NC",
        code_atomal: "NC/A",
        english: "NATO CONFIDENTIAL",
        french: "NATO CONFIDENTIEL",
        english_atomal: "NATO CONFIDENTIAL/ATOMAL",
        french_atomal: "NATO CONFIDENTIEL/ATOMAL",
        nato_marked: true,
        names: &[&["confidential"], &["confidentiel"]],
    },
    LevelData {
        code: "NS",
        code_atomal: "NS/A",
        english: "NATO SECRET",
        french: "NATO SECRET",
        english_atomal: "NATO SECRET/ATOMAL",
        french_atomal: "NATO SECRET/ATOMAL",
        nato_marked: true,
        names: &[&["secret"]],
    },
    LevelData {
        code: "CTS",
        code_atomal: "CTS/A",
        english: "COSMIC TOP SECRET",
        french: "COSMIC TRÈS SECRET",
        english_atomal: "COSMIC TOP SECRET/ATOMAL",
        french_atomal: "COSMIC TRÈS SECRET/ATOMAL",
        nato_marked: false,
        names: &[&["cosmic", "top", "secret"], &["cosmic", "tres", "secret"]],
    },
];

/// Optional labels in front of the value, as folded words. `:` and other
/// punctuation between the words are separators and need no entry.
const LABELS: &[&[&str]] = &[
    &["personnel", "security", "clearance", "level"],
    &["personnel", "security", "clearance"],
    &["security", "clearance", "level"],
    &["security", "clearance"],
    &["clearance", "level"],
    &["clearance"],
    &["niveau", "de", "l", "habilitation", "de", "securite"],
    &["niveau", "d", "habilitation", "de", "securite"],
    &["niveau", "d", "habilitation"],
    &["habilitation", "de", "securite"],
    &["habilitation"],
];

/// Optional words after the value, as in "at NS level".
const TRAILERS: &[&[&str]] = &[
    &["clearance", "level"],
    &["clearance"],
    &["level"],
    &["niveau"],
];

/// Words that mark ATOMAL after a level.
const ATOMAL_MARKERS: [&str; 2] = ["atomal", "a"];

/// Words that mark a NATO classification.
const NATO_MARKERS: [&str; 2] = ["nato", "otan"];

impl ClearanceLevel {
    /// The five levels, low to high.
    pub const ALL: [Self; 5] = [
        Self::NatoUnclassified,
        Self::NatoRestricted,
        Self::NatoConfidential,
        Self::NatoSecret,
        Self::CosmicTopSecret,
    ];

    /// Iterates over the five levels, low to high.
    ///
    /// ```
    /// use nato_post::ClearanceLevel;
    /// let codes: Vec<&str> = ClearanceLevel::iter().map(ClearanceLevel::as_str).collect();
    /// assert_eq!(codes, ["NU", "NR", "NC", "NS", "CTS"]);
    /// ```
    pub fn iter() -> impl Iterator<Item = Self> {
        Self::ALL.into_iter()
    }

    const fn data(self) -> &'static LevelData {
        &LEVELS[self as usize]
    }

    /// The canonical abbreviation: `NU`, `NR`, `NC`, `NS` or `CTS`.
    ///
    /// ```
    /// use nato_post::ClearanceLevel;
    /// assert_eq!(ClearanceLevel::CosmicTopSecret.as_str(), "CTS");
    /// ```
    pub const fn as_str(self) -> &'static str {
        self.data().code
    }

    /// The full name in `lang`, e.g. `NATO RESTRICTED` or
    /// `NATO DIFFUSION RESTREINTE`.
    ///
    /// ```
    /// use nato_post::{ClearanceLevel, OfficialLanguage};
    /// let nr = ClearanceLevel::NatoRestricted;
    /// assert_eq!(nr.label(OfficialLanguage::English), "NATO RESTRICTED");
    /// assert_eq!(nr.label(OfficialLanguage::French), "NATO DIFFUSION RESTREINTE");
    /// ```
    pub const fn label(self, lang: OfficialLanguage) -> &'static str {
        match lang {
            OfficialLanguage::English => self.data().english,
            OfficialLanguage::French => self.data().french,
        }
    }

    /// Whether holding this level needs a personal security clearance:
    /// `true` from NATO CONFIDENTIAL up.
    ///
    /// ```
    /// use nato_post::ClearanceLevel;
    /// assert!(!ClearanceLevel::NatoRestricted.requires_personal_clearance());
    /// assert!(ClearanceLevel::NatoConfidential.requires_personal_clearance());
    /// ```
    pub const fn requires_personal_clearance(self) -> bool {
        matches!(
            self,
            Self::NatoConfidential | Self::NatoSecret | Self::CosmicTopSecret
        )
    }

    /// Whether the ATOMAL marking exists at this level: only at NC, NS and
    /// CTS.
    ///
    /// ```
    /// use nato_post::ClearanceLevel;
    /// assert!(ClearanceLevel::NatoSecret.can_be_atomal());
    /// assert!(!ClearanceLevel::NatoUnclassified.can_be_atomal());
    /// ```
    pub const fn can_be_atomal(self) -> bool {
        !self.data().code_atomal.is_empty()
    }
}

impl fmt::Display for ClearanceLevel {
    /// Writes the canonical abbreviation, e.g. `CTS`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ClearanceLevel {
    type Err = ParseClearanceError;

    /// Accepts every spelling [`Clearance`] accepts, except those carrying
    /// the ATOMAL marking, which is not a level.
    ///
    /// ```
    /// use nato_post::ClearanceLevel;
    /// assert_eq!("SECRET OTAN".parse::<ClearanceLevel>()?, ClearanceLevel::NatoSecret);
    /// assert!("CTS/A".parse::<ClearanceLevel>().is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let clearance: Clearance = s.parse()?;
        if clearance.is_atomal() {
            return Err(ParseClearanceError::UnexpectedAtomal(s.to_owned()));
        }
        Ok(clearance.level())
    }
}

serde_via_str!(
    ClearanceLevel,
    "a NATO clearance level: NU, NR, NC, NS or CTS"
);

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for ClearanceLevel {
    type Parameters = ();
    type Strategy = proptest::sample::Select<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        proptest::sample::select(&Self::ALL[..])
    }
}

/// A security clearance: a [`ClearanceLevel`], with the ATOMAL marking
/// where it exists (NC, NS and CTS only, so `NU/A` cannot be built).
///
/// The same type is used for a clearance a post requires and one a person
/// holds; [`Clearance::satisfies`] relates the two. The derived `Ord` sorts
/// by level, then unmarked before ATOMAL: a total order for sorting and
/// maps. The domain relation is [`satisfies`](Clearance::satisfies), which
/// is only a partial order (`CTS` is above `NS/A` in `Ord` but does not
/// satisfy it).
///
/// ```
/// use nato_post::{Clearance, ClearanceLevel};
///
/// let required: Clearance = "COSMIC TOP SECRET/ATOMAL".parse()?;
/// assert_eq!(required, Clearance::CTS_ATOMAL);
/// assert_eq!(required.to_string(), "CTS/A");
/// assert_eq!(required.level(), ClearanceLevel::CosmicTopSecret);
/// assert!(required.is_atomal());
/// assert!(!Clearance::CTS.satisfies(required));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Clearance {
    // Field order gives the derived `Ord`: level first, then ATOMAL.
    level: ClearanceLevel,
    atomal: bool,
}

impl Clearance {
    /// NATO UNCLASSIFIED.
    pub const NU: Self = Self::new(ClearanceLevel::NatoUnclassified);
    /// NATO RESTRICTED.
    pub const NR: Self = Self::new(ClearanceLevel::NatoRestricted);
    /// NATO CONFIDENTIAL.
    pub const NC: Self = Self::new(ClearanceLevel::NatoConfidential);
    /// NATO CONFIDENTIAL ATOMAL (`NC/A`).
    pub const NC_ATOMAL: Self = Self {
        level: ClearanceLevel::NatoConfidential,
        atomal: true,
    };
    /// NATO SECRET.
    pub const NS: Self = Self::new(ClearanceLevel::NatoSecret);
    /// NATO SECRET ATOMAL (`NS/A`).
    pub const NS_ATOMAL: Self = Self {
        level: ClearanceLevel::NatoSecret,
        atomal: true,
    };
    /// COSMIC TOP SECRET.
    pub const CTS: Self = Self::new(ClearanceLevel::CosmicTopSecret);
    /// COSMIC TOP SECRET ATOMAL (`CTS/A`).
    pub const CTS_ATOMAL: Self = Self {
        level: ClearanceLevel::CosmicTopSecret,
        atomal: true,
    };

    /// The eight clearances in `Ord` order: `NU`, `NR`, `NC`, `NC/A`, `NS`,
    /// `NS/A`, `CTS`, `CTS/A`.
    pub const ALL: [Self; 8] = [
        Self::NU,
        Self::NR,
        Self::NC,
        Self::NC_ATOMAL,
        Self::NS,
        Self::NS_ATOMAL,
        Self::CTS,
        Self::CTS_ATOMAL,
    ];

    /// Iterates over the eight clearances in `Ord` order.
    ///
    /// ```
    /// use nato_post::Clearance;
    /// assert_eq!(Clearance::iter().filter(|c| c.is_atomal()).count(), 3);
    /// ```
    pub fn iter() -> impl Iterator<Item = Self> {
        Self::ALL.into_iter()
    }

    /// A clearance at `level` without the ATOMAL marking.
    ///
    /// ```
    /// use nato_post::{Clearance, ClearanceLevel};
    /// assert_eq!(Clearance::new(ClearanceLevel::NatoSecret), Clearance::NS);
    /// ```
    pub const fn new(level: ClearanceLevel) -> Self {
        Self {
            level,
            atomal: false,
        }
    }

    /// A clearance at `level` with the ATOMAL marking.
    ///
    /// # Errors
    ///
    /// [`ParseClearanceError::AtomalBelowConfidential`] when `level` is below
    /// NATO CONFIDENTIAL, where ATOMAL does not exist.
    ///
    /// ```
    /// use nato_post::{Clearance, ClearanceLevel};
    /// assert_eq!(Clearance::atomal(ClearanceLevel::NatoSecret)?, Clearance::NS_ATOMAL);
    /// assert!(Clearance::atomal(ClearanceLevel::NatoRestricted).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn atomal(level: ClearanceLevel) -> Result<Self, ParseClearanceError> {
        if level.can_be_atomal() {
            Ok(Self {
                level,
                atomal: true,
            })
        } else {
            Err(ParseClearanceError::AtomalBelowConfidential {
                level,
                input: format!("{level}/A"),
            })
        }
    }

    /// The level.
    ///
    /// ```
    /// use nato_post::{Clearance, ClearanceLevel};
    /// assert_eq!(Clearance::NS_ATOMAL.level(), ClearanceLevel::NatoSecret);
    /// ```
    pub const fn level(self) -> ClearanceLevel {
        self.level
    }

    /// Whether the clearance carries the ATOMAL marking.
    ///
    /// ```
    /// use nato_post::Clearance;
    /// assert!(Clearance::CTS_ATOMAL.is_atomal());
    /// assert!(!Clearance::CTS.is_atomal());
    /// ```
    pub const fn is_atomal(self) -> bool {
        self.atomal
    }

    /// Whether this clearance, held by a person, meets `required`: its level
    /// is at least the required level, and it carries ATOMAL whenever
    /// `required` does.
    ///
    /// This is the domain relation, a partial order: `CTS` and `NS/A` do not
    /// satisfy each other.
    ///
    /// ```
    /// use nato_post::Clearance;
    /// assert!(Clearance::CTS_ATOMAL.satisfies(Clearance::NS));
    /// assert!(Clearance::NS.satisfies(Clearance::NC));
    /// assert!(!Clearance::CTS.satisfies(Clearance::NS_ATOMAL));
    /// assert!(!Clearance::NS_ATOMAL.satisfies(Clearance::CTS));
    /// ```
    pub const fn satisfies(self, required: Clearance) -> bool {
        (self.level as u8) >= (required.level as u8) && (self.atomal || !required.atomal)
    }

    /// The canonical form: the level's abbreviation, followed by `/A` when
    /// ATOMAL (`NS`, `CTS/A`).
    ///
    /// ```
    /// use nato_post::Clearance;
    /// assert_eq!(Clearance::NC_ATOMAL.as_str(), "NC/A");
    /// assert_eq!(Clearance::NR.as_str(), "NR");
    /// ```
    pub const fn as_str(self) -> &'static str {
        if self.atomal {
            self.level.data().code_atomal
        } else {
            self.level.data().code
        }
    }

    /// The full name in `lang`, e.g. `COSMIC TOP SECRET/ATOMAL` or
    /// `COSMIC TRÈS SECRET/ATOMAL`.
    ///
    /// ```
    /// use nato_post::{Clearance, OfficialLanguage};
    /// assert_eq!(Clearance::CTS_ATOMAL.label(OfficialLanguage::French), "COSMIC TRÈS SECRET/ATOMAL");
    /// assert_eq!(Clearance::NS.label(OfficialLanguage::English), "NATO SECRET");
    /// ```
    pub const fn label(self, lang: OfficialLanguage) -> &'static str {
        let data = self.level.data();
        match (lang, self.atomal) {
            (OfficialLanguage::English, false) => data.english,
            (OfficialLanguage::French, false) => data.french,
            (OfficialLanguage::English, true) => data.english_atomal,
            (OfficialLanguage::French, true) => data.french_atomal,
        }
    }
}

impl From<ClearanceLevel> for Clearance {
    /// The clearance at `level` without the ATOMAL marking.
    ///
    /// ```
    /// use nato_post::{Clearance, ClearanceLevel};
    /// assert_eq!(Clearance::from(ClearanceLevel::NatoConfidential), Clearance::NC);
    /// ```
    fn from(level: ClearanceLevel) -> Self {
        Self::new(level)
    }
}

impl fmt::Display for Clearance {
    /// Writes the canonical form, e.g. `NS` or `CTS/A`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error returned when a string is not a valid clearance.
///
/// ```
/// use nato_post::Clearance;
/// let err = "CTS/B".parse::<Clearance>().unwrap_err();
/// assert_eq!(err.to_string(), r#"unknown clearance level "CTS/B""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseClearanceError {
    /// The text holds no clearance: it is blank, or only punctuation and a
    /// label such as `Clearance Level:`.
    #[error("empty clearance level")]
    Empty,
    /// The text names no clearance level.
    #[error("unknown clearance level {0:?}")]
    Unknown(String),
    /// The text marks ATOMAL at a level below NATO CONFIDENTIAL.
    #[error("invalid clearance {input:?}: ATOMAL exists only at NC, NS and CTS, not at {level}")]
    AtomalBelowConfidential {
        /// The level that was marked ATOMAL.
        level: ClearanceLevel,
        /// The text that was parsed.
        input: String,
    },
    /// The text names two different levels, as in `NATO SECRET (NC)`.
    #[error("conflicting clearance levels {first} and {second} in {input:?}")]
    Conflicting {
        /// The level named first.
        first: ClearanceLevel,
        /// The level named second, usually in parentheses.
        second: ClearanceLevel,
        /// The text that was parsed.
        input: String,
    },
    /// A clearance level was expected but the text carries the ATOMAL
    /// marking, which only a [`Clearance`] can hold.
    #[error("unexpected ATOMAL marking in clearance level {0:?}")]
    UnexpectedAtomal(String),
}

impl FromStr for Clearance {
    type Err = ParseClearanceError;

    /// Accepts the canonical forms and the spellings of real notices, in any
    /// case, with or without accents, surrounding parentheses, a label in
    /// English or French (`Clearance Level`, `Security clearance:`,
    /// `Niveau de l'habilitation de sécurité`, `Habilitation de sécurité :`)
    /// and a trailing `level` or `clearance`:
    ///
    /// * abbreviations `NU` `NR` `NC` `NS` `CTS`, with ATOMAL as `/A`, `-A`,
    ///   ` A`, `/ATOMAL` or fused (`NCA`, `NSA`, `CTSA`);
    /// * full names in English or French, with `NATO`/`OTAN` before or after
    ///   (`NATO SECRET`, `SECRET OTAN`, `COSMIC TRÈS SECRET/ATOMAL`),
    ///   optionally followed by the abbreviation in parentheses
    ///   (`NATO SECRET (NS)`), which must agree.
    ///
    /// ```
    /// use nato_post::Clearance;
    /// assert_eq!("Clearance Level CTS/A".parse::<Clearance>()?, Clearance::CTS_ATOMAL);
    /// assert_eq!("(NS)".parse::<Clearance>()?, Clearance::NS);
    /// assert_eq!("diffusion restreinte OTAN".parse::<Clearance>()?, Clearance::NR);
    /// assert!("NU/A".parse::<Clearance>().is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // The canonical forms, bare or in the parentheses a notice prints
        // after the full name, are by far the most common input.
        let bare = s
            .strip_prefix('(')
            .and_then(|inner| inner.strip_suffix(')'))
            .unwrap_or(s);
        if let Some(clearance) = Self::ALL.into_iter().find(|c| c.as_str() == bare) {
            return Ok(clearance);
        }
        let mut buffer = [0u8; MAX_BYTES];
        let mut spans = [(0usize, 0usize); MAX_TOKENS];
        let Some(count) = tokenize(s, &mut buffer, &mut spans) else {
            return Err(ParseClearanceError::Unknown(s.to_owned()));
        };
        let mut tokens: [&[u8]; MAX_TOKENS] = [&[]; MAX_TOKENS];
        for (token, &(start, end)) in tokens.iter_mut().zip(&spans[..count]) {
            *token = buffer.get(start..end).unwrap_or_default();
        }
        match parse_tokens(&tokens[..count]) {
            Outcome::Parsed(level, false) => Ok(Self::new(level)),
            Outcome::Parsed(level, true) if level.can_be_atomal() => Ok(Self {
                level,
                atomal: true,
            }),
            Outcome::Parsed(level, true) => Err(ParseClearanceError::AtomalBelowConfidential {
                level,
                input: s.to_owned(),
            }),
            Outcome::Empty => Err(ParseClearanceError::Empty),
            Outcome::Unknown => Err(ParseClearanceError::Unknown(s.to_owned())),
            Outcome::Conflicting(first, second) => Err(ParseClearanceError::Conflicting {
                first,
                second,
                input: s.to_owned(),
            }),
        }
    }
}

serde_via_str!(Clearance, "a NATO security clearance such as NS or CTS/A");

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for Clearance {
    type Parameters = ();
    type Strategy = proptest::sample::Select<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        proptest::sample::select(&Self::ALL[..])
    }
}

/// Room for the folded words of the longest accepted spelling, with margin;
/// anything longer is no clearance.
const MAX_BYTES: usize = 160;
const MAX_TOKENS: usize = 24;

/// Folds `s` into lowercase ASCII words and parentheses, stored in `buffer`
/// and delimited by `spans`. White space and the punctuation of real
/// notices separate words; any other character, or too much text, makes the
/// input unknown (`None`).
fn tokenize(
    s: &str,
    buffer: &mut [u8; MAX_BYTES],
    spans: &mut [(usize, usize); MAX_TOKENS],
) -> Option<usize> {
    let mut len: usize = 0;
    let mut count: usize = 0;
    let mut in_word = false;
    for c in s.chars() {
        let f = fold_char(c);
        let is_word = f.is_ascii_alphanumeric();
        let is_paren = f == '(' || f == ')';
        if !is_word && !is_paren && !is_separator(f) {
            return None;
        }
        if is_word && in_word {
            *buffer.get_mut(len)? = f as u8;
            len += 1;
            spans.get_mut(count.checked_sub(1)?)?.1 = len;
        } else if is_word || is_paren {
            *buffer.get_mut(len)? = f as u8;
            *spans.get_mut(count)? = (len, len + 1);
            len += 1;
            count += 1;
        }
        in_word = is_word;
    }
    Some(count)
}

/// White space and the punctuation that real notices put around or inside
/// a clearance (slashes, dashes, colons, quotes, markdown emphasis).
fn is_separator(folded: char) -> bool {
    folded.is_ascii_whitespace()
        || matches!(
            folded,
            ' ' | '/' | '-' | ':' | ';' | '.' | ',' | '\'' | '"' | '*' | '_' | '|'
        )
}

/// The result of matching the token grammar.
enum Outcome {
    /// A level, and whether ATOMAL was marked (not yet validated).
    Parsed(ClearanceLevel, bool),
    Empty,
    Unknown,
    Conflicting(ClearanceLevel, ClearanceLevel),
}

/// `label? "("? spec ("(" spec ")")? ")"? trailer?`, where `spec` is an
/// abbreviation or a full name, each optionally marked ATOMAL.
fn parse_tokens(tokens: &[&[u8]]) -> Outcome {
    let mut rest = tokens;
    rest = rest.get(longest_prefix(rest, LABELS)..).unwrap_or_default();
    if rest.is_empty() {
        return Outcome::Empty;
    }
    let wrapped = rest.first() == Some(&&b"("[..]);
    if wrapped {
        rest = &rest[1..];
    }
    let Some((level, mut atomal, used)) = parse_spec(rest) else {
        return Outcome::Unknown;
    };
    rest = &rest[used..];
    if rest.first() == Some(&&b"("[..]) {
        let Some((second, second_atomal, used)) = parse_spec(&rest[1..]) else {
            return Outcome::Unknown;
        };
        rest = &rest[1 + used..];
        if rest.first() != Some(&&b")"[..]) {
            return Outcome::Unknown;
        }
        rest = &rest[1..];
        if second != level {
            return Outcome::Conflicting(level, second);
        }
        atomal |= second_atomal;
    }
    if wrapped {
        if rest.first() != Some(&&b")"[..]) {
            return Outcome::Unknown;
        }
        rest = &rest[1..];
    }
    rest = rest
        .get(longest_prefix(rest, TRAILERS)..)
        .unwrap_or_default();
    if rest.is_empty() {
        Outcome::Parsed(level, atomal)
    } else {
        Outcome::Unknown
    }
}

/// One level, by abbreviation or full name, with an optional ATOMAL marker:
/// the level, whether ATOMAL is marked, and the number of tokens used.
fn parse_spec(tokens: &[&[u8]]) -> Option<(ClearanceLevel, bool, usize)> {
    let first = *tokens.first()?;
    for level in ClearanceLevel::ALL {
        let data = level.data();
        let code = data.code.as_bytes();
        let used = if first.eq_ignore_ascii_case(code) {
            1
        } else if first
            .strip_suffix(b"a")
            .is_some_and(|stem| stem.eq_ignore_ascii_case(code))
        {
            return Some((level, true, 1));
        } else if let Some(used) = match_full_name(tokens, data) {
            used
        } else {
            continue;
        };
        let atomal = tokens
            .get(used)
            .is_some_and(|t| ATOMAL_MARKERS.iter().any(|m| *t == m.as_bytes()));
        return Some((level, atomal, used + usize::from(atomal)));
    }
    None
}

/// The number of tokens a full name of `data`'s level takes at the start of
/// `tokens`, with its `NATO`/`OTAN` marker where it has one.
fn match_full_name(tokens: &[&[u8]], data: &LevelData) -> Option<usize> {
    let is_nato =
        |t: Option<&&[u8]>| t.is_some_and(|t| NATO_MARKERS.iter().any(|m| *t == m.as_bytes()));
    data.names.iter().find_map(|name| {
        if !data.nato_marked {
            return starts_with(tokens, name).then_some(name.len());
        }
        let marker_before =
            is_nato(tokens.first()) && starts_with(tokens.get(1..).unwrap_or_default(), name);
        let marker_after = starts_with(tokens, name) && is_nato(tokens.get(name.len()));
        (marker_before || marker_after).then_some(name.len() + 1)
    })
}

fn starts_with(tokens: &[&[u8]], words: &[&str]) -> bool {
    tokens.len() >= words.len() && tokens.iter().zip(words).all(|(t, w)| *t == w.as_bytes())
}

/// The length of the longest entry of `table` that `tokens` starts with, or 0.
fn longest_prefix(tokens: &[&[u8]], table: &[&[&str]]) -> usize {
    table
        .iter()
        .filter(|words| starts_with(tokens, words))
        .map(|words| words.len())
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path for `(NS)` must agree with the general tokenizer,
    /// which sees the same canonical form with spaces inside the
    /// parentheses.
    #[test]
    fn bracketed_canonical_forms_agree_with_the_general_path() {
        for clearance in Clearance::ALL {
            let code = clearance.as_str();
            assert_eq!(format!("({code})").parse::<Clearance>(), Ok(clearance));
            assert_eq!(format!("( {code} )").parse::<Clearance>(), Ok(clearance));
        }
        assert!("(NU/A)".parse::<Clearance>().is_err());
        assert!("(XX)".parse::<Clearance>().is_err());
    }
}
