//! The member states of NATO, whose nationals alone may apply for its
//! civilian posts, and the nationality a candidate declares.

use core::fmt;
use core::str::FromStr;

use crate::OfficialLanguage;
use crate::macros::serde_via_str;
use crate::text::{fold_char, fold_eq};

/// One of the 32 member states of NATO.
///
/// Declared in English alphabetical order, so iteration and `Ord` agree.
/// The canonical form is the English short name (`United Kingdom`,
/// `Türkiye`); parsing also accepts the French name, the ISO 3166 alpha-2
/// and alpha-3 codes and common variants (`Turkey`, `Czech Republic`, `UK`,
/// `USA`, `Pays-Bas`), ignoring case, accents and punctuation.
///
/// ```
/// use nato_post::{MemberState, OfficialLanguage};
///
/// let state: MemberState = "Royaume-Uni".parse()?;
/// assert_eq!(state, MemberState::UnitedKingdom);
/// assert_eq!(state.to_string(), "United Kingdom");
/// assert_eq!(state.alpha2(), "GB");
/// assert_eq!("Turkey".parse::<MemberState>()?.label(OfficialLanguage::English), "Türkiye");
/// assert_eq!(MemberState::Sweden.accession_year(), 2024);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MemberState {
    /// Albania (2009).
    Albania,
    /// Belgium (1949, founding member).
    Belgium,
    /// Bulgaria (2004).
    Bulgaria,
    /// Canada (1949, founding member).
    Canada,
    /// Croatia (2009).
    Croatia,
    /// Czechia (1999).
    Czechia,
    /// Denmark (1949, founding member).
    Denmark,
    /// Estonia (2004).
    Estonia,
    /// Finland (2023).
    Finland,
    /// France (1949, founding member).
    France,
    /// Germany (1955).
    Germany,
    /// Greece (1952).
    Greece,
    /// Hungary (1999).
    Hungary,
    /// Iceland (1949, founding member).
    Iceland,
    /// Italy (1949, founding member).
    Italy,
    /// Latvia (2004).
    Latvia,
    /// Lithuania (2004).
    Lithuania,
    /// Luxembourg (1949, founding member).
    Luxembourg,
    /// Montenegro (2017).
    Montenegro,
    /// The Netherlands (1949, founding member).
    Netherlands,
    /// North Macedonia (2020).
    NorthMacedonia,
    /// Norway (1949, founding member).
    Norway,
    /// Poland (1999).
    Poland,
    /// Portugal (1949, founding member).
    Portugal,
    /// Romania (2004).
    Romania,
    /// Slovakia (2004).
    Slovakia,
    /// Slovenia (2004).
    Slovenia,
    /// Spain (1982).
    Spain,
    /// Sweden (2024).
    Sweden,
    /// Türkiye (1952).
    Turkiye,
    /// The United Kingdom (1949, founding member).
    UnitedKingdom,
    /// The United States (1949, founding member).
    UnitedStates,
}

/// The reference data of one member state.
struct StateData {
    english: &'static str,
    french: &'static str,
    alpha2: &'static str,
    alpha3: &'static str,
    accession: u16,
    /// Other spellings accepted by `FromStr`, besides the names and codes.
    variants: &'static [&'static str],
}

const fn state(
    english: &'static str,
    french: &'static str,
    alpha2: &'static str,
    alpha3: &'static str,
    accession: u16,
    variants: &'static [&'static str],
) -> StateData {
    StateData {
        english,
        french,
        alpha2,
        alpha3,
        accession,
        variants,
    }
}

