//! The contract readers as they were before the single-pass tokenizer and
//! the keyword table: kept, for the tests only, as the oracle the current
//! readers are compared with.

#![allow(dead_code)]

// The cue word lists are the current readers' own: the oracle reads the
// same words, only differently.
// So are the helpers and the settling of a draft that the current readers
// kept unchanged: the oracle differs only in how it reads the text.
use super::{
    CLAUSE_WORD_LIST, CONVERSION_CUES, ContractClause, ContractTerms, ConversionWindow, Draft,
    EXTENSION_CUES, FOLLOWED_CUES, Failure, INITIAL_CUES, MAX_CUES, NOTICE_CUES, NUMBER_WORDS,
    ONE_YEAR, ParseContractError, RENEWAL_CUES, Renewal, Role, SECONDED_WORDS, SENTENCE_WORD_PARTS,
    TermLength, concat_words, digits_value, is, is_any, is_letter, settle, settle_draft,
    trim_value, word_count,
};
use crate::text::fold_char;

// The tests-only entry points.

/// The old `ContractTerms::from_text`.
pub(super) fn terms_from_text(text: &str) -> Result<ContractTerms, ParseContractError> {
    let (others, seconded) = read_drafts(text, true);
    match settle_draft(others) {
        Err(Failure::NoTerms) => settle_draft(seconded),
        other => other,
    }
    .map_err(|failure| failure.into_error(text))
}

/// The old `ContractTerms::seconded_from_text`.
pub(super) fn seconded_from_text(text: &str) -> Result<ContractTerms, ParseContractError> {
    settle_draft(read_drafts(text, false).1).map_err(|failure| failure.into_error(text))
}

/// One token of a text: a run of letters, a run of ASCII digits, or any other
/// single non-space character (folded, so typographic dashes and apostrophes
/// arrive as `-` and `'`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tok<'a> {
    Word(&'a str),
    Num(&'a str),
    Punct(char),
}

/// Splits a text into [`Tok`]s; white space separates tokens and is dropped.
#[derive(Debug, Clone)]
pub(super) struct Tokens<'a> {
    rest: &'a str,
}

impl<'a> Tokens<'a> {
    pub(super) fn new(s: &'a str) -> Self {
        Self { rest: s }
    }

    /// Consumes the next token when it is the punctuation `p`.
    fn eat_punct(&mut self, p: char) -> bool {
        let mut look = self.clone();
        if look.next() == Some(Tok::Punct(p)) {
            *self = look;
            true
        } else {
            false
        }
    }

    /// Consumes the next token when it is a word among `words`.
    fn eat_word(&mut self, words: &[&str]) -> bool {
        let mut look = self.clone();
        match look.next() {
            Some(Tok::Word(w)) if is_any(w, words) => {
                *self = look;
                true
            }
            _ => false,
        }
    }

    /// Consumes the words of `phrase` (dashes and apostrophes ignored on both
    /// sides) when the text continues with them.
    fn eat_phrase(&mut self, phrase: &str) -> bool {
        let mut look = self.clone();
        for want in Tokens::new(phrase).filter(is_significant) {
            match (look.next_significant(), want) {
                (Some(Tok::Word(a)), Tok::Word(b)) if is(a, b) => {}
                (Some(got), want) if got == want => {}
                _ => return false,
            }
        }
        *self = look;
        true
    }

    /// The next token that is not a dash or an apostrophe.
    fn next_significant(&mut self) -> Option<Tok<'a>> {
        self.find(is_significant)
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Tok<'a>;

