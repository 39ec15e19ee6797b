//! The notice parser: halves, header, sections, then typed facts.

use core::str::FromStr;
use std::borrow::Cow;
use std::sync::Arc;

use crate::competency::CompetencyRequirement;
use crate::contract::{ContractClause, ContractTerms, TermLength, terms_and_first_clause};
use crate::education::EducationLevel;
use crate::language::LanguageRequirement;
use crate::text::{
    HIGH_BITS, PhraseSet, contains_folded, every_byte, fold_char, phrases_from, phrases_of,
    strip_prefix_folded, zero_bytes,
};

use super::scan::{self, Line, SectionKind};
use super::{
    Contract, Field, FundingCaveat, Layout, NamedText, NoticeError, NoticeText, OrgUnit,
    Paragraphs, Requirements, TwinGradeNote, Vacancy, Warning, WarningKind,
};

/// What one half yields besides its prose: raw values with their lines.
#[derive(Default)]
struct Half<'a> {
    text: NoticeText,
    /// Header values by field (at [`field_slot`]), first occurrence, with
    /// line numbers, as printed in the input.
    header: [Option<(usize, &'a str)>; FIELD_SLOTS],
    competencies: Vec<(usize, CompetencyRequirement)>,
    direct_reports: Option<(usize, u16)>,
    indirect_reports: Option<(usize, u16)>,
    first_line: usize,
    header_end: usize,
    markers: usize,
}

impl Half<'_> {
    fn value(&self, field: Field) -> Option<(usize, &str)> {
        self.header.get(field_slot(field)).copied().flatten()
    }
}

/// How many fields [`field_slot`] numbers.
const FIELD_SLOTS: usize = 22;

/// Where `field`'s value is kept in [`Half::header`]: a table by field,
/// looked up without a search. Every field is listed, so a new one must
/// be given its slot here.
const fn field_slot(field: Field) -> usize {
    use Field::*;
    match field {
        Title | Reference | PostNumber | Body | Division | Directorate | Section
        | PrimaryLocation | OtherLocations | Schedule | Deadline | PostingDate | Salary | Grade
        | Clearance | JobFamily | WorkLevel | ContractClause | ContractTerms | Languages
        | Competency | Reports => field as usize,
    }
}

const _: () = assert!(field_slot(Field::Reports) + 1 == FIELD_SLOTS);

pub(super) fn parse(input: &str) -> Result<(Vacancy, Vec<Warning>), NoticeError> {
    // Lines run to about 70 bytes in a notice: sized so the vector of
    // lines rarely grows, which would copy every line already cut.
    let mut lines: Vec<Line<'_>> = Vec::with_capacity(input.len() / 64 + 16);
    lines.extend(scan::lines(input));
    let layout = detect_layout(&lines);
    let mut warnings = Vec::new();

    let (english, french) = split_halves(&lines);
    let english = english.map(|ls| parse_half(ls, &mut warnings));
    let french = french.map(|ls| parse_half(ls, &mut warnings));

    let total_markers =
        english.as_ref().map_or(0, |h| h.markers) + french.as_ref().map_or(0, |h| h.markers);
    if total_markers == 0 {
        return Err(NoticeError::NotANotice);
    }
    assemble(layout, english, french, &lines, warnings)
}

fn detect_layout(lines: &[Line<'_>]) -> Layout {
    // One pass gathers the signs: the scanner has noted a markdown
    // export's marks, and most lines are settled by their first bytes.
    let mut tabbed_labels = 0usize;
    let mut rest = lines.iter();
    while let Some(l) = rest.next() {
        if l.marked {
            return Layout::MarkdownExport;
        }
        // Once a post description shows, only a markdown export's marks
        // can still change the answer: a post description's title (most
        // often its first line) settles the rest of its lines on a byte.
        if scan::is_description_title(l.text) {
            return if rest.any(|l| l.marked) {
                Layout::MarkdownExport
            } else {
                Layout::PostDescription
            };
        }
        tabbed_labels += usize::from(l.tabbed && l.label().is_some_and(|(_, _, sep)| sep));
    }
    if tabbed_labels >= 3 {
        Layout::PostDescription
    } else {
        Layout::VacancyNotification
    }
}

/// Splits the lines into an English and a French half. A half is the run
/// of lines from its first language-specific marker (a header label or a
/// section heading only that language uses) to the start of the other
/// half; the line just before a half's first header label is its title.
fn split_halves<'l, 'a>(lines: &'l [Line<'a>]) -> (Option<&'l [Line<'a>]>, Option<&'l [Line<'a>]>) {
    let mut first = [None::<usize>; 2];
    for (i, line) in lines.iter().enumerate() {
        if let Some(lang) = scan::marker_language(line) {
            let slot = &mut first[lang as usize];
            if slot.is_none() {
                *slot = Some(i);
            }
            if first[0].is_some() && first[1].is_some() {
                break;
            }
        }
    }
    let start_of = |i: usize| -> usize {
        // A half that opens with a header label has its title just before.
        let line = &lines[i];
        let is_label = line.heading.is_none() && line.label().is_some();
        if !is_label {
            return i;
        }
        let mut j = i;
        while j > 0 {
            j -= 1;
            if !lines[j].text.is_empty() {
                if scan::marker_language(&lines[j]).is_none() && lines[j].heading.is_none() {
                    return j;
                }
                return i;
            }
        }
        i
    };
    match (first[0], first[1]) {
        (Some(en), Some(fr)) if en < fr => {
            let cut = start_of(fr).max(en + 1);
            (Some(&lines[..cut]), Some(&lines[cut..]))
        }
        (Some(en), Some(fr)) => {
            let cut = start_of(en).max(fr + 1);
            (Some(&lines[cut..]), Some(&lines[..cut]))
        }
        (None, Some(_)) => (None, Some(lines)),
        _ => (Some(lines), None),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Top,
    Header,
    Description,
    Section(SectionKind),
}

/// The names of the International Staff a banner line may be, folded.
const BANNER_NAMES: [&str; 4] = [
    "nato international staff",
    "secretariat international de l'otan",
    "nato",
    "otan",
];

/// The kinds of notice a banner line may start with, folded.
const BANNER_KINDS: [&str; 4] = [
    "vacancy notification",
    "notification de la vacance",
    "post description",
    "description de poste",
];

fn is_banner(line: &Line<'_>) -> bool {
    let t = line.text;
    // Other bodies put the body's name and a kind of notice ("CIVILIAN
    // VACANCY NOTICE") above the header.
    let short = t.len() <= 60;
    // The tests are pure, so they run cheapest first: the whole-line
    // comparisons reject on a byte, the searches and the body's parse
    // read the whole line.
    // A line whose first byte rules out the first letter of every name or
    // kind of notice is spared their folds.
    let may_start = |letters: &[u8]| letters.iter().any(|&l| may_start_folded(t, l));
    line.raw.starts_with('\t')
        || (short && may_start(b"nos") && BANNER_NAMES.iter().any(|p| crate::text::fold_eq(t, p)))
        || (may_start(b"dnpv")
            && BANNER_KINDS
                .iter()
                .any(|p| strip_prefix_folded(t, p).is_some()))
        || (short
            && ["vacancy notice", "avis de vacance"]
                .iter()
                .any(|p| contains_folded(t, p)))
        || (short && crate::org::NatoBody::parse_text(t).is_some())
}

const LIST_INTROS: [&str; 9] = [
    "the incumbent must",
    "the candidate must",
    "candidates must",
    "the following would be considered",
    "seraient consider",
    "la personne titulaire du poste doit",
    "la/le titulaire du poste doit",
    "la/le candidat",
    "le/la titulaire du poste doit",
];

fn is_intro(text: &str) -> bool {
    text.ends_with(':')
        || LIST_INTROS
            .iter()
            .any(|p| strip_prefix_folded(text, p).is_some())
}

fn parse_half<'a>(lines: &[Line<'a>], warnings: &mut Vec<Warning>) -> Half<'a> {
    let mut half = Half {
        first_line: lines.first().map_or(1, |l| l.number),
        ..Half::default()
    };
    let mut state = State::Top;
    let mut in_challenges = false;
    // The index in `half.text.other_sections` of the section the lines
    // go to, while in a section the model has no field for.
    let mut current_other: Option<usize> = None;
    let mut seen_competency = false;
    // The half's prose, written to one buffer shared by its sections.
    let mut pending = Pending::for_lines(lines);

    for line in lines {
        let text = line.text;
        if text.is_empty() {
            continue;
        }
        // Section headings switch state wherever they occur.
        if let Some(h) = line.heading {
            half.markers += 1;
            current_other = None;
            in_challenges = false;
            let mut kind = h.kind;
            if let Some(next) = (!h.rest.is_empty())
                .then(|| scan::match_heading(h.rest))
                .flatten()
            {
                kind = next.kind;
            }
            // A section's vectors sized once for the items notices list:
            // up to sixteen competencies, up to sixteen areas of accountability.
            match kind {
                SectionKind::Competencies => half.competencies.reserve(16),
                SectionKind::Accountabilities => half.text.accountabilities.reserve(16),
                _ => {}
            }
            if kind == SectionKind::Other {
                current_other = Some(half.text.other_sections.len());
                half.text.other_sections.push(NamedText {
                    heading: h.text.to_owned(),
                    paragraphs: Paragraphs::new(),
                });
            }
            if half.header_end == 0 {
                half.header_end = line.number;
            }
            state = if kind == SectionKind::Description {
                State::Description
            } else {
                State::Section(kind)
            };
            continue;
        }
        if matches!(state, State::Top | State::Header) {
            if let Some((label, value)) = scan::header_label(line) {
                half.markers += 1;
                if state == State::Top {
                    // Sized once for the labels a header holds (a dozen
                    // at most in the notices seen) rather than grown
                    // through four sizes.
                    half.text.header.reserve(16);
                }
                state = State::Header;
                let (mut field, mut name, mut value) = (label.field, label.text, value);
                loop {
                    let (first, glued) = scan::split_glued(value);
                    record_header(&mut half, &mut pending, field, line, first, warnings);
                    half.text.header.push((name.into(), first.to_owned()));
                    let Some((next, next_value, _)) = glued.and_then(scan::match_label) else {
                        break;
                    };
                    (field, name, value) = (next.field, next.text, next_value);
                }
                continue;
            }
        }
        // Marks inside a line are looked for only where the scanner saw a
        // byte one starts with.
        let owned = if line.inline_marks {
            scan::strip_inline_marks(text)
        } else {
            Cow::Borrowed(text)
        };
        let to = match state {
            State::Top => {
                if is_banner(line) {
                    Buffer::Banner
                } else if half.text.title.is_empty() {
                    half.text.title = owned.into_owned();
                    continue;
                } else {
                    Buffer::Banner
                }
            }
            State::Header | State::Description => Buffer::Description,
            State::Section(kind) => match kind {
                SectionKind::Summary => {
                    if !in_challenges
                        && ((may_start_folded(text, b'k')
                            && strip_prefix_folded(text, "key challenges").is_some())
                            || (may_start_folded(text, b'l')
                                && strip_prefix_folded(text, "les principaux defis").is_some()))
                    {
                        in_challenges = true;
                    }
                    if in_challenges {
                        list_buffer(line, &owned, Buffer::ChallengesIntro)
                    } else {
                        Buffer::Summary
                    }
                }
                SectionKind::KeyChallenges => list_buffer(line, &owned, Buffer::ChallengesIntro),
                SectionKind::Qualifications | SectionKind::Essential => {
                    list_buffer(line, &owned, Buffer::EssentialIntro)
                }
                SectionKind::Desirable => list_buffer(line, &owned, Buffer::DesirableIntro),
                SectionKind::Accountabilities => {
                    let area = push_accountability(&mut half.text.accountabilities, line, &owned);
                    let last = Buffer::Area(half.text.accountabilities.len().saturating_sub(1));
                    match area {
                        AreaLine::Heading => continue,
                        AreaLine::Lead(body) => {
                            if let Some(body) = owned.get(body) {
                                pending.push(last, body);
                            }
                            continue;
                        }
                        AreaLine::Paragraph => last,
                    }
                }
                SectionKind::Interrelationships => {
                    if !read_interrelationship(&mut half, line, &owned) {
                        continue;
                    }
                    Buffer::Interrelationships
                }
                SectionKind::Competencies => {
                    // Most lines are requirements; the error is built only
                    // for a line kept as an item, which the warning names.
                    // The line is read as it is: the requirement's reading
                    // trims what `clean` does.
                    if let Some(req) = crate::competency::requirement_of_line(&owned) {
                        seen_competency = true;
                        half.competencies.push((line.number, req));
                        Buffer::CompetenciesItems
                    } else {
                        let clean = owned.trim_end_matches([';', '.', ',']).trim();
                        let colon = clean.find(':');
                        let named = colon.is_some_and(|at| {
                            crate::competency::names_competency(clean[..at].trim())
                        });
                        // A bullet with a `Name: behaviour` shape may name
                        // a competency the catalogue lacks (NATO has 16,
                        // 15 are public): keep it as an item and warn.
                        let shaped = line.bullet && colon.is_some() && !is_intro(clean);
                        if named || shaped {
                            seen_competency = true;
                            let reason = CompetencyRequirement::from_str(clean)
                                .err()
                                .map(|err| err.to_string())
                                .unwrap_or_default();
                            warnings.push(Warning {
                                line: line.number,
                                kind: WarningKind::Unrecognised {
                                    field: Field::Competency,
                                    value: owned.as_ref().to_owned(),
                                    reason,
                                },
                            });
                            Buffer::CompetenciesItems
                        } else if seen_competency {
                            Buffer::Signature
                        } else {
                            Buffer::CompetenciesIntro
                        }
                    }
                }
                SectionKind::Contract => Buffer::Contract,
                SectionKind::Other | SectionKind::Description => match current_other {
                    Some(other) => Buffer::Other(other),
                    None => Buffer::Description,
                },
            },
        };
        pending.push(to, &owned);
    }
    pending.flush(&mut half.text);
    if half.header_end == 0 {
        half.header_end = lines.last().map_or(1, |l| l.number);
    }
    half
}

/// One of the [`Paragraphs`] of a [`NoticeText`] that [`parse_half`]
/// fills.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Buffer {
    Banner,
    Description,
    Summary,
    ChallengesIntro,
    ChallengesItems,
    EssentialIntro,
    EssentialItems,
    DesirableIntro,
    DesirableItems,
    Interrelationships,
    CompetenciesIntro,
    CompetenciesItems,
    Signature,
    Contract,
    /// The paragraphs of the accountability area at this index.
    Area(usize),
    /// The paragraphs of the other section at this index.
    Other(usize),
}

impl Buffer {
    /// The list's items, for `self` its intro.
    fn items_of(self) -> Self {
        match self {
            Self::ChallengesIntro => Self::ChallengesItems,
            Self::EssentialIntro => Self::EssentialItems,
            Self::DesirableIntro => Self::DesirableItems,
            other => other,
        }
    }

