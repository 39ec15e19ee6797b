//! NATO grades: the G1..G24 spine, the older A/L/B/C categories still
//! printed beside it, twin grades and the grade a post carries.

use core::fmt;
use core::str::FromStr;

use crate::OfficialLanguage;
use crate::macros::serde_via_str;
use crate::text::{byte_set, fold_char, fold_eq, strip_prefix_folded};

/// One grade of NATO's single civilian spine, `G1` (lowest) to `G24`.
///
/// Variants are declared in spine order, so `Ord` compares grades by
/// number. Each grade belongs to one of the older categories and has an
/// old-style equivalent ([`Grade::legacy`]), which notices still print.
///
/// ```
/// use nato_post::{Grade, GradeCategory};
///
/// let g: Grade = "NATO Grade G20".parse()?;
/// assert_eq!(g, Grade::G20);
/// assert_eq!(g.number(), 20);
/// assert_eq!(g.category(), GradeCategory::A);
/// assert_eq!(g.legacy().to_string(), "A4");
/// assert!(Grade::G22 > Grade::G20);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Grade {
    /// G1, the first grade of category C (C1).
    G1 = 1,
    /// G2, the first grade of category B (B1).
    G2,
    /// G3, category C (C2).
    G3,
    /// G4, category C (C3).
    G4,
    /// G5, category B (B2).
    G5,
    /// G6, category C (C4).
    G6,
    /// G7, category C (C5).
    G7,
    /// G8, category B (B3).
    G8,
    /// G9, the top grade of category C (C6).
    G9,
    /// G10, category B (B4).
    G10,
    /// G11, the first grade of category A (A1).
    G11,
    /// G12, category B (B5).
    G12,
    /// G13, the first grade of category L (L1).
    G13,
    /// G14, the top grade of category B (B6).
    G14,
    /// G15, category A (A2).
    G15,
    /// G16, category L (L2).
    G16,
    /// G17, category A (A3).
    G17,
    /// G18, category L (L3).
    G18,
    /// G19, category L (L4).
    G19,
    /// G20, category A (A4).
    G20,
    /// G21, the top grade of category L (L5).
    G21,
    /// G22, category A (A5).
    G22,
    /// G23, category A (A6).
    G23,
    /// G24, the top of the spine and of category A (A7).
    G24,
}

/// The spine: for each category, in the declaration order of
/// [`GradeCategory`], its G grades from low to high. The old grade of the
/// n-th entry is step n (A1, A2, ...). Every other grade table in this
/// module is derived from this one at compile time.
const SPINE: [(GradeCategory, &[Grade]); 4] = {
    use Grade::*;
    [
        (GradeCategory::A, &[G11, G15, G17, G20, G22, G23, G24]),
        (GradeCategory::L, &[G13, G16, G18, G19, G21]),
        (GradeCategory::B, &[G2, G5, G8, G10, G12, G14]),
        (GradeCategory::C, &[G1, G3, G4, G6, G7, G9]),
    ]
};

/// For each grade (index `number - 1`), its category and old-grade step,
/// inverted from [`SPINE`]. Building it checks the spine: categories in
/// order, grades ascending within a category, every grade exactly once.
const LEGACY_OF: [(GradeCategory, u8); 24] = {
    let mut out = [(GradeCategory::A, 0u8); 24];
    let mut c = 0;
    while c < SPINE.len() {
        let (category, grades) = SPINE[c];
        assert!(
            category as usize == c,
            "SPINE must follow GradeCategory order"
        );
        let mut i = 0;
        while i < grades.len() {
            let at = grades[i] as usize - 1;
            assert!(out[at].1 == 0, "a grade appears twice in SPINE");
            assert!(
                i == 0 || (grades[i - 1] as u8) < (grades[i] as u8),
                "SPINE grades must ascend"
            );
            out[at] = (category, (i + 1) as u8);
            i += 1;
        }
        c += 1;
    }
    let mut g = 0;
    while g < out.len() {
        assert!(out[g].1 != 0, "a grade is missing from SPINE");
        g += 1;
    }
    out
};

macro_rules! grade_names {
    ($($n:literal),* $(,)?) => {
        [$((
            concat!("G", $n),
            concat!("NATO grade G", $n),
            concat!("grade OTAN G", $n),
        )),*]
    };
}

/// Canonical form, English label and French label of each grade.
const GRADE_NAMES: [(&str, &str, &str); 24] = grade_names!(
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24
);

impl Grade {
    /// Every grade, G1 to G24.
    pub const ALL: [Self; 24] = {
        use Grade::*;
        [
            G1, G2, G3, G4, G5, G6, G7, G8, G9, G10, G11, G12, G13, G14, G15, G16, G17, G18, G19,
            G20, G21, G22, G23, G24,
        ]
    };

    /// Iterates over every grade, G1 to G24.
    ///
    /// ```
    /// use nato_post::Grade;
    /// assert_eq!(Grade::iter().count(), 24);
    /// assert_eq!(Grade::iter().last(), Some(Grade::G24));
    /// ```
    pub fn iter() -> impl Iterator<Item = Self> {
        Self::ALL.into_iter()
    }

    /// The grade with this number, if it is on the spine (1..=24).
    ///
    /// ```
    /// use nato_post::Grade;
    /// assert_eq!(Grade::new(20), Some(Grade::G20));
    /// assert_eq!(Grade::new(0), None);
    /// assert_eq!(Grade::new(25), None);
    /// ```
    pub const fn new(number: u8) -> Option<Self> {
        if number >= 1 && number as usize <= Self::ALL.len() {
            Some(Self::ALL[number as usize - 1])
        } else {
            None
        }
    }

    /// The grade's number, 1..=24.
    ///
    /// ```
    /// use nato_post::Grade;
    /// assert_eq!(Grade::G8.number(), 8);
    /// ```
    pub const fn number(self) -> u8 {
        self as u8
    }

    const fn index(self) -> usize {
        self as usize - 1
    }

    /// The older category the grade belongs to.
    ///
    /// ```
    /// use nato_post::{Grade, GradeCategory};
    /// assert_eq!(Grade::G19.category(), GradeCategory::L);
    /// assert_eq!(Grade::G8.category(), GradeCategory::B);
    /// ```
    pub const fn category(self) -> GradeCategory {
        LEGACY_OF[self.index()].0
    }

    /// The old-style grade this grade replaced, e.g. G22 is A5.
    ///
    /// ```
    /// use nato_post::{Grade, GradeCategory};
    /// let old = Grade::G22.legacy();
    /// assert_eq!(old.category(), GradeCategory::A);
    /// assert_eq!(old.step(), 5);
    /// ```
    pub const fn legacy(self) -> LegacyGrade {
        let (category, step) = LEGACY_OF[self.index()];
        LegacyGrade { category, step }
    }

    /// The grade that replaced an old-style grade, e.g. B3 is G8.
    ///
    /// ```
    /// use nato_post::{Grade, LegacyGrade};
    /// let b3: LegacyGrade = "B.3".parse()?;
    /// assert_eq!(Grade::from_legacy(b3), Grade::G8);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_legacy(legacy: LegacyGrade) -> Self {
        legacy.grade()
    }

    /// The canonical form: `G1` .. `G24`.
    ///
    /// ```
    /// use nato_post::Grade;
    /// assert_eq!(Grade::G20.as_str(), "G20");
    /// ```
    pub const fn as_str(self) -> &'static str {
        GRADE_NAMES[self.index()].0
    }

    /// A label for the grade in `lang`: `NATO grade G20`, `grade OTAN G20`.
    ///
    /// ```
    /// use nato_post::{Grade, OfficialLanguage};
    /// assert_eq!(Grade::G20.label(OfficialLanguage::English), "NATO grade G20");
    /// assert_eq!(Grade::G20.label(OfficialLanguage::French), "grade OTAN G20");
    /// ```
    pub const fn label(self, lang: OfficialLanguage) -> &'static str {
        let (_, english, french) = GRADE_NAMES[self.index()];
        match lang {
            OfficialLanguage::English => english,
            OfficialLanguage::French => french,
        }
    }

    /// The next grade up in the same category, if any (G8 → G10).
    ///
    /// ```
    /// use nato_post::Grade;
    /// assert_eq!(Grade::G8.next_in_category(), Some(Grade::G10));
    /// assert_eq!(Grade::G24.next_in_category(), None);
    /// ```
    pub const fn next_in_category(self) -> Option<Self> {
        let (category, step) = LEGACY_OF[self.index()];
        let grades = SPINE[category as usize].1;
        if (step as usize) < grades.len() {
            Some(grades[step as usize])
        } else {
            None
        }
    }

    /// `true` when the two grades form a twin grade: consecutive grades
    /// of one category, in either order.
    ///
    /// ```
    /// use nato_post::Grade;
    /// assert!(Grade::G8.is_twin_with(Grade::G10));
    /// assert!(Grade::G10.is_twin_with(Grade::G8));
    /// assert!(!Grade::G8.is_twin_with(Grade::G9));
    /// assert!(!Grade::G8.is_twin_with(Grade::G12));
    /// ```
    pub fn is_twin_with(self, other: Self) -> bool {
        self.next_in_category() == Some(other) || other.next_in_category() == Some(self)
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Grade {
    type Err = ParseGradeError;

    /// Accepts `G20`, `g20`, `G-20`, `G 20`, `G.20`, the number alone, and
    /// optional labels in front (`Grade 20`, `NATO Grade G20`, `Grade: G20`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let body = clean(s);
        let mut chars = Chars::new(body);
        let number = match chars.peek() {
            Some('g') => {
                chars.bump();
                chars.skip_atom_separator();
                chars.number()
            }
            _ => chars.number(),
        };
        match number {
            Some(n) if chars.at_end() => {
                grade_from_number(n).ok_or_else(|| ParseGradeError::OutOfRange(s.to_owned()))
            }
            _ => Err(ParseGradeError::UnknownGrade(s.to_owned())),
        }
    }
}