    fn next(&mut self) -> Option<Tok<'a>> {
        // ASCII white space (as `char::is_whitespace` has it) is skipped
        // byte by byte; other white space through `trim_start`.
        let skipped = self
            .rest
            .bytes()
            .position(|b| !matches!(b, b'\t'..=b'\r' | b' '))
            .unwrap_or(self.rest.len());
        let mut s = &self.rest[skipped..];
        let &first_byte = s.as_bytes().first()?;
        if !first_byte.is_ascii() {
            s = s.trim_start();
        }
        let (tok, rest);
        match s.as_bytes().first()? {
            b if b.is_ascii_digit() => {
                let end = s
                    .bytes()
                    .position(|b| !b.is_ascii_digit())
                    .unwrap_or(s.len());
                let (token, tail) = s.split_at(end);
                (tok, rest) = (Tok::Num(token), tail);
            }
            b if b.is_ascii() && !b.is_ascii_alphabetic() => {
                (tok, rest) = (Tok::Punct(char::from(b.to_ascii_lowercase())), &s[1..]);
            }
            _ => {
                let first = s.chars().next()?;
                if is_letter(first) {
                    // ASCII letters byte by byte, then by character from
                    // the first non-ASCII one.
                    let ascii_end = s
                        .bytes()
                        .position(|b| !b.is_ascii_alphabetic())
                        .unwrap_or(s.len());
                    let end = if s.as_bytes().get(ascii_end).is_some_and(|b| !b.is_ascii()) {
                        s[ascii_end..]
                            .char_indices()
                            .find(|&(_, c)| !is_letter(c))
                            .map_or(s.len(), |(i, _)| ascii_end + i)
                    } else {
                        ascii_end
                    };
                    let (token, tail) = s.split_at(end);
                    (tok, rest) = (Tok::Word(token), tail);
                } else {
                    (tok, rest) = (Tok::Punct(fold_char(first)), &s[first.len_utf8()..]);
                }
            }
        }
        self.rest = rest;
        Some(tok)
    }
}

fn is_significant(t: &Tok<'_>) -> bool {
    !matches!(t, Tok::Punct('-' | '\''))
}

/// `true` when `s` and `phrase` have the same words: case, accents, white
/// space, dashes and apostrophes do not count.
fn phrase_eq(s: &str, phrase: &str) -> bool {
    let mut t = Tokens::new(s);
    t.eat_phrase(phrase) && t.next_significant().is_none()
}

/// Keywords (at most 128, ASCII lowercase, each starting with a letter)
/// whose use in a text is found in one pass: each word of the text is
/// compared only with the keywords that start with its folded first
/// letter, and questions about the text are then bit masks, built at
/// compile time with [`Vocabulary::mask`].
pub(super) struct Vocabulary {
    words: &'static [&'static str],
    by_first_letter: [u128; 26],
    /// The keywords by first letter and length (the last slot holds every
    /// length from [`Vocabulary::LONG`] up): an ASCII word, which folds
    /// byte for byte, is compared only with the keywords of its length.
    by_letter_and_length: [[u128; Self::LONG + 1]; 26],
}

impl Vocabulary {
    /// The length from which keywords share one slot of
    /// `by_letter_and_length`.
    const LONG: usize = 15;

    const fn new(words: &'static [&'static str]) -> Self {
        assert!(words.len() <= 128, "at most 128 keywords");
        let mut by_first_letter = [0u128; 26];
        let mut by_letter_and_length = [[0u128; Self::LONG + 1]; 26];
        let mut i = 0;
        while i < words.len() {
            let bytes = words[i].as_bytes();
            let first = bytes[0];
            assert!(first.is_ascii_lowercase(), "keywords start with a letter");
            let mut j = 0;
            while j < bytes.len() {
                assert!(
                    bytes[j].is_ascii() && !bytes[j].is_ascii_uppercase(),
                    "keywords are ASCII lowercase"
                );
                j += 1;
            }
            let letter = (first - b'a') as usize;
            by_first_letter[letter] |= 1 << i;
            let length = if bytes.len() < Self::LONG {
                bytes.len()
            } else {
                Self::LONG
            };
            by_letter_and_length[letter][length] |= 1 << i;
            i += 1;
        }
        Self {
            words,
            by_first_letter,
            by_letter_and_length,
        }
    }

    /// The bits of the keywords `group`; every one must be in the
    /// vocabulary (a compile-time error in a constant).
    const fn mask(&self, group: &[&str]) -> u128 {
        super::word_mask(self.words, group)
    }

    /// The bits of the keywords `word` is (see [`is`]).
    pub(super) fn of_word(&self, word: &str) -> u128 {
        let bytes = word.as_bytes();
        if bytes.is_ascii() {
            // ASCII folds byte for byte: only the keywords of the word's
            // first letter and length can be it.
            let Some(first) = bytes.first().map(u8::to_ascii_lowercase) else {
                return 0;
            };
            if !first.is_ascii_lowercase() {
                return 0;
            }
            let mut candidates =
                self.by_letter_and_length[usize::from(first - b'a')][bytes.len().min(Self::LONG)];
            let mut found = 0;
            while candidates != 0 {
                let i = candidates.trailing_zeros();
                candidates &= candidates - 1;
                // Keywords are ASCII lowercase: ignoring the word's case is
                // folding it.
                if self.words[i as usize]
                    .as_bytes()
                    .eq_ignore_ascii_case(bytes)
                {
                    found |= 1 << i;
                }
            }
            return found;
        }
        let Some(first) = word.chars().next().map(fold_char) else {
            return 0;
        };
        if !first.is_ascii_lowercase() {
            return 0;
        }
        let mut candidates = self.by_first_letter[usize::from(first as u8 - b'a')];
        let mut found = 0;
        while candidates != 0 {
            let i = candidates.trailing_zeros();
            candidates &= candidates - 1;
            if is(word, self.words[i as usize]) {
                found |= 1 << i;
            }
        }
        found
    }

    /// The bits of every keyword a word of `text` is.
    fn of_text(&self, text: &str) -> u128 {
        Tokens::new(text)
            .filter_map(|t| match t {
                Tok::Word(w) => Some(self.of_word(w)),
                _ => None,
            })
            .fold(0, |set, bits| set | bits)
    }
}