    /// The paragraphs `self` names in `text`; `None` only for an area or
    /// section `text` does not hold, which [`parse_half`] never names.
    fn of(self, text: &mut NoticeText) -> Option<&mut Paragraphs> {
        Some(match self {
            Self::Banner => &mut text.banner,
            Self::Description => &mut text.description,
            Self::Summary => &mut text.summary,
            Self::ChallengesIntro => &mut text.key_challenges.intro,
            Self::ChallengesItems => &mut text.key_challenges.items,
            Self::EssentialIntro => &mut text.essential.intro,
            Self::EssentialItems => &mut text.essential.items,
            Self::DesirableIntro => &mut text.desirable.intro,
            Self::DesirableItems => &mut text.desirable.items,
            Self::Interrelationships => &mut text.interrelationships,
            Self::CompetenciesIntro => &mut text.competencies.intro,
            Self::CompetenciesItems => &mut text.competencies.items,
            Self::Signature => &mut text.signature,
            Self::Contract => &mut text.contract,
            Self::Area(i) => &mut text.accountabilities.get_mut(i)?.paragraphs,
            Self::Other(i) => &mut text.other_sections.get_mut(i)?.paragraphs,
        })
    }
}

/// The paragraphs of a half's prose, written to one buffer as the half
/// is read, in runs that each go to one of its [`Paragraphs`].
///
/// Which [`Paragraphs`] a line goes to is known as the half is read, but
/// not how much each will hold; and a post description has a dozen
/// sections and as many areas of accountability. Their paragraphs share
/// one buffer, which one allocation holds, and each [`Paragraphs`] keeps
/// its piece of it: a run of paragraphs (its only one, nearly always).
struct Pending {
    text: String,
    runs: Vec<Run>,
}

/// Paragraphs in a row of [`Pending::text`] that go to one buffer.
struct Run {
    to: Buffer,
    /// Where the run starts in the text; it ends where the next starts.
    start: usize,
    /// How many paragraphs it holds.
    count: usize,
}

impl Pending {
    /// Room for the paragraphs of `lines`, which hold none longer than
    /// their lines: each paragraph is a line (perhaps shorn of marks or
    /// a lead), and no line gives two.
    fn for_lines(lines: &[Line<'_>]) -> Self {
        Self {
            text: String::with_capacity(lines.iter().map(|l| l.text.len() + 1).sum()),
            // The runs of a post description with a dozen areas of
            // accountability.
            runs: Vec::with_capacity(32),
        }
    }

    /// Writes `line` as a paragraph of `to`, after those written before.
    #[inline]
    fn push(&mut self, to: Buffer, line: &str) {
        match self.runs.last_mut() {
            Some(run) if run.to == to => run.count += 1,
            _ => self.runs.push(Run {
                to,
                start: self.text.len(),
                count: 1,
            }),
        }
        self.text.push_str(line);
        self.text.push('\n');
    }

    /// Gives each [`Paragraphs`] of `text` its paragraphs: the piece of
    /// the shared buffer its run is, or, for one given paragraphs in two
    /// runs or more, a buffer of its own holding them.
    fn flush(self, text: &mut NoticeText) {
        if self.runs.is_empty() {
            return;
        }
        let buffer = Arc::new(self.text);
        for (k, run) in self.runs.iter().enumerate() {
            let end = self.runs.get(k + 1).map_or(buffer.len(), |next| next.start);
            let Some(paragraphs) = run.to.of(text) else {
                continue;
            };
            if paragraphs.is_empty() {
                *paragraphs = Paragraphs::shared(&buffer, run.start, end, run.count);
            } else {
                paragraphs.extend_lines(buffer.get(run.start..end).unwrap_or_default(), run.count);
            }
        }
    }
}

/// Whether `text` may start, once folded, with the lowercase ASCII letter
/// `letter`: `false` only when its first byte is an ASCII character other
/// than white space, which then folds to itself in lowercase; the summary
/// lines tested for the key challenges' lead mostly start with another.
fn may_start_folded(text: &str, letter: u8) -> bool {
    match text.as_bytes().first() {
        Some(&b) if b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ') => {
            b.to_ascii_lowercase() == letter
        }
        _ => true,
    }
}

fn record_header<'a>(
    half: &mut Half<'a>,
    pending: &mut Pending,
    field: Field,
    line: &Line<'_>,
    value: &'a str,
    warnings: &mut Vec<Warning>,
) {
    // A labelled title (`TITLE: ...`) wins over a line above the header,
    // which is then a banner; its reference digits are still read.
    if field == Field::Title && half.value(Field::Title).is_none() {
        let above = core::mem::replace(&mut half.text.title, value.to_owned());
        if !above.is_empty() && above != value {
            pending.push(Buffer::Banner, &above);
        }
    }
    let Some(slot) = half.header.get_mut(field_slot(field)) else {
        return;
    };
    if slot.is_some() {
        // Division, directorate and section lines of a French post
        // description continue one another; anything else is a duplicate.
        if !matches!(field, Field::Division | Field::Directorate | Field::Section) {
            warnings.push(Warning {
                line: line.number,
                kind: WarningKind::Duplicate { field },
            });
        }
        return;
    }
    *slot = Some((line.number, value));
}

/// The buffer a line of a list goes to, of the list whose intro is
/// `intro`: the intro for a line that is no bullet and reads like one,
/// else the items.
fn list_buffer(line: &Line<'_>, text: &str, intro: Buffer) -> Buffer {
    if !line.bullet && is_intro(text) {
        intro
    } else {
        intro.items_of()
    }
}

/// An accountability area starts at a short line with no closing
/// punctuation (`Policy Development`), or at an inline lead
/// (`Vision and Direction: Develop ...`).
///
/// Pushes the area `text` starts, if any, with no paragraphs (or an
/// unnamed one, for a paragraph before any area), and tells what of
/// `text` is a paragraph of the last area.
fn push_accountability(areas: &mut Vec<NamedText>, line: &Line<'_>, text: &str) -> AreaLine {
    let starts_upper = text.chars().next().is_some_and(char::is_uppercase);
    let standalone = !line.bullet
        && starts_upper
        && text.len() <= 70
        && !text.ends_with(['.', ';', ',', ':'])
        && text.split_whitespace().count() <= 8;
    if standalone {
        areas.push(NamedText {
            heading: text.to_owned(),
            paragraphs: Paragraphs::new(),
        });
        return AreaLine::Heading;
    }
    if !line.bullet && starts_upper {
        if let Some((head, body)) = lead_colon(text) {
            let head = head.trim();
            if !head.is_empty()
                && head.len() <= 60
                && head.split_whitespace().count() <= 6
                && !body.trim().is_empty()
            {
                areas.push(NamedText {
                    heading: head.to_owned(),
                    paragraphs: Paragraphs::new(),
                });
                // `body` ends `text`.
                let start = text.len() - body.trim_start().len();
                return AreaLine::Lead(start..start + body.trim().len());
            }
        }
    }
    if areas.is_empty() {
        areas.push(NamedText::default());
    }
    AreaLine::Paragraph
}

/// What [`push_accountability`] found a line of accountabilities to be.
enum AreaLine {
    /// The heading of a new area.
    Heading,
    /// An inline lead, the heading of a new area, followed by its first
    /// paragraph at these bytes of the line.
    Lead(core::ops::Range<usize>),
    /// A paragraph of the last area.
    Paragraph,
}

/// `text.split_once(':')` for a paragraph of accountabilities, which is
/// read as a lead only when the part before the colon is at most 60 bytes
/// once trimmed: `None` as well when the paragraph (starting with no white
/// space) has no colon in its first 61 bytes and its 61st is ASCII other
/// than white space, which the lead would then hold. Paragraphs run to
/// hundreds of bytes and seldom hold a lead; this reads their first 61.
fn lead_colon(text: &str) -> Option<(&str, &str)> {
    const LONGEST_LEAD: usize = 60;
    let bytes = text.as_bytes();
    let window = bytes.get(..=LONGEST_LEAD).unwrap_or(bytes);
    if let Some(at) = crate::text::position_of_any(window, 0, [b':']) {
        return Some((text.get(..at)?, text.get(at + 1..)?));
    }
    match bytes.get(LONGEST_LEAD) {
        Some(&b) if b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ') => None,
        _ => text.split_once(':'),
    }
}

/// Reads a count of reports: a number, or `N/a` / `sans objet` / `none`
/// for none.
fn report_count(value: &str) -> Option<u16> {
    let v = value.trim().trim_end_matches(['.', ';']).trim();
    // A number first, the common case (`0` among them).
    if let Ok(n) = v.parse() {
        return Some(n);
    }
    // Folded once, then compared with each word (written folded).
    let folded = FoldedLabel::of(v);
    if ["n/a", "na", "none", "nil", "sans objet", "neant", "aucun"]
        .iter()
        .any(|w| folded.is(w))
    {
        return Some(0);
    }
    None
}

/// A short label as [`folded`](crate::text::folded) gives it (a character
/// that folds to none in ASCII kept as `0xFF`, which no catalogue label
/// holds), folded once to be compared with several catalogue labels, where
/// [`fold_eq`](crate::text::fold_eq) would fold it again for each.
struct FoldedLabel {
    bytes: [u8; 40],
    len: usize,
    /// Whether the whole label fits in `bytes`.
    whole: bool,
}

impl FoldedLabel {
    /// Folds `label` as [`folded`](crate::text::folded) does, in one loop
    /// over its characters rather than through that iterator's states: a
    /// run of characters that fold to `' '` is one `' '`, and the trimmed
    /// label ends with none.
    #[inline(never)]
    fn of(label: &str) -> Self {
        let mut folded = Self {
            bytes: [0; 40],
            len: 0,
            whole: true,
        };
        let mut space = false;
        let label = label.trim();
        let bytes = label.as_bytes();
        let mut at = 0;
        while let Some(&b) = bytes.get(at) {
            // An ASCII byte folds to its lowercase (a tab to itself: only
            // white space outside ASCII folds to `' '`); only other
            // characters are decoded.
            let byte = if b.is_ascii() {
                at += 1;
                if b == b' ' {
                    space = true;
                    continue;
                }
                b.to_ascii_lowercase()
            } else {
                let Some(c) = label.get(at..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                at += c.len_utf8();
                match fold_char(c) {
                    ' ' => {
                        space = true;
                        continue;
                    }
                    c if c.is_ascii() => c as u8,
                    _ => 0xFF,
                }
            };
            if core::mem::take(&mut space) && !folded.push(b' ') {
                break;
            }
            if !folded.push(byte) {
                break;
            }
        }
        folded
    }

    /// Appends `byte`, or notes that the label does not fit and returns
    /// `false`.
    fn push(&mut self, byte: u8) -> bool {
        let Some(slot) = self.bytes.get_mut(self.len) else {
            self.whole = false;
            return false;
        };
        *slot = byte;
        self.len += 1;
        true
    }

    /// [`FoldedLabel::of`] as it was built, from the folding iterator.
    #[cfg(test)]
    fn of_by_folded(label: &str) -> Self {
        let mut folded = Self {
            bytes: [0; 40],
            len: 0,
            whole: true,
        };
        for c in crate::text::folded(label) {
            let Some(slot) = folded.bytes.get_mut(folded.len) else {
                folded.whole = false;
                break;
            };
            *slot = if c.is_ascii() { c as u8 } else { 0xFF };
            folded.len += 1;
        }
        folded
    }

    /// `fold_eq(label, entry)` for a catalogue `entry` written folded.
    fn is(&self, entry: &str) -> bool {
        self.whole && &self.bytes[..self.len] == entry.as_bytes()
    }
}

/// Reads a line of interrelationships: a count of reports, or whom the
/// incumbent reports to; `false` when it was a count, which is no
/// paragraph of the prose.
fn read_interrelationship(half: &mut Half, line: &Line<'_>, text: &str) -> bool {
    // Every label of a count of reports folds to a word starting with one
    // of these letters; most lines start with another, and then hold no
    // such label wherever their colon is.
    let may_count = [b'd', b'i', b'n', b's']
        .iter()
        .any(|&letter| may_start_folded(text, letter));
    let labelled = if may_count {
        text.split_once(':')
    } else {
        None
    };
    if let Some((label, value)) = labelled {
        let label = FoldedLabel::of(label.trim());
        let direct = [
            "direct reports",
            "direct report",
            "nombre de subordonne(e)s direct(e)s",
            "subordonnes directs",
        ]
        .iter()
        .any(|p| label.is(p));
        let indirect = [
            "indirect reports",
            "indirect report",
            "nombre de subordonne(e)s indirect(e)s",
            "subordonnes indirects",
        ]
        .iter()
        .any(|p| label.is(p));
        if direct || indirect {
            if let Some(n) = report_count(value) {
                let slot = if direct {
                    &mut half.direct_reports
                } else {
                    &mut half.indirect_reports
                };
                if slot.is_none() {
                    *slot = Some((line.number, n));
                }
                return false;
            }
        }
    }
    if half.text.reports_to.is_none() {
        half.text.reports_to = reports_to(text);
    }
    true
}

/// The text after the first "reports to" (or French "relève de") in
/// `text`, folded.
fn after_report_marker(text: &str) -> Option<&str> {
    // Every marker starts with `r`, and only `r` and `R` fold to it, so
    // the marker is looked for at those bytes alone (always the start of
    // a character). White space is passed over too: `strip_prefix_folded`
    // trims it, so the marker is found from the next character, with the
    // same rest.
    //
    // Every marker goes on with `e`, then `p` or `l`: an ASCII character
    // other than white space (which the fold passes over) folds to itself
    // in lowercase, so an `r` followed by another, or by `e` and then
    // another, starts no marker.
    let bytes = text.as_bytes();
    let other = |at: usize, letters: &[u8]| {
        bytes.get(at).is_some_and(|&b| {
            b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ') && !letters.contains(&(b | 0x20))
        })
    };
    (0..bytes.len())
        .filter(|&i| {
            bytes[i] | 0x20 == b'r'
                && !other(i + 1, b"e")
                && !(bytes.get(i + 1).is_some_and(|b| b | 0x20 == b'e') && other(i + 2, b"pl"))
        })
        .find_map(|i| {
            ["reports to ", "report to ", "releve de "]
                .iter()
                .find_map(|m| strip_prefix_folded(text.get(i..)?, m))
        })
}

/// "The incumbent reports to the Head, Resilience Section and ..." → "the
/// Head, Resilience Section"; French "relève de la/du chef de la Section".
fn reports_to(text: &str) -> Option<String> {
    let rest = after_report_marker(text)?;
    let end = title_end(rest);
    let who = rest[..end].trim().trim_end_matches(['.', ';', ',']).trim();
    (!who.is_empty()).then(|| who.to_owned())
}

/// Where the superior's title that starts `rest` ends: at the end of the
/// clause, which is a full stop, a semicolon, `, and`, `who`/`qui`, or
/// "and"/"et" followed by a verb (a lowercase word), as in "the Head,
/// Resilience Section and coordinates closely"; else at the end of `rest`.
///
/// One pass that stops at the first of them: the title is short, the rest
/// of the paragraph after it long.
fn title_end(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    let verb_after = |at: usize| rest[at..].chars().next().is_some_and(char::is_lowercase);
    (0..bytes.len())
        .find(|&i| {
            let here = &bytes[i..];
            match bytes[i] {
                b'.' => here.starts_with(b". "),
                b';' => here.starts_with(b"; "),
                b',' => here.starts_with(b", and "),
                b' ' => {
                    here.starts_with(b" who ")
                        || here.starts_with(b" qui ")
                        || (here.starts_with(b" and ") && verb_after(i + 5))
                        || (here.starts_with(b" et ") && verb_after(i + 4))
                }
                _ => false,
            }
        })
        .unwrap_or(bytes.len())
}

/// A count written in digits or as an English or French number word (the
/// number words contract prose reads).
fn number_word(word: &str) -> Option<u8> {
    if let Ok(n) = word.parse::<u8>() {
        return Some(n);
    }
    crate::contract::number_word(word).and_then(|(n, _)| u8::try_from(n).ok())
}

/// The separators between the words of [`year_phrases`]: white space,
/// parentheses, commas and semicolons (these are the ASCII ones).
const YEAR_SEPARATOR: [bool; 256] = crate::text::byte_set(b"\t\n\x0b\x0c\r (),;");

/// Whether `c` separates the words of [`year_phrases`].
fn is_year_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | ')' | ',' | ';')
}

