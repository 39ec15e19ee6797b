//! Line-level recognition: cleaning a raw line, header labels and section
//! headings in English and French.

use crate::language::OfficialLanguage;
use crate::text::{
    LATIN1_FOLDS, any_byte, byte_set, entries_starting_with, fold_char, index_by_first_letter,
    index_by_first_two_letters, indices, may_start_with_entry, strip_prefix_folded,
};

use super::Field;

/// One line of the notice, cleaned of markdown and bullets.
#[derive(Debug, Clone)]
pub(crate) struct Line<'a> {
    /// 1-based line number in the input.
    pub number: usize,
    /// The raw line, without its line break.
    pub raw: &'a str,
    /// The line without markdown marks, bullets or surrounding space.
    pub text: &'a str,
    /// Whether the line started with a list bullet.
    pub bullet: bool,
    /// Whether the raw line held a tab between two non-empty cells.
    pub tabbed: bool,
    /// Whether the raw line shows a markdown export's marks: it opens
    /// (after white space) with `#` or `**`, or holds a `<b>` tag.
    pub marked: bool,
    /// Whether the raw line holds a byte an inline mark starts with (`*`,
    /// `_`, `<`): only then can [`strip_inline_marks`] change its text.
    pub inline_marks: bool,
    /// The section heading the line is, matched once here because both
    /// the half splitter and the section parser ask.
    pub heading: Option<Heading<'a>>,
    /// The header label the line starts with, once [`Line::label`] has
    /// matched it.
    pub label: LabelMemo<'a>,
}

impl<'a> Line<'a> {
    /// The header label the line starts with. Matched when first asked,
    /// not while splitting (most lines are never asked), and then kept:
    /// the layout detection, the half splitter and the header parser all
    /// ask about the same lines.
    #[inline]
    pub(crate) fn label(&self) -> Option<LabelMatch<'a>> {
        match self.label.0.get() {
            Some(found) => found,
            None => {
                let found = match_label(self.text);
                self.label.0.set(Some(found));
                found
            }
        }
    }
}

/// The header label of a line, matched at most once: `None` until
/// [`Line::label`] first asks. Its `Debug` form leaves the match out, so
/// that a line prints the same whether it was asked or not. (A `Cell`
/// of a `Copy` match rather than a `OnceCell`, whose reentrancy check
/// measured 1,600 more instructions per notice.)
#[derive(Clone, Default)]
pub(crate) struct LabelMemo<'a>(core::cell::Cell<Option<Option<LabelMatch<'a>>>>);

impl core::fmt::Debug for LabelMemo<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("LabelMemo")
    }
}

/// Splits `input` into cleaned lines. Markdown emphasis inside a line is
/// left for [`strip_inline_marks`]; this only strips what surrounds it.
pub(crate) fn lines(input: &str) -> Lines<'_> {
    Lines {
        input,
        start: 0,
        number: 0,
    }
}

/// The iterator [`lines`] returns: `input.split('\n')`, each piece cleaned
/// and matched, found by one pass over the bytes that also notes the tabs
/// and `<`.
pub(crate) struct Lines<'a> {
    input: &'a str,
    /// Where the next line starts; past the end once the last is out.
    start: usize,
    /// The number of the line last returned.
    number: usize,
}

impl<'a> Iterator for Lines<'a> {
    type Item = Line<'a>;

    #[inline]
    fn next(&mut self) -> Option<Line<'a>> {
        let bytes = self.input.as_bytes();
        let start = self.start;
        if start > bytes.len() {
            return None;
        }
        self.number += 1;
        // Empty lines, a good part of a notice, have nothing to clean or
        // match.
        if bytes.get(start) == Some(&b'\n') {
            self.start = start + 1;
            return Some(Line {
                number: self.number,
                raw: "",
                text: "",
                bullet: false,
                tabbed: false,
                marked: false,
                inline_marks: false,
                heading: None,
                label: LabelMemo::default(),
            });
        }
        // Every control byte and the first bytes of inline marks stop the
        // search: the line break, a tab, `<`, `*` or `_` (noted), or a
        // carriage return (skipped).
        let (mut at, mut tab, mut angle, mut mark) = (start, false, false, false);
        let end = loop {
            // Once a mark's byte is seen, only `<` is still worth a stop.
            let stop = if mark {
                next_stop::<false>(bytes, at)
            } else {
                next_stop::<true>(bytes, at)
            };
            match bytes.get(stop) {
                None | Some(b'\n') => break stop,
                Some(&b) => {
                    tab |= b == b'\t';
                    angle |= b == b'<';
                    mark |= matches!(b, b'<' | b'*' | b'_');
                }
            }
            at = stop + 1;
        };
        self.start = end + 1;
        let raw = &self.input[start..end];
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let trimmed = trim(raw);
        let tabbed = tab && any_byte(trimmed, |b| b == b'\t');
        let (text, bullet, opens_marked) = clean_noting_marks(trimmed);
        let marked = opens_marked || (angle && raw.contains("<b>"));
        Some(Line {
            number: self.number,
            raw,
            text,
            bullet,
            tabbed,
            marked,
            inline_marks: mark,
            heading: match_heading(text),
            label: LabelMemo::default(),
        })
    }
}

/// `true` for the bytes [`next_stop`] stops at: those below `0x20` (a
/// line break, tab or other control), `<`, and with `MARKS` `*` and `_`,
/// which start inline marks.
#[inline]
fn is_stop<const MARKS: bool>(b: u8) -> bool {
    (b < 0x20) | (b == b'<') | (MARKS & ((b == b'*') | (b == b'_')))
}