/// Sentences of a prose text: cut after a full stop followed by white space
/// (not at line breaks, which PDF exports put in mid-sentence).
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    core::iter::from_fn(move || {
        if rest.trim().is_empty() {
            return None;
        }
        let mut chars = rest.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c == '.' && chars.peek().is_none_or(|&(_, n)| n.is_whitespace()) {
                let (sentence, tail) = rest.split_at(i + 1);
                rest = tail;
                return Some(sentence);
            }
        }
        Some(core::mem::take(&mut rest))
    })
}

// ---------------------------------------------------------------------------
// Numbers written in digits or in English or French words.
// ---------------------------------------------------------------------------

/// The words of [`NUMBER_WORDS`], in order.
const NUMBER_WORD_TEXTS: [&str; NUMBER_WORDS.len()] = {
    let mut words = [""; NUMBER_WORDS.len()];
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        words[i] = NUMBER_WORDS[i].0;
        i += 1;
    }
    words
};

/// [`NUMBER_WORDS`], looked up as a [`Vocabulary`].
static NUMBER_VOCABULARY: Vocabulary = Vocabulary::new(&NUMBER_WORD_TEXTS);

/// The value of a number word of [`NUMBER_WORDS`] (folded), and whether its
/// compounds are French ones.
pub(super) fn number_word(word: &str) -> Option<(u32, bool)> {
    // Every token of a contract paragraph is tried as a number: one look-up
    // by first letter (and, for ASCII, length). The words are distinct, so
    // at most one is found.
    let found = NUMBER_VOCABULARY.of_word(word);
    let (_, value, french) = NUMBER_WORDS.get(found.trailing_zeros() as usize)?;
    Some((*value, *french))
}

/// One number word below twenty, French `dix-sept`..`dix-neuf` included.
fn below_twenty(t: &mut Tokens<'_>) -> Option<u32> {
    let mut look = t.clone();
    let Some(Tok::Word(w)) = look.next() else {
        return None;
    };
    let (value, french) = number_word(w)?;
    if !(1..20).contains(&value) {
        return None;
    }
    *t = look;
    if value == 10 && french {
        let mut tail = t.clone();
        tail.eat_punct('-');
        if let Some(Tok::Word(w)) = tail.next() {
            if let Some((unit @ 7..=9, _)) = number_word(w) {
                *t = tail;
                return Some(10 + unit);
            }
        }
    }
    Some(value)
}

/// A number: digits, or English or French words below one hundred
/// (`twenty-four`, `twenty four`, `vingt-quatre`, `vingt et un`,
/// `soixante-dix`, `quatre-vingts`).
fn parse_number(t: &mut Tokens<'_>) -> Option<u32> {
    let mut look = t.clone();
    let (head, french) = match look.next()? {
        Tok::Num(d) => {
            *t = look;
            return Some(digits_value(d));
        }
        Tok::Word(w) => number_word(w)?,
        Tok::Punct(_) => return None,
    };
    let mut value = head;
    if head == 4 && french {
        let mut vingt = look.clone();
        vingt.eat_punct('-');
        if vingt.eat_word(&["vingt", "vingts"]) {
            value = 80;
            look = vingt;
        }
    }
    if value >= 20 {
        let mut tail = look.clone();
        tail.eat_punct('-');
        let with_et = french && tail.eat_word(&["et"]);
        if let Some(unit) = below_twenty(&mut tail) {
            let allowed = if value == 60 || value == 80 {
                unit < 20
            } else {
                unit < 10
            };
            let et_ok = !with_et || unit == 1 || unit == 11;
            if allowed && et_ok && !(value == 80 && with_et) {
                value += unit;
                look = tail;
            }
        }
    } else if head > 0 {
        // One word below twenty, or French `dix-sept`..`dix-neuf`.
        let mut small = t.clone();
        if let Some(v) = below_twenty(&mut small) {
            value = v;
            look = small;
        }
    }
    *t = look;
    Some(value)
}