/// The member states' names, codes and accession years, in declaration
/// order (DOMAIN.md §7).
const STATES: [StateData; 32] = [
    state("Albania", "Albanie", "AL", "ALB", 2009, &[]),
    state("Belgium", "Belgique", "BE", "BEL", 1949, &[]),
    state("Bulgaria", "Bulgarie", "BG", "BGR", 2004, &[]),
    state("Canada", "Canada", "CA", "CAN", 1949, &[]),
    state("Croatia", "Croatie", "HR", "HRV", 2009, &[]),
    state(
        "Czechia",
        "Tchéquie",
        "CZ",
        "CZE",
        1999,
        &["Czech Republic", "République tchèque", "Tchequie"],
    ),
    state("Denmark", "Danemark", "DK", "DNK", 1949, &[]),
    state("Estonia", "Estonie", "EE", "EST", 2004, &[]),
    state("Finland", "Finlande", "FI", "FIN", 2023, &[]),
    state("France", "France", "FR", "FRA", 1949, &[]),
    state("Germany", "Allemagne", "DE", "DEU", 1955, &["Deutschland"]),
    state("Greece", "Grèce", "GR", "GRC", 1952, &["EL", "Hellas"]),
    state("Hungary", "Hongrie", "HU", "HUN", 1999, &[]),
    state("Iceland", "Islande", "IS", "ISL", 1949, &[]),
    state("Italy", "Italie", "IT", "ITA", 1949, &[]),
    state("Latvia", "Lettonie", "LV", "LVA", 2004, &[]),
    state("Lithuania", "Lituanie", "LT", "LTU", 2004, &[]),
    state("Luxembourg", "Luxembourg", "LU", "LUX", 1949, &[]),
    state("Montenegro", "Monténégro", "ME", "MNE", 2017, &[]),
    state(
        "Netherlands",
        "Pays-Bas",
        "NL",
        "NLD",
        1949,
        &["The Netherlands", "Kingdom of the Netherlands"],
    ),
    state(
        "North Macedonia",
        "Macédoine du Nord",
        "MK",
        "MKD",
        2020,
        &["Republic of North Macedonia"],
    ),
    state("Norway", "Norvège", "NO", "NOR", 1949, &[]),
    state("Poland", "Pologne", "PL", "POL", 1999, &[]),
    state("Portugal", "Portugal", "PT", "PRT", 1949, &[]),
    state("Romania", "Roumanie", "RO", "ROU", 2004, &[]),
    state(
        "Slovakia",
        "Slovaquie",
        "SK",
        "SVK",
        2004,
        &["Slovak Republic"],
    ),
    state("Slovenia", "Slovénie", "SI", "SVN", 2004, &[]),
    state("Spain", "Espagne", "ES", "ESP", 1982, &[]),
    state("Sweden", "Suède", "SE", "SWE", 2024, &[]),
    state(
        "Türkiye",
        "Türkiye",
        "TR",
        "TUR",
        1952,
        &["Turkey", "Turquie", "Republic of Türkiye"],
    ),
    state(
        "United Kingdom",
        "Royaume-Uni",
        "GB",
        "GBR",
        1949,
        &[
            "UK",
            "U.K.",
            "Great Britain",
            "Britain",
            "United Kingdom of Great Britain and Northern Ireland",
        ],
    ),
    state(
        "United States",
        "États-Unis",
        "US",
        "USA",
        1949,
        &[
            "U.S.",
            "U.S.A.",
            "United States of America",
            "États-Unis d'Amérique",
        ],
    ),
];

impl MemberState {
    /// The 32 member states, in English alphabetical order.
    pub const ALL: [Self; 32] = [
        Self::Albania,
        Self::Belgium,
        Self::Bulgaria,
        Self::Canada,
        Self::Croatia,
        Self::Czechia,
        Self::Denmark,
        Self::Estonia,
        Self::Finland,
        Self::France,
        Self::Germany,
        Self::Greece,
        Self::Hungary,
        Self::Iceland,
        Self::Italy,
        Self::Latvia,
        Self::Lithuania,
        Self::Luxembourg,
        Self::Montenegro,
        Self::Netherlands,
        Self::NorthMacedonia,
        Self::Norway,
        Self::Poland,
        Self::Portugal,
        Self::Romania,
        Self::Slovakia,
        Self::Slovenia,
        Self::Spain,
        Self::Sweden,
        Self::Turkiye,
        Self::UnitedKingdom,
        Self::UnitedStates,
    ];