/// The index of the first byte of `bytes` from `i` that [`is_stop`], or
/// `bytes.len()`.
#[inline]
fn next_stop<const MARKS: bool>(bytes: &[u8], i: usize) -> usize {
    // Prose runs long between line breaks: 32 bytes at a time, in a fold
    // the compiler turns into wide compares, and the stop's place within
    // the chunk that holds one is read from a mask of all 32, without a
    // loop whose end the branch predictor would have to guess.
    let mut chunks = bytes.get(i..).unwrap_or_default().chunks_exact(32);
    let mut at = i;
    for chunk in &mut chunks {
        let Ok(chunk) = <&[u8; 32]>::try_from(chunk) else {
            break;
        };
        if chunk
            .iter()
            .fold(false, |seen, &b| seen | is_stop::<MARKS>(b))
        {
            return at + first_stop(chunk, MARKS);
        }
        at += 32;
    }
    // The last bytes, fewer than 32 (all of a short text's): eight at a
    // time, then one by one. The lowest byte flagged in each mask is
    // exact: no borrow reaches it from the bytes below, none of them
    // flagged.
    const ONES: u64 = 0x0101_0101_0101_0101;
    while let Some(word) = word_at(bytes, at) {
        let below = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
        let mut marks = 0;
        for mark in if MARKS { [b'<', b'*', b'_'] } else { [b'<'; 3] } {
            let xored = word ^ (ONES * u64::from(mark));
            marks |= xored.wrapping_sub(ONES) & !xored & HIGH;
        }
        if below | marks != 0 {
            return at + ((below | marks).trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while at < bytes.len() && !is_stop::<MARKS>(bytes[at]) {
        at += 1;
    }
    at
}

/// The index in `chunk` of its first byte that [`is_stop`] (with `marks`
/// for `MARKS`), or 32 if none does.
///
/// Called once for each stop the line scan finds in a chunk. (One
/// function for both sets of stops, out of line: inlined, or made
/// generic, the compiler vectorised one of the two poorly.)
#[inline(never)]
fn first_stop(chunk: &[u8; 32], marks: bool) -> usize {
    // Each flag is a byte, 0 or 1, and the first flagged byte holds the
    // lowest set bit of the 32 bytes read as a little-endian number: the
    // trailing zeros of its low half, or of its high half past them. Both
    // are counted and one is chosen, with no branch to go either way.
    let mut flags = [0u8; 32];
    for (flag, &b) in flags.iter_mut().zip(chunk) {
        *flag = u8::from((b < 0x20) | (b == b'<') | (marks & ((b == b'*') | (b == b'_'))));
    }
    let half = |at: usize| {
        flags
            .get(at..at + 16)
            .and_then(|h| h.try_into().ok())
            .map_or(0, u128::from_le_bytes)
            .trailing_zeros()
    };
    let (low, high) = (half(0), half(16));
    (if low < 128 { low } else { 128 + high } / 8) as usize
}

/// `true` when the line `s` (trimmed) opens with a heading mark `#` or
/// bold `**`.
#[inline]
fn opens_with_marks(s: &str) -> bool {
    matches!(s.as_bytes(), [b'#', ..] | [b'*', b'*', ..])
}

/// `true` when `s` is empty or starts and ends with printable ASCII, so
/// that no white space (nor any other character a trim looks for) is at
/// either end.
#[inline]
fn graphic_ends(s: &str) -> bool {
    match s.as_bytes() {
        [] => true,
        [first, .., last] => first.is_ascii_graphic() && last.is_ascii_graphic(),
        [only] => only.is_ascii_graphic(),
    }
}

/// `s.trim()`, answered from the end bytes for most lines.
#[inline]
fn trim(s: &str) -> &str {
    if graphic_ends(s) { s } else { s.trim() }
}

/// `s.trim_start()`, answered from the first byte for most texts.
#[inline]
fn trim_start(s: &str) -> &str {
    if s.as_bytes().first().is_some_and(u8::is_ascii_graphic) {
        s
    } else {
        s.trim_start()
    }
}

/// Strips headings marks (`#`), surrounding bold (`**`, `<b>`), block
/// quotes and list bullets from a line.
#[cfg(test)]
fn clean(raw: &str) -> (&str, bool) {
    let (text, bullet, _) = clean_noting_marks(raw);
    (text, bullet)
}

/// Strips the marks and bullets around a line (trimmed) as `clean` does,
/// and tells whether the line [`opens_with_marks`]: the scanner notes it
/// for the layout detection.
#[inline]
fn clean_noting_marks(raw: &str) -> (&str, bool, bool) {
    // A line left as it is opens with no mark.
    if graphic_ends(raw) && settled(raw) {
        return (raw, false, false);
    }
    let (text, bullet) = clean_marks(raw);
    (text, bullet, opens_with_marks(raw))
}

/// [`clean`] for a line with white space or a mark at an end.
#[inline(never)]
fn clean_marks(raw: &str) -> (&str, bool) {
    let s = if graphic_ends(raw) {
        raw
    } else {
        raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
    };
    // Most lines are empty or prose, with none of the marks below: the
    // loop would leave them as they are. The commonest mark, a `- ` bullet
    // before prose, is settled here too. (This first test is repeated in
    // `heading_or_bold_text`: taking it there alone measured more
    // instructions.)
    if settled(s) || bold_lead(s) {
        return (s, false);
    }
    if let Some(rest) = s.strip_prefix("- ") {
        let rest = trim_start(rest);
        if settled(rest) || bold_lead(rest) {
            return (rest, true);
        }
    }
    // Markdown exports print headings and bold lines: `## 1. SUMMARY`,
    // `## **2. QUALIFICATIONS**`, `**Description**`.
    if let Some(text) = heading_or_bold_text(s) {
        return (text, false);
    }
    strip_marks(s)
}

/// The text of a heading or bold line `s` (without white space at either
/// end) when [`strip_marks`] would take off nothing but its `#` marks and
/// the bold around the rest: the `#` marks go first, then the bold `**`
/// around the whole rest if no other `**` is inside, and what is left must
/// be [`settled`] (or a [`bold_lead`], with no bold around it), for the
/// loop's next round to leave it as it is. `None` for any other line.
#[inline]
fn heading_or_bold_text(s: &str) -> Option<&str> {
    let rest = match s.as_bytes().first() {
        Some(b'#') => trim_start(s.trim_start_matches('#')),
        _ => s,
    };
    if settled(rest) || bold_lead(rest) {
        return Some(rest);
    }
    let inner = rest.strip_prefix("**")?.strip_suffix("**")?;
    if inner.contains("**") {
        return None;
    }
    let inner = trim(inner);
    settled(inner).then_some(inner)
}

/// `true` when `s` (without white space at either end) opens with bold
/// that does not close at its end (`**Vision:** Develop`, as markdown
/// exports print labels and leads): [`strip_marks`] would leave it as it
/// is, every mark it looks for being absent at both ends.
#[inline]
fn bold_lead(s: &str) -> bool {
    s.starts_with("**") && !s.ends_with("**") && !s.ends_with('>')
}

/// `true` when [`strip_marks`] would leave `s` (a line without white space
/// at either end) as it is: it neither starts with the first byte of a mark
/// or bullet nor ends with `>`.
#[inline]
fn settled(s: &str) -> bool {
    match s.as_bytes() {
        [] => true,
        [b'o', second, ..] => *second != b'\t' && s.as_bytes()[s.len() - 1] != b'>',
        [first, ..] => !MARK_START[usize::from(*first)] && s.as_bytes()[s.len() - 1] != b'>',
    }
}

/// The bytes a mark or bullet [`strip_marks`] removes can start with: `#`,
/// `>`, `<`, `-`, `*`, and the lead bytes of `•`, `–`, `▪`, U+F0B7 and
/// `·` (`o` is checked with the tab after it).
const MARK_START: [bool; 256] = byte_set(&[b'#', b'>', b'<', b'-', b'*', 0xe2, 0xef, 0xc2]);

/// The marks loop of [`clean`], on a line already trimmed.
fn strip_marks(mut s: &str) -> (&str, bool) {
    let mut bullet = false;
    loop {
        let before = s.len();
        s = s.trim_start_matches('#').trim_start();
        s = s.trim_start_matches('>').trim_start();
        for mark in ["<b>", "</b>", "<strong>", "</strong>"] {
            s = s.strip_prefix(mark).unwrap_or(s).trim_start();
            s = s.strip_suffix(mark).unwrap_or(s).trim_end();
        }
        for bullet_mark in [
            "- ",
            "* ",
            "\u{2022}",
            "\u{2013} ",
            "\u{25aa}",
            "\u{f0b7}",
            "\u{b7} ",
            "o\t",
        ] {
            if let Some(rest) = s.strip_prefix(bullet_mark) {
                s = rest.trim_start();
                bullet = true;
            }
        }
        if let Some(rest) = s.strip_prefix('-') {
            if rest.starts_with(|c: char| c.is_whitespace()) {
                s = rest.trim_start();
                bullet = true;
            }
        }
        // A bold line `**2. QUALIFICATIONS**` loses both marks; a bold lead
        // (`**Vision:** Develop`) keeps its inner marks for strip_inline_marks.
        if let Some(inner) = s.strip_prefix("**").and_then(|r| r.strip_suffix("**")) {
            if !inner.contains("**") {
                s = inner.trim();
            }
        }
        if s.len() == before {
            break;
        }
    }
    (s, bullet)
}

/// Removes markdown emphasis marks (`**`, `__`, `<b>`, `</b>`) inside a
/// line, then white space at its ends. Returns the line unchanged
/// (borrowed) when it has none.
///
/// The marks of every kind are removed in one pass from the left. They
/// are meant to go one kind after the other (removing one can join the
/// halves of another, as in `_**_`), and one pass gives the same text
/// unless a removal brings together two bytes that follow each other in a
/// mark ([`may_join`]): such a line goes to [`strip_kind_by_kind`].
///
/// Why one pass is exact otherwise: it removes the marks each kind's own
/// pass would find in the line; a later kind's pass finds more only where
/// an earlier removal joined the halves of its mark, and such a mark, or
/// an odd `_` left on each side of a join, stands in the one pass's text
/// across the join.
#[inline(never)]
pub(crate) fn strip_inline_marks(s: &str) -> std::borrow::Cow<'_, str> {
    let bytes = s.as_bytes();
    // Nothing is allocated until a mark is found.
    let mut kept: Option<String> = None;
    // `copied` is where the text not yet copied starts, `at` where the
    // search for a mark's first byte goes on.
    let (mut copied, mut at, mut joined) = (0, 0, false);
    loop {
        // The stops are the bytes marks start with, and control bytes,
        // which start none and are stepped over.
        let i = next_stop::<true>(bytes, at);
        if i >= bytes.len() {
            break;
        }
        let len = mark_len(&bytes[i..]);
        if len == 0 {
            at = i + 1;
            continue;
        }
        let out = kept.get_or_insert_with(|| String::with_capacity(s.len()));
        out.push_str(&s[copied..i]);
        copied = i + len;
        at = copied;
        if let (Some(&before), Some(&after)) = (out.as_bytes().last(), bytes.get(copied)) {
            joined |= may_join(before, after);
        }
    }
    let Some(mut out) = kept else {
        return std::borrow::Cow::Borrowed(s);
    };
    if joined {
        return strip_kind_by_kind(s);
    }
    out.push_str(&s[copied..]);
    std::borrow::Cow::Owned(trim_owned(out))
}

/// The length of the inline mark (`**`, `__`, `<b>`, `</b>`) `bytes`
/// starts with, or 0.
#[inline]
fn mark_len(bytes: &[u8]) -> usize {
    match bytes {
        [b'*', b'*', ..] | [b'_', b'_', ..] => 2,
        [b'<', b'b', b'>', ..] => 3,
        [b'<', b'/', b'b', b'>', ..] => 4,
        _ => 0,
    }
}

/// `true` when `before` and `after` follow each other in one of the inline
/// marks: once the text between them is removed, they may be part of a
/// mark that the removal made.
#[inline]
fn may_join(before: u8, after: u8) -> bool {
    matches!(
        (before, after),
        (b'*', b'*') | (b'_', b'_') | (b'<', b'b' | b'/') | (b'b', b'>') | (b'/', b'b')
    )
}

/// `s` without white space at either end, trimmed in place.
fn trim_owned(mut s: String) -> String {
    if graphic_ends(&s) {
        return s;
    }
    let end = s.trim_end().len();
    s.truncate(end);
    let start = s.len() - s.trim_start().len();
    s.drain(..start);
    s
}

/// [`strip_inline_marks`] done one kind of mark after the other, as the
/// kinds are meant to go: its fallback where a removal may join the halves
/// of another mark.
#[cold]
#[inline(never)]
fn strip_kind_by_kind(s: &str) -> std::borrow::Cow<'_, str> {
    let mut out = std::borrow::Cow::Borrowed(s);
    // Removing marks joins text but brings in no byte: a kind whose first
    // byte the line lacks is not searched for.
    // Three wide passes: one fold over the three flags does not vectorise.
    let (star, angle, low) = (
        any_byte(s, |b| b == b'*'),
        any_byte(s, |b| b == b'<'),
        any_byte(s, |b| b == b'_'),
    );
    for (mark, present) in [("**", star), ("<b>", angle), ("</b>", angle), ("__", low)] {
        if !present {
            continue;
        }
        if let Some(kept) = remove_all(&out, mark) {
            out = std::borrow::Cow::Owned(kept);
        }
    }
    match out {
        std::borrow::Cow::Borrowed(_) => out,
        std::borrow::Cow::Owned(out) => std::borrow::Cow::Owned(trim_owned(out)),
    }
}

/// `s` without any of the occurrences of the ASCII `mark` (as repeated
/// `find`s from the left take them out), or `None` when it has none.
fn remove_all(s: &str, mark: &str) -> Option<String> {
    let first = char::from(mark.as_bytes()[0]);
    let mut kept: Option<String> = None;
    // `copied` is where the text not yet copied starts, `at` where the
    // search for the mark's first byte goes on.
    let (mut copied, mut at) = (0, 0);
    while let Some(found) = s[at..].find(first) {
        let i = at + found;
        if s.as_bytes()[i..].starts_with(mark.as_bytes()) {
            kept.get_or_insert_with(|| String::with_capacity(s.len()))
                .push_str(&s[copied..i]);
            copied = i + mark.len();
            at = copied;
        } else {
            at = i + 1;
        }
    }
    let mut kept = kept?;
    kept.push_str(&s[copied..]);
    Some(kept)
}

/// A header label, the field it fills, and its language.
#[derive(Debug)]
pub(crate) struct Label {
    pub text: &'static str,
    pub field: Field,
    pub lang: Option<OfficialLanguage>,
}

const fn label(text: &'static str, field: Field, lang: Option<OfficialLanguage>) -> Label {
    Label { text, field, lang }
}

const EN: Option<OfficialLanguage> = Some(OfficialLanguage::English);
const FR: Option<OfficialLanguage> = Some(OfficialLanguage::French);

/// Header labels of every layout, longest first where one is a prefix of
/// another. Matching is on folded text, so case and accents do not matter.
pub(crate) const LABELS: &[Label] = &[
    label("Primary Location", Field::PrimaryLocation, EN),
    label("Emplacement principal", Field::PrimaryLocation, FR),
    label("Other Locations", Field::OtherLocations, EN),
    label("Autres emplacements", Field::OtherLocations, FR),
    label("Duty Location", Field::PrimaryLocation, EN),
    label("Location", Field::PrimaryLocation, EN),
    label("Lieu d'affectation", Field::PrimaryLocation, FR),
    label("NATO Body", Field::Body, EN),
    label("Organisation", Field::Body, FR),
    label("Schedule", Field::Schedule, EN),
    label("Horaire", Field::Schedule, FR),
    label("Application Deadline", Field::Deadline, EN),
    label("Closing Date", Field::Deadline, EN),
    label("Date de retrait", Field::Deadline, FR),
    label("Date limite de candidature", Field::Deadline, FR),
    label("Date limite", Field::Deadline, FR),
    label("Posting Date", Field::PostingDate, EN),
    label("Date de publication", Field::PostingDate, FR),
    label("Salary (Pay Basis)", Field::Salary, EN),
    label("Salaire (Base de paie)", Field::Salary, FR),
    label("Salary", Field::Salary, EN),
    label("Salaire", Field::Salary, FR),
    label("Niveau de l'habilitation de sécurité", Field::Clearance, FR),
    label("Habilitation de sécurité", Field::Clearance, FR),
    label("Security Clearance", Field::Clearance, EN),
    label("Clearance Level", Field::Clearance, EN),
    label("Clearance", Field::Clearance, EN),
    label("Grade", Field::Grade, None),
    label("Job Family", Field::JobFamily, EN),
    label("Famille de postes", Field::JobFamily, FR),
    label("Work Level", Field::WorkLevel, EN),
    label("Niveau de travail", Field::WorkLevel, FR),
    label("Post No.", Field::PostNumber, EN),
    label("Post No", Field::PostNumber, EN),
    label("Post Number", Field::PostNumber, EN),
    label("Poste N°", Field::PostNumber, FR),
    label("Poste No", Field::PostNumber, FR),
    label("Contract Clause", Field::ContractClause, EN),
    label("Contact Clause", Field::ContractClause, EN),
    label("Clause contractuelle", Field::ContractClause, FR),
    label("Vacancy Reference", Field::Reference, EN),
    label("Reference", Field::Reference, EN),
    label("Référence", Field::Reference, FR),
    label("Title", Field::Title, EN),
    label("Intitulé", Field::Title, FR),
    label("Titre", Field::Title, FR),
    label("Division", Field::Division, None),
    label("Directorate", Field::Directorate, EN),
    label("Direction", Field::Directorate, FR),
    label("Section", Field::Section, None),
];

/// A header label matched at the start of a line: the label, the value
/// after it stripped of the separator, and whether an explicit separator (a
/// colon or a tab) followed the label.
pub(crate) type LabelMatch<'a> = (&'static Label, &'a str, bool);

/// The folded first character of `text` once leading white space is gone:
/// a catalogue entry (all start with an ASCII letter) can only match a line
/// whose first character folds to the entry's first letter, so the look-ups
/// compare one byte before folding a whole prefix.
fn first_folded(text: &str) -> Option<char> {
    text.trim_start().chars().next().map(fold_char)
}

/// The texts of [`LABELS`], in order.
const LABEL_TEXTS: [&str; LABELS.len()] = {
    let mut texts = [""; LABELS.len()];
    let mut i = 0;
    while i < LABELS.len() {
        texts[i] = LABELS[i].text;
        i += 1;
    }
    texts
};

/// [`LABELS`] indexed by first letter.
const LABELS_BY_LETTER: [u64; 26] = index_by_first_letter(&LABEL_TEXTS);

/// [`LABELS`] indexed by their first two letters.
const LABELS_BY_TWO_LETTERS: [u32; 26] = index_by_first_two_letters(&LABEL_TEXTS);

/// [`LABELS`] indexed by their first two letters, as sets of indices.
const LABELS_BY_PAIR: [[u64; 26]; 26] = index_by_letter_pairs(&LABEL_TEXTS);

/// [`HEADINGS`] indexed by their first two letters, as sets of indices.
const HEADINGS_BY_PAIR: [[u64; 26]; 26] = index_by_letter_pairs(&HEADING_TEXTS);

/// For each two letters `a`..`z`, the set of indices of `entries` (at most
/// 64, each starting with an ASCII letter) whose folded start they may be:
/// those that start with both in either case, and those that start with
/// the first and then a byte other than an ASCII letter (`Ré`), which any
/// second letter may fold from.
const fn index_by_letter_pairs<const N: usize>(entries: &[&str; N]) -> [[u64; 26]; 26] {
    assert!(N <= 64, "at most 64 entries");
    let mut table = [[0u64; 26]; 26];
    let mut i = 0;
    while i < N {
        let bytes = entries[i].as_bytes();
        let first = bytes[0].to_ascii_lowercase();
        assert!(first.is_ascii_lowercase(), "entries start with a letter");
        let mut second = 0;
        while second < 26 {
            if bytes.len() < 2
                || !bytes[1].is_ascii_alphabetic()
                || bytes[1].to_ascii_lowercase() - b'a' == second
            {
                table[(first - b'a') as usize][second as usize] |= 1 << i;
            }
            second += 1;
        }
        i += 1;
    }
    table
}

/// [`HEADINGS`] indexed by first letter.
const HEADINGS_BY_LETTER: [u64; 26] = index_by_first_letter(&HEADING_TEXTS);

/// [`HEADINGS`] indexed by their first two letters.
const HEADINGS_BY_TWO_LETTERS: [u32; 26] = index_by_first_two_letters(&HEADING_TEXTS);

/// The texts of [`HEADINGS`], in order.
const HEADING_TEXTS: [&str; HEADINGS.len()] = {
    let mut texts = [""; HEADINGS.len()];
    let mut i = 0;
    while i < HEADINGS.len() {
        texts[i] = HEADINGS[i].0;
        i += 1;
    }
    texts
};

/// Matches a header label at the start of `text`.
#[inline]
pub(crate) fn match_label(text: &str) -> Option<LabelMatch<'_>> {
    // Most lines start with a letter: two table look-ups on their first
    // two bytes reject the prose no label starts with.
    match two_letter_candidates(text, &LABELS_BY_LETTER, &LABELS_BY_PAIR) {
        Some(0) => None,
        Some(candidates) => labels_at_start(text, candidates),
        None if text.is_empty() => None,
        None => match_label_after_marks(text),
    }
}