serde_via_str!(Grade, "a NATO grade: G1 to G24");

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for Grade {
    type Parameters = ();
    type Strategy = proptest::sample::Select<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        proptest::sample::select(&Self::ALL[..])
    }
}

/// The older grade categories, each a ladder of its own, interleaved on
/// the G spine.
///
/// ```
/// use nato_post::{Grade, GradeCategory, OfficialLanguage};
///
/// let b: GradeCategory = "category B".parse()?;
/// assert_eq!(b, GradeCategory::B);
/// assert_eq!(b.grades().first(), Some(&Grade::G2));
/// assert_eq!(b.label(OfficialLanguage::English), "administrative and assistant");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GradeCategory {
    /// A: managerial and professional (`cadres et professionnels`), A1..A7.
    A,
    /// L: linguists (`linguistes`), L1..L5.
    L,
    /// B: administrative and assistant (`administratif et assistance`), B1..B6.
    B,
    /// C: manual and technical (`manuel et technique`), C1..C6.
    C,
}

/// Letter, English label and French label of each category, in
/// declaration order.
const CATEGORY_NAMES: [(&str, &str, &str); 4] = [
    (
        "A",
        "managerial and professional",
        "cadres et professionnels",
    ),
    ("L", "linguists", "linguistes"),
    (
        "B",
        "administrative and assistant",
        "administratif et assistance",
    ),
    ("C", "manual and technical", "manuel et technique"),
];

impl GradeCategory {
    /// Every category: A, L, B, C.
    pub const ALL: [Self; 4] = [Self::A, Self::L, Self::B, Self::C];

    /// Iterates over every category: A, L, B, C.
    ///
    /// ```
    /// use nato_post::GradeCategory;
    /// assert_eq!(GradeCategory::iter().count(), 4);
    /// ```
    pub fn iter() -> impl Iterator<Item = Self> {
        Self::ALL.into_iter()
    }

    /// The canonical form: the letter `A`, `L`, `B` or `C`.
    ///
    /// ```
    /// use nato_post::GradeCategory;
    /// assert_eq!(GradeCategory::L.as_str(), "L");
    /// ```
    pub const fn as_str(self) -> &'static str {
        CATEGORY_NAMES[self as usize].0
    }

    /// The category's name in `lang`.
    ///
    /// ```
    /// use nato_post::{GradeCategory, OfficialLanguage};
    /// assert_eq!(GradeCategory::L.label(OfficialLanguage::French), "linguistes");
    /// ```
    pub const fn label(self, lang: OfficialLanguage) -> &'static str {
        let (_, english, french) = CATEGORY_NAMES[self as usize];
        match lang {
            OfficialLanguage::English => english,
            OfficialLanguage::French => french,
        }
    }

    /// The G grades of the category, from low to high.
    ///
    /// ```
    /// use nato_post::{Grade, GradeCategory};
    /// assert_eq!(
    ///     GradeCategory::L.grades(),
    ///     &[Grade::G13, Grade::G16, Grade::G18, Grade::G19, Grade::G21]
    /// );
    /// ```
    pub const fn grades(self) -> &'static [Grade] {
        SPINE[self as usize].1
    }

    /// The number of steps of the category's old ladder (A has A1..A7: 7).
    ///
    /// ```
    /// use nato_post::GradeCategory;
    /// assert_eq!(GradeCategory::A.steps(), 7);
    /// assert_eq!(GradeCategory::L.steps(), 5);
    /// ```
    pub const fn steps(self) -> u8 {
        self.grades().len() as u8
    }

    fn from_letter(c: char) -> Option<Self> {
        match c {
            'a' => Some(Self::A),
            'l' => Some(Self::L),
            'b' => Some(Self::B),
            'c' => Some(Self::C),
            _ => None,
        }
    }
}

impl fmt::Display for GradeCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for GradeCategory {
    type Err = ParseGradeError;

    /// Accepts the letter in either case, optionally after `category` or
    /// `catégorie` (`Category A`, `catégorie B`), and the English or French
    /// label (`linguists`, `Manuel et technique`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let body = clean(s);
        let body = CATEGORY_LABELS
            .iter()
            .find_map(|label| strip_word(body, label))
            .map_or(body, |rest| rest.trim_start_matches(is_noise));
        let mut chars = Chars::new(body);
        if let Some(category) = chars.peek().and_then(Self::from_letter) {
            chars.bump();
            if chars.at_end() {
                return Ok(category);
            }
        }
        Self::iter()
            .find(|category| {
                OfficialLanguage::iter().any(|lang| fold_eq(body, category.label(lang)))
            })
            .ok_or_else(|| ParseGradeError::UnknownCategory(s.to_owned()))
    }
}

serde_via_str!(GradeCategory, "a grade category: A, L, B or C");

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for GradeCategory {
    type Parameters = ();
    type Strategy = proptest::sample::Select<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        proptest::sample::select(&Self::ALL[..])
    }
}

/// An old-style grade: a category and a step on its ladder (A1..A7,
/// L1..L5, B1..B6, C1..C6). Each maps to exactly one [`Grade`].
///
/// Ordered like the grades they map to, so `B3 < A2` (G8 < G15).
///
/// ```
/// use nato_post::{Grade, GradeCategory, LegacyGrade};
///
/// let a5: LegacyGrade = "A.5".parse()?;
/// assert_eq!(a5, LegacyGrade::new(GradeCategory::A, 5).unwrap());
/// assert_eq!(a5.grade(), Grade::G22);
/// assert_eq!(a5.to_string(), "A5");
/// assert_eq!(LegacyGrade::new(GradeCategory::L, 6), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LegacyGrade {
    category: GradeCategory,
    step: u8,
}

impl LegacyGrade {
    /// The old grade `category` + `step`, if that step exists in the
    /// category (A1..A7, L1..L5, B1..B6, C1..C6).
    ///
    /// ```
    /// use nato_post::{GradeCategory, LegacyGrade};
    /// assert!(LegacyGrade::new(GradeCategory::B, 6).is_some());
    /// assert!(LegacyGrade::new(GradeCategory::B, 7).is_none());
    /// assert!(LegacyGrade::new(GradeCategory::B, 0).is_none());
    /// ```
    pub const fn new(category: GradeCategory, step: u8) -> Option<Self> {
        if step >= 1 && step <= category.steps() {
            Some(Self { category, step })
        } else {
            None
        }
    }

    /// Iterates over every old grade, in the order of the G grades they
    /// map to (C1, B1, C2, ...).
    ///
    /// ```
    /// use nato_post::LegacyGrade;
    /// assert_eq!(LegacyGrade::iter().count(), 24);
    /// assert_eq!(LegacyGrade::iter().next().unwrap().to_string(), "C1");
    /// ```
    pub fn iter() -> impl Iterator<Item = Self> {
        Grade::iter().map(Grade::legacy)
    }

