//! NATO's two official languages, the IS proficiency scale and language
//! requirements.

use core::fmt;
use core::str::FromStr;

use crate::macros::serde_via_str;
use crate::text::{LATIN1_FOLDS, fold_char, fold_eq};

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
        LANGUAGE_SPELLINGS
            .iter()
            .find(|(spelling, _, _)| fold_eq(s, spelling))
            .map(|&(_, lang, _)| lang)
            .ok_or_else(|| ParseLanguageError::Unknown(s.to_owned()))
    }
}

serde_via_str!(OfficialLanguage, "an official language: English or French");

/// Every spelling of an official language the parsers accept, and whether it
/// is a bare ISO code. Sentences ignore the codes: `en` is also a French
/// preposition (`VI en français`).
const LANGUAGE_SPELLINGS: [(&str, OfficialLanguage, bool); 6] = [
    ("english", OfficialLanguage::English, false),
    ("anglais", OfficialLanguage::English, false),
    ("en", OfficialLanguage::English, true),
    ("french", OfficialLanguage::French, false),
    ("francais", OfficialLanguage::French, false),
    ("fr", OfficialLanguage::French, true),
];

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for OfficialLanguage {
    type Parameters = ();
    type Strategy = proptest::sample::Select<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        proptest::sample::select(&Self::ALL[..])
    }
}

/// A level of the International Staff language proficiency scale, from
/// [`I`](Proficiency::I) (beginner) to [`VI`](Proficiency::VI) (proficiency).
///
/// Variants are declared low to high, so `Ord` follows the scale. The
/// canonical form is the roman numeral; parsing also accepts the digit, the
/// English or French name, an optional `Level` / `niveau` label and the
/// numeral followed by its quoted name, as notices print it.
///
/// ```
/// use nato_post::{OfficialLanguage, Proficiency};
///
/// let level: Proficiency = "V (« avancé »)".parse()?;
/// assert_eq!(level, Proficiency::V);
/// assert_eq!(level.to_string(), "V");
/// assert_eq!(level.level(), 5);
/// assert_eq!(level.label(OfficialLanguage::English), "Advanced");
/// assert!(Proficiency::VI > level);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Proficiency {
    /// Level I: Beginner (`débutant`).
    I,
    /// Level II: Elementary (`élémentaire`).
    II,
    /// Level III: Intermediate (`intermédiaire`).
    III,
    /// Level IV: Upper Intermediate (`intermédiaire supérieur`).
    IV,
    /// Level V: Advanced (`avancé`).
    V,
    /// Level VI: Proficiency (`maîtrise`).
    VI,
}

/// What is known about one level of the scale.
struct LevelInfo {
    roman: &'static str,
    english: &'static str,
    french: &'static str,
    cefr: &'static str,
}

/// The IS scale, low to high, indexed by `Proficiency as usize`. The French
/// name of IV and the CEFR equivalents of I..III are inferred (DOMAIN.md).
const LEVELS: [LevelInfo; 6] = [
    LevelInfo {
        roman: "I",
        english: "Beginner",
        french: "débutant",
        cefr: "A1",
    },
    LevelInfo {
        roman: "II",
        english: "Elementary",
        french: "élémentaire",
        cefr: "A2",
    },
    LevelInfo {
        roman: "III",
        english: "Intermediate",
        french: "intermédiaire",
        cefr: "B1",
    },
    LevelInfo {
        roman: "IV",
        english: "Upper Intermediate",
        french: "intermédiaire supérieur",
        cefr: "B2",
    },
    LevelInfo {
        roman: "V",
        english: "Advanced",
        french: "avancé",
        cefr: "C1",
    },
    LevelInfo {
        roman: "VI",
        english: "Proficiency",
        french: "maîtrise",
        cefr: "C2",
    },
];

impl Proficiency {
    /// Every level, low to high.
    pub const ALL: [Self; 6] = [Self::I, Self::II, Self::III, Self::IV, Self::V, Self::VI];

    /// Iterates over the levels, low to high.
    ///
    /// ```
    /// use nato_post::Proficiency;
    /// assert_eq!(Proficiency::iter().next(), Some(Proficiency::I));
    /// assert_eq!(Proficiency::iter().count(), 6);
    /// ```
    pub fn iter() -> impl Iterator<Item = Self> {
        Self::ALL.into_iter()
    }

    /// The level numbered `level` (1 to 6), or `None` outside the scale.
    ///
    /// ```
    /// use nato_post::Proficiency;
    /// assert_eq!(Proficiency::new(3), Some(Proficiency::III));
    /// assert_eq!(Proficiency::new(0), None);
    /// assert_eq!(Proficiency::new(7), None);
    /// ```
    pub const fn new(level: u8) -> Option<Self> {
        match level {
            1 => Some(Self::I),
            2 => Some(Self::II),
            3 => Some(Self::III),
            4 => Some(Self::IV),
            5 => Some(Self::V),
            6 => Some(Self::VI),
            _ => None,
        }
    }

    /// The number of the level, 1 to 6.
    ///
    /// ```
    /// use nato_post::Proficiency;
    /// assert_eq!(Proficiency::IV.level(), 4);
    /// ```
    pub const fn level(self) -> u8 {
        self as u8 + 1
    }

    const fn info(self) -> &'static LevelInfo {
        &LEVELS[self as usize]
    }

    /// The canonical form: the roman numeral, `I` to `VI`.
    ///
    /// ```
    /// use nato_post::Proficiency;
    /// assert_eq!(Proficiency::VI.as_str(), "VI");
    /// ```
    pub const fn as_str(self) -> &'static str {
        self.info().roman
    }

    /// The name of the level in `lang`, as notices print it in quotes.
    ///
    /// ```
    /// use nato_post::{OfficialLanguage, Proficiency};
    /// assert_eq!(Proficiency::II.label(OfficialLanguage::English), "Elementary");
    /// assert_eq!(Proficiency::II.label(OfficialLanguage::French), "élémentaire");
    /// ```
    pub const fn label(self, lang: OfficialLanguage) -> &'static str {
        match lang {
            OfficialLanguage::English => self.info().english,
            OfficialLanguage::French => self.info().french,
        }
    }

    /// The nearest level of the Common European Framework of Reference,
    /// `A1` to `C2`. Printed by NATO for IV..VI; the equivalents of I..III
    /// are inferred from the order of both scales.
    ///
    /// ```
    /// use nato_post::Proficiency;
    /// assert_eq!(Proficiency::V.cefr(), "C1");
    /// assert_eq!(Proficiency::I.cefr(), "A1");
    /// ```
    pub const fn cefr(self) -> &'static str {
        self.info().cefr
    }
}

impl fmt::Display for Proficiency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error returned when a string is not a level of the IS scale.
///
/// ```
/// use nato_post::Proficiency;
/// let err = "VII".parse::<Proficiency>().unwrap_err();
/// assert_eq!(err.to_string(), r#"unknown language proficiency level "VII""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseProficiencyError {
    /// The text is not a level of the scale.
    #[error("unknown language proficiency level {0:?}")]
    Unknown(String),
    /// The numeral and the name of the level disagree, as in `V ("Beginner")`.
    #[error("conflicting language proficiency level {0:?}: the numeral and the name disagree")]
    Conflicting(String),
}

impl FromStr for Proficiency {
    type Err = ParseProficiencyError;

    /// Accepts the numeral in any case (`V`, `v`), the digit (`5`), an
    /// optional `Level` or `niveau` label, the English or French name
    /// (`Advanced`, `avancé`), and the numeral with its name in parentheses
    /// and quotes (`V ("Advanced")`, `V (« avancé »)`), which must agree.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // The canonical form, as notices print it in tables.
        let canonical = match s {
            "I" => Some(Self::I),
            "II" => Some(Self::II),
            "III" => Some(Self::III),
            "IV" => Some(Self::IV),
            "V" => Some(Self::V),
            "VI" => Some(Self::VI),
            _ => None,
        };
        if let Some(level) = canonical.or_else(|| Self::printed_with_name(s)) {
            return Ok(level);
        }
        Self::from_items(s)
    }
}

impl Proficiency {
    /// The level printed with its English name as notices print it,
    /// `VI ("Proficiency")`: read without the general reader, which gives
    /// the same level (a test checks each).
    fn printed_with_name(s: &str) -> Option<Self> {
        let space = s.bytes().take(4).position(|b| b == b' ')?;
        let level = match &s[..space] {
            "I" => Self::I,
            "II" => Self::II,
            "III" => Self::III,
            "IV" => Self::IV,
            "V" => Self::V,
            "VI" => Self::VI,
            _ => return None,
        };
        let name = s[space..].strip_prefix(" (\"")?.strip_suffix("\")")?;
        (name == level.info().english).then_some(level)
    }

    /// The general reader of [`FromStr`]: numerals, digits, names and labels
    /// word by word.
    fn from_items(s: &str) -> Result<Self, ParseProficiencyError> {
        let unknown = || ParseProficiencyError::Unknown(s.to_owned());
        let mut numeral = None;
        let mut name = None;
        let mut conflict = false;
        for item in Items::new(s) {
            match item {
                Item::Numeral(level) if numeral.is_none() => numeral = Some(level),
                Item::Name(level) => {
                    conflict |= name.is_some_and(|n| n != level);
                    name = Some(level);
                }
                Item::Filler | Item::Break => {}
                _ => return Err(unknown()),
            }
        }
        match (numeral, name) {
            _ if conflict => Err(ParseProficiencyError::Conflicting(s.to_owned())),
            (Some(n), Some(m)) if n != m => Err(ParseProficiencyError::Conflicting(s.to_owned())),
            (Some(level), _) | (None, Some(level)) => Ok(level),
            (None, None) => Err(unknown()),
        }
    }
}

serde_via_str!(
    Proficiency,
    "a language proficiency level: a roman numeral from I to VI"
);

// ---------------------------------------------------------------------------
// Tokens shared by the parsers of this module.
// ---------------------------------------------------------------------------

/// `true` for the characters that make up words (letters and digits once
/// folded). The reader decides with [`CLASSES`] and
/// [`Items::other_char`], which the tests check against this.
#[cfg(test)]
fn is_word_char(c: char) -> bool {
    // ASCII needs no fold: nearly every character of a sentence.
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        fold_char(c).is_alphanumeric()
    }
}

/// `true` for the characters that end a clause.
const fn is_break_char(c: char) -> bool {
    matches!(c, ';' | ',' | ':' | '.' | '!' | '?')
}

/// Byte classes of the reader ([`CLASSES`]). A word byte carries
/// [`C_WORD`] and [`C_ASCII`], and [`C_DIGIT`] or [`C_NUMERAL`] when it is
/// one; the classes a word's bytes share tell whether it is ASCII, all
/// digits or all numeral letters without another look at it.
const C_WORD: u8 = 1;
/// A clause break: `;`, `,`, `:`, `.`, `!`, `?`.
const C_BREAK: u8 = 2;
/// A byte of a character outside ASCII: the character decides.
const C_OTHER: u8 = 4;
/// An ASCII letter or digit.
const C_ASCII: u8 = 8;
/// An ASCII digit.
const C_DIGIT: u8 = 16;
/// `i`, `v` or `x`, in either case.
const C_NUMERAL: u8 = 32;

/// How many of the eight bytes of `chunk` (first byte lowest) are ASCII
/// letters or digits before the first that is not: eight bytes tested at
/// once.
fn ascii_word_bytes(chunk: u64) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // With the high bits cleared no byte carries into the next: the high
    // bit of `x + (0x80 - lo)` tells whether a byte `x` is at least `lo`.
    let x = chunk & !HIGH;
    let at_least = |x: u64, lo: u64| x + (0x80 - lo) * ONES;
    let lower = x | (0x20 * ONES);
    let letter = at_least(lower, 0x61) & !at_least(lower, 0x7B);
    let digit = at_least(x, 0x30) & !at_least(x, 0x3A);
    // Bytes from 0x80 up are not ASCII.
    let word = (letter | digit) & !chunk & HIGH;
    (!word & HIGH).trailing_zeros() as usize / 8
}

/// The class of every byte; space, quotes, parentheses, slashes,
/// apostrophes and dashes are 0: they only separate words.
static CLASSES: [u8; 256] = {
    let mut classes = [0; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        classes[b] = if c >= 0x80 {
            C_OTHER
        } else if c.is_ascii_digit() {
            C_WORD | C_ASCII | C_DIGIT
        } else if matches!(c.to_ascii_lowercase(), b'i' | b'v' | b'x') {
            C_WORD | C_ASCII | C_NUMERAL
        } else if c.is_ascii_alphabetic() {
            C_WORD | C_ASCII
        } else if is_break_char(c as char) {
            C_BREAK
        } else {
            0
        };
        b += 1;
    }
    classes
};

/// Room for the longest word of the vocabulary (`intermediaire`), with
/// margin. A word that does not fit equals none of it.
const WORD_KEY_CAPACITY: usize = 16;

/// A word of the input folded once, so that classifying it compares
/// bytes against the vocabulary instead of folding it again per entry.
#[derive(Debug, Clone, Copy)]
struct WordKey {
    bytes: [u8; WORD_KEY_CAPACITY],
    len: usize,
}

impl WordKey {
    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }

    /// [`pack`] of the folded word: its bytes after its end are zero.
    fn packed(&self) -> u128 {
        u128::from_le_bytes(self.bytes)
    }
}

/// The fold of the character `0xC3` then `second` (see [`LATIN1_FOLDS`]).
fn latin1_fold(second: Option<&u8>) -> Option<u8> {
    let &second = second?;
    LATIN1_FOLDS
        .get(usize::from(second.wrapping_sub(0x80)))
        .copied()
        .filter(|&folded| folded != 0)
}

/// The English or French name of a level, folded at compile time into
/// its words, so that a look-up neither splits nor folds the label.
struct NameKey {
    words: [[u8; WORD_KEY_CAPACITY]; 2],
    lens: [usize; 2],
    count: usize,
}

impl NameKey {
    /// Folds `label` as [`fold_char`] would, for the letters level names
    /// use: ASCII and the accented Latin-1 letters of French. Any other
    /// character, a word too long or more than two words fail the build.
    const fn new(label: &str) -> Self {
        let bytes = label.as_bytes();
        let mut key = Self {
            words: [[0; WORD_KEY_CAPACITY]; 2],
            lens: [0; 2],
            count: 1,
        };
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b == b' ' {
                key.count += 1;
                i += 1;
                continue;
            }
            let folded = if b.is_ascii() {
                i += 1;
                b.to_ascii_lowercase()
            } else {
                assert!(b == 0xC3, "level names use Latin-1 letters only");
                i += 2;
                fold_latin1_letter(bytes[i - 1])
            };
            let word = key.count - 1;
            key.words[word][key.lens[word]] = folded;
            key.lens[word] += 1;
        }
        key
    }
}

/// The folded form of the Latin-1 letter whose UTF-8 encoding is `0xC3`
/// then `second`, as [`fold_char`] gives it.
const fn fold_latin1_letter(second: u8) -> u8 {
    let folded = LATIN1_FOLDS[(second.wrapping_sub(0x80) & 0x3F) as usize];
    assert!(
        second >= 0x80 && second < 0xC0 && folded != 0,
        "unsupported letter in a level name"
    );
    folded
}

/// The English and French names of each level, folded: [`LEVELS`] is the
/// source.
const NAME_KEYS: [[NameKey; 2]; 6] = {
    let mut i = 0;
    let mut keys = [const {
        [
            NameKey {
                words: [[0; WORD_KEY_CAPACITY]; 2],
                lens: [0; 2],
                count: 0,
            },
            NameKey {
                words: [[0; WORD_KEY_CAPACITY]; 2],
                lens: [0; 2],
                count: 0,
            },
        ]
    }; 6];
    while i < LEVELS.len() {
        keys[i] = [
            NameKey::new(LEVELS[i].english),
            NameKey::new(LEVELS[i].french),
        ];
        i += 1;
    }
    keys
};

/// A word that places a level in a requirement sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    /// `in one`, `dans l'une`.
    One,
    /// `in the other`, `dans l'autre`.
    Other,
    /// `in both`, `dans les deux`. Weaker than `One`/`Other`: French says
    /// `dans l'une des deux langues`.
    Both,
}

const MARKERS: [(&str, Marker); 8] = [
    ("one", Marker::One),
    ("une", Marker::One),
    ("other", Marker::Other),
    ("autre", Marker::Other),
    ("both", Marker::Both),
    ("each", Marker::Both),
    ("deux", Marker::Both),
    ("chacune", Marker::Both),
];

/// For each length, the first letters (bit 0 for `a`) of the words of the
/// vocabulary of that length: the level names' first words, markers,
/// language names, joins and fillers.
const VOCABULARY_SIGNATURES: [u32; WORD_KEY_CAPACITY + 1] = {
    const fn add(signatures: &mut [u32; WORD_KEY_CAPACITY + 1], word: &[u8]) {
        assert!(
            word[0].is_ascii_lowercase(),
            "vocabulary words start with a folded letter"
        );
        signatures[word.len()] |= 1 << (word[0] - b'a');
    }
    let mut signatures = [0; WORD_KEY_CAPACITY + 1];
    let mut i = 0;
    while i < NAME_KEYS.len() {
        let mut lang = 0;
        while lang < 2 {
            let name = &NAME_KEYS[i][lang];
            add(&mut signatures, name.words[0].split_at(name.lens[0]).0);
            lang += 1;
        }
        i += 1;
    }
    i = 0;
    while i < MARKERS.len() {
        add(&mut signatures, MARKERS[i].0.as_bytes());
        i += 1;
    }
    i = 0;
    while i < LANGUAGE_SPELLINGS.len() {
        add(&mut signatures, LANGUAGE_SPELLINGS[i].0.as_bytes());
        i += 1;
    }
    i = 0;
    while i < JOINS.len() {
        add(&mut signatures, JOINS[i].as_bytes());
        i += 1;
    }
    i = 0;
    while i < FILLERS.len() {
        add(&mut signatures, FILLERS[i].as_bytes());
        i += 1;
    }
    signatures
};

/// For each ASCII letter, the lengths (bit `n` for `n`) of the words of
/// the vocabulary that start with it, in either case: the lengths for
/// which [`may_be_vocabulary`] is `true`; and bit 0 (no word is that
/// short) for `i`, `v` and `x`, which may start a numeral.
static FIRST_LENGTHS: [u32; 256] = {
    let mut lengths = [0; 256];
    let mut b = 0;
    while b < 256 {
        if (b as u8).is_ascii_alphabetic() {
            if CLASSES[b] & C_NUMERAL != 0 {
                lengths[b] = 1;
            }
            let letter = (b as u8).to_ascii_lowercase() - b'a';
            let mut len = 0;
            while len < VOCABULARY_SIGNATURES.len() {
                if VOCABULARY_SIGNATURES[len] & (1 << letter) != 0 {
                    lengths[b] |= 1 << len;
                }
                len += 1;
            }
        }
        b += 1;
    }
    lengths
};

/// Conjunctions that start a new clause (`VI in English and III in French`).
const JOINS: [&str; 2] = ["and", "et"];

/// Labels that may precede a level.
const FILLERS: [&str; 2] = ["level", "niveau"];

/// Where a word is in the text read: the parsers only look at it to
/// report an error, so the reader does not slice the text for every word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// The word in `text`, the text it was read from.
    fn of(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or_default()
    }
}

/// A classified word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item {
    /// A roman numeral or digit of the scale.
    Numeral(Proficiency),
    /// Looks like a numeral (only `i`, `v`, `x`, or only digits) but is not
    /// on the scale: `VII`, `IIII`, `0`, `3333`.
    BadNumeral(Span),
    /// The English or French name of a level (one or two words).
    Name(Proficiency),
    Marker(Marker, Span),
    Language(OfficialLanguage),
    LanguageCode(OfficialLanguage),
    Filler,
    Join,
    Break,
    Word(Span),
}

/// The level written as a roman numeral in any case (ASCII).
fn roman(word: &[u8]) -> Option<Proficiency> {
    let mut lower = [0; 3];
    for (slot, &b) in lower.iter_mut().zip(word) {
        *slot = b | 0x20;
    }
    match lower.get(..word.len())? {
        b"i" => Some(Proficiency::I),
        b"ii" => Some(Proficiency::II),
        b"iii" => Some(Proficiency::III),
        b"iv" => Some(Proficiency::IV),
        b"v" => Some(Proficiency::V),
        b"vi" => Some(Proficiency::VI),
        _ => None,
    }
}

/// A word of ASCII letters and digits, at most [`WORD_KEY_CAPACITY`]
/// long, folded (lowercase) and packed into an integer, its first byte
/// lowest and zeros after its end, so that comparing words is comparing
/// integers. Folded bytes are never zero, so two packed words are equal
/// only when the words are.
fn pack(word: &[u8]) -> Option<u128> {
    if word.len() > WORD_KEY_CAPACITY {
        return None;
    }
    let mut bytes = [0; WORD_KEY_CAPACITY];
    for (slot, &b) in bytes.iter_mut().zip(word) {
        // Lowercases an ASCII letter, keeps a digit.
        *slot = b | 0x20;
    }
    Some(u128::from_le_bytes(bytes))
}