/// Months in one unit word: 12 for years, 1 for months.
pub(super) fn unit_months(word: &str) -> Option<u32> {
    if is_any(
        word,
        &["year", "years", "yr", "yrs", "an", "ans", "annee", "annees"],
    ) {
        Some(12)
    } else if is_any(word, &["month", "months", "mois"]) {
        Some(1)
    } else {
        None
    }
}

/// A duration at the cursor: a number, an optional dash and a unit. `None`
/// (cursor untouched) when there is none. `Some(Err(()))` when the number and
/// unit are there but the length is zero or out of range.
fn parse_duration(t: &mut Tokens<'_>) -> Option<Result<TermLength, ()>> {
    let mut look = t.clone();
    let n = parse_number(&mut look)?;
    look.eat_punct('-');
    let Some(Tok::Word(unit)) = look.next() else {
        return None;
    };
    let per = unit_months(unit)?;
    *t = look;
    Some(
        u16::try_from(n.saturating_mul(per))
            .ok()
            .and_then(TermLength::months)
            .ok_or(()),
    )
}

/// Accepts a number (digits, or English or French words below one
/// hundred) and a unit (`year`, `years`, `yr`, `month`, `months`, `an`,
/// `ans`, `année`, `mois`), separated by a space, a dash or nothing, in
/// any case, in parentheses or not, with a trailing `;` or `.`, and an
/// English possessive (`three years'`).
pub(super) fn term_length_from_str(s: &str) -> Result<TermLength, ParseContractError> {
    let value = trim_value(s);
    let mut t = Tokens::new(value);
    let parsed = parse_duration(&mut t);
    t.eat_punct('\'');
    match (parsed, t.next()) {
        (Some(Ok(term)), None) => Ok(term),
        (Some(Err(())), None) => Err(ParseContractError::TermLengthOutOfRange(s.to_owned())),
        _ => Err(ParseContractError::InvalidTermLength(s.to_owned())),
    }
}

/// [`CLAUSE_WORD_LIST`] as a [`Vocabulary`].
pub(super) const CLAUSE_WORDS: Vocabulary = Vocabulary::new(&CLAUSE_WORD_LIST);

/// The old `ContractClause::from_text`: the text's words found by the
/// vocabulary, one by one, then the kind they name as the reader decides
/// it.
pub(super) fn clause_from_text(text: &str) -> Option<ContractClause> {
    let words = CLAUSE_WORDS.of_text(text);
    super::clause_of_words(u32::try_from(words).expect("the clause words fit in 32 bits"))
}

/// Parses a renewal at the cursor, which must then be at the end.
fn parse_renewal(t: &mut Tokens<'_>) -> Option<Result<Renewal, ()>> {
    if !(t.eat_word(&["renewable", "renewal", "renewed", "renouvelable"])) {
        return None;
    }
    let times = if t.eat_word(&["once"]) || t.eat_phrase("une fois") {
        1
    } else if t.eat_word(&["twice"]) {
        2
    } else {
        let mut look = t.clone();
        match (parse_number(&mut look), look.next()) {
            (Some(n), Some(Tok::Word(w))) if is_any(w, &["times", "fois"]) => {
                *t = look;
                match u8::try_from(n) {
                    Ok(n) if n > 0 => n,
                    _ => return Some(Err(())),
                }
            }
            _ => 1,
        }
    };
    let _ = t.eat_word(&["for"]) || t.eat_word(&["pour"]);
    let _ = t.eat_phrase("up to") || t.eat_phrase("jusqu'a");
    let up_to = match parse_duration(t)? {
        Ok(up_to) => up_to,
        Err(()) => return Some(Err(())),
    };
    t.eat_word(&["maximum"]);
    Some(Ok(Renewal { times, up_to }))
}