/// [`match_label`] for a line that does not start with a letter.
#[inline(never)]
fn match_label_after_marks(text: &str) -> Option<LabelMatch<'_>> {
    // `**Primary Location:**` and the bold leads of markdown exports:
    // once the marks are off, the line most often starts with a letter,
    // and the two table look-ups [`match_label`] makes settle it.
    let marks = text.bytes().take_while(|&b| b == b'*' || b == b'_').count();
    let text = &text[marks..];
    if let Some(candidates) = two_letter_candidates(text, &LABELS_BY_LETTER, &LABELS_BY_PAIR) {
        return match candidates {
            0 => None,
            candidates => labels_at_start(text, candidates),
        };
    }
    // Prose lines start with any letter: reject those no label starts with
    // before trying the labels one by one.
    let first = first_folded(text)?;
    if !may_start_with_entry(&LABELS_BY_TWO_LETTERS, text.trim_start()) {
        return None;
    }
    labels_at_start(text, entries_starting_with(&LABELS_BY_LETTER, first))
}

/// For a `text` that starts with a letter (ASCII or Latin-1), the
/// catalogue entries (from tables built by [`index_by_first_letter`] and
/// [`index_by_letter_pairs`]) that may be a folded prefix of it: those
/// its first two letters, folded, may start (none, for most prose).
/// `None` for any other text.
///
/// A second character that folds to a space proves nothing (the fold may
/// skip it), nor does one that this byte-level fold does not know.
#[inline]
fn two_letter_candidates(
    text: &str,
    by_letter: &[u64; 26],
    by_pair: &[[u64; 26]; 26],
) -> Option<u64> {
    let bytes = text.as_bytes();
    let (a, width) = fold_at(bytes, 0)?;
    if !a.is_ascii_lowercase() {
        return None;
    }
    let a = usize::from(a - b'a');
    if let Some((b, _)) = fold_at(bytes, width) {
        if b.is_ascii_lowercase() {
            return Some(by_pair[a][usize::from(b - b'a')]);
        }
    }
    Some(by_letter[a])
}