/// [`pack`] of the word of ASCII letters and digits `len` long at `start`
/// of `bytes`, read as one integer from the 16 bytes around it when the
/// text has 16 bytes.
fn pack_at(bytes: &[u8], start: usize, len: usize) -> Option<u128> {
    // Keeps the first `len` bytes.
    let &mask = PACK_MASKS.get(len)?;
    // The 16 bytes from the word's start, or the text's last 16 bytes.
    let Some(window) = bytes
        .len()
        .checked_sub(WORD_KEY_CAPACITY)
        .map(|last| start.min(last))
    else {
        return pack(bytes.get(start..start + len)?);
    };
    let chunk = <[u8; WORD_KEY_CAPACITY]>::try_from(bytes.get(window..window + WORD_KEY_CAPACITY)?);
    let mut word = u128::from_le_bytes(chunk.ok()?);
    if window < start {
        word = word.checked_shr(8 * (start - window) as u32)?;
    }
    Some((word | u128::from_le_bytes([0x20; WORD_KEY_CAPACITY])) & mask)
}

/// For each length up to [`WORD_KEY_CAPACITY`], the mask of the bytes of a
/// packed word of that length.
static PACK_MASKS: [u128; WORD_KEY_CAPACITY + 1] = {
    let mut masks = [0; WORD_KEY_CAPACITY + 1];
    let mut len = 1;
    while len <= WORD_KEY_CAPACITY {
        masks[len] = (masks[len - 1] << 8) | 0xFF;
        len += 1;
    }
    masks
};

/// [`pack`] at compile time, for a word of the vocabulary (written folded).
const fn pack_folded(word: &[u8]) -> u128 {
    assert!(word.len() <= WORD_KEY_CAPACITY);
    let mut key = 0;
    let mut i = 0;
    while i < word.len() {
        assert!(word[i].is_ascii_lowercase() || word[i].is_ascii_digit());
        key |= (word[i] as u128) << (8 * i);
        i += 1;
    }
    key
}

/// `false` when no word of the vocabulary is `len` long and starts with
/// `first` (folded), so none can equal the word.
fn may_be_vocabulary(len: usize, first: u8) -> bool {
    first.is_ascii_lowercase()
        && VOCABULARY_SIGNATURES
            .get(len)
            .is_some_and(|signature| signature & (1 << (first - b'a')) != 0)
}

/// What a word of the vocabulary is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    /// The first word of a level's name: the level when it is the whole
    /// name, and the second word of a longer name with that name's level.
    Name {
        alone: Option<Proficiency>,
        then: Option<(u128, Proficiency)>,
    },
    Marker(Marker),
    /// An official language, and whether this spelling is the ISO code.
    Language(OfficialLanguage, bool),
    Join,
    Filler,
}

/// Room for every word of the vocabulary.
const VOCABULARY_CAPACITY: usize = 48;

/// The words of the vocabulary (level names, markers, language names,
/// joins and fillers), packed, each with its meaning.
struct Vocabulary {
    entries: [(u128, Entry); VOCABULARY_CAPACITY],
    len: usize,
}

impl Vocabulary {
    /// Adds `key` as `entry`. The tables never give one word two meanings
    /// (the build fails), except the first words of level names, merged.
    const fn add(&mut self, key: u128, entry: Entry) {
        let mut i = 0;
        while i < self.len {
            if self.entries[i].0 == key {
                self.entries[i].1 = match (self.entries[i].1, entry) {
                    (
                        Entry::Name { alone, then },
                        Entry::Name {
                            alone: new_alone,
                            then: new_then,
                        },
                    ) => Entry::Name {
                        alone: match (alone, new_alone) {
                            (None, level) | (level, None) => level,
                            (Some(a), Some(b)) => {
                                assert!(a as u8 == b as u8, "a name of two levels");
                                Some(a)
                            }
                        },
                        then: match (then, new_then) {
                            (None, then) | (then, None) => then,
                            _ => panic!("two longer names start with one word"),
                        },
                    },
                    _ => panic!("a word of two meanings"),
                };
                return;
            }
            i += 1;
        }
        self.entries[self.len] = (key, entry);
        self.len += 1;
    }

    /// The meaning of the word packed as `key`, from [`SLOTS`].
    fn get(key: u128) -> Option<Entry> {
        let slot = slot_of(key, SLOTS.multiplier);
        match (SLOTS.keys.get(slot), SLOTS.entries.get(slot)) {
            (Some(&found), Some(&entry)) if found == key && key != 0 => Some(entry),
            _ => None,
        }
    }
}

/// log2 of the number of slots of [`SLOTS`], a hash table at most a
/// quarter full.
const SLOT_BITS: u32 = 7;

/// The slot of the packed word `key` for `multiplier`.
const fn slot_of(key: u128, multiplier: u64) -> usize {
    let mixed = (key as u64) ^ ((key >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed.wrapping_mul(multiplier) >> (64 - SLOT_BITS)) as usize
}

/// The vocabulary as a perfect hash table: each word alone in its slot, so
/// a look-up is one multiplication and one comparison. Empty slots hold
/// the key 0, which no word packs to.
struct Slots {
    multiplier: u64,
    keys: [u128; 1 << SLOT_BITS],
    entries: [Entry; 1 << SLOT_BITS],
    /// For a word that only places a level (a marker, a language name or
    /// code, a filler), the flags it sets in its clause ([`Clause::flags`]);
    /// 0 for the others, which [`Items::vocabulary`] reads.
    flags: [u8; 1 << SLOT_BITS],
}

/// The flags a word of the vocabulary sets in its clause when that is all
/// it does ([`Slots::flags`]), else 0.
const fn entry_flags(entry: Entry) -> u8 {
    match entry {
        Entry::Marker(marker) => marker_flags(marker),
        Entry::Language(lang, false) => language_flags(lang),
        Entry::Language(_, true) | Entry::Filler => HAS_WORDS,
        Entry::Name { .. } | Entry::Join => 0,
    }
}

/// [`VOCABULARY`] hashed by the first multiplier (of a fixed pseudo-random
/// sequence) that puts no two words in one slot.
static SLOTS: Slots = {
    let mut seed: u64 = 0;
    loop {
        // SplitMix64.
        seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = seed;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        let multiplier = (z ^ (z >> 31)) | 1;
        let mut slots = Slots {
            multiplier,
            keys: [0; 1 << SLOT_BITS],
            entries: [Entry::Join; 1 << SLOT_BITS],
            flags: [0; 1 << SLOT_BITS],
        };
        let mut perfect = true;
        let mut i = 0;
        while i < VOCABULARY.len {
            let (key, entry) = VOCABULARY.entries[i];
            let slot = slot_of(key, multiplier);
            if slots.keys[slot] != 0 {
                perfect = false;
                break;
            }
            slots.keys[slot] = key;
            slots.entries[slot] = entry;
            slots.flags[slot] = entry_flags(entry);
            i += 1;
        }
        if perfect {
            break slots;
        }
    }
};

/// The vocabulary, built from [`NAME_KEYS`], [`MARKERS`],
/// [`LANGUAGE_SPELLINGS`], [`JOINS`] and [`FILLERS`].
const VOCABULARY: Vocabulary = {
    let mut v = Vocabulary {
        entries: [(0, Entry::Join); VOCABULARY_CAPACITY],
        len: 0,
    };
    let mut i = 0;
    while i < NAME_KEYS.len() {
        let level = Proficiency::ALL[i];
        let mut lang = 0;
        while lang < 2 {
            let name = &NAME_KEYS[i][lang];
            let first = pack_folded(name.words[0].split_at(name.lens[0]).0);
            let entry = match name.count {
                1 => Entry::Name {
                    alone: Some(level),
                    then: None,
                },
                2 => Entry::Name {
                    alone: None,
                    then: Some((pack_folded(name.words[1].split_at(name.lens[1]).0), level)),
                },
                _ => panic!("level names have one or two words"),
            };
            v.add(first, entry);
            lang += 1;
        }
        i += 1;
    }
    i = 0;
    while i < MARKERS.len() {
        v.add(
            pack_folded(MARKERS[i].0.as_bytes()),
            Entry::Marker(MARKERS[i].1),
        );
        i += 1;
    }
    i = 0;
    while i < LANGUAGE_SPELLINGS.len() {
        let (word, lang, code) = LANGUAGE_SPELLINGS[i];
        v.add(pack_folded(word.as_bytes()), Entry::Language(lang, code));
        i += 1;
    }
    i = 0;
    while i < JOINS.len() {
        v.add(pack_folded(JOINS[i].as_bytes()), Entry::Join);
        i += 1;
    }
    i = 0;
    while i < FILLERS.len() {
        v.add(pack_folded(FILLERS[i].as_bytes()), Entry::Filler);
        i += 1;
    }
    v
};

/// A word (its byte range and the class of its first byte, 0 for a word
/// with characters outside ASCII) or a clause break.
enum Lexeme {
    Word {
        start: usize,
        end: usize,
        first: u8,
        shared: u8,
    },
    Break,
}

/// Reads text once, left to right, as classified words ([`Item`]).
///
/// Words are runs of letters and digits once folded; `;`, `,`, `:`, `.`,
/// `!` and `?` are clause breaks; everything else (space, quotes,
/// parentheses, slashes, apostrophes, dashes) only separates words. Bytes
/// are classified by a table; only characters outside ASCII are decoded
/// and folded. Each word is then classified by what its bytes share (all
/// digits, all numeral letters), its length and first letter (most words
/// of a sentence match no word of the vocabulary on these) and, last, a
/// look-up of its folded, packed form in a hash table of the vocabulary.
/// A word with characters outside ASCII is folded as it is read.
#[derive(Debug, Clone)]
struct Items<'a> {
    text: &'a str,
    /// Where the next word or break is looked for; always at a character
    /// boundary.
    at: usize,
    /// The last word read with characters outside ASCII, folded; `None`
    /// when it does not fit a key.
    folded: Option<WordKey>,
}

impl<'a> Items<'a> {
    fn new(s: &'a str) -> Self {
        Self {
            text: s,
            at: 0,
            folded: None,
        }
    }

    /// The character at byte `at` (outside ASCII): whether it belongs to a
    /// word, its fold when that is ASCII (else 0), and its length.
    #[inline(always)]
    fn other_char(&self, at: usize) -> (bool, u8, usize) {
        let bytes = self.text.as_bytes();
        // The characters outside ASCII that French sentences print, without
        // decoding (a test checks them against `is_word_char`).
        match (bytes.get(at), bytes.get(at + 1)) {
            // An accented letter.
            (Some(0xC3), second) => {
                if let Some(letter) = latin1_fold(second) {
                    return (true, letter, 2);
                }
            }
            // No-break space, `«`, `»`.
            (Some(0xC2), Some(0xA0 | 0xAB | 0xBB)) => return (false, 0, 2),
            // U+2000..U+203F: spaces, dashes, quotes, apostrophes.
            (Some(0xE2), Some(0x80)) => return (false, 0, 3),
            _ => {}
        }
        self.decode_char(at)
    }

    /// [`Self::other_char`] for any character.
    #[inline(never)]
    fn decode_char(&self, at: usize) -> (bool, u8, usize) {
        match self.text.get(at..).and_then(|rest| rest.chars().next()) {
            Some(c) => {
                let folded = fold_char(c);
                let ascii = if folded.is_ascii() { folded as u8 } else { 0 };
                (folded.is_alphanumeric(), ascii, c.len_utf8())
            }
            None => (false, 0, 1),
        }
    }

    /// Reads on to the end of a word that starts at `start` and goes on
    /// with a character outside ASCII at `at`, folding it into
    /// [`Self::folded`]; the end of the word.
    #[inline(never)]
    fn lex_folded(&mut self, start: usize, mut at: usize) -> usize {
        let bytes = self.text.as_bytes();
        // The ASCII letters and digits before `at`, folded at once (when
        // they fit a key: else the word does not either).
        let prefix = at - start;
        let mut folded =
            pack_at(bytes, start, prefix).map_or([0; WORD_KEY_CAPACITY], u128::to_le_bytes);
        // The number of characters, and whether each folded to ASCII.
        let mut len = prefix;
        let mut ascii = true;
        while let Some(&b) = bytes.get(at) {
            let class = CLASSES[usize::from(b)];
            let (letter, width) = if class & C_WORD != 0 {
                (b | 0x20, 1)
            } else if class & C_OTHER == 0 {
                break;
            } else {
                match self.other_char(at) {
                    (true, letter, width) => (letter, width),
                    (false, _, _) => break,
                }
            };
            ascii &= letter != 0;
            if let Some(slot) = folded.get_mut(len) {
                *slot = letter;
            }
            len += 1;
            at += width;
        }
        self.folded = (ascii && len <= WORD_KEY_CAPACITY).then_some(WordKey { bytes: folded, len });
        at
    }

    /// The next word or break.
    #[inline(always)]
    fn lex(&mut self) -> Option<Lexeme> {
        let bytes = self.text.as_bytes();
        let mut at = self.at;
        // The class of the word's first byte: whether the word may be all
        // digits or all numeral letters, which `classify` then checks.
        let (start, first, shared) = loop {
            let Some(&b) = bytes.get(at) else {
                self.at = at;
                return None;
            };
            let class = CLASSES[usize::from(b)];
            if class & C_WORD != 0 {
                at += 1;
                break (at - 1, b, class);
            }
            if class & C_BREAK != 0 {
                self.at = at + 1;
                return Some(Lexeme::Break);
            }
            if class & C_OTHER == 0 {
                at += 1;
                continue;
            }
            let (word, _, len) = self.other_char(at);
            if word {
                let end = self.lex_folded(at, at);
                return Some(self.word_outside_ascii(at, end));
            }
            at += len;
        };
        // Eight bytes at a time while eight follow.
        while let Some(chunk) = bytes
            .get(at..at + 8)
            .and_then(|chunk| <[u8; 8]>::try_from(chunk).ok())
        {
            let n = ascii_word_bytes(u64::from_le_bytes(chunk));
            at += n;
            if n < 8 {
                break;
            }
        }
        while let Some(&b) = bytes.get(at) {
            let class = CLASSES[usize::from(b)];
            if class & C_WORD != 0 {
                at += 1;
                continue;
            }
            if class & C_OTHER == 0 {
                break;
            }
            if self.other_char(at).0 {
                let end = self.lex_folded(start, at);
                return Some(self.word_outside_ascii(start, end));
            }
            break;
        }
        self.at = at;
        Some(Lexeme::Word {
            start,
            end: at,
            first,
            shared,
        })
    }

    /// The word from `start` to `end`, read by [`Self::lex_folded`].
    fn word_outside_ascii(&mut self, start: usize, end: usize) -> Lexeme {
        self.at = end;
        Lexeme::Word {
            start,
            end,
            first: 0,
            shared: 0,
        }
    }

    /// The folded, packed form of the next word, `None` when a break comes
    /// first or the word does not fit a key.
    fn next_word_key(&mut self) -> Option<u128> {
        let Lexeme::Word {
            start, end, shared, ..
        } = self.lex()?
        else {
            return None;
        };
        if shared & C_ASCII != 0 {
            pack_at(self.text.as_bytes(), start, end - start)
        } else {
            Some(self.folded?.packed())
        }
    }

    /// Classifies `word`, whose first byte is `first` of class `shared` (0
    /// for a word with characters outside ASCII). Most words are told from
    /// the vocabulary by their length and first letter alone.
    #[inline(always)]
    fn classify(&mut self, word: Span, first: u8, shared: u8) -> Item {
        if shared & C_ASCII == 0 {
            return self.classify_folded(word);
        }
        if shared & (C_DIGIT | C_NUMERAL) != 0 {
            return self.classify_numeral(word, shared);
        }
        let len = word.end - word.start;
        if !may_be_vocabulary(len, first | 0x20) {
            return Item::Word(word);
        }
        match pack_at(self.text.as_bytes(), word.start, len) {
            Some(key) => self.vocabulary(word, key),
            None => Item::Word(word),
        }
    }

    /// Classifies an ASCII word that starts with a digit or a numeral
    /// letter, whose first byte is of class `shared`.
    #[inline(always)]
    fn classify_numeral(&mut self, word: Span, shared: u8) -> Item {
        let text = self.text.as_bytes();
        let bytes = text.get(word.start..word.end).unwrap_or_default();
        // Stops at the first byte that is neither: `in`, `Intermediate`.
        let mut shared = shared;
        for &b in bytes {
            shared &= CLASSES[usize::from(b)];
            if shared & (C_DIGIT | C_NUMERAL) == 0 {
                break;
            }
        }
        if shared & C_DIGIT != 0 {
            return match *bytes {
                [digit @ b'1'..=b'6'] => {
                    Proficiency::new(digit - b'0').map_or(Item::BadNumeral(word), Item::Numeral)
                }
                _ => Item::BadNumeral(word),
            };
        }
        if shared & C_NUMERAL != 0 {
            return roman(bytes).map_or(Item::BadNumeral(word), Item::Numeral);
        }
        match bytes.first() {
            Some(&first) if may_be_vocabulary(bytes.len(), first | 0x20) => {
                match pack_at(text, word.start, bytes.len()) {
                    Some(key) => self.vocabulary(word, key),
                    None => Item::Word(word),
                }
            }
            _ => Item::Word(word),
        }
    }

    /// Classifies a word with characters outside ASCII, folded as it was
    /// read.
    #[inline(never)]
    fn classify_folded(&mut self, word: Span) -> Item {
        let is_numeral_letter = |c| matches!(c, 'i' | 'v' | 'x');
        // Every word of the vocabulary folds to ASCII and fits a key.
        let Some(key) = self.folded else {
            let chars = word.of(self.text).chars();
            return if chars.map(fold_char).all(is_numeral_letter) {
                Item::BadNumeral(word)
            } else {
                Item::Word(word)
            };
        };
        let folded = key.as_bytes();
        if folded.iter().all(|&b| is_numeral_letter(char::from(b))) {
            return roman(folded).map_or(Item::BadNumeral(word), Item::Numeral);
        }
        match folded.first() {
            Some(&first) if may_be_vocabulary(folded.len(), first) => {
                self.vocabulary(word, key.packed())
            }
            _ => Item::Word(word),
        }
    }

    /// Classifies `word`, whose packed form is `key`, by the vocabulary. A
    /// level name of two words takes the next word when it completes it:
    /// `intermédiaire supérieur` is IV, `intermédiaire` alone III.
    #[inline(always)]
    fn vocabulary(&mut self, word: Span, key: u128) -> Item {
        let Some(entry) = Vocabulary::get(key) else {
            return Item::Word(word);
        };
        match entry {
            Entry::Name { alone, then } => {
                if let Some((second, level)) = then
                    && self.takes_next_word(second)
                {
                    return Item::Name(level);
                }
                alone.map_or(Item::Word(word), Item::Name)
            }
            Entry::Marker(marker) => Item::Marker(marker, word),
            Entry::Language(lang, false) => Item::Language(lang),
            Entry::Language(lang, true) => Item::LanguageCode(lang),
            Entry::Join => Item::Join,
            Entry::Filler => Item::Filler,
        }
    }
}

impl Items<'_> {
    /// Reads the next word when it is `second`, packed.
    #[inline(never)]
    fn takes_next_word(&mut self, second: u128) -> bool {
        if let Some(next) = quick_next_word_key(self.text.as_bytes(), self.at) {
            return match next {
                Some((key, end)) if key == second => {
                    self.at = end;
                    true
                }
                _ => false,
            };
        }
        let mut after = self.clone();
        let taken = after.next_word_key() == Some(second);
        if taken {
            *self = after;
        }
        taken
    }
}

impl<'a> Iterator for Items<'a> {
    type Item = Item;

    #[inline(always)]
    fn next(&mut self) -> Option<Item> {
        match self.lex()? {
            Lexeme::Break => Some(Item::Break),
            Lexeme::Word {
                start,
                end,
                first,
                shared,
            } => Some(self.classify(Span { start, end }, first, shared)),
        }
    }
}

// ---------------------------------------------------------------------------
// Requirements.
// ---------------------------------------------------------------------------

/// How the two minimums of a requirement are tied to the languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Tie {
    /// Either language may carry the higher minimum.
    Unordered,
    /// This language carries the higher minimum.
    Stronger(OfficialLanguage),
    /// Both minimums are equal, so the arrangement does not matter.
    Equal,
}