/// The words of `text` as [`year_phrases`] reads them: the non-empty
/// pieces between separators (white space, parentheses, commas and
/// semicolons), each with the offset it is taken to start at, which is
/// the lengths of the pieces before it plus one per separator (a
/// separator of several bytes, such as a no-break space, counts one).
///
/// One pass over the bytes: ASCII, nearly all of a notice, is classified
/// from the byte, and only other characters are decoded.
#[cfg(test)]
fn year_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    // The character at byte `i`, not ASCII: `(is it a separator, its
    // length)`.
    let other_at = |i: usize| -> (bool, usize) {
        text.get(i..)
            .and_then(|rest| rest.chars().next())
            .map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8()))
    };
    let mut i = 0;
    // The bytes that separators take beyond the one each counts for.
    let mut drift = 0;
    core::iter::from_fn(move || {
        let start = loop {
            let &b = bytes.get(i)?;
            if b.is_ascii() {
                if !YEAR_SEPARATOR[usize::from(b)] {
                    break i;
                }
                i += 1;
            } else {
                match other_at(i) {
                    (true, len) => {
                        drift += len - 1;
                        i += len;
                    }
                    (false, _) => break i,
                }
            }
        };
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii() {
                if YEAR_SEPARATOR[usize::from(b)] {
                    break;
                }
                i += 1;
            } else {
                match other_at(i) {
                    (true, _) => break,
                    (false, len) => i += len,
                }
            }
        }
        Some((start - drift, text.get(start..i).unwrap_or_default()))
    })
}

/// Every "N years" phrase in `text`, word by word: what [`year_phrases`]
/// must find.
#[cfg(test)]
fn year_phrases_by_words(text: &str) -> Vec<(u8, bool)> {
    let mut found = Vec::new();
    let mut previous: Option<&str> = None;
    for (at, piece) in year_words(text) {
        let Some(num) = previous.replace(piece) else {
            continue;
        };
        if !is_year_unit(piece) {
            continue;
        }
        let Some(n) = number_word(num) else { continue };
        found.push((n, counts_management(words_after_unit(text, at, piece))));
    }
    found
}

/// Whether `piece` (a word) names years.
fn is_year_unit(piece: &str) -> bool {
    // Every unit starts with the folded first letter of the word (which
    // the trim below keeps): most words are rejected on it.
    let starts_like_a_unit = piece
        .chars()
        .next()
        .map(fold_char)
        .is_some_and(|c| c == 'y' || c == 'a');
    if !starts_like_a_unit {
        return false;
    }
    let unit = FoldedWord::<8>::of(piece.trim_end_matches(['\'', '\u{2019}', '.', ':']));
    ["year", "years", "year's", "ans", "an", "annees", "annee"]
        .iter()
        .any(|u| unit.is(u))
}

/// The words that qualify the number before the unit `piece`, taken to
/// start at `at` in `text`: at most 45 characters, up to where the next
/// clause starts (a comma, a semicolon, "out of which" or " dont ").
///
/// The old reading cut at each stop in turn, searching what the cuts
/// before left; the stops hold no comma and no two of them overlap, so
/// that comes to cutting at the first place where any of them starts
/// whole within the 45 characters: one pass over the bytes.
fn words_after_unit<'a>(text: &'a str, at: usize, piece: &str) -> &'a str {
    let after_start = (at + piece.len()).min(text.len());
    let rest = text.get(after_start..).unwrap_or("");
    let bytes = rest.as_bytes();
    // The 46th character's start, or the end: in ASCII text, 45 bytes on;
    // otherwise a byte that is not a continuation byte starts a character.
    let head = &bytes[..bytes.len().min(46)];
    let limit = if head.iter().fold(false, |wide, &b| wide | (b >= 0x80)) {
        let mut starts = bytes
            .iter()
            .enumerate()
            .filter(|&(_, &b)| !(0x80..0xC0).contains(&b));
        starts.nth(45).map_or(bytes.len(), |(i, _)| i)
    } else {
        head.len().min(45)
    };
    let within = &bytes[..limit];
    let end = within.iter().enumerate().position(|(i, &b)| match b {
        b',' | b';' => true,
        b'o' => within[i..].starts_with(b"out of which"),
        b' ' => within.get(i + 1) == Some(&b'd') && within[i..].starts_with(b" dont "),
        _ => false,
    });
    rest.get(..end.unwrap_or(limit)).unwrap_or_default()
}

/// [`words_after_unit`] as it was: the characters counted by decoding
/// them, and one search for each stop.
#[cfg(test)]
fn words_after_unit_by_search<'a>(text: &'a str, at: usize, piece: &str) -> &'a str {
    let after_start = (at + piece.len()).min(text.len());
    let rest = text.get(after_start..).unwrap_or("");
    let mut after = rest
        .char_indices()
        .nth(45)
        .map_or(rest, |(end, _)| &rest[..end]);
    for stop in [",", ";", "out of which", " dont "] {
        if let Some(i) = after.find(stop) {
            after = &after[..i];
        }
    }
    after
}

/// The last bytes of the UTF-8 forms of the white space characters that
/// are not ASCII (a test checks every one).
const WIDE_SPACE_ENDS: [bool; 256] = {
    let mut ends = [false; 256];
    let mut b = 0x80;
    while b <= 0x8A {
        ends[b] = true;
        b += 1;
    }
    ends[0x9F] = true;
    ends[0xA0] = true;
    ends[0xA8] = true;
    ends[0xA9] = true;
    ends[0xAF] = true;
    ends
};

/// The two-byte windows `(before, at)` of a text where a unit of
/// [`year_phrases`] may start at `at`, as a bit set indexed by the two
/// bytes read as a little-endian `u16` (`at << 8 | before`): `before` is
/// an ASCII separator or may end a white space character that is not
/// ASCII, and `at` is one of `aAyY` or `0xC3`, which leads every other
/// character that folds to one of them (`à`, `ý`...; a test checks it).
static UNIT_STARTS: [u64; 1024] = {
    let mut windows = [0u64; 1024];
    let mut before = 0usize;
    while before < 256 {
        let mut at = 0usize;
        while at < 256 {
            let after_separator = YEAR_SEPARATOR[before] || WIDE_SPACE_ENDS[before];
            let unit_like = matches!(at as u8, b'a' | b'A' | b'y' | b'Y' | 0xC3);
            if after_separator && unit_like {
                let bit = at << 8 | before;
                windows[bit >> 6] |= 1 << (bit & 63);
            }
            at += 1;
        }
        before += 1;
    }
    windows
};