/// The byte [`fold_char`] folds the character at `bytes[i]` to, and the
/// character's length, for ASCII, the Latin-1 letters and the no-break
/// space; `None` for any other character, or past the end.
#[inline]
fn fold_at(bytes: &[u8], i: usize) -> Option<(u8, usize)> {
    let b = *bytes.get(i)?;
    if b.is_ascii() {
        return Some((b.to_ascii_lowercase(), 1));
    }
    let next = *bytes.get(i + 1)?;
    match b {
        // U+00C0 to U+00FF.
        0xc3 => {
            let folded = LATIN1_FOLDS[usize::from(next & 0x3f)];
            (folded != 0).then_some((folded, 2))
        }
        0xc2 if next == 0xa0 => Some((b' ', 2)),
        _ => None,
    }
}

/// For each catalogue entry, its first eight bytes (as a little-endian
/// word, each byte ORed with `0x20`) and the mask of those to compare: the
/// entry's bytes up to its end or its first non-ASCII byte.
const fn prefix_keys<const N: usize>(entries: &[&str; N]) -> [(u64, u64); N] {
    let mut keys = [(0, 0); N];
    let mut i = 0;
    while i < N {
        let bytes = entries[i].as_bytes();
        let (mut key, mut mask) = (0u64, 0u64);
        let mut j = 0;
        while j < 8 && j < bytes.len() && bytes[j].is_ascii() {
            key |= ((bytes[j] | 0x20) as u64) << (8 * j);
            mask |= 0xff << (8 * j);
            j += 1;
        }
        keys[i] = (key, mask);
        i += 1;
    }
    keys
}

/// [`prefix_keys`] of [`LABELS`].
const LABEL_KEYS: [(u64, u64); LABELS.len()] = prefix_keys(&LABEL_TEXTS);

/// [`prefix_keys`] of [`HEADINGS`].
const HEADING_KEYS: [(u64, u64); HEADINGS.len()] = prefix_keys(&HEADING_TEXTS);

/// Drops from `candidates` (a set of indices into the entries `keys` were
/// built from) the entries that cannot be a folded prefix of `text`, by
/// comparing its first eight bytes with theirs at once.
///
/// `text` must start with printable ASCII, so that the fold does not trim
/// it; otherwise `candidates` are kept as they are. Bytes that differ once
/// ORed with `0x20` differ once lowercased too, and an entry is dropped
/// when the first byte it differs from `text` at is ASCII and no space in
/// `text` (or past its end). Up to that byte the two are alike, and as an
/// entry's spaces are single, the text's spaces there are single too and
/// each stands for the entry's space at the same place: the fold can only
/// compare that byte with the entry's byte at the same position. A text
/// space there proves nothing (the fold may skip it), nor does a byte that
/// needs folding.
#[inline]
fn narrow<const N: usize>(candidates: u64, text: &str, keys: &[(u64, u64); N]) -> u64 {
    let bytes = text.as_bytes();
    if candidates == 0 || !bytes.first().is_some_and(u8::is_ascii_graphic) {
        return candidates;
    }
    const ONES: u64 = 0x0101_0101_0101_0101;
    let word = head_word(bytes);
    // Every space is flagged (and some bytes above one may be too, which
    // only keeps more entries); padding is not zero once XORed.
    let spaces = word ^ (ONES * 0x20);
    let open = (spaces.wrapping_sub(ONES) & !spaces & HIGH) | (word & HIGH);
    // All eight bits of each byte that settles a difference.
    let settles = !((open >> 7) * 0xff);
    let key = word | (ONES * 0x20);
    let mut kept = candidates;
    for i in indices(candidates) {
        let (entry, mask) = keys[i];
        let differ = (key ^ entry) & mask;
        // The lowest bit that differs, in the first byte that does.
        let first = differ & differ.wrapping_neg();
        kept &= !(u64::from(first & settles != 0) << i);
    }
    kept
}

/// The first eight bytes of `bytes` as a little-endian word, padded with
/// zeros past its end: one load for most texts, rather than a copy of a
/// length known only at run time (a call).
#[inline]
fn head_word(bytes: &[u8]) -> u64 {
    match word_at(bytes, 0) {
        Some(word) => word,
        None => bytes
            .iter()
            .enumerate()
            .fold(0, |word, (k, &b)| word | u64::from(b) << (8 * k)),
    }
}

/// Eight bytes with the high bit set: a mask of the non-ASCII bytes of a
/// word.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The eight bytes of `bytes` from `i`, as a little-endian word, if there
/// are eight.
#[inline]
fn word_at(bytes: &[u8], i: usize) -> Option<u64> {
    let chunk = bytes.get(i..i.checked_add(8)?)?;
    Some(u64::from_le_bytes(chunk.try_into().ok()?))
}

/// The bytes of `word` with the ASCII capitals among them lowercased,
/// the others (non-ASCII bytes too) left as they are.
#[inline]
fn lowercase_word(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // The high bit of each byte of the word without its high bits: from
    // `A` up, and past `Z` (no byte carries into the next).
    let low = word & !HIGH;
    let from_a = low + ONES * (0x80 - u64::from(b'A'));
    let past_z = low + ONES * (0x80 - u64::from(b'Z') - 1);
    word | (from_a & !past_z & !word & HIGH) >> 2
}

/// `a.eq_ignore_ascii_case(b)`, compared eight bytes at a time (or four):
/// a short slice, as catalogue entries are, in two words that may
/// overlap, rather than byte by byte.
#[inline]
fn eq_ignore_ascii_case_by_words(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let alike = |x: u64, y: u64| lowercase_word(x) == lowercase_word(y);
    let word = |s: &[u8], at: usize| {
        s.get(at..at + 8)
            .and_then(|w| w.try_into().ok())
            .map_or(0, u64::from_le_bytes)
    };
    let half = |s: &[u8], at: usize| {
        s.get(at..at + 4)
            .and_then(|w| w.try_into().ok())
            .map_or(0, |w| u64::from(u32::from_le_bytes(w)))
    };
    match n {
        0..4 => a.eq_ignore_ascii_case(b),
        4..8 => alike(half(a, 0), half(b, 0)) && alike(half(a, n - 4), half(b, n - 4)),
        _ => {
            let mut at = 0;
            while at + 8 < n {
                if !alike(word(a, at), word(b, at)) {
                    return false;
                }
                at += 8;
            }
            alike(word(a, n - 8), word(b, n - 8))
        }
    }
}

/// [`strip_prefix_folded`] for a catalogue `entry` (no white space at
/// either end, single spaces inside): compared byte for byte while text
/// and entry are ASCII or Latin-1 letters, and only a character this does
/// not know goes to the general fold.
#[inline]
fn strip_entry<'a>(s: &'a str, entry: &str) -> Option<&'a str> {
    // `strip_prefix_folded` trims the text first: nothing to trim when it
    // starts with printable ASCII or a Latin-1 letter.
    if s.as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii_graphic() || b == 0xc3)
    {
        if let Some(answer) = strip_simple_entry(s, entry) {
            return answer;
        }
    }
    strip_prefix_folded(s, entry)
}

/// What [`strip_prefix_folded`] answers for `s` (which starts with no
/// white space) and the catalogue `entry`, as long as [`fold_at`] knows
/// every character up to the end of the entry; `None` when one it does
/// not know comes first. Text spaces are skipped as the fold skips them: a
/// run of them stands for one space of the entry, or for none.
fn strip_simple_entry<'a>(s: &'a str, entry: &str) -> Option<Option<&'a str>> {
    let (text, want) = (s.as_bytes(), entry.as_bytes());
    // Most lines print an entry as the catalogue does, but for case: the
    // same bytes (the entry's spaces single, the text's then too) fold
    // alike.
    if text
        .get(..want.len())
        .is_some_and(|head| eq_ignore_ascii_case_by_words(head, want))
    {
        return Some(s.get(want.len()..));
    }
    let (mut i, mut j) = (0, 0);
    let mut after_space = false;
    while j < want.len() {
        // Eight ASCII bytes alike once lowercased, with the spaces (single
        // in the entry, so in the text too) at the same places, match one
        // for one.
        // Short of eight, the ASCII bytes alike before the first that is
        // not are passed over as well.
        if !after_space {
            if let (Some(t), Some(w)) = (word_at(text, i), word_at(want, j)) {
                // Non-ASCII bytes are flagged apart, their high bits
                // cleared for the lowercasing.
                let differ =
                    (lowercase_word(t & !HIGH) ^ lowercase_word(w & !HIGH)) | ((t | w) & HIGH);
                let alike = (differ.trailing_zeros() / 8) as usize;
                if alike > 0 {
                    i += alike;
                    j += alike;
                    after_space = text[i - 1] == b' ';
                    continue;
                }
            }
        }
        let (w, w_width) = fold_at(want, j)?;
        if i == text.len() {
            return Some(None);
        }
        let (t, t_width) = fold_at(text, i)?;
        i += t_width;
        if t == b' ' {
            if w == b' ' && !after_space {
                j += w_width;
            }
            after_space = true;
            continue;
        }
        after_space = false;
        if t != w {
            return Some(None);
        }
        j += w_width;
    }
    Some(Some(&s[i..]))
}

/// The first of the labels in `candidates` (a set of indices into
/// [`LABELS`]) that `text` starts with, and the value after it.
#[inline(never)]
fn labels_at_start(text: &str, candidates: u64) -> Option<LabelMatch<'_>> {
    let candidates = narrow(candidates, text, &LABEL_KEYS);
    for l in indices(candidates).map(|i| &LABELS[i]) {
        let Some(rest) = strip_entry(text, l.text) else {
            continue;
        };
        let found = label_before(l, rest);
        if found.is_some() {
            return found;
        }
    }
    None
}

