//! NATO's behavioural competencies, the behaviour levels of each, and the
//! competency requirements that notices print.
//!
//! Every ladder lives in one table, [`CATALOGUE`]: the English and French
//! phrase of each rung, the other spellings seen or expected, and whether the
//! rung was printed in a notice or inferred from the Hay/McBer scales.

use core::fmt;
use core::str::FromStr;

use crate::OfficialLanguage;
use crate::macros::serde_via_str;
use crate::text::{LATIN1_FOLDS, fold_char};

/// One of the behavioural competencies NATO applies to civilian posts.
///
/// NATO uses sixteen; fifteen are public, declared here in English
/// alphabetical order (the order notices list them in), so `Ord` and
/// [`Competency::iter`] agree. The enum is `#[non_exhaustive]` because the
/// sixteenth may be added.
///
/// ```
/// use nato_post::{Competency, OfficialLanguage};
///
/// let c: Competency = "Organizational Awareness".parse()?;
/// assert_eq!(c, Competency::OrganisationalAwareness);
/// assert_eq!(c.to_string(), "Organisational Awareness");
/// assert_eq!(c.label(OfficialLanguage::French), "Compréhension organisationnelle");
/// assert_eq!("maitrise de soi".parse::<Competency>()?, Competency::SelfControl);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Competency {
    /// Achievement (`Recherche de l'excellence`).
    Achievement,
    /// Analytical Thinking (`Réflexion analytique`).
    AnalyticalThinking,
    /// Change Leadership (`Promotion du changement`).
    ChangeLeadership,
    /// Clarity and Accuracy (`Clarté et précision`).
    ClarityAndAccuracy,
    /// Conceptual Thinking (`Réflexion conceptuelle`).
    ConceptualThinking,
    /// Customer Service Orientation (`Souci du service au client`).
    CustomerServiceOrientation,
    /// Developing Others (`Valorisation du personnel`).
    DevelopingOthers,
    /// Empathy (`Empathie`).
    Empathy,
    /// Flexibility (`Flexibilité`).
    Flexibility,
    /// Impact and Influence (`Persuasion et influence`).
    ImpactAndInfluence,
    /// Initiative (`Initiative`).
    Initiative,
    /// Leadership (`Aptitude à diriger`).
    Leadership,
    /// Organisational Awareness (`Compréhension organisationnelle`).
    OrganisationalAwareness,
    /// Self-Control (`Maîtrise de soi`).
    SelfControl,
    /// Teamwork (`Travail en équipe`).
    Teamwork,
}

/// The names of one competency: canonical English, French, and other
/// spellings accepted when parsing.
struct Names {
    competency: Competency,
    english: &'static str,
    french: &'static str,
    also: &'static [&'static str],
}

/// Every competency's names, indexed by `Competency as usize`.
const NAMES: [Names; Competency::ALL.len()] = {
    use Competency::*;
    const fn n(
        competency: Competency,
        english: &'static str,
        french: &'static str,
        also: &'static [&'static str],
    ) -> Names {
        Names {
            competency,
            english,
            french,
            also,
        }
    }
    [
        n(Achievement, "Achievement", "Recherche de l'excellence", &[]),
        n(
            AnalyticalThinking,
            "Analytical Thinking",
            "Réflexion analytique",
            &[],
        ),
        n(
            ChangeLeadership,
            "Change Leadership",
            "Promotion du changement",
            &[],
        ),
        n(
            ClarityAndAccuracy,
            "Clarity and Accuracy",
            "Clarté et précision",
            &["Clarity & Accuracy"],
        ),
        n(
            ConceptualThinking,
            "Conceptual Thinking",
            "Réflexion conceptuelle",
            &[],
        ),
        n(
            CustomerServiceOrientation,
            "Customer Service Orientation",
            "Souci du service au client",
            &[],
        ),
        n(
            DevelopingOthers,
            "Developing Others",
            "Valorisation du personnel",
            &[],
        ),
        n(Empathy, "Empathy", "Empathie", &[]),
        n(Flexibility, "Flexibility", "Flexibilité", &[]),
        n(
            ImpactAndInfluence,
            "Impact and Influence",
            "Persuasion et influence",
            &["Impact & Influence"],
        ),
        n(Initiative, "Initiative", "Initiative", &[]),
        n(Leadership, "Leadership", "Aptitude à diriger", &[]),
        n(
            OrganisationalAwareness,
            "Organisational Awareness",
            "Compréhension organisationnelle",
            &["Organizational Awareness"],
        ),
        n(
            SelfControl,
            "Self-Control",
            "Maîtrise de soi",
            &["Self Control", "Selfcontrol"],
        ),
        n(
            Teamwork,
            "Teamwork",
            "Travail en équipe",
            &["Team Work", "Team-work"],
        ),
    ]
};

const _: () = {
    let mut i = 0;
    while i < NAMES.len() {
        assert!(
            NAMES[i].competency as usize == i,
            "NAMES is indexed by competency"
        );
        i += 1;
    }
};

impl Competency {
    /// The fifteen public competencies, in English alphabetical order.
    pub const ALL: [Self; 15] = [
        Self::Achievement,
        Self::AnalyticalThinking,
        Self::ChangeLeadership,
        Self::ClarityAndAccuracy,
        Self::ConceptualThinking,
        Self::CustomerServiceOrientation,
        Self::DevelopingOthers,
        Self::Empathy,
        Self::Flexibility,
        Self::ImpactAndInfluence,
        Self::Initiative,
        Self::Leadership,
        Self::OrganisationalAwareness,
        Self::SelfControl,
        Self::Teamwork,
    ];

    /// Iterates over the competencies in English alphabetical order.
    ///
    /// ```
    /// use nato_post::Competency;
    /// assert_eq!(Competency::iter().next(), Some(Competency::Achievement));
    /// assert_eq!(Competency::iter().count(), 15);
    /// ```
    pub fn iter() -> impl Iterator<Item = Self> {
        Self::ALL.into_iter()
    }

    /// The canonical English name: `Organisational Awareness`,
    /// `Self-Control`, `Impact and Influence`…
    ///
    /// ```
    /// use nato_post::Competency;
    /// assert_eq!(Competency::SelfControl.as_str(), "Self-Control");
    /// ```
    pub const fn as_str(self) -> &'static str {
        NAMES[self as usize].english
    }

    /// The name in `lang`.
    ///
    /// ```
    /// use nato_post::{Competency, OfficialLanguage};
    /// assert_eq!(
    ///     Competency::Achievement.label(OfficialLanguage::French),
    ///     "Recherche de l'excellence"
    /// );
    /// assert_eq!(Competency::Achievement.label(OfficialLanguage::English), "Achievement");
    /// ```
    pub const fn label(self, lang: OfficialLanguage) -> &'static str {
        match lang {
            OfficialLanguage::English => NAMES[self as usize].english,
            OfficialLanguage::French => NAMES[self as usize].french,
        }
    }

    /// The behaviour levels of this competency known to the catalogue, low
    /// to high (the same as [`BehaviourLevel::ladder`]).
    ///
    /// ```
    /// use nato_post::Competency;
    /// let top = Competency::Initiative.levels().last().unwrap();
    /// assert_eq!(top.to_string(), "Initiative: Plans and acts for the long term");
    /// ```
    pub fn levels(self) -> impl Iterator<Item = BehaviourLevel> {
        BehaviourLevel::ladder(self).iter().copied()
    }

    #[cfg(test)]
    fn names(&self) -> impl Iterator<Item = &'static str> {
        let names = &NAMES[*self as usize];
        [names.english, names.french]
            .into_iter()
            .chain(names.also.iter().copied())
    }

    /// The competency named by `name` (already stripped of separators).
    fn lookup(name: &str) -> Option<Self> {
        // A name printed as a name (but for case) has that name's key,
        // compiled.
        let mut printed = NAMES_BY_LENGTH.get(name.len()).copied().unwrap_or(0);
        while printed != 0 {
            let j = printed.trailing_zeros() as usize;
            printed &= printed - 1;
            if NAME_SPELLINGS[j].1.eq_ignore_ascii_case(name) {
                return NAME_OF_KEY.get(j).copied();
            }
        }
        let mut key = [0u8; TEXT_KEY_CAPACITY];
        match fold_key(name, &mut key) {
            Some(len) => Self::with_name_key(key.get(..len)?),
            None => {
                let (key, len) = long_or_accented_key(name)?;
                Self::with_name_key(key.get(..len)?)
            }
        }
    }

    /// [`Competency::lookup`] as it compares every spelling with the key of
    /// `name`, one after the other: the path the look-up's keys stand for.
    #[cfg(test)]
    fn lookup_by_spellings(name: &str) -> Option<Self> {
        let name = TextKey::new(name);
        Self::iter().find(|c| c.names().any(|spelling| name.matches(spelling)))
    }

    /// The competency of the first name whose key is `key`: names of one
    /// competency come together, in `Competency` order, so it is the one
    /// the general path finds.
    fn with_name_key(key: &[u8]) -> Option<Self> {
        // Only names of the key's length can be it.
        let mut candidates = *NAMES_BY_KEY_LENGTH.get(key.len())?;
        while candidates != 0 {
            let (competency, spelling) = NAME_KEYS[candidates.trailing_zeros() as usize];
            candidates &= candidates - 1;
            if spelling.is(key) {
                return Some(competency);
            }
        }
        None
    }
}

impl fmt::Display for Competency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Competency {
    type Err = ParseCompetencyError;