/// The first `i` at or after `from` (at least 1) where [`UNIT_STARTS`]
/// lets a unit start, given `bytes[i - 1]` and `bytes[i]`, window by
/// window: what [`next_unit_start`] must find, bar the places
/// [`starts_like_a_unit`] rejects.
#[cfg(test)]
fn next_unit_start_by_windows(bytes: &[u8], from: usize) -> Option<usize> {
    // Whether the window of the first two of `bytes` passes.
    let passes = |bytes: &[u8]| {
        let mut pair = [0; 2];
        pair.copy_from_slice(&bytes[..2]);
        let bit = usize::from(u16::from_le_bytes(pair));
        UNIT_STARTS[bit >> 6] & 1 << (bit & 63) != 0
    };
    let mut i = from.max(1);
    // Eight windows a round: those ending at `i` to `i + 7`.
    while let Some(nine) = bytes.get(i - 1..i + 8) {
        for k in 0..8 {
            if passes(&nine[k..]) {
                return Some(i + k);
            }
        }
        i += 8;
    }
    while let Some(pair) = bytes.get(i - 1..=i) {
        if passes(pair) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Whether the window of the first two of `bytes` passes [`UNIT_STARTS`].
#[inline]
fn passes_unit_starts(bytes: &[u8]) -> bool {
    let mut pair = [0; 2];
    pair.copy_from_slice(&bytes[..2]);
    let bit = usize::from(u16::from_le_bytes(pair));
    UNIT_STARTS[bit >> 6] & 1 << (bit & 63) != 0
}

/// The places `bytes[1..9]` of the ten `bytes` where a unit may start,
/// as `0x80` in byte `k` of the answer for `bytes[1 + k]` (and maybe a
/// few more): a coarse, eight-at-once form of [`UNIT_STARTS`] and
/// [`starts_like_a_unit`] together. Each place it leaves out fails one
/// of them: the byte before is ASCII from `@` on (no separator, and no
/// end of a wide space, is), or the byte and the next are neither `a`
/// then `n` or a byte that is not ASCII, nor `y` then `e` or such a byte
/// (either case), nor `0xC3` then such a byte.
#[inline]
fn unit_candidates(bytes: &[u8]) -> u64 {
    let load = |from: usize| {
        let mut eight = [0; 8];
        eight.copy_from_slice(&bytes[from..from + 8]);
        u64::from_le_bytes(eight)
    };
    let (before, at, next) = (load(0), load(1), load(2));
    // `0x40` added to the low seven bits sets the high bit from `@` on.
    let after_separator = (before | !((before & !HIGH_BITS) + every_byte(0x40))) & HIGH_BITS;
    // OR-ing `0x20` lowercases a letter and makes no other byte one.
    let (lower_at, lower_next) = (at | every_byte(0x20), next | every_byte(0x20));
    let wide_next = next & HIGH_BITS;
    let a = zero_bytes(lower_at ^ every_byte(b'a'))
        & (zero_bytes(lower_next ^ every_byte(b'n')) | wide_next);
    let y = zero_bytes(lower_at ^ every_byte(b'y'))
        & (zero_bytes(lower_next ^ every_byte(b'e')) | wide_next);
    let accented = zero_bytes(at ^ every_byte(0xC3)) & wide_next;
    (a | y | accented) & after_separator
}

/// The first `i` at or after `from` (at least 1) where [`UNIT_STARTS`]
/// lets a unit start, given `bytes[i - 1]` and `bytes[i]`, leaving out
/// places that [`starts_like_a_unit`] would reject anyway.
///
/// Eight places a round are first sifted by [`unit_candidates`], which
/// lets few through (a notice's words seldom start with `an` or `ye`);
/// only those are looked up in the table.
fn next_unit_start(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from.max(1);
    while let Some(ten) = bytes.get(i - 1..i + 9) {
        let mut candidates = unit_candidates(ten);
        while candidates != 0 {
            let k = candidates.trailing_zeros() as usize / 8;
            if passes_unit_starts(&ten[k..]) {
                return Some(i + k);
            }
            candidates &= candidates - 1;
        }
        i += 8;
    }
    while let Some(pair) = bytes.get(i - 1..=i) {
        if passes_unit_starts(pair) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Whether the word at `bytes[start]` (where [`UNIT_STARTS`] lets a unit
/// start) may be a unit by its first three bytes: `an` then the end, a
/// separator, `s`, `n` or a mark [`is_year_unit`] trims, or `yea`, in
/// either case; a byte that is not ASCII may fold to what is wanted (an
/// accented letter after `0xC3`) and lets the word through.
fn starts_like_a_unit(bytes: &[u8], start: usize) -> bool {
    let wide = |b: Option<&u8>| b.is_some_and(|b| !b.is_ascii());
    let (second, third) = (bytes.get(start + 1), bytes.get(start + 2));
    match bytes[start] {
        b'a' | b'A' => match second {
            Some(b'n' | b'N') => match third {
                None => true,
                Some(&t) => {
                    !t.is_ascii()
                        || YEAR_SEPARATOR[usize::from(t)]
                        || matches!(t, b's' | b'S' | b'n' | b'N' | b'\'' | b'.' | b':')
                }
            },
            other => wide(other),
        },
        b'y' | b'Y' => match second {
            Some(b'e' | b'E') => wide(third) || matches!(third, Some(b'a' | b'A')),
            other => wide(other),
        },
        // `à`..`å`, `À`..`Å`, `Ý`, `ý` and `ÿ`.
        _ => matches!(second, Some(0x80..=0x85 | 0xA0..=0xA5 | 0x9D | 0xBD | 0xBF)),
    }
}

/// Whether `text` may hold a unit of [`year_phrases`]: `false` only when
/// no place passes [`UNIT_STARTS`] and [`starts_like_a_unit`] with a word
/// that [`is_year_unit`] takes, so that there is no phrase.
///
/// A unit follows a byte below `@` (every ASCII separator is) or one
/// that is not ASCII (as the end of a wide space is); it is `an` before
/// a byte below `@` (a separator, a mark the unit test trims, or a byte
/// that is not ASCII), `s` or `n`; or `a` before a byte that is not
/// ASCII (`ñ`); or `ye` before `a` or such a byte; or `y` before such a
/// byte; or an accented `a` (`0xC3`, then `0x80`..`0x85` or
/// `0xA0`..`0xA5`) before `n` or `0xC3` (`ñ`), or an accented `y`
/// (`0xC3`, then `0xBD`, `0x9D` or `0xBF`, and `0x9F` with them) before
/// `e` or `0xC3`; letters in either case. Most items hold none of these
/// (the article "an" is the common one), and the test runs on sixteen
/// places at once without a branch, for the compiler to make it wide.
fn may_hold_year_unit(text: &str) -> bool {
    // A unit starts after the byte before it: a last byte alone starts none.
    any_block(text.as_bytes(), 2, block_may_hold_year_unit)
}

/// Whether `test` holds for any block of `bytes`: the 19 bytes from each
/// multiple of 16 that leaves at least `min_tail` bytes, the last block
/// padded with zeros. The tests look at sixteen places of a block at once
/// (and at the three bytes after the last), without a branch, for the
/// compiler to make them wide.
#[inline(always)]
fn any_block(bytes: &[u8], min_tail: usize, test: impl Fn(&[u8; 19]) -> bool) -> bool {
    let mut padded = [0; 19];
    let mut i = 0;
    while let Some(tail) = bytes.get(i..).filter(|tail| tail.len() >= min_tail) {
        let block: &[u8; 19] = match tail.get(..19).and_then(|b| b.try_into().ok()) {
            Some(block) => block,
            None => {
                padded[..tail.len()].copy_from_slice(tail);
                &padded
            }
        };
        if test(block) {
            return true;
        }
        i += 16;
    }
    false
}

/// [`may_hold_year_unit`] for the units that start at `block[1..17]`,
/// each after the byte before it; zeros past the end of a text read as
/// bytes below `@`, and start no unit.
#[inline(always)]
fn block_may_hold_year_unit(block: &[u8; 19]) -> bool {
    // Below `@`, or not ASCII.
    let low_or_wide = |b: u8| (b as i8) < 0x40;
    let is = |b: u8, letter: u8| b | 0x20 == letter;
    let mut any = 0u8;
    for k in 0..16 {
        let (before, at, next, third) = (block[k], block[k + 1], block[k + 2], block[k + 3]);
        let wide_next = next >= 0x80;
        let a = is(at, b'a')
            & (is(next, b'n') & (low_or_wide(third) | is(third, b's') | is(third, b'n'))
                | wide_next);
        let y = is(at, b'y') & (is(next, b'e') & (is(third, b'a') | (third >= 0x80)) | wide_next);
        let accented_a =
            ((next | 0x20).wrapping_sub(0xA0) < 6) & (is(third, b'n') | (third == 0xC3));
        let accented_y = (next | 0x22 == 0xBF) & (is(third, b'e') | (third == 0xC3));
        let accented = (at == 0xC3) & (accented_a | accented_y);
        any |= u8::from(low_or_wide(before) & (a | y | accented));
    }
    any != 0
}

/// Every "N years" phrase in `text`: the number and whether it counts
/// management experience (judged from the words that follow it).
///
/// The words are the pieces between separators (white space,
/// parentheses, commas and semicolons); a unit is a word naming years,
/// and its number the word before it. Only the places where a word that
/// starts like a unit (`a` or `y`, folded) follows a separator are
/// looked at, found two bytes at a time through [`UNIT_STARTS`]; the
/// word before is read back from there. A unit's offset counts one byte
/// per separator (a no-break space counts one), as the word-by-word
/// reading did.
fn year_phrases(text: &str) -> Vec<(u8, bool)> {
    if !may_hold_year_unit(text) {
        return Vec::new();
    }
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut from = 1;
    while let Some(start) = next_unit_start(bytes, from) {
        from = start + 1;
        if !starts_like_a_unit(bytes, start) || !text.is_char_boundary(start) {
            continue;
        }
        let (before, rest) = text.split_at(start);
        // An ASCII byte before passed the table as a separator.
        if !bytes[start - 1].is_ascii()
            && !before.chars().next_back().is_some_and(is_year_separator)
        {
            continue;
        }
        let piece = &rest[..rest.find(is_year_separator).unwrap_or(rest.len())];
        if !is_year_unit(piece) {
            continue;
        }
        let head = before.trim_end_matches(is_year_separator);
        let num = &head[head
            .char_indices()
            .rev()
            .find(|&(_, c)| is_year_separator(c))
            .map_or(0, |(i, c)| i + c.len_utf8())..];
        if num.is_empty() {
            continue;
        }
        let Some(n) = number_word(num) else { continue };
        // The bytes that separators before the unit take beyond the one
        // each counts for.
        let drift: usize = if before.is_ascii() {
            0
        } else {
            before
                .chars()
                .filter(|c| !c.is_ascii() && c.is_whitespace())
                .map(|c| c.len_utf8() - 1)
                .sum()
        };
        found.push((
            n,
            counts_management(words_after_unit(text, start - drift, piece)),
        ));
    }
    found
}

/// Whether the words after "N years" count management experience. After
/// "experience", a subject ("experience in records management") is not
/// management, only a verb of managing is ("experience managing teams");
/// without it, the first word tells ("years of management", "years in
/// managing", "années passées à gérer").
fn counts_management(after: &str) -> bool {
    const FILLERS: [&str; 16] = [
        "of",
        "in",
        "at",
        "a",
        "the",
        "to",
        "passees",
        "de",
        "dans",
        "en",
        "as",
        "relevant",
        "professional",
        "proven",
        "practical",
        "significant",
    ];
    const EXPERIENCE: [&str; 3] = ["experience", "d'experience", "d\u{2019}experience"];
    const MANAGING: [&str; 6] = [
        "managing",
        "supervising",
        "leading",
        "gerer",
        "encadrer",
        "diriger",
    ];
    const MANAGEMENT: [&str; 6] = ["manag", "supervis", "gerer", "gestion", "encadr", "lead"];
    let mut after_experience = false;
    for word in after.split_whitespace() {
        // A word that starts and ends with an ASCII letter or digit, as
        // most do, has nothing to trim.
        let word = match (word.as_bytes().first(), word.as_bytes().last()) {
            (Some(a), Some(z)) if a.is_ascii_alphanumeric() && z.is_ascii_alphanumeric() => word,
            _ => word.trim_matches(|c: char| !c.is_alphanumeric()),
        };
        let folded = FoldedWord::<16>::of(word);
        if word.is_empty() || FILLERS.iter().any(|f| folded.is(f)) {
            continue;
        }
        if EXPERIENCE.iter().any(|e| folded.is(e)) {
            after_experience = true;
            continue;
        }
        let stems: &[&str] = if after_experience {
            &MANAGING
        } else {
            &MANAGEMENT
        };
        return stems.iter().any(|stem| folded.starts_with(stem));
    }
    false
}

/// The first `N` characters of a word without white space, each folded
/// by [`fold_char`] (one that folds to no ASCII character kept as `0xFF`,
/// which no catalogue word holds): a word folded once and then compared
/// with a list of catalogue words, where [`fold_eq`](crate::text::fold_eq)
/// would fold it again for each.
struct FoldedWord<const N: usize> {
    bytes: [u8; N],
    len: usize,
    /// Whether the whole word fits in `bytes`.
    whole: bool,
}

impl<const N: usize> FoldedWord<N> {
    fn of(word: &str) -> Self {
        let mut folded = Self {
            bytes: [0; N],
            len: 0,
            whole: true,
        };
        if word.is_ascii() {
            // Most words: each byte a character, which folds to itself
            // lowercased, without the decoding and the call to
            // `fold_char`.
            for (slot, b) in folded.bytes.iter_mut().zip(word.bytes()) {
                *slot = b.to_ascii_lowercase();
            }
            folded.len = word.len().min(N);
            folded.whole = word.len() <= N;
            return folded;
        }
        for c in word.chars() {
            if folded.len == N {
                folded.whole = false;
                break;
            }
            let f = fold_char(c);
            folded.bytes[folded.len] = if f.is_ascii() { f as u8 } else { 0xFF };
            folded.len += 1;
        }
        folded
    }

    /// Whether the folded word is `word` (ASCII lowercase, as
    /// [`fold_eq`](crate::text::fold_eq) would find for a word without
    /// white space).
    fn is(&self, word: &str) -> bool {
        self.whole && &self.bytes[..self.len] == word.as_bytes()
    }

    /// Whether the folded word starts with `stem` (ASCII lowercase, at most
    /// `N` bytes, as [`strip_prefix_folded`] would find for a word without
    /// white space).
    fn starts_with(&self, stem: &str) -> bool {
        self.bytes[..self.len].starts_with(stem.as_bytes())
    }
}

/// Phrases, folded, that mark a requirement about the official languages.
const LANGUAGE_CUE_PHRASES: [&str; 9] = [
    "official language",
    "langues officielles",
    "in one",
    "dans l'une",
    "in both",
    "in english",
    "in french",
    "en anglais",
    "en francais",
];

/// [`LANGUAGE_CUE_PHRASES`], indexed for the one-pass search.
static LANGUAGE_CUES: PhraseSet<9> = PhraseSet::new(LANGUAGE_CUE_PHRASES);

/// Whether `item` may hold a phrase of [`LANGUAGE_CUES`]: `false` only
/// when it holds none.
///
/// Each cue holds letters in a row that the item's bytes must show in a
/// row too: `gu` (*language*, *langues*), `gl` (*english*, *anglais*),
/// `fr` then `e` or `a` (*french*, *francais*), `oth` (*both*), a
/// white space then `one` (*in one*) and `l'u` (*l'une*). Letters next
/// to each other in a folded text come from characters next to each
/// other; `f`, `g`, `h`, `l`, `r` and `t` fold from themselves alone, in
/// either case, and the other letters, the apostrophe and white space
/// from few characters, whose first or last bytes the tests of
/// [`cue_bytes`] allow (a test checks every character). Prose seldom has
/// these runs, and the tests run on sixteen places at once without a
/// branch, so the compiler makes them wide: most items cost a few
/// instructions a byte instead of a search for the phrases (and its
/// mispredicted branches).
fn may_hold_language_cue(item: &str) -> bool {
    // Sixteen starts at a time, each test on the bytes from there; the
    // zeros that pad the last block are no letter to any test.
    any_block(item.as_bytes(), 1, block_may_hold_language_cue)
}

/// [`may_hold_language_cue`] for the runs that start in the first 16 of
/// `block`.
#[inline(always)]
fn block_may_hold_language_cue(block: &[u8; 19]) -> bool {
    use cue_bytes::{is, may_end_o, may_end_space, may_start};
    let mut any = 0u8;
    for k in 0..16 {
        let (w, x, y, z) = (block[k], block[k + 1], block[k + 2], block[k + 3]);
        // `gu`, `gl`, and `l` before an apostrophe that is not ASCII
        // (`’`, `´`: `0xE2` or `0xC2` first).
        let pair = is(w, b'g') & (may_start(x, b'u') | is(x, b'l')) | is(w, b'l') & is(x, 0xE2);
        let triple = is(w, b'f') & is(x, b'r') & (may_start(y, b'e') | is(y, b'a'))
            | may_end_o(w) & is(x, b't') & is(y, b'h')
            | is(w, b'l') & ((x == b'\'') | (x == b'`')) & may_start(y, b'u');
        // After `o`, the first byte of `n`, then the first byte of `e` or
        // the second of `ñ`.
        let quad =
            may_end_space(w) & may_end_o(x) & may_start(y, b'n') & (is(z, b'e') | (z >= 0x80));
        any |= u8::from(pair | triple | quad);
    }
    any != 0
}

/// The byte tests of [`may_hold_language_cue`].
mod cue_bytes {
    /// Whether `b` is the ASCII `letter` (lowercase) in either case (or,
    /// for a `letter` from `0xC0` on, `letter` or `letter - 0x20`).
    #[inline(always)]
    pub(super) fn is(b: u8, letter: u8) -> bool {
        b | 0x20 == letter
    }

    /// Whether `b` may end a character that folds to `o`: `o`, `O`, or the
    /// last byte of `ò`..`ö` or `Ò`..`Ö`.
    #[inline(always)]
    pub(super) fn may_end_o(b: u8) -> bool {
        is(b, b'o') | ((b | 0x20).wrapping_sub(0xB2) < 5)
    }

    /// Whether `b` may start a character that folds to `letter`, a letter
    /// that only ASCII and Latin-1 (led by `0xC3`) fold to.
    #[inline(always)]
    pub(super) fn may_start(b: u8, letter: u8) -> bool {
        is(b, letter) | (b == 0xC3)
    }

    /// Whether `b` may end a white space character: ASCII up to the space,
    /// or a byte that is not ASCII.
    #[inline(always)]
    pub(super) fn may_end_space(b: u8) -> bool {
        (b <= b' ') | (b >= 0x80)
    }
}

/// Every character, with the first and the last byte of its UTF-8 form:
/// what the byte tests of the cue filters are checked against.
#[cfg(test)]
fn every_char_with_end_bytes() -> impl Iterator<Item = (char, u8, u8)> {
    (0..=0x10FFFF).filter_map(char::from_u32).map(|c| {
        let mut buf = [0; 4];
        let bytes = c.encode_utf8(&mut buf).as_bytes();
        (c, bytes[0], bytes[bytes.len() - 1])
    })
}

#[cfg(test)]
mod requirement_tests {
    use super::cue_bytes::{is, may_end_o, may_end_space, may_start};
    use super::*;
    use proptest::strategy::Strategy;

    #[test]
    fn the_letters_of_the_language_runs_fold_from_the_bytes_tested() {
        for (c, first, last) in every_char_with_end_bytes() {
            match fold_char(c) {
                f @ ('f' | 'g' | 'h' | 'l' | 'r' | 't') => {
                    assert!(c.is_ascii() && is(first, f as u8), "{c:?}");
                }
                'o' => assert!(may_end_o(last), "{c:?}"),
                // The `n` of `one` is followed by a continuation byte when
                // it is `ñ`.
                'n' => assert!(c.is_ascii() || (first == 0xC3 && last >= 0x80), "{c:?}"),
                f @ ('a' | 'e' | 'u') => {
                    assert!(
                        may_start(first, f as u8) && (is(first, f as u8) || first >= 0x80),
                        "{c:?}"
                    );
                }
                ' ' => assert!(may_end_space(last), "{c:?}"),
                '\'' => assert!(matches!(first, b'\'' | b'`') || is(first, 0xE2), "{c:?}"),
                _ => {}
            }
        }
    }

    #[test]
    fn the_letters_of_a_year_unit_fold_from_the_bytes_tested() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let second = bytes.get(1).copied().unwrap_or(0);
            match fold_char(c) {
                'a' if !c.is_ascii() => assert!(
                    bytes.len() == 2 && bytes[0] == 0xC3 && (second | 0x20).wrapping_sub(0xA0) < 6,
                    "{c:?}"
                ),
                'y' if !c.is_ascii() => {
                    assert!(
                        bytes.len() == 2 && bytes[0] == 0xC3 && second | 0x22 == 0xBF,
                        "{c:?}"
                    );
                }
                'e' | 'n' => assert!(c.is_ascii() || bytes[0] == 0xC3, "{c:?}"),
                _ => {}
            }
        }
    }

    #[test]
    fn every_language_cue_is_possible() {
        for cue in LANGUAGE_CUE_PHRASES {
            for text in [
                cue.to_owned(),
                cue.to_uppercase(),
                cue.replace(' ', "\u{a0}  \u{2003}"),
                cue.replace('\'', "\u{2019}"),
                cue.replace('e', "\u{c9}")
                    .replace('o', "\u{f6}")
                    .replace('n', "\u{f1}"),
            ] {
                assert!(LANGUAGE_CUES.find_any(&text), "{text:?}");
                assert!(may_hold_language_cue(&text), "{text:?}");
            }
        }
        assert!(!may_hold_language_cue(
            "have experience in programme/project management;"
        ));
    }

    proptest::proptest! {
        #[test]
        fn an_item_with_a_language_cue_may_hold_one(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(LANGUAGE_CUE_PHRASES.to_vec())
                        .prop_map(str::to_owned),
                    proptest::sample::select(vec![
                        "In One", "IN\u{a0}BOTH", "\u{ed}n \u{f3}\u{f1}\u{e9}", "dans l\u{2019}une",
                        "DANS L\u{b4}\u{dc}NE", "l`une", "En Fran\u{e7}ais", "EN ANGLAIS",
                        "in  english", "fr\u{e8}nch", "b\u{f4}th", "Langues Officielles",
                        "OFFICIAL\tLANGUAGE", "official languages", " ", "  ", "\u{a0}", "\u{2003}",
                        "in", "en", "one", "\u{e9}", "x", "o", "n", "g", "l", "'",
                    ]).prop_map(str::to_owned),
                    ".{0,6}",
                ],
                0..8,
            )
        ) {
            let item = parts.concat();
            if LANGUAGE_CUES.find_any(&item) {
                proptest::prop_assert!(may_hold_language_cue(&item), "{:?}", item);
            }
        }

        #[test]
        fn words_after_a_unit_agree_with_one_search_per_stop(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "out of which", "out of whic", "OUT OF WHICH", " dont ", "dont", " ", ",", ";",
                    "years", "\u{e9}", "\u{2019}", "\u{1F600}", "a", "managing", "x",
                ]),
                0..30,
            ),
            at in 0usize..40,
            piece in proptest::sample::select(vec!["", "years", "an", "ann\u{e9}es"]),
        ) {
            let text = parts.concat();
            proptest::prop_assert_eq!(
                words_after_unit(&text, at, piece),
                words_after_unit_by_search(&text, at, piece),
                "{:?} {} {:?}", text, at, piece
            );
        }

        #[test]
        fn a_folded_word_agrees_with_folding_each_character(
            word in proptest::string::string_regex("[aAzZ'.\u{e9}\u{c9}\u{e6}\u{2019}-]{0,20}")
                .expect("a valid pattern"),
        ) {
            // The character-by-character fold the ASCII shortcut skips.
            fn by_chars<const N: usize>(word: &str) -> (Vec<u8>, bool) {
                let folded: Vec<u8> = word
                    .chars()
                    .map(fold_char)
                    .map(|f| if f.is_ascii() { f as u8 } else { 0xFF })
                    .collect();
                (folded.iter().copied().take(N).collect(), folded.len() <= N)
            }
            let short = FoldedWord::<8>::of(&word);
            proptest::prop_assert_eq!((short.bytes[..short.len].to_vec(), short.whole), by_chars::<8>(&word));
            let long = FoldedWord::<16>::of(&word);
            proptest::prop_assert_eq!((long.bytes[..long.len].to_vec(), long.whole), by_chars::<16>(&word));
        }

        #[test]
        fn year_phrases_past_the_unit_filter_agree_with_reading_word_by_word(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "5", "12", "deux", "five", "an", "AN", "ans", "ann\u{e9}es", "\u{e0}ns",
                    "\u{c0}N", "\u{e5}nn\u{e9}e", "a\u{f1}", "A\u{d1}S", "year", "YEARS",
                    "y\u{e9}ar", "\u{fd}ear", "\u{dd}\u{c9}AR", "\u{ff}ears", "ye\u{e2}r",
                    "and", "any", "yet", "\u{e0}", "\u{e9}", " ", "\u{a0}", "\u{2003}", ",", "(",
                    "'", "\u{2019}", ".", ":", "x", "managing",
                ]),
                0..16,
            )
        ) {
            for text in [parts.concat(), parts.join(" ")] {
                proptest::prop_assert_eq!(year_phrases(&text), year_phrases_by_words(&text), "{:?}", text);
            }
        }

        #[test]
        fn any_bytes_with_a_language_cue_may_hold_one(
            before in ".{0,40}",
            cue in proptest::sample::select(LANGUAGE_CUE_PHRASES.to_vec()),
            after in ".{0,40}",
        ) {
            let item = format!("{before}{cue}{after}");
            proptest::prop_assert!(may_hold_language_cue(&item), "{:?}", item);
        }
    }
}