    /// Iterates over the member states in English alphabetical order.
    ///
    /// ```
    /// use nato_post::MemberState;
    /// assert_eq!(MemberState::iter().count(), 32);
    /// assert_eq!(MemberState::iter().next(), Some(MemberState::Albania));
    /// ```
    pub fn iter() -> impl Iterator<Item = Self> {
        Self::ALL.into_iter()
    }

    const fn data(self) -> &'static StateData {
        &STATES[self as usize]
    }

    /// The canonical form: the English short name.
    ///
    /// ```
    /// use nato_post::MemberState;
    /// assert_eq!(MemberState::NorthMacedonia.as_str(), "North Macedonia");
    /// ```
    pub const fn as_str(self) -> &'static str {
        self.data().english
    }

    /// The short name in `lang`.
    ///
    /// ```
    /// use nato_post::{MemberState, OfficialLanguage};
    /// assert_eq!(MemberState::UnitedStates.label(OfficialLanguage::French), "États-Unis");
    /// assert_eq!(MemberState::Germany.label(OfficialLanguage::English), "Germany");
    /// ```
    pub const fn label(self, lang: OfficialLanguage) -> &'static str {
        match lang {
            OfficialLanguage::English => self.data().english,
            OfficialLanguage::French => self.data().french,
        }
    }

    /// The ISO 3166-1 alpha-2 code.
    ///
    /// ```
    /// use nato_post::MemberState;
    /// assert_eq!(MemberState::Greece.alpha2(), "GR");
    /// ```
    pub const fn alpha2(self) -> &'static str {
        self.data().alpha2
    }

    /// The ISO 3166-1 alpha-3 code.
    ///
    /// ```
    /// use nato_post::MemberState;
    /// assert_eq!(MemberState::Portugal.alpha3(), "PRT");
    /// ```
    pub const fn alpha3(self) -> &'static str {
        self.data().alpha3
    }

    /// The year the state joined the Alliance.
    ///
    /// ```
    /// use nato_post::MemberState;
    /// assert_eq!(MemberState::NorthMacedonia.accession_year(), 2020);
    /// assert_eq!(MemberState::iter().filter(|s| s.accession_year() == 1949).count(), 12);
    /// ```
    pub const fn accession_year(self) -> u16 {
        self.data().accession
    }

    /// The member state `name` spells, if any (see the type's docs for what
    /// is accepted). Never allocates.
    ///
    /// ```
    /// use nato_post::MemberState;
    /// assert_eq!(MemberState::find("czech republic"), Some(MemberState::Czechia));
    /// assert_eq!(MemberState::find("Switzerland"), None);
    /// ```
    pub fn find(name: &str) -> Option<Self> {
        Self::iter().find(|state| {
            let data = state.data();
            [data.english, data.french, data.alpha2, data.alpha3]
                .iter()
                .chain(data.variants)
                .any(|spelling| same_name(name, spelling))
        })
    }
}

/// Letters and digits of a name, folded: case, accents, spaces, dots,
/// dashes and apostrophes do not count (`U.S.A.` is `usa`, `Pays Bas` is
/// `paysbas`).
fn name_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().map(fold_char).filter(|c| c.is_alphanumeric())
}

fn same_name(a: &str, b: &str) -> bool {
    fold_eq(a, b) || name_chars(a).eq(name_chars(b))
}

impl fmt::Display for MemberState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for MemberState {
    type Err = ParseMemberStateError;