    /// The category.
    ///
    /// ```
    /// use nato_post::{GradeCategory, LegacyGrade};
    /// let l4: LegacyGrade = "L4".parse()?;
    /// assert_eq!(l4.category(), GradeCategory::L);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn category(self) -> GradeCategory {
        self.category
    }

    /// The step within the category, from 1.
    ///
    /// ```
    /// use nato_post::LegacyGrade;
    /// let l4: LegacyGrade = "L4".parse()?;
    /// assert_eq!(l4.step(), 4);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn step(self) -> u8 {
        self.step
    }

    /// The G grade that replaced this old grade.
    ///
    /// ```
    /// use nato_post::{Grade, LegacyGrade};
    /// let l4: LegacyGrade = "L4".parse()?;
    /// assert_eq!(l4.grade(), Grade::G19);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn grade(self) -> Grade {
        // `new` guarantees 1 <= step <= the category's length.
        self.category.grades()[self.step as usize - 1]
    }
}

impl PartialOrd for LegacyGrade {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for LegacyGrade {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.grade().cmp(&other.grade())
    }
}

impl fmt::Display for LegacyGrade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.category, self.step)
    }
}

impl FromStr for LegacyGrade {
    type Err = ParseGradeError;

    /// Accepts `A5`, `a5`, `A.5`, `A-5`, `A 5`, with optional labels in
    /// front (`Grade A5`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut chars = Chars::new(clean(s));
        let category = chars.peek().and_then(GradeCategory::from_letter);
        let unknown = || ParseGradeError::UnknownLegacy(s.to_owned());
        let category = category.ok_or_else(unknown)?;
        chars.bump();
        chars.skip_atom_separator();
        match chars.number() {
            Some(step) if chars.at_end() => {
                legacy_from_step(category, step).ok_or_else(|| ParseGradeError::LegacyOutOfRange {
                    category,
                    input: s.to_owned(),
                })
            }
            _ => Err(unknown()),
        }
    }
}

serde_via_str!(LegacyGrade, "an old NATO grade such as A5, L3, B4 or C2");

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for LegacyGrade {
    type Parameters = ();
    type Strategy = proptest::strategy::Map<proptest::sample::Select<Grade>, fn(Grade) -> Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::strategy::Strategy;
        proptest::sample::select(&Grade::ALL[..]).prop_map(Grade::legacy as fn(Grade) -> Self)
    }
}

/// A twin grade: two consecutive grades of one category, lower first
/// (`G8-G10`, that is B3/B4). The holder is appointed at the lower grade
/// and may later advance to the higher one.
///
/// ```
/// use nato_post::{Grade, GradeCategory, TwinGrade};
///
/// let twin: TwinGrade = "G15/17".parse()?;
/// assert_eq!(twin.lower(), Grade::G15);
/// assert_eq!(twin.higher(), Grade::G17);
/// assert_eq!(twin.category(), GradeCategory::A);
/// assert_eq!(twin.to_string(), "G15-G17");
/// assert!(TwinGrade::new(Grade::G8, Grade::G12).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TwinGrade {
    lower: Grade,
    higher: Grade,
}

impl TwinGrade {
    /// The twin grade `lower`-`higher`, if they are consecutive grades of
    /// one category with the lower first; otherwise an error saying why.
    ///
    /// ```
    /// use nato_post::{Grade, NotTwinReason, ParsePostGradeError, TwinGrade};
    ///
    /// assert!(TwinGrade::new(Grade::G8, Grade::G10).is_ok());
    /// let err = TwinGrade::new(Grade::G10, Grade::G8).unwrap_err();
    /// assert!(matches!(
    ///     err,
    ///     ParsePostGradeError::NotTwin { reason: NotTwinReason::Descending, .. }
    /// ));
    /// ```
    pub fn new(lower: Grade, higher: Grade) -> Result<Self, ParsePostGradeError> {
        match not_twin_reason(lower, higher) {
            None => Ok(Self { lower, higher }),
            Some(reason) => Err(ParsePostGradeError::NotTwin {
                lower,
                higher,
                reason,
                input: format!("{lower}-{higher}"),
            }),
        }
    }

    /// Iterates over every twin grade, ordered by lower grade.
    ///
    /// ```
    /// use nato_post::TwinGrade;
    /// assert_eq!(TwinGrade::iter().count(), 20);
    /// assert_eq!(TwinGrade::iter().next().unwrap().to_string(), "G1-G3");
    /// ```
    pub fn iter() -> impl Iterator<Item = Self> {
        Grade::iter().filter_map(|lower| {
            lower
                .next_in_category()
                .map(|higher| Self { lower, higher })
        })
    }

    /// The lower grade, at which the holder is appointed.
    ///
    /// ```
    /// use nato_post::{Grade, TwinGrade};
    /// let twin: TwinGrade = "G8-G10".parse()?;
    /// assert_eq!(twin.lower(), Grade::G8);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn lower(self) -> Grade {
        self.lower
    }

    /// The higher grade, reachable later.
    ///
    /// ```
    /// use nato_post::{Grade, TwinGrade};
    /// let twin: TwinGrade = "G8-G10".parse()?;
    /// assert_eq!(twin.higher(), Grade::G10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn higher(self) -> Grade {
        self.higher
    }

    /// The category both grades belong to.
    ///
    /// ```
    /// use nato_post::{GradeCategory, TwinGrade};
    /// let twin: TwinGrade = "B3/B4".parse()?;
    /// assert_eq!(twin.category(), GradeCategory::B);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn category(self) -> GradeCategory {
        self.lower.category()
    }
}

impl fmt::Display for TwinGrade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.lower, self.higher)
    }
}

impl FromStr for TwinGrade {
    type Err = ParsePostGradeError;

    /// Accepts the twin forms of [`PostGrade`]: `G8-G10`, `G8/G10`,
    /// `G8 - G10`, `G8–G10`, `G15/17`, `B3/B4`, `B3-B4`,
    /// `G8-G10 (B3-B4)`, with optional labels in front.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.parse::<PostGrade>()? {
            PostGrade::Twin { twin, .. } => Ok(twin),
            _ => Err(ParsePostGradeError::ExpectedTwin(s.to_owned())),
        }
    }
}

serde_via_str!(TwinGrade, "a twin grade such as G8-G10");

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for TwinGrade {
    type Parameters = ();
    type Strategy = proptest::sample::Select<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        proptest::sample::select(Self::iter().collect::<Vec<_>>())
    }
}

/// The grade a post carries: one grade, a twin grade, or none (senior
/// posts above the spine, advertised as `Unclassified`).
///
/// `legacy_printed` records that the notice printed the old grade too, so
/// the canonical form round-trips: `G20`, `G22 (A5)`, `G8-G10`,
/// `G8-G10 (B3-B4)`, `Unclassified`.
///
/// ```
/// use nato_post::{Grade, PostGrade};
///
/// let grade: PostGrade = "GRADE : G22 (A.5)".parse()?;
/// assert_eq!(grade, PostGrade::Single { grade: Grade::G22, legacy_printed: true });
/// assert_eq!(grade.to_string(), "G22 (A5)");
///
/// let twin: PostGrade = "NATO Grade G8-G10".parse()?;
/// assert_eq!(twin.appointment_grade(), Some(Grade::G8));
/// assert_eq!(twin.highest_grade(), Some(Grade::G10));
///
/// let asg: PostGrade = "Unclassified".parse()?;
/// assert!(!asg.is_graded());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PostGrade {
    /// One grade.
    Single {
        /// The grade.
        grade: Grade,
        /// The notice printed the old grade beside it (`G22 (A5)`) or alone
        /// (`A.5`).
        legacy_printed: bool,
    },
    /// A twin grade: appointment at the lower grade.
    Twin {
        /// The two grades.
        twin: TwinGrade,
        /// The notice printed the old grades too (`G8-G10 (B3-B4)`).
        legacy_printed: bool,
    },
    /// No grade on the spine: senior posts such as Assistant Secretary
    /// General (`Unclassified`, `Non classifié`, `Hors grade`).
    Ungraded,
}

/// Spellings of a post above the spine, folded.
const UNGRADED_SPELLINGS: [&str; 8] = [
    "unclassified",
    "ungraded",
    "not graded",
    "non classifie",
    "non classifiee",
    "non classe",
    "hors grade",
    "hors classe",
];