/// The label `l` matched at the start of a line, with `rest` the text that
/// follows the match, when the match ends at a word boundary: the label,
/// its value stripped of the separator, and whether there was one (a colon
/// or a tab).
fn label_before<'a>(l: &'static Label, rest: &'a str) -> Option<LabelMatch<'a>> {
    if rest.chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let trimmed = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}', '*']);
    let (value, separated) = if let Some(v) = trimmed.strip_prefix(':') {
        (v, true)
    } else if let Some(v) = rest.strip_prefix('\t') {
        (v, true)
    } else {
        (trimmed, false)
    };
    let value = value.trim_matches(|c: char| c.is_whitespace() || c == '*');
    Some((l, value, separated))
}

/// A header line: a label with a colon or tab after it, or a label and a
/// value without separator on a short line (`Grade NATO Grade G20`,
/// `CLAUSE CONTRACTUELLE G`).
pub(crate) fn header_label<'a>(line: &Line<'a>) -> Option<(&'static Label, &'a str)> {
    let (l, value, separated) = line.label()?;
    (separated || line.text.len() <= 80).then_some((l, value))
}

/// Splits a header value that has another `Label: value` glued to its end
/// (`Full-timeApplication Deadline: 15-Dec-2024`), as copy and paste from
/// the web pages often produces.
pub(crate) fn split_glued(value: &str) -> (&str, Option<&str>) {
    // The glued label must have a colon after it: only the text before the
    // last colon can hold its start, and most values hold no colon at all.
    let Some(last_colon) = value.rfind(':') else {
        return (value, None);
    };
    // A tail starting before the last colon holds it.
    for (i, c) in value[..last_colon].char_indices().skip(1) {
        if !c.is_uppercase() {
            continue;
        }
        let tail = &value[i..];
        if let Some((_, _, true)) = match_label(tail) {
            return (value[..i].trim_end(), Some(tail));
        }
    }
    (value, None)
}

/// The kinds of numbered sections a notice has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SectionKind {
    Summary,
    Qualifications,
    Essential,
    Desirable,
    Accountabilities,
    Interrelationships,
    Competencies,
    KeyChallenges,
    Contract,
    Other,
    Description,
}

/// Section headings, folded prefixes, with their kind and language.
const HEADINGS: &[(&str, SectionKind, OfficialLanguage)] = {
    use OfficialLanguage::{English as E, French as F};
    use SectionKind::*;
    &[
        ("summary", Summary, E),
        ("post context", Summary, E),
        ("post summary", Summary, E),
        ("resume", Summary, F),
        ("contexte du poste", Summary, F),
        ("qualifications and experience", Qualifications, E),
        ("qualifications et experience", Qualifications, F),
        ("essential qualifications", Essential, E),
        ("essential", Essential, E),
        ("acquis essentiels", Essential, F),
        ("qualifications essentielles", Essential, F),
        ("desirable qualifications", Desirable, E),
        ("desirable", Desirable, E),
        ("acquis souhaitables", Desirable, F),
        ("qualifications souhaitables", Desirable, F),
        ("main accountabilities", Accountabilities, E),
        ("accountabilities", Accountabilities, E),
        ("principal duties", Accountabilities, E),
        ("main duties", Accountabilities, E),
        ("responsabilites principales", Accountabilities, F),
        ("responsabilites", Accountabilities, F),
        ("principales taches", Accountabilities, F),
        ("interrelationships", Interrelationships, E),
        ("structure et liaisons", Interrelationships, F),
        ("competencies", Competencies, E),
        ("competences", Competencies, F),
        ("key challenges", KeyChallenges, E),
        ("principaux defis", KeyChallenges, F),
        ("contract", Contract, E),
        ("contrat", Contract, F),
        (
            "useful information regarding application and recruitment process",
            Other,
            E,
        ),
        ("recruitment process", Other, E),
        ("additional information", Other, E),
        (
            "informations utiles concernant la procedure de candidature et de recrutement",
            Other,
            F,
        ),
        ("procedure de recrutement", Other, F),
        ("informations complementaires", Other, F),
        ("description", Description, E),
    ]
};

/// A recognised section heading.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Heading<'a> {
    pub kind: SectionKind,
    pub lang: Option<OfficialLanguage>,
    /// The heading as printed, without number or marks.
    pub text: &'a str,
    /// Text that followed the heading on the same line (`2. QUALIFICATIONS
    /// AND EXPERIENCE ESSENTIAL` carries a second heading).
    pub rest: &'a str,
}

/// Recognises a section heading: an optional number (`3.`, `3)`), then a
/// known heading, then nothing but punctuation or another heading.
#[inline]
pub(crate) fn match_heading(text: &str) -> Option<Heading<'_>> {
    let t = trim(text);
    // An unnumbered line is its own body (the trimming below only shortens
    // it at the end): its first two letters reject most prose.
    if t.is_empty() || t.len() > 120 {
        return None;
    }
    match two_letter_candidates(t, &HEADINGS_BY_LETTER, &HEADINGS_BY_PAIR) {
        Some(0) => None,
        // The first eight bytes reject most of the rest here, without a
        // call: `t` differs from the body [`match_trimmed_heading`] matches
        // only by the `*` and white space after it, and where the two
        // differ no entry matching the body reaches.
        Some(letters) => match narrow(letters, t, &HEADING_KEYS) {
            0 => None,
            letters => match_trimmed_heading(t, Some(letters)),
        },
        None => match_trimmed_heading(t, None),
    }
}

/// A heading's number (`3.`, `3)`, `3 `, one or two digits) stripped from
/// `t`, and whether there was one; the scanner and its oracle share it.
fn strip_section_number(t: &str) -> (bool, &str) {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits <= 2 {
        let after = &t[digits..];
        match after.strip_prefix(['.', ')']) {
            Some(b) => (true, b.trim_start()),
            None if after.starts_with(' ') => (true, after.trim_start()),
            None => (false, t),
        }
    } else {
        (false, t)
    }
}

/// [`match_heading`] for a line without white space at either end, not
/// rejected by its first letters; `letters` are the headings
/// [`two_letter_candidates`] and [`narrow`] left for it, if it starts with
/// a letter.
#[inline(never)]
fn match_trimmed_heading(t: &str, letters: Option<u64>) -> Option<Heading<'_>> {
    let (numbered, body) = strip_section_number(t);
    let body = match body.as_bytes() {
        [first, .., last] if graphic_ends(body) && *first != b'*' && *last != b'*' => body,
        _ => body.trim_matches(|c: char| c == '*' || c.is_whitespace()),
    };
    let candidates = match letters {
        // A line that starts with a letter has no number, and the trimming
        // only shortens it at its end: its first letters and bytes have
        // been looked at.
        Some(letters) => letters,
        // Past a number or `**`, the body most often starts with a letter
        // too: its first two letters settle most lines, as they do
        // unnumbered ones.
        None => match two_letter_candidates(body, &HEADINGS_BY_LETTER, &HEADINGS_BY_PAIR) {
            Some(0) => return None,
            Some(letters) => narrow(letters, body, &HEADING_KEYS),
            None => {
                let first = first_folded(body)?;
                if !may_start_with_entry(&HEADINGS_BY_TWO_LETTERS, body) {
                    return None;
                }
                narrow(
                    entries_starting_with(&HEADINGS_BY_LETTER, first),
                    body,
                    &HEADING_KEYS,
                )
            }
        },
    };
    if candidates == 0 || !may_end_a_heading_line(body) {
        return None;
    }
    for &(heading, kind, lang) in indices(candidates).map(|i| &HEADINGS[i]) {
        let Some(after) = strip_entry(body, heading) else {
            continue;
        };
        let found = heading_before(body, after, (kind, lang), numbered, |rest| {
            match_heading(rest).is_some()
        });
        if found.is_some() {
            return found;
        }
    }
    None
}

/// `false` when `body` (a heading line's body: number stripped, no white
/// space nor `*` at either end) ends with an ASCII byte no heading line
/// can end with. A heading line is headings (letters, white space, and
/// non-ASCII characters that fold to them), each but the first after `*`,
/// `:` and white space and perhaps a number (digits, `.`, `)`), and
/// nothing but `*`, `:` and white space after the last: it ends with a
/// letter, a non-ASCII byte or `:`. Prose and competency lines that pass
/// the first letters mostly end with a full stop, a comma or a semicolon,
/// and no catalogue entry is folded for them.
#[inline]
fn may_end_a_heading_line(body: &str) -> bool {
    body.as_bytes()
        .last()
        .is_none_or(|&b| HEADING_LINE_ENDS[usize::from(b)])
}

/// The bytes [`may_end_a_heading_line`] lets through: every non-ASCII
/// byte, ASCII letters and digits, white space, `*` and `:` (more than a
/// heading line can end with; only the letters, non-ASCII bytes and `:` are
/// needed).
const HEADING_LINE_ENDS: [bool; 256] = {
    let mut set = byte_set(b"*: \t\n\x0b\x0c\r");
    let mut b = 0;
    while b < 256 {
        if b >= 0x80 || (b as u8).is_ascii_alphanumeric() {
            set[b] = true;
        }
        b += 1;
    }
    set
};