fn requirements(items: &Paragraphs, line_hint: usize, warnings: &mut Vec<Warning>) -> Requirements {
    read_requirements(items, Requirements::default(), line_hint, warnings)
}

/// Reads the requirements of `items` into `req`, leaving alone what it
/// already holds (only the first value found for each counts).
fn read_requirements(
    items: &Paragraphs,
    mut req: Requirements,
    line_hint: usize,
    warnings: &mut Vec<Warning>,
) -> Requirements {
    for item in items {
        if req.languages.is_none() && may_hold_language_cue(item) && LANGUAGE_CUES.find_any(item) {
            match LanguageRequirement::from_str(item) {
                Ok(l) => {
                    req.languages = Some(l);
                    continue;
                }
                // Only a sentence about the official languages that does
                // not read is worth a warning ("a higher level in the
                // second language" is a desirable, not a minimum).
                Err(e)
                    if contains_folded(item, "official language")
                        || contains_folded(item, "langues officielles") =>
                {
                    warnings.push(Warning {
                        line: line_hint,
                        kind: WarningKind::Unrecognised {
                            field: Field::Languages,
                            value: item.to_owned(),
                            reason: e.to_string(),
                        },
                    });
                    continue;
                }
                Err(_) => {}
            }
        }
        if req.education.is_none() {
            req.education = EducationLevel::find_in(item);
        }
        if req.experience_years.is_some() && req.management_years.is_some() {
            continue;
        }
        for (n, management) in year_phrases(item) {
            let slot = if management {
                &mut req.management_years
            } else {
                &mut req.experience_years
            };
            if slot.is_none() {
                *slot = Some(n);
            }
        }
    }
    req
}

/// Splits "Officer - Planning-240696" or "Head (241656)" into the title
/// and the reference digits.
fn split_reference(title: &str) -> (&str, Option<&str>) {
    let t = title.trim().trim_end_matches(')').trim_end();
    let digits = t.bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits == 6 {
        let head = &t[..t.len() - 6];
        if head.is_empty() || head.ends_with(['(', '-', ' ', '\u{2013}']) {
            let name = head
                .trim_end_matches(['(', '-', ' ', '\u{2013}'])
                .trim_end();
            return (name, Some(&t[t.len() - 6..]));
        }
    }
    (title.trim(), None)
}

fn invalid(field: Field, line: usize, value: &str, reason: impl ToString) -> NoticeError {
    NoticeError::InvalidValue {
        field,
        line,
        value: value.to_owned(),
        reason: reason.to_string(),
    }
}

/// Parses a header field from the primary half, falling back to the other,
/// and warns when both print it and they disagree.
fn typed<T, E>(
    field: Field,
    primary: &Half,
    secondary: Option<&Half>,
    warnings: &mut Vec<Warning>,
) -> Result<Option<T>, NoticeError>
where
    T: FromStr<Err = E> + PartialEq + ToString,
    E: ToString,
{
    let parse = |(line, v): (usize, &str)| T::from_str(v).map_err(|e| invalid(field, line, v, e));
    let first = primary.value(field).map(parse).transpose()?;
    let second = secondary
        .and_then(|h| h.value(field))
        .map(parse)
        .transpose()?;
    match (first, second) {
        (Some(a), Some(b)) => {
            if a != b {
                warnings.push(Warning {
                    line: secondary.and_then(|h| h.value(field)).map_or(0, |(l, _)| l),
                    kind: WarningKind::HalvesDisagree {
                        field,
                        english: a.to_string(),
                        french: b.to_string(),
                    },
                });
            }
            Ok(Some(a))
        }
        (a, b) => Ok(a.or(b)),
    }
}

/// Splits `POLITICAL AFFAIRS ... DIVISION SECURITY POLICY DIRECTORATE
/// MULTILATERAL ORGANIZATIONS` into division, directorate and section.
fn split_unit(value: &str) -> OrgUnit {
    split_unit_by(value, find_upper)
}

/// [`split_unit`], with `find(rest, word)` the index of `word` in
/// `rest.to_uppercase()`, which is read as an index in `rest`.
fn split_unit_by(value: &str, find: impl Fn(&str, &str) -> Option<usize>) -> OrgUnit {
    let mut unit = OrgUnit::default();
    let mut rest = value.trim();
    for (word, slot) in [("DIVISION", 0usize), ("DIRECTORATE", 1)] {
        if let Some(i) = find(rest, word) {
            let end = i + word.len();
            if end <= rest.len() && rest.is_char_boundary(end) {
                let part = rest[..end].trim().to_owned();
                if slot == 0 {
                    unit.division = Some(part);
                } else {
                    unit.directorate = Some(part);
                }
                rest = rest[end..].trim();
            }
        }
    }
    if unit.division.is_none() && unit.directorate.is_none() {
        unit.division = Some(rest.to_owned()).filter(|s| !s.is_empty());
    } else if !rest.is_empty() {
        unit.section = Some(rest.to_owned());
    }
    unit
}

/// `text.to_uppercase().find(word)` for a `word` of ASCII capitals,
/// without building the uppercase text where that is its bytes but for
/// case: when every character outside ASCII uppercases to one character
/// outside ASCII of its length (accented letters do), the first byte
/// `word` matches, ASCII case aside, is where it is found.
fn find_upper(text: &str, word: &str) -> Option<usize> {
    let same_length = |c: char| {
        let mut upper = c.to_uppercase();
        matches!(
            (upper.next(), upper.next()),
            (Some(u), None) if !u.is_ascii() && u.len_utf8() == c.len_utf8()
        )
    };
    if !text.chars().filter(|c| !c.is_ascii()).all(same_length) {
        return text.to_uppercase().find(word);
    }
    let (bytes, word) = (text.as_bytes(), word.as_bytes());
    let first = word.first()?.to_ascii_lowercase();
    (0..bytes.len()).find(|&i| {
        bytes[i] | 0x20 == first
            && bytes
                .get(i..i + word.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(word))
    })
}

/// "The Defence Policy and Planning (DPP) Division leads ..." → the
/// division's name.
fn division_from_summary(summary: &Paragraphs) -> Option<String> {
    let para = summary.first()?;
    let i = para.find(") Division")?;
    let head = &para[..i + ") Division".len()];
    let start = head.find("The ").map_or(0, |s| s + 4);
    let name = head.get(start..)?.trim();
    (name.len() <= 100).then(|| name.to_owned())
}

/// What a cue phrase in a contract paragraph signals.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ContractCue {
    Seconded,
    NonSeconded,
    Detache,
    HorsDetachement,
    ServingStaffOffered,
    TwinGrade,
    /// A further sentence of a twin-grade note already begun.
    TwinGradeMore,
    ExternalReduction,
    DirectAppointment,
    Contract,
}

/// The cue phrases of contract paragraphs, folded, all looked for in one
/// pass over each paragraph.
const CONTRACT_CUES: [(&str, ContractCue); 24] = {
    use ContractCue::*;
    [
        ("seconded", Seconded),
        ("non-seconded", NonSeconded),
        ("detache", Detache),
        ("hors detachement", HorsDetachement),
        ("serving staff will be offered", ServingStaffOffered),
        ("twin-grade", TwinGrade),
        ("twin grade", TwinGrade),
        ("grade jumele", TwinGrade),
        ("higher grade", TwinGradeMore),
        ("grade le plus eleve", TwinGradeMore),
        ("vingt-quatre", TwinGradeMore),
        ("twenty four", TwinGradeMore),
        ("24 months", TwinGradeMore),
        ("twenty four months", ExternalReduction),
        ("twenty-four months", ExternalReduction),
        ("24 months", ExternalReduction),
        ("vingt-quatre mois", ExternalReduction),
        ("24 mois", ExternalReduction),
        ("appointed directly", DirectAppointment),
        ("nomme immediatement", DirectAppointment),
        ("directly to the higher", DirectAppointment),
        ("directement au grade", DirectAppointment),
        ("contract", Contract),
        ("contrat", Contract),
    ]
};
static CONTRACT_CUE_PHRASES: PhraseSet<{ CONTRACT_CUES.len() }> =
    PhraseSet::new(phrases_of(&CONTRACT_CUES));

/// How many of the first [`CONTRACT_CUES`] the reading of a paragraph
/// looks at while no twin-grade note has begun, unless one of them is a
/// twin grade: the audience cues and the twin-grade ones (a test checks
/// that no other cue is among them).
const AUDIENCE_CUES: usize = 8;
static AUDIENCE_CUE_PHRASES: PhraseSet<AUDIENCE_CUES> =
    PhraseSet::new(phrases_from(&CONTRACT_CUES, 0));
/// The other phrases of [`CONTRACT_CUES`].
static OTHER_CUE_PHRASES: PhraseSet<{ CONTRACT_CUES.len() - AUDIENCE_CUES }> =
    PhraseSet::new(phrases_from(&CONTRACT_CUES, AUDIENCE_CUES));

/// The phrases of [`CONTRACT_CUES`] that `para` holds, as
/// [`PhraseSet::find_each`] gives them; but while no twin-grade note has
/// begun (`twin_begun`), a paragraph that names no twin grade is searched
/// for the first [`AUDIENCE_CUES`] only, the rest (*contract*, durations
/// of a twin-grade note) being what its reading then does not look at.
/// Those are the phrases that match most often in contract prose; a
/// paragraph that names a twin grade is searched for them after.
fn contract_cues(para: &str, twin_begun: bool) -> u64 {
    if !twin_begun {
        let found = AUDIENCE_CUE_PHRASES.find_each(para);
        if !signals(
            &CONTRACT_CUES[..AUDIENCE_CUES],
            found,
            ContractCue::TwinGrade,
        ) {
            return found;
        }
        return found | OTHER_CUE_PHRASES.find_each(para) << AUDIENCE_CUES;
    }
    CONTRACT_CUE_PHRASES.find_each(para)
}

#[cfg(test)]
mod contract_cue_tests {
    use super::*;
    use proptest::strategy::Strategy;