    /// Accepts the English and French names in any case, with or without
    /// accents, `Organizational` or `Organisational`, `Self Control` or
    /// `Self-Control`, with markdown marks and a trailing colon
    /// (`**Initiative:**`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let name = printed_name(s);
        if name.is_empty() {
            return Err(ParseCompetencyError::Empty);
        }
        Self::lookup(name).ok_or_else(|| ParseCompetencyError::UnknownCompetency(name.to_owned()))
    }
}

/// A competency name as printed, without white space, a trailing colon or
/// the markdown marks around it.
fn printed_name(s: &str) -> &str {
    trim_marks(s.trim().trim_end_matches(is_trailing))
}

serde_via_str!(Competency, "a NATO competency such as \"Initiative\"");

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for Competency {
    type Parameters = ();
    type Strategy = proptest::sample::Select<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        proptest::sample::select(&Self::ALL[..])
    }
}

/// One rung of a competency's ladder in [`CATALOGUE`].
struct Rung {
    competency: Competency,
    /// Capitalised as notices print it after the colon.
    english: &'static str,
    /// Lowercase, as French notices print it after ` : `.
    french: &'static str,
    /// Not printed in any notice seen: taken from the Hay/McBer scale, with a
    /// French rendering of our own.
    inferred: bool,
    /// Other spellings, in either language: American spelling, gender
    /// agreement, hyphenation.
    also: &'static [&'static str],
}

const fn seen(
    competency: Competency,
    english: &'static str,
    french: &'static str,
    also: &'static [&'static str],
) -> Rung {
    Rung {
        competency,
        english,
        french,
        inferred: false,
        also,
    }
}

const fn inferred(
    competency: Competency,
    english: &'static str,
    french: &'static str,
    also: &'static [&'static str],
) -> Rung {
    Rung {
        competency,
        english,
        french,
        inferred: true,
        also,
    }
}

/// Every ladder, grouped by competency in `Competency` order, each low to
/// high.
///
/// Ladders follow the Hay/McBer (Spencer & Spencer) scales. Where only some
/// rungs are known (Change Leadership, Developing Others, Empathy,
/// Flexibility, Self-Control), only those are listed, in order; inferred
/// rungs may be inserted later, which moves ranks but not the string forms.
const CATALOGUE: [Rung; 57] = {
    use Competency::*;
    [
        inferred(
            Achievement,
            "Works to do job well",
            "s'efforce de bien faire son travail",
            &[],
        ),
        seen(
            Achievement,
            "Creates own measures of excellence and improves performance",
            "crée ses propres critères d'excellence et améliore les performances",
            &[],
        ),
        seen(
            Achievement,
            "Sets and works to meet challenging goals",
            "se fixe et s'efforce d'atteindre des objectifs ambitieux",
            &[],
        ),
        seen(
            Achievement,
            "Demonstrates decisiveness based on solid considerations and trade-offs",
            "fait preuve d'esprit de décision après avoir mûrement pesé le pour et le contre",
            &["Demonstrates decisiveness based on solid considerations and tradeoffs"],
        ),
        inferred(
            Achievement,
            "Takes calculated entrepreneurial risks",
            "prend des risques entrepreneuriaux calculés",
            &[],
        ),
        inferred(
            AnalyticalThinking,
            "Breaks down problems",
            "décompose les problèmes",
            &[],
        ),
        inferred(
            AnalyticalThinking,
            "Sees basic relationships",
            "discerne les relations élémentaires",
            &[],
        ),
        seen(
            AnalyticalThinking,
            "Sees multiple relationships",
            "discerne les relations multiples",
            &[],
        ),
        seen(
            AnalyticalThinking,
            "Makes complex plans or analyses",
            "fait des analyses ou des plans complexes",
            &[],
        ),
        inferred(
            AnalyticalThinking,
            "Makes very complex plans or analyses",
            "fait des analyses ou des plans très complexes",
            &[],
        ),
        seen(
            ChangeLeadership,
            "Personally leads change",
            "dirige personnellement le changement",
            &[],
        ),
        seen(
            ChangeLeadership,
            "Champions change",
            "prend fait et cause pour le changement",
            &[],
        ),
        inferred(
            ClarityAndAccuracy,
            "Works for order and clarity",
            "veille à l'ordre et à la clarté",
            &[],
        ),
        seen(
            ClarityAndAccuracy,
            "Checks own work",
            "vérifie son travail",
            &["vérifie son propre travail"],
        ),
        seen(
            ClarityAndAccuracy,
            "Monitors others' work for clarity",
            "contrôle le travail d'autres personnes dans une optique de clarté",
            &["Monitors others work for clarity"],
        ),
        inferred(
            ClarityAndAccuracy,
            "Monitors data or projects",
            "contrôle des données ou des projets",
            &[],
        ),
        inferred(
            ClarityAndAccuracy,
            "Develops systems",
            "met au point des systèmes",
            &[],
        ),
        inferred(
            ConceptualThinking,
            "Uses basic rules",
            "applique des règles élémentaires",
            &[],
        ),
        inferred(
            ConceptualThinking,
            "Sees patterns",
            "discerne des schémas",
            &[],
        ),
        seen(
            ConceptualThinking,
            "Applies learned concepts",
            "applique les concepts acquis",
            &[],
        ),
        seen(
            ConceptualThinking,
            "Clarifies complex data or situations",
            "clarifie des données ou des situations complexes",
            &[],
        ),
        seen(
            ConceptualThinking,
            "Creates new concepts",
            "crée de nouveaux concepts",
            &[],
        ),
        inferred(
            CustomerServiceOrientation,
            "Follows up",
            "assure le suivi",
            &[],
        ),
        inferred(
            CustomerServiceOrientation,
            "Keeps clear communication",
            "maintient une communication claire",
            &[],
        ),
        seen(
            CustomerServiceOrientation,
            "Takes personal responsibility for correcting problems",
            "s'engage personnellement à résoudre les problèmes",
            &[],
        ),
        inferred(
            CustomerServiceOrientation,
            "Acts beyond normal expectations",
            "va au-delà des attentes normales",
            &[],
        ),
        seen(
            CustomerServiceOrientation,
            "Makes things better for the customer, addressing underlying customer needs",
            "améliore la situation pour le client en répondant à ses besoins fondamentaux",
            &[],
        ),
        inferred(
            CustomerServiceOrientation,
            "Trusted adviser",
            "conseiller de confiance",
            &[
                "Trusted advisor",
                "Acts as a trusted adviser",
                "Acts as a trusted advisor",
                "conseillère de confiance",
                "conseiller/conseillère de confiance",
                "agit en conseiller de confiance",
                "agit en conseillère de confiance",
            ],
        ),
        seen(
            DevelopingOthers,
            "Provides in-depth mentoring, coaching and training",
            "assure un mentorat, un accompagnement professionnel et une formation approfondis",
            &[],
        ),
        seen(Empathy, "Listens actively", "écoute activement", &[]),
        seen(
            Flexibility,
            "Acts with flexibility",
            "agit avec flexibilité",
            &[],
        ),
        inferred(
            ImpactAndInfluence,
            "Takes a single action to persuade",
            "prend une seule mesure à des fins de persuasion",
            &[],
        ),
        seen(
            ImpactAndInfluence,
            "Takes multiple actions to persuade",
            "prend différentes mesures à des fins de persuasion",
            &[],
        ),
        inferred(
            ImpactAndInfluence,
            "Calculates the impact of actions or words",
            "calcule l'effet de ses actes ou de ses paroles",
            &[],
        ),
        seen(
            ImpactAndInfluence,
            "Uses indirect influence",
            "a recours à des techniques d'influence indirectes",
            &[],
        ),
        seen(
            ImpactAndInfluence,
            "Uses complex influence strategies",
            "a recours à des stratégies d'influence complexes",
            &[],
        ),
        seen(
            Initiative,
            "Is decisive in a time-sensitive situation",
            "fait preuve de décision dans les situations où il faut agir sans attendre",
            &[
                "Is decisive in a time sensitive situation",
                "Is decisive in time-sensitive situations",
            ],
        ),
        inferred(
            Initiative,
            "Acts up to a year ahead",
            "agit jusqu'à un an à l'avance",
            &[],
        ),
        seen(
            Initiative,
            "Plans and acts for the long term",
            "planifie et agit sur le long terme",
            &[],
        ),
        inferred(Leadership, "Manages meetings", "dirige les réunions", &[]),
        inferred(
            Leadership,
            "Keeps people informed",
            "tient les personnes informées",
            &[],
        ),
        inferred(
            Leadership,
            "Uses formal authority fairly",
            "exerce son autorité formelle avec équité",
            &[],
        ),
        inferred(
            Leadership,
            "Promotes team effectiveness",
            "favorise l'efficacité de l'équipe",
            &[],
        ),
        inferred(
            Leadership,
            "Takes care of the group",
            "prend soin du groupe",
            &[],
        ),
        seen(
            Leadership,
            "Positions self as the leader",
            "se positionne comme chef",
            &[
                "se positionne comme cheffe",
                "se positionne comme chef/cheffe",
            ],
        ),
        seen(
            Leadership,
            "Communicates a compelling vision",
            "communique une vision convaincante",
            &[],
        ),
        seen(
            OrganisationalAwareness,
            "Understands the Organisation's structure",
            "comprend la structure de l'Organisation",
            &["Understands the Organization's structure"],
        ),
        inferred(
            OrganisationalAwareness,
            "Understands informal structure",
            "comprend la structure informelle",
            &[],
        ),
        seen(
            OrganisationalAwareness,
            "Understands organisational climate and culture",
            "comprend le climat et la culture de l'Organisation",
            &["Understands organizational climate and culture"],
        ),
        seen(
            OrganisationalAwareness,
            "Understands organisational politics",
            "comprend les rouages de l'Organisation",
            &["Understands organizational politics"],
        ),
        seen(
            OrganisationalAwareness,
            "Understands underlying issues",
            "cerne les enjeux profonds",
            &[],
        ),
        seen(
            SelfControl,
            "Stays composed and positive even under extreme pressure",
            "reste calme et positive/positif, même en cas de pression extrême",
            &[
                "reste calme et positive, même en cas de pression extrême",
                "reste calme et positif, même en cas de pression extrême",
                "reste calme et positif/positive, même en cas de pression extrême",
            ],
        ),
        inferred(Teamwork, "Co-operates", "coopère", &["Cooperates"]),
        seen(
            Teamwork,
            "Expresses positive attitudes and expectations of team or team members",
            "exprime des attitudes et des attentes positives concernant l'équipe ou les membres de l'équipe",
            &[],
        ),
        seen(
            Teamwork,
            "Solicits inputs and encourages others",
            "sollicite des contributions et encourage les autres",
            &[],
        ),
        inferred(
            Teamwork,
            "Builds team spirit",
            "renforce l'esprit d'équipe",
            &[],
        ),
        inferred(Teamwork, "Resolves conflicts", "résout les conflits", &[]),
    ]
};