/// The minimum levels a post requires in NATO's two official languages.
///
/// Usually unordered, "V in one; II in the other": either language may be
/// the stronger one. Some posts tie the levels to named languages ("VI in
/// French; I in English"). When both minimums are equal the two forms mean
/// the same, so [`either(x, x)`](Self::either) equals
/// [`both(x)`](Self::both) and counts as named.
///
/// Display prints one of three canonical forms, the higher minimum first:
/// `V in one; II in the other`, `VI in French; I in English`, `VI in both`.
/// Parsing accepts the notice sentences in English and French, with or
/// without the lead-in and the quoted level names.
///
/// ```
/// use nato_post::{LanguageProfile, LanguageRequirement, Proficiency};
///
/// let req: LanguageRequirement =
///     "V (« avancé ») dans l'une des deux langues officielles de l'OTAN (anglais/français), \
///      et le niveau II (« élémentaire ») dans l'autre ;"
///         .parse()?;
/// assert_eq!(req, LanguageRequirement::either(Proficiency::V, Proficiency::II));
/// assert_eq!(req.to_string(), "V in one; II in the other");
///
/// let person: LanguageProfile = "English III; French V".parse()?;
/// assert!(req.check(&person).is_met());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LanguageRequirement {
    higher: Proficiency,
    lower: Proficiency,
    tie: Tie,
}

impl LanguageRequirement {
    /// `a` in one language and `b` in the other, either language being the
    /// stronger. The order of the arguments does not matter.
    ///
    /// ```
    /// use nato_post::{LanguageRequirement, Proficiency::{II, V}};
    /// assert_eq!(LanguageRequirement::either(II, V), LanguageRequirement::either(V, II));
    /// assert_eq!(LanguageRequirement::either(V, V), LanguageRequirement::both(V));
    /// ```
    pub const fn either(a: Proficiency, b: Proficiency) -> Self {
        let (higher, lower) = if a as u8 >= b as u8 { (a, b) } else { (b, a) };
        let tie = if higher as u8 == lower as u8 {
            Tie::Equal
        } else {
            Tie::Unordered
        };
        Self { higher, lower, tie }
    }

    /// `english` in English and `french` in French.
    ///
    /// ```
    /// use nato_post::{LanguageRequirement, Proficiency::{I, VI}};
    /// let req = LanguageRequirement::named(I, VI);
    /// assert_eq!(req.to_string(), "VI in French; I in English");
    /// ```
    pub const fn named(english: Proficiency, french: Proficiency) -> Self {
        let tie = if english as u8 > french as u8 {
            Tie::Stronger(OfficialLanguage::English)
        } else if (english as u8) < french as u8 {
            Tie::Stronger(OfficialLanguage::French)
        } else {
            Tie::Equal
        };
        let (higher, lower) = if english as u8 >= french as u8 {
            (english, french)
        } else {
            (french, english)
        };
        Self { higher, lower, tie }
    }

    /// `level` in both languages, as for interpreters.
    ///
    /// ```
    /// use nato_post::{LanguageRequirement, Proficiency::VI};
    /// assert_eq!(LanguageRequirement::both(VI).to_string(), "VI in both");
    /// ```
    pub const fn both(level: Proficiency) -> Self {
        Self {
            higher: level,
            lower: level,
            tie: Tie::Equal,
        }
    }

    /// The higher of the two minimums.
    ///
    /// ```
    /// use nato_post::{LanguageRequirement, Proficiency::{II, V}};
    /// assert_eq!(LanguageRequirement::either(II, V).higher(), V);
    /// ```
    pub const fn higher(&self) -> Proficiency {
        self.higher
    }

    /// The lower of the two minimums.
    ///
    /// ```
    /// use nato_post::{LanguageRequirement, Proficiency::{II, V}};
    /// assert_eq!(LanguageRequirement::either(II, V).lower(), II);
    /// ```
    pub const fn lower(&self) -> Proficiency {
        self.lower
    }

    /// `true` when each minimum belongs to a known language: a named
    /// requirement, or equal minimums (which need no arrangement).
    ///
    /// ```
    /// use nato_post::{LanguageRequirement, Proficiency::{I, II, V, VI}};
    /// assert!(LanguageRequirement::named(I, VI).is_named());
    /// assert!(LanguageRequirement::both(VI).is_named());
    /// assert!(!LanguageRequirement::either(V, II).is_named());
    /// ```
    pub const fn is_named(&self) -> bool {
        !matches!(self.tie, Tie::Unordered)
    }

    /// The language that carries the higher minimum, when the requirement
    /// names one; `None` for an unordered requirement or equal minimums.
    ///
    /// ```
    /// use nato_post::{LanguageRequirement, OfficialLanguage, Proficiency::{I, VI}};
    /// let req = LanguageRequirement::named(I, VI);
    /// assert_eq!(req.stronger_language(), Some(OfficialLanguage::French));
    /// assert_eq!(LanguageRequirement::both(VI).stronger_language(), None);
    /// ```
    pub const fn stronger_language(&self) -> Option<OfficialLanguage> {
        match self.tie {
            Tie::Stronger(lang) => Some(lang),
            Tie::Unordered | Tie::Equal => None,
        }
    }

    /// The minimum required in `lang`, when the requirement says (see
    /// [`is_named`](Self::is_named)).
    ///
    /// ```
    /// use nato_post::{LanguageRequirement, OfficialLanguage::{English, French}, Proficiency::{I, II, V, VI}};
    /// let req = LanguageRequirement::named(I, VI);
    /// assert_eq!(req.minimum_in(French), Some(VI));
    /// assert_eq!(req.minimum_in(English), Some(I));
    /// assert_eq!(LanguageRequirement::either(V, II).minimum_in(English), None);
    /// ```
    pub const fn minimum_in(&self, lang: OfficialLanguage) -> Option<Proficiency> {
        match self.tie {
            Tie::Unordered => None,
            Tie::Equal => Some(self.higher),
            Tie::Stronger(stronger) => Some(self.minimum_if(stronger, lang)),
        }
    }

    /// The minimum in `lang` when `stronger` carries the higher one.
    const fn minimum_if(&self, stronger: OfficialLanguage, lang: OfficialLanguage) -> Proficiency {
        if stronger as u8 == lang as u8 {
            self.higher
        } else {
            self.lower
        }
    }

    /// Checks a person's levels against the requirement.
    ///
    /// A named requirement has one arrangement. For an unordered one (and
    /// for equal minimums) the result is the arrangement that is met,
    /// preferring the one where the person's stronger language (English
    /// when both levels are equal) carries the higher minimum; when none is
    /// met, the arrangement with the smallest total shortfall, with the same
    /// preference on a tie. An unknown level counts as none.
    ///
    /// ```
    /// use nato_post::{LanguageCheck, LanguageProfile, LanguageRequirement, OfficialLanguage::*};
    ///
    /// let req: LanguageRequirement = "V in one; III in the other".parse()?;
    /// let check = req.check(&"English VI; French IV".parse()?);
    /// assert_eq!(check, LanguageCheck::Met { stronger: English });
    ///
    /// let LanguageCheck::NotMet { shortfalls } = req.check(&"English V; French I".parse()?) else {
    ///     panic!("French I is below III");
    /// };
    /// let french = shortfalls.get(French).expect("French is short");
    /// assert_eq!(french.levels_short(), 2);
    /// assert_eq!(shortfalls.get(English), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check(&self, profile: &LanguageProfile) -> LanguageCheck {
        let person_stronger = if profile.french > profile.english {
            OfficialLanguage::French
        } else {
            OfficialLanguage::English
        };
        let (first, second) = match self.tie {
            Tie::Stronger(lang) => (lang, None),
            Tie::Unordered | Tie::Equal => (person_stronger, Some(person_stronger.other())),
        };
        let Some(first_short) = self.shortfalls_if(first, profile) else {
            return LanguageCheck::Met { stronger: first };
        };
        let Some(second) = second else {
            return LanguageCheck::NotMet {
                shortfalls: first_short,
            };
        };
        match self.shortfalls_if(second, profile) {
            None => LanguageCheck::Met { stronger: second },
            Some(second_short)
                if second_short.total_levels_short() < first_short.total_levels_short() =>
            {
                LanguageCheck::NotMet {
                    shortfalls: second_short,
                }
            }
            Some(_) => LanguageCheck::NotMet {
                shortfalls: first_short,
            },
        }
    }

    /// The shortfalls when `stronger` carries the higher minimum, `None`
    /// when that arrangement is met.
    fn shortfalls_if(
        &self,
        stronger: OfficialLanguage,
        profile: &LanguageProfile,
    ) -> Option<LanguageShortfalls> {
        let short = |lang| {
            LanguageShortfall::new(lang, self.minimum_if(stronger, lang), profile.level(lang))
        };
        let english = short(OfficialLanguage::English);
        let french = short(OfficialLanguage::French);
        (english.is_some() || french.is_some()).then_some(LanguageShortfalls {
            stronger,
            english,
            french,
        })
    }
}

impl fmt::Display for LanguageRequirement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.tie {
            Tie::Unordered => write!(f, "{} in one; {} in the other", self.higher, self.lower),
            Tie::Stronger(lang) => {
                write!(
                    f,
                    "{} in {}; {} in {}",
                    self.higher,
                    lang,
                    self.lower,
                    lang.other()
                )
            }
            Tie::Equal => write!(f, "{} in both", self.higher),
        }
    }
}

/// The error returned when a string is not a language requirement.
///
/// ```
/// use nato_post::LanguageRequirement;
/// let err = "V in one".parse::<LanguageRequirement>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     r#"only one proficiency level in language requirement "V in one": the level for the other language is missing"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseLanguageRequirementError {
    /// The text holds no level at all.
    #[error("no proficiency level in language requirement {0:?}")]
    NoLevel(String),
    /// A word that looks like a level is not on the scale (`VII`, `0`).
    #[error("invalid proficiency level {level:?} in language requirement {input:?}")]
    InvalidLevel {
        /// The whole text that was parsed.
        input: String,
        /// The word that is not a level.
        level: String,
    },
    /// A numeral and the level name printed beside it disagree.
    #[error(
        "conflicting proficiency levels in language requirement {0:?}: a numeral and a level name disagree"
    )]
    ConflictingLevel(String),
    /// One level, neither for both languages nor with the other's level.
    #[error(
        "only one proficiency level in language requirement {0:?}: the level for the other language is missing"
    )]
    MissingOther(String),
    /// More than two levels.
    #[error("more than two proficiency levels in language requirement {0:?}")]
    TooManyLevels(String),
    /// Two levels, but not which language needs which (or two levels in
    /// one clause, or the same language named twice).
    #[error(
        "ambiguous language requirement {0:?}: it does not say which language needs which level"
    )]
    Ambiguous(String),
}

/// Where a clause of a requirement sentence puts its level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    One,
    Other,
    Named(OfficialLanguage),
    Both,
    Bare,
}

/// What one clause (text between breaks) of a requirement sentence says.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Clause {
    numeral: Option<Proficiency>,
    numerals_disagree: bool,
    name: Option<Proficiency>,
    names_disagree: bool,
    /// What the clause's other words say ([`HAS_WORDS`], [`ONE`], ...), as
    /// bits, so that reading a word sets them at once.
    flags: u8,
}

/// A clause has words (any but `and` / `et`).
const HAS_WORDS: u8 = 1;
/// `in one`, `dans l'une` ([`Marker::One`]).
const ONE: u8 = 2;
/// `in the other`, `dans l'autre` ([`Marker::Other`]).
const OTHER: u8 = 4;
/// `in both`, `dans les deux` ([`Marker::Both`]).
const BOTH: u8 = 8;
/// English is named.
const ENGLISH: u8 = 16;
/// French is named.
const FRENCH: u8 = 32;
/// The clause starts with `and` / `et`.
const JOINED: u8 = 64;

/// Why a clause or a pair of clauses makes no requirement.
enum Fault {
    Conflicting,
    Ambiguous,
}

impl Clause {
    fn has_level(&self) -> bool {
        self.numeral.is_some() || self.name.is_some()
    }

    /// Takes the placing words of a level-less clause that continues this
    /// one: `VI in English and French`.
    fn absorb(&mut self, later: &Clause) {
        self.flags |= later.flags & (ONE | OTHER | BOTH | ENGLISH | FRENCH);
    }

    fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }

    fn level(&self) -> Result<Proficiency, Fault> {
        match (self.numeral, self.name) {
            _ if self.numerals_disagree => Err(Fault::Ambiguous),
            _ if self.names_disagree => Err(Fault::Conflicting),
            (Some(n), Some(m)) if n != m => Err(Fault::Conflicting),
            (Some(level), _) | (None, Some(level)) => Ok(level),
            (None, None) => Err(Fault::Ambiguous),
        }
    }

    /// `in the other` and `in one` win over language names, because the
    /// sentence names both languages in its lead-in `(English/French)`.
    fn slot(&self) -> Slot {
        let english = self.has(ENGLISH);
        if self.has(OTHER) {
            Slot::Other
        } else if self.has(ONE) {
            Slot::One
        } else if english != self.has(FRENCH) {
            Slot::Named(if english {
                OfficialLanguage::English
            } else {
                OfficialLanguage::French
            })
        } else if self.has(BOTH) || english {
            Slot::Both
        } else {
            Slot::Bare
        }
    }
}

/// Up to two clauses with a level, and how many there were.
#[derive(Debug, Default, PartialEq, Eq)]
struct Found {
    clauses: [Clause; 2],
    count: usize,
}

impl Found {
    fn push(&mut self, clause: Clause) -> Option<usize> {
        let index = self.count;
        self.count = self.count.saturating_add(1);
        let slot = self.clauses.get_mut(index)?;
        *slot = clause;
        Some(index)
    }
}

/// Gathers the clauses of a requirement sentence without allocating.
#[derive(Debug, Default, PartialEq, Eq)]
struct Gatherer {
    /// Clauses with a numeral.
    numerals: Found,
    /// Clauses with only a level name: used when no clause has a numeral,
    /// ignored otherwise (lead-ins may say "levels of proficiency").
    names: Found,
    /// The last stored clause, while the clauses after it only continue it.
    last: Option<(bool, usize)>,
}

impl Gatherer {
    fn finish(&mut self, clause: Clause) {
        if clause.has_level() {
            let numeral = clause.numeral.is_some();
            let found = if numeral {
                &mut self.numerals
            } else {
                &mut self.names
            };
            self.last = found.push(clause).map(|i| (numeral, i));
        } else if clause.has(HAS_WORDS) {
            match self.last {
                Some((numeral, i)) if clause.has(JOINED) => {
                    let found = if numeral {
                        &mut self.numerals
                    } else {
                        &mut self.names
                    };
                    if let Some(target) = found.clauses.get_mut(i) {
                        target.absorb(&clause);
                    }
                }
                _ => self.last = None,
            }
        }
    }
}

impl LanguageRequirement {
    /// `level_in_lang` in `lang` and `level_in_other` in the other language.
    fn tied_to(
        lang: OfficialLanguage,
        level_in_lang: Proficiency,
        level_in_other: Proficiency,
    ) -> Self {
        match lang {
            OfficialLanguage::English => Self::named(level_in_lang, level_in_other),
            OfficialLanguage::French => Self::named(level_in_other, level_in_lang),
        }
    }

    fn from_pair(a: (Proficiency, Slot), b: (Proficiency, Slot)) -> Option<Self> {
        use Slot::{Bare, Named, One, Other};
        match (a.1, b.1) {
            (Named(x), Named(y)) if x != y => Some(Self::tied_to(x, a.0, b.0)),
            (Named(x), One | Other) => Some(Self::tied_to(x, a.0, b.0)),
            (One | Other, Named(y)) => Some(Self::tied_to(y, b.0, a.0)),
            (One, Other | Bare) | (Other, One | Bare) | (Bare, One | Other) => {
                Some(Self::either(a.0, b.0))
            }
            _ => None,
        }
    }
}

/// The eight bytes of `bytes` from `at`, the first lowest; zeros past
/// the end (a zero byte only separates, as the end does).
#[inline(always)]
fn chunk_at(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(chunk) => <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes),
        None => chunk_near_end(bytes, at),
    }
}

/// [`chunk_at`] when fewer than eight bytes are left.
#[cold]
fn chunk_near_end(bytes: &[u8], at: usize) -> u64 {
    let mut chunk = [0; 8];
    for (slot, &b) in chunk.iter_mut().zip(bytes.get(at..).unwrap_or_default()) {
        *slot = b;
    }
    u64::from_le_bytes(chunk)
}

/// How many of the eight bytes of `chunk` (first byte lowest) are ASCII
/// letters, in either case, before the first that is not: the letters
/// nearly every word of a sentence is made of, in fewer operations than
/// [`ascii_word_bytes`].
#[inline(always)]
fn letter_bytes(chunk: u64) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // No byte carries into the next (see `ascii_word_bytes`); with 0x20
    // set, capitals read as small letters and no other byte does.
    let lower = (chunk & !HIGH) | (0x20 * ONES);
    let not_letter = (!(lower + 0x1F * ONES) | (lower + 0x05 * ONES) | chunk) & HIGH;
    not_letter.trailing_zeros() as usize / 8
}

/// [`Items::classify_folded`] of `word`, read by [`fold_word`]
/// with a letter outside ASCII and folded to `key`, `len` characters long;
/// `items` is at the word's end.
#[inline(always)]
fn classify_folded_key(items: &mut Items<'_>, word: Span, key: u128, len: usize) -> Item {
    let first = key as u8;
    if matches!(first, b'i' | b'v' | b'x') {
        let folded = key.to_le_bytes();
        let folded = folded.get(..len).unwrap_or_default();
        if folded.iter().all(|b| matches!(b, b'i' | b'v' | b'x')) {
            return roman(folded).map_or(Item::BadNumeral(word), Item::Numeral);
        }
    }
    if may_be_vocabulary(len, first) {
        items.vocabulary(word, key)
    } else {
        Item::Word(word)
    }
}

/// The packed form ([`pack`]) of the first `len` bytes of `chunk`, an
/// ASCII word of 1 to 8 letters and digits.
#[inline(always)]
fn pack_chunk(chunk: u64, len: usize) -> u128 {
    let lower = (chunk | 0x2020_2020_2020_2020) & (u64::MAX >> (64 - 8 * len.clamp(1, 8)));
    u128::from(lower)
}

/// The longest text [`Sentence::read`] copies to read it without bounds
/// checks (a power of two).
const PADDED: usize = 256;

/// Text that [`Sentence::read`] reads eight bytes at a time.
trait Chunks: Copy {
    /// The length of the text.
    fn len(self) -> usize;

    /// [`chunk_at`] of the text.
    fn chunk(self, at: usize) -> u64;

    /// The byte at `at`, or 0x80 (a byte outside ASCII, which ends the
    /// separators) past the end.
    fn byte(self, at: usize) -> u8;
}

impl Chunks for &[u8] {
    fn len(self) -> usize {
        <[u8]>::len(self)
    }

    #[inline(always)]
    fn chunk(self, at: usize) -> u64 {
        chunk_at(self, at)
    }

    #[inline(always)]
    fn byte(self, at: usize) -> u8 {
        self.get(at).copied().unwrap_or(0x80)
    }
}

/// A text of at most [`PADDED`] bytes, followed by bytes 0x80: a byte
/// outside ASCII, which neither a word nor the separators read on with.
#[derive(Clone, Copy)]
struct Padded<'b> {
    bytes: &'b [u8; PADDED + 8],
    len: usize,
}

impl Chunks for Padded<'_> {
    fn len(self) -> usize {
        self.len
    }

    /// Read at most one byte past the text, so `at` is at most
    /// [`PADDED`] and the eight bytes are always there.
    #[inline(always)]
    fn chunk(self, at: usize) -> u64 {
        let at = at.min(PADDED);
        self.bytes
            .get(at..at + 8)
            .and_then(|chunk| <[u8; 8]>::try_from(chunk).ok())
            .map_or(0, u64::from_le_bytes)
    }

    #[inline(always)]
    fn byte(self, at: usize) -> u8 {
        self.bytes.get(at.min(PADDED)).copied().unwrap_or(0x80)
    }
}

/// The clauses of a requirement sentence as they are read: the state of
/// [`LanguageRequirement::from_str`].
struct Sentence<'a> {
    text: &'a str,
    gatherer: Gatherer,
    clause: Clause,
    /// A word that looks like a level but is not one: reading stops there.
    bad: Option<Span>,
    /// Whether no numeral was tried as the start of a [`Tail`] yet: a text
    /// has at most one try, which is what most texts that are no tail
    /// cost.
    tail_untried: bool,
}