impl PostGrade {
    /// The grade at which the holder is appointed: the single grade, or
    /// the lower grade of a twin; `None` when ungraded.
    ///
    /// ```
    /// use nato_post::{Grade, PostGrade};
    /// let post: PostGrade = "G15/17".parse()?;
    /// assert_eq!(post.appointment_grade(), Some(Grade::G15));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn appointment_grade(&self) -> Option<Grade> {
        match *self {
            Self::Single { grade, .. } => Some(grade),
            Self::Twin { twin, .. } => Some(twin.lower()),
            Self::Ungraded => None,
        }
    }

    /// The highest grade the post can reach: the single grade, or the
    /// higher grade of a twin; `None` when ungraded.
    ///
    /// ```
    /// use nato_post::{Grade, PostGrade};
    /// let post: PostGrade = "G15/17".parse()?;
    /// assert_eq!(post.highest_grade(), Some(Grade::G17));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn highest_grade(&self) -> Option<Grade> {
        match *self {
            Self::Single { grade, .. } => Some(grade),
            Self::Twin { twin, .. } => Some(twin.higher()),
            Self::Ungraded => None,
        }
    }

    /// `true` for a twin grade.
    ///
    /// ```
    /// use nato_post::PostGrade;
    /// assert!("B3/B4".parse::<PostGrade>()?.is_twin());
    /// assert!(!"G20".parse::<PostGrade>()?.is_twin());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn is_twin(&self) -> bool {
        matches!(self, Self::Twin { .. })
    }

    /// `true` unless the post is above the spine.
    ///
    /// ```
    /// use nato_post::PostGrade;
    /// assert!("G20".parse::<PostGrade>()?.is_graded());
    /// assert!(!"Hors grade".parse::<PostGrade>()?.is_graded());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn is_graded(&self) -> bool {
        !matches!(self, Self::Ungraded)
    }

    /// `true` when the notice printed the old grade(s) too.
    ///
    /// ```
    /// use nato_post::PostGrade;
    /// assert!("A.2".parse::<PostGrade>()?.legacy_printed());
    /// assert!(!"G15".parse::<PostGrade>()?.legacy_printed());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn legacy_printed(&self) -> bool {
        match *self {
            Self::Single { legacy_printed, .. } | Self::Twin { legacy_printed, .. } => {
                legacy_printed
            }
            Self::Ungraded => false,
        }
    }

    /// The category of the grade(s); `None` when ungraded.
    ///
    /// ```
    /// use nato_post::{GradeCategory, PostGrade};
    /// assert_eq!("G19".parse::<PostGrade>()?.category(), Some(GradeCategory::L));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn category(&self) -> Option<GradeCategory> {
        match self.appointment_grade() {
            Some(grade) => Some(grade.category()),
            None => None,
        }
    }

    /// The old-style equivalents, whether or not the notice printed them:
    /// the single grade's, or a twin's lower and higher; `None` when
    /// ungraded.
    ///
    /// ```
    /// use nato_post::PostGrade;
    /// let (lower, higher) = "G8-G10".parse::<PostGrade>()?.legacy().unwrap();
    /// assert_eq!(lower.to_string(), "B3");
    /// assert_eq!(higher.map(|h| h.to_string()).as_deref(), Some("B4"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn legacy(&self) -> Option<(LegacyGrade, Option<LegacyGrade>)> {
        match *self {
            Self::Single { grade, .. } => Some((grade.legacy(), None)),
            Self::Twin { twin, .. } => Some((twin.lower().legacy(), Some(twin.higher().legacy()))),
            Self::Ungraded => None,
        }
    }
}

impl From<Grade> for PostGrade {
    /// A single grade without the old grade printed.
    ///
    /// ```
    /// use nato_post::{Grade, PostGrade};
    /// assert_eq!(PostGrade::from(Grade::G20).to_string(), "G20");
    /// ```
    fn from(grade: Grade) -> Self {
        Self::Single {
            grade,
            legacy_printed: false,
        }
    }
}

impl From<TwinGrade> for PostGrade {
    /// A twin grade without the old grades printed.
    ///
    /// ```
    /// use nato_post::{Grade, PostGrade, TwinGrade};
    /// let twin = TwinGrade::new(Grade::G8, Grade::G10)?;
    /// assert_eq!(PostGrade::from(twin).to_string(), "G8-G10");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn from(twin: TwinGrade) -> Self {
        Self::Twin {
            twin,
            legacy_printed: false,
        }
    }
}

impl fmt::Display for PostGrade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Single {
                grade,
                legacy_printed,
            } => {
                write!(f, "{grade}")?;
                if legacy_printed {
                    write!(f, " ({})", grade.legacy())?;
                }
                Ok(())
            }
            Self::Twin {
                twin,
                legacy_printed,
            } => {
                write!(f, "{twin}")?;
                if legacy_printed {
                    write!(f, " ({}-{})", twin.lower().legacy(), twin.higher().legacy())?;
                }
                Ok(())
            }
            Self::Ungraded => f.write_str("Unclassified"),
        }
    }
}

impl FromStr for PostGrade {
    type Err = ParsePostGradeError;

    /// Accepts the families seen in notices, after optional labels
    /// (`NATO Grade`, `Grade:`, `GRADE :`, markdown `**Grade**`):
    ///
    /// - a G grade: `G20`, `G-15`, `G 20`, or the number alone (`19`);
    /// - an old grade alone: `A.2`, `A-2`, `A2`, `C.3`, `B.5`;
    /// - both, in either order, after a space, a slash or in parentheses:
    ///   `G22 (A5)`, `G22 (A.5)`, `G22 A5`, `G22/A5`, `A5/G22`, `A5 (G22)`;
    /// - twin grades with a hyphen, dash or slash: `G8-G10`, `G8/G10`,
    ///   `G15/17`, `B3/B4`, `G8-G10 (B3-B4)`;
    /// - ungraded: `Unclassified`, `Ungraded`, `Non classifié`,
    ///   `Hors grade`.
    ///
    /// An old grade that disagrees with the G grade printed beside it, and
    /// two grades that are not consecutive in one category, are errors.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_post_grade(s).map_err(|failure| failure.into_error(s))
    }
}

/// Why a text is not a post grade: a [`ParsePostGradeError`] before it
/// takes a copy of the input, which only a failed parse pays for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Failure {
    Empty,
    Unknown,
    OutOfRange,
    LegacyOutOfRange(GradeCategory),
    LegacyMismatch(Grade, LegacyGrade),
    MixedTwin,
    NotTwin(Grade, Grade, NotTwinReason),
}

impl Failure {
    fn into_error(self, s: &str) -> ParsePostGradeError {
        let input = s.to_owned();
        match self {
            Self::Empty => ParsePostGradeError::Empty(input),
            Self::Unknown => ParsePostGradeError::Unknown(input),
            Self::OutOfRange => ParsePostGradeError::OutOfRange(input),
            Self::LegacyOutOfRange(category) => {
                ParsePostGradeError::LegacyOutOfRange { category, input }
            }
            Self::LegacyMismatch(grade, legacy) => ParsePostGradeError::LegacyMismatch {
                grade,
                legacy,
                input,
            },
            Self::MixedTwin => ParsePostGradeError::MixedTwin(input),
            Self::NotTwin(lower, higher, reason) => ParsePostGradeError::NotTwin {
                lower,
                higher,
                reason,
                input,
            },
        }
    }
}

/// [`PostGrade::from_str`] up to the copy of the input an error keeps.
fn parse_post_grade(s: &str) -> Result<PostGrade, Failure> {
    match printed_grade(s) {
        Some(grade) => Ok(grade),
        None => parse_any_post_grade(s),
    }
}