/// Where each competency's ladder starts in [`CATALOGUE`] and how many rungs
/// it has, indexed by `Competency as usize`.
const LADDERS: [(usize, u8); Competency::ALL.len()] = {
    let mut ladders = [(0, 0); Competency::ALL.len()];
    let mut i = 0;
    while i < CATALOGUE.len() {
        let c = CATALOGUE[i].competency as usize;
        if i > 0 {
            assert!(
                CATALOGUE[i - 1].competency as usize <= c,
                "CATALOGUE is grouped by competency, in order"
            );
        }
        if ladders[c].1 == 0 {
            ladders[c].0 = i;
        }
        ladders[c].1 += 1;
        i += 1;
    }
    let mut c = 0;
    while c < ladders.len() {
        assert!(ladders[c].1 > 0, "every competency has a ladder");
        c += 1;
    }
    ladders
};

// ---------------------------------------------------------------------------
// Catalogue keys, folded at compile time.

/// Longest key of a catalogue spelling (checked when the keys are built).
const SPELLING_KEY_CAPACITY: usize = 96;

/// The [`key`] of a catalogue spelling, computed at compile time: a look-up
/// compares the text's key with it as bytes, without folding the spelling
/// again.
#[derive(Clone, Copy)]
struct SpellingKey {
    len: u8,
    bytes: [u8; SPELLING_KEY_CAPACITY],
}

impl SpellingKey {
    const EMPTY: Self = Self {
        len: 0,
        bytes: [0; SPELLING_KEY_CAPACITY],
    };

    /// [`key`] of `spelling`, for the characters catalogue spellings use:
    /// ASCII and the accented Latin-1 letters, each folded as
    /// [`fold_char`] folds it (a test checks the result against [`key`]).
    /// Anything else stops the build.
    const fn of(spelling: &str) -> Self {
        let text = spelling.as_bytes();
        let mut key = Self::EMPTY;
        let mut at = 0;
        let mut started = false;
        let mut space_before = false;
        while at < text.len() {
            let byte = text[at];
            let folded = if byte < 0x80 {
                at += 1;
                byte.to_ascii_lowercase()
            } else {
                assert!(
                    byte == 0xC3 && at + 1 < text.len(),
                    "catalogue spellings use ASCII and Latin-1 letters"
                );
                let folded = latin1_letter(text[at + 1]);
                at += 2;
                assert!(
                    folded != KEY_OTHER,
                    "a Latin-1 character the catalogue keys do not fold"
                );
                folded
            };
            match folded {
                b'*' | b'_' | b',' => {}
                b' ' => space_before = started,
                _ => {
                    if space_before {
                        key = key.push(b' ');
                    }
                    key = key.push(folded);
                    space_before = false;
                    started = true;
                }
            }
        }
        key
    }

    const fn push(mut self, byte: u8) -> Self {
        assert!(
            (self.len as usize) < SPELLING_KEY_CAPACITY,
            "a catalogue spelling longer than SPELLING_KEY_CAPACITY"
        );
        self.bytes[self.len as usize] = byte;
        self.len += 1;
        self
    }

    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }

    /// `true` when this is `key`. Most keys differ from a text's in
    /// length or first byte, which are compared first.
    #[inline]
    fn is(&self, key: &[u8]) -> bool {
        usize::from(self.len) == key.len()
            && self.bytes.first() == key.first()
            && self.as_bytes() == key
    }
}

/// How many spellings `names` has: English, French and the others.
const fn name_count(names: &[Names]) -> usize {
    let mut count = 0;
    let mut i = 0;
    while i < names.len() {
        count += 2 + names[i].also.len();
        i += 1;
    }
    count
}

/// Every competency name, with its competency, in the order
/// [`Competency::lookup`] tries them.
static NAME_SPELLINGS: [(Competency, &str); name_count(&NAMES)] = {
    let mut spellings = [(Competency::Achievement, ""); name_count(&NAMES)];
    let mut n = 0;
    let mut i = 0;
    while i < NAMES.len() {
        let names = &NAMES[i];
        spellings[n] = (names.competency, names.english);
        spellings[n + 1] = (names.competency, names.french);
        n += 2;
        let mut j = 0;
        while j < names.also.len() {
            spellings[n] = (names.competency, names.also[j]);
            n += 1;
            j += 1;
        }
        i += 1;
    }
    spellings
};

/// The key of each of [`NAME_SPELLINGS`], with its competency.
static NAME_KEYS: [(Competency, SpellingKey); name_count(&NAMES)] = keys_of(&NAME_SPELLINGS);

/// The key of each spelling of `spellings`, with what it spells.
const fn keys_of<T: Copy, const N: usize>(spellings: &[(T, &str); N]) -> [(T, SpellingKey); N] {
    assert!(N > 0, "a catalogue has spellings");
    let mut keys = [(spellings[0].0, SpellingKey::EMPTY); N];
    let mut i = 0;
    while i < N {
        keys[i] = (spellings[i].0, SpellingKey::of(spellings[i].1));
        i += 1;
    }
    keys
}

/// For each key length, the set of [`NAME_KEYS`] of that length (bit `i`
/// for entry `i`).
static NAMES_BY_KEY_LENGTH: [u64; SPELLING_KEY_CAPACITY + 1] = {
    assert!(NAME_KEYS.len() <= 64, "at most 64 competency names");
    let mut sets = [0u64; SPELLING_KEY_CAPACITY + 1];
    let mut i = 0;
    while i < NAME_KEYS.len() {
        sets[NAME_KEYS[i].1.len as usize] |= 1 << i;
        i += 1;
    }
    sets
};

/// For each length in bytes, the set of [`NAME_SPELLINGS`] of that
/// length (bit `i` for entry `i`).
static NAMES_BY_LENGTH: [u64; 64] = {
    let mut sets = [0u64; 64];
    let mut i = 0;
    while i < NAME_SPELLINGS.len() {
        sets[NAME_SPELLINGS[i].1.len()] |= 1 << i;
        i += 1;
    }
    sets
};