    #[test]
    fn the_audience_cues_come_first() {
        use ContractCue::*;
        for (phrase, cue) in &CONTRACT_CUES[AUDIENCE_CUES..] {
            assert!(
                !matches!(
                    cue,
                    Seconded
                        | NonSeconded
                        | Detache
                        | HorsDetachement
                        | ServingStaffOffered
                        | TwinGrade
                ),
                "{phrase}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn contract_cues_agree_with_one_search_for_every_phrase(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(
                        CONTRACT_CUES.iter().map(|(phrase, _)| *phrase).collect::<Vec<_>>()
                    ).prop_map(str::to_owned),
                    proptest::sample::select(vec![
                        "Twin-Grade", "GRADE JUM\u{c9}L\u{c9}", "d\u{e9}tach\u{e9}", "Contrat",
                        " ", "  ", "\u{a0}", "-", "twin", "grade", "24", ".",
                    ]).prop_map(str::to_owned),
                    ".{0,6}",
                ],
                0..10,
            )
        ) {
            let para = parts.concat();
            let full = CONTRACT_CUE_PHRASES.find_each(&para);
            let audience = if signals(&CONTRACT_CUES, full, ContractCue::TwinGrade) {
                full
            } else {
                full & ((1 << AUDIENCE_CUES) - 1)
            };
            proptest::prop_assert_eq!(contract_cues(&para, true), full);
            proptest::prop_assert_eq!(contract_cues(&para, false), audience, "{:?}", para);
        }
    }
}

/// Whether any phrase of `table` in the set `found` (bit `i` for
/// `table[i]`, as [`PhraseSet::find_each`] returns it) signals `cue`.
fn signals<C: PartialEq>(table: &[(&str, C)], found: u64, cue: C) -> bool {
    table
        .iter()
        .enumerate()
        .any(|(i, (_, c))| found & 1 << i != 0 && *c == cue)
}

fn contract(
    primary: &Half,
    secondary: Option<&Half>,
    warnings: &mut Vec<Warning>,
) -> Result<Contract, NoticeError> {
    let mut c = Contract::default();
    let letter = primary
        .value(Field::ContractClause)
        .or_else(|| secondary.and_then(|h| h.value(Field::ContractClause)));
    if let Some((line, v)) = letter {
        c.clause = Some(
            ContractClause::from_str(v).map_err(|e| invalid(Field::ContractClause, line, v, e))?,
        );
    }
    let half = if primary.text.contract.is_empty() {
        secondary.unwrap_or(primary)
    } else {
        primary
    };
    // A clause whose kind is known keeps it: the paragraphs' are not read
    // then. Otherwise the paragraphs that go to `main` are read for one,
    // with the terms: `ends` holds where each ends there.
    let kind_known = c.clause.is_some_and(|clause| clause.kind().is_some());
    let mut ends = Vec::new();
    let mut main = String::new();
    for para in &half.text.contract {
        let found = contract_cues(para, c.twin_grade.is_some());
        let has = |cue: ContractCue| signals(&CONTRACT_CUES, found, cue);
        let seconded = (has(ContractCue::Seconded) && !has(ContractCue::NonSeconded))
            || (has(ContractCue::Detache) && !has(ContractCue::HorsDetachement));
        let serving = strip_prefix_folded(para, "serving staff").is_some()
            || strip_prefix_folded(para, "les agents en fonction").is_some()
            || has(ContractCue::ServingStaffOffered);
        let twin = has(ContractCue::TwinGrade);
        let twin_more = c.twin_grade.is_some() && has(ContractCue::TwinGradeMore);
        if twin || twin_more {
            let note = c.twin_grade.get_or_insert(TwinGradeNote {
                normal_wait: TermLength::years(3).unwrap_or(TwinGradeNote::standard().normal_wait),
                external_reduction: None,
                serving_direct_appointment: false,
            });
            if let Some((n, _)) = year_phrases(para).first() {
                if let Some(t) = TermLength::years(u16::from(*n)) {
                    note.normal_wait = t;
                }
            }
            if has(ContractCue::ExternalReduction) {
                note.external_reduction = TermLength::months(24);
            }
            if has(ContractCue::DirectAppointment) {
                note.serving_direct_appointment = true;
            }
            if serving && !has(ContractCue::Contract) {
                continue;
            }
            if twin_more || twin {
                continue;
            }
        }
        if seconded {
            if c.seconded_terms.is_none() {
                match ContractTerms::from_text(para) {
                    Ok(t) => c.seconded_terms = Some(t),
                    Err(e) => warn_terms(warnings, half, para, e),
                }
            }
            if serving {
                c.serving_staff_keep_contract = true;
            }
            continue;
        }
        if serving {
            c.serving_staff_keep_contract = true;
            continue;
        }
        main.push_str(para);
        if !kind_known {
            ends.push(main.len());
        }
        main.push(' ');
    }
    if !main.trim().is_empty() {
        let (terms, kind_clause) = terms_and_first_clause(&main, &ends);
        match terms {
            Ok(t) => c.terms = Some(t),
            Err(e) => warn_terms(warnings, half, &main, e),
        }
        // The first of these paragraphs that names a clause gives its kind.
        // A clause read from the words always has a kind, which goes with
        // the letter the header gave.
        if let Some(kind_clause) = kind_clause {
            c.clause = Some(match (c.clause, kind_clause.kind()) {
                (Some(existing), Some(kind)) => existing.with_kind(kind),
                _ => kind_clause,
            });
        }
    }
    Ok(c)
}

fn warn_terms(warnings: &mut Vec<Warning>, half: &Half, text: &str, e: impl ToString) {
    warnings.push(Warning {
        line: half.header_end,
        kind: WarningKind::Unrecognised {
            field: Field::ContractTerms,
            value: text.trim().to_owned(),
            reason: e.to_string(),
        },
    });
}

/// What a cue phrase in a description line or a summary signals.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FundingCue {
    PendingBudget,
    AvailableFunds,
    FastTrack,
}

/// The funding and fast-track cue phrases, folded, looked for in one pass.
const FUNDING_CUES: [(&str, FundingCue); 10] = {
    use FundingCue::*;
    [
        ("pending budget approval", PendingBudget),
        ("approbation par les autorites budgetaires", PendingBudget),
        ("subject to budget approval", PendingBudget),
        ("availability of funds", AvailableFunds),
        ("disponibilite de fonds", AvailableFunds),
        ("disponibilite des fonds", AvailableFunds),
        ("fast track", FastTrack),
        ("fast-track", FastTrack),
        ("procedure de recrutement acceleree", FastTrack),
        ("already hold a valid", FastTrack),
    ]
};
static FUNDING_CUE_PHRASES: PhraseSet<{ FUNDING_CUES.len() }> =
    PhraseSet::new(phrases_of(&FUNDING_CUES));

fn funding_and_fast_track(halves: &[&Half]) -> (Vec<FundingCaveat>, bool) {
    funding_cues(halves.iter().flat_map(|half| {
        half.text
            .description
            .iter()
            .chain(half.text.summary.iter().take(1))
    }))
}

/// The funding caveats, in the order their lines give them, and whether
/// the post is filled by the fast-track procedure, from the description
/// lines and summaries `lines`.
///
/// A cue a line has given cannot change the answer again: once all three
/// have, the lines left are not read, and a line that cannot hold a phrase
/// of a cue still open ([`funding_cues_possible`]) is not searched.
fn funding_cues<'a>(lines: impl Iterator<Item = &'a str>) -> (Vec<FundingCaveat>, bool) {
    let mut caveats = Vec::new();
    let mut fast_track = false;
    for line in lines {
        let open = (u8::from(!caveats.contains(&FundingCaveat::PendingBudgetApproval)) * MAY_PEND)
            | (u8::from(!caveats.contains(&FundingCaveat::SubjectToAvailableFunds)) * MAY_FUND)
            | (u8::from(!fast_track) * MAY_FAST);
        if open == 0 {
            break;
        }
        if !funding_cues_possible(line, open) {
            continue;
        }
        record_funding_cues(line, &mut caveats, &mut fast_track);
    }
    (caveats, fast_track)
}

/// Adds what the funding phrases of `line` signal: a caveat not yet in
/// `caveats`, and the fast-track procedure.
fn record_funding_cues(line: &str, caveats: &mut Vec<FundingCaveat>, fast_track: &mut bool) {
    let found = FUNDING_CUE_PHRASES.find_each(line);
    let has = |cue: FundingCue| signals(&FUNDING_CUES, found, cue);
    for (cue, caveat) in [
        (
            FundingCue::PendingBudget,
            FundingCaveat::PendingBudgetApproval,
        ),
        (
            FundingCue::AvailableFunds,
            FundingCaveat::SubjectToAvailableFunds,
        ),
    ] {
        if has(cue) && !caveats.contains(&caveat) {
            caveats.push(caveat);
        }
    }
    *fast_track |= has(FundingCue::FastTrack);
}

/// [`funding_cues_possible`]: a line may hold a pending-budget phrase.
const MAY_PEND: u8 = 1;
/// [`funding_cues_possible`]: a line may hold an available-funds phrase.
const MAY_FUND: u8 = 2;
/// [`funding_cues_possible`]: a line may hold a fast-track phrase.
const MAY_FAST: u8 = 4;

/// Whether byte `b` is `letter` (an ASCII lowercase letter) in either case.
#[inline(always)]
fn is_letter_byte(b: u8, letter: u8) -> bool {
    b | 0x20 == letter
}

/// Whether byte `b` may end a character that folds to `c`: `c`, `C`, or
/// the last byte of `ç` or `Ç`.
#[inline(always)]
fn may_end_c(b: u8) -> bool {
    is_letter_byte(b, b'c') | (b == 0xA7) | (b == 0x87)
}

/// Whether byte `b` may start a character that folds to `c`: `c`, `C`,
/// or the first byte of `ç` or `Ç`.
#[inline(always)]
fn may_start_c(b: u8) -> bool {
    is_letter_byte(b, b'c') | (b == 0xC3)
}

/// Whether byte `b` may start a character that folds to `k`: `k`, `K`, or
/// the first byte of the Kelvin sign.
#[inline(always)]
fn may_start_k(b: u8) -> bool {
    is_letter_byte(b, b'k') | (b == 0xE2)
}

/// Whether byte `b` may end a character that folds to `n`: `n`, `N`, or
/// the last byte of `ñ` or `Ñ`.
#[inline(always)]
fn may_end_n(b: u8) -> bool {
    is_letter_byte(b, b'n') | (b == 0x91) | (b == 0xB1)
}

/// Whether `line` may give a cue of `open` (`MAY_*` bits): `false` only
/// when it holds no phrase of [`FUNDING_CUES`] for any of them.
///
/// Every phrase of a cue holds two or three letters in a row that the
/// line's bytes must show in a row too: `dg` (*budget*) for a pending
/// budget, `nds` (*funds*, *fonds*) for available funds, `ck` (*track*),
/// `cc` (*accélérée*) or `lr` (*already*) for the fast track. Letters
/// next to each other in a folded text come from characters next to each
/// other, and each of these letters folds from few characters (a test
/// checks every one): `d`, `g`, `l`, `r` and `s` from themselves alone,
/// in either case. Prose seldom has these runs, and each test below runs
/// over the whole line without a branch, so the compiler makes it wide:
/// a line costs far less than one search for the phrases.
fn funding_cues_possible(line: &str, open: u8) -> bool {
    let bytes = line.as_bytes();
    if open == MAY_PEND | MAY_FUND | MAY_FAST {
        // Before any cue: one pass for the pairs of all three, one for
        // the runs of three.
        let mut any = false;
        for (&x, &y) in bytes.iter().zip(bytes.get(1..).unwrap_or_default()) {
            any |= (is_letter_byte(x, b'd') & is_letter_byte(y, b'g'))
                | (may_end_c(x) & (may_start_k(y) | may_start_c(y)))
                | (is_letter_byte(x, b'l') & is_letter_byte(y, b'r'));
        }
        return any
            || any_triple(bytes, |x, y, z| {
                may_end_n(x) & is_letter_byte(y, b'd') & is_letter_byte(z, b's')
            });
    }
    (open & MAY_PEND != 0
        && any_pair(bytes, |x, y| {
            is_letter_byte(x, b'd') & is_letter_byte(y, b'g')
        }))
        || (open & MAY_FUND != 0
            && any_triple(bytes, |x, y, z| {
                may_end_n(x) & is_letter_byte(y, b'd') & is_letter_byte(z, b's')
            }))
        || (open & MAY_FAST != 0
            && any_pair(bytes, |x, y| {
                (may_end_c(x) & (may_start_k(y) | may_start_c(y)))
                    | (is_letter_byte(x, b'l') & is_letter_byte(y, b'r'))
            }))
}

/// Whether `pred` holds for two bytes in a row of `bytes`: every pair
/// tested, with no early exit, for the compiler to test many at once.
#[inline(always)]
fn any_pair(bytes: &[u8], pred: impl Fn(u8, u8) -> bool) -> bool {
    let mut any = false;
    for (&x, &y) in bytes.iter().zip(bytes.get(1..).unwrap_or_default()) {
        any |= pred(x, y);
    }
    any
}

/// [`any_pair`] for three bytes in a row.
#[inline(always)]
fn any_triple(bytes: &[u8], pred: impl Fn(u8, u8, u8) -> bool) -> bool {
    let mut any = false;
    for ((&x, &y), &z) in bytes
        .iter()
        .zip(bytes.get(1..).unwrap_or_default())
        .zip(bytes.get(2..).unwrap_or_default())
    {
        any |= pred(x, y, z);
    }
    any
}

#[cfg(test)]
mod funding_tests {
    use super::*;

    /// [`funding_cues`] as it was before anchors: every line searched for
    /// every phrase.
    fn funding_cues_by_phrases<'a>(
        lines: impl Iterator<Item = &'a str>,
    ) -> (Vec<FundingCaveat>, bool) {
        let mut caveats = Vec::new();
        let mut fast_track = false;
        for line in lines {
            record_funding_cues(line, &mut caveats, &mut fast_track);
        }
        (caveats, fast_track)
    }

    #[test]
    fn every_funding_phrase_is_possible_where_it_is() {
        for (phrase, cue) in FUNDING_CUES {
            let may = match cue {
                FundingCue::PendingBudget => MAY_PEND,
                FundingCue::AvailableFunds => MAY_FUND,
                FundingCue::FastTrack => MAY_FAST,
            };
            assert!(funding_cues_possible(phrase, may), "{phrase}");
        }
    }

    #[test]
    fn the_letters_of_the_funding_runs_fold_from_the_bytes_tested() {
        for (c, first, last) in every_char_with_end_bytes() {
            match fold_char(c) {
                'c' => assert!(may_start_c(first) && may_end_c(last), "{c:?}"),
                'k' => assert!(may_start_k(first), "{c:?}"),
                'n' => assert!(may_end_n(last), "{c:?}"),
                f @ ('d' | 'g' | 'l' | 'r' | 's') => {
                    assert!(c.is_ascii() && is_letter_byte(first, f as u8), "{c:?}");
                }
                _ => {}
            }
        }
    }

    #[test]
    fn funding_cues_come_in_line_order() {
        let lines = [
            "Subject to the AVAILABILITY OF FUNDS.",
            "Pending budget approval; fast\u{a0}track.",
        ];
        assert_eq!(
            funding_cues(lines.into_iter()),
            (
                vec![
                    FundingCaveat::SubjectToAvailableFunds,
                    FundingCaveat::PendingBudgetApproval
                ],
                true
            )
        );
    }

    proptest::proptest! {
        #[test]
        fn funding_cues_agree_with_a_search_of_every_line(
            lines in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::sample::select(vec![
                        "pending budget approval", "PENDING BUDGET APPROVAL", "budget",
                        "sous r\u{e9}serve d'approbation par les autorit\u{e9}s budg\u{e9}taires",
                        "subject to  budget approval", "BUDG\u{c9}TAIRES", "dget", "Dg",
                        "availability of funds", "Availability of\u{a0}Funds", "ty of f",
                        "disponibilit\u{e9} de fonds", "DISPONIBILIT\u{c9} DES FONDS", "sponib",
                        "fast track", "Fast-Track", "fast\u{2011}track", "fast", "track",
                        "proc\u{e9}dure de recrutement acc\u{e9}l\u{e9}r\u{e9}e", "ccel",
                        "already hold a valid", "ALREADY\tHOLD A VALID", "lrea", "lr",
                        " ", "  ", "\u{a0}", "-", "\u{e9}", "\u{c9}", "x", "T", "of", ".",
                    ]),
                    0..8,
                ),
                0..5,
            )
        ) {
            let lines: Vec<String> = lines.iter().map(|parts| parts.concat()).collect();
            proptest::prop_assert_eq!(
                funding_cues(lines.iter().map(String::as_str)),
                funding_cues_by_phrases(lines.iter().map(String::as_str)),
                "{:?}", lines
            );
        }

        #[test]
        fn funding_cues_agree_on_any_text(
            lines in proptest::collection::vec(".{0,40}", 0..4)
        ) {
            proptest::prop_assert_eq!(
                funding_cues(lines.iter().map(String::as_str)),
                funding_cues_by_phrases(lines.iter().map(String::as_str))
            );
        }
    }
}