impl<'a> Sentence<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            gatherer: Gatherer::default(),
            clause: Clause::default(),
            bad: None,
            tail_untried: true,
        }
    }

    /// Reads `s` into its gathered clauses and the last, unfinished one;
    /// the span of a word that looks like a level but is not one.
    ///
    /// The items are those of [`Items`] (a test compares both readings on
    /// any text), read faster. The sentences notices print are mostly
    /// fixed text: a lead-in of [`LEAD_INS`] and, from the first numeral
    /// on, a [`Tail`] are matched byte for byte, or else as typesetting
    /// spells them ([`spelt`]), and their items taken at once. Elsewhere, a word of fewer than eight ASCII letters ended by
    /// ASCII or the end, nearly every word of a sentence, is read from the
    /// eight bytes at its start, and one that its length and first letter
    /// tell from the vocabulary and the numerals ([`FIRST_LENGTHS`]) only
    /// marks its clause as having words; anything else is read by the
    /// methods this calls. A short text is first copied before bytes
    /// outside ASCII, so that reading eight bytes anywhere in it needs no
    /// bounds check.
    #[inline(always)]
    fn read(s: &'a str) -> Result<(Gatherer, Clause), Span> {
        let mut sentence = Sentence::new(s);
        // A level then a tail the notices print, read without the copy.
        let Some(at) = sentence.phrases() else {
            return Ok((sentence.gatherer, sentence.clause));
        };
        let bytes = s.as_bytes();
        match bytes.get(..PADDED) {
            Some(_) if bytes.len() > PADDED => sentence.read_from(at, bytes),
            _ => {
                let mut padded = [0x80; PADDED + 8];
                if let Some(head) = padded.get_mut(..bytes.len()) {
                    head.copy_from_slice(bytes);
                }
                sentence.read_from(
                    at,
                    Padded {
                        bytes: &padded,
                        len: bytes.len(),
                    },
                )
            }
        }
    }

    /// Takes the lead-in of [`LEAD_INS`] the text starts with, if any, then
    /// the rest of the text when it is a level and a [`Tail`]
    /// ([`Self::tail_at`]), also after more separators: `None` when that
    /// was the whole text, else where reading word by word goes on.
    #[inline(always)]
    fn phrases(&mut self) -> Option<usize> {
        let at = self.lead_in();
        if self.tail_at(at)
            || self.tail_untried
                && separator_len(self.text.as_bytes(), at) != 0
                && self.tail_after_separators(at)
        {
            return None;
        }
        Some(at)
    }

    /// [`Self::tail_at`] after the separators at `at`: what reading word by
    /// word from `at` reads too, since separators only separate.
    #[cold]
    #[inline(never)]
    fn tail_after_separators(&mut self, at: usize) -> bool {
        let at = separators_end(self.text.as_bytes(), at);
        self.tail_at(at)
    }

    /// Takes the rest of the text from `at` when it is a level written as
    /// its canonical numeral followed by a [`Tail`]: what the word by word
    /// reading from there does, since the numeral is a word of its own
    /// (the tail starts with a space).
    #[inline(always)]
    fn tail_at(&mut self, at: usize) -> bool {
        let bytes = self.text.as_bytes();
        let rest = bytes.get(at..).unwrap_or_default();
        let numeral = rest.iter().take(4).position(|&b| !b.is_ascii_uppercase());
        let level = numeral.and_then(|len| canonical_level(rest.get(..len)?));
        match (level, numeral) {
            (Some(level), Some(len)) if self.tail_untried => match self.try_tail(at + len, level) {
                Some(tail) => {
                    self.take_tail(&tail);
                    true
                }
                None => false,
            },
            _ => false,
        }
    }

    /// [`Self::read`] from `at`, where a word or a separator starts, in
    /// `text`, the bytes of the text.
    #[inline(always)]
    fn read_from(self, at: usize, text: impl Chunks) -> Result<(Gatherer, Clause), Span> {
        let mut sentence = self;
        let len = text.len();
        let mut at = at;
        while at < len {
            let chunk = text.chunk(at);
            let letters = letter_bytes(chunk);
            let first = chunk as u8;
            // The byte after the word: a separator or a break, else the word
            // goes on with a digit or a character outside ASCII; or the end
            // of the text, which separates as a space would.
            let after = (chunk >> (8 * (letters & 7))) as u8;
            let after_class = CLASSES[usize::from(after)];
            if letters.wrapping_sub(1) < 7
                && (after_class & (C_WORD | C_OTHER) == 0 || at + letters == len)
            {
                let end = at + letters;
                let lengths = FIRST_LENGTHS[usize::from(first)];
                let flags = if lengths & (1 << letters) == 0 {
                    HAS_WORDS
                } else {
                    vocabulary_flags(chunk, letters)
                };
                if flags == 0 || lengths & 1 != 0 && numeral_letters(chunk, letters) {
                    at = sentence.short_word(Span { start: at, end }, end, chunk);
                } else {
                    sentence.clause.flags |= flags;
                    at = end;
                    // One separator then a letter, as between most words:
                    // the next word starts there.
                    let next = (chunk >> (8 * ((letters + 1) & 7))) as u8;
                    if after_class == 0 && letters < 7 && (next | 0x20).wrapping_sub(b'a') < 26 {
                        at += 1;
                        continue;
                    }
                }
            } else if letters == 0 && CLASSES[usize::from(first)] & C_WORD == 0 {
                // Separators are skipped below.
                if first == 0xC3 {
                    at = sentence.letters(text, at);
                } else if CLASSES[usize::from(first)] == C_BREAK {
                    // A break is never a bad word.
                    let _ = sentence.take(Item::Break);
                    at += 1;
                } else if CLASSES[usize::from(first)] != 0 && !is_latin1_separator(chunk) {
                    at = sentence.other(at);
                }
            } else if letters == 8 {
                // A long word: read on eight letters at a time.
                let mut end = at + 8;
                let after = loop {
                    let chunk = text.chunk(end);
                    let letters = letter_bytes(chunk);
                    end += letters;
                    if letters < 8 {
                        break (chunk >> (8 * letters)) as u8;
                    }
                };
                let lengths = FIRST_LENGTHS[usize::from(first)];
                let len = end - at;
                if CLASSES[usize::from(after)] & (C_WORD | C_OTHER) != 0 || len > WORD_KEY_CAPACITY
                {
                    at = sentence.letters(text, at);
                } else if lengths & 1 == 0 && lengths & (1 << len) == 0 {
                    sentence.clause.flags |= HAS_WORDS;
                    at = end;
                } else {
                    // `pack` of the word, from its two chunks.
                    let rest = match len - 8 {
                        0 => 0,
                        rest => pack_chunk(text.chunk(at + 8), rest) << 64,
                    };
                    let key = pack_chunk(chunk, 8) | rest;
                    at = sentence.keyed(Span { start: at, end }, key, len);
                }
            } else if after == 0xC3 {
                at = sentence.letters(text, at);
            } else {
                at = sentence.word(at);
            }
            // The separators up to the next item, without decoding.
            loop {
                let b = text.byte(at);
                if CLASSES[usize::from(b)] == 0 {
                    at += 1;
                } else if b == 0xC2 && is_latin1_separator(text.chunk(at)) {
                    at += 2;
                } else {
                    break;
                }
            }
        }
        match sentence.bad {
            Some(word) => Err(word),
            None => Ok((sentence.gatherer, sentence.clause)),
        }
    }

    /// The end of reading after [`Self::take`] failed on `result`, else
    /// where it goes on.
    #[inline(always)]
    fn went_on(&mut self, result: Result<usize, Span>) -> usize {
        result.unwrap_or_else(|word| {
            self.bad = Some(word);
            usize::MAX
        })
    }

    /// Reads on from `at`, which is neither an ASCII letter, nor an ASCII
    /// separator, nor a no-break space or `«` or `»`: clause breaks and
    /// the other separators outside ASCII that French sentences print (as
    /// [`Items::other_char`] does), or else a word. Where reading goes on.
    #[inline(never)]
    fn other(&mut self, at: usize) -> usize {
        let result = self.other_or_bad(at);
        self.went_on(result)
    }

    /// [`Self::other`], or the word that looks like a level but is not one.
    #[inline(always)]
    fn other_or_bad(&mut self, mut at: usize) -> Result<usize, Span> {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(at) {
            let class = CLASSES[usize::from(b)];
            if class & C_WORD != 0 {
                // The main loop reads words of letters.
                return Ok(if b.is_ascii_alphabetic() {
                    at
                } else {
                    self.word(at)
                });
            }
            if class & C_BREAK != 0 {
                self.take(Item::Break)?;
                at += 1;
                continue;
            }
            if class & C_OTHER == 0 {
                at += 1;
                continue;
            }
            match (b, bytes.get(at + 1)) {
                // No-break space, `«`, `»`.
                (0xC2, Some(0xA0 | 0xAB | 0xBB)) => at += 2,
                // U+2000..U+203F: spaces, dashes, quotes, apostrophes.
                (0xE2, Some(0x80)) => at += 3,
                _ => return Ok(self.word(at)),
            }
        }
        Ok(at)
    }

    /// The reader of [`Items`] at `at`, to classify a word there.
    fn items(&self, at: usize) -> Items<'a> {
        Items {
            text: self.text,
            at,
            folded: None,
        }
    }

    /// Takes `word`, a word of one to seven ASCII letters at the start of
    /// `chunk`, ended by ASCII, that may be a numeral or a word of the
    /// vocabulary ([`FIRST_LENGTHS`]), as [`Items::classify`] does; `next`
    /// is where reading goes on after it. Where reading goes on after it
    /// (after the next word too, when that completes a level name).
    #[inline(never)]
    fn short_word(&mut self, word: Span, next: usize, chunk: u64) -> usize {
        let result = self.short_word_or_bad(word, next, chunk);
        self.went_on(result)
    }

    /// [`Self::short_word`], or the word that looks like a level but is not one.
    #[inline(always)]
    fn short_word_or_bad(&mut self, word: Span, next: usize, chunk: u64) -> Result<usize, Span> {
        let first = chunk as u8;
        let len = word.end - word.start;
        let class = CLASSES[usize::from(first)];
        if class & C_NUMERAL == 0 || !numeral_letters(chunk, len) {
            // A word of the vocabulary whose only meaning is flags (the
            // common case) is read here, as `Items::vocabulary` would.
            let mut flags = HAS_WORDS;
            if FIRST_LENGTHS[usize::from(first)] & (1 << len) != 0 {
                let key = pack_chunk(chunk, len);
                let slot = slot_of(key, SLOTS.multiplier);
                if SLOTS.keys.get(slot) == Some(&key) {
                    flags = SLOTS.flags.get(slot).copied().unwrap_or_default();
                }
            }
            if flags != 0 {
                self.clause.flags |= flags;
                return Ok(next);
            }
        }
        if class & C_NUMERAL != 0 {
            // Only numeral letters (`Items::classify_numeral`).
            let bytes = chunk.to_le_bytes();
            let word_bytes = bytes.get(..len).unwrap_or_default();
            let level = roman(word_bytes);
            if let Some(level) = level
                && self.tail_untried
                && let Some(tail) = self.try_tail(word.end, level)
            {
                self.take_tail(&tail);
                return Ok(self.text.len());
            }
            self.take(level.map_or(Item::BadNumeral(word), Item::Numeral))?;
            return Ok(next);
        }
        let mut items = self.items(next);
        let item = items.vocabulary(word, pack_chunk(chunk, len));
        self.take(item)?;
        Ok(items.at)
    }

    /// Takes the word at `at` when it is made of ASCII letters and the
    /// accented Latin-1 letters French writes, folded and packed eight
    /// bytes at a time from `text`, and is ended by ASCII and fits a key;
    /// any other word is taken by [`Self::word`]. Where reading goes on
    /// after it.
    #[inline(never)]
    fn letters(&mut self, text: impl Chunks, start: usize) -> usize {
        let result = self.letters_or_bad(text, start);
        self.went_on(result)
    }

    /// [`Self::letters`], or the word that looks like a level but is not one.
    #[inline(always)]
    fn letters_or_bad(&mut self, text: impl Chunks, start: usize) -> Result<usize, Span> {
        // The folded word, with room for a last chunk of eight past a key;
        // zeros after the word.
        let mut folded = [0; WORD_KEY_CAPACITY + 8];
        let mut len = 0;
        let mut at = start;
        let mut chunk = text.chunk(at);
        loop {
            let letters = letter_bytes(chunk);
            if letters > 0 {
                let Some(slot) = folded.get_mut(len..len + 8) else {
                    return Ok(self.word(start));
                };
                slot.copy_from_slice(&pack_chunk(chunk, letters).to_le_bytes()[..8]);
                len += letters;
                at += letters;
                if letters == 8 {
                    chunk = text.chunk(at);
                    continue;
                }
            }
            let after = (chunk >> (8 * (letters & 7))) as u8;
            if after == 0xC3 {
                let fold = LATIN1_FOLDS[usize::from(text.byte(at + 1) & 0x3F)];
                match folded.get_mut(len) {
                    Some(slot) if fold != 0 && text.byte(at + 1) & 0xC0 == 0x80 => *slot = fold,
                    _ => return Ok(self.word(start)),
                }
                len += 1;
                at += 2;
                chunk = text.chunk(at);
                continue;
            }
            if CLASSES[usize::from(after)] & (C_WORD | C_OTHER) != 0 || len > WORD_KEY_CAPACITY {
                return Ok(self.word(start));
            }
            break;
        }
        let word = Span { start, end: at };
        let key = <[u8; WORD_KEY_CAPACITY]>::try_from(
            folded.get(..WORD_KEY_CAPACITY).unwrap_or_default(),
        )
        .map_or(0, u128::from_le_bytes);
        self.keyed_or_bad(word, key, len)
    }

    /// Takes `word`, made of letters and `len` characters long, whose
    /// folded and packed form is `key`, as [`Items::classify`] and
    /// [`Items::classify_folded`] do. Where reading goes on after it.
    #[inline(never)]
    fn keyed(&mut self, word: Span, key: u128, len: usize) -> usize {
        let result = self.keyed_or_bad(word, key, len);
        self.went_on(result)
    }

    /// [`Self::keyed`], or the word that looks like a level but is not one.
    #[inline(always)]
    fn keyed_or_bad(&mut self, word: Span, key: u128, len: usize) -> Result<usize, Span> {
        let at = word.end;
        let first = key as u8;
        if CLASSES[usize::from(first)] & C_NUMERAL != 0 {
            let folded = key.to_le_bytes();
            let bytes = folded.get(..len).unwrap_or_default();
            if bytes
                .iter()
                .all(|&b| CLASSES[usize::from(b)] & C_NUMERAL != 0)
            {
                self.take(roman(bytes).map_or(Item::BadNumeral(word), Item::Numeral))?;
                return Ok(at);
            }
        }
        if FIRST_LENGTHS[usize::from(first)] & (1 << len) == 0 {
            self.clause.flags |= HAS_WORDS;
            return Ok(at);
        }
        let slot = slot_of(key, SLOTS.multiplier);
        let flags = match (SLOTS.keys.get(slot), SLOTS.entries.get(slot)) {
            (Some(&found), Some(entry)) if found == key => match *entry {
                Entry::Name {
                    alone: Some(level),
                    then: None,
                } => return self.take(Item::Name(level)).map(|()| at),
                _ => SLOTS.flags.get(slot).copied().unwrap_or_default(),
            },
            _ => HAS_WORDS,
        };
        if flags != 0 {
            self.clause.flags |= flags;
            return Ok(at);
        }
        let mut items = self.items(at);
        let item = items.vocabulary(word, key);
        self.take(item)?;
        Ok(items.at)
    }

    /// Takes the item at `at`, which is not a separator: a word made of
    /// ASCII letters and digits and the accented Latin-1 letters French
    /// writes, folded and packed as it is read ([`fold_word`]), or else
    /// the next item of [`Items`]. Where reading goes on after it.
    #[inline(never)]
    fn word(&mut self, at: usize) -> usize {
        let result = self.word_or_bad(at);
        self.went_on(result)
    }

    /// [`Self::word`], or the word that looks like a level but is not one.
    #[inline(always)]
    fn word_or_bad(&mut self, at: usize) -> Result<usize, Span> {
        let bytes = self.text.as_bytes();
        let mut items = self.items(at);
        let item = match fold_word(bytes, at) {
            Some((end, key, len, outside_ascii)) => {
                let word = Span { start: at, end };
                items.at = end;
                if outside_ascii {
                    classify_folded_key(&mut items, word, key, len)
                } else {
                    let first = bytes.get(at).copied().unwrap_or_default();
                    items.classify(word, first, CLASSES[usize::from(first)])
                }
            }
            None => match items.next() {
                Some(item) => item,
                None => return Ok(self.text.len()),
            },
        };
        self.take(item)?;
        Ok(items.at)
    }

    /// Adds `item` to the clauses; the span of a word that looks like a
    /// level but is not one.
    #[inline(always)]
    fn take(&mut self, item: Item) -> Result<(), Span> {
        let clause = &mut self.clause;
        match item {
            Item::Break => {
                if clause.has(HAS_WORDS) {
                    self.gatherer.finish(*clause);
                    *clause = Clause::default();
                }
            }
            Item::Join => {
                if clause.has(HAS_WORDS) {
                    self.gatherer.finish(*clause);
                    *clause = Clause::default();
                }
                clause.flags |= JOINED;
            }
            Item::BadNumeral(word) => return Err(word),
            Item::Numeral(level) => {
                clause.flags |= HAS_WORDS;
                clause.numerals_disagree |= clause.numeral.is_some_and(|n| n != level);
                clause.numeral = Some(level);
            }
            Item::Name(level) => {
                clause.flags |= HAS_WORDS;
                clause.names_disagree |= clause.name.is_some_and(|n| n != level);
                clause.name = Some(level);
            }
            Item::Marker(marker, _) => clause.flags |= marker_flags(marker),
            Item::Language(lang) => clause.flags |= language_flags(lang),
            Item::LanguageCode(_) | Item::Filler | Item::Word(_) => clause.flags |= HAS_WORDS,
        }
        Ok(())
    }
}

impl Sentence<'_> {
    /// The tail of the text after its numeral `level`, which ends at `at`,
    /// if it is one; the text's only try ([`Self::tail_untried`]).
    #[inline(always)]
    fn try_tail(&mut self, at: usize, level: Proficiency) -> Option<Tail> {
        self.tail_untried = false;
        if !Tail::may_end(self.text.as_bytes()) {
            return None;
        }
        Tail::read(self.text.as_bytes(), at, level)
    }

    /// Takes the items of `tail`, the rest of the text, as reading it word
    /// by word would give them ([`Tail::read`]).
    #[inline(never)]
    fn take_tail(&mut self, tail: &Tail) {
        let [first, second] = tail.levels;
        self.take_level(first, tail.named[0]);
        self.take_taken(tail.between);
        self.take_level(second, tail.named[1]);
        self.take_taken(tail.after);
    }

    /// Takes the items of the steps `taken` stands for, as
    /// [`Self::take_steps`] takes them, without going through them.
    #[inline(always)]
    fn take_taken(&mut self, taken: Taken) {
        self.clause.flags |= taken.flags;
        // Neither a break nor a join is a bad word.
        if taken.then_break {
            let _ = self.take(Item::Break);
        }
        if taken.then_join {
            let _ = self.take(Item::Join);
        }
        self.clause.flags |= taken.last_flags;
    }

    /// Takes the numeral of `level`, then its name when `named`.
    #[inline(always)]
    fn take_level(&mut self, level: Proficiency, named: bool) {
        // Neither a numeral nor a name is a bad word.
        let _ = self.take(Item::Numeral(level));
        if named {
            let _ = self.take(Item::Name(level));
        }
    }

    /// Takes the items `steps` stand for.
    #[inline(always)]
    fn take_steps(&mut self, steps: &[Step]) {
        for &step in steps {
            // Neither a break nor a join is a bad word.
            let _ = match step {
                Step::Flags(flags) => {
                    self.clause.flags |= flags;
                    Ok(())
                }
                Step::Break => self.take(Item::Break),
                Step::Join => self.take(Item::Join),
            };
        }
    }

    /// Takes the lead-in of [`LEAD_INS`] the text starts with, if any:
    /// where reading goes on.
    #[inline(always)]
    fn lead_in(&mut self) -> usize {
        let bytes = self.text.as_bytes();
        let found = match LEAD_INS
            .iter()
            .find(|lead_in| bytes.starts_with(lead_in.text.as_bytes()))
        {
            Some(lead_in) => Some((lead_in.steps, lead_in.text.len())),
            // One spelt otherwise, at a letter one starts with.
            None => match bytes.first() {
                Some(&b) if LEAD_IN_FIRSTS[usize::from(b)] => lead_in_alike(self.text),
                _ => None,
            },
        };
        match found {
            Some((steps, end)) => {
                self.take_steps(steps);
                end
            }
            None => 0,
        }
    }
}

/// The steps of the lead-in of [`LEAD_INS`] that `text` starts with as
/// [`spelt`] matches it (compared with its [`Phrase::typeset`] spelling),
/// and where it ends. A lead-in set as that spelling byte for byte is
/// taken as [`Sentence::lead_in`] takes a printed one.
#[cold]
#[inline(never)]
fn lead_in_alike(text: &str) -> Option<(&'static [Step], usize)> {
    let typeset = LEAD_INS
        .iter()
        .find(|lead_in| text.starts_with(lead_in.typeset));
    if let Some(lead_in) = typeset {
        return Some((lead_in.steps, lead_in.typeset.len()));
    }
    LEAD_INS.iter().find_map(|lead_in| {
        let end = spelt(lead_in.typeset.as_bytes(), text.as_bytes(), false)?;
        Some((lead_in.steps, end))
    })
}