/// `true` when two compiled keys are equal, at compile time.
const fn same_key(a: &SpellingKey, b: &SpellingKey) -> bool {
    if a.len != b.len {
        return false;
    }
    let mut i = 0;
    while i < a.len as usize {
        if a.bytes[i] != b.bytes[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// For each of [`NAME_KEYS`], the competency [`Competency::with_name_key`]
/// finds for its key (that of the first name with the same key): what a
/// name printed as that spelling names, without the search.
static NAME_OF_KEY: [Competency; name_count(&NAMES)] = {
    let mut found = [Competency::Achievement; name_count(&NAMES)];
    let mut j = 0;
    while j < NAME_KEYS.len() {
        let mut i = 0;
        while !same_key(&NAME_KEYS[i].1, &NAME_KEYS[j].1) {
            i += 1;
        }
        found[j] = NAME_KEYS[i].0;
        j += 1;
    }
    found
};

/// How many spellings `rungs` have: English, French and the others.
const fn rung_spelling_count(rungs: &[Rung]) -> usize {
    let mut count = 0;
    let mut i = 0;
    while i < rungs.len() {
        count += 2 + rungs[i].also.len();
        i += 1;
    }
    count
}

/// Every rung's spellings, with the rung's index in [`CATALOGUE`], in
/// catalogue order and, within a rung, in the order
/// [`BehaviourLevel::lookup`] tries them.
static RUNG_SPELLINGS: [(u8, &str); rung_spelling_count(&CATALOGUE)] = {
    let mut spellings = [(0, ""); rung_spelling_count(&CATALOGUE)];
    let mut n = 0;
    let mut i = 0;
    while i < CATALOGUE.len() {
        let rung = &CATALOGUE[i];
        spellings[n] = (i as u8, rung.english);
        spellings[n + 1] = (i as u8, rung.french);
        n += 2;
        let mut j = 0;
        while j < rung.also.len() {
            spellings[n] = (i as u8, rung.also[j]);
            n += 1;
            j += 1;
        }
        i += 1;
    }
    spellings
};

/// The key of each of [`RUNG_SPELLINGS`], with its rung's index.
static RUNG_KEYS: [(u8, SpellingKey); rung_spelling_count(&CATALOGUE)] = keys_of(&RUNG_SPELLINGS);

/// Where in `spellings` the first one printed as `text` is, but for the
/// case of ASCII letters: then the text's key is that spelling's key.
fn printed_spelling<T>(spellings: &[(T, &str)], text: &str) -> Option<usize> {
    spellings.iter().position(|(_, spelling)| {
        spelling.len() == text.len() && spelling.eq_ignore_ascii_case(text)
    })
}

/// For each competency, where the keys of its ladder's spellings start
/// and end in [`RUNG_KEYS`].
static LADDER_KEYS: [(u16, u16); Competency::ALL.len()] = {
    let mut ranges = [(0u16, 0u16); Competency::ALL.len()];
    let mut c = 0;
    while c < LADDERS.len() {
        let (start, len) = LADDERS[c];
        let mut first = 0;
        let mut i = 0;
        while i < start {
            first += 2 + CATALOGUE[i].also.len();
            i += 1;
        }
        let mut end = first;
        while i < start + len as usize {
            end += 2 + CATALOGUE[i].also.len();
            i += 1;
        }
        ranges[c] = (first as u16, end as u16);
        c += 1;
    }
    ranges
};

/// For each of [`RUNG_KEYS`], the level [`BehaviourLevel::lookup`] finds
/// for its key in its ladder (that of the ladder's first spelling with the
/// same key): what a phrase printed as that spelling states, without the
/// search.
static LEVEL_OF_KEY: [BehaviourLevel; RUNG_KEYS.len()] = {
    let mut found = [LEVELS[0]; RUNG_KEYS.len()];
    let mut c = 0;
    while c < LADDER_KEYS.len() {
        let (first, end) = LADDER_KEYS[c];
        let mut j = first as usize;
        while j < end as usize {
            let mut i = first as usize;
            while !same_key(&RUNG_KEYS[i].1, &RUNG_KEYS[j].1) {
                i += 1;
            }
            found[j] = LEVELS[RUNG_KEYS[i].0 as usize];
            j += 1;
        }
        c += 1;
    }
    found
};

/// Every behaviour level, parallel to [`CATALOGUE`].
static LEVELS: [BehaviourLevel; CATALOGUE.len()] = {
    let mut levels = [BehaviourLevel {
        competency: Competency::Achievement,
        rank: 1,
    }; CATALOGUE.len()];
    let mut i = 0;
    while i < CATALOGUE.len() {
        let competency = CATALOGUE[i].competency;
        let rank = i - LADDERS[competency as usize].0 + 1;
        levels[i] = BehaviourLevel {
            competency,
            rank: rank as u8,
        };
        i += 1;
    }
    levels
};

/// One rung of a competency's ladder of behaviours, such as Initiative's
/// "Plans and acts for the long term".
///
/// Levels of one competency are ordered low to high; a higher level
/// [satisfies](BehaviourLevel::satisfies) a lower requirement. The string
/// form is the notice line `Competency: Behaviour phrase`; parsing accepts
/// everything [`CompetencyRequirement`] does.
///
/// The rank is the 1-based position in this crate's catalogue. Where NATO
/// prints only part of a ladder, the catalogue holds only the known rungs,
/// so a future version may insert rungs and shift ranks: store the string
/// form, not the rank.
///
/// ```
/// use nato_post::{BehaviourLevel, Competency, OfficialLanguage};
///
/// let level: BehaviourLevel = "Initiative : planifie et agit sur le long terme.".parse()?;
/// assert_eq!(level.competency(), Competency::Initiative);
/// assert_eq!(level.rank(), 3);
/// assert_eq!(level.to_string(), "Initiative: Plans and acts for the long term");
/// assert_eq!(level.descriptor(OfficialLanguage::French), "planifie et agit sur le long terme");
/// assert!(!level.is_inferred());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BehaviourLevel {
    competency: Competency,
    rank: u8,
}

impl BehaviourLevel {
    /// The level of `competency` at `rank` (1-based, low to high), if the
    /// catalogue has one.
    ///
    /// ```
    /// use nato_post::{BehaviourLevel, Competency};
    /// let level = BehaviourLevel::new(Competency::Empathy, 1).unwrap();
    /// assert_eq!(level.to_string(), "Empathy: Listens actively");
    /// assert_eq!(BehaviourLevel::new(Competency::Empathy, 2), None);
    /// assert_eq!(BehaviourLevel::new(Competency::Empathy, 0), None);
    /// ```
    pub fn new(competency: Competency, rank: u8) -> Option<Self> {
        let index = usize::from(rank).checked_sub(1)?;
        Self::ladder(competency).get(index).copied()
    }

    /// The ladder of `competency`, low to high.
    ///
    /// ```
    /// use nato_post::{BehaviourLevel, Competency};
    /// let ladder = BehaviourLevel::ladder(Competency::ChangeLeadership);
    /// assert_eq!(ladder.len(), 2);
    /// assert_eq!(ladder[1].to_string(), "Change Leadership: Champions change");
    /// ```
    pub fn ladder(competency: Competency) -> &'static [BehaviourLevel] {
        let (start, len) = LADDERS[competency as usize];
        &LEVELS[start..start + usize::from(len)]
    }

    /// The competency this level belongs to.
    ///
    /// ```
    /// use nato_post::{BehaviourLevel, Competency};
    /// let level: BehaviourLevel = "Empathy: Listens actively".parse()?;
    /// assert_eq!(level.competency(), Competency::Empathy);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn competency(self) -> Competency {
        self.competency
    }

    /// The 1-based position of this level in its competency's ladder, in
    /// this crate's catalogue (see the type's documentation).
    ///
    /// ```
    /// use nato_post::BehaviourLevel;
    /// let level: BehaviourLevel = "Achievement: Sets and works to meet challenging goals".parse()?;
    /// assert_eq!(level.rank(), 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn rank(self) -> u8 {
        self.rank
    }

    /// The behaviour phrase in `lang`: English capitalised, French in
    /// lowercase, each as notices print it after the competency name.
    ///
    /// ```
    /// use nato_post::{BehaviourLevel, OfficialLanguage};
    /// let level: BehaviourLevel = "Empathy: Listens actively".parse()?;
    /// assert_eq!(level.descriptor(OfficialLanguage::English), "Listens actively");
    /// assert_eq!(level.descriptor(OfficialLanguage::French), "écoute activement");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn descriptor(self, lang: OfficialLanguage) -> &'static str {
        let rung = self.rung();
        match lang {
            OfficialLanguage::English => rung.english,
            OfficialLanguage::French => rung.french,
        }
    }

    /// `true` when no notice seen prints this level: it comes from the
    /// Hay/McBer scale, and its French phrase is this crate's rendering.
    ///
    /// ```
    /// use nato_post::BehaviourLevel;
    /// let level: BehaviourLevel = "Initiative: Acts up to a year ahead".parse()?;
    /// assert!(level.is_inferred());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_inferred(self) -> bool {
        self.rung().inferred
    }

    /// `true` when `self`, a level held, meets `required`: the same
    /// competency, at the same rank or higher.
    ///
    /// ```
    /// use nato_post::BehaviourLevel;
    /// let held: BehaviourLevel = "Initiative: Plans and acts for the long term".parse()?;
    /// let required: BehaviourLevel = "Initiative: Is decisive in a time-sensitive situation".parse()?;
    /// assert!(held.satisfies(required));
    /// assert!(!required.satisfies(held));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn satisfies(self, required: BehaviourLevel) -> bool {
        self.competency == required.competency && self.rank >= required.rank
    }

    fn rung(self) -> &'static Rung {
        let catalogue: &'static [Rung] = &CATALOGUE;
        let (start, _) = LADDERS[self.competency as usize];
        // Construction guarantees `1 <= rank <= len`.
        &catalogue[start + usize::from(self.rank) - 1]
    }

    /// The level of `competency` whose phrase, in either language, is
    /// `descriptor`.
    fn lookup(competency: Competency, descriptor: &str) -> Option<Self> {
        let (first, end) = LADDER_KEYS[competency as usize];
        let range = usize::from(first)..usize::from(end);
        let keys = RUNG_KEYS.get(range.clone())?;
        // Keys come in ladder order, so the first equal key is the lowest
        // level whose spelling the general path finds.
        let level_with_key = |key: &[u8]| {
            keys.iter()
                .find(|(_, spelling)| spelling.is(key))
                .and_then(|&(rung, _)| LEVELS.get(usize::from(rung)).copied())
        };
        // A phrase printed as a spelling of the ladder (but for case) has
        // that spelling's key, compiled.
        if let Some(j) = printed_spelling(RUNG_SPELLINGS.get(range)?, descriptor) {
            return LEVEL_OF_KEY.get(usize::from(first) + j).copied();
        }
        let mut key = [0u8; TEXT_KEY_CAPACITY];
        if let Some(len) = fold_key(descriptor, &mut key) {
            return level_with_key(key.get(..len)?);
        }
        let descriptor = TextKey::new(descriptor);
        Self::ladder(competency).iter().copied().find(|level| {
            let rung = level.rung();
            [rung.english, rung.french]
                .into_iter()
                .chain(rung.also.iter().copied())
                .any(|spelling| descriptor.matches(spelling))
        })
    }
}

impl fmt::Display for BehaviourLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}",
            self.competency,
            self.descriptor(OfficialLanguage::English)
        )
    }
}

impl FromStr for BehaviourLevel {
    type Err = ParseCompetencyError;

    /// Parses a notice line; see [`CompetencyRequirement`]'s `FromStr`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_line(s)
    }
}

serde_via_str!(
    BehaviourLevel,
    "a behaviour level such as \"Initiative: Plans and acts for the long term\""
);

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for BehaviourLevel {
    type Parameters = ();
    type Strategy = proptest::sample::Select<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        proptest::sample::select(&LEVELS[..])
    }
}