/// Accepts `renewable` (or `renewal`, `renouvelable`), an optional count
/// (`once`, `twice`, `2 times`, `une fois`, `deux fois`; once when
/// absent), an optional `for`, `up to` or `jusqu'à`, and a term length:
/// `renewable once up to 3 years`, `renewal for up to three years`,
/// `renouvelable trois ans`.
pub(super) fn renewal_from_str(s: &str) -> Result<Renewal, ParseContractError> {
    let mut t = Tokens::new(trim_value(s));
    match parse_renewal(&mut t) {
        Some(Ok(renewal)) if t.next().is_none() => Ok(renewal),
        _ => Err(ParseContractError::InvalidRenewal(s.to_owned())),
    }
}

/// Parses a conversion window at the cursor.
fn parse_conversion(t: &mut Tokens<'_>) -> Option<Result<ConversionWindow, ()>> {
    if !t.eat_word(&["conversion"]) {
        return None;
    }
    let _ = t.eat_phrase("to indefinite");
    let _ = t.eat_phrase("during renewal") || t.eat_phrase("during the renewal");
    if !(t.eat_phrase("no later than") || t.eat_phrase("au plus tard")) {
        return Some(Ok(ConversionWindow { notice: None }));
    }
    let notice = match parse_duration(t)? {
        Ok(notice) => notice,
        Err(()) => return Some(Err(())),
    };
    if !(t.eat_word(&["before"]) || t.eat_word(&["avant"])) {
        return None;
    }
    let _ = t.eat_word(&["the", "la", "l"]);
    if !(t.eat_word(&["end", "expiration", "fin"])) {
        return None;
    }
    let _ = t.eat_phrase("of contract")
        || t.eat_phrase("of the contract")
        || t.eat_phrase("du contrat");
    Some(Ok(ConversionWindow {
        notice: Some(notice),
    }))
}

/// Accepts `conversion`, optionally `to indefinite` and `during
/// renewal`, then optionally `no later than <term> before end [of
/// contract]`.
pub(super) fn conversion_from_str(s: &str) -> Result<ConversionWindow, ParseContractError> {
    let mut t = Tokens::new(trim_value(s));
    match parse_conversion(&mut t) {
        Some(Ok(window)) if t.next().is_none() => Ok(window),
        _ => Err(ParseContractError::InvalidConversion(s.to_owned())),
    }
}

/// Parses one part of the canonical form into `draft`; `false` when the part
/// is malformed or repeated.
fn parse_part(part: &str, draft: &mut ContractTerms, seen: &mut [bool; 7]) -> bool {
    fn once(seen: &mut bool) -> bool {
        !core::mem::replace(seen, true)
    }
    fn whole<T>(t: &mut Tokens<'_>, parsed: Option<Result<T, ()>>) -> Option<T> {
        match parsed {
            Some(Ok(v)) if t.next().is_none() => Some(v),
            _ => None,
        }
    }
    let mut t = Tokens::new(part);
    let mut initial = t.clone();
    let _ = initial.eat_phrase("definite duration") || initial.eat_word(&["definite", "initial"]);
    let parsed = parse_duration(&mut initial);
    if let Some(term) = whole(&mut initial, parsed) {
        draft.initial = term;
        return once(&mut seen[0]);
    }
    if phrase_eq(part, "renewal subject to national agreement")
        || phrase_eq(part, "subject to national agreement")
    {
        draft.renewal_needs_national_agreement = true;
        return once(&mut seen[2]);
    }
    if phrase_eq(part, "then indefinite") || phrase_eq(part, "followed by indefinite") {
        draft.followed_by_indefinite = true;
        return once(&mut seen[5]);
    }
    if t.eat_word(&["max", "maximum"]) {
        let _ = t.eat_word(&["service"]);
        let parsed = parse_duration(&mut t);
        return whole(&mut t, parsed).is_some_and(|max| {
            draft.max_service = Some(max);
            once(&mut seen[3])
        });
    }
    if t.eat_phrase("exceptional extension") || t.eat_word(&["extension"]) {
        let parsed = parse_duration(&mut t);
        return whole(&mut t, parsed).is_some_and(|ext| {
            draft.exceptional_extension = Some(ext);
            once(&mut seen[6])
        });
    }
    let mut look = t.clone();
    if let Some(parsed) = parse_renewal(&mut look) {
        return whole(&mut look, Some(parsed)).is_some_and(|renewal| {
            draft.renewal = Some(renewal);
            once(&mut seen[1])
        });
    }
    let parsed = parse_conversion(&mut t);
    whole(&mut t, parsed).is_some_and(|window| {
        draft.conversion = Some(window);
        once(&mut seen[4])
    })
}