/// [`parse_post_grade`] for any spelling: labels and noise dropped, then
/// the grades grouped and checked.
fn parse_any_post_grade(s: &str) -> Result<PostGrade, Failure> {
    let body = strip_outer_parens(clean(s));
    if body.is_empty() {
        return Err(Failure::Empty);
    }
    if let Some(grade) = plain_g_grade(body) {
        return Ok(PostGrade::Single {
            grade,
            legacy_printed: false,
        });
    }
    if is_ungraded(body) {
        return Ok(PostGrade::Ungraded);
    }
    // Grades are printed in ASCII: lex those bytes directly, and decode
    // and fold characters only for other text.
    let groups = if body.is_ascii() {
        group_ascii_atoms(body.as_bytes())
    } else {
        group_atoms(body)
    };
    let (g_part, legacy_part) = match groups.ok_or(Failure::Unknown)? {
        (first, None) if first.is_legacy() => (None, Some(first)),
        (first, None) => (Some(first), None),
        (first, Some(second)) => match (first.is_legacy(), second.is_legacy()) {
            (false, true) => (Some(first), Some(second)),
            (true, false) => (Some(second), Some(first)),
            _ => return Err(Failure::Unknown),
        },
    };
    let g_grades = match g_part {
        Some(group) => Some(group.g_grades()?),
        None => None,
    };
    let legacy_grades = match legacy_part {
        Some(group) => Some(group.legacy_grades()?),
        None => None,
    };
    let (lower, higher) = match (g_grades, legacy_grades) {
        (Some(grades), None) => grades,
        (None, Some((lower, higher))) => (lower.grade(), higher.map(LegacyGrade::grade)),
        (Some((g_lower, g_higher)), Some((l_lower, l_higher))) => {
            let higher_pair = match (g_higher, l_higher) {
                (None, None) => None,
                (Some(g_higher), Some(l_higher)) => Some((g_higher, l_higher)),
                _ => return Err(Failure::MixedTwin),
            };
            if l_lower.grade() != g_lower {
                return Err(Failure::LegacyMismatch(g_lower, l_lower));
            }
            if let Some((grade, legacy)) = higher_pair {
                if legacy.grade() != grade {
                    return Err(Failure::LegacyMismatch(grade, legacy));
                }
            }
            (g_lower, g_higher)
        }
        (None, None) => return Err(Failure::Unknown),
    };
    let legacy_printed = legacy_part.is_some();
    match higher {
        None => Ok(PostGrade::Single {
            grade: lower,
            legacy_printed,
        }),
        Some(higher) => match not_twin_reason(lower, higher) {
            None => Ok(PostGrade::Twin {
                twin: TwinGrade { lower, higher },
                legacy_printed,
            }),
            Some(reason) => Err(Failure::NotTwin(lower, higher, reason)),
        },
    }
}

serde_via_str!(
    PostGrade,
    "a post grade such as G20, G22 (A5), G8-G10 or Unclassified"
);

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for PostGrade {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::{Strategy, any, prop_oneof};
        prop_oneof![
            4 => (any::<Grade>(), any::<bool>())
                .prop_map(|(grade, legacy_printed)| Self::Single { grade, legacy_printed }),
            2 => (any::<TwinGrade>(), any::<bool>())
                .prop_map(|(twin, legacy_printed)| Self::Twin { twin, legacy_printed }),
            1 => proptest::strategy::Just(Self::Ungraded),
        ]
        .boxed()
    }
}

/// Why two grades do not form a [`TwinGrade`], carried by
/// [`ParsePostGradeError::NotTwin`].
///
/// ```
/// use nato_post::{Grade, NotTwinReason, ParsePostGradeError, TwinGrade};
///
/// let Err(ParsePostGradeError::NotTwin { reason, .. }) = TwinGrade::new(Grade::G8, Grade::G12)
/// else {
///     panic!("G8-G12 is not a twin grade");
/// };
/// assert_eq!(reason, NotTwinReason::NotConsecutive);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NotTwinReason {
    /// The same grade twice.
    SameGrade,
    /// The grades belong to different categories.
    DifferentCategories,
    /// The higher grade comes first.
    Descending,
    /// Same category, but other grades of the category lie between them.
    NotConsecutive,
}

fn not_twin_reason(lower: Grade, higher: Grade) -> Option<NotTwinReason> {
    if lower == higher {
        Some(NotTwinReason::SameGrade)
    } else if lower.category() != higher.category() {
        Some(NotTwinReason::DifferentCategories)
    } else if lower > higher {
        Some(NotTwinReason::Descending)
    } else if lower.next_in_category() != Some(higher) {
        Some(NotTwinReason::NotConsecutive)
    } else {
        None
    }
}

/// The explanation in a [`ParsePostGradeError::NotTwin`] message.
struct NotTwinDetail(Grade, Grade, NotTwinReason);

impl fmt::Display for NotTwinDetail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Self(lower, higher, reason) = *self;
        match reason {
            NotTwinReason::SameGrade => write!(f, "{lower} is twinned with itself"),
            NotTwinReason::DifferentCategories => write!(
                f,
                "{lower} is in category {} and {higher} in category {}",
                lower.category(),
                higher.category()
            ),
            NotTwinReason::Descending => {
                write!(f, "the lower grade {higher} must come before {lower}")
            }
            NotTwinReason::NotConsecutive => write!(
                f,
                "{lower} and {higher} are not consecutive in category {}",
                lower.category()
            ),
        }
    }
}

fn not_twin_detail(lower: &Grade, higher: &Grade, reason: &NotTwinReason) -> NotTwinDetail {
    NotTwinDetail(*lower, *higher, *reason)
}

/// The error returned when a [`Grade`], [`GradeCategory`] or
/// [`LegacyGrade`] cannot be parsed.
///
/// ```
/// use nato_post::Grade;
/// let err = "G25".parse::<Grade>().unwrap_err();
/// assert_eq!(err.to_string(), r#"NATO grade "G25" is outside the spine G1..G24"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseGradeError {
    /// The text is not a G grade.
    #[error("unknown NATO grade {0:?}")]
    UnknownGrade(String),
    /// The text is a G grade off the spine (`G0`, `G25`).
    #[error("NATO grade {0:?} is outside the spine G1..G24")]
    OutOfRange(String),
    /// The text names no grade category.
    #[error("unknown grade category {0:?}")]
    UnknownCategory(String),
    /// The text is not an old-style grade.
    #[error("unknown legacy grade {0:?}")]
    UnknownLegacy(String),
    /// The step does not exist in the category (`A8`, `L6`).
    #[error(
        "legacy grade {input:?} is outside {category}1..{category}{}",
        .category.steps()
    )]
    LegacyOutOfRange {
        /// The category printed.
        category: GradeCategory,
        /// The text parsed.
        input: String,
    },
}

/// The error returned when a [`PostGrade`] or [`TwinGrade`] cannot be
/// parsed or built.
///
/// ```
/// use nato_post::PostGrade;
/// let err = "G22 (A4)".parse::<PostGrade>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     r#"post grade "G22 (A4)" prints A4 beside G22, which is A5"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParsePostGradeError {
    /// Nothing but labels or white space.
    #[error("empty post grade {0:?}")]
    Empty(String),
    /// The text is not a grade in any known form.
    #[error("unknown post grade {0:?}")]
    Unknown(String),
    /// A G grade off the spine (`G25`, `Grade 0`).
    #[error("post grade {0:?} names a grade outside the spine G1..G24")]
    OutOfRange(String),
    /// An old grade whose step does not exist in its category (`A8`).
    #[error(
        "post grade {input:?} names a legacy grade outside {category}1..{category}{}",
        .category.steps()
    )]
    LegacyOutOfRange {
        /// The category printed.
        category: GradeCategory,
        /// The text parsed.
        input: String,
    },
    /// The old grade printed beside a G grade is not its equivalent.
    #[error("post grade {input:?} prints {legacy} beside {grade}, which is {}", .grade.legacy())]
    LegacyMismatch {
        /// The G grade printed.
        grade: Grade,
        /// The old grade printed beside it.
        legacy: LegacyGrade,
        /// The text parsed.
        input: String,
    },
    /// A single grade printed beside a twin grade (`G8-G10 (B3)`).
    #[error("post grade {0:?} pairs a single grade with a twin grade")]
    MixedTwin(String),
    /// Two grades that are not consecutive grades of one category, lower
    /// first.
    #[error("{input:?} is not a twin grade: {}", not_twin_detail(.lower, .higher, .reason))]
    NotTwin {
        /// The first grade given.
        lower: Grade,
        /// The second grade given.
        higher: Grade,
        /// Why they are not a twin grade.
        reason: NotTwinReason,
        /// The text parsed, or the two grades when built with
        /// [`TwinGrade::new`].
        input: String,
    },
    /// A valid grade, but not a twin grade where one was expected.
    #[error("expected a twin grade such as \"G8-G10\", found {0:?}")]
    ExpectedTwin(String),
}

// ---------------------------------------------------------------------------
// Lexing, shared by every parser in this module. Nothing here allocates.

/// Labels that may precede a grade, folded, matched as whole words.
const LABELS: [&str; 3] = ["nato", "otan", "grade"];

/// Labels that may precede a grade category, folded, matched as whole
/// words.
const CATEGORY_LABELS: [&str; 3] = ["category", "categorie", "cat."];

/// Characters around labels and values that carry no meaning: markdown
/// marks, colons, table bars.
fn is_noise(c: char) -> bool {
    c.is_whitespace() || matches!(c, ':' | '*' | '_' | '#' | '|' | '>')
}