    /// Accepts the English and French names, ISO 3166 alpha-2 and alpha-3
    /// codes and common variants, ignoring case, accents and punctuation.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if name_chars(s).next().is_none() {
            return Err(ParseMemberStateError::Empty(s.to_owned()));
        }
        Self::find(s).ok_or_else(|| ParseMemberStateError::NotAMember(s.to_owned()))
    }
}

serde_via_str!(
    MemberState,
    "a NATO member state such as \"France\", \"FR\" or \"FRA\""
);

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for MemberState {
    type Parameters = ();
    type Strategy = proptest::sample::Select<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        proptest::sample::select(&Self::ALL[..])
    }
}

/// The error returned when a text names no member state.
///
/// ```
/// use nato_post::MemberState;
/// let err = "Switzerland".parse::<MemberState>().unwrap_err();
/// assert_eq!(err.to_string(), r#"not a NATO member state "Switzerland""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseMemberStateError {
    /// The text holds no letter or digit.
    #[error("empty country name {0:?}")]
    Empty(String),
    /// The text names no member state (a non-member, or a misspelling).
    #[error("not a NATO member state {0:?}")]
    NotAMember(String),
}

/// A nationality a candidate declares: a member state, or another country
/// kept as written.
///
/// Parsing never rejects a country for not being a member: eligibility is
/// the screening's question, answered with a `NotMet` outcome. Displayed as
/// the member state's canonical name, or the other text trimmed.
///
/// ```
/// use nato_post::{MemberState, Nationality};
///
/// let french: Nationality = "FRA".parse()?;
/// assert_eq!(french.member_state(), Some(MemberState::France));
/// assert_eq!(french.to_string(), "France");
///
/// let swiss: Nationality = " Switzerland ".parse()?;
/// assert!(!swiss.is_member());
/// assert_eq!(swiss.to_string(), "Switzerland");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Nationality {
    /// A national of a member state.
    Member(MemberState),
    /// A national of a country that is not a member state, as written.
    Other(String),
}

impl Nationality {
    /// The member state, when the nationality is one.
    ///
    /// ```
    /// use nato_post::{MemberState, Nationality};
    /// assert_eq!(Nationality::Member(MemberState::Spain).member_state(), Some(MemberState::Spain));
    /// ```
    pub const fn member_state(&self) -> Option<MemberState> {
        match self {
            Self::Member(state) => Some(*state),
            Self::Other(_) => None,
        }
    }

    /// Whether the nationality is that of a member state.
    ///
    /// ```
    /// use nato_post::Nationality;
    /// assert!(!Nationality::Other("Japan".into()).is_member());
    /// ```
    pub const fn is_member(&self) -> bool {
        matches!(self, Self::Member(_))
    }
}

impl From<MemberState> for Nationality {
    fn from(state: MemberState) -> Self {
        Self::Member(state)
    }
}

impl fmt::Display for Nationality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Member(state) => f.write_str(state.as_str()),
            Self::Other(name) => f.write_str(name),
        }
    }
}

impl FromStr for Nationality {
    type Err = ParseMemberStateError;

    /// A member state when the text names one, else the trimmed text.
    /// Fails only on a text without a letter or digit.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.parse::<MemberState>() {
            Ok(state) => Ok(Self::Member(state)),
            Err(ParseMemberStateError::NotAMember(_)) => Ok(Self::Other(s.trim().to_owned())),
            Err(err) => Err(err),
        }
    }
}

serde_via_str!(
    Nationality,
    "a nationality: a country name or an ISO 3166 code"
);

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for Nationality {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        prop_oneof![
            any::<MemberState>().prop_map(Self::Member),
            proptest::sample::select(&NON_MEMBERS[..])
                .prop_map(|name| Self::Other(name.to_owned())),
        ]
        .boxed()
    }
}

/// Countries that are not member states, for generated nationalities.
#[cfg(feature = "proptest")]
const NON_MEMBERS: [&str; 6] = [
    "Switzerland",
    "Austria",
    "Ireland",
    "Japan",
    "Australia",
    "Malta",
];