/// A notice's requirement for one competency: the lowest behaviour level
/// the incumbent must demonstrate.
///
/// ```
/// use nato_post::{BehaviourLevel, Competency, CompetencyRequirement};
///
/// let req: CompetencyRequirement =
///     "- **Achievement:** Demonstrates decisiveness based on solid considerations and trade-offs.".parse()?;
/// assert_eq!(req.competency(), Competency::Achievement);
/// assert_eq!(
///     req.to_string(),
///     "Achievement: Demonstrates decisiveness based on solid considerations and trade-offs"
/// );
/// let held: BehaviourLevel = "Achievement: Sets and works to meet challenging goals".parse()?;
/// assert!(!req.is_met_by(held));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CompetencyRequirement {
    level: BehaviourLevel,
}

impl CompetencyRequirement {
    /// A requirement for at least `level`.
    ///
    /// ```
    /// use nato_post::{BehaviourLevel, Competency, CompetencyRequirement};
    /// let level = BehaviourLevel::new(Competency::Flexibility, 1).unwrap();
    /// assert_eq!(CompetencyRequirement::new(level).level(), level);
    /// ```
    pub const fn new(level: BehaviourLevel) -> Self {
        Self { level }
    }

    /// The lowest level that meets the requirement.
    ///
    /// ```
    /// use nato_post::CompetencyRequirement;
    /// let req: CompetencyRequirement = "Empathy: Listens actively".parse()?;
    /// assert_eq!(req.level().rank(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn level(self) -> BehaviourLevel {
        self.level
    }

    /// The competency required.
    ///
    /// ```
    /// use nato_post::{Competency, CompetencyRequirement};
    /// let req: CompetencyRequirement =
    ///     "- Maîtrise de soi : reste calme et positif, même en cas de pression extrême.".parse()?;
    /// assert_eq!(req.competency(), Competency::SelfControl);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn competency(self) -> Competency {
        self.level.competency
    }

    /// `true` when `held` is a level of the same competency at least as high
    /// as the one required.
    ///
    /// ```
    /// use nato_post::{BehaviourLevel, CompetencyRequirement};
    /// let req: CompetencyRequirement = "Teamwork: Solicits inputs and encourages others".parse()?;
    /// let held: BehaviourLevel = "Teamwork: Builds team spirit".parse()?;
    /// assert!(req.is_met_by(held));
    /// let other: BehaviourLevel = "Empathy: Listens actively".parse()?;
    /// assert!(!req.is_met_by(other));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_met_by(self, held: BehaviourLevel) -> bool {
        held.satisfies(self.level)
    }
}

impl From<BehaviourLevel> for CompetencyRequirement {
    fn from(level: BehaviourLevel) -> Self {
        Self::new(level)
    }
}

impl fmt::Display for CompetencyRequirement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.level, f)
    }
}

impl FromStr for CompetencyRequirement {
    type Err = ParseCompetencyError;

    /// Parses one line of a notice's competencies section, in English,
    /// French or a mix of the two:
    ///
    /// - an optional bullet (`-`, `*`, `•`, `–`, `—`) and markdown marks
    ///   (`**Achievement:**`, `**Initiative** :`);
    /// - the competency name, then `:` (with or without spaces around it)
    ///   or, failing a colon, a dash with a space on each side;
    /// - the behaviour phrase, folded for case, accents, apostrophes and
    ///   commas, with an optional trailing `;`, `.` or `,`.
    ///
    /// A phrase the competency's ladder does not hold is an error naming
    /// the competency; it is never matched approximately.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_line(s).map(Self::new)
    }
}

serde_via_str!(
    CompetencyRequirement,
    "a competency requirement such as \"Initiative: Plans and acts for the long term\""
);

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for CompetencyRequirement {
    type Parameters = ();
    type Strategy = proptest::strategy::Map<
        proptest::sample::Select<BehaviourLevel>,
        fn(BehaviourLevel) -> Self,
    >;

    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::strategy::Strategy;
        BehaviourLevel::arbitrary_with(()).prop_map(Self::new)
    }
}

/// The error returned when a competency or a competency requirement cannot
/// be parsed.
///
/// ```
/// use nato_post::{CompetencyRequirement, ParseCompetencyError};
/// let err = "Initiative: Runs very fast".parse::<CompetencyRequirement>().unwrap_err();
/// assert_eq!(err.to_string(), r#"unknown behaviour "Runs very fast" for competency Initiative"#);
/// assert!(matches!(err, ParseCompetencyError::UnknownDescriptor { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseCompetencyError {
    /// The text is empty, or holds only a bullet and punctuation.
    #[error("empty competency")]
    Empty,
    /// The text names no known competency; holds the name as written.
    #[error("unknown competency {0:?}")]
    UnknownCompetency(String),
    /// The competency is known but its ladder has no such behaviour.
    #[error("unknown behaviour {descriptor:?} for competency {competency}")]
    UnknownDescriptor {
        /// The competency named on the line.
        competency: Competency,
        /// The behaviour phrase as written, without trailing punctuation.
        descriptor: String,
    },
    /// A competency name with no behaviour phrase; holds the line.
    #[error("missing behaviour level in competency requirement {0:?}")]
    MissingDescriptor(String),
}

/// Parses `Competency: behaviour phrase` in any of the forms notices use.
fn parse_line(s: &str) -> Result<BehaviourLevel, ParseCompetencyError> {
    let line = trim_end_by(strip_bullet(trim_by(s, char::is_whitespace)), is_trailing);
    // A line that starts with a letter or digit keeps it when trimmed.
    let starts_alphanumeric = line
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphanumeric);
    if !starts_alphanumeric && trim_marks(line).is_empty() {
        return Err(ParseCompetencyError::Empty);
    }
    let Some((name, descriptor)) = split_name(line) else {
        let name = trim_marks(line);
        return Err(match Competency::lookup(name) {
            Some(_) => ParseCompetencyError::MissingDescriptor(s.trim().to_owned()),
            None => ParseCompetencyError::UnknownCompetency(name.to_owned()),
        });
    };
    let name = trim_marks(name);
    let competency = Competency::lookup(name)
        .ok_or_else(|| ParseCompetencyError::UnknownCompetency(name.to_owned()))?;
    let descriptor = trim_marks(descriptor);
    if descriptor.is_empty() {
        return Err(ParseCompetencyError::MissingDescriptor(s.trim().to_owned()));
    }
    BehaviourLevel::lookup(competency, descriptor).ok_or_else(|| {
        ParseCompetencyError::UnknownDescriptor {
            competency,
            descriptor: descriptor.to_owned(),
        }
    })
}

/// The requirement a line of a notice's competencies section states, or
/// `None` where [`parse_line`] fails.
///
/// The section parser builds an error only for the few lines it keeps and
/// warns about, so this builds none: nothing is allocated, and a line
/// without a separator, which is an error whatever it names (the
/// signature and the intro under the list are such lines), has no name
/// looked up.
pub(crate) fn requirement_of_line(s: &str) -> Option<CompetencyRequirement> {
    let line = trim_end_by(strip_bullet(trim_by(s, char::is_whitespace)), is_trailing);
    // A line `parse_line` finds empty holds only marks, white space and
    // end punctuation, and no name's key holds any of those: its look-up
    // fails below, as the test against `parse_line` checks.
    let (name, descriptor) = split_name(line)?;
    let competency = Competency::lookup(trim_marks(name))?;
    let descriptor = trim_marks(descriptor);
    if descriptor.is_empty() {
        return None;
    }
    BehaviourLevel::lookup(competency, descriptor).map(CompetencyRequirement::new)
}

/// Whether `s` names a competency, as `s.parse::<Competency>().is_ok()`
/// decides, without building the error a failed parse returns.
pub(crate) fn names_competency(s: &str) -> bool {
    let name = printed_name(s);
    !name.is_empty() && Competency::lookup(name).is_some()
}

/// Drops one list bullet. A `*` counts as a bullet only when a space
/// follows it, since `**` opens markdown bold.
fn strip_bullet(s: &str) -> &str {
    let mut chars = s.chars();
    match chars.next() {
        Some(
            '-' | '\u{2022}' | '\u{2013}' | '\u{2014}' | '\u{2012}' | '\u{2010}' | '\u{2212}'
            | '\u{00B7}',
        ) => trim_start_by(chars.as_str(), char::is_whitespace),
        Some('*' | '+') if chars.as_str().starts_with(char::is_whitespace) => {
            trim_start_by(chars.as_str(), char::is_whitespace)
        }
        _ => s,
    }
}

/// Splits at the first colon or, failing one, at the first dash with white
/// space on both sides (`Self-Control` keeps its hyphen).
fn split_name(line: &str) -> Option<(&str, &str)> {
    // The first `:` or fullwidth colon (`EF BC 9A` in UTF-8), from the
    // bytes: neither byte sequence occurs inside another character.
    let bytes = line.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Eight bytes at a time up to the next `:` or `EF`.
        if let Some(Ok(eight)) = bytes.get(i..i + 8).map(<[u8; 8]>::try_from) {
            let skip = bytes_before_colon_lead(u64::from_le_bytes(eight));
            if skip > 0 {
                i += skip;
                continue;
            }
        }
        let colon_len = match b {
            b':' => 1,
            0xEF if bytes.get(i + 1..i + 3) == Some(&[0xBC, 0x9A]) => 3,
            _ => {
                i += 1;
                continue;
            }
        };
        return Some((line.get(..i)?, line.get(i + colon_len..)?));
    }
    let (i, len) = spaced_dash(line)?;
    Some((line.get(..i)?, line.get(i + len..)?))
}