/// `s` after `word` (folded) when `word` is followed by a non-letter.
fn strip_word<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    // Labels are printed in ASCII, which folds byte for byte: decide from
    // the bytes when the text starts with the label or with other
    // printable ASCII, and fold only when white space or another script
    // comes first. (Every label is printable ASCII; a test checks it.)
    let text = s.as_bytes();
    if let (Some(first), Some(want)) = (text.first(), word.as_bytes().first()) {
        // Most calls try a label the text does not start with.
        if first.is_ascii_graphic() && !first.eq_ignore_ascii_case(want) {
            return None;
        }
    }
    let rest = match text.get(..word.len()) {
        // The bytes before `word.len()` are ASCII, so it is a boundary.
        Some(head) if head.eq_ignore_ascii_case(word.as_bytes()) => s.get(word.len()..)?,
        Some(head) if head.iter().all(u8::is_ascii_graphic) => return None,
        _ => strip_prefix_folded(s, word)?,
    };
    not_before_a_letter(rest)
}

/// `rest` unless it starts with a letter.
fn not_before_a_letter(rest: &str) -> Option<&str> {
    match rest.as_bytes().first() {
        Some(b) if b.is_ascii() => (!b.is_ascii_alphabetic()).then_some(rest),
        Some(_) => (!rest.chars().next().is_some_and(char::is_alphabetic)).then_some(rest),
        None => Some(rest),
    }
}

/// The first four bytes of `text` with bit 5 set, which lowercases ASCII
/// letters: equal to four lowercase letters exactly when the bytes are
/// those letters in either case.
fn lowered_quad(text: &[u8]) -> Option<u32> {
    let quad: [u8; 4] = text.get(..4)?.try_into().ok()?;
    Some(u32::from_le_bytes(quad) | 0x2020_2020)
}

const NATO: u32 = u32::from_le_bytes(*b"nato");
const OTAN: u32 = u32::from_le_bytes(*b"otan");
const GRAD: u32 = u32::from_le_bytes(*b"grad");

/// `s` after the label it starts with, if any: what trying
/// [`strip_word`] with each of [`LABELS`] gives, decided from the bytes
/// when they are printable ASCII.
fn strip_grade_label(s: &str) -> Option<&str> {
    let text = s.as_bytes();
    let len = match lowered_quad(text) {
        Some(NATO | OTAN) => 4,
        Some(GRAD) if text.get(4).is_some_and(|&e| e | 0x20 == b'e') => 5,
        _ => 0,
    };
    if len > 0 {
        // The label's bytes are ASCII, so `len` is a boundary.
        return not_before_a_letter(s.get(len..)?);
    }
    // Every label is lowercase ASCII letters, with a first letter of its
    // own. Folding can only match where white space or a character
    // outside ASCII comes before the text differs from the label.
    let label = match text.first().map(|b| b | 0x20) {
        Some(b'n') => LABELS[0],
        Some(b'o') => LABELS[1],
        Some(b'g') => LABELS[2],
        Some(_) if text.first().is_some_and(u8::is_ascii_graphic) => return None,
        _ => return LABELS.iter().find_map(|label| strip_word(s, label)),
    };
    for (t, w) in text.iter().zip(label.bytes()) {
        if !t.is_ascii_graphic() {
            return strip_word(s, label);
        }
        if t | 0x20 != w {
            return None;
        }
    }
    // Printable ASCII that stops within the label.
    None
}

/// [`is_noise`] for each ASCII byte: white space (`\t` to `\r` and the
/// space) and the marks. Bytes outside ASCII are not noise by themselves.
static NOISE_BYTES: [bool; 256] = byte_set(b"\t\n\x0b\x0c\r :*_#|>");

/// [`is_noise`] for an ASCII byte.
#[inline]
fn is_noise_byte(b: u8) -> bool {
    NOISE_BYTES[usize::from(b)]
}

/// `s` without [noise](is_noise) in front: ASCII bytes are tested as they
/// are, and only a character outside ASCII is decoded.
#[inline]
fn trim_noise_start(s: &str) -> &str {
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if !b.is_ascii() {
            // Every byte before `i` is ASCII, so it is a boundary.
            return s
                .get(i..)
                .map_or("", |rest| rest.trim_start_matches(is_noise));
        }
        if !is_noise_byte(b) {
            return s.get(i..).unwrap_or_default();
        }
        i += 1;
    }
    ""
}

/// `s` without noise and closing punctuation (`;`, `.`, `,`) at the end,
/// from the bytes while they are ASCII.
fn trim_noise_end(s: &str) -> &str {
    let bytes = s.as_bytes();
    let mut end = bytes.len();
    while let Some(&b) = end.checked_sub(1).and_then(|i| bytes.get(i)) {
        if !b.is_ascii() {
            // Every byte from `end` on is ASCII, so it is a boundary.
            return s.get(..end).map_or("", |head| {
                head.trim_end_matches(|c: char| is_noise(c) || matches!(c, ';' | '.' | ','))
            });
        }
        if !(is_noise_byte(b) || matches!(b, b';' | b'.' | b',')) {
            break;
        }
        end -= 1;
    }
    s.get(..end).unwrap_or_default()
}

/// Drops labels in front (`NATO Grade`, `Grade:`, `**Grade**`) and
/// punctuation at the end (`;`, `.`, markdown marks).
fn clean(s: &str) -> &str {
    let mut body = trim_noise_start(s);
    while let Some(rest) = strip_grade_label(body) {
        body = trim_noise_start(rest);
    }
    trim_noise_end(body)
}

/// Drops one pair of parentheses around the whole text, when it holds no
/// other parenthesis: `(G20)`, `(Unclassified)`.
fn strip_outer_parens(s: &str) -> &str {
    match s.strip_prefix('(').and_then(|s| s.strip_suffix(')')) {
        Some(inner) if !inner.contains(['(', ')']) => inner.trim(),
        _ => s,
    }
}

/// A folded character cursor over a `&str`.
struct Chars<'a> {
    rest: &'a str,
}

impl<'a> Chars<'a> {
    fn new(s: &'a str) -> Self {
        Self { rest: s }
    }

    fn peek(&mut self) -> Option<char> {
        // Grades are printed in ASCII: read the byte, and decode only
        // past it.
        match *self.rest.as_bytes().first()? {
            b if b.is_ascii() => Some(char::from(b.to_ascii_lowercase())),
            _ => self.rest.chars().next().map(fold_char),
        }
    }

    fn bump(&mut self) {
        let width = match self.rest.as_bytes().first() {
            Some(b) if b.is_ascii() => 1,
            _ => self.rest.chars().next().map_or(0, char::len_utf8),
        };
        self.rest = self.rest.get(width..).unwrap_or_default();
    }

    fn skip_spaces(&mut self) {
        while self.peek() == Some(' ') {
            self.bump();
        }
    }

    fn at_end(&mut self) -> bool {
        self.skip_spaces();
        self.peek().is_none()
    }

    /// Between a grade's letter and its number: spaces, then at most one
    /// `.` or `-`, then spaces (`G-20`, `A.5`, `G 20`).
    fn skip_atom_separator(&mut self) {
        self.skip_spaces();
        if matches!(self.peek(), Some('.' | '-')) {
            self.bump();
            self.skip_spaces();
        }
    }

    /// ASCII digits, saturating so that no input overflows.
    fn number(&mut self) -> Option<u32> {
        let mut value: Option<u32> = None;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            self.bump();
            value = Some(value.unwrap_or(0).saturating_mul(10).saturating_add(d));
        }
        value
    }
}