/// The heading `kind` (in `lang`) matched at the start of `body`, with
/// `after` the text that follows the match, when the match stands: it ends
/// at a word boundary, and what follows is nothing but punctuation or
/// another heading (`is_heading`), so that prose starting "Essential..."
/// is not a heading; a description heading is never numbered.
fn heading_before<'a>(
    body: &'a str,
    after: &'a str,
    (kind, lang): (SectionKind, OfficialLanguage),
    numbered: bool,
    is_heading: fn(&str) -> bool,
) -> Option<Heading<'a>> {
    if after.chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let rest = after.trim_matches(|c: char| c == '*' || c == ':' || c.is_whitespace());
    if (!rest.is_empty() && !is_heading(rest)) || (kind == SectionKind::Description && numbered) {
        return None;
    }
    // The heading as printed ends where the text after it begins.
    let text = body[..body.len() - after.len()].trim_end_matches([':', ' ', '*']);
    Some(Heading {
        kind,
        lang: (kind != SectionKind::Description).then_some(lang),
        text,
        rest,
    })
}

/// The titles a post description opens with, in English and French.
const DESCRIPTION_TITLES: [&str; 2] = ["post description", "description de poste"];

/// [`prefix_keys`] of [`DESCRIPTION_TITLES`].
const DESCRIPTION_KEYS: [(u64, u64); 2] = prefix_keys(&DESCRIPTION_TITLES);

/// `true` when `text` is one of the [`DESCRIPTION_TITLES`] and nothing
/// else (folded): the title that tells a post description's layout.
#[inline]
pub(crate) fn is_description_title(text: &str) -> bool {
    // Either title has more letters than eight, each a byte at least:
    // shorter lines (most often empty ones) are settled at once, and the
    // others by their first eight bytes, when printable ASCII starts them.
    if text.len() < 8 {
        return false;
    }
    let candidates = narrow(0b11, text, &DESCRIPTION_KEYS);
    candidates != 0 && is_description_title_among(text, candidates)
}

/// [`is_description_title`] for the titles in `candidates` (indices into
/// [`DESCRIPTION_TITLES`]) that the first bytes left.
#[inline(never)]
fn is_description_title_among(text: &str, candidates: u64) -> bool {
    indices(candidates).any(|i| strip_entry(text, DESCRIPTION_TITLES[i]).is_some_and(str::is_empty))
}

/// The language a header label or heading of this line belongs to, if it
/// is one that only one language uses.
pub(crate) fn marker_language(line: &Line<'_>) -> Option<OfficialLanguage> {
    // An empty line, a good part of a notice, is no heading, label or
    // title.
    if line.text.is_empty() {
        return None;
    }
    if let Some(h) = &line.heading {
        return h.lang;
    }
    if let Some((l, _, separated)) = line.label() {
        if separated || (l.text.contains(' ') && line.text.len() <= 80) {
            return l.lang;
        }
    }
    // Both titles start with an ASCII letter that most lines do not, and
    // differ from most of the others in their first eight bytes.
    let first = line.text.as_bytes()[0];
    if first.is_ascii_graphic() && !matches!(first | 0x20, b'd' | b'p') {
        return None;
    }
    let candidates = narrow(0b11, line.text, &DESCRIPTION_KEYS);
    // A line starts with one of the titles at most.
    for (i, lang) in [
        (1, OfficialLanguage::French),
        (0, OfficialLanguage::English),
    ] {
        if candidates & 1 << i != 0 && strip_entry(line.text, DESCRIPTION_TITLES[i]).is_some() {
            return Some(lang);
        }
    }
    None
}

/// The line scanner as it was before its fast paths: the oracle the
/// property tests hold the fast paths to.
#[cfg(test)]
mod oracle {
    use super::{
        HEADINGS, HEADINGS_BY_LETTER, HEADINGS_BY_TWO_LETTERS, Heading, LABELS, LABELS_BY_LETTER,
        LABELS_BY_TWO_LETTERS, LabelMatch, Line, first_folded, strip_marks,
    };
    use crate::language::OfficialLanguage;
    use crate::text::{
        any_byte, entries_starting_with, indices, may_start_with_entry, strip_prefix_folded,
    };