/// Reads the canonical form (see [`ContractTerms`]), parts in any order.
pub(super) fn terms_from_str(s: &str) -> Result<ContractTerms, ParseContractError> {
    let invalid = || ParseContractError::InvalidTerms(s.to_owned());
    let mut draft = ContractTerms::new(ONE_YEAR);
    let mut seen = [false; 7];
    for part in trim_value(s).split(';') {
        if !part.trim().is_empty() && !parse_part(part, &mut draft, &mut seen) {
            return Err(invalid());
        }
    }
    if !seen[0] {
        return Err(invalid());
    }
    draft
        .to_builder()
        .build()
        .map_err(|reason| ParseContractError::InconsistentTerms {
            input: s.to_owned(),
            reason,
        })
}

/// [`SENTENCE_WORD_PARTS`], one after the other.
const SENTENCE_WORD_LIST: [&str; word_count(SENTENCE_WORD_PARTS)] =
    concat_words(SENTENCE_WORD_PARTS);

/// [`SENTENCE_WORD_LIST`] as a [`Vocabulary`].
pub(super) const SENTENCE_WORDS: Vocabulary = Vocabulary::new(&SENTENCE_WORD_LIST);

/// The role a cue word (its [`SENTENCE_WORDS`] bits) gives the next
/// duration.
fn cue_role(word: u128, about_service: bool) -> Option<Role> {
    const V: &Vocabulary = &SENTENCE_WORDS;
    if word & const { V.mask(INITIAL_CUES) } != 0 {
        Some(Role::Initial)
    } else if word & const { V.mask(RENEWAL_CUES) } != 0 {
        Some(Role::Renewal)
    } else if word & const { V.mask(EXTENSION_CUES) } != 0 {
        Some(Role::Extension)
    } else if about_service && word & const { V.mask(MAX_CUES) } != 0 {
        Some(Role::MaxService)
    } else if word & const { V.mask(NOTICE_CUES) } != 0 {
        Some(Role::Notice)
    } else {
        None
    }
}

/// What one pass over a sentence's words tells: every keyword of
/// [`SENTENCE_WORDS`] it uses, and its audience.
struct SentenceWords {
    used: u128,
    /// About seconded staff (*seconded*, *détaché(e)*, but not
    /// *non-seconded* or *hors détachement*).
    seconded: bool,
    /// About serving staff (*serving*, *agents en fonction*).
    serving: bool,
}

impl SentenceWords {
    fn of(sentence: &str) -> Self {
        const V: &Vocabulary = &SENTENCE_WORDS;
        let mut words = Self {
            used: 0,
            seconded: false,
            serving: false,
        };
        let (mut prev, mut prev2) = (0u128, 0u128);
        for tok in Tokens::new(sentence) {
            let Tok::Word(w) = tok else { continue };
            let bits = V.of_word(w);
            words.used |= bits;
            if bits & const { V.mask(SECONDED_WORDS) } != 0
                && prev & const { V.mask(&["non", "hors"]) } == 0
            {
                words.seconded = true;
            }
            if bits & const { V.mask(&["serving"]) } != 0
                || (bits & const { V.mask(&["fonction"]) } != 0
                    && prev & const { V.mask(&["en"]) } != 0
                    && prev2 & const { V.mask(&["agent", "agents"]) } != 0)
            {
                words.serving = true;
            }
            prev2 = prev;
            prev = bits;
        }
        words
    }

    fn has(&self, mask: u128) -> bool {
        self.used & mask != 0
    }
}