/// The post grade of a grade printed as notices print it, in ASCII with
/// single spaces after the labels: `G20`, `NATO Grade G20`, `G8-G10`,
/// `G15/17`, `G22 (A5)`, `G22 (A.5)`, `G8-G10 (B3-B4)`. These are most of
/// the inputs, read here in one pass over the bytes; the general path
/// gives the same grade for them (a test checks it). Anything else, and
/// any error, is left to the general path.
fn printed_grade(s: &str) -> Option<PostGrade> {
    let text = after_printed_labels(s.as_bytes());
    let mut at = 0;
    if text.first()? | 0x20 != b'g' {
        return None;
    }
    at += 1;
    let lower = Grade::new(printed_number(text, &mut at)?)?;
    let mut higher = None;
    if let Some(b'-' | b'/') = text.get(at) {
        at += 1;
        if text.get(at).is_some_and(|&g| g | 0x20 == b'g') {
            at += 1;
        }
        higher = Some(Grade::new(printed_number(text, &mut at)?)?);
    }
    let mut legacy_printed = false;
    if at < text.len() {
        if text.get(at..at + 2) != Some(b" (") {
            return None;
        }
        at += 2;
        let letter = text.get(at)? | 0x20;
        let category = GradeCategory::from_letter(char::from(letter))?;
        at += 1;
        let step = printed_step(text, &mut at)?;
        if LegacyGrade::new(category, step)?.grade() != lower {
            return None;
        }
        if let Some(b'-' | b'/') = text.get(at) {
            at += 1;
            let step = match text.get(at) {
                Some(&l) if l | 0x20 == letter => {
                    at += 1;
                    printed_step(text, &mut at)?
                }
                _ => printed_number(text, &mut at)?,
            };
            if Some(LegacyGrade::new(category, step)?.grade()) != higher {
                return None;
            }
        } else if higher.is_some() {
            return None;
        }
        if text.get(at) != Some(&b')') || at + 1 != text.len() {
            return None;
        }
        legacy_printed = true;
    }
    Some(match higher {
        None => PostGrade::Single {
            grade: lower,
            legacy_printed,
        },
        Some(higher) => {
            if not_twin_reason(lower, higher).is_some() {
                return None;
            }
            PostGrade::Twin {
                twin: TwinGrade { lower, higher },
                legacy_printed,
            }
        }
    })
}

/// `text` after the labels in front, each followed by one space.
fn after_printed_labels(mut text: &[u8]) -> &[u8] {
    loop {
        let len = match lowered_quad(text) {
            Some(NATO | OTAN) => 4,
            Some(GRAD) if text.get(4).is_some_and(|&e| e | 0x20 == b'e') => 5,
            _ => return text,
        };
        match text.get(len..) {
            Some([b' ', after @ ..]) => text = after,
            _ => return text,
        }
    }
}

/// One or two ASCII digits at `at`, not followed by a third.
fn printed_number(text: &[u8], at: &mut usize) -> Option<u8> {
    let digit = |i: usize| text.get(i).filter(|b| b.is_ascii_digit()).map(|b| b - b'0');
    let first = digit(*at)?;
    match digit(*at + 1) {
        None => {
            *at += 1;
            Some(first)
        }
        Some(second) if digit(*at + 2).is_none() => {
            *at += 2;
            Some(first * 10 + second)
        }
        Some(_) => None,
    }
}

/// The step of an old grade after its letter: an optional `.` and one or
/// two digits (`5`, `.5`).
fn printed_step(text: &[u8], at: &mut usize) -> Option<u8> {
    if text.get(*at) == Some(&b'.') {
        *at += 1;
    }
    printed_number(text, at)
}

/// `true` when `body` (cleaned, so starting with neither white space nor
/// a label) is one of the spellings of an ungraded post.
fn is_ungraded(body: &str) -> bool {
    // The first character rejects most bodies before the full comparison;
    // every spelling starts with `u`, `n` or `h`, so a body that starts
    // with other ASCII is rejected from its first byte.
    match body.as_bytes().first() {
        Some(b) if b.is_ascii() && !matches!(b | 0x20, b'u' | b'n' | b'h') => return false,
        None => return false,
        Some(_) => {}
    }
    let Some(first) = body.chars().next().map(fold_char) else {
        return false;
    };
    UNGRADED_SPELLINGS
        .iter()
        .filter(|u| u.as_bytes().first().map(|&b| char::from(b)) == Some(first))
        .any(|&u| fold_eq(body, u))
}

/// The grade a bare `G1`..`G24` (any case, no leading zero) names: the form
/// nearly every notice prints, read without the general atom grouping,
/// which gives the same grade for it.
fn plain_g_grade(body: &str) -> Option<Grade> {
    let number = match body.as_bytes() {
        [b'G' | b'g', tens @ b'1'..=b'9', units @ b'0'..=b'9'] => {
            (tens - b'0') * 10 + (units - b'0')
        }
        [b'G' | b'g', units @ b'1'..=b'9'] => units - b'0',
        _ => return None,
    };
    Grade::new(number)
}

fn grade_from_number(n: u32) -> Option<Grade> {
    u8::try_from(n).ok().and_then(Grade::new)
}

fn legacy_from_step(category: GradeCategory, step: u32) -> Option<LegacyGrade> {
    u8::try_from(step)
        .ok()
        .and_then(|step| LegacyGrade::new(category, step))
}

/// One grade as printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Atom {
    /// `G20`.
    G(u32),
    /// `A5`, `B.3`.
    Legacy(GradeCategory, u32),
    /// `20`: a G grade, or the step of the old grade before it in a twin
    /// (`B3/4`).
    Number(u32),
}

/// One or two atoms forming a single grade or a twin (`G8-G10`, `B3/4`),
/// all G grades or all old grades.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Group {
    first: Atom,
    second: Option<Atom>,
}

impl Group {
    fn is_legacy(&self) -> bool {
        matches!(self.first, Atom::Legacy(..))
    }

    /// Whether `atom` may follow `first` after a `-` or `/` in one group.
    fn accepts(&self, atom: Atom) -> bool {
        self.second.is_none()
            && matches!(
                (self.first, atom),
                (Atom::Legacy(..), Atom::Legacy(..) | Atom::Number(_))
                    | (Atom::G(_) | Atom::Number(_), Atom::G(_) | Atom::Number(_))
            )
    }

    fn g_grades(&self) -> Result<(Grade, Option<Grade>), Failure> {
        let grade = |atom: Atom| match atom {
            Atom::G(n) | Atom::Number(n) => grade_from_number(n).ok_or(Failure::OutOfRange),
            Atom::Legacy(..) => Err(Failure::Unknown),
        };
        let lower = grade(self.first)?;
        let higher = match self.second {
            Some(atom) => Some(grade(atom)?),
            None => None,
        };
        Ok((lower, higher))
    }

    fn legacy_grades(&self) -> Result<(LegacyGrade, Option<LegacyGrade>), Failure> {
        let Atom::Legacy(category, step) = self.first else {
            return Err(Failure::Unknown);
        };
        let legacy = |category: GradeCategory, step: u32| {
            legacy_from_step(category, step).ok_or(Failure::LegacyOutOfRange(category))
        };
        let lower = legacy(category, step)?;
        let higher = match self.second {
            None => None,
            Some(Atom::Legacy(category, step)) => Some(legacy(category, step)?),
            Some(Atom::Number(step)) => Some(legacy(category, step)?),
            Some(Atom::G(_)) => return Err(Failure::Unknown),
        };
        Ok((lower, higher))
    }
}

/// Splits `body` into one or two groups, or `None` when it is not made of
/// grades. Parentheses close a group; a `-` or `/` joins two atoms of the
/// same kind into a twin; anything else between atoms starts a new group.
fn group_atoms(body: &str) -> Option<(Group, Option<Group>)> {
    group_atoms_from(Chars::new(body))
}

/// What [`group_atoms_from`] reads: folded characters, and whole atoms.
trait AtomCursor {
    fn skip_spaces(&mut self);
    fn peek(&mut self) -> Option<char>;
    fn bump(&mut self);
    fn atom(&mut self) -> Option<Atom>;
}

impl AtomCursor for Chars<'_> {
    fn skip_spaces(&mut self) {
        Chars::skip_spaces(self);
    }

    fn peek(&mut self) -> Option<char> {
        Chars::peek(self)
    }

    fn bump(&mut self) {
        Chars::bump(self);
    }

    fn atom(&mut self) -> Option<Atom> {
        lex_atom(self)
    }
}

/// The state machine of [`group_atoms`], over any cursor.
fn group_atoms_from(mut chars: impl AtomCursor) -> Option<(Group, Option<Group>)> {
    let mut groups: [Option<Group>; 2] = [None, None];
    let mut count = 0usize;
    // The current group may still take a second atom.
    let mut open_group = false;
    let mut in_parens = false;
    let mut joiner = false;
    loop {
        chars.skip_spaces();
        let Some(c) = chars.peek() else { break };
        match c {
            '(' => {
                if in_parens || joiner {
                    return None;
                }
                chars.bump();
                in_parens = true;
                open_group = false;
            }
            ')' => {
                if !in_parens || joiner || !open_group {
                    return None;
                }
                chars.bump();
                in_parens = false;
                open_group = false;
            }
            '-' | '/' => {
                if joiner || count == 0 {
                    return None;
                }
                chars.bump();
                joiner = true;
            }
            _ => {
                let atom = chars.atom()?;
                let joins = joiner
                    && open_group
                    && groups[count - 1].is_some_and(|group| group.accepts(atom));
                if joins {
                    if let Some(group) = groups[count - 1].as_mut() {
                        group.second = Some(atom);
                    }
                } else {
                    let slot = groups.get_mut(count)?;
                    *slot = Some(Group {
                        first: atom,
                        second: None,
                    });
                    count += 1;
                }
                open_group = true;
                joiner = false;
            }
        }
    }
    if joiner || in_parens {
        return None;
    }
    let [first, second] = groups;
    Some((first?, second))
}