fn assemble(
    layout: Layout,
    english: Option<Half>,
    french: Option<Half>,
    lines: &[Line<'_>],
    mut warnings: Vec<Warning>,
) -> Result<(Vacancy, Vec<Warning>), NoticeError> {
    let (primary, secondary) = match (&english, &french) {
        (Some(e), f) => (e, f.as_ref()),
        (None, Some(f)) => (f, None),
        (None, None) => return Err(NoticeError::NotANotice),
    };
    let w = &mut warnings;

    let grade = typed(Field::Grade, primary, secondary, w)?.ok_or(NoticeError::MissingField {
        field: Field::Grade,
        line: primary.header_end,
    })?;
    if primary.text.title.is_empty() && secondary.is_none_or(|h| h.text.title.is_empty()) {
        return Err(NoticeError::MissingField {
            field: Field::Title,
            line: primary.first_line,
        });
    }
    let clearance = typed(Field::Clearance, primary, secondary, w)?;
    let salary = typed(Field::Salary, primary, secondary, w)?;
    let deadline = typed(Field::Deadline, primary, secondary, w)?;
    let schedule = typed(Field::Schedule, primary, secondary, w)?;
    let post_number = typed(Field::PostNumber, primary, secondary, w)?;
    let work_level = typed(Field::WorkLevel, primary, secondary, w)?;
    let posted = primary
        .value(Field::PostingDate)
        .or_else(|| secondary.and_then(|h| h.value(Field::PostingDate)))
        .map(|(line, v)| {
            crate::posting::Deadline::from_str(v)
                .ok()
                .and_then(|d| d.date())
                .ok_or_else(|| {
                    invalid(
                        Field::PostingDate,
                        line,
                        v,
                        "expected a date such as 15-Nov-2024",
                    )
                })
        })
        .transpose()?;

    // Values NATO may extend: unknown ones are warnings, their text kept
    // in the header.
    let lenient = |field: Field| -> Option<(usize, &str)> {
        primary
            .value(field)
            .or_else(|| secondary.and_then(|h| h.value(field)))
    };
    // A post description names its body only in the banner.
    let banner_body = || {
        [Some(primary), secondary]
            .into_iter()
            .flatten()
            .flat_map(|h| h.text.banner.iter())
            .find_map(crate::org::NatoBody::parse_text)
    };
    let body = match lenient(Field::Body) {
        Some((line, v)) => match crate::org::NatoBody::from_str(v) {
            Ok(b) => Some(b),
            Err(e) => {
                w.push(Warning {
                    line,
                    kind: WarningKind::Unrecognised {
                        field: Field::Body,
                        value: v.to_owned(),
                        reason: e.to_string(),
                    },
                });
                None
            }
        },
        None => banner_body(),
    };
    let job_family = match lenient(Field::JobFamily) {
        Some((line, v)) => match crate::org::JobFamily::from_str(v) {
            Ok(b) => Some(b),
            Err(e) => {
                w.push(Warning {
                    line,
                    kind: WarningKind::Unrecognised {
                        field: Field::JobFamily,
                        value: v.to_owned(),
                        reason: e.to_string(),
                    },
                });
                None
            }
        },
        None => None,
    };

    let primary_location = primary
        .value(Field::PrimaryLocation)
        .or_else(|| secondary.and_then(|h| h.value(Field::PrimaryLocation)))
        .map(|(line, v)| {
            crate::posting::Location::from_str(v)
                .map_err(|e| invalid(Field::PrimaryLocation, line, v, e))
        })
        .transpose()?;
    let mut other_locations = Vec::new();
    if let Some((line, v)) = primary.value(Field::OtherLocations) {
        for part in v.split([',', ';']).map(str::trim).filter(|p| !p.is_empty()) {
            other_locations.push(
                crate::posting::Location::from_str(part)
                    .map_err(|e| invalid(Field::OtherLocations, line, part, e))?,
            );
        }
    }

    // Reference: a header field, else the digits at the end of a title.
    // The halves' texts move into the vacancy at the end; the titles shorn
    // of their reference digits are kept here until then.
    let mut titles: [Option<String>; 2] = [None, None];
    let mut reference_digits: Option<(usize, &str)> = primary.value(Field::Reference);
    for (text, new_title) in [english.as_ref(), french.as_ref()]
        .into_iter()
        .zip(&mut titles)
        .filter_map(|(half, new_title)| Some((&half?.text, new_title)))
    {
        let (title, digits) = split_reference(&text.title);
        if digits.is_none() && reference_digits.is_none() {
            reference_digits = text.banner.iter().find_map(|b| {
                let d = split_reference(b).1?;
                let line = lines.iter().find(|l| l.text.contains(d))?.number;
                Some((line, d))
            });
        }
        if let Some(d) = digits {
            if reference_digits.is_none() {
                let line = lines
                    .iter()
                    .find(|l| l.text.contains(d))
                    .map_or(primary.first_line, |l| l.number);
                reference_digits = Some((line, d));
            }
            *new_title = Some(title.to_owned());
        }
    }
    let reference = reference_digits
        .map(|(line, v)| {
            crate::org::VacancyReference::from_str(v)
                .map_err(|e| invalid(Field::Reference, line, v, e))
        })
        .transpose()?;

    // Organisational unit.
    let mut unit = OrgUnit::default();
    for half in [Some(primary), secondary].into_iter().flatten() {
        if let Some((_, v)) = half.value(Field::Division) {
            let split = split_unit(v);
            unit.division = unit.division.or(split.division);
            unit.directorate = unit.directorate.or(split.directorate);
            unit.section = unit.section.or(split.section);
        }
        if let Some((_, v)) = half.value(Field::Directorate) {
            unit.directorate = unit.directorate.or_else(|| Some(v.to_owned()));
        }
        if let Some((_, v)) = half.value(Field::Section) {
            unit.section = unit.section.or_else(|| Some(v.to_owned()));
        }
    }
    if unit.division.is_none() {
        unit.division = division_from_summary(&primary.text.summary);
    }

    // Competencies: the primary half's list, checked against the other's.
    let competencies: Vec<CompetencyRequirement> = if primary.competencies.is_empty() {
        secondary.map_or_else(Vec::new, |h| {
            h.competencies.iter().map(|(_, c)| *c).collect()
        })
    } else {
        primary.competencies.iter().map(|(_, c)| *c).collect()
    };
    if let Some(sec) = secondary {
        if !primary.competencies.is_empty() && !sec.competencies.is_empty() {
            for (line, c) in &sec.competencies {
                if !competencies.contains(c) {
                    w.push(Warning {
                        line: *line,
                        kind: WarningKind::HalvesDisagree {
                            field: Field::Competency,
                            english: competencies
                                .iter()
                                .find(|p| p.competency() == c.competency())
                                .map_or_else(|| "(absent)".to_owned(), ToString::to_string),
                            french: c.to_string(),
                        },
                    });
                }
            }
        }
    }

    let essential_source = if primary.text.essential.items.is_empty() {
        secondary.unwrap_or(primary)
    } else {
        primary
    };
    let mut requirements = requirements(
        &essential_source.text.essential.items,
        essential_source.header_end,
        w,
    );
    if let Some(sec) = secondary {
        let other = requirements_quiet(&sec.text.essential.items, &requirements);
        if let (Some(a), Some(b)) = (requirements.languages, other.languages) {
            if a != b {
                w.push(Warning {
                    line: sec.header_end,
                    kind: WarningKind::HalvesDisagree {
                        field: Field::Languages,
                        english: a.to_string(),
                        french: b.to_string(),
                    },
                });
            }
        }
        requirements.languages = requirements.languages.or(other.languages);
        requirements.education = requirements.education.or(other.education);
        requirements.experience_years = requirements.experience_years.or(other.experience_years);
        requirements.management_years = requirements.management_years.or(other.management_years);
    }

    let contract = contract(primary, secondary, w)?;
    // The halves read, in a slice on the stack.
    let both;
    let halves: &[&Half] = match secondary {
        Some(secondary) => {
            both = [primary, secondary];
            &both
        }
        None => core::slice::from_ref(&primary),
    };
    let (funding_caveats, clearance_already_held) = funding_and_fast_track(halves);

    let direct_reports = primary
        .direct_reports
        .or(secondary.and_then(|h| h.direct_reports))
        .map(|(_, n)| n);
    let indirect_reports = primary
        .indirect_reports
        .or(secondary.and_then(|h| h.indirect_reports))
        .map(|(_, n)| n);

    let signed = halves
        .iter()
        .flat_map(|h| h.text.signature.iter())
        .find_map(signature_date);

    let [english_title, french_title] = titles;
    let with_title = |half: Half, title: Option<String>| {
        let mut text = half.text;
        if let Some(title) = title {
            text.title = title;
        }
        text
    };
    let english_text = english.map(|h| with_title(h, english_title));
    let french_text = french.map(|h| with_title(h, french_title));
    let vacancy = Vacancy {
        layout,
        reference,
        post_number,
        body,
        unit,
        primary_location,
        other_locations,
        schedule,
        deadline,
        posted,
        salary,
        grade,
        clearance,
        clearance_already_held,
        job_family,
        work_level,
        funding_caveats,
        requirements,
        direct_reports,
        indirect_reports,
        competencies,
        contract,
        signed,
        english: english_text,
        french: french_text,
    };
    Ok((vacancy, warnings))
}

/// A signature date: `15/01/2025` (day first, as NATO prints it).
fn signature_date(s: &str) -> Option<chrono::NaiveDate> {
    let mut parts = s.trim().split('/');
    let d: u32 = parts.next()?.trim().parse().ok()?;
    let m: u32 = parts.next()?.trim().parse().ok()?;
    let y: i32 = parts.next()?.trim().parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    chrono::NaiveDate::from_ymd_opt(y, m, d)
}

/// The requirements of the other half's `items`, without warnings, where
/// `known` (the first half's) lacks them: its languages are always read
/// (the halves are compared), the rest only when `known` has none.
fn requirements_quiet(items: &Paragraphs, known: &Requirements) -> Requirements {
    let mut sink = Vec::new();
    let seed = Requirements {
        languages: None,
        education: known.education,
        experience_years: known.experience_years,
        management_years: known.management_years,
    };
    read_requirements(items, seed, 0, &mut sink)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_reference_from_titles() {
        assert_eq!(split_reference("Head (241656)"), ("Head", Some("241656")));
        assert_eq!(
            split_reference("Officer - Civil Planning-240696"),
            ("Officer - Civil Planning", Some("240696"))
        );
        assert_eq!(split_reference("Head of Unit"), ("Head of Unit", None));
    }

    /// The words [`year_words`] must give: `str::split` on the same
    /// separators, with offsets counted as lengths plus one per separator.
    fn reference_year_words(text: &str) -> Vec<(usize, &str)> {
        let mut offset = 0usize;
        let mut words = Vec::new();
        for piece in
            text.split(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == ',' || c == ';')
        {
            let at = offset;
            offset += piece.len() + 1;
            if !piece.is_empty() {
                words.push((at, piece));
            }
        }
        words
    }

    /// [`detect_layout`] as it was before it stopped at a post
    /// description's title: every line weighed, the oracle its property
    /// test holds it to.
    fn detect_layout_by_every_line(lines: &[Line<'_>]) -> Layout {
        let (mut description, mut tabbed_labels) = (false, 0usize);
        for l in lines {
            if l.marked {
                return Layout::MarkdownExport;
            }
            description |= scan::is_description_title(l.text);
            tabbed_labels += usize::from(l.tabbed && l.label().is_some_and(|(_, _, sep)| sep));
        }
        if description || tabbed_labels >= 3 {
            Layout::PostDescription
        } else {
            Layout::VacancyNotification
        }
    }

    proptest::proptest! {
        #[test]
        fn the_layout_is_told_as_every_line_tells_it(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "POST DESCRIPTION", "Description de poste", "## 1. SUMMARY", "**Grade:** A2",
                    "Grade:\tA2", "Post Number\tPASP", "Location\t: Brussels", "a <b>b</b>",
                    "Prose line.", "", "  post description  ", "- item",
                ]),
                0..12,
            ),
        ) {
            let input = pieces.join("\n");
            let lines: Vec<Line<'_>> = scan::lines(&input).collect();
            proptest::prop_assert_eq!(
                format!("{:?}", detect_layout(&lines)),
                format!("{:?}", detect_layout_by_every_line(&lines))
            );
        }

        #[test]
        fn a_title_ends_where_the_searches_for_each_stop_end_it(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    ". ", ".", "; ", ", and ", " and ", " and Head", " et ", " et la", " who ",
                    " qui ", "Head", "\u{e9}", " \u{e9}t\u{e9}", " ", "a",
                ]),
                0..10,
            )
        ) {
            let rest = parts.concat();
            // The searches this one pass replaced: each stop's first
            // place, and each joiner's first place before a lowercase word.
            let mut end = rest.len();
            for stop in [". ", "; ", ", and ", " who ", " qui "] {
                if let Some(i) = rest.find(stop) {
                    end = end.min(i);
                }
            }
            for joiner in [" and ", " et "] {
                let mut from = 0;
                while let Some(i) = rest[from..].find(joiner) {
                    let at = from + i;
                    if rest[at + joiner.len()..].chars().next().is_some_and(char::is_lowercase) {
                        end = end.min(at);
                        break;
                    }
                    from = at + joiner.len();
                }
            }
            proptest::prop_assert_eq!(title_end(&rest), end);
        }

        #[test]
        fn a_folded_word_agrees_with_the_folding_comparisons(
            word in proptest::string::string_regex("[aAnNsSeE\u{e9}\u{c9}\u{e0}'y]{0,10}").expect("a valid pattern"),
        ) {
            let folded = FoldedWord::<8>::of(&word);
            for unit in ["year", "years", "year's", "ans", "an", "annees", "annee", "a", ""] {
                proptest::prop_assert_eq!(folded.is(unit), crate::text::fold_eq(&word, unit), "{:?} {:?}", word, unit);
                proptest::prop_assert_eq!(
                    folded.starts_with(unit),
                    strip_prefix_folded(&word, unit).is_some(),
                    "{:?} {:?}", word, unit
                );
            }
        }

        #[test]
        fn year_words_agree_with_a_split(
            text in proptest::string::string_regex("[a5 ,;()\t\u{a0}\u{2003}\u{e9}'.\u{b}\u{1c}]{0,16}").expect("a valid pattern")
        ) {
            proptest::prop_assert_eq!(year_words(&text).collect::<Vec<_>>(), reference_year_words(&text));
        }

        #[test]
        fn year_phrases_agree_with_reading_word_by_word(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "5", "12", "300", "five", "Six", "deux", "quatorze", "twenty-four", "a", "an",
                    "and", "at", "ans", "An", "year", "Years", "year's", "years\u{2019}", "ann\u{e9}es",
                    "ANN\u{c9}E", "\u{e0}", "\u{c0}ns", "y", "ye", "y\u{e9}ar", "a\u{f1}", "management",
                    "gestion", "g\u{e9}rer", "of", "experience", "d'exp\u{e9}rience", "managing", "in",
                    "out of which", "dont", " ", "  ", "\u{a0}", "\u{2003}", "\t", "\n", ",", ";",
                    "(", ")", ".", ":", "'", "x", "\u{b}", "\u{1c}", "\u{dd}ears", "an:", "AN.",
                    "aN'", "yEA", "ye\u{e0}rs", "\u{e9}", "\u{2028}", "\u{3000}", "\u{85}",
                    "\u{202f}", "\u{e9}an", "\u{c3}", "\u{e5}n",
                ]),
                0..24,
            )
        ) {
            let text = parts.concat();
            proptest::prop_assert_eq!(year_phrases(&text), year_phrases_by_words(&text), "{:?}", text);
            let spaced = parts.join(" ");
            proptest::prop_assert_eq!(year_phrases(&spaced), year_phrases_by_words(&spaced), "{:?}", spaced);
        }
    }

    /// The starts `next` finds in `bytes`, one after another, as
    /// [`year_phrases`] walks them, that [`starts_like_a_unit`] keeps.
    fn kept_unit_starts(bytes: &[u8], next: fn(&[u8], usize) -> Option<usize>) -> Vec<usize> {
        let mut kept = Vec::new();
        let mut from = 1;
        while let Some(start) = next(bytes, from) {
            from = start + 1;
            if starts_like_a_unit(bytes, start) {
                kept.push(start);
            }
        }
        kept
    }

    proptest::proptest! {
        #[test]
        fn unit_starts_sifted_eight_at_once_agree_with_the_windows(
            text in proptest::string::string_regex(
                "[aAnNyYeE5 ,;()@`\t\u{a0}\u{2003}\u{e9}\u{e0}\u{c5}\u{dd}\u{fd}\u{ff}\u{c3}\u{85}.:'x]{0,40}"
            ).expect("a valid pattern"),
        ) {
            let bytes = text.as_bytes();
            let mut from = 1;
            while let Some(start) = next_unit_start(bytes, from) {
                proptest::prop_assert!(passes_unit_starts(&bytes[start - 1..]));
                from = start + 1;
            }
            proptest::prop_assert_eq!(
                kept_unit_starts(bytes, next_unit_start),
                kept_unit_starts(bytes, next_unit_start_by_windows),
                "{:?}", text
            );
        }

        #[test]
        fn unit_starts_agree_with_the_windows_on_any_bytes(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::prelude::any::<u8>(),
                    proptest::sample::select(vec![
                        b'a', b'A', b'n', b'N', b'y', b'Y', b'e', b'E', b' ', b'@', b'?', b'\t',
                        0x7F, 0xC3, 0x80, 0x85, 0x86, 0x9D, 0xBD, 0xBF, 0xA0, 0xA5, 0xA6, 0xC0,
                    ]),
                ],
                0..40,
            ),
        ) {
            proptest::prop_assert_eq!(
                kept_unit_starts(&bytes, next_unit_start),
                kept_unit_starts(&bytes, next_unit_start_by_windows)
            );
        }
    }

    #[test]
    fn unit_windows_cover_every_character_a_unit_needs() {
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| !c.is_ascii())
        {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            if c.is_whitespace() {
                assert!(
                    WIDE_SPACE_ENDS[usize::from(bytes[bytes.len() - 1])],
                    "{c:?}"
                );
            }
            if matches!(fold_char(c), 'a' | 'y') {
                assert_eq!(bytes[0], 0xC3, "{c:?}");
                let mut word = [0; 3];
                word[..2].copy_from_slice(bytes);
                assert!(starts_like_a_unit(&word[..2], 0), "{c:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn a_folded_label_agrees_with_fold_eq(
            label in proptest::string::string_regex("[dDiIrRcCtTeEsS \t\u{a0}\u{e9}\u{c9}()]{0,24}").expect("a valid pattern"),
        ) {
            let folded = FoldedLabel::of(&label);
            for entry in ["direct reports", "direct report", "subordonnes directs", "ditect(e)s", ""] {
                proptest::prop_assert_eq!(folded.is(entry), crate::text::fold_eq(&label, entry), "{:?} {:?}", label, entry);
                // The label printed as notices print it: capitals, accents,
                // runs of white space.
                let printed = format!(" {} ", entry.to_uppercase().replace(' ', " \u{a0}\t").replace('E', &label));
                proptest::prop_assert_eq!(
                    FoldedLabel::of(&printed).is(entry),
                    crate::text::fold_eq(&printed, entry),
                    "{:?} {:?}", printed, entry
                );
            }
            let printed = FoldedLabel::of("  Nombre de SUBORDONN\u{c9}(E)S  direct(e)s");
            proptest::prop_assert!(printed.is("nombre de subordonne(e)s direct(e)s"));
        }
    }

    proptest::proptest! {
        /// An accountability paragraph's lead is what splitting at the
        /// first colon finds, wherever a lead as the caller reads it is.
        #[test]
        fn a_lead_colon_agrees_with_splitting(
            text in "[A\u{c9}][a :\t\u{a0}\u{e9}]{0,40}[a :\t\u{a0}\u{e9}]{0,40}",
        ) {
            let split = text.split_once(':');
            let lead = |(head, _): &(&str, &str)| head.trim().len() <= 60;
            match lead_colon(&text) {
                Some(found) => proptest::prop_assert_eq!(Some(found), split),
                None => proptest::prop_assert!(!split.as_ref().is_some_and(lead)),
            }
        }

        #[test]
        fn a_colon_found_eight_bytes_at_a_time_is_the_first(
            window in proptest::collection::vec(
                proptest::sample::select(vec![b':', b'a', b' ', 0x3B, 0xBA, 0x00, 0xFF, 0x7F, 0xC3]),
                0..70,
            ),
        ) {
            proptest::prop_assert_eq!(
                crate::text::position_of_any(&window, 0, [b':']),
                window.iter().position(|&b| b == b':')
            );
        }

        #[test]
        fn a_label_folded_in_one_loop_agrees_with_the_iterator(
            label in "[dDiI \t\u{a0}\u{2003}\u{e9}\u{c9}\u{e6}\u{df}()]{0,48}",
        ) {
            let (fast, slow) = (FoldedLabel::of(&label), FoldedLabel::of_by_folded(&label));
            proptest::prop_assert_eq!(
                (&fast.bytes[..fast.len], fast.whole),
                (&slow.bytes[..slow.len], slow.whole)
            );
        }

        #[test]
        fn a_count_read_as_a_number_first_agrees(
            value in "[0-9+nN/aAoOe \u{e9}\u{c9}.;-]{0,6}|(sans|SANS|N\u{c9}ANT|Aucun)[ \u{a0}]{0,2}(objet|OBJET)?[.;]?",
        ) {
            let reference = {
                let v = value.trim().trim_end_matches(['.', ';']).trim();
                if ["n/a", "na", "none", "nil", "sans objet", "neant", "aucun", "0"]
                    .iter()
                    .any(|w| crate::text::fold_eq(v, w))
                {
                    Some(0)
                } else {
                    v.parse().ok()
                }
            };
            proptest::prop_assert_eq!(report_count(&value), reference);
        }

        /// A line whose first byte rules out the first letter of a
        /// banner's name or kind of notice is none of them.
        #[test]
        fn a_first_byte_rules_out_a_banner(
            text in "[a-zA-Z \t\u{b}\u{1c}:\u{e9}\u{c9}\u{a0}]{0,3}(nato|otan|post description|description de poste|vacancy notification|notification de la vacance)?",
        ) {
            for name in BANNER_NAMES {
                if crate::text::fold_eq(&text, name) {
                    proptest::prop_assert!(may_start_folded(&text, name.as_bytes()[0]), "{:?}", text);
                }
            }
            for kind in BANNER_KINDS {
                if strip_prefix_folded(&text, kind).is_some() {
                    proptest::prop_assert!(may_start_folded(&text, kind.as_bytes()[0]), "{:?}", text);
                }
            }
        }

        /// A text whose first byte rules a letter out folds to something
        /// else.
        #[test]
        fn a_first_byte_rules_out_what_the_fold_rules_out(
            text in "[a-zA-Z \t\u{b}\u{1c}:\u{e9}\u{c9}\u{a0}]{0,4}",
            letter in proptest::sample::select(b"dikls".to_vec()),
        ) {
            let folded = crate::text::folded(&text).next();
            if !may_start_folded(&text, letter) {
                proptest::prop_assert_ne!(folded, Some(char::from(letter)));
                proptest::prop_assert!(strip_prefix_folded(&text, &char::from(letter).to_string()).is_none());
            }
        }
    }

    proptest::proptest! {
        /// Passing over the characters no marker starts with finds what
        /// trying every character finds.
        #[test]
        fn reports_to_agrees_with_trying_every_character(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "reports to ", "Report  to", "rel\u{e8}ve de ", "r", " ", "\u{a0}", "the Head",
                    ", and runs", ". ", "R\u{c9}", "x", "e", "E", "ports to ", "l\u{e8}ve de ", "P",
                    "\t", "responsible",
                ]),
                0..8,
            )
        ) {
            let text = parts.concat();
            let reference = text.char_indices().find_map(|(i, _)| {
                ["reports to ", "report to ", "releve de "]
                    .iter()
                    .find_map(|m| strip_prefix_folded(&text[i..], m))
            });
            proptest::prop_assert_eq!(after_report_marker(&text), reference);
        }
    }

    #[test]
    fn reads_year_phrases() {
        let found = year_phrases(
            "have at least 10 years' experience in X; out of which at least 5 years in managing teams",
        );
        assert_eq!(found, vec![(10, false), (5, true)]);
        assert_eq!(
            year_phrases("avoir au moins cinq ans d'expérience"),
            vec![(5, false)]
        );
        assert_eq!(
            year_phrases("Sixteen years of experience, quatorze ans"),
            vec![(16, false), (14, false)]
        );
        assert_eq!(
            year_phrases(
                "have at least 6 years' experience in records management, out of which at least 2 years in managing a team"
            ),
            vec![(6, false), (2, true)]
        );
        assert_eq!(
            year_phrases(
                "avoir au moins six ans d'expérience, dont deux années passées à gérer une équipe"
            ),
            vec![(6, false), (2, true)]
        );
        assert_eq!(
            year_phrases(
                "4 years of relevant management experience; 3 years' experience supervising staff"
            ),
            vec![(4, true), (3, true)]
        );
    }

    #[test]
    fn reads_named_language_minimums_without_the_official_languages_lead_in() {
        let items = Paragraphs::try_from(
            [
                "At least 7 years of relevant experience;",
                "VI in English; III in French.",
            ]
            .as_slice(),
        )
        .unwrap();
        let mut warnings = Vec::new();
        let req = requirements(&items, 1, &mut warnings);
        assert_eq!(
            req.languages.map(|l| l.to_string()).as_deref(),
            Some("VI in English; III in French")
        );
        assert_eq!(req.experience_years, Some(7));
        assert!(warnings.is_empty());
    }

    #[test]
    fn reads_report_counts() {
        assert_eq!(report_count("N/a."), Some(0));
        assert_eq!(report_count(" 8"), Some(8));
        assert_eq!(report_count("sans objet."), Some(0));
        assert_eq!(report_count("several"), None);
    }

    proptest::proptest! {
        /// The uppercase search finds what searching the uppercase text
        /// finds, and units split as they did with it.
        #[test]
        fn units_split_as_with_the_uppercase_text(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Division", "DIVISION", "directorate", "DIVI", "SION", " ", "\t", "S\u{c9}CURIT\u{c9}",
                    "\u{df}", "\u{131}", "\u{17f}", "\u{fb01}", "\u{149}", "\u{212a}", "\u{3c2}", "Direction",
                    "dIrEcToRaTe", "\u{1f0}", "\u{390}", "x",
                ]),
                0..8,
            )
        ) {
            let text = parts.concat();
            for word in ["DIVISION", "DIRECTORATE"] {
                proptest::prop_assert_eq!(find_upper(&text, word), text.to_uppercase().find(word), "{:?}", text);
            }
            proptest::prop_assert_eq!(
                split_unit(&text),
                split_unit_by(&text, |rest, word| rest.to_uppercase().find(word))
            );
        }

        #[test]
        fn units_split_as_with_the_uppercase_text_on_any_text(text in "\\PC{0,24}") {
            for word in ["DIVISION", "DIRECTORATE"] {
                proptest::prop_assert_eq!(find_upper(&text, word), text.to_uppercase().find(word));
            }
        }
    }

    #[test]
    fn splits_units() {
        let u = split_unit(
            "POLITICAL AFFAIRS DIVISION SECURITY POLICY DIRECTORATE MULTILATERAL ORGANIZATIONS",
        );
        assert_eq!(u.division.as_deref(), Some("POLITICAL AFFAIRS DIVISION"));
        assert_eq!(
            u.directorate.as_deref(),
            Some("SECURITY POLICY DIRECTORATE")
        );
        assert_eq!(u.section.as_deref(), Some("MULTILATERAL ORGANIZATIONS"));
    }
}