/// Whether a lead-in starts with the byte, in either case.
static LEAD_IN_FIRSTS: [bool; 256] = {
    let mut firsts = [false; 256];
    let mut i = 0;
    while i < LEAD_INS.len() {
        let first = LEAD_INS[i].text.as_bytes()[0];
        firsts[first.to_ascii_lowercase() as usize] = true;
        firsts[first.to_ascii_uppercase() as usize] = true;
        i += 1;
    }
    firsts
};

// ---------------------------------------------------------------------------
// The sentence tails notices print.
// ---------------------------------------------------------------------------

/// What reading a phrase does to the clauses, item by item: the words
/// that only set flags ([`Slots::flags`]) set them together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// Words that set these flags in their clause.
    Flags(u8),
    /// A clause break ([`Item::Break`]).
    Break,
    /// `and` / `et` ([`Item::Join`]).
    Join,
}

/// A fixed phrase of the requirement sentences notices print, from a
/// separator to a separator or the end, and its reading. A test checks
/// each against [`Items`].
struct Phrase {
    text: &'static str,
    /// The phrase as typesetting most often sets it, with typographic
    /// apostrophes and a spaced slash: the spelling the text is compared
    /// with when it is not `text` byte for byte. [`spelt`] matches the
    /// same texts with either, since the two differ only in runs of
    /// separators; the text then differs from it in fewer places.
    typeset: &'static str,
    steps: &'static [Step],
}

/// The lead-ins of the requirement sentences notices print, ended by a
/// separator: read at the start of a text without reading their words,
/// byte for byte or as [`spelt`] matches them.
const LEAD_INS: [Phrase; 2] = [
    Phrase {
        text: "possess the following minimum levels of NATO's official languages (English/French): ",
        typeset: "possess the following minimum levels of NATO\u{2019}s official languages (English / French): ",
        steps: &[Step::Flags(HAS_WORDS | ENGLISH | FRENCH), Step::Break],
    },
    Phrase {
        text: "avoir au minimum le niveau de comp\u{e9}tence ",
        typeset: "avoir au minimum le niveau de comp\u{e9}tence ",
        steps: &[Step::Flags(HAS_WORDS)],
    },
];

/// The phrases that follow a first level to the second level, longest
/// first where one starts another.
const BETWEEN: [Phrase; 4] = [
    Phrase {
        text: " dans l'une des deux langues officielles de l'OTAN (anglais/fran\u{e7}ais), et le niveau ",
        typeset: " dans l\u{2019}une des deux langues officielles de l\u{2019}OTAN (anglais / fran\u{e7}ais), et le niveau ",
        steps: &[
            Step::Flags(HAS_WORDS | ONE | BOTH | ENGLISH | FRENCH),
            Step::Break,
            Step::Join,
            Step::Flags(HAS_WORDS),
        ],
    },
    Phrase {
        text: " in one; and ",
        typeset: " in one; and ",
        steps: &[Step::Flags(HAS_WORDS | ONE), Step::Break, Step::Join],
    },
    Phrase {
        text: " in one; ",
        typeset: " in one; ",
        steps: &[Step::Flags(HAS_WORDS | ONE), Step::Break],
    },
    Phrase {
        text: " in one and level ",
        typeset: " in one and level ",
        steps: &[
            Step::Flags(HAS_WORDS | ONE),
            Step::Join,
            Step::Flags(HAS_WORDS),
        ],
    },
];

/// The phrases that end a sentence after its second level, with the
/// breaks notices end it with: the rest of the text is one of them.
const AFTER: [Phrase; 10] = {
    const OTHER_WORDS: &[Step] = &[Step::Flags(HAS_WORDS | OTHER)];
    const OTHER_THEN_BREAK: &[Step] = &[Step::Flags(HAS_WORDS | OTHER), Step::Break];
    [
        Phrase {
            text: " in the other",
            typeset: " in the other",
            steps: OTHER_WORDS,
        },
        Phrase {
            text: " in the other.",
            typeset: " in the other.",
            steps: OTHER_THEN_BREAK,
        },
        Phrase {
            text: " in the other;",
            typeset: " in the other;",
            steps: OTHER_THEN_BREAK,
        },
        Phrase {
            text: " in the other .",
            typeset: " in the other .",
            steps: OTHER_THEN_BREAK,
        },
        Phrase {
            text: " in the other ;",
            typeset: " in the other ;",
            steps: OTHER_THEN_BREAK,
        },
        Phrase {
            text: " dans l'autre",
            typeset: " dans l\u{2019}autre",
            steps: OTHER_WORDS,
        },
        Phrase {
            text: " dans l'autre.",
            typeset: " dans l\u{2019}autre.",
            steps: OTHER_THEN_BREAK,
        },
        Phrase {
            text: " dans l'autre;",
            typeset: " dans l\u{2019}autre;",
            steps: OTHER_THEN_BREAK,
        },
        Phrase {
            text: " dans l'autre .",
            typeset: " dans l\u{2019}autre .",
            steps: OTHER_THEN_BREAK,
        },
        Phrase {
            text: " dans l'autre ;",
            typeset: " dans l\u{2019}autre ;",
            steps: OTHER_THEN_BREAK,
        },
    ]
};

/// The steps of a phrase of [`BETWEEN`] or [`AFTER`] as taken at once:
/// their flags, then a break, then a join, each when there is one, then
/// more flags, the order in which those phrases give them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Taken {
    flags: u8,
    then_break: bool,
    then_join: bool,
    last_flags: u8,
}

impl Taken {
    /// The steps `steps` as taken at once; a phrase whose steps come in
    /// another order fails to compile.
    const fn of(steps: &[Step]) -> Self {
        let mut taken = Self {
            flags: 0,
            then_break: false,
            then_join: false,
            last_flags: 0,
        };
        let mut i = 0;
        while i < steps.len() {
            match steps[i] {
                Step::Flags(flags) if taken.then_join => taken.last_flags |= flags,
                Step::Flags(flags) if !taken.then_break => taken.flags |= flags,
                Step::Break if !taken.then_break && !taken.then_join => taken.then_break = true,
                Step::Join if !taken.then_join => taken.then_join = true,
                _ => panic!("steps in an order `Taken` does not keep"),
            }
            i += 1;
        }
        taken
    }

    /// [`Self::of`] each phrase's steps.
    const fn all<const N: usize>(phrases: &[Phrase; N]) -> [Self; N] {
        let mut all = [Self::of(&[]); N];
        let mut i = 0;
        while i < N {
            all[i] = Self::of(phrases[i].steps);
            i += 1;
        }
        all
    }
}

/// The steps of each phrase of [`BETWEEN`], taken at once.
static BETWEEN_TAKEN: [Taken; 4] = Taken::all(&BETWEEN);

/// The steps of each phrase of [`AFTER`], taken at once.
static AFTER_TAKEN: [Taken; 10] = Taken::all(&AFTER);

/// The quotes around a level's name after its numeral: `("Advanced")`,
/// `(“Advanced”)`, `(« avancé »)`, the guillemets also with no-break
/// spaces, narrow or not, or none; English quotes first.
const QUOTES: [(&str, &str); 6] = [
    (" (\"", "\")"),
    (" (\u{201C}", "\u{201D})"),
    (" (\u{ab} ", " \u{bb})"),
    (" (\u{ab}\u{a0}", "\u{a0}\u{bb})"),
    (" (\u{ab}\u{202f}", "\u{202f}\u{bb})"),
    (" (\u{ab}", "\u{bb})"),
];

/// How many of [`QUOTES`] are English quotes, which hold English names
/// (the guillemets after them hold French ones).
const ENGLISH_QUOTES: usize = 2;

/// The rest of a requirement sentence from the end of its first numeral,
/// when it is one the notices print: that numeral, optionally its name
/// quoted, a phrase of [`BETWEEN`], the second numeral, optionally its
/// name, and a phrase of [`AFTER`] that ends the text, each printed as
/// the notices print it or spelt as [`spelt`] matches it. Reading such a
/// tail word by word gives the items [`Sentence::take_tail`] takes (the
/// tests read every tail both ways), so it is not read again.
struct Tail {
    levels: [Proficiency; 2],
    /// Whether each level's name follows its numeral.
    named: [bool; 2],
    between: Taken,
    after: Taken,
}

impl Tail {
    /// `false` when `text` does not end as a phrase of [`AFTER`] does, so
    /// that no part of it is a tail: a look at its last byte.
    #[inline(always)]
    fn may_end(text: &[u8]) -> bool {
        matches!(text.last(), Some(b'r' | b'e' | b'.' | b';'))
    }

    /// The tail of `bytes` after its first numeral, `level`, which ends at
    /// `at`; `None` for any other text. Each part is first matched byte
    /// for byte, as the notices print it, and only where that fails as
    /// [`spelt`] matches it: a tail set with other apostrophes, quotes or
    /// spaces is read on from the parts printed as the notices print them.
    #[inline(never)]
    fn read(bytes: &[u8], at: usize, level: Proficiency) -> Option<Self> {
        let rest = bytes.get(at..)?;
        let (first_named, rest) = Self::name(rest, level);
        let (between, second, rest) = match Self::between(rest, |phrase| phrase.text) {
            Some(found) => found,
            None => Self::between_alike(rest)?,
        };
        let (second_named, rest) = Self::name(rest, second);
        let after = match AFTER
            .iter()
            .zip(AFTER_TAKEN)
            .find(|(phrase, _)| phrase.text.as_bytes() == rest)
        {
            Some((_, taken)) => taken,
            None => Self::after_alike(rest)?,
        };
        Some(Self {
            levels: [level, second],
            named: [first_named, second_named],
            between,
            after,
        })
    }

    /// The steps of the phrase of [`BETWEEN`] that `rest` starts with byte
    /// for byte, in the spelling `spelling` gives, the level whose
    /// canonical numeral follows it, and what follows that numeral.
    #[inline(always)]
    fn between(
        rest: &[u8],
        spelling: impl Fn(&Phrase) -> &'static str,
    ) -> Option<(Taken, Proficiency, &[u8])> {
        let (steps, rest) = BETWEEN
            .iter()
            .zip(BETWEEN_TAKEN)
            .find_map(|(phrase, taken)| {
                rest.strip_prefix(spelling(phrase).as_bytes())
                    .map(|after| (taken, after))
            })?;
        let (level, rest) = Self::numeral(rest)?;
        Some((steps, level, rest))
    }

    /// [`Self::between`] with the phrase matched as [`spelt`] matches it
    /// (compared with its [`Phrase::typeset`] spelling), the first of
    /// [`BETWEEN`] that is: when it is not there byte for
    /// byte, or when it is but no numeral follows (a phrase that ends with
    /// a space then takes the separators after it, and a longer phrase
    /// may be spelt there).
    #[cold]
    #[inline(never)]
    fn between_alike(rest: &[u8]) -> Option<(Taken, Proficiency, &[u8])> {
        // As typesetting most often sets it, byte for byte: what the
        // comparison below finds there, at less cost.
        if let Some(found) = Self::between(rest, |phrase| phrase.typeset) {
            return Some(found);
        }
        let (steps, rest) = BETWEEN
            .iter()
            .zip(BETWEEN_TAKEN)
            .find_map(|(phrase, taken)| {
                let end = spelt(phrase.typeset.as_bytes(), rest, true)?;
                Some((taken, rest.get(end..)?))
            })?;
        let (level, rest) = Self::numeral(rest)?;
        Some((steps, level, rest))
    }

    /// The level of the canonical numeral `rest` starts with, up to the
    /// first byte that is not an ASCII capital, and what follows it.
    #[inline(always)]
    fn numeral(rest: &[u8]) -> Option<(Proficiency, &[u8])> {
        let numeral = rest.iter().position(|&b| !b.is_ascii_uppercase())?;
        let level = canonical_level(rest.get(..numeral)?)?;
        Some((level, rest.get(numeral..)?))
    }

    /// Whether `rest` starts with the quoted name of `level`, and what
    /// follows it: quoted as [`QUOTES`] quote it or else as
    /// [`Self::name_alike`] finds it.
    #[inline(always)]
    fn name(rest: &[u8], level: Proficiency) -> (bool, &[u8]) {
        if rest.first() == Some(&b' ') && rest.get(1) == Some(&b'(') {
            for (quotes, (open, close)) in QUOTES.into_iter().enumerate() {
                // The quotes differ in their last byte: it is compared first.
                let last = open.len() - 1;
                if rest.get(last) != open.as_bytes().get(last) {
                    continue;
                }
                let Some(quoted) = rest.strip_prefix(open.as_bytes()) else {
                    continue;
                };
                // English quotes, then French guillemets: the language of
                // the name first.
                let first = if quotes < ENGLISH_QUOTES {
                    OfficialLanguage::English
                } else {
                    OfficialLanguage::French
                };
                for lang in [first, first.other()] {
                    if let Some(after) = quoted
                        .strip_prefix(level.label(lang).as_bytes())
                        .and_then(|after| after.strip_prefix(close.as_bytes()))
                    {
                        return (true, after);
                    }
                }
            }
        }
        // A bracket among the first eight bytes: a name quoted otherwise.
        if has_byte(chunk_at(rest, 0), b'(')
            && let Some(after) = Self::name_alike(rest, level)
        {
            return (true, after);
        }
        (false, rest)
    }

    /// What follows the name of `level` in `rest` when `rest` starts with
    /// separators, then one of the names of `level` as [`spelt`] matches
    /// it, then no more of a word; the separators after the name are left
    /// to the phrase that follows.
    #[cold]
    #[inline(never)]
    fn name_alike(rest: &[u8], level: Proficiency) -> Option<&[u8]> {
        let start = separators_end(rest, 0);
        let name = rest.get(start..).filter(|_| start > 0)?;
        OfficialLanguage::ALL.into_iter().find_map(|lang| {
            let end = spelt(level.label(lang).as_bytes(), name, false)?;
            (!may_start_word(name, end)).then(|| name.get(end..))?
        })
    }

    /// The steps of `rest` when it is not one of [`AFTER`] byte for byte
    /// but reads as one: `in the other` or `dans l'autre` as [`spelt`]
    /// matches them (compared with their [`Phrase::typeset`] spellings),
    /// then only separators and clause breaks, of which
    /// the first ends the clause and the others find it empty.
    #[cold]
    #[inline(never)]
    fn after_alike(rest: &[u8]) -> Option<Taken> {
        // As typesetting most often sets it, byte for byte: what the
        // comparison below finds there, at less cost.
        if let Some((_, taken)) = AFTER
            .iter()
            .zip(AFTER_TAKEN)
            .find(|(phrase, _)| phrase.typeset.as_bytes() == rest)
        {
            return Some(taken);
        }
        let [words, with_break] = [AFTER_TAKEN[0], AFTER_TAKEN[1]];
        let end = [&AFTER[0], &AFTER[5]]
            .into_iter()
            .find_map(|phrase| spelt(phrase.typeset.as_bytes(), rest, true))?;
        if may_start_word(rest, end) {
            return None;
        }
        let mut breaks = false;
        let mut at = end;
        while at < rest.len() {
            let next = separators_end(rest, at);
            match rest.get(next) {
                Some(&b) if CLASSES[usize::from(b)] == C_BREAK => {
                    breaks = true;
                    at = next + 1;
                }
                Some(_) => return None,
                None => at = next,
            }
        }
        Some(if breaks { with_break } else { words })
    }
}

/// The level written as its canonical numeral, `I` to `VI`.
fn canonical_level(numeral: &[u8]) -> Option<Proficiency> {
    match numeral {
        b"I" => Some(Proficiency::I),
        b"II" => Some(Proficiency::II),
        b"III" => Some(Proficiency::III),
        b"IV" => Some(Proficiency::IV),
        b"V" => Some(Proficiency::V),
        b"VI" => Some(Proficiency::VI),
        _ => None,
    }
}