/// Where the first character that folds to `-` with white space on both
/// sides is in `line`, and its length: [`split_name`]'s dash. Only `-`
/// and the dashes `U+2010` to `U+2014` and `U+2212` fold to `-`, and all
/// of them but `-` start with the byte `E2`, so only characters starting
/// with one of those two bytes are decoded. The signature and intro lines
/// around a competency list, which hold no colon, are looked through here.
fn spaced_dash(line: &str) -> Option<(usize, usize)> {
    let bytes = line.as_bytes();
    let mut from = 1;
    loop {
        // A spaced dash's candidates: `-`, or the first byte of a dash
        // of U+2010..U+2015.
        let i = crate::text::position_of_any(bytes, from, [b'-', 0xE2])?;
        from = i + 1;
        // `i` starts a character: `-` and `E2` start one, and `i` > 0.
        let (Some(before), Some(rest)) = (line.get(..i), line.get(i..)) else {
            continue;
        };
        let mut chars = rest.chars();
        let Some(dash) = chars.next() else {
            continue;
        };
        if fold_char(dash) == '-'
            && chars.next().is_some_and(char::is_whitespace)
            && before.chars().next_back().is_some_and(char::is_whitespace)
        {
            return Some((i, dash.len_utf8()));
        }
    }
}

/// How many of eight bytes of text (little-endian) come before the first
/// `:` or `EF` byte (8 when there is none).
fn bytes_before_colon_lead(text: u64) -> usize {
    crate::text::bytes_before_any(text, [b':', 0xEF])
}

/// Punctuation that may end a line or a name.
fn is_trailing(c: char) -> bool {
    matches!(c, ';' | '.' | ',' | ':' | '\u{FF1A}') || c.is_whitespace()
}

/// Trims white space and markdown emphasis marks around `s`.
fn trim_marks(s: &str) -> &str {
    // Most names and phrases are printed bare, perhaps after the space
    // that follows their colon: from a letter or digit to one, nothing is
    // trimmed but those spaces.
    let bytes = s.as_bytes();
    let start = bytes.iter().take_while(|&&b| b == b' ').count();
    if let (Some(first), Some(last)) = (bytes.get(start), bytes.last()) {
        if first.is_ascii_alphanumeric() && last.is_ascii_alphanumeric() {
            return s.get(start..).unwrap_or_default();
        }
    }
    let is_mark = |c: char| c == '*' || c == '_' || c.is_whitespace();
    // The text then starts with a character that is no mark, so trimming
    // the start again (as trimming both ends would) changes nothing: the
    // end trims keep that character or leave nothing.
    let s = trim_start_by(s, is_mark);
    trim_end_by(trim_end_by(trim_end_by(s, is_mark), is_trailing), is_mark)
}

/// `s` without the characters `pred` holds for at its start: ASCII bytes
/// are tested as they are, and characters decoded only past them.
#[inline]
fn trim_start_by(s: &str, pred: impl Fn(char) -> bool + Copy) -> &str {
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if !b.is_ascii() {
            // Every byte before `i` is ASCII, so it is a boundary.
            return s.get(i..).map_or("", |rest| rest.trim_start_matches(pred));
        }
        if !pred(char::from(b)) {
            break;
        }
        i += 1;
    }
    s.get(i..).unwrap_or_default()
}

/// `s` without the characters `pred` holds for at its end; see
/// [`trim_start_by`].
#[inline]
fn trim_end_by(s: &str, pred: impl Fn(char) -> bool + Copy) -> &str {
    let bytes = s.as_bytes();
    let mut end = bytes.len();
    while let Some(&b) = end.checked_sub(1).and_then(|i| bytes.get(i)) {
        if !b.is_ascii() {
            // Every byte from `end` on is ASCII, so it is a boundary.
            return s.get(..end).map_or("", |head| head.trim_end_matches(pred));
        }
        if !pred(char::from(b)) {
            break;
        }
        end -= 1;
    }
    s.get(..end).unwrap_or_default()
}

/// `s` without the characters `pred` holds for at either end.
#[inline]
fn trim_by(s: &str, pred: impl Fn(char) -> bool + Copy) -> &str {
    trim_end_by(trim_start_by(s, pred), pred)
}

/// The comparison key of `s`: folded like [`crate::text::folded`], with
/// markdown marks and commas dropped before white space is collapsed, so
/// `positive, même` and `positive même` compare equal.
fn key(s: &str) -> Key<'_> {
    Key {
        chars: s.chars(),
        started: false,
        held: None,
    }
}

/// The iterator [`key`] returns. A plain state machine rather than an
/// adapter chain: a look-up walks the key of every spelling it tries, and
/// a `flat_map` over pairs cost several times the folding itself.
#[derive(Clone)]
struct Key<'a> {
    chars: core::str::Chars<'a>,
    /// A key character has been yielded, so white space from now on
    /// separates words instead of being leading.
    started: bool,
    /// The character after a collapsed run of white space, yielded on the
    /// call after the run's single `' '`.
    held: Option<char>,
}

impl Iterator for Key<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if let Some(c) = self.held.take() {
            return Some(c);
        }
        let mut space_before = false;
        loop {
            match fold_char(self.chars.next()?) {
                '*' | '_' | ',' => {}
                ' ' => space_before = self.started,
                c => {
                    self.started = true;
                    if space_before {
                        self.held = Some(c);
                        return Some(' ');
                    }
                    return Some(c);
                }
            }
        }
    }
}

/// Longest text key kept on the stack. Catalogue phrases are well under
/// it; longer text takes the general path.
const TEXT_KEY_CAPACITY: usize = 192;

/// The key of a piece of notice text, folded once so that a look-up
/// compares every spelling of a table against it without folding the
/// text again for each.
struct TextKey<'a> {
    text: &'a str,
    /// The key's bytes, when it is all ASCII and fits; the bytes past
    /// `len` are unused.
    bytes: [u8; TEXT_KEY_CAPACITY],
    len: usize,
    ascii: bool,
}

impl<'a> TextKey<'a> {
    fn new(text: &'a str) -> Self {
        let mut bytes = [0u8; TEXT_KEY_CAPACITY];
        let (len, ascii) = match fold_key(text, &mut bytes) {
            Some(len) => (len, true),
            None => (0, false),
        };
        Self {
            text,
            bytes,
            len,
            ascii,
        }
    }

    /// `true` when the text's key equals the key of `spelling`, as
    /// [`key_eq`] decides.
    fn matches(&self, spelling: &str) -> bool {
        if !self.ascii {
            return key_eq(self.text, spelling);
        }
        let want = &self.bytes[..self.len];
        let mut at = 0;
        // Stops at the first byte that differs, usually the first; a
        // spelling with a character outside ASCII cannot equal the key.
        let whole = for_each_key_byte(spelling, |byte| {
            let same = want.get(at) == Some(&byte);
            at += 1;
            same
        });
        whole && at == want.len()
    }
}

/// How [`fold_key`] treats each byte: an ASCII byte's key byte (its
/// lowercase), or one of the classes below.
static KEY_BYTES: [u8; 256] = {
    let mut table = [KEY_OTHER; 256];
    let mut b = 0;
    while b < 0x80 {
        table[b] = match b as u8 {
            b'*' | b'_' | b',' => KEY_SKIP,
            b' ' => KEY_SPACE,
            byte => byte.to_ascii_lowercase(),
        };
        b += 1;
    }
    table
};

/// The key byte of the Latin-1 letter whose UTF-8 encoding is `0xC3`
/// then `second`: its fold ([`LATIN1_FOLDS`]), or [`KEY_OTHER`] when it
/// folds to no ASCII letter.
const fn latin1_letter(second: u8) -> u8 {
    match LATIN1_FOLDS[(second & 0x3F) as usize] {
        0 => KEY_OTHER,
        letter => letter,
    }
}

/// A mark or comma, dropped from keys.
const KEY_SKIP: u8 = 0x80;
/// A space, which separates words in a key.
const KEY_SPACE: u8 = 0x81;
/// A byte outside ASCII: the character is decoded and folded.
const KEY_OTHER: u8 = 0x82;

/// Writes the key of `text` (what [`for_each_key_byte`] emits) to `out`
/// and returns its length; `None` when a character folds to something
/// outside ASCII or the key does not fit. One pass over the bytes, with a
/// table look-up per ASCII byte.
fn fold_key<const N: usize>(text: &str, out: &mut [u8; N]) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut len = 0;
    let mut started = false;
    let mut space_before = false;
    while at < bytes.len() {
        // A run of letters and single spaces, up to eight bytes at once,
        // when there is room for all eight (else byte by byte, which
        // finds the end of the room exactly).
        if let (Some(Ok(eight)), true) =
            (bytes.get(at..at + 8).map(<[u8; 8]>::try_from), len + 9 <= N)
        {
            if let Some((lower, consumed, ends_in_space)) = word_run(u64::from_le_bytes(eight)) {
                if space_before {
                    out[len] = b' ';
                    len += 1;
                }
                if let Some(slot) = out.get_mut(len..len + 8) {
                    slot.copy_from_slice(&lower.to_le_bytes());
                }
                // A final space is owed, not written: it goes before the
                // next key byte, if any.
                len += consumed - usize::from(ends_in_space);
                at += consumed;
                started = true;
                space_before = ends_in_space;
                continue;
            }
        }
        let mut class = KEY_BYTES[usize::from(bytes[at])];
        at += 1;
        if class == KEY_OTHER && bytes[at - 1] == 0xC3 {
            // An accented Latin-1 letter folds to ASCII without decoding.
            if let Some(&second) = bytes.get(at) {
                let letter = latin1_letter(second);
                if letter != KEY_OTHER {
                    class = letter;
                    at += 1;
                }
            }
        }
        if class == KEY_OTHER {
            // `at - 1` is the first byte of a character: `at` only ever
            // moves by whole characters.
            let c = text.get(at - 1..)?.chars().next()?;
            at += c.len_utf8() - 1;
            let folded = fold_char(c);
            if !folded.is_ascii() {
                return None;
            }
            class = KEY_BYTES[usize::from(folded as u8)];
        }
        if class < 0x80 {
            if space_before {
                if len >= N {
                    return None;
                }
                out[len] = b' ';
                len += 1;
                space_before = false;
            }
            if len >= N {
                return None;
            }
            out[len] = class;
            len += 1;
            started = true;
            // The rest of the word, ASCII that folds to itself: the
            // common case, in a tight loop.
            while let Some(&byte) = bytes.get(at) {
                let class = KEY_BYTES[usize::from(byte)];
                if class >= 0x80 {
                    break;
                }
                if len >= N {
                    return None;
                }
                out[len] = class;
                len += 1;
                at += 1;
            }
        } else if class == KEY_SPACE {
            space_before = started;
        }
    }
    Some(len)
}