/// One grade: a letter (`G`, `A`, `L`, `B`, `C`) and a number, or a number.
fn lex_atom(chars: &mut Chars<'_>) -> Option<Atom> {
    let c = chars.peek()?;
    if c.is_ascii_digit() {
        return chars.number().map(Atom::Number);
    }
    let category = GradeCategory::from_letter(c);
    if c != 'g' && category.is_none() {
        return None;
    }
    chars.bump();
    chars.skip_atom_separator();
    let n = chars.number()?;
    Some(match category {
        Some(category) => Atom::Legacy(category, n),
        None => Atom::G(n),
    })
}

/// [`group_atoms`] for ASCII text, read byte by byte: the same state
/// machine over the same folded characters, since ASCII folds to its
/// lowercase and nothing else.
fn group_ascii_atoms(body: &[u8]) -> Option<(Group, Option<Group>)> {
    group_atoms_from(AsciiCursor { body, at: 0 })
}

/// An [`AtomCursor`] over ASCII bytes.
struct AsciiCursor<'a> {
    body: &'a [u8],
    at: usize,
}

impl AtomCursor for AsciiCursor<'_> {
    fn skip_spaces(&mut self) {
        self.at = skip_ascii_spaces(self.body, self.at);
    }

    fn peek(&mut self) -> Option<char> {
        self.body
            .get(self.at)
            .map(|b| char::from(b.to_ascii_lowercase()))
    }

    fn bump(&mut self) {
        self.at += 1;
    }

    fn atom(&mut self) -> Option<Atom> {
        lex_ascii_atom(self.body, &mut self.at)
    }
}

fn skip_ascii_spaces(body: &[u8], mut at: usize) -> usize {
    while body.get(at) == Some(&b' ') {
        at += 1;
    }
    at
}

/// [`lex_atom`] for ASCII text.
fn lex_ascii_atom(body: &[u8], at: &mut usize) -> Option<Atom> {
    let c = body.get(*at)?.to_ascii_lowercase();
    if c.is_ascii_digit() {
        return ascii_number(body, at).map(Atom::Number);
    }
    let category = GradeCategory::from_letter(char::from(c));
    if c != b'g' && category.is_none() {
        return None;
    }
    *at = skip_ascii_spaces(body, *at + 1);
    if matches!(body.get(*at), Some(b'.' | b'-')) {
        *at = skip_ascii_spaces(body, *at + 1);
    }
    let n = ascii_number(body, at)?;
    Some(match category {
        Some(category) => Atom::Legacy(category, n),
        None => Atom::G(n),
    })
}

/// [`Chars::number`] for ASCII text.
fn ascii_number(body: &[u8], at: &mut usize) -> Option<u32> {
    let mut value: Option<u32> = None;
    while let Some(d) = body.get(*at).filter(|b| b.is_ascii_digit()) {
        *at += 1;
        let d = u32::from(d - b'0');
        value = Some(value.unwrap_or(0).saturating_mul(10).saturating_add(d));
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path for `G20` must give what the general grouping gives
    /// for the same grade spelled with a space or a dash.
    #[test]
    fn ungraded_spellings_start_with_u_n_or_h() {
        for spelling in UNGRADED_SPELLINGS {
            assert!(
                matches!(spelling.as_bytes()[0], b'u' | b'n' | b'h'),
                "{spelling}"
            );
        }
        for b in 0..128u8 {
            assert_eq!(is_noise_byte(b), is_noise(char::from(b)), "{b}");
        }
    }

    #[test]
    fn labels_are_printable_ascii() {
        for label in LABELS.into_iter().chain(CATEGORY_LABELS) {
            assert!(label.bytes().all(|b| b.is_ascii_graphic()), "{label}");
        }
    }

    #[test]
    fn plain_g_grades_agree_with_the_general_path() {
        for grade in Grade::ALL {
            let n = grade.number();
            let expected = PostGrade::Single {
                grade,
                legacy_printed: false,
            };
            for spelling in [format!("G{n}"), format!("g{n}"), format!("NATO Grade G{n}")] {
                assert_eq!(spelling.parse::<PostGrade>(), Ok(expected), "{spelling}");
                assert_eq!(format!("G {n}").parse::<PostGrade>(), Ok(expected));
                assert_eq!(format!("G-{n}").parse::<PostGrade>(), Ok(expected));
            }
        }
        assert!(plain_g_grade("G25").is_none());
        assert!(plain_g_grade("G0").is_none());
        assert!(plain_g_grade("G05").is_none());
        assert!("G25".parse::<PostGrade>().is_err());
    }

    /// The character-by-character labels and trimming that [`clean`]
    /// replaced: the reference it must agree with.
    fn reference_strip_word<'a>(s: &'a str, word: &str) -> Option<&'a str> {
        let rest = strip_prefix_folded(s, word)?;
        match rest.chars().next() {
            Some(c) if c.is_alphabetic() => None,
            _ => Some(rest),
        }
    }

    fn reference_clean(s: &str) -> &str {
        let mut body = s.trim_start_matches(is_noise);
        while let Some(rest) = LABELS
            .iter()
            .find_map(|label| reference_strip_word(body, label))
        {
            body = rest.trim_start_matches(is_noise);
        }
        body.trim_end_matches(|c: char| is_noise(c) || matches!(c, ';' | '.' | ','))
    }

    /// Labels, grades and the characters around them, in ASCII and not.
    fn labelled_grade() -> impl proptest::strategy::Strategy<Value = String> {
        proptest::string::string_regex(
            "((NATO|nato|N ATO|OTAN|Grade|GRADE|g rade|Gradex|Grad|Cat\\.|Category|cat\u{e9}gorie|\
             G|A|\u{e9}|\u{c9}|\u{a0}|\u{2013}|\u{b}|[ \\t:*_#|>;.,()/-]|[0-9]) {0,2}){0,6}",
        )
        .expect("a valid pattern")
    }

    proptest::proptest! {
        #[test]
        fn the_byte_level_cleaning_agrees_with_the_reference(s in labelled_grade()) {
            proptest::prop_assert_eq!(clean(&s), reference_clean(&s), "{:?}", s);
            for label in LABELS.into_iter().chain(CATEGORY_LABELS) {
                proptest::prop_assert_eq!(
                    strip_word(&s, label),
                    reference_strip_word(&s, label),
                    "{:?} {:?}", s, label
                );
            }
            proptest::prop_assert_eq!(
                strip_grade_label(&s),
                LABELS.iter().find_map(|label| reference_strip_word(&s, label)),
                "{:?}", s
            );
        }

        #[test]
        fn the_printed_fast_path_agrees_with_the_general_path(
            s in "((NATO|nato|OTAN|Grade|grade|GRADE|Gradex|G) {0,2}){0,3}[gG ]?[0-9]{0,3}\
                  ([-/][gG]?[0-9]{1,3})?\
                  ( ?\\(([aAlLbBcCgGx][.]?[0-9]{1,2}([-/][aAlLbBcCx]?[.]?[0-9]{1,2})?)\\)?)?",
        ) {
            if let Some(grade) = printed_grade(&s) {
                proptest::prop_assert_eq!(parse_any_post_grade(&s), Ok(grade), "{}", s);
            }
        }

        #[test]
        fn the_printed_fast_path_agrees_on_every_printed_grade(
            grade in proptest::prelude::any::<PostGrade>(),
            label in "(NATO Grade |Grade |)",
        ) {
            let s = format!("{label}{grade}");
            if grade.is_graded() {
                proptest::prop_assert_eq!(printed_grade(&s), Some(grade), "{}", s);
            }
            proptest::prop_assert_eq!(parse_any_post_grade(&s), Ok(grade), "{}", s);
        }

        #[test]
        fn the_byte_lexer_agrees_with_the_general_one(
            s in "([GgAaLlBbCcXx]|[0-9]{1,3}|[ ().\\-/]){0,12}",
        ) {
            proptest::prop_assert_eq!(group_ascii_atoms(s.as_bytes()), group_atoms(&s), "{:?}", s);
        }
    }
}