/// How many bytes `a` and `b` share at their start, compared eight at a
/// time.
#[inline(always)]
fn common_len(a: &[u8], b: &[u8]) -> usize {
    let len = a.len().min(b.len());
    let (a, b) = (
        a.get(..len).unwrap_or_default(),
        b.get(..len).unwrap_or_default(),
    );
    let word = |chunk: &[u8]| <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
    let mut at = 0;
    for (x, y) in a.chunks_exact(8).zip(b.chunks_exact(8)) {
        let differ = word(x) ^ word(y);
        if differ != 0 {
            return at + differ.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    if len >= 8 {
        // The last eight bytes, of which those before `at` are known equal.
        let last = len - 8;
        let differ = match (a.get(last..), b.get(last..)) {
            (Some(x), Some(y)) => word(x) ^ word(y),
            _ => 0,
        };
        return last + (differ.trailing_zeros() as usize / 8).min(8);
    }
    let rest = a.iter().zip(b).skip(at);
    at + rest.take_while(|(x, y)| x == y).count()
}

/// Where `phrase`, a fixed phrase the notices print (as they print it or
/// as typesetting sets it, [`Phrase::typeset`]), ends in `text`, which
/// starts with it; `None` when it does not. `after_word` tells whether a
/// word may end just before `text` (when `phrase` starts at a separator,
/// `text` must then start with one too).
///
/// The text may spell the phrase as typesetting varies it: any run of
/// separators ([`separator_len`]: spaces, apostrophes, quotes,
/// guillemets, brackets and slashes of ASCII, no-break spaces, `´`,
/// U+2000..U+203F; characters [`Items`] passes over) for a run of them,
/// none where they stand between a word and a clause break, and ASCII
/// letters in either case. [`Items`] reads such a text as it reads the
/// phrase, so the phrase's items are those of the text. The bytes are
/// compared as they are, and only where they differ does [`spelt_alike`]
/// look at the spelling. When `phrase` ends with a space, the separators
/// of `text` after it are part of the match.
#[inline(always)]
fn spelt(phrase: &[u8], text: &[u8], after_word: bool) -> Option<usize> {
    let same = common_len(phrase, text);
    match (phrase.get(same), text.get(same)) {
        // The whole phrase, unless it ends with a space and more
        // separators follow.
        (None, _) if phrase.last() != Some(&b' ') || separator_len(text, same) == 0 => {
            return Some(same);
        }
        (Some(_), None) => return None,
        // Two letters of one word (not the same letter in two cases) differ.
        (Some(&x), Some(&y))
            if CLASSES[usize::from(x)] & CLASSES[usize::from(y)] & C_WORD != 0 && x ^ y != 0x20 =>
        {
            return None;
        }
        _ => {}
    }
    spelt_alike(phrase, text, same, after_word)
}

/// [`spelt`] from the first `same` bytes, which `phrase` and `text` share,
/// where the bytes differ: runs of separators are passed over in both,
/// unless that would join two words of the text or part one of the
/// phrase, and ASCII letters compared in either case; then the bytes are
/// compared again up to the next difference.
#[inline(always)]
fn spelt_alike(phrase: &[u8], text: &[u8], same: usize, after_word: bool) -> Option<usize> {
    let (p, t) = (phrase, text);
    let (mut i, mut j) = (same, same);
    loop {
        // Back to the start of the character where they differ: the bytes
        // up to it are the same, so it starts a character in both (the
        // phrase may spell a separator with more than one byte).
        while i > 0 && p.get(i).is_some_and(|&b| b & 0xC0 == 0x80) {
            i -= 1;
            j -= 1;
        }
        let Some(&x) = p.get(i) else {
            return Some(if p.last() == Some(&b' ') {
                separators_end(t, j)
            } else {
                j
            });
        };
        let p_run = separators_end(p, i);
        let t_run = separators_end(t, j);
        if p_run > i || t_run > j {
            // No separator in the text where the phrase has one between
            // two words, or one where the phrase has none inside a word.
            if (p_run == i || t_run == j)
                && (if i == 0 { after_word } else { ends_word(p, i) })
                && (p_run > i && may_start_word(t, j) || p_run == i && may_start_word(p, i))
            {
                return None;
            }
            i = p_run;
            j = t_run;
        } else {
            match t.get(j) {
                Some(&y) if x ^ y == 0x20 && x.is_ascii_alphabetic() && y.is_ascii_alphabetic() => {
                    i += 1;
                    j += 1;
                }
                _ => return None,
            }
        }
        let same = common_len(p.get(i..)?, t.get(j..)?);
        i += same;
        j += same;
    }
}

/// Whether one of the eight bytes of `chunk` is `b`.
#[inline(always)]
fn has_byte(chunk: u64, b: u8) -> bool {
    crate::text::zero_bytes(chunk ^ crate::text::every_byte(b)) != 0
}

/// The length of the separator at `at` in `bytes`, 0 when none is there:
/// an ASCII byte [`Items`] passes over, or a no-break space, `«`, `»`,
/// `´` or a character of U+2000..U+203F (spaces, dashes, quotes,
/// apostrophes), which it passes over too. Other characters outside ASCII
/// count as none (where a separator is needed, the text is then not the
/// phrase).
#[inline(always)]
fn separator_len(bytes: &[u8], at: usize) -> usize {
    match bytes.get(at) {
        Some(&b) if b.is_ascii() => usize::from(CLASSES[usize::from(b)] == 0),
        Some(&b) => separator_len_outside_ascii(b, bytes.get(at + 1)),
        None => 0,
    }
}

/// [`separator_len`] of a character outside ASCII whose first byte is
/// `first`, then `second`.
#[inline(always)]
fn separator_len_outside_ascii(first: u8, second: Option<&u8>) -> usize {
    match (first, second) {
        (0xC2, Some(0xA0 | 0xAB | 0xB4 | 0xBB)) => 2,
        (0xE2, Some(0x80)) => 3,
        _ => 0,
    }
}

/// The end of the run of separators ([`separator_len`]) at `at` in
/// `bytes`: `at` itself when none is there.
#[inline(always)]
fn separators_end(bytes: &[u8], mut at: usize) -> usize {
    loop {
        match separator_len(bytes, at) {
            0 => return at,
            len => at += len,
        }
    }
}

/// Whether a word may start at `at` in `bytes`: an ASCII letter or digit,
/// or any character outside ASCII that is not a separator
/// ([`separator_len`]); not a break nor the end.
#[inline(always)]
fn may_start_word(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at) {
        None => false,
        Some(&b) if b.is_ascii() => CLASSES[usize::from(b)] & C_WORD != 0,
        Some(_) => separator_len(bytes, at) == 0,
    }
}

/// Whether the character of `bytes` that ends at `at` (after 0) may belong
/// to a word: neither a separator ([`separator_len`]) nor a break.
#[inline(always)]
fn ends_word(bytes: &[u8], at: usize) -> bool {
    let mut start = at.saturating_sub(1);
    while start > 0 && bytes.get(start).is_some_and(|&b| b & 0xC0 == 0x80) {
        start -= 1;
    }
    may_start_word(bytes, start)
}

/// The flags of a clause with the marker `marker`.
const fn marker_flags(marker: Marker) -> u8 {
    HAS_WORDS
        | match marker {
            Marker::One => ONE,
            Marker::Other => OTHER,
            Marker::Both => BOTH,
        }
}

/// The flags of a clause that names `lang`.
const fn language_flags(lang: OfficialLanguage) -> u8 {
    HAS_WORDS
        | match lang {
            OfficialLanguage::English => ENGLISH,
            OfficialLanguage::French => FRENCH,
        }
}

/// `true` when `chunk` starts with a no-break space, `«` or `»`.
#[inline(always)]
fn is_latin1_separator(chunk: u64) -> bool {
    chunk as u8 == 0xC2 && matches!((chunk >> 8) as u8, 0xA0 | 0xAB | 0xBB)
}

/// The flags a word of one to eight ASCII letters at the start of `chunk`
/// sets in its clause: [`HAS_WORDS`] for a word outside the vocabulary,
/// [`Slots::flags`] for a word of it (0 when it means more than flags).
#[inline(always)]
fn vocabulary_flags(chunk: u64, len: usize) -> u8 {
    let key = pack_chunk(chunk, len);
    let slot = slot_of(key, SLOTS.multiplier);
    if SLOTS.keys.get(slot) == Some(&key) {
        SLOTS.flags.get(slot).copied().unwrap_or_default()
    } else {
        HAS_WORDS
    }
}

/// Reads the word at `at` of `bytes` when it is made of ASCII letters and
/// digits and Latin-1 letters that fold to ASCII ([`LATIN1_FOLDS`]), is
/// ended by ASCII or the end and fits a key: its end, its folded and
/// packed form ([`pack`], [`WordKey`]), its length in characters and
/// whether it has a letter outside ASCII. `None` for any other word, and
/// at anything else.
fn fold_word(bytes: &[u8], mut at: usize) -> Option<(usize, u128, usize, bool)> {
    // The folded word, with room for a last chunk of eight past its end;
    // zeros after the word.
    let mut folded = [0; WORD_KEY_CAPACITY + 8];
    let mut len = 0;
    let mut outside_ascii = false;
    loop {
        let chunk = chunk_at(bytes, at);
        let ascii = ascii_word_bytes(chunk);
        if ascii > 0 {
            let slot = folded.get_mut(len..len + 8)?;
            slot.copy_from_slice(&pack_chunk(chunk, ascii).to_le_bytes()[..8]);
            len += ascii;
            at += ascii;
            if ascii == 8 {
                continue;
            }
        }
        let after = (chunk >> (8 * (ascii & 7))) as u8;
        if after.is_ascii() {
            break;
        }
        if after != 0xC3 {
            return None;
        }
        *folded.get_mut(len)? = latin1_fold(bytes.get(at + 1))?;
        len += 1;
        at += 2;
        outside_ascii = true;
    }
    let key = <[u8; WORD_KEY_CAPACITY]>::try_from(folded.get(..WORD_KEY_CAPACITY)?).ok()?;
    (len > 0 && len <= WORD_KEY_CAPACITY).then_some((
        at,
        u128::from_le_bytes(key),
        len,
        outside_ascii,
    ))
}

/// The packed form of the next word of `bytes` from `at` when it is read
/// by [`fold_word`] after separators that need no decoding, and its end;
/// `Some(None)` when a clause break comes first; `None` when
/// [`Items::next_word_key`] must tell.
fn quick_next_word_key(bytes: &[u8], mut at: usize) -> Option<Option<(u128, usize)>> {
    loop {
        let &b = bytes.get(at)?;
        let class = CLASSES[usize::from(b)];
        if class & C_WORD != 0 {
            break;
        }
        if class & C_BREAK != 0 {
            return Some(None);
        }
        at += match (b, bytes.get(at + 1)) {
            _ if class & C_OTHER == 0 => 1,
            // No-break space, `«`, `»`.
            (0xC2, Some(0xA0 | 0xAB | 0xBB)) => 2,
            // U+2000..U+203F: spaces, dashes, quotes, apostrophes.
            (0xE2, Some(0x80)) => 3,
            _ => return None,
        };
    }
    let chunk = chunk_at(bytes, at);
    let letters = letter_bytes(chunk);
    let after = (chunk >> (8 * (letters & 7))) as u8;
    if letters.wrapping_sub(1) < 7 && CLASSES[usize::from(after)] & (C_WORD | C_OTHER) == 0 {
        return Some(Some((pack_chunk(chunk, letters), at + letters)));
    }
    let (end, key, _, _) = fold_word(bytes, at)?;
    Some(Some((key, end)))
}

/// `true` when the first `len` bytes of `chunk` are all `i`, `v` or `x`
/// (in either case).
#[inline(always)]
fn numeral_letters(chunk: u64, len: usize) -> bool {
    chunk.to_le_bytes()[..len.min(8)]
        .iter()
        .all(|&b| CLASSES[usize::from(b)] & C_NUMERAL != 0)
}

impl FromStr for LanguageRequirement {
    type Err = ParseLanguageRequirementError;

    /// Reads the sentence clause by clause (clauses end at `;`, `,`, `:`,
    /// `.` and at `and` / `et`). Each clause gives at most one level, as a
    /// numeral or digit, optionally with its quoted name, or as a name
    /// alone, and places it with `in one` / `dans l'une`, `in the other` /
    /// `dans l'autre`, a language name (`in French`, `en anglais`) or `in
    /// both` / `dans les deux langues`. Other words (lead-ins, `Level`,
    /// `niveau`) are ignored.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_clauses(s, Sentence::read(s))
    }
}

impl LanguageRequirement {
    /// The requirement `s` states, from its clauses as [`Sentence::read`]
    /// gives them.
    #[inline(always)]
    fn from_clauses(
        s: &str,
        read: Result<(Gatherer, Clause), Span>,
    ) -> Result<Self, ParseLanguageRequirementError> {
        use ParseLanguageRequirementError as E;
        let (gatherer, clause) = match read {
            Ok(read) => read,
            Err(word) => {
                return Err(E::InvalidLevel {
                    input: s.to_owned(),
                    level: word.of(s).to_owned(),
                });
            }
        };
        let mut gatherer = gatherer;
        gatherer.finish(clause);

        let found = if gatherer.numerals.count > 0 {
            &gatherer.numerals
        } else {
            &gatherer.names
        };
        let fault = |fault| match fault {
            Fault::Conflicting => E::ConflictingLevel(s.to_owned()),
            Fault::Ambiguous => E::Ambiguous(s.to_owned()),
        };
        let [a, b] = &found.clauses;
        match found.count {
            0 => Err(E::NoLevel(s.to_owned())),
            1 => {
                let level = a.level().map_err(fault)?;
                match a.slot() {
                    Slot::Both => Ok(Self::both(level)),
                    _ => Err(E::MissingOther(s.to_owned())),
                }
            }
            2 => {
                let a = (a.level().map_err(fault)?, a.slot());
                let b = (b.level().map_err(fault)?, b.slot());
                Self::from_pair(a, b).ok_or_else(|| E::Ambiguous(s.to_owned()))
            }
            _ => Err(E::TooManyLevels(s.to_owned())),
        }
    }
}

serde_via_str!(
    LanguageRequirement,
    "a language requirement such as \"V in one; II in the other\", \"VI in French; I in English\" or \"VI in both\""
);

// ---------------------------------------------------------------------------
// A person's levels and the result of a check.
// ---------------------------------------------------------------------------

/// A person's levels in the two official languages; `None` when not known
/// (or none).
///
/// Display always names both languages, English first, with `-` for an
/// unknown level: `English V; French -`. Parsing accepts the languages in
/// either order, in English or French or as ISO codes (`EN V / FR II`,
/// `français : II ; anglais : V`), a level in any form
/// [`Proficiency`] accepts, and `-` or nothing for an unknown level. A level
/// must follow its language: a bare `V/II` is rejected, because notices do
/// not agree on which language comes first.
///
/// ```
/// use nato_post::{LanguageProfile, OfficialLanguage, Proficiency};
///
/// let person: LanguageProfile = "EN V / FR II".parse()?;
/// assert_eq!(person, LanguageProfile::new(Some(Proficiency::V), Some(Proficiency::II)));
/// assert_eq!(person.to_string(), "English V; French II");
/// assert_eq!(person.level(OfficialLanguage::French), Some(Proficiency::II));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct LanguageProfile {
    /// The level in English, `None` when unknown.
    pub english: Option<Proficiency>,
    /// The level in French, `None` when unknown.
    pub french: Option<Proficiency>,
}

impl LanguageProfile {
    /// A profile with these levels.
    ///
    /// ```
    /// use nato_post::{LanguageProfile, Proficiency};
    /// let person = LanguageProfile::new(Some(Proficiency::VI), None);
    /// assert_eq!(person.to_string(), "English VI; French -");
    /// ```
    pub const fn new(english: Option<Proficiency>, french: Option<Proficiency>) -> Self {
        Self { english, french }
    }

    /// The level in `lang`, `None` when unknown.
    ///
    /// ```
    /// use nato_post::{LanguageProfile, OfficialLanguage, Proficiency};
    /// let person = LanguageProfile::new(Some(Proficiency::VI), None);
    /// assert_eq!(person.level(OfficialLanguage::English), Some(Proficiency::VI));
    /// assert_eq!(person.level(OfficialLanguage::French), None);
    /// ```
    pub const fn level(&self, lang: OfficialLanguage) -> Option<Proficiency> {
        match lang {
            OfficialLanguage::English => self.english,
            OfficialLanguage::French => self.french,
        }
    }
}

impl fmt::Display for LanguageProfile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = |level: Option<Proficiency>| level.map_or("-", Proficiency::as_str);
        write!(
            f,
            "English {}; French {}",
            level(self.english),
            level(self.french)
        )
    }
}

/// The error returned when a string is not a language profile.
///
/// ```
/// use nato_post::LanguageProfile;
/// let err = "V/II".parse::<LanguageProfile>().unwrap_err();
/// assert_eq!(err.to_string(), r#"level without a language in language profile "V/II""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseLanguageProfileError {
    /// Neither language is named.
    #[error("no language named in language profile {0:?}")]
    NoLanguage(String),
    /// A level comes before any language.
    #[error("level without a language in language profile {0:?}")]
    MissingLanguage(String),
    /// A language is named twice.
    #[error("language named twice in language profile {0:?}")]
    RepeatedLanguage(String),
    /// A word that looks like a level is not on the scale (`VII`, `0`).
    #[error("invalid proficiency level {level:?} in language profile {input:?}")]
    InvalidLevel {
        /// The whole text that was parsed.
        input: String,
        /// The word that is not a level.
        level: String,
    },
    /// Two different levels for one language.
    #[error("conflicting proficiency levels in language profile {0:?}")]
    ConflictingLevel(String),
    /// A word that is neither a language nor a level.
    #[error("unexpected word {word:?} in language profile {input:?}")]
    UnexpectedWord {
        /// The whole text that was parsed.
        input: String,
        /// The word that was not understood.
        word: String,
    },
}

impl FromStr for LanguageProfile {
    type Err = ParseLanguageProfileError;

    /// Reads `language level` pairs separated by anything (`;`, `,`, `/`,
    /// `and`); see [`LanguageProfile`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        use ParseLanguageProfileError as E;
        #[derive(Clone, Copy, Default)]
        struct Levels {
            named: bool,
            numeral: Option<Proficiency>,
            name: Option<Proficiency>,
            conflict: bool,
        }
        let mut levels = [Levels::default(); 2];
        let mut current = None;
        for item in Items::new(s) {
            let level = match item {
                Item::Language(lang) | Item::LanguageCode(lang) => {
                    let slot = &mut levels[lang as usize];
                    if slot.named {
                        return Err(E::RepeatedLanguage(s.to_owned()));
                    }
                    slot.named = true;
                    current = Some(lang);
                    continue;
                }
                Item::Numeral(level) | Item::Name(level) => level,
                Item::Filler | Item::Break | Item::Join => continue,
                Item::BadNumeral(word) => {
                    return Err(E::InvalidLevel {
                        input: s.to_owned(),
                        level: word.of(s).to_owned(),
                    });
                }
                Item::Marker(_, word) | Item::Word(word) => {
                    return Err(E::UnexpectedWord {
                        input: s.to_owned(),
                        word: word.of(s).to_owned(),
                    });
                }
            };
            let Some(lang) = current else {
                return Err(E::MissingLanguage(s.to_owned()));
            };
            let slot = &mut levels[lang as usize];
            let kept = if matches!(item, Item::Numeral(_)) {
                &mut slot.numeral
            } else {
                &mut slot.name
            };
            slot.conflict |= kept.is_some_and(|k| k != level);
            *kept = Some(level);
        }
        if !levels.iter().any(|l| l.named) {
            return Err(E::NoLanguage(s.to_owned()));
        }
        let mut profile = Self::default();
        for (lang, l) in OfficialLanguage::ALL.into_iter().zip(levels) {
            let level = match (l.numeral, l.name) {
                _ if l.conflict => return Err(E::ConflictingLevel(s.to_owned())),
                (Some(n), Some(m)) if n != m => return Err(E::ConflictingLevel(s.to_owned())),
                (numeral, name) => numeral.or(name),
            };
            match lang {
                OfficialLanguage::English => profile.english = level,
                OfficialLanguage::French => profile.french = level,
            }
        }
        Ok(profile)
    }
}

serde_via_str!(
    LanguageProfile,
    "a language profile such as \"English V; French II\""
);

/// The result of [`LanguageRequirement::check`]: met, and in which
/// arrangement, or not met, and by how much.
///
/// ```
/// use nato_post::{LanguageCheck, LanguageRequirement, OfficialLanguage};
///
/// let req: LanguageRequirement = "VI in French; I in English".parse()?;
/// let report = match req.check(&"English VI; French V".parse()?) {
///     LanguageCheck::Met { stronger } => format!("met with {stronger} as the stronger language"),
///     LanguageCheck::NotMet { shortfalls } => shortfalls
///         .iter()
///         .map(|s| format!("{} is {} levels short of {}", s.language(), s.levels_short(), s.required()))
///         .collect::<Vec<_>>()
///         .join("; "),
/// };
/// assert_eq!(report, "French is 1 levels short of VI");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LanguageCheck {
    /// Every minimum is held.
    Met {
        /// The language that carries the higher minimum in the arrangement
        /// that is met. With equal minimums, the person's stronger language
        /// (English when both levels are equal).
        stronger: OfficialLanguage,
    },
    /// At least one minimum is not held.
    NotMet {
        /// What is missing, in the closest arrangement.
        shortfalls: LanguageShortfalls,
    },
}

impl LanguageCheck {
    /// `true` when the requirement is met.
    ///
    /// ```
    /// use nato_post::{LanguageProfile, LanguageRequirement, Proficiency::{II, V}};
    /// let req = LanguageRequirement::either(V, II);
    /// assert!(req.check(&LanguageProfile::new(Some(II), Some(V))).is_met());
    /// assert!(!req.check(&LanguageProfile::new(Some(V), None)).is_met());
    /// ```
    pub const fn is_met(&self) -> bool {
        matches!(self, Self::Met { .. })
    }
}

/// The languages in which a person falls short of a requirement, in one
/// arrangement of its minimums; never empty. Held in fixed fields, so a
/// check never allocates.
///
/// ```
/// use nato_post::{LanguageCheck, LanguageProfile, LanguageRequirement, OfficialLanguage, Proficiency::*};
///
/// let req = LanguageRequirement::either(VI, III);
/// let LanguageCheck::NotMet { shortfalls } = req.check(&LanguageProfile::new(Some(V), Some(I))) else {
///     panic!("not met");
/// };
/// assert_eq!(shortfalls.stronger(), OfficialLanguage::English);
/// assert_eq!(shortfalls.total_levels_short(), 3);
/// assert_eq!(shortfalls.iter().count(), 2);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LanguageShortfalls {
    stronger: OfficialLanguage,
    english: Option<LanguageShortfall>,
    french: Option<LanguageShortfall>,
}

impl LanguageShortfalls {
    /// The language assumed to carry the higher minimum.
    ///
    /// ```
    /// use nato_post::{LanguageCheck, LanguageProfile, LanguageRequirement, OfficialLanguage, Proficiency::*};
    /// let req = LanguageRequirement::named(I, VI);
    /// let LanguageCheck::NotMet { shortfalls } = req.check(&LanguageProfile::new(Some(VI), Some(V))) else {
    ///     panic!("not met");
    /// };
    /// assert_eq!(shortfalls.stronger(), OfficialLanguage::French);
    /// ```
    pub const fn stronger(&self) -> OfficialLanguage {
        self.stronger
    }

    /// The shortfall in `lang`, `None` when its minimum is held.
    ///
    /// ```
    /// use nato_post::{LanguageCheck, LanguageProfile, LanguageRequirement, OfficialLanguage, Proficiency::*};
    /// let req = LanguageRequirement::both(IV);
    /// let LanguageCheck::NotMet { shortfalls } = req.check(&LanguageProfile::new(Some(IV), None)) else {
    ///     panic!("not met");
    /// };
    /// assert_eq!(shortfalls.get(OfficialLanguage::English), None);
    /// assert_eq!(shortfalls.get(OfficialLanguage::French).map(|s| s.levels_short()), Some(4));
    /// ```
    pub const fn get(&self, lang: OfficialLanguage) -> Option<LanguageShortfall> {
        match lang {
            OfficialLanguage::English => self.english,
            OfficialLanguage::French => self.french,
        }
    }

    /// The shortfalls, English first.
    ///
    /// ```
    /// use nato_post::{LanguageCheck, LanguageProfile, LanguageRequirement, Proficiency::*};
    /// let req = LanguageRequirement::both(VI);
    /// let LanguageCheck::NotMet { shortfalls } = req.check(&LanguageProfile::default()) else {
    ///     panic!("not met");
    /// };
    /// assert_eq!(shortfalls.iter().map(|s| s.levels_short()).sum::<u8>(), 12);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = LanguageShortfall> {
        self.english.into_iter().chain(self.french)
    }

    /// The levels missing in both languages together.
    ///
    /// ```
    /// use nato_post::{LanguageCheck, LanguageProfile, LanguageRequirement, Proficiency::*};
    /// let req = LanguageRequirement::either(V, II);
    /// let LanguageCheck::NotMet { shortfalls } = req.check(&LanguageProfile::new(Some(IV), Some(I))) else {
    ///     panic!("not met");
    /// };
    /// assert_eq!(shortfalls.total_levels_short(), 2);
    /// ```
    pub fn total_levels_short(&self) -> u8 {
        self.iter().map(|s| s.levels_short).sum()
    }
}