/// The run of ASCII letters and single spaces that eight bytes of text
/// (little-endian) start with, when they start with a letter: the bytes
/// lowercased (those past the run included, to be written over), how
/// many the run takes, and whether it ends in a space. The run's key is
/// its lowercase (but for a final space, which is owed to the next key
/// byte), as [`fold_key`] would write it byte by byte.
fn word_run(text: u64) -> Option<(u64, usize, bool)> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // With the high bits cleared no sum below carries into the next byte;
    // bytes outside ASCII are then ruled out by their high bit.
    let ascii = text & !HIGH;
    let lower = ascii | (0x20 * ONES);
    let from_a = lower + (0x80 - u64::from(b'a')) * ONES;
    let past_z = lower + (0x7F - u64::from(b'z')) * ONES;
    let letters = from_a & !past_z & !text & HIGH;
    if letters & 0x80 == 0 {
        return None;
    }
    let spaced = ascii ^ (0x20 * ONES);
    let spaces = !(((spaced & !HIGH) + !HIGH) | spaced | !HIGH) & !text & HIGH;
    // A space right after a space ends the run, as does anything else.
    let ends = !(letters | spaces) & HIGH | (spaces & spaces << 8);
    let consumed = (ends.trailing_zeros() / 8) as usize;
    let last_is_space = spaces >> (8 * consumed - 1) & 1 != 0;
    Some((lower, consumed, last_is_space))
}

/// Feeds [`key`] of `text` to `emit` byte by byte, without building the
/// iterator: ASCII, nearly all of any notice, folds to its lowercase
/// without decoding. Stops with `false` as soon as `emit` refuses a byte
/// or a character folds to something outside ASCII.
fn for_each_key_byte(text: &str, mut emit: impl FnMut(u8) -> bool) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut started = false;
    let mut space_before = false;
    while let Some(&byte) = bytes.get(at) {
        let folded = if byte.is_ascii() {
            at += 1;
            byte.to_ascii_lowercase()
        } else {
            // `at` only ever moves by whole characters.
            let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
                return false;
            };
            at += c.len_utf8();
            match fold_char(c) {
                f if f.is_ascii() => f as u8,
                _ => return false,
            }
        };
        match folded {
            b'*' | b'_' | b',' => {}
            b' ' => space_before = started,
            _ => {
                if space_before && !emit(b' ') {
                    return false;
                }
                if !emit(folded) {
                    return false;
                }
                space_before = false;
                started = true;
            }
        }
    }
    true
}

/// The [`key`] of a text [`fold_key`] does not take (one with letters
/// beyond ASCII, or too long), built character by character: `None` when
/// no catalogue spelling can have it (it is longer than any, or holds a
/// character that folds outside ASCII, which none holds).
fn long_or_accented_key(text: &str) -> Option<([u8; SPELLING_KEY_CAPACITY], usize)> {
    let mut key = [0u8; SPELLING_KEY_CAPACITY];
    let mut len = 0;
    let whole = for_each_key_byte(text, |byte| {
        let Some(slot) = key.get_mut(len) else {
            return false;
        };
        *slot = byte;
        len += 1;
        true
    });
    whole.then_some((key, len))
}