    pub(super) fn lines(input: &str) -> impl Iterator<Item = Line<'_>> {
        input.split('\n').enumerate().map(|(i, raw)| {
            let raw = raw.strip_suffix('\r').unwrap_or(raw);
            let (text, bullet) = clean(raw);
            let tabbed = any_byte(raw.trim(), |b| b == b'\t');
            let opened = raw.trim_start();
            let marked = opened.starts_with('#') || opened.starts_with("**") || raw.contains("<b>");
            Line {
                number: i + 1,
                raw,
                text,
                bullet,
                tabbed,
                marked,
                inline_marks: raw.contains(['*', '_', '<']),
                heading: match_heading(text),
                label: super::LabelMemo::default(),
            }
        })
    }

    pub(super) fn clean(raw: &str) -> (&str, bool) {
        let s = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        // Most lines are empty or prose: a line that starts with a letter or
        // digit (and is not an `o<tab>` bullet) and does not end with `>` has
        // none of the marks below, so the loop would leave it as it is.
        if s.is_empty()
            || (s.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric)
                && !s.starts_with("o\t")
                && !s.ends_with('>'))
        {
            return (s, false);
        }
        strip_marks(s)
    }

    pub(super) fn strip_inline_marks(s: &str) -> std::borrow::Cow<'_, str> {
        // Prose has none of the marks' first bytes: one pass over the bytes
        // settles most lines before the searches for the marks themselves.
        let might_hold_marks = any_byte(s, |b| matches!(b, b'*' | b'<' | b'_'));
        if !might_hold_marks
            || (!s.contains("**") && !s.contains("<b>") && !s.contains("</b>") && !s.contains("__"))
        {
            return std::borrow::Cow::Borrowed(s);
        }
        // The marks are removed one kind after the other (removing one can
        // join the halves of another), each in place in one buffer.
        let mut out = String::with_capacity(s.len());
        out.push_str(s);
        let mut kept = String::with_capacity(s.len());
        for mark in ["**", "<b>", "</b>", "__"] {
            if out.contains(mark) {
                kept.clear();
                let mut rest = out.as_str();
                while let Some(i) = rest.find(mark) {
                    kept.push_str(&rest[..i]);
                    rest = &rest[i + mark.len()..];
                }
                kept.push_str(rest);
                core::mem::swap(&mut out, &mut kept);
            }
        }
        let end = out.trim_end().len();
        out.truncate(end);
        let start = out.len() - out.trim_start().len();
        out.drain(..start);
        std::borrow::Cow::Owned(out)
    }

    pub(super) fn match_label(text: &str) -> Option<LabelMatch<'_>> {
        let text = text.trim_start_matches(['*', '_']);
        // Prose lines start with any letter: reject those no label starts with
        // before trying the labels one by one.
        let first = first_folded(text)?;
        if !may_start_with_entry(&LABELS_BY_TWO_LETTERS, text.trim_start()) {
            return None;
        }
        for l in indices(entries_starting_with(&LABELS_BY_LETTER, first)).map(|i| &LABELS[i]) {
            let Some(rest) = strip_prefix_folded(text, l.text) else {
                continue;
            };
            let found = super::label_before(l, rest);
            if found.is_some() {
                return found;
            }
        }
        None
    }

    pub(super) fn split_glued(value: &str) -> (&str, Option<&str>) {
        for (i, c) in value.char_indices().skip(1) {
            if !c.is_uppercase() {
                continue;
            }
            let tail = &value[i..];
            if let Some((_, _, true)) = match_label(tail) {
                if tail.contains(':') {
                    return (value[..i].trim_end(), Some(tail));
                }
            }
        }
        (value, None)
    }

    pub(super) fn match_heading(text: &str) -> Option<Heading<'_>> {
        let t = text.trim();
        if t.len() > 120 {
            return None;
        }
        let (numbered, body) = super::strip_section_number(t);
        let body = body.trim_matches(|c: char| c == '*' || c.is_whitespace());
        let first = first_folded(body)?;
        if !may_start_with_entry(&HEADINGS_BY_TWO_LETTERS, body) {
            return None;
        }
        for &(heading, kind, lang) in
            indices(entries_starting_with(&HEADINGS_BY_LETTER, first)).map(|i| &HEADINGS[i])
        {
            let Some(after) = strip_prefix_folded(body, heading) else {
                continue;
            };
            let found = super::heading_before(body, after, (kind, lang), numbered, |rest| {
                match_heading(rest).is_some()
            });
            if found.is_some() {
                return found;
            }
        }
        None
    }

    pub(super) fn marker_language(line: &Line<'_>) -> Option<OfficialLanguage> {
        if let Some(h) = &line.heading {
            return h.lang;
        }
        if let Some((l, _, separated)) = match_label(line.text) {
            if separated || (l.text.contains(' ') && line.text.len() <= 80) {
                return l.lang;
            }
        }
        let folded_starts = |p: &str| strip_prefix_folded(line.text, p).is_some();
        if folded_starts("description de poste") {
            return Some(OfficialLanguage::French);
        }
        if folded_starts("post description") {
            return Some(OfficialLanguage::English);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chain of replacements `strip_inline_marks` does in one buffer.
    fn reference_strip(s: &str) -> String {
        if !s.contains("**") && !s.contains("<b>") && !s.contains("</b>") && !s.contains("__") {
            return s.to_owned();
        }
        s.replace("**", "")
            .replace("<b>", "")
            .replace("</b>", "")
            .replace("__", "")
            .trim()
            .to_owned()
    }

    #[test]
    fn strips_inline_marks_one_kind_after_the_other() {
        assert_eq!(strip_inline_marks("**Vision:** Develop"), "Vision: Develop");
        assert_eq!(strip_inline_marks(" <b>a</b> __b__ "), "a b");
        // Removing `<b>` joins the two stars, which the `**` pass has
        // already been over.
        assert_eq!(strip_inline_marks("*<b>*x"), "**x");
        // Removing `**` joins `_` to `_`, and `<` to `b>`: the second
        // kind's pass takes out what the join made.
        assert_eq!(strip_inline_marks("a_**_b"), "ab");
        assert_eq!(strip_inline_marks("a<**b>b"), "ab");
        assert_eq!(strip_inline_marks("__<b>_"), "_");
        assert!(matches!(
            strip_inline_marks("plain text"),
            std::borrow::Cow::Borrowed("plain text")
        ));
    }

    #[test]
    fn cleans_prose_lines_untouched_and_strips_marks() {
        assert_eq!(clean("  The incumbent  "), ("The incumbent", false));
        assert_eq!(clean("o\tBullet"), ("Bullet", true));
        assert_eq!(clean("Bold</b>"), ("Bold", false));
        assert_eq!(
            clean("- **2. QUALIFICATIONS**"),
            ("2. QUALIFICATIONS", true)
        );
    }

    /// Pieces a notice line is made of: marks, bullets, numbers,
    /// separators and white space of every kind.
    const PIECES: &[&str] = &[
        "",
        " ",
        "  ",
        "\t",
        "\u{a0}",
        "\u{202f}",
        "\u{feff}",
        "\u{3000}",
        "# ",
        "## ",
        "#",
        "**",
        "*",
        "__",
        "_",
        "<b>",
        "</b>",
        "<strong>",
        "</strong>",
        "> ",
        ">",
        "- ",
        "-",
        "-\t",
        "* ",
        "\u{2022}",
        "\u{2022} ",
        "\u{2013} ",
        "\u{25aa}",
        "\u{f0b7}",
        "\u{b7} ",
        "o\t",
        "o",
        "3. ",
        "3) ",
        "3.",
        "12 ",
        "123 ",
        "1",
        ":",
        " :",
        ": ",
        "\u{a0}:",
        "\t",
        ".",
        ";",
        "(",
        ")",
        "'",
        "\u{2019}",
        "\r",
        "\u{c9}",
        "\u{e9}",
        "\u{b0}",
        "N\u{b0}",
        "é",
    ];

    /// A catalogue entry (a label, a heading or a description phrase),
    /// written as notices write it: any case, accents, and white space of
    /// any kind in place of its spaces, sometimes cut short.
    fn entry() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let entries: Vec<&'static str> = LABEL_TEXTS
            .iter()
            .chain(HEADING_TEXTS.iter())
            .copied()
            .chain([
                "description de poste",
                "post description",
                "Salary (Pay Basis)",
            ])
            .collect();
        (
            proptest::sample::select(entries),
            any::<u64>(),
            any::<u64>(),
            0..9u8,
        )
            .prop_map(|(entry, case, accents, mode)| {
                // Each mode changes one thing (so that, say, an accent
                // folded away is not hidden behind a space made non-ASCII);
                // the last two change all at once.
                let (fold, accent, space, split, cut) = match mode {
                    0 | 1 => (0, 0, 0, 0, false),
                    2 => (u64::MAX, 0, 0, 0, false),
                    3 => (accents, 0, 0, 0, false),
                    4 => (0, accents, 0, 0, false),
                    5 => (0, 0, accents, 0, false),
                    6 => (u64::MAX, 0, 0, 0, true),
                    // A space inside a word, most often after its first
                    // letter.
                    7 => (0, 0, 0, accents & accents >> 1 & accents >> 2 | 1, false),
                    _ => (
                        accents,
                        accents.rotate_left(7),
                        accents.rotate_left(13),
                        0,
                        true,
                    ),
                };
                let mut out = String::new();
                for (i, c) in entry.chars().enumerate() {
                    let bit = |bits: u64| bits >> (i % 64) & 1 == 1;
                    let c = if !c.is_ascii() && bit(fold) {
                        fold_char(c)
                    } else {
                        c
                    };
                    let c = if bit(case) {
                        c.to_uppercase().next().unwrap_or(c)
                    } else {
                        c.to_lowercase().next().unwrap_or(c)
                    };
                    match c {
                        'e' | 'E' if bit(accent) => {
                            out.push(if bit(case) { '\u{c9}' } else { '\u{e9}' })
                        }
                        ' ' if bit(space) => {
                            out.push_str(["\u{a0}", "  ", "\t", "\u{202f}", "", " \t"][i % 6])
                        }
                        _ => out.push(c),
                    }
                    if bit(split) {
                        out.push_str([" ", "\u{a0}", "  ", "\u{202f}"][i % 4]);
                    }
                }
                if cut {
                    let keep = out
                        .char_indices()
                        .nth(out.chars().count() * 2 / 3)
                        .map_or(0, |(i, _)| i);
                    out.truncate(keep);
                }
                out
            })
    }

    /// A notice-like line: pieces, catalogue entries and prose in any
    /// order.
    fn line_like() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            3 => proptest::sample::select(PIECES).prop_map(str::to_owned),
            3 => entry(),
            2 => "[a-zA-Z0-9 .,:;()*_<>/#\t\u{a0}\u{e9}\u{c9}-]{0,12}",
            1 => "[A-Za-z][a-z]{0,10}( [a-z]{1,8}){0,20}",
        ];
        proptest::collection::vec(piece, 0..7).prop_map(|pieces| pieces.concat())
    }

    /// What `f` returns, printed, or `"panic"`: neither the scanner nor its
    /// oracle may panic (both once sliced a heading's text at a length that
    /// counted the punctuation trimmed after it, inside a character), and a
    /// panic shows as a difference rather than stopping the comparison.
    fn outcome<T: std::fmt::Debug>(f: impl FnOnce() -> T + std::panic::UnwindSafe) -> String {
        std::panic::catch_unwind(f).map_or_else(|_| "panic".to_owned(), |v| format!("{v:?}"))
    }

    #[test]
    fn a_heading_text_ends_where_the_text_after_it_begins() {
        let heading = match_heading("Summary Key challenges :").expect("two headings");
        assert_eq!((heading.text, heading.rest), ("Summary", "Key challenges"));
        // Punctuation after the second heading once cut the first one's
        // text inside the `é`, and the parse panicked.
        let line = "RESPONSABILITES  K\u{e9}Y CHALLENGES ADDITIONAL INFORMATION\t:";
        assert_eq!(match_heading(line).map(|h| h.text), Some("RESPONSABILITES"));
        assert!(crate::parse_notice(&format!("Title: X\n{line}\n")).is_err());
    }

    /// Checks every function of the scanner against its oracle on the
    /// lines of `input`.
    fn agree_with_the_oracle(input: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        let fast = outcome(|| lines(input).collect::<Vec<_>>());
        proptest::prop_assert_eq!(&fast, &outcome(|| oracle::lines(input).collect::<Vec<_>>()));
        proptest::prop_assert_ne!(fast.as_str(), "panic");
        for line in lines(input) {
            proptest::prop_assert_eq!(marker_language(&line), oracle::marker_language(&line));
            for text in [line.text, line.raw, line.raw.trim()] {
                proptest::prop_assert_eq!(
                    outcome(|| match_label(text)),
                    outcome(|| oracle::match_label(text))
                );
                proptest::prop_assert_eq!(
                    outcome(|| match_heading(text)),
                    outcome(|| oracle::match_heading(text))
                );
                proptest::prop_assert_eq!(
                    outcome(|| split_glued(text)),
                    outcome(|| oracle::split_glued(text))
                );
                proptest::prop_assert_eq!(
                    strip_inline_marks(text),
                    oracle::strip_inline_marks(text)
                );
                proptest::prop_assert_eq!(clean(text), oracle::clean(text));
            }
            if let Some((_, value, _)) = line.label() {
                proptest::prop_assert_eq!(
                    outcome(|| split_glued(value)),
                    outcome(|| oracle::split_glued(value))
                );
            }
            if let Some(h) = line.heading {
                proptest::prop_assert_eq!(
                    outcome(|| match_heading(h.rest)),
                    outcome(|| oracle::match_heading(h.rest))
                );
            }
        }
        Ok(())
    }

    #[test]
    fn the_scanner_agrees_with_the_oracle_on_lines_that_caught_bugs() {
        for input in [
            "o\t# ",
            "niveau de l'habilitation de securite: NS",
            "Intitule: Officer",
            "xIntitule: Officer",
            "p rimary location: Mons",
            "R\u{e9}sum\u{e9}",
            "3. RESPONSABILIT\u{c9}S PRINCIPALES",
            "Summary Key challenges :",
            "RESPONSABILITES  K\u{e9}Y CHALLENGES ADDITIONAL INFORMATION\t:",
        ] {
            agree_with_the_oracle(input).expect("the oracle's answers");
        }
    }

    #[test]
    fn the_scanner_agrees_with_the_oracle_on_the_fixtures() {
        for entry in std::fs::read_dir("tests/fixtures").expect("the fixtures") {
            let path = entry.expect("a fixture").path();
            if let Ok(text) = std::fs::read_to_string(&path) {
                agree_with_the_oracle(&text).expect("the oracle's answers");
            }
        }
    }

    #[test]
    fn catalogue_entries_have_single_inner_spaces() {
        for text in LABEL_TEXTS.iter().chain(HEADING_TEXTS.iter()) {
            assert_eq!(text.trim(), *text);
            assert!(
                !text.contains("  ") && !text.contains(char::is_control),
                "{text:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn the_scanner_agrees_with_the_oracle(
            lines in proptest::collection::vec(line_like(), 1..5),
            crlf in proptest::bool::ANY,
        ) {
            agree_with_the_oracle(&lines.join(if crlf { "\r\n" } else { "\n" }))?;
        }

        #[test]
        fn heading_lines_are_matched_as_the_oracle_matches_them(
            number in proptest::sample::select(vec!["", "2. ", "3)", "12 ", "1.", "**"]),
            headings in proptest::collection::vec(
                (
                    proptest::sample::select(HEADING_TEXTS.to_vec()),
                    proptest::sample::select(vec![
                        "", " ", " : ", ":", "**", " 2. ", "4)", "\t", ".", ",", "'", "-", " x",
                        "\u{e9}", " (x)", "e", ";", "\u{a0}",
                    ]),
                    proptest::bool::ANY,
                ),
                1..4,
            ),
        ) {
            let mut line = number.to_owned();
            for (heading, after, upper) in headings {
                let heading = if upper { heading.to_uppercase() } else { heading.to_owned() };
                line.push_str(&heading.replace('e', "\u{e9}"));
                line.push_str(after);
            }
            for text in [line.as_str(), line.trim_end_matches(['.', ',', '\'', ';'])] {
                proptest::prop_assert_eq!(
                    outcome(|| match_heading(text)),
                    outcome(|| oracle::match_heading(text))
                );
                let plain = text.replace('\u{e9}', "e");
                proptest::prop_assert_eq!(
                    outcome(|| match_heading(&plain)),
                    outcome(|| oracle::match_heading(&plain))
                );
            }
        }

        #[test]
        fn glued_values_split_as_the_oracle_splits_them(
            head in line_like(),
            glued in entry(),
            tail in line_like(),
        ) {
            for value in [format!("{head}{glued}: {tail}"), format!("{head}{glued}\t{tail}:")] {
                proptest::prop_assert_eq!(
                    outcome(|| split_glued(&value)),
                    outcome(|| oracle::split_glued(&value))
                );
                agree_with_the_oracle(&value)?;
            }
        }
        #[test]
        fn bold_leads_are_left_as_the_marks_loop_leaves_them(
            open in proptest::sample::select(vec!["**", "- **", "- ** ", "**- ", "***", "** ", "**#"]),
            body in "[a-zA-Z :*<>#-]{0,12}",
            close in proptest::sample::select(vec!["", "**", ">", "*", "</b>", " x", ":"]),
        ) {
            let line = format!("{open}{body}{close}");
            let line = line.trim();
            proptest::prop_assert_eq!(clean_marks(line), strip_marks(line));
        }

        #[test]
        fn entries_strip_as_the_fold_strips_them(
            head in entry(),
            tail in line_like(),
        ) {
            let text = format!("{head}{tail}");
            for entry in LABEL_TEXTS.iter().chain(&HEADING_TEXTS).chain(&DESCRIPTION_TITLES) {
                for text in [text.as_str(), text.trim()] {
                    proptest::prop_assert_eq!(
                        strip_entry(text, entry),
                        strip_prefix_folded(text, entry),
                        "{}",
                        entry
                    );
                }
            }
        }

        #[test]
        fn narrowing_drops_only_entries_the_fold_rejects(
            head in proptest::sample::select(vec!["", "x", "Po", "post ", "p ", "Salary ("]),
            text in line_like(),
        ) {
            let text = format!("{head}{text}");
            let sets: [(&[&str], u64); 3] = [
                (&LABEL_TEXTS, narrow(u64::MAX >> (64 - LABELS.len()), &text, &LABEL_KEYS)),
                (&HEADING_TEXTS, narrow(u64::MAX >> (64 - HEADINGS.len()), &text, &HEADING_KEYS)),
                (&DESCRIPTION_TITLES, narrow(0b11, &text, &DESCRIPTION_KEYS)),
            ];
            for (entries, kept) in sets {
                for (i, entry) in entries.iter().enumerate() {
                    if kept & 1 << i == 0 {
                        proptest::prop_assert_eq!(strip_prefix_folded(&text, entry), None, "{}", entry);
                    }
                }
            }
        }

        #[test]
        fn headings_and_bold_lines_are_cleaned_as_the_marks_loop_cleans_them(
            open in proptest::sample::select(vec![
                "", "#", "# ", "## ", "###  ", "# # ", "#\t", "## **", "**", "# ** ", "#**",
                "\u{feff}**", "## ** ", "#>", "## - ", "** ", "***",
            ]),
            body in "[a-zA-Z0-9 .:*<>#_\t\u{feff}\u{a0}-]{0,12}",
            close in proptest::sample::select(vec![
                "", "**", "** ", " **", ">", "*", "</b>", " x", ":", "\u{feff}", "\u{a0}**",
            ]),
        ) {
            let line = format!("{open}{body}{close}");
            let trimmed = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
            proptest::prop_assert_eq!(clean_marks(&line), strip_marks(trimmed));
            if let Some(text) = heading_or_bold_text(trimmed) {
                proptest::prop_assert_eq!((text, false), strip_marks(trimmed));
            }
        }

        #[test]
        fn description_titles_agree_with_the_folded_comparison(
            text in line_like(),
            head in "[ \t\u{a0}]{0,2}",
        ) {
            let text = format!("{head}{text}");
            let slow = |t: &str| {
                strip_prefix_folded(t, "post description").is_some_and(str::is_empty)
                    || strip_prefix_folded(t, "description de poste").is_some_and(str::is_empty)
            };
            proptest::prop_assert_eq!(is_description_title(&text), slow(&text));
            proptest::prop_assert_eq!(is_description_title(text.trim()), slow(text.trim()));
        }

        #[test]
        fn lines_split_where_the_line_breaks_are(
            input in "[a\t\r\n\u{1f} \u{e9}*<_#b>]{0,100}",
        ) {
            let fast: Vec<_> = lines(&input).map(|l| (l.number, l.raw, l.tabbed, l.marked, l.inline_marks)).collect();
            let slow: Vec<_> = oracle::lines(&input).map(|l| (l.number, l.raw, l.tabbed, l.marked, l.inline_marks)).collect();
            proptest::prop_assert_eq!(fast, slow);
        }

        #[test]
        fn words_compare_as_bytes_compare_ignoring_ascii_case(
            a in proptest::collection::vec(
                proptest::sample::select(b"aAzZ@[`{ \t\x80\xc1\xe1\xc3\xa9\xff\x00eE".to_vec()),
                0..24,
            ),
            flips in proptest::collection::vec(0..4u8, 24),
        ) {
            // `b` is `a` with some bytes' case bit flipped, and some of its
            // non-ASCII bytes changed.
            let b: Vec<u8> = a
                .iter()
                .zip(&flips)
                .map(|(&x, &f)| match f {
                    0 => x ^ 0x20,
                    1 if x > 0x7f => x ^ 0x01,
                    _ => x,
                })
                .collect();
            proptest::prop_assert_eq!(eq_ignore_ascii_case_by_words(&a, &b), a.eq_ignore_ascii_case(&b));
            proptest::prop_assert!(eq_ignore_ascii_case_by_words(&a, &a));
            let shorter = &b[..b.len().saturating_sub(1)];
            proptest::prop_assert_eq!(eq_ignore_ascii_case_by_words(&a, shorter), a.eq_ignore_ascii_case(shorter));
            for (k, &x) in a.iter().enumerate() {
                proptest::prop_assert_eq!(
                    lowercase_word(u64::from(x) << (8 * (k % 8))),
                    u64::from(x.to_ascii_lowercase()) << (8 * (k % 8))
                );
            }
        }

        #[test]
        fn a_head_word_holds_the_first_bytes_padded_with_zeros(
            bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..12),
        ) {
            let mut padded = [0u8; 8];
            let n = bytes.len().min(8);
            padded[..n].copy_from_slice(&bytes[..n]);
            proptest::prop_assert_eq!(head_word(&bytes), u64::from_le_bytes(padded));
        }

        #[test]
        fn stops_are_found_where_a_byte_by_byte_search_finds_them(
            input in proptest::prop_oneof![
                "[a\t\r\n\u{1f} \u{e9}*<_#b>]{0,100}",
                // Prose: whole chunks without a stop, and stops anywhere in
                // the chunk that holds one.
                "([a-z \u{e9}]{0,45}[\t\n*<_\u{1f}]?){0,6}",
            ],
            from in 0..301usize,
        ) {
            let bytes = input.as_bytes();
            let from = from.min(bytes.len());
            let by_bytes = |marks: bool| {
                bytes[from..]
                    .iter()
                    .position(|&b| b < 0x20 || b == b'<' || (marks && (b == b'*' || b == b'_')))
                    .map_or(bytes.len(), |p| from + p)
            };
            proptest::prop_assert_eq!(next_stop::<true>(bytes, from), by_bytes(true));
            proptest::prop_assert_eq!(next_stop::<false>(bytes, from), by_bytes(false));
        }

        #[test]
        fn inline_marks_agree_with_the_reference(
            s in proptest::string::string_regex("[*_<>/b a\u{e9}]{0,80}").expect("a valid pattern")
        ) {
            let (stripped, reference) = (strip_inline_marks(&s), reference_strip(&s));
            proptest::prop_assert_eq!(stripped.as_ref(), reference.as_str());
        }

        #[test]
        fn one_pass_strips_marks_as_kind_after_kind(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "**", "*", "__", "_", "<b>", "</b>", "<", "/", "b", ">", "b>", "/b>",
                    "</", "<b", " ", "\t", "a", "\u{e9}", "x y",
                ]),
                0..16,
            )
        ) {
            let line = pieces.concat();
            proptest::prop_assert_eq!(strip_inline_marks(&line), strip_kind_by_kind(&line));
            proptest::prop_assert_eq!(strip_inline_marks(&line), oracle::strip_inline_marks(&line));
        }

        #[test]
        fn clean_fast_path_agrees_with_the_marks_loop(
            s in proptest::string::string_regex("[oa1 \t*#>\\-<b/]{0,10}").expect("a valid pattern")
        ) {
            for line in [s.clone(), format!("x{s}"), format!("o{s}")] {
                let trimmed = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
                proptest::prop_assert_eq!(clean(&line), strip_marks(trimmed));
            }
        }
    }
}