/// How far a person's level in one language falls below a minimum.
///
/// ```
/// use nato_post::{LanguageCheck, LanguageProfile, LanguageRequirement, OfficialLanguage, Proficiency::*};
/// let req = LanguageRequirement::named(V, III);
/// let LanguageCheck::NotMet { shortfalls } = req.check(&LanguageProfile::new(Some(V), Some(I))) else {
///     panic!("not met");
/// };
/// let french = shortfalls.get(OfficialLanguage::French).expect("short in French");
/// assert_eq!(french.language(), OfficialLanguage::French);
/// assert_eq!(french.required(), III);
/// assert_eq!(french.held(), Some(I));
/// assert_eq!(french.levels_short(), 2);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LanguageShortfall {
    language: OfficialLanguage,
    required: Proficiency,
    held: Option<Proficiency>,
    levels_short: u8,
}

impl LanguageShortfall {
    /// The shortfall when `held` is below `required`, else `None`.
    fn new(
        language: OfficialLanguage,
        required: Proficiency,
        held: Option<Proficiency>,
    ) -> Option<Self> {
        let held_level = held.map_or(0, Proficiency::level);
        let levels_short = required
            .level()
            .checked_sub(held_level)
            .filter(|&n| n > 0)?;
        Some(Self {
            language,
            required,
            held,
            levels_short,
        })
    }

    /// The language concerned.
    ///
    /// ```
    /// use nato_post::{LanguageCheck, LanguageProfile, LanguageRequirement, OfficialLanguage, Proficiency::*};
    /// let req = LanguageRequirement::named(II, I);
    /// let LanguageCheck::NotMet { shortfalls } = req.check(&LanguageProfile::new(Some(I), Some(I))) else {
    ///     panic!("not met");
    /// };
    /// assert_eq!(shortfalls.iter().next().map(|s| s.language()), Some(OfficialLanguage::English));
    /// ```
    pub const fn language(&self) -> OfficialLanguage {
        self.language
    }

    /// The minimum required in this language.
    ///
    /// ```
    /// use nato_post::{LanguageCheck, LanguageProfile, LanguageRequirement, Proficiency::*};
    /// let req = LanguageRequirement::both(III);
    /// let LanguageCheck::NotMet { shortfalls } = req.check(&LanguageProfile::new(Some(III), Some(II))) else {
    ///     panic!("not met");
    /// };
    /// assert_eq!(shortfalls.iter().next().map(|s| s.required()), Some(III));
    /// ```
    pub const fn required(&self) -> Proficiency {
        self.required
    }

    /// The level held, `None` when unknown (counted as no level).
    ///
    /// ```
    /// use nato_post::{LanguageCheck, LanguageProfile, LanguageRequirement, Proficiency::*};
    /// let req = LanguageRequirement::both(III);
    /// let LanguageCheck::NotMet { shortfalls } = req.check(&LanguageProfile::new(Some(III), None)) else {
    ///     panic!("not met");
    /// };
    /// assert_eq!(shortfalls.iter().next().map(|s| s.held()), Some(None));
    /// ```
    pub const fn held(&self) -> Option<Proficiency> {
        self.held
    }

    /// How many levels are missing, 1 to 6; an unknown level counts as 0.
    ///
    /// ```
    /// use nato_post::{LanguageCheck, LanguageProfile, LanguageRequirement, Proficiency::*};
    /// let req = LanguageRequirement::both(III);
    /// let LanguageCheck::NotMet { shortfalls } = req.check(&LanguageProfile::new(Some(III), None)) else {
    ///     panic!("not met");
    /// };
    /// assert_eq!(shortfalls.iter().next().map(|s| s.levels_short()), Some(3));
    /// ```
    pub const fn levels_short(&self) -> u8 {
        self.levels_short
    }
}

#[cfg(feature = "proptest")]
mod arbitrary {
    use proptest::arbitrary::{Arbitrary, any};
    use proptest::strategy::{BoxedStrategy, Strategy};

    use super::{
        LanguageCheck, LanguageProfile, LanguageRequirement, LanguageShortfall, LanguageShortfalls,
        Proficiency,
    };

    impl Arbitrary for Proficiency {
        type Parameters = ();
        type Strategy = proptest::sample::Select<Self>;

        fn arbitrary_with((): ()) -> Self::Strategy {
            proptest::sample::select(&Self::ALL[..])
        }
    }

    /// Unordered and named requirements alike; equal levels give `both`.
    impl Arbitrary for LanguageRequirement {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;

        fn arbitrary_with((): ()) -> Self::Strategy {
            (any::<bool>(), any::<Proficiency>(), any::<Proficiency>())
                .prop_map(|(named, a, b)| {
                    if named {
                        Self::named(a, b)
                    } else {
                        Self::either(a, b)
                    }
                })
                .boxed()
        }
    }

    impl Arbitrary for LanguageProfile {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;

        fn arbitrary_with((): ()) -> Self::Strategy {
            (any::<Option<Proficiency>>(), any::<Option<Proficiency>>())
                .prop_map(|(english, french)| Self::new(english, french))
                .boxed()
        }
    }

    /// Results of real checks, so every value is one `check` can return.
    impl Arbitrary for LanguageCheck {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;

        fn arbitrary_with((): ()) -> Self::Strategy {
            (any::<LanguageRequirement>(), any::<LanguageProfile>())
                .prop_map(|(req, profile)| req.check(&profile))
                .boxed()
        }
    }

    impl Arbitrary for LanguageShortfalls {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;

        fn arbitrary_with((): ()) -> Self::Strategy {
            any::<LanguageCheck>()
                .prop_filter_map("requirement met", |check| match check {
                    LanguageCheck::NotMet { shortfalls } => Some(shortfalls),
                    LanguageCheck::Met { .. } => None,
                })
                .boxed()
        }
    }

    impl Arbitrary for LanguageShortfall {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;

        fn arbitrary_with((): ()) -> Self::Strategy {
            any::<LanguageShortfalls>()
                .prop_filter_map("no shortfall", |shortfalls| shortfalls.iter().next())
                .boxed()
        }
    }
}