/// Reads one sentence into `draft`.
fn read_sentence(
    sentence: &str,
    words: &SentenceWords,
    draft: &mut Draft,
) -> Result<(), &'static str> {
    const V: &Vocabulary = &SENTENCE_WORDS;
    let about_service = words.has(const { V.mask(&["service"]) });
    if words.has(const { V.mask(CONVERSION_CUES) }) {
        draft.conversion = true;
    } else if words.has(const { V.mask(&["indefinite", "indeterminee"]) })
        && words.has(const { V.mask(FOLLOWED_CUES) })
    {
        draft.followed_by_indefinite = true;
    }
    if words.has(const { V.mask(&["agreement", "accord"]) })
        && words.has(const { V.mask(&["national", "nationale", "nationales", "nationaux"]) })
    {
        draft.national_agreement = true;
    }

    let mut t = Tokens::new(sentence);
    let mut cue: Option<Role> = None;
    loop {
        // Most tokens are neither a number nor a count of renewals: settle
        // them on one reading (the slow path below would find no duration
        // and no count, then take the word as a cue).
        let mut look = t.clone();
        match look.next() {
            None => break,
            Some(Tok::Punct(_)) => {
                t = look;
                continue;
            }
            Some(Tok::Word(w)) if number_word(w).is_none() => {
                let bits = V.of_word(w);
                if bits & const { V.mask(&["once", "twice"]) } == 0 {
                    t = look;
                    if let Some(role) = cue_role(bits, about_service) {
                        cue = Some(role);
                    }
                    continue;
                }
            }
            Some(_) => {}
        }
        let mut look = t.clone();
        if let Some(duration) = parse_duration(&mut look) {
            let Ok(duration) = duration else {
                return Err("term length");
            };
            t = look;
            let mut after = t.clone();
            after.eat_punct('\'');
            let next_role = match after.next() {
                Some(Tok::Word(w)) if is_any(w, EXTENSION_CUES) => Some(Role::Extension),
                Some(Tok::Word(w)) if is_any(w, RENEWAL_CUES) => Some(Role::Renewal),
                Some(Tok::Word(w)) if is_any(w, INITIAL_CUES) => Some(Role::Initial),
                _ => None,
            };
            let near_role = || {
                t.clone()
                    .filter_map(|t| match t {
                        Tok::Word(w) => Some(w),
                        _ => None,
                    })
                    .take(4)
                    .find_map(|w| {
                        if is_any(w, INITIAL_CUES) {
                            Some(Role::Initial)
                        } else if is_any(w, EXTENSION_CUES) {
                            Some(Role::Extension)
                        } else {
                            None
                        }
                    })
            };
            let role = next_role.or(cue).or_else(near_role);
            cue = None;
            match role {
                Some(Role::Initial) => settle(&mut draft.initial, duration, "initial term")?,
                Some(Role::Renewal) => settle(&mut draft.renewal, duration, "renewal")?,
                Some(Role::Extension) => settle(&mut draft.extension, duration, "extension")?,
                Some(Role::MaxService) => {
                    settle(&mut draft.max_service, duration, "maximum service")?
                }
                Some(Role::Notice) => settle(&mut draft.notice, duration, "conversion notice")?,
                None => {}
            }
            continue;
        }
        // A count of renewals: `once`, `twice`, `2 times`, `une fois`.
        let mut look = t.clone();
        let times = match look.next() {
            None => break,
            Some(Tok::Word(w)) if is(w, "once") => Some(1),
            Some(Tok::Word(w)) if is(w, "twice") => Some(2),
            _ => {
                let mut count = t.clone();
                match (parse_number(&mut count), count.next()) {
                    (Some(n), Some(Tok::Word(w))) if is_any(w, &["times", "fois"]) => {
                        look = count;
                        Some(
                            u8::try_from(n)
                                .ok()
                                .filter(|&n| n > 0)
                                .ok_or("renewal count")?,
                        )
                    }
                    _ => None,
                }
            }
        };
        if let Some(times) = times {
            settle(&mut draft.times, times, "renewal count")?;
            t = look;
            continue;
        }
        if let Some(Tok::Word(w)) = t.next() {
            if let Some(role) = cue_role(V.of_word(w), about_service) {
                cue = Some(role);
            }
        }
    }
    Ok(())
}

/// The drafts of the terms offered to the others (when `ordinary`) and to
/// seconded staff, read in one pass over the sentences of `text`; a draft
/// stops at its first conflict.
fn read_drafts(
    text: &str,
    ordinary: bool,
) -> (Result<Draft, &'static str>, Result<Draft, &'static str>) {
    let mut others = Ok(Draft::default());
    let mut seconded = Ok(Draft::default());
    for sentence in sentences(text) {
        let words = SentenceWords::of(sentence);
        if words.serving || (!ordinary && !words.seconded) {
            continue;
        }
        let slot = if words.seconded {
            &mut seconded
        } else {
            &mut others
        };
        if let Ok(draft) = slot {
            if let Err(what) = read_sentence(sentence, &words, draft) {
                *slot = Err(what);
            }
        }
    }
    (others, seconded)
}