fn key_eq(text: &str, spelling: &str) -> bool {
    key(text).eq(key(spelling))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Text over the characters every branch of the key treats apart:
    /// ASCII case, marks, commas, spaces and tabs, accents, a non-breaking
    /// space and a letter that folds outside ASCII.
    fn mixed_text() -> impl proptest::strategy::Strategy<Value = String> {
        proptest::string::string_regex("[aAeE *_,\t\u{e9}\u{c9}\u{a0}\u{df}]{0,12}")
            .expect("a valid pattern")
    }

    /// A competency name as a notice might print it: a catalogue spelling
    /// in another case, with its accents dropped or kept, spaces doubled or
    /// commas added, or cut short, or something else entirely.
    fn printed_name() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let spellings: Vec<&'static str> = Competency::iter()
            .flat_map(|c| c.names().collect::<Vec<_>>())
            .collect();
        prop_oneof![
            (
                proptest::sample::select(spellings),
                any::<bool>(),
                any::<bool>(),
                0usize..4,
                prop::sample::select(vec!["", " ", ",", "  ", "\u{e9}", "\u{df}"]),
            )
                .prop_map(|(s, upper, plain, cut, extra)| {
                    let mut s: String = if upper {
                        s.to_uppercase()
                    } else {
                        s.to_owned()
                    };
                    if plain {
                        s = s.chars().map(crate::text::fold_char).collect();
                    }
                    for _ in 0..cut {
                        s.pop();
                    }
                    s.replace(' ', &format!(" {extra}"))
                }),
            "[a-zA-Z \u{e9}\u{ee}\u{e0}\u{df},*]{0,40}",
        ]
    }

    proptest::proptest! {
        #[test]
        fn names_beyond_ascii_are_looked_up_as_every_spelling_is_compared(name in printed_name()) {
            proptest::prop_assert_eq!(Competency::lookup(&name), Competency::lookup_by_spellings(&name));
        }
    }

    proptest::proptest! {
        #[test]
        fn the_table_fold_agrees_with_the_key(a in mixed_text()) {
            let mut out = [0u8; 6];
            let mut emitted = Vec::new();
            let whole = for_each_key_byte(&a, |b| {
                emitted.push(b);
                emitted.len() <= out.len()
            });
            match fold_key(&a, &mut out) {
                Some(len) => {
                    proptest::prop_assert!(whole);
                    proptest::prop_assert_eq!(&out[..len], &emitted[..]);
                }
                None => proptest::prop_assert!(!whole),
            }
        }

        #[test]
        fn the_word_fold_agrees_with_the_key(a in "[a-zA-Z @\\[`{*,_\u{e9}\u{df}]{0,40}") {
            let mut emitted = Vec::new();
            let whole = for_each_key_byte(&a, |b| {
                emitted.push(b);
                true
            });
            let mut out = [0u8; 64];
            match fold_key(&a, &mut out) {
                Some(len) => proptest::prop_assert_eq!(&out[..len], &emitted[..]),
                None => proptest::prop_assert!(!whole),
            }
            let mut small = [0u8; 10];
            match fold_key(&a, &mut small) {
                Some(len) => {
                    proptest::prop_assert!(whole);
                    proptest::prop_assert_eq!(&small[..len], &emitted[..]);
                }
                None => proptest::prop_assert!(!whole || emitted.len() > small.len()),
            }
        }

        #[test]
        fn look_ups_agree_with_the_general_comparison(
            rung in 0..CATALOGUE.len(),
            which in 0usize..3,
            flips in proptest::collection::vec(proptest::prelude::any::<bool>(), 0..100),
            extra in "(|,| |  |\\*|x|\u{e9})",
        ) {
            let rung_ref = &CATALOGUE[rung];
            let spellings: Vec<&str> = [rung_ref.english, rung_ref.french]
                .into_iter()
                .chain(rung_ref.also.iter().copied())
                .collect();
            let spelling = spellings[which % spellings.len()];
            let mut text: String = spelling
                .chars()
                .zip(flips.iter().chain(std::iter::repeat(&false)))
                .map(|(c, &flip)| if flip { c.to_ascii_uppercase() } else { c })
                .collect();
            text.push_str(&extra);
            let competency = rung_ref.competency;
            let expected = BehaviourLevel::ladder(competency).iter().copied().find(|level| {
                let rung = level.rung();
                [rung.english, rung.french]
                    .into_iter()
                    .chain(rung.also.iter().copied())
                    .any(|spelling| key_eq(&text, spelling))
            });
            proptest::prop_assert_eq!(BehaviourLevel::lookup(competency, &text), expected, "{}", text);
            let name = NAMES[competency as usize].english;
            let name_text: String = name
                .chars()
                .zip(flips.iter().chain(std::iter::repeat(&false)))
                .map(|(c, &flip)| if flip { c.to_ascii_uppercase() } else { c })
                .collect::<String>() + &extra;
            let expected = Competency::iter()
                .find(|c| c.names().any(|spelling| key_eq(&name_text, spelling)));
            proptest::prop_assert_eq!(Competency::lookup(&name_text), expected, "{}", name_text);
        }

        #[test]
        fn the_folded_text_key_agrees_with_key_eq(a in mixed_text(), b in mixed_text()) {
            proptest::prop_assert_eq!(TextKey::new(&a).matches(&b), key_eq(&a, &b));
            proptest::prop_assert!(TextKey::new(&a).matches(&a));
        }
    }

    #[test]
    fn latin_1_letters_fold_as_fold_char_folds_them() {
        for c in '\u{C0}'..='\u{FF}' {
            let mut utf8 = [0u8; 2];
            c.encode_utf8(&mut utf8);
            assert_eq!(utf8[0], 0xC3);
            let letter = latin1_letter(utf8[1]);
            if letter != KEY_OTHER {
                assert_eq!(char::from(letter), fold_char(c), "{c}");
            }
        }
    }

    #[test]
    fn keys_are_their_own_fold_but_for_case() {
        let names = NAME_KEYS.iter().map(|(_, key)| key);
        for key in names.chain(RUNG_KEYS.iter().map(|(_, key)| key)) {
            let text = std::str::from_utf8(key.as_bytes()).unwrap();
            let upper = text.to_ascii_uppercase();
            for printed in [text, upper.as_str()] {
                assert_eq!(key_of(printed).as_bytes(), key.as_bytes(), "{printed}");
            }
        }
    }

    #[test]
    fn compiled_keys_are_the_keys_of_the_spellings() {
        let mut count = 0;
        for competency in Competency::iter() {
            for name in competency.names() {
                let (key_competency, key) = &NAME_KEYS[count];
                assert_eq!(competency, *key_competency, "{name}");
                assert_eq!(key.as_bytes(), key_of(name).as_bytes(), "{name}");
                count += 1;
            }
        }
        assert_eq!(count, NAME_KEYS.len());
        let mut count = 0;
        for (c, &(first, end)) in Competency::iter().zip(&LADDER_KEYS) {
            let keys = &RUNG_KEYS[usize::from(first)..usize::from(end)];
            let spellings = BehaviourLevel::ladder(c).iter().flat_map(|level| {
                let rung = level.rung();
                [rung.english, rung.french]
                    .into_iter()
                    .chain(rung.also.iter().copied())
                    .map(move |spelling| (*level, spelling))
            });
            let mut n = 0;
            for ((level, spelling), &(rung, key)) in spellings.zip(keys) {
                assert_eq!(LEVELS[usize::from(rung)], level, "{spelling}");
                assert_eq!(key.as_bytes(), key_of(spelling).as_bytes(), "{spelling}");
                n += 1;
            }
            assert_eq!(n, keys.len());
            count += n;
        }
        assert_eq!(count, RUNG_KEYS.len());
    }

    fn key_of(s: &str) -> String {
        key(s).collect()
    }

    /// The character-by-character trimming and splitting the byte-level
    /// ones replaced.
    fn reference_trim_marks(s: &str) -> &str {
        s.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace())
            .trim_end_matches(is_trailing)
            .trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace())
    }

    /// [`split_name`]'s dash as it was found for every line, character
    /// by character.
    fn reference_dash(line: &str) -> Option<(&str, &str)> {
        let mut previous: Option<char> = None;
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let spaced_before = previous.is_some_and(char::is_whitespace);
            let spaced_after = chars.peek().is_some_and(|&(_, next)| next.is_whitespace());
            if spaced_before && spaced_after && fold_char(c) == '-' {
                return Some((&line[..i], &line[i + c.len_utf8()..]));
            }
            previous = Some(c);
        }
        None
    }

    fn reference_colon(line: &str) -> Option<(&str, &str)> {
        let i = line.find([':', '\u{FF1A}'])?;
        let colon_len = line[i..].chars().next().map_or(1, char::len_utf8);
        Some((&line[..i], &line[i + colon_len..]))
    }

    fn line_text() -> impl proptest::strategy::Strategy<Value = String> {
        proptest::string::string_regex(
            "[aE *_,;.:\t\u{b}\u{1c}\u{a0}\u{e9}\u{ff1a}\u{ff1b}\u{2013}\u{2022}\u{3000}-]{0,12}",
        )
        .expect("a valid pattern")
    }

    proptest::proptest! {
        #[test]
        fn eight_bytes_find_the_first_colon_lead(bytes in proptest::array::uniform8(
            proptest::sample::select(vec![b':', 0xEF, 0xBC, b'a', b' ', 0x3B, 0xBA, 0x00, 0xFF, 0x7F]),
        )) {
            let expected = bytes.iter().position(|&b| b == b':' || b == 0xEF).unwrap_or(8);
            proptest::prop_assert_eq!(bytes_before_colon_lead(u64::from_le_bytes(bytes)), expected);
        }

        #[test]
        fn eight_bytes_at_a_time_find_the_first_dash_lead(
            bytes in proptest::collection::vec(
                proptest::sample::select(vec![b'-', 0xE2, 0x80, 0x93, b'a', b' ', 0x2C, 0xC2, 0x00, 0xFF]),
                0..40,
            ),
            from in 0usize..44,
        ) {
            let expected = bytes
                .get(from..)
                .and_then(|rest| rest.iter().position(|&b| b == b'-' || b == 0xE2))
                .map(|at| from + at);
            proptest::prop_assert_eq!(crate::text::position_of_any(&bytes, from, [b'-', 0xE2]), expected);
        }

        #[test]
        fn byte_level_trimming_agrees_with_the_characters(s in line_text()) {
            proptest::prop_assert_eq!(trim_marks(&s), reference_trim_marks(&s));
            let lettered = format!("a{s}");
            proptest::prop_assert_eq!(trim_marks(&lettered), reference_trim_marks(&lettered));
            proptest::prop_assert_eq!(trim_by(&s, char::is_whitespace), s.trim());
            proptest::prop_assert_eq!(trim_end_by(&s, is_trailing), s.trim_end_matches(is_trailing));
            let expected = reference_colon(&s).or_else(|| reference_dash(&s));
            proptest::prop_assert_eq!(split_name(&s), expected);
        }

        #[test]
        fn the_byte_level_dash_agrees_with_the_characters(
            s in "[a\t\u{b}\u{c}\r\n\u{1c}\u{1f} \u{a0}\u{2003}\u{2010}\u{2011}\u{2014}\u{2015}\u{2022}\u{2212}\u{e2}-]{0,12}",
        ) {
            proptest::prop_assert_eq!(split_name(&s), reference_dash(&s));
        }
    }

    /// Competency lines as notices print them, and the lines around them.
    fn section_line() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        let names = NAME_SPELLINGS
            .iter()
            .map(|&(_, name)| name)
            .collect::<Vec<_>>();
        let phrases = RUNG_SPELLINGS.iter().map(|&(_, p)| p).collect::<Vec<_>>();
        (
            "(- |\\* |\\*\\*|\u{2022} )?",
            proptest::sample::select(names),
            "(\\*\\*)?[ ]?[:\u{ff1a}]?[ ]?(- )?(\\*\\*)?",
            proptest::sample::select(phrases),
            "[;.,:]?",
        )
            .prop_map(|(bullet, name, sep, phrase, end)| {
                format!("{bullet}{name}{sep}{phrase}{end}")
            })
    }

    proptest::proptest! {
        #[test]
        fn quiet_requirements_agree_with_the_parse(
            s in proptest::prop_oneof![section_line(), line_text(), mixed_text(), ".{0,40}"],
        ) {
            proptest::prop_assert_eq!(
                requirement_of_line(&s),
                parse_line(&s).ok().map(CompetencyRequirement::new)
            );
            proptest::prop_assert_eq!(names_competency(&s), s.parse::<Competency>().is_ok());
        }

        /// The section parser reads a line as it is: the end punctuation
        /// it trims for its other checks is trimmed here too.
        #[test]
        fn a_line_reads_as_its_trimmed_form(
            s in proptest::prop_oneof![section_line(), line_text(), mixed_text(), ".{0,40}"],
            end in "[;., \t\u{a0}]{0,3}",
        ) {
            let s = format!("{s}{end}");
            proptest::prop_assert_eq!(
                requirement_of_line(&s),
                requirement_of_line(s.trim_end_matches([';', '.', ',']).trim())
            );
        }

        #[test]
        fn quiet_names_agree_with_the_parse(name in printed_name(), around in line_text()) {
            for s in [name.clone(), format!("{around}{name}{around}"), format!("{name}{around}")] {
                proptest::prop_assert_eq!(names_competency(&s), s.parse::<Competency>().is_ok());
                proptest::prop_assert_eq!(
                    requirement_of_line(&s),
                    parse_line(&s).ok().map(CompetencyRequirement::new)
                );
            }
        }
    }

    #[test]
    fn printed_spellings_find_what_their_keys_find() {
        for (j, (_, key)) in NAME_KEYS.iter().enumerate() {
            assert_eq!(
                Some(NAME_OF_KEY[j]),
                Competency::with_name_key(key.as_bytes())
            );
        }
        for (c, &(first, end)) in LADDER_KEYS.iter().enumerate() {
            let keys = &RUNG_KEYS[usize::from(first)..usize::from(end)];
            for (j, (_, key)) in keys.iter().enumerate() {
                let searched = keys
                    .iter()
                    .find(|(_, spelling)| spelling.is(key.as_bytes()))
                    .map(|&(rung, _)| LEVELS[usize::from(rung)]);
                assert_eq!(Some(LEVEL_OF_KEY[usize::from(first) + j]), searched);
                assert_eq!(LEVEL_OF_KEY[usize::from(first) + j].competency as usize, c);
            }
        }
    }

    #[test]
    fn every_catalogue_spelling_finds_its_level() {
        for (rung, level) in CATALOGUE.iter().zip(&LEVELS) {
            for spelling in [rung.english, rung.french]
                .into_iter()
                .chain(rung.also.iter().copied())
            {
                assert_eq!(
                    BehaviourLevel::lookup(rung.competency, spelling),
                    Some(*level),
                    "{spelling}"
                );
            }
        }
    }
}