#[cfg(test)]
mod reference;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_level_printed_with_its_name_reads_as_the_general_reader_reads_it() {
        for level in Proficiency::iter() {
            let printed = format!("{level} (\"{}\")", level.label(OfficialLanguage::English));
            assert_eq!(Proficiency::printed_with_name(&printed), Some(level));
            assert_eq!(Proficiency::from_items(&printed), Ok(level), "{printed}");
        }
        // Anything else is left to the general reader.
        for other in [
            "VI (\"Advanced\")",
            "VI (\"proficiency\")",
            "VI(\"Proficiency\")",
            "VII (\"Proficiency\")",
        ] {
            assert_eq!(Proficiency::printed_with_name(other), None, "{other}");
        }
    }

    fn folded(word: &str) -> String {
        word.chars().map(fold_char).collect()
    }

    /// The items of `s` as the reader gives them and as the first reader
    /// (the oracle) gave them.
    fn both_readings(s: &str) -> (Vec<Item>, Vec<Item>) {
        (Items::new(s).collect(), reference::Items::new(s).collect())
    }

    #[test]
    fn every_vocabulary_word_is_found() {
        for (word, marker) in MARKERS {
            let key = pack(word.as_bytes());
            assert_eq!(key.and_then(Vocabulary::get), Some(Entry::Marker(marker)));
        }
        for (word, lang, code) in LANGUAGE_SPELLINGS {
            let key = pack(word.as_bytes());
            assert_eq!(
                key.and_then(Vocabulary::get),
                Some(Entry::Language(lang, code))
            );
        }
        for word in JOINS {
            assert_eq!(
                pack(word.as_bytes()).and_then(Vocabulary::get),
                Some(Entry::Join)
            );
        }
        for word in FILLERS {
            assert_eq!(
                pack(word.as_bytes()).and_then(Vocabulary::get),
                Some(Entry::Filler)
            );
        }
        for level in Proficiency::ALL {
            for lang in OfficialLanguage::ALL {
                let label = level.label(lang);
                assert_eq!(
                    Items::new(label).collect::<Vec<_>>(),
                    [Item::Name(level)],
                    "{label}"
                );
            }
        }
        assert_eq!(
            SLOTS.keys.iter().filter(|&&k| k != 0).count(),
            VOCABULARY.len
        );
        assert!(VOCABULARY.len * 4 <= SLOTS.keys.len());
        assert_eq!(Vocabulary::get(0), None);
    }

    #[test]
    fn latin1_folds_agree_with_fold_char() {
        for (i, &folded) in LATIN1_FOLDS.iter().enumerate() {
            let c = char::from_u32(0xC0 + i as u32).expect("a Latin-1 letter");
            let mut utf8 = [0; 4];
            let bytes = c.encode_utf8(&mut utf8).as_bytes();
            assert_eq!(bytes[0], 0xC3);
            assert_eq!(latin1_fold(bytes.get(1)), Some(folded).filter(|&f| f != 0));
            if folded == 0 {
                assert!(!fold_char(c).is_ascii(), "{c}");
            } else {
                assert_eq!(fold_char(c), char::from(folded), "{c}");
                assert!(is_word_char(c), "{c}");
            }
        }
    }

    #[test]
    fn characters_read_without_decoding_are_the_right_class() {
        for c in ['\u{a0}', '\u{ab}', '\u{bb}']
            .into_iter()
            .chain((0x2000..=0x203F).filter_map(char::from_u32))
        {
            assert!(!is_word_char(c), "{c:?}");
            let text = format!("a{c}b");
            assert_eq!(both_readings(&text).0, both_readings(&text).1);
        }
    }

    #[test]
    fn words_pack_alike_wherever_they_are() {
        let text = "Intermediate one 0123456789abcdefXYZ Proficiency";
        let mut at = 0;
        for word in text.split(' ') {
            for len in 1..=word.len() {
                let bytes = &text.as_bytes()[at..at + len];
                assert_eq!(
                    pack_at(text.as_bytes(), at, len),
                    pack(bytes),
                    "{word} {len}"
                );
            }
            at += word.len() + 1;
        }
        assert_eq!(pack_at(b"abc", 0, 17), None);
        for text in ["VI", "a Level", "0123456789abcdef", "0123456789abcdefG"] {
            for start in 0..text.len() {
                for len in 1..=text.len() - start {
                    let bytes = &text.as_bytes()[start..start + len];
                    assert_eq!(
                        pack_at(text.as_bytes(), start, len),
                        pack(bytes),
                        "{text} {start} {len}"
                    );
                }
            }
        }
    }

    #[test]
    fn words_bytes_are_counted_eight_at_a_time() {
        for b in 0..=255_u8 {
            let word = CLASSES[usize::from(b)] & C_WORD != 0;
            for at in 0..8 {
                let mut chunk = *b"abcdefgh";
                chunk[at] = b;
                let expected = if word { 8 } else { at };
                let n = ascii_word_bytes(u64::from_le_bytes(chunk));
                assert_eq!(n, expected, "{b:#x} at {at}");
            }
        }
        assert_eq!(ascii_word_bytes(u64::from_le_bytes(*b"Level V ")), 5);
        assert_eq!(ascii_word_bytes(u64::from_le_bytes(*b"09AZaz09")), 8);
        assert_eq!(ascii_word_bytes(u64::from_le_bytes(*b"@[`{/:  ")), 0);
    }

    #[test]
    fn roman_numerals_are_the_levels() {
        for level in Proficiency::ALL {
            assert_eq!(level.as_str().parse(), Ok(level));
            assert_eq!(roman(level.as_str().as_bytes()), Some(level));
            assert_eq!(roman(level.as_str().to_lowercase().as_bytes()), Some(level));
        }
        for word in ["", "iiii", "vii", "x", "ix", "vv", "xi"] {
            assert_eq!(roman(word.as_bytes()), None, "{word}");
        }
    }

    /// The crate's language tests and notice fixtures: texts full of
    /// language sentences, and of everything around them in a notice.
    const TEXTS: [&str; 7] = [
        include_str!("../tests/language.rs"),
        include_str!("../tests/fixtures/vn_bilingual.txt"),
        include_str!("../tests/fixtures/vn_french_only.txt"),
        include_str!("../tests/fixtures/vn_glued_stripped.txt"),
        include_str!("../tests/fixtures/md_export.txt"),
        include_str!("../tests/fixtures/pd_tabbed_en.txt"),
        include_str!("../tests/fixtures/ims_division_title.txt"),
    ];

    #[test]
    fn the_reader_agrees_with_the_oracle_on_the_test_and_notice_texts() {
        for text in TEXTS {
            let (read, oracle) = both_readings(text);
            assert_eq!(read, oracle);
            for line in text.lines() {
                let (read, oracle) = both_readings(line);
                assert_eq!(read, oracle, "{line:?}");
            }
        }
    }

    /// Words and marks of language sentences in many spellings, and
    /// characters whose folding is unusual, to build texts from.
    const SPELLINGS: &[&str] = &[
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
        "i",
        "ii",
        "iii",
        "iv",
        "v",
        "vi",
        "Vi",
        "iV",
        "VII",
        "IIII",
        "X",
        "xiv",
        "IX",
        "İV",
        "\u{130}",
        "\u{212A}",
        "0",
        "1",
        "2",
        "5",
        "6",
        "7",
        "10",
        "55",
        "3333",
        "5a",
        "a5",
        "in",
        "one",
        "ONE",
        "One",
        "une",
        "the",
        "other",
        "OTHER",
        "autre",
        "l'une",
        "l\u{2019}autre",
        "both",
        "each",
        "deux",
        "chacune",
        "English",
        "ENGLISH",
        "anglais",
        "French",
        "french",
        "français",
        "FRANÇAIS",
        "francais",
        "EN",
        "en",
        "FR",
        "fr",
        "and",
        "AND",
        "et",
        "ET",
        "Level",
        "LEVEL",
        "niveau",
        "Niveau",
        "Beginner",
        "débutant",
        "DÉBUTANT",
        "Elementary",
        "élémentaire",
        "Intermediate",
        "intermediate",
        "intermédiaire",
        "INTERMÉDIAIRE",
        "intermediaire",
        "Upper",
        "upper",
        "supérieur",
        "superieur",
        "Advanced",
        "avancé",
        "avance",
        "Proficiency",
        "maîtrise",
        "maitrise",
        "Upper-Intermediate",
        "intermédiaire-supérieur",
        "Advance",
        "Expert",
        "proficiencyproficiency",
        "intermediateintermediate",
        "iiiiiiiiiiiiiiiiiii",
        "ivxivxivxivxivxivx",
        "12345678901234567",
        "dans",
        "des",
        "langues",
        "minimum",
        "avoir",
        "au",
        "le",
        "de",
        "compétence",
        "officielles",
        "OTAN",
        "possess",
        "of",
        "NATO's",
        "ß",
        "é",
        "É",
        "e\u{0301}",
        "\u{0301}",
        "\u{10FFFF}",
        "ǅ",
        "Ω",
        "ﬁ",
        "٣",
        "(",
        ")",
        "«",
        "»",
        "\"",
        "\u{201C}",
        "\u{201D}",
        "'",
        "\u{2019}",
        ";",
        ",",
        ":",
        ".",
        "!",
        "?",
        "/",
        "-",
        "\u{2013}",
        " ",
        "\u{00A0}",
        "\t",
        "\n",
        "",
    ];

    fn spelled_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        (
            proptest::collection::vec(proptest::sample::select(SPELLINGS), 0..24),
            proptest::bool::ANY,
        )
            .prop_map(|(words, tight)| words.join(if tight { "" } else { " " }))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]

        #[test]
        fn words_are_folded_as_they_are_read(word in "[a-zA-Z0-9\u{c0}-\u{ff}\u{152}\u{153}\u{130}\u{212a}]{0,8}[\u{c0}-\u{ff}\u{152}\u{153}\u{130}\u{212a}][a-zA-Z0-9\u{c0}-\u{ff}]{0,12}") {
            let mut items = Items::new(&word);
            let folded = match items.lex() {
                Some(Lexeme::Word { start: 0, shared: 0, end, .. }) if end == word.len() => {
                    items.folded.map(|k| k.as_bytes().to_vec())
                }
                // Not one word: the oracle test compares the items.
                _ => return Ok(()),
            };
            proptest::prop_assert_eq!(folded, WordKey::new(&word).map(|k| k.as_bytes().to_vec()));
            if let Some(key) = items.folded {
                proptest::prop_assert_eq!(Some(key.packed()), pack(key.as_bytes()));
            }
        }

        #[test]
        fn the_reader_agrees_with_the_oracle(s in spelled_text()) {
            let (read, oracle) = both_readings(&s);
            proptest::prop_assert_eq!(read, oracle);
        }

        #[test]
        fn the_reader_agrees_with_the_oracle_on_any_text(s in proptest::prelude::any::<String>()) {
            let (read, oracle) = both_readings(&s);
            proptest::prop_assert_eq!(read, oracle);
        }
    }

    /// The clauses of `s` read item by item from [`Items`], as the parser
    /// first did: the oracle of [`Sentence::read`].
    fn read_by_items(s: &str) -> Result<(Gatherer, Clause), Span> {
        let mut sentence = Sentence::new(s);
        for item in Items::new(s) {
            sentence.take(item)?;
        }
        Ok((sentence.gatherer, sentence.clause))
    }

    /// `s` parsed as a requirement, and as the first parser did.
    fn both_requirements(
        s: &str,
    ) -> (
        Result<LanguageRequirement, ParseLanguageRequirementError>,
        Result<LanguageRequirement, ParseLanguageRequirementError>,
    ) {
        assert_eq!(Sentence::read(s), read_by_items(s), "{s:?}");
        (
            s.parse(),
            LanguageRequirement::from_clauses(s, read_by_items(s)),
        )
    }

    #[test]
    fn sentences_are_read_as_the_items_say() {
        // Found by a proptest: a tail after a lone numeral.
        let found = " I dans l'une des deux langues officielles de l'OTAN (anglais/fran\u{e7}ais), et le niveau IV (\"Upper Intermediate\") in the other";
        let (read, oracle) = both_requirements(found);
        assert_eq!(read, oracle);
        for text in TEXTS {
            let (read, oracle) = both_requirements(text);
            assert_eq!(read, oracle);
            for line in text.lines() {
                let (read, oracle) = both_requirements(line);
                assert_eq!(read, oracle, "{line:?}");
                // Every suffix, so that words meet the end of the text and
                // the end of the copy read eight bytes at a time.
                for (at, _) in line.char_indices().filter(|&(at, _)| at + 40 >= line.len()) {
                    let (read, oracle) = both_requirements(&line[at..]);
                    assert_eq!(read, oracle, "{:?}", &line[at..]);
                }
            }
        }
        for s in [
            "",
            "VI",
            "avoir au minimum le niveau de compétence VI (« maîtrise ») dans l'une des deux \
             langues officielles de l'OTAN (anglais/français), et le niveau III \
             (« intermédiaire ») dans l'autre.",
            "VI (\"Proficiency\") in one; III (\"Intermediate\") in the other.",
            "V (« intermédiaire supérieur ») dans l'une ; III dans l'autre",
            "IV (« intermédiaire » supérieur) dans l'une ; III dans l'autre",
            "intermédiaire\u{a0}supérieur en français, II en anglais",
            "intermédiaire\u{2019}supérieur en français; II en anglais",
            "Upper Intermediate in English; Beginner in French",
            "upper, intermediate in English; beginner in French",
            "VI in both languages",
            "élémentaire dans l'une; maîtrise dans l'autre",
            "INTERMÉDIAIRE DANS L'UNE, AVANCÉ DANS L'AUTRE",
            "ÎV in one; vi in the other",
            "îîî in one; vi in the other",
            "vix in one",
            "VI5 in one; 3 in the other",
            "5a in one; a5 in the other; III",
            "abcdefgh abcdefghijklmnop abcdefghijklmnopq proficiencyx proficiency",
            "iiiiiiii iiiiiiiiiiiiiiiiiii in one",
            "französisch Ω ǅ ß ﬁ İV \u{212a} 3333 VII",
        ] {
            let (read, oracle) = both_requirements(s);
            assert_eq!(read, oracle, "{s:?}");
            // Longer than the copy, and placed at each offset of a chunk.
            for pad in 0..9 {
                let long = format!("{}{s} {s}", " ".repeat(pad) + &"word ".repeat(60));
                let (read, oracle) = both_requirements(&long);
                assert_eq!(read, oracle, "{long:?}");
                let shifted = format!("{}{s}", "x ".repeat(pad));
                let (read, oracle) = both_requirements(&shifted);
                assert_eq!(read, oracle, "{shifted:?}");
            }
        }
    }

    proptest::proptest! {
        // 4096 cases, or as many as `PROPTEST_CASES` asks.
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(
            std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(4096)
        ))]

        #[test]
        fn requirements_are_read_as_the_items_say(s in spelled_text()) {
            let (read, oracle) = both_requirements(&s);
            proptest::prop_assert_eq!(read, oracle);
        }

        #[test]
        fn requirements_are_read_as_the_items_say_on_any_text(s in proptest::prelude::any::<String>()) {
            let (read, oracle) = both_requirements(&s);
            proptest::prop_assert_eq!(read, oracle);
        }

        #[test]
        fn long_requirements_are_read_as_the_items_say(
            words in proptest::collection::vec(proptest::sample::select(SPELLINGS), 20..120),
            tight in proptest::bool::ANY,
        ) {
            let s = words.join(if tight { "" } else { " " });
            let (read, oracle) = both_requirements(&s);
            proptest::prop_assert_eq!(read, oracle);
        }
    }

    /// The steps of `text` read item by item, the words that only set
    /// flags together: what a [`Phrase`] must say.
    fn steps_of(text: &str) -> Vec<Step> {
        let mut steps = Vec::new();
        for item in Items::new(text) {
            let flags = match item {
                Item::Break => {
                    steps.push(Step::Break);
                    continue;
                }
                Item::Join => {
                    steps.push(Step::Join);
                    continue;
                }
                Item::Marker(marker, _) => marker_flags(marker),
                Item::Language(lang) => language_flags(lang),
                Item::LanguageCode(_) | Item::Filler | Item::Word(_) => HAS_WORDS,
                other => panic!("{other:?} in the phrase {text:?}"),
            };
            match steps.last_mut() {
                Some(Step::Flags(last)) => *last |= flags,
                _ => steps.push(Step::Flags(flags)),
            }
        }
        steps
    }

    #[test]
    fn phrases_are_read_as_the_items_say() {
        for phrase in LEAD_INS.iter().chain(&BETWEEN).chain(&AFTER) {
            assert_eq!(steps_of(phrase.text), phrase.steps, "{:?}", phrase.text);
        }
        for phrase in BETWEEN.iter().chain(&AFTER) {
            assert!(phrase.text.starts_with(' '), "{:?}", phrase.text);
        }
        for phrase in &AFTER {
            assert!(Tail::may_end(phrase.text.as_bytes()), "{:?}", phrase.text);
            // Matched as typesetting spells them, they read alike.
            for spelling in [phrase.text, phrase.typeset] {
                let steps = Tail::after_alike(spelling.as_bytes());
                assert_eq!(steps, Some(Taken::of(phrase.steps)), "{spelling:?}");
            }
        }
        for phrase in LEAD_INS.iter().chain(&BETWEEN) {
            assert!(phrase.text.ends_with(' '), "{:?}", phrase.text);
        }
    }

    #[test]
    fn a_phrase_differing_within_a_separator_after_a_difference_is_spelt_alike() {
        // The case a proptest once found: after the first difference, the
        // typeset phrase and the text differ in the last byte of an
        // apostrophe of three.
        let s = "possess\u{ab}  the following minimum levels of  NATO\u{2018}s official  \
                 languages (English/French): I";
        let [printed, typeset] = [LEAD_INS[0].text, LEAD_INS[0].typeset];
        let end = spelt(printed.as_bytes(), s.as_bytes(), false);
        assert_eq!(end, Some(s.len() - 1));
        assert_eq!(spelt(typeset.as_bytes(), s.as_bytes(), false), end);
    }

    #[test]
    fn steps_taken_at_once_are_taken_as_one_by_one() {
        let phrases = BETWEEN.iter().zip(BETWEEN_TAKEN);
        for (phrase, taken) in phrases.chain(AFTER.iter().zip(AFTER_TAKEN)) {
            assert_eq!(taken, Taken::of(phrase.steps));
            // After a lead-in, after a level, and after a level and words.
            for before in ["", "possess ", "VI", "VI in English"] {
                let [mut one_by_one, mut at_once] = [0, 1].map(|_| {
                    let mut sentence = Sentence::new(before);
                    for item in Items::new(before) {
                        let _ = sentence.take(item);
                    }
                    sentence
                });
                one_by_one.take_steps(phrase.steps);
                at_once.take_taken(taken);
                assert_eq!(one_by_one.gatherer, at_once.gatherer, "{:?}", phrase.text);
                assert_eq!(one_by_one.clause, at_once.clause, "{:?}", phrase.text);
            }
        }
    }

    /// A level as a tail may print it: the numeral, then no name or a name
    /// in one of the quotes (`choice` picks).
    fn printed_level(level: Proficiency, choice: usize) -> String {
        match choice.checked_sub(1) {
            None => level.to_string(),
            Some(i) => {
                let (open, close) = QUOTES[i % QUOTES.len()];
                let lang = OfficialLanguage::ALL[i / QUOTES.len() % 2];
                format!("{level}{open}{}{close}", level.label(lang))
            }
        }
    }

    /// Lead-ins to put before a tail: the notices' and ones that change
    /// the clauses the tail continues.
    const TAIL_LEAD_INS: [&str; 8] = [
        "",
        "Level ",
        "possess the following minimum levels of NATO's official languages (English/French): ",
        "avoir au minimum le niveau de comp\u{e9}tence ",
        "in English ",
        "II ",
        "V in both; ",
        "and ",
    ];

    #[test]
    fn every_tail_is_read_as_the_items_say() {
        let mut tails = 0;
        // No name, or a name in either language in each of the quotes.
        let choices = 2 * QUOTES.len() + 1;
        for first in Proficiency::ALL {
            for second in Proficiency::ALL {
                for choice in 0..choices {
                    let a = printed_level(first, choice);
                    let b = printed_level(second, (choice * 7 + first as usize) % choices);
                    for between in &BETWEEN {
                        for after in &AFTER {
                            let tail = format!("{a}{}{b}{}", between.text, after.text);
                            let numeral = first.as_str().len();
                            assert!(
                                Tail::read(tail.as_bytes(), numeral, first).is_some(),
                                "{tail:?}"
                            );
                            tails += 1;
                            for lead_in in TAIL_LEAD_INS {
                                let s = format!("{lead_in}{tail}");
                                let (read, oracle) = both_requirements(&s);
                                assert_eq!(read, oracle, "{s:?}");
                            }
                        }
                    }
                }
            }
        }
        assert_eq!(tails, 36 * choices * BETWEEN.len() * AFTER.len());
    }

    /// A tail as the notices print it, or nearly: `edit` removes a
    /// character or puts one of [`SPELLINGS`] in.
    fn near_tail() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        (
            proptest::sample::select(&Proficiency::ALL[..]),
            proptest::sample::select(&Proficiency::ALL[..]),
            0..=2 * QUOTES.len(),
            0..=2 * QUOTES.len(),
            0..BETWEEN.len(),
            0..AFTER.len(),
            proptest::option::of((
                0..400_usize,
                proptest::option::of(proptest::sample::select(SPELLINGS)),
            )),
            (0..=LEAD_INS.len(), spelled_text()),
        )
            .prop_map(
                |(first, second, a, b, between, after, edit, (known, words))| {
                    let known = LEAD_INS.get(known).map_or("", |lead_in| lead_in.text);
                    let mut s = format!(
                        "{known}{words} {}{}{}{}",
                        printed_level(first, a),
                        BETWEEN[between].text,
                        printed_level(second, b),
                        AFTER[after].text
                    );
                    if let Some((at, insert)) = edit {
                        let mut at = at % (s.len() + 1);
                        while !s.is_char_boundary(at) {
                            at -= 1;
                        }
                        match insert {
                            Some(word) => s.insert_str(at, word),
                            None if at < s.len() => {
                                s.remove(at);
                            }
                            None => {}
                        }
                    }
                    s
                },
            )
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]

        #[test]
        fn near_tails_are_read_as_the_items_say(s in near_tail()) {
            let (read, oracle) = both_requirements(&s);
            proptest::prop_assert_eq!(read, oracle);
        }
    }

    /// Whether the sentence `s` is read by the phrases of a lead-in and a
    /// tail ([`Sentence::lead_in`], [`Tail::read`]) rather than word by
    /// word.
    fn read_by_the_phrases(s: &str) -> bool {
        Sentence::new(s).phrases().is_none()
    }

    #[test]
    fn separators_the_phrases_pass_over_are_separators() {
        let known = ['\u{a0}', '\u{ab}', '\u{b4}', '\u{bb}']
            .into_iter()
            .chain((0x2000..=0x203F).filter_map(char::from_u32))
            .chain(
                (0..0x80)
                    .filter_map(char::from_u32)
                    .filter(|&c| !c.is_ascii_alphanumeric() && !is_break_char(c)),
            );
        for c in known {
            let mut bytes = [0; 4];
            let bytes = c.encode_utf8(&mut bytes).as_bytes();
            assert_eq!(separator_len(bytes, 0), bytes.len(), "{c:?}");
            assert!(!is_word_char(c) && !is_break_char(c), "{c:?}");
        }
        for c in ['a', 'Z', '0', '\u{e9}', '\u{2bc}', '\u{2060}', ';', '.'] {
            let mut bytes = [0; 4];
            assert_eq!(separator_len(c.encode_utf8(&mut bytes).as_bytes(), 0), 0);
        }
    }

    #[test]
    fn phrases_are_matched_as_typesetting_spells_them() {
        let either = |a, b| Ok(LanguageRequirement::either(a, b));
        for (s, expected) in [
            (
                "avoir au minimum le niveau de comp\u{e9}tence VI (\u{ab} ma\u{ee}trise \u{bb}) dans \
                 l\u{2019}une des deux langues officielles de l\u{2019}OTAN (anglais / fran\u{e7}ais), \
                 et le niveau III (\u{ab} interm\u{e9}diaire \u{bb}) dans l\u{2019}autre.",
                either(Proficiency::VI, Proficiency::III),
            ),
            (
                "Avoir au minimum le niveau de comp\u{e9}tence V (\u{ab}\u{202f}avanc\u{e9}\u{202f}\u{bb}) \
                 dans l\u{2019}une des deux langues officielles de l\u{2019}OTAN (Anglais/Fran\u{e7}ais), \
                 et le niveau II (\u{ab}\u{202f}\u{e9}l\u{e9}mentaire\u{202f}\u{bb}) dans l\u{2019}autre ;",
                either(Proficiency::V, Proficiency::II),
            ),
            (
                "possess the following minimum levels of NATO\u{2019}s official languages \
                 (English / French): V (\u{201c}Advanced\u{201d}) in one; and II \
                 (\u{201c}Elementary\u{201d}) in the other;",
                either(Proficiency::V, Proficiency::II),
            ),
            (
                "possess the following minimum levels of NATO's official languages \
                 (English/French):  VI (\"Proficiency\") in one;  III (\"Intermediate\") in the other.",
                either(Proficiency::VI, Proficiency::III),
            ),
            (
                "possess  the following minimum levels of NATO\u{b4}s official languages \
                 (English/ French):\tVI ('proficiency') in one;  I (\"Beginner\")\u{a0}in the other",
                either(Proficiency::VI, Proficiency::I),
            ),
        ] {
            assert!(read_by_the_phrases(s), "{s:?}");
            let (read, oracle) = both_requirements(s);
            assert_eq!(read, oracle, "{s:?}");
            assert_eq!(read, expected, "{s:?}");
        }
        // A letter for an apostrophe, words joined or parted, and a name
        // that goes on: the phrases give up, the words are read.
        for s in [
            "VI in one; III in the other",
            "VI in\u{2bc}one; III in the other.",
            "VI inone; III in the other.",
            "VI in one; III in the oth er.",
            "VI (\u{201c}Intermediate\u{201d}) in one; III in the other.",
            "III (\u{ab} interm\u{e9}diaire sup\u{e9}rieur \u{bb}) dans l\u{2019}une des deux \
             langues officielles de l\u{2019}OTAN (anglais/fran\u{e7}ais), et le niveau III dans \
             l\u{2019}autre.",
            "possess the following minimum levels of NATOs official languages (English/French): \
             VI in one; III in the other.",
        ] {
            let (read, oracle) = both_requirements(s);
            assert_eq!(read, oracle, "{s:?}");
        }
        assert!(!read_by_the_phrases("VI in\u{2bc}one; III in the other."));
        assert!(!read_by_the_phrases("VI inone; III in the other."));
    }

    /// A requirement sentence as the notices print it, set as typesetting
    /// may set it: apostrophes, spaces, slashes, quotes, the case of
    /// first letters and the end vary. With it, whether every character it
    /// puts in is one the phrases pass over (else the words are read).
    fn typeset_sentence() -> impl proptest::strategy::Strategy<Value = (String, bool)> {
        use proptest::sample::select;
        use proptest::strategy::Strategy;
        const SPACES: [&str; 7] = [" ", "  ", "\t", "\u{a0}", "\u{202f}", "\u{2009}", " \u{a0}"];
        // The modifier letter apostrophe is a letter: it joins words.
        const APOSTROPHES: [&str; 5] = ["'", "\u{2019}", "\u{2018}", "\u{b4}", "\u{2bc}"];
        const SLASHES: [&str; 4] = ["/", " / ", "/ ", " /"];
        const QUOTES_SET: [(&str, &str); 8] = [
            ("\"", "\""),
            ("\u{201c}", "\u{201d}"),
            ("\u{ab} ", " \u{bb}"),
            ("\u{ab}\u{a0}", "\u{a0}\u{bb}"),
            ("\u{ab}\u{202f}", "\u{202f}\u{bb}"),
            ("\u{ab}", "\u{bb}"),
            ("\u{2018}", "\u{2019}"),
            ("'", "'"),
        ];
        const ENDS: [&str; 6] = ["", ".", ";", " .", "\u{a0};", ". "];
        (
            proptest::bool::ANY,
            proptest::collection::vec(
                (
                    select(&SPACES[..]),
                    select(&APOSTROPHES[..]),
                    select(&SLASHES[..]),
                    select(&QUOTES_SET[..]),
                    proptest::bool::ANY,
                ),
                8,
            ),
            select(&Proficiency::ALL[..]),
            select(&Proficiency::ALL[..]),
            proptest::collection::vec(0..3_usize, 2),
            select(&ENDS[..]),
            proptest::bool::ANY,
        )
            .prop_map(|(french, choices, first, second, names, end, lead_in)| {
                let faithful = std::cell::Cell::new(true);
                let at = std::cell::Cell::new(0);
                // The next choices, turn by turn.
                let next = || {
                    at.set((at.get() + 1) % choices.len());
                    choices[at.get()]
                };
                let mut text = String::new();
                let put = |text: &mut String, word: &str, capital: bool| match word
                    .strip_prefix(|c: char| c.is_ascii_lowercase())
                {
                    Some(rest) if capital => {
                        text.push(word.as_bytes()[0].to_ascii_uppercase().into());
                        text.push_str(rest);
                    }
                    _ => text.push_str(word),
                };
                let level = |text: &mut String, level: Proficiency, name: usize| {
                    text.push_str(level.as_str());
                    if let Some(lang) = OfficialLanguage::ALL.get(name) {
                        let (space, _, _, (open, close), capital) = next();
                        text.push_str(space);
                        text.push('(');
                        text.push_str(open);
                        put(text, level.label(*lang), capital);
                        text.push_str(close);
                        text.push(')');
                    }
                };
                // Words, with `_` for a space, `'` for an apostrophe, `/`
                // for a slash.
                let words = |text: &mut String, words: &str| {
                    for c in words.chars() {
                        let (space, apostrophe, slash, _, capital) = next();
                        match c {
                            '_' => text.push_str(space),
                            '\'' => {
                                faithful.set(faithful.get() && apostrophe != "\u{2bc}");
                                text.push_str(apostrophe);
                            }
                            '/' => text.push_str(slash),
                            c if capital && c.is_ascii_lowercase() && text.ends_with(['(', ' ']) => {
                                text.push(c.to_ascii_uppercase());
                            }
                            c => text.push(c),
                        }
                    }
                };
                if french {
                    if lead_in {
                        words(&mut text, "avoir_au_minimum_le_niveau_de_comp\u{e9}tence_");
                    }
                    level(&mut text, first, names[0]);
                    words(
                        &mut text,
                        "_dans_l'une_des_deux_langues_officielles_de_l'OTAN_(anglais/fran\u{e7}ais),_et_le_niveau_",
                    );
                    level(&mut text, second, names[1]);
                    words(&mut text, "_dans_l'autre");
                } else {
                    if lead_in {
                        words(
                            &mut text,
                            "possess_the_following_minimum_levels_of_NATO's_official_languages_(English/French):_",
                        );
                    }
                    level(&mut text, first, names[0]);
                    words(&mut text, "_in_one;_");
                    level(&mut text, second, names[1]);
                    words(&mut text, "_in_the_other");
                }
                text.push_str(end);
                (text, faithful.get())
            })
    }

    /// A [`typeset_sentence`] with a character removed or a text put in
    /// that the phrases must not take for a separator or a letter they
    /// expect.
    fn edited_typeset_sentence() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        const EDITS: [&str; 16] = [
            "\u{2bc}", "\u{301}", "\u{2060}", "\u{b7}", "\u{c9}", "\u{e9}", "x", "I", "5", ";",
            ".", "\u{ab}", "\u{a0}", "\u{202f}", "\u{2019}", "",
        ];
        (
            typeset_sentence(),
            0..400_usize,
            proptest::sample::select(&EDITS[..]),
        )
            .prop_map(|((mut s, _), at, edit)| {
                let mut at = at % (s.len() + 1);
                while !s.is_char_boundary(at) {
                    at -= 1;
                }
                if edit.is_empty() {
                    if at < s.len() {
                        s.remove(at);
                    }
                } else {
                    s.insert_str(at, edit);
                }
                s
            })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]

        #[test]
        fn edited_typeset_sentences_are_read_as_the_items_say(s in edited_typeset_sentence()) {
            let (read, oracle) = both_requirements(&s);
            proptest::prop_assert_eq!(&read, &oracle, "{:?}", s);
        }

        #[test]
        fn typeset_sentences_are_read_as_the_items_say((s, faithful) in typeset_sentence()) {
            let (read, oracle) = both_requirements(&s);
            proptest::prop_assert_eq!(&read, &oracle, "{:?}", s);
            let (items, reference) = both_readings(&s);
            proptest::prop_assert_eq!(items, reference, "{:?}", s);
            if faithful && !s.ends_with(' ') {
                proptest::prop_assert!(read_by_the_phrases(&s), "{:?}", s);
            }
        }
    }

    proptest::proptest! {
        // Each case compares every phrase at each separator of two
        // sentences.
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        #[test]
        fn phrases_are_spelt_alike_as_printed_and_as_typeset(
            edited in edited_typeset_sentence(),
            (typeset, _) in typeset_sentence(),
        ) {
            for s in [&edited, &typeset] {
                // The start and each separator: where the phrases are
                // compared.
                let starts = s.char_indices().map(|(at, _)| at).chain([s.len()]);
                let starts = starts.filter(|&at| at == 0 || separator_len(s.as_bytes(), at) != 0);
                for rest in starts.filter_map(|at| s.as_bytes().get(at..)) {
                    for phrase in LEAD_INS.iter().chain(&BETWEEN).chain(&AFTER) {
                        for after_word in [false, true] {
                            proptest::prop_assert_eq!(
                                spelt(phrase.text.as_bytes(), rest, after_word),
                                spelt(phrase.typeset.as_bytes(), rest, after_word),
                                "{:?} at {:?}",
                                phrase.text,
                                rest
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_vocabulary_is_written_folded() {
        let words = MARKERS
            .iter()
            .map(|&(w, _)| w)
            .chain(LANGUAGE_SPELLINGS.iter().map(|&(w, _, _)| w))
            .chain(JOINS)
            .chain(FILLERS);
        for word in words {
            assert_eq!(folded(word), word);
            assert!(word.is_ascii() && word.len() <= WORD_KEY_CAPACITY, "{word}");
        }
    }

    #[test]
    fn name_keys_are_the_folded_labels() {
        for level in Proficiency::ALL {
            for lang in OfficialLanguage::ALL {
                let key = &NAME_KEYS[level as usize][lang as usize];
                let words: Vec<String> = level.label(lang).split(' ').map(folded).collect();
                assert_eq!(key.count, words.len(), "{level} {lang}");
                for (index, word) in words.iter().enumerate() {
                    assert_eq!(key.word(index), Some(word.as_bytes()), "{level} {lang}");
                }
                assert_eq!(key.word(words.len()), None);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn word_keys_agree_with_folding(word in "[a-zA-Z\u{e9}\u{c9}\u{ee}\u{e7}\u{df}\u{212a}\u{130}]{1,20}") {
            let expected = folded(&word);
            let key = WordKey::new(&word);
            if expected.is_ascii() && expected.len() <= WORD_KEY_CAPACITY {
                proptest::prop_assert_eq!(key.map(|k| k.as_bytes().to_vec()), Some(expected.into_bytes()));
            } else {
                proptest::prop_assert!(key.is_none());
            }
        }
    }
}
