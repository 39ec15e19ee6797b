//! Contracts: term lengths, contract kinds, contract clauses and the terms a
//! notice offers (initial contract, renewal, maximum service, conversion to
//! an indefinite contract, exceptional extension).
//!
//! The types here are data: a later rules module turns [`ContractTerms`] into
//! dated contract plans. Parsing works on words, not on fixed sentences, so
//! that the English and French wordings of the same clause, and the small
//! variations between notices, give the same terms.

use core::fmt;
use core::str::FromStr;

use crate::OfficialLanguage;
use crate::macros::serde_via_str;
use crate::text::{fold_char, strip_prefix_folded};

#[cfg(test)]
mod reference;

// ---------------------------------------------------------------------------
// Words: an allocation-free tokenizer over folded text.
// ---------------------------------------------------------------------------

/// One token of a text: a run of letters, a run of ASCII digits, or any other
/// single non-space character (folded, so typographic dashes and apostrophes
/// arrive as `-` and `'`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok<'a> {
    Word(Word<'a>),
    Num(&'a str),
    Punct(char),
}

/// A [`Tok::Word`]: its text, and the entry of [`KEYWORDS`] it is (0 when it
/// is no keyword), looked up once when the word is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Word<'a> {
    text: &'a str,
    keyword: u8,
}

impl Word<'_> {
    /// What the word is in each word list of the readers.
    fn entry(self) -> &'static Keyword {
        &KEYWORDS.entries[usize::from(self.keyword)]
    }

    /// The word's [`SENTENCE_WORDS`] bits.
    fn sentence_bits(self) -> u128 {
        self.entry().sentence
    }

    /// The value of the word as a number word, and whether its compounds
    /// are French ones.
    fn number(self) -> Option<(u32, bool)> {
        let entry = self.entry();
        (entry.number != NO_NUMBER).then_some((u32::from(entry.number), entry.flags & FRENCH != 0))
    }

    /// Whether the word is one of the keywords of `flag`.
    fn is(self, flag: u8) -> bool {
        self.entry().flags & flag != 0
    }
}

/// Splits a text into [`Tok`]s; white space separates tokens and is dropped.
#[derive(Debug, Clone)]
struct Tokens<'a> {
    rest: &'a str,
}

impl<'a> Tokens<'a> {
    fn new(s: &'a str) -> Self {
        Self { rest: s }
    }

    /// Consumes the next token when it is the punctuation `p`.
    fn eat_punct(&mut self, p: char) -> bool {
        // After the white space, an ASCII byte settles it: a letter or a
        // digit starts a word or a number, any other byte is itself a mark.
        let bytes = self.rest.as_bytes();
        let mut i = 0;
        while bytes
            .get(i)
            .is_some_and(|&b| BYTE_CLASS[usize::from(b)] == SPACE)
        {
            i += 1;
        }
        match bytes.get(i) {
            None => return false,
            Some(&b) if b.is_ascii() => {
                return if char::from(b) == p && BYTE_CLASS[usize::from(b)] == MARK {
                    self.rest = &self.rest[i + 1..];
                    true
                } else {
                    false
                };
            }
            Some(_) => {}
        }
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
            Some(Tok::Word(w)) if is_any(w.text, words) => {
                *self = look;
                true
            }
            _ => false,
        }
    }

    /// Consumes the next token when it is a word of the keywords of `flag`.
    fn eat_flagged(&mut self, flag: u8) -> bool {
        let mut look = self.clone();
        match look.next() {
            Some(Tok::Word(w)) if w.is(flag) => {
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
                (Some(Tok::Word(a)), Tok::Word(b)) if is(a.text, b.text) => {}
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

    /// The word that starts `start` bytes into the text left (its first
    /// character is a letter); the text left then starts after it.
    #[inline(always)]
    fn word(&mut self, start: usize) -> Word<'a> {
        let s = self.rest;
        let (end, keyword) = scan_word(s, start);
        self.rest = &s[end..];
        Word {
            text: &s[start..end],
            keyword,
        }
    }
}

/// The end of the word that starts at byte `start` of `text` (its first
/// character is a letter), and its [`KEYWORDS`] entry.
#[inline(always)]
fn scan_word(text: &str, start: usize) -> (usize, u8) {
    let bytes = text.as_bytes();
    // ASCII letters eight bytes at a time, lowercased into the key of the
    // word as they go.
    let (letters, low) = ascii_letters(bytes, start);
    let mut end = start + letters;
    let mut key = u128::from(low);
    if letters == 8 {
        let (letters, high) = ascii_letters(bytes, end);
        end += letters;
        key |= u128::from(high) << 64;
        if letters == 8 {
            // Longer than every keyword.
            key = 0;
            loop {
                let (letters, _) = ascii_letters(bytes, end);
                end += letters;
                if letters < 8 {
                    break;
                }
            }
        }
    }
    if bytes.get(end).is_some_and(|b| !b.is_ascii()) {
        return scan_folded_word(text, start, end, key);
    }
    (end, if key == 0 { 0 } else { keyword_of(key) })
}

/// [`scan_word`] from the first non-ASCII character of the word, at byte
/// `from` (the bytes before it are ASCII letters, `prefix` their key when
/// they are at most 16): character by character, the Latin-1 letters
/// through [`LATIN1_FOLD`].
fn scan_folded_word(text: &str, start: usize, from: usize, prefix: u128) -> (usize, u8) {
    let bytes = text.as_bytes();
    let mut key = prefix;
    let mut n = from - start;
    let mut fits = n <= 16;
    let mut end = from;
    loop {
        let (letters, lowercase) = ascii_letters(bytes, end);
        if letters > 0 {
            if n + letters <= 16 {
                key |= u128::from(lowercase) << (8 * n);
            } else {
                fits = false;
            }
            n += letters;
            end += letters;
            if letters == 8 {
                continue;
            }
        }
        let Some(&b) = bytes.get(end) else { break };
        if b.is_ascii() {
            break;
        }
        let folded = if let Some(folded) = latin1_fold(bytes, end) {
            if folded == LATIN1_NOT_A_LETTER {
                break;
            }
            end += 2;
            folded
        } else {
            let c = text[end..].chars().next().unwrap_or(' ');
            let folded = fold_char(c);
            // `is_letter`, on the folded character.
            if !folded.is_alphabetic() {
                break;
            }
            end += c.len_utf8();
            u8::try_from(folded)
                .ok()
                .filter(u8::is_ascii)
                .unwrap_or(LATIN1_OTHER_LETTER)
        };
        if n < 16 && folded.is_ascii() {
            key |= u128::from(folded) << (8 * n);
        } else {
            fits = false;
        }
        n += 1;
    }
    let keyword = if fits { keyword_of(key) } else { 0 };
    (end, keyword)
}

/// What a character U+00C0..=U+00FF (`À`..`ÿ`; in UTF-8, `0xC3` and a
/// continuation byte) folds to, by the low six bits of its second byte: an ASCII letter,
/// [`LATIN1_OTHER_LETTER`] (a letter that folds to a non-ASCII one, such as
/// `Æ` or `ß`), or [`LATIN1_NOT_A_LETTER`] (`×`, `÷`). The same as
/// [`fold_char`] and [`is_letter`], checked by a test.
static LATIN1_FOLD: [u8; 64] = {
    const X: u8 = LATIN1_OTHER_LETTER;
    const NOT: u8 = LATIN1_NOT_A_LETTER;
    let upper = *b"aaaaaaXceeeeiiiiXnoooooNXuuuuyXX";
    let lower = *b"aaaaaaXceeeeiiiiXnoooooNXuuuuyXy";
    let mut table = [0u8; 64];
    let mut i = 0;
    while i < 32 {
        table[i] = match upper[i] {
            b'X' => X,
            b'N' => NOT,
            c => c,
        };
        table[i + 32] = match lower[i] {
            b'X' => X,
            b'N' => NOT,
            c => c,
        };
        i += 1;
    }
    table
};

/// [`LATIN1_FOLD`] of a letter that folds to a non-ASCII letter.
const LATIN1_OTHER_LETTER: u8 = 0x80;
/// [`LATIN1_FOLD`] of a character that is not a letter.
const LATIN1_NOT_A_LETTER: u8 = 0;

/// [`LATIN1_FOLD`] of the character at byte `at` of `bytes`, when it is in
/// U+00C0..=U+00FF.
#[inline(always)]
fn latin1_fold(bytes: &[u8], at: usize) -> Option<u8> {
    if bytes[at] == 0xC3 {
        let next = bytes.get(at + 1)?;
        Some(LATIN1_FOLD[usize::from(next & 0x3F)])
    } else {
        None
    }
}

/// What [`Scan`] meets next in a text.
#[derive(Debug, Clone, Copy)]
enum Event {
    /// A word, bytes `start..end`, and its [`KEYWORDS`] entry.
    Word {
        start: usize,
        end: usize,
        keyword: u8,
    },
    /// A run of ASCII digits, bytes `start..end`.
    Digits { start: usize, end: usize },
    /// A full stop followed by white space or by the end: the end of a
    /// sentence.
    FullStop,
    /// The end of the text.
    End,
}

/// The words, numbers and sentence ends of a text, as [`Tokens`] has them
/// but without the marks: the single pass of the prose readers.
struct Scan<'a> {
    text: &'a str,
    /// The byte where the scan goes on.
    pos: usize,
}

impl Scan<'_> {
    #[inline(always)]
    fn next(&mut self) -> Event {
        let bytes = self.text.as_bytes();
        loop {
            let Some(&b) = bytes.get(self.pos) else {
                return Event::End;
            };
            if b.is_ascii_alphabetic() {
                return self.word();
            }
            let class = BYTE_CLASS[usize::from(b)];
            if class == SPACE {
                self.pos += 1;
                continue;
            }
            if class == DIGIT {
                let start = self.pos;
                self.pos += 1;
                while bytes.get(self.pos).is_some_and(u8::is_ascii_digit) {
                    self.pos += 1;
                }
                return Event::Digits {
                    start,
                    end: self.pos,
                };
            }
            if class == MARK {
                self.pos += 1;
                if b == b'.' && starts_with_space_or_end(&self.text[self.pos..]) {
                    return Event::FullStop;
                }
                continue;
            }
            // Not ASCII: white space and marks (no full stop among them)
            // are skipped, a letter starts a word.
            match latin1_fold(bytes, self.pos) {
                Some(LATIN1_NOT_A_LETTER) => {
                    self.pos += 2;
                    continue;
                }
                Some(_) => return self.word(),
                None => {}
            }
            let c = self.text[self.pos..].chars().next().unwrap_or(' ');
            if !c.is_whitespace() && is_letter(c) {
                return self.word();
            }
            self.pos += c.len_utf8();
        }
    }

    #[inline(always)]
    fn word(&mut self) -> Event {
        let start = self.pos;
        let (end, keyword) = scan_word(self.text, start);
        // The space that most often follows a word.
        self.pos = if self.text.as_bytes().get(end) == Some(&b' ') {
            end + 1
        } else {
            end
        };
        Event::Word {
            start,
            end,
            keyword,
        }
    }
}

/// Whether `s` starts with white space, or is empty: the test after a full
/// stop that ends a sentence.
fn starts_with_space_or_end(s: &str) -> bool {
    match s.as_bytes().first() {
        None => true,
        Some(&b) if b.is_ascii() => BYTE_CLASS[usize::from(b)] == SPACE,
        Some(_) => s.chars().next().is_some_and(char::is_whitespace),
    }
}

/// The number of ASCII letters (up to eight) that `bytes` has from `at`
/// on, and those letters lowercased, packed little-endian into a `u64`.
#[inline(always)]
fn ascii_letters(bytes: &[u8], at: usize) -> (usize, u64) {
    const EACH: u64 = u64::from_le_bytes([1; 8]);
    let chunk = match bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        Some(&chunk) => chunk,
        None => {
            // Near the end: zero bytes, which are no letters, stand for
            // the missing ones.
            let mut b = [0; 8];
            let tail = bytes.get(at..).unwrap_or_default();
            b[..tail.len()].copy_from_slice(tail);
            b
        }
    };
    let word = u64::from_le_bytes(chunk);
    // ASCII letters are those whose byte, with bit 5 set, is in `a..=z`;
    // the high bits mark bytes of non-ASCII characters.
    let lower = word | (0x20 * EACH);
    let low7 = lower & (0x7f * EACH);
    let at_least_a = low7 + (0x80 - u64::from(b'a')) * EACH;
    let above_z = low7 + (0x80 - u64::from(b'z') - 1) * EACH;
    let letters = at_least_a & !above_z & !word & (0x80 * EACH);
    let stops = !letters & (0x80 * EACH);
    // The bits of the bytes before the first stop: all of them when there
    // is none.
    let before_stop = ((stops & stops.wrapping_neg()) >> 7).wrapping_sub(1);
    ((stops.trailing_zeros() / 8) as usize, lower & before_stop)
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Tok<'a>;

    fn next(&mut self) -> Option<Tok<'a>> {
        let s = self.rest;
        let bytes = s.as_bytes();
        let mut i = 0;
        loop {
            let &b = bytes.get(i)?;
            match BYTE_CLASS[usize::from(b)] {
                SPACE => i += 1,
                LETTER => return Some(Tok::Word(self.word(i))),
                DIGIT => {
                    let mut end = i + 1;
                    while bytes.get(end).is_some_and(u8::is_ascii_digit) {
                        end += 1;
                    }
                    self.rest = &s[end..];
                    return Some(Tok::Num(&s[i..end]));
                }
                MARK => {
                    self.rest = &s[i + 1..];
                    return Some(Tok::Punct(char::from(b)));
                }
                _ => {
                    // Not ASCII: white space is skipped, a letter starts a
                    // word, anything else is a mark.
                    let c = s[i..].chars().next()?;
                    if c.is_whitespace() {
                        i += c.len_utf8();
                    } else if is_letter(c) {
                        return Some(Tok::Word(self.word(i)));
                    } else {
                        self.rest = &s[i + c.len_utf8()..];
                        return Some(Tok::Punct(fold_char(c)));
                    }
                }
            }
        }
    }
}

/// [`BYTE_CLASS`] of ASCII white space (as `char::is_whitespace` has it).
const SPACE: u8 = 0;
/// [`BYTE_CLASS`] of ASCII digits.
const DIGIT: u8 = 1;
/// [`BYTE_CLASS`] of ASCII letters.
const LETTER: u8 = 2;
/// [`BYTE_CLASS`] of the other ASCII characters.
const MARK: u8 = 3;
/// [`BYTE_CLASS`] of the bytes of non-ASCII characters.
const NON_ASCII: u8 = 4;

/// What each byte of a text is to the tokenizer.
static BYTE_CLASS: [u8; 256] = {
    let mut class = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        class[b] = match b as u8 {
            b'\t'..=b'\r' | b' ' => SPACE,
            b'0'..=b'9' => DIGIT,
            b'a'..=b'z' | b'A'..=b'Z' => LETTER,
            _ => MARK,
        };
        b += 1;
    }
    class
};

/// Whether `c` folds to a letter: the test that ends a [`Tok::Word`],
/// answered without the fold table for ASCII, which is nearly every
/// character of a notice.
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        fold_char(c).is_alphabetic()
    }
}

fn is_significant(t: &Tok<'_>) -> bool {
    !matches!(t, Tok::Punct('-' | '\''))
}

/// `true` when the folded `word` is the ASCII lowercase `keyword`.
fn is(word: &str, keyword: &str) -> bool {
    let (w, k) = (word.as_bytes(), keyword.as_bytes());
    if w.is_ascii() {
        // ASCII folds byte for byte to lowercase: a length check rejects
        // most catalogue words before any byte is compared.
        return w.len() == k.len() && w.iter().zip(k).all(|(a, b)| a.to_ascii_lowercase() == *b);
    }
    word.chars().map(fold_char).eq(keyword.chars())
}

fn is_any(word: &str, keywords: &[&str]) -> bool {
    keywords.iter().any(|k| is(word, k))
}

/// `true` when `s` and `phrase` have the same words: case, accents, white
/// space, dashes and apostrophes do not count.
fn phrase_eq(s: &str, phrase: &str) -> bool {
    let mut t = Tokens::new(s);
    t.eat_phrase(phrase) && t.next_significant().is_none()
}

/// Keywords (at most 128, ASCII lowercase, each starting with a letter):
/// questions about the words of a text are bit masks over them, built at
/// compile time with [`Vocabulary::mask`]; a word's bits are in its
/// [`KEYWORDS`] entry.
struct Vocabulary {
    words: &'static [&'static str],
}

impl Vocabulary {
    const fn new(words: &'static [&'static str]) -> Self {
        assert!(words.len() <= 128, "at most 128 keywords");
        Self { words }
    }

    /// The bits of the keywords `group`; every one must be in the
    /// vocabulary (a compile-time error in a constant).
    const fn mask(&self, group: &[&str]) -> u128 {
        word_mask(self.words, group)
    }
}

/// The bits of the words `group` in `words` (bit `i` for `words[i]`);
/// every one must be there (a compile-time error in a constant).
const fn word_mask(words: &[&str], group: &[&str]) -> u128 {
    let mut mask = 0;
    let mut g = 0;
    while g < group.len() {
        let mut i = 0;
        while !const_str_eq(words[i], group[g]) {
            i += 1;
        }
        mask |= 1 << i;
        g += 1;
    }
    mask
}

/// `a == b`, in a constant.
const fn const_str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

// ---------------------------------------------------------------------------
// Keywords: every word the readers look for, found by one hash look-up.
// ---------------------------------------------------------------------------

/// What one keyword is in each word list of the readers.
#[derive(Debug, Clone, Copy)]
struct Keyword {
    /// The folded keyword, packed as by [`folded_key`].
    key: u128,
    /// Its bits in [`SENTENCE_WORDS`].
    sentence: u128,
    /// Its bits in [`CLAUSE_WORDS`].
    clause: u32,
    /// Its value in [`NUMBER_WORDS`], or [`NO_NUMBER`].
    number: u8,
    /// [`FRENCH`], [`YEARS`], [`MONTHS`], [`TIMES`], [`VINGT`], [`ET`].
    flags: u8,
    /// What the word tells of a sentence's audience: [`SECONDED`],
    /// [`NON_OR_HORS`], [`SERVING`], [`FONCTION`], [`EN`], [`AGENT`].
    audience: u8,
    /// [`CUE`], [`CUE_NOT_MAX`], [`NUMERIC`].
    cue: u8,
}

/// [`Keyword::number`] of a word that is not a number word.
const NO_NUMBER: u8 = u8::MAX;
/// A French number word whose compounds differ from English ones.
const FRENCH: u8 = 1;
/// A unit word of years.
const YEARS: u8 = 2;
/// A unit word of months.
const MONTHS: u8 = 4;
/// `times`, `fois`.
const TIMES: u8 = 8;
/// `vingt`, `vingts`.
const VINGT: u8 = 16;
/// `et`.
const ET: u8 = 32;

/// A word about seconded staff ([`SECONDED_WORDS`]).
const SECONDED: u8 = 1;
/// `non`, `hors`.
const NON_OR_HORS: u8 = 2;
/// `serving`.
const SERVING: u8 = 4;
/// `fonction`.
const FONCTION: u8 = 8;
/// `en`.
const EN: u8 = 16;
/// `agent`, `agents`.
const AGENT: u8 = 32;

/// A cue word of durations ([`ANY_CUE`]).
const CUE: u8 = 1;
/// A cue word of durations but a maximum one ([`CUE_NOT_MAX`]).
const CUE_NOT_MAX: u8 = 2;
/// A word that may start a duration or a count: a number word, `once`,
/// `twice`.
const NUMERIC: u8 = 4;

/// The slots of the hash table of [`Keywords`] (a power of two).
const KEYWORD_SLOTS: usize = 4096;

/// The keywords and their hash table, in which no two keywords share a
/// slot: a look-up reads one slot and compares one key, with no branch on
/// whether the word is a keyword.
struct Keywords {
    /// Entry 0 is no keyword: every bit clear, no number, key 0.
    entries: [Keyword; 256],
    len: usize,
    /// The multiplier of [`keyword_slot`] that gives each keyword a slot of
    /// its own.
    multiplier: u64,
    /// Entry numbers by hash slot; 0 is an empty slot.
    slots: [u8; KEYWORD_SLOTS],
}

/// Every word of the readers' word lists.
static KEYWORDS: Keywords = KEYWORD_TABLE;

/// [`KEYWORDS`], built at compile time.
const KEYWORD_TABLE: Keywords = {
    const NONE: Keyword = Keyword {
        key: 0,
        sentence: 0,
        clause: 0,
        number: NO_NUMBER,
        flags: 0,
        audience: 0,
        cue: 0,
    };
    let mut k = Keywords {
        entries: [NONE; 256],
        len: 1,
        multiplier: 0,
        slots: [0; KEYWORD_SLOTS],
    };
    let mut i = 0;
    while i < SENTENCE_WORD_LIST.len() {
        let e = k.insert(SENTENCE_WORD_LIST[i]);
        k.entries[e].sentence |= 1 << i;
        i += 1;
    }
    let mut i = 0;
    while i < CLAUSE_WORD_LIST.len() {
        let e = k.insert(CLAUSE_WORD_LIST[i]);
        k.entries[e].clause |= 1 << i;
        i += 1;
    }
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        let (word, value, french) = NUMBER_WORDS[i];
        let e = k.insert(word);
        assert!(value < NO_NUMBER as u32, "number words are below 255");
        k.entries[e].number = value as u8;
        if french {
            k.entries[e].flags |= FRENCH;
        }
        i += 1;
    }
    k.flag(YEAR_UNITS, YEARS);
    k.flag(MONTH_UNITS, MONTHS);
    k.flag(&["times", "fois"], TIMES);
    k.flag(&["vingt", "vingts"], VINGT);
    k.flag(&["et"], ET);
    // The flags of the sentence words, from their bits.
    const V: &Vocabulary = &SENTENCE_WORDS;
    let mut e = 1;
    while e < k.len {
        let entry = &mut k.entries[e];
        let bits = entry.sentence;
        let audience = [
            (V.mask(SECONDED_WORDS), SECONDED),
            (V.mask(&["non", "hors"]), NON_OR_HORS),
            (V.mask(&["serving"]), SERVING),
            (V.mask(&["fonction"]), FONCTION),
            (V.mask(&["en"]), EN),
            (V.mask(&["agent", "agents"]), AGENT),
        ];
        let mut a = 0;
        while a < audience.len() {
            if bits & audience[a].0 != 0 {
                entry.audience |= audience[a].1;
            }
            a += 1;
        }
        if bits & ANY_CUE != 0 {
            entry.cue |= CUE;
        }
        if bits & ANY_CUE_NOT_MAX != 0 {
            entry.cue |= CUE_NOT_MAX;
        }
        if entry.number != NO_NUMBER || bits & V.mask(&["once", "twice"]) != 0 {
            entry.cue |= NUMERIC;
        }
        e += 1;
    }
    k.place();
    k
};

/// [`Keywords::multiplier`], an immediate operand of the look-up.
const KEYWORD_MULTIPLIER: u64 = KEYWORD_TABLE.multiplier;

/// Unit words of years.
const YEAR_UNITS: &[&str] = &["year", "years", "yr", "yrs", "an", "ans", "annee", "annees"];
/// Unit words of months.
const MONTH_UNITS: &[&str] = &["month", "months", "mois"];

impl Keywords {
    /// The entry of `word` (ASCII lowercase, 1 to 16 letters), added when new.
    const fn insert(&mut self, word: &str) -> usize {
        let bytes = word.as_bytes();
        assert!(
            !bytes.is_empty() && bytes.len() <= 16,
            "keywords have 1 to 16 letters"
        );
        let mut key = 0u128;
        let mut j = 0;
        while j < bytes.len() {
            assert!(
                bytes[j].is_ascii_lowercase(),
                "keywords are ASCII lowercase letters"
            );
            key |= (bytes[j] as u128) << (8 * j);
            j += 1;
        }
        let mut e = 1;
        while e < self.len {
            if self.entries[e].key == key {
                return e;
            }
            e += 1;
        }
        assert!(self.len < 256, "at most 255 keywords");
        self.len += 1;
        self.entries[e].key = key;
        e
    }

    /// Finds a multiplier of [`keyword_slot`] under which no two keywords
    /// share a slot, and fills the slots with it.
    const fn place(&mut self) {
        let mut multiplier = 0x9E37_79B9_7F4A_7C15_u64;
        let mut tries = 0;
        'search: loop {
            assert!(tries < 100_000, "no multiplier places every keyword");
            tries += 1;
            // The next odd multiplier, by a step of the golden ratio.
            multiplier = multiplier.wrapping_add(0x9E37_79B9_7F4A_7C16);
            self.slots = [0; KEYWORD_SLOTS];
            let mut e = 1;
            while e < self.len {
                let slot = keyword_slot(self.entries[e].key, multiplier);
                if self.slots[slot] != 0 {
                    continue 'search;
                }
                self.slots[slot] = e as u8;
                e += 1;
            }
            self.multiplier = multiplier;
            return;
        }
    }

    /// Sets `flag` on the entries of `words`.
    const fn flag(&mut self, words: &[&str], flag: u8) {
        let mut i = 0;
        while i < words.len() {
            let e = self.insert(words[i]);
            self.entries[e].flags |= flag;
            i += 1;
        }
    }
}

/// The slot of `key` in the hash table of [`Keywords`], under `multiplier`.
const fn keyword_slot(key: u128, multiplier: u64) -> usize {
    let mixed = (key as u64) ^ ((key >> 64) as u64).rotate_left(31);
    (mixed.wrapping_mul(multiplier) >> (64 - KEYWORD_SLOTS.trailing_zeros())) as usize
}

/// The [`KEYWORDS`] entry of the folded word packed in `key`, 0 when none:
/// the entry of the key's slot when its key is `key` (each keyword has a
/// slot of its own), chosen without a branch, as most words are no
/// keyword and which are is not predictable.
fn keyword_of(key: u128) -> u8 {
    let e = KEYWORDS.slots[keyword_slot(key, KEYWORD_MULTIPLIER)];
    let hit = KEYWORDS.entries[usize::from(e)].key == key;
    e & 0u8.wrapping_sub(u8::from(hit))
}

/// The key of `word`: its folded characters packed little-endian into 16
/// bytes; `None` when it cannot be a keyword (a folded character that is
/// not ASCII, or more than 16).
fn folded_key(word: &str) -> Option<u128> {
    let mut key = [0u8; 16];
    for (n, c) in word.chars().enumerate() {
        let f = fold_char(c);
        if !f.is_ascii() || f == '\0' || n == 16 {
            return None;
        }
        key[n] = f as u8;
    }
    Some(u128::from_le_bytes(key))
}

/// Trims a value: white space, trailing `;`, `.` or `,`, and surrounding
/// parentheses.
fn trim_value(mut s: &str) -> &str {
    loop {
        let t = s.trim().trim_end_matches([';', '.', ',']).trim_end();
        match t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
            Some(inner) if !inner.contains(['(', ')']) => s = inner,
            _ => return t,
        }
    }
}

// ---------------------------------------------------------------------------
// Numbers written in digits or in English or French words.
// ---------------------------------------------------------------------------

/// Number words, English and French. `true` marks French words whose
/// compounds differ from English (`dix-sept`, `quatre-vingts`, `vingt et un`).
const NUMBER_WORDS: [(&str, u32, bool); 49] = [
    ("one", 1, false),
    ("two", 2, false),
    ("three", 3, false),
    ("four", 4, false),
    ("five", 5, false),
    ("six", 6, false),
    ("seven", 7, false),
    ("eight", 8, false),
    ("nine", 9, false),
    ("ten", 10, false),
    ("eleven", 11, false),
    ("twelve", 12, false),
    ("thirteen", 13, false),
    ("fourteen", 14, false),
    ("fifteen", 15, false),
    ("sixteen", 16, false),
    ("seventeen", 17, false),
    ("eighteen", 18, false),
    ("nineteen", 19, false),
    ("twenty", 20, false),
    ("thirty", 30, false),
    ("forty", 40, false),
    ("fifty", 50, false),
    ("sixty", 60, false),
    ("seventy", 70, false),
    ("eighty", 80, false),
    ("ninety", 90, false),
    ("un", 1, true),
    ("une", 1, true),
    ("deux", 2, true),
    ("trois", 3, true),
    ("quatre", 4, true),
    ("cinq", 5, true),
    ("sept", 7, true),
    ("huit", 8, true),
    ("neuf", 9, true),
    ("dix", 10, true),
    ("onze", 11, true),
    ("douze", 12, true),
    ("treize", 13, true),
    ("quatorze", 14, true),
    ("quinze", 15, true),
    ("seize", 16, true),
    ("vingt", 20, true),
    ("trente", 30, true),
    ("quarante", 40, true),
    ("cinquante", 50, true),
    ("soixante", 60, true),
    ("zero", 0, false),
];

/// The value of a number word of [`NUMBER_WORDS`] (folded), and whether its
/// compounds are French ones.
pub(crate) fn number_word(word: &str) -> Option<(u32, bool)> {
    let keyword = folded_key(word).map_or(0, keyword_of);
    Word {
        text: word,
        keyword,
    }
    .number()
}

/// Digits, saturating at `u32::MAX` so that a huge number is out of range
/// rather than a different number.
fn digits_value(digits: &str) -> u32 {
    digits.bytes().fold(0u32, |n, b| {
        n.saturating_mul(10).saturating_add(u32::from(b - b'0'))
    })
}

/// One number word below twenty, French `dix-sept`..`dix-neuf` included.
fn below_twenty(t: &mut Tokens<'_>) -> Option<u32> {
    let mut look = t.clone();
    let Some(Tok::Word(w)) = look.next() else {
        return None;
    };
    let (value, french) = w.number()?;
    if !(1..20).contains(&value) {
        return None;
    }
    *t = look;
    if value == 10 && french {
        if let Some(unit) = dix_unit(t) {
            return Some(10 + unit);
        }
    }
    Some(value)
}

/// A number: digits, or English or French words below one hundred
/// (`twenty-four`, `twenty four`, `vingt-quatre`, `vingt et un`,
/// `soixante-dix`, `quatre-vingts`).
fn parse_number(t: &mut Tokens<'_>) -> Option<u32> {
    let mut look = t.clone();
    let value = number_after(look.next()?, &mut look)?;
    *t = look;
    Some(value)
}

/// The number that starts with the token `head`, read by `t`, which is then
/// past the number's last token.
fn number_after(head: Tok<'_>, t: &mut Tokens<'_>) -> Option<u32> {
    let (head, french) = match head {
        Tok::Num(d) => return Some(digits_value(d)),
        Tok::Word(w) => w.number()?,
        Tok::Punct(_) => return None,
    };
    let mut value = head;
    if head == 4 && french {
        let mut vingt = t.clone();
        vingt.eat_punct('-');
        if vingt.eat_flagged(VINGT) {
            value = 80;
            *t = vingt;
        }
    }
    if value >= 20 {
        let mut tail = t.clone();
        tail.eat_punct('-');
        let with_et = french && tail.eat_flagged(ET);
        if let Some(unit) = below_twenty(&mut tail) {
            let allowed = if value == 60 || value == 80 {
                unit < 20
            } else {
                unit < 10
            };
            let et_ok = !with_et || unit == 1 || unit == 11;
            if allowed && et_ok && !(value == 80 && with_et) {
                value += unit;
                *t = tail;
            }
        }
    } else if head == 10 && french {
        // French `dix-sept`..`dix-neuf`.
        if let Some(unit) = dix_unit(t) {
            value = 10 + unit;
        }
    }
    Some(value)
}

/// After French `dix`, the `sept`..`neuf` of `dix-sept`..`dix-neuf`,
/// consumed.
fn dix_unit(t: &mut Tokens<'_>) -> Option<u32> {
    let mut tail = t.clone();
    tail.eat_punct('-');
    if let Some(Tok::Word(w)) = tail.next() {
        if let Some((unit @ 7..=9, _)) = w.number() {
            *t = tail;
            return Some(unit);
        }
    }
    None
}

/// Months in one unit word: 12 for years, 1 for months.
fn unit_months(word: Word<'_>) -> Option<u32> {
    if word.is(YEARS) {
        Some(12)
    } else if word.is(MONTHS) {
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

// ---------------------------------------------------------------------------
// TermLength
// ---------------------------------------------------------------------------

/// A length of contract time, in whole months (at least one).
///
/// Displayed in years when it is a whole number of years (`3 years`,
/// `1 year`), else in months (`18 months`). Parsing reads digits or English or
/// French number words and either unit: `3-year`, `three years`,
/// `twenty-four months`, `trois ans`, `un an`, `vingt-quatre mois`.
///
/// ```
/// use nato_post::TermLength;
///
/// let t: TermLength = "trois ans".parse()?;
/// assert_eq!(t, TermLength::years(3).unwrap());
/// assert_eq!(t.in_months(), 36);
/// assert_eq!(t.to_string(), "3 years");
/// assert_eq!("eighteen months".parse::<TermLength>()?.to_string(), "18 months");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TermLength {
    months: u16,
}

impl TermLength {
    /// `n` years; `None` when `n` is zero or more than 5461 (the months would
    /// not fit a `u16`).
    ///
    /// ```
    /// use nato_post::TermLength;
    /// assert_eq!(TermLength::years(3).map(|t| t.in_months()), Some(36));
    /// assert_eq!(TermLength::years(0), None);
    /// ```
    pub const fn years(n: u16) -> Option<Self> {
        if n == 0 || n > u16::MAX / 12 {
            None
        } else {
            Some(Self { months: n * 12 })
        }
    }

    /// `n` months; `None` when `n` is zero.
    ///
    /// ```
    /// use nato_post::TermLength;
    /// assert_eq!(TermLength::months(24), TermLength::years(2));
    /// assert_eq!(TermLength::months(0), None);
    /// ```
    pub const fn months(n: u16) -> Option<Self> {
        if n == 0 {
            None
        } else {
            Some(Self { months: n })
        }
    }

    /// The length in months.
    ///
    /// ```
    /// use nato_post::TermLength;
    /// assert_eq!(TermLength::years(6).unwrap().in_months(), 72);
    /// ```
    pub const fn in_months(self) -> u16 {
        self.months
    }

    /// The length in whole years, when it is a whole number of years.
    ///
    /// ```
    /// use nato_post::TermLength;
    /// assert_eq!(TermLength::months(36).unwrap().in_years(), Some(3));
    /// assert_eq!(TermLength::months(18).unwrap().in_years(), None);
    /// ```
    pub const fn in_years(self) -> Option<u16> {
        if self.months % 12 == 0 {
            Some(self.months / 12)
        } else {
            None
        }
    }

    /// The length as a [`chrono::Months`], to add to a date.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use nato_post::TermLength;
    ///
    /// let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    /// let three_years = TermLength::years(3).unwrap().to_chrono();
    /// assert_eq!(start.checked_add_months(three_years), NaiveDate::from_ymd_opt(2028, 1, 1));
    /// ```
    pub const fn to_chrono(self) -> chrono::Months {
        chrono::Months::new(self.months as u32)
    }

    /// The sum of two lengths; `None` when it does not fit.
    ///
    /// ```
    /// use nato_post::TermLength;
    /// let three = TermLength::years(3).unwrap();
    /// assert_eq!(three.checked_add(three), TermLength::years(6));
    /// ```
    pub const fn checked_add(self, other: Self) -> Option<Self> {
        match self.months.checked_add(other.months) {
            Some(months) => Some(Self { months }),
            None => None,
        }
    }
}

impl fmt::Display for TermLength {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.in_years() {
            Some(1) => f.write_str("1 year"),
            Some(y) => write!(f, "{y} years"),
            None if self.months == 1 => f.write_str("1 month"),
            None => write!(f, "{} months", self.months),
        }
    }
}

impl FromStr for TermLength {
    type Err = ParseContractError;

    /// Accepts a number (digits, or English or French words below one
    /// hundred) and a unit (`year`, `years`, `yr`, `month`, `months`, `an`,
    /// `ans`, `année`, `mois`), separated by a space, a dash or nothing, in
    /// any case, in parentheses or not, with a trailing `;` or `.`, and an
    /// English possessive (`three years'`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
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
}

serde_via_str!(
    TermLength,
    "a contract term length such as \"3 years\" or \"18 months\""
);

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for TermLength {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        prop_oneof![
            (1u16..=12).prop_map(|y| Self { months: y * 12 }),
            (1u16..=u16::MAX).prop_map(|months| Self { months }),
        ]
        .boxed()
    }
}

const ONE_YEAR: TermLength = TermLength { months: 12 };
const THREE_YEARS: TermLength = TermLength { months: 36 };
const SIX_YEARS: TermLength = TermLength { months: 72 };

// ---------------------------------------------------------------------------
// ContractKind
// ---------------------------------------------------------------------------

/// The two kinds of NATO civilian contract.
///
/// ```
/// use nato_post::{ContractKind, OfficialLanguage};
///
/// let kind: ContractKind = "contrat de durée indéterminée".parse()?;
/// assert_eq!(kind, ContractKind::Indefinite);
/// assert_eq!(kind.to_string(), "indefinite");
/// assert_eq!(kind.label(OfficialLanguage::French), "durée indéterminée");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContractKind {
    /// A definite duration contract (`contrat de durée déterminée`); its
    /// first six months are the probation period.
    Definite,
    /// An indefinite duration contract (`contrat de durée indéterminée`).
    Indefinite,
}

impl ContractKind {
    /// Both kinds, definite first.
    pub const ALL: [Self; 2] = [Self::Definite, Self::Indefinite];

    /// Iterates over both kinds, definite first.
    ///
    /// ```
    /// use nato_post::ContractKind;
    /// assert_eq!(ContractKind::iter().next(), Some(ContractKind::Definite));
    /// ```
    pub fn iter() -> impl Iterator<Item = Self> {
        Self::ALL.into_iter()
    }

    /// The canonical form: `definite` or `indefinite`.
    ///
    /// ```
    /// use nato_post::ContractKind;
    /// assert_eq!(ContractKind::Indefinite.as_str(), "indefinite");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Definite => "definite",
            Self::Indefinite => "indefinite",
        }
    }

    /// The name of this kind in `lang`.
    ///
    /// ```
    /// use nato_post::{ContractKind, OfficialLanguage};
    /// assert_eq!(ContractKind::Definite.label(OfficialLanguage::English), "definite duration");
    /// ```
    pub const fn label(self, lang: OfficialLanguage) -> &'static str {
        match (self, lang) {
            (Self::Definite, OfficialLanguage::English) => "definite duration",
            (Self::Definite, OfficialLanguage::French) => "durée déterminée",
            (Self::Indefinite, OfficialLanguage::English) => "indefinite duration",
            (Self::Indefinite, OfficialLanguage::French) => "durée indéterminée",
        }
    }
}

impl fmt::Display for ContractKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Spellings of the contract kinds, compared with [`phrase_eq`].
const CONTRACT_KIND_SPELLINGS: [(&str, ContractKind); 16] = [
    ("definite", ContractKind::Definite),
    ("definite duration", ContractKind::Definite),
    ("definite contract", ContractKind::Definite),
    ("definite duration contract", ContractKind::Definite),
    ("determinee", ContractKind::Definite),
    ("duree determinee", ContractKind::Definite),
    ("contrat de duree determinee", ContractKind::Definite),
    ("contrat a duree determinee", ContractKind::Definite),
    ("indefinite", ContractKind::Indefinite),
    ("indefinite duration", ContractKind::Indefinite),
    ("indefinite contract", ContractKind::Indefinite),
    ("indefinite duration contract", ContractKind::Indefinite),
    ("indeterminee", ContractKind::Indefinite),
    ("duree indeterminee", ContractKind::Indefinite),
    ("contrat de duree indeterminee", ContractKind::Indefinite),
    ("contrat a duree indeterminee", ContractKind::Indefinite),
];

impl FromStr for ContractKind {
    type Err = ParseContractError;

    /// Accepts `definite`, `indefinite`, the English and French labels, and
    /// the same with `contract` or `contrat de`: `Definite duration contract`,
    /// `indefinite contract`, `durée déterminée`, `contrat de durée
    /// indéterminée`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = trim_value(s);
        CONTRACT_KIND_SPELLINGS
            .iter()
            .find(|(spelling, _)| phrase_eq(value, spelling))
            .map(|&(_, kind)| kind)
            .ok_or_else(|| ParseContractError::UnknownContractKind(s.to_owned()))
    }
}

serde_via_str!(ContractKind, "a contract kind: definite or indefinite");

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for ContractKind {
    type Parameters = ();
    type Strategy = proptest::sample::Select<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        proptest::sample::select(&Self::ALL[..])
    }
}

// ---------------------------------------------------------------------------
// ClauseKind
// ---------------------------------------------------------------------------

/// The families of contract clause that NATO notices print.
///
/// Each has the terms it usually comes with ([`ClauseKind::default_terms`]);
/// a notice's own text, parsed with [`ContractTerms::from_text`], is the
/// authority for a given post.
///
/// ```
/// use nato_post::{ClauseKind, OfficialLanguage};
///
/// let kind: ClauseKind = "political turnover".parse()?;
/// assert_eq!(kind, ClauseKind::PoliticalTurnover);
/// assert_eq!(kind.as_str(), "political-turnover");
/// assert_eq!(kind.default_terms().max_service().map(|t| t.in_months()), Some(72));
/// assert!(!kind.label(OfficialLanguage::French).is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClauseKind {
    /// A post in which turnover is desirable for political reasons: a
    /// 3-year definite contract, renewable once for up to 3 years, at most 6
    /// years in the post; conversion to an indefinite contract may be asked
    /// for during the renewal, no later than one year before it ends.
    /// Believed to be clause `G` **(inferred)**.
    PoliticalTurnover,
    /// The standard clause: a 3-year definite contract, which may be
    /// followed by an indefinite one.
    Standard,
    /// A project post: 3 years, renewable for up to 3 years while the
    /// project needs it.
    Project,
    /// A senior appointment (Assistant Secretary General): an initial 3
    /// years, exceptionally extended by one year.
    SeniorAppointment,
}

impl ClauseKind {
    /// Every clause kind, in declaration order.
    pub const ALL: [Self; 4] = [
        Self::PoliticalTurnover,
        Self::Standard,
        Self::Project,
        Self::SeniorAppointment,
    ];

    /// Iterates over every clause kind.
    ///
    /// ```
    /// use nato_post::ClauseKind;
    /// assert_eq!(ClauseKind::iter().count(), 4);
    /// ```
    pub fn iter() -> impl Iterator<Item = Self> {
        Self::ALL.into_iter()
    }

    /// The canonical form: `political-turnover`, `standard`, `project` or
    /// `senior-appointment`.
    ///
    /// ```
    /// use nato_post::ClauseKind;
    /// assert_eq!(ClauseKind::SeniorAppointment.as_str(), "senior-appointment");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::PoliticalTurnover => "political-turnover",
            Self::Standard => "standard",
            Self::Project => "project",
            Self::SeniorAppointment => "senior-appointment",
        }
    }

    /// A short description of the clause in `lang`.
    ///
    /// ```
    /// use nato_post::{ClauseKind, OfficialLanguage};
    /// assert_eq!(ClauseKind::Project.label(OfficialLanguage::French), "poste lié à un projet");
    /// ```
    pub const fn label(self, lang: OfficialLanguage) -> &'static str {
        match (self, lang) {
            (Self::PoliticalTurnover, OfficialLanguage::English) => {
                "turnover desirable for political reasons"
            }
            (Self::PoliticalTurnover, OfficialLanguage::French) => {
                "rotation souhaitable pour des raisons politiques"
            }
            (Self::Standard, OfficialLanguage::English) => "standard clause",
            (Self::Standard, OfficialLanguage::French) => "clause standard",
            (Self::Project, OfficialLanguage::English) => "project post",
            (Self::Project, OfficialLanguage::French) => "poste lié à un projet",
            (Self::SeniorAppointment, OfficialLanguage::English) => "senior appointment",
            (Self::SeniorAppointment, OfficialLanguage::French) => {
                "nomination à un poste de haut niveau"
            }
        }
    }

    /// The terms this clause usually comes with, as described in NATO's
    /// contract policy. Project posts have no printed maximum period of
    /// service; their renewal depends on the project's needs **(inferred)**.
    ///
    /// ```
    /// use nato_post::ClauseKind;
    /// let terms = ClauseKind::Standard.default_terms();
    /// assert_eq!(terms.to_string(), "definite 3 years; then indefinite");
    /// ```
    pub const fn default_terms(self) -> ContractTerms {
        let base = ContractTerms::new(THREE_YEARS);
        match self {
            Self::PoliticalTurnover => ContractTerms {
                renewal: Some(Renewal {
                    times: 1,
                    up_to: THREE_YEARS,
                }),
                max_service: Some(SIX_YEARS),
                conversion: Some(ConversionWindow {
                    notice: Some(ONE_YEAR),
                }),
                ..base
            },
            Self::Standard => ContractTerms {
                followed_by_indefinite: true,
                ..base
            },
            Self::Project => ContractTerms {
                renewal: Some(Renewal {
                    times: 1,
                    up_to: THREE_YEARS,
                }),
                ..base
            },
            Self::SeniorAppointment => ContractTerms {
                exceptional_extension: Some(ONE_YEAR),
                ..base
            },
        }
    }
}

impl fmt::Display for ClauseKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Spellings of the clause kinds, compared with [`phrase_eq`] (so
/// `political-turnover` and `political turnover` are one spelling).
const CLAUSE_KIND_SPELLINGS: [(&str, ClauseKind); 18] = [
    ("political turnover", ClauseKind::PoliticalTurnover),
    ("turnover", ClauseKind::PoliticalTurnover),
    (
        "turnover desirable for political reasons",
        ClauseKind::PoliticalTurnover,
    ),
    (
        "rotation souhaitable pour des raisons politiques",
        ClauseKind::PoliticalTurnover,
    ),
    (
        "rotation pour raisons politiques",
        ClauseKind::PoliticalTurnover,
    ),
    ("rotation", ClauseKind::PoliticalTurnover),
    ("standard", ClauseKind::Standard),
    ("standard clause", ClauseKind::Standard),
    ("clause standard", ClauseKind::Standard),
    ("project", ClauseKind::Project),
    ("project post", ClauseKind::Project),
    ("projet", ClauseKind::Project),
    ("poste lie a un projet", ClauseKind::Project),
    ("senior appointment", ClauseKind::SeniorAppointment),
    ("senior", ClauseKind::SeniorAppointment),
    (
        "nomination a un poste de haut niveau",
        ClauseKind::SeniorAppointment,
    ),
    ("haut niveau", ClauseKind::SeniorAppointment),
    ("senior post", ClauseKind::SeniorAppointment),
];

/// The clause kind `value` spells, without allocating on failure.
fn clause_kind_of(value: &str) -> Option<ClauseKind> {
    CLAUSE_KIND_SPELLINGS
        .iter()
        .find(|(spelling, _)| phrase_eq(value, spelling))
        .map(|&(_, kind)| kind)
}

impl FromStr for ClauseKind {
    type Err = ParseContractError;

    /// Accepts the canonical forms, with a space or a dash, the English and
    /// French labels and short names (`turnover`, `rotation`, `projet`,
    /// `senior`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        clause_kind_of(trim_value(s))
            .ok_or_else(|| ParseContractError::UnknownClauseKind(s.to_owned()))
    }
}

serde_via_str!(
    ClauseKind,
    "a contract clause kind such as \"political-turnover\""
);

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for ClauseKind {
    type Parameters = ();
    type Strategy = proptest::sample::Select<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        proptest::sample::select(&Self::ALL[..])
    }
}

// ---------------------------------------------------------------------------
// ContractClause
// ---------------------------------------------------------------------------

/// The contract clause of a post: the letter printed in the notice, the
/// kind recognised from the clause's text, or both.
///
/// A letter is kept as printed and never turned into a kind: letter `G` is
/// only *believed* to be the political-turnover clause **(inferred)**, and
/// the texts of the other letters are not public.
///
/// Displayed as `G`, `political-turnover` or `G (political-turnover)`.
///
/// ```
/// use nato_post::{ClauseKind, ContractClause};
///
/// let clause: ContractClause = "CONTACT CLAUSE (G)".parse()?;
/// assert_eq!(clause.letter(), Some('G'));
/// assert_eq!(clause.kind(), None);
///
/// let both: ContractClause = "G (political-turnover)".parse()?;
/// assert_eq!(both.kind(), Some(ClauseKind::PoliticalTurnover));
/// assert_eq!(both.to_string(), "G (political-turnover)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ContractClause {
    letter: Option<char>,
    kind: Option<ClauseKind>,
}

/// The words [`ContractClause::from_text`] looks for.
const CLAUSE_WORD_PARTS: &[&[&str]] = &[
    &[
        "turnover",
        "political",
        "politically",
        "rotation",
        "politique",
        "politiques",
        "initial",
        "initiale",
    ],
    EXTENSION_CUES,
    &["project", "projects", "projet", "projets"],
    &["indefinite", "indeterminee"],
    FOLLOWED_CUES,
];

/// [`CLAUSE_WORD_PARTS`], one after the other.
const CLAUSE_WORD_LIST: [&str; word_count(CLAUSE_WORD_PARTS)] = concat_words(CLAUSE_WORD_PARTS);

/// [`CLAUSE_WORD_LIST`] as a [`Vocabulary`].
const CLAUSE_WORDS: Vocabulary = Vocabulary::new(&CLAUSE_WORD_LIST);

/// Labels that may precede a clause value, longest first.
const CLAUSE_LABELS: [&str; 7] = [
    "contract clause applicable",
    "clause contractuelle applicable",
    "contract clause",
    "contact clause",
    "clause contractuelle",
    "contrat clause",
    "clause",
];

impl ContractClause {
    /// The clause printed as `letter` (an ASCII letter, stored in upper
    /// case).
    ///
    /// ```
    /// use nato_post::ContractClause;
    /// assert_eq!(ContractClause::from_letter('g')?.letter(), Some('G'));
    /// assert!(ContractClause::from_letter('7').is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_letter(letter: char) -> Result<Self, ParseContractError> {
        if letter.is_ascii_alphabetic() {
            Ok(Self {
                letter: Some(letter.to_ascii_uppercase()),
                kind: None,
            })
        } else {
            Err(ParseContractError::InvalidClauseLetter(letter.to_string()))
        }
    }

    /// The clause of kind `kind`, with no letter.
    ///
    /// ```
    /// use nato_post::{ClauseKind, ContractClause};
    /// let clause = ContractClause::from_kind(ClauseKind::Standard);
    /// assert_eq!(clause.to_string(), "standard");
    /// ```
    pub const fn from_kind(kind: ClauseKind) -> Self {
        Self {
            letter: None,
            kind: Some(kind),
        }
    }

    /// The same clause with its kind set to `kind`, the letter kept.
    ///
    /// ```
    /// use nato_post::{ClauseKind, ContractClause};
    /// let clause = ContractClause::from_letter('G')?.with_kind(ClauseKind::PoliticalTurnover);
    /// assert_eq!(clause.to_string(), "G (political-turnover)");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_kind(self, kind: ClauseKind) -> Self {
        Self {
            letter: self.letter,
            kind: Some(kind),
        }
    }

    /// The letter printed in the notice, in upper case.
    ///
    /// ```
    /// use nato_post::ContractClause;
    /// assert_eq!("Clause contractuelle G".parse::<ContractClause>()?.letter(), Some('G'));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn letter(self) -> Option<char> {
        self.letter
    }

    /// The kind, when known from the clause's text.
    ///
    /// ```
    /// use nato_post::{ClauseKind, ContractClause};
    /// assert_eq!("project".parse::<ContractClause>()?.kind(), Some(ClauseKind::Project));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn kind(self) -> Option<ClauseKind> {
        self.kind
    }

    /// Recognises the clause kind from the clause's prose, English or
    /// French; `None` when the text matches no known clause.
    ///
    /// Political turnover: *turnover* with *political*, or *rotation* with
    /// *politique(s)*. Senior appointment: an *initial* period with an
    /// *extension* (*prolongée*). Project: *project* or *projet*. Standard:
    /// an indefinite contract that *follows* (*followed*, *thereafter*,
    /// *suivi*). Checked in that order.
    ///
    /// ```
    /// use nato_post::{ClauseKind, ContractClause};
    /// let text = "il est souhaitable, pour des raisons politiques, d'assurer une rotation";
    /// let clause = ContractClause::from_text(text).unwrap();
    /// assert_eq!(clause.kind(), Some(ClauseKind::PoliticalTurnover));
    /// assert_eq!(clause.letter(), None);
    /// ```
    pub fn from_text(text: &str) -> Option<Self> {
        let mut scan = Scan { text, pos: 0 };
        let mut words = 0;
        loop {
            match scan.next() {
                Event::Word { keyword, .. } => {
                    words |= KEYWORDS.entries[usize::from(keyword)].clause;
                }
                Event::Digits { .. } | Event::FullStop => {}
                Event::End => break,
            }
        }
        clause_of_words(words)
    }
}

/// The clause a text names, from its words' [`CLAUSE_WORDS`] bits (the
/// [`Keyword::clause`] of each, or-ed): the test of
/// [`ContractClause::from_text`].
fn clause_of_words(words: u32) -> Option<ContractClause> {
    const V: &Vocabulary = &CLAUSE_WORDS;
    let has = |mask: u128| u128::from(words) & mask != 0;
    let kind = if (has(const { V.mask(&["turnover"]) })
        && has(const { V.mask(&["political", "politically"]) }))
        || (has(const { V.mask(&["rotation"]) })
            && has(const { V.mask(&["politique", "politiques"]) }))
    {
        ClauseKind::PoliticalTurnover
    } else if has(const { V.mask(&["initial", "initiale"]) })
        && has(const { V.mask(EXTENSION_CUES) })
    {
        ClauseKind::SeniorAppointment
    } else if has(const { V.mask(&["project", "projects", "projet", "projets"]) }) {
        ClauseKind::Project
    } else if has(const { V.mask(&["indefinite", "indeterminee"]) })
        && has(const { V.mask(FOLLOWED_CUES) })
    {
        ClauseKind::Standard
    } else {
        return None;
    };
    Some(ContractClause::from_kind(kind))
}

impl fmt::Display for ContractClause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.letter, self.kind) {
            (Some(letter), Some(kind)) => write!(f, "{letter} ({kind})"),
            (Some(letter), None) => write!(f, "{letter}"),
            (None, Some(kind)) => f.write_str(kind.as_str()),
            (None, None) => Ok(()),
        }
    }
}

/// The one ASCII letter that `s` is, if it is one.
fn single_letter(s: &str) -> Option<char> {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_alphabetic() => Some(c.to_ascii_uppercase()),
        _ => None,
    }
}

impl FromStr for ContractClause {
    type Err = ParseContractError;

    /// Accepts a letter (`G`, `(G)`), a clause kind (`political-turnover`,
    /// `political turnover`), or a letter followed by a kind in parentheses
    /// (`G (political-turnover)`), each with an optional label: `Clause`,
    /// `Contract clause`, `CONTACT CLAUSE` (sic), `Clause contractuelle`,
    /// `Contract clause applicable:`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || ParseContractError::InvalidClause(s.to_owned());
        let mut value = trim_value(s);
        for label in CLAUSE_LABELS {
            if let Some(rest) = strip_prefix_folded(value, label) {
                if !rest.starts_with(|c: char| fold_char(c).is_alphanumeric()) {
                    value = trim_value(rest.trim_start().trim_start_matches(':'));
                    break;
                }
            }
        }
        if let Some(letter) = single_letter(value) {
            return Ok(Self {
                letter: Some(letter),
                kind: None,
            });
        }
        if let Some(kind) = clause_kind_of(value) {
            return Ok(Self::from_kind(kind));
        }
        let mut chars = value.chars();
        let letter = chars
            .next()
            .and_then(|c| single_letter(c.encode_utf8(&mut [0; 4])));
        let rest = chars.as_str().trim_start();
        let kind = rest
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .and_then(|inner| clause_kind_of(trim_value(inner)));
        match (letter, kind) {
            (Some(letter), Some(kind)) if rest.starts_with('(') => Ok(Self {
                letter: Some(letter),
                kind: Some(kind),
            }),
            _ => Err(err()),
        }
    }
}

serde_via_str!(
    ContractClause,
    "a contract clause such as \"G\" or \"G (political-turnover)\""
);

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for ContractClause {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        let letter = proptest::option::of(proptest::char::range('A', 'Z'));
        let kind = proptest::option::of(any::<ClauseKind>());
        (letter, kind, proptest::char::range('A', 'Z'))
            .prop_map(|(letter, kind, fallback)| match (letter, kind) {
                (None, None) => Self {
                    letter: Some(fallback),
                    kind: None,
                },
                (letter, kind) => Self { letter, kind },
            })
            .boxed()
    }
}

// ---------------------------------------------------------------------------
// Renewal and ConversionWindow
// ---------------------------------------------------------------------------

/// How a definite contract may be renewed: a number of times (at least
/// one), each for up to a given length.
///
/// Displayed as `renewable once up to 3 years` or `renewable 2 times up to
/// 1 year`.
///
/// ```
/// use nato_post::{Renewal, TermLength};
///
/// let renewal: Renewal = "renewable once up to 3 years".parse()?;
/// assert_eq!(renewal.times(), 1);
/// assert_eq!(renewal.up_to(), TermLength::years(3).unwrap());
/// assert_eq!(Renewal::new(0, renewal.up_to()), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Renewal {
    times: u8,
    up_to: TermLength,
}

impl Renewal {
    /// A renewal `times` times for up to `up_to` each; `None` when `times`
    /// is zero.
    ///
    /// ```
    /// use nato_post::{Renewal, TermLength};
    /// let two = Renewal::new(2, TermLength::years(1).unwrap()).unwrap();
    /// assert_eq!(two.to_string(), "renewable 2 times up to 1 year");
    /// ```
    pub const fn new(times: u8, up_to: TermLength) -> Option<Self> {
        if times == 0 {
            None
        } else {
            Some(Self { times, up_to })
        }
    }

    /// One renewal for up to `up_to`.
    ///
    /// ```
    /// use nato_post::{Renewal, TermLength};
    /// let once = Renewal::once(TermLength::years(3).unwrap());
    /// assert_eq!(once.times(), 1);
    /// ```
    pub const fn once(up_to: TermLength) -> Self {
        Self { times: 1, up_to }
    }

    /// How many times the contract may be renewed (at least one).
    ///
    /// ```
    /// use nato_post::{Renewal, TermLength};
    /// assert_eq!(Renewal::once(TermLength::years(3).unwrap()).times(), 1);
    /// ```
    pub const fn times(self) -> u8 {
        self.times
    }

    /// The longest each renewal may be.
    ///
    /// ```
    /// use nato_post::{Renewal, TermLength};
    /// let three = TermLength::years(3).unwrap();
    /// assert_eq!(Renewal::once(three).up_to(), three);
    /// ```
    pub const fn up_to(self) -> TermLength {
        self.up_to
    }

    /// The longest all renewals together may be, in months.
    ///
    /// ```
    /// use nato_post::{Renewal, TermLength};
    /// let r = Renewal::new(2, TermLength::years(3).unwrap()).unwrap();
    /// assert_eq!(r.total_months(), 72);
    /// ```
    pub const fn total_months(self) -> u32 {
        self.times as u32 * self.up_to.months as u32
    }
}

impl fmt::Display for Renewal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.times {
            1 => write!(f, "renewable once up to {}", self.up_to),
            n => write!(f, "renewable {n} times up to {}", self.up_to),
        }
    }
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
            (Some(n), Some(Tok::Word(w))) if w.is(TIMES) => {
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

impl FromStr for Renewal {
    type Err = ParseContractError;

    /// Accepts `renewable` (or `renewal`, `renouvelable`), an optional count
    /// (`once`, `twice`, `2 times`, `une fois`, `deux fois`; once when
    /// absent), an optional `for`, `up to` or `jusqu'à`, and a term length:
    /// `renewable once up to 3 years`, `renewal for up to three years`,
    /// `renouvelable trois ans`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut t = Tokens::new(trim_value(s));
        match parse_renewal(&mut t) {
            Some(Ok(renewal)) if t.next().is_none() => Ok(renewal),
            _ => Err(ParseContractError::InvalidRenewal(s.to_owned())),
        }
    }
}

serde_via_str!(
    Renewal,
    "a renewal such as \"renewable once up to 3 years\""
);

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for Renewal {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        (1u8..=u8::MAX, any::<TermLength>())
            .prop_map(|(times, up_to)| Self { times, up_to })
            .boxed()
    }
}

/// The right to ask, during the renewal, for conversion to an indefinite
/// contract, no later than `notice` before the contract ends.
///
/// The notice is `None` when the text grants conversion without printing a
/// deadline (the short "contract to be offered" line does this; the clause
/// text prints "no later than one year before the end of contract").
///
/// Displayed as `conversion no later than 1 year before end`, or
/// `conversion during renewal` without a notice.
///
/// ```
/// use nato_post::{ConversionWindow, TermLength};
///
/// let window: ConversionWindow = "conversion no later than one year before end".parse()?;
/// assert_eq!(window.notice(), TermLength::years(1));
/// assert_eq!(window.to_string(), "conversion no later than 1 year before end");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ConversionWindow {
    notice: Option<TermLength>,
}

impl ConversionWindow {
    /// Conversion may be asked for during the renewal, no later than
    /// `notice` before the end of the contract (`None`: no deadline printed).
    ///
    /// ```
    /// use nato_post::{ConversionWindow, TermLength};
    /// let w = ConversionWindow::new(TermLength::years(1));
    /// assert_eq!(w.notice().map(|n| n.in_months()), Some(12));
    /// ```
    pub const fn new(notice: Option<TermLength>) -> Self {
        Self { notice }
    }

    /// How long before the end of the contract the request must be made at
    /// the latest, when printed.
    ///
    /// ```
    /// use nato_post::ConversionWindow;
    /// assert_eq!(ConversionWindow::new(None).notice(), None);
    /// ```
    pub const fn notice(self) -> Option<TermLength> {
        self.notice
    }
}

impl fmt::Display for ConversionWindow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.notice {
            Some(notice) => write!(f, "conversion no later than {notice} before end"),
            None => f.write_str("conversion during renewal"),
        }
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

impl FromStr for ConversionWindow {
    type Err = ParseContractError;

    /// Accepts `conversion`, optionally `to indefinite` and `during
    /// renewal`, then optionally `no later than <term> before end [of
    /// contract]`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut t = Tokens::new(trim_value(s));
        match parse_conversion(&mut t) {
            Some(Ok(window)) if t.next().is_none() => Ok(window),
            _ => Err(ParseContractError::InvalidConversion(s.to_owned())),
        }
    }
}

serde_via_str!(
    ConversionWindow,
    "a conversion window such as \"conversion no later than 1 year before end\""
);

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for ConversionWindow {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        proptest::option::of(any::<TermLength>())
            .prop_map(|notice| Self { notice })
            .boxed()
    }
}

// ---------------------------------------------------------------------------
// ContractTerms
// ---------------------------------------------------------------------------

/// The contract a notice offers: a first definite contract and what may
/// follow it.
///
/// Invariants, checked by [`ContractTermsBuilder::build`]: the maximum
/// period of service is at least the initial term, and the initial term,
/// every renewal and the extension together fit within it; a conversion
/// window or a national agreement needs a renewal, and the conversion
/// notice is shorter than one renewal.
///
/// # Canonical form
///
/// Parts separated by `"; "`, in this order, each present only when it
/// applies:
///
/// | part | meaning |
/// |---|---|
/// | `definite 3 years` | the first contract (always present) |
/// | `renewable once up to 3 years` | [`Renewal`] |
/// | `renewal subject to national agreement` | seconded staff |
/// | `max 6 years` | maximum period of service in the post |
/// | `conversion no later than 1 year before end` | [`ConversionWindow`] |
/// | `then indefinite` | may be followed by an indefinite contract |
/// | `exceptional extension 1 year` | exceptional extension |
///
/// Parsing accepts the parts in any order (each once), with the same
/// leniency as the part types, and `maximum` for `max`.
///
/// ```
/// use nato_post::{ClauseKind, ContractTerms};
///
/// let text = "Offer: a definite duration contract of 3 years, possibly \
///             followed by an indefinite duration contract.";
/// let terms = ContractTerms::from_text(text)?;
/// assert_eq!(terms, ClauseKind::Standard.default_terms());
/// assert_eq!(terms.to_string(), "definite 3 years; then indefinite");
/// assert_eq!(terms.to_string().parse::<ContractTerms>()?, terms);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ContractTerms {
    initial: TermLength,
    renewal: Option<Renewal>,
    max_service: Option<TermLength>,
    conversion: Option<ConversionWindow>,
    followed_by_indefinite: bool,
    exceptional_extension: Option<TermLength>,
    renewal_needs_national_agreement: bool,
}

/// Builds [`ContractTerms`]; [`build`](Self::build) checks the invariants.
///
/// ```
/// use nato_post::{ContractTerms, Renewal, TermLength};
///
/// let three = TermLength::years(3).unwrap();
/// let terms = ContractTerms::builder(three)
///     .renewal(Renewal::once(three))
///     .max_service(TermLength::years(6).unwrap())
///     .build()?;
/// assert_eq!(terms.to_string(), "definite 3 years; renewable once up to 3 years; max 6 years");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ContractTermsBuilder {
    terms: ContractTerms,
}

impl ContractTermsBuilder {
    /// Sets the renewal.
    ///
    /// ```
    /// use nato_post::{ContractTerms, Renewal, TermLength};
    /// let one = TermLength::years(1).unwrap();
    /// let terms = ContractTerms::builder(one).renewal(Renewal::once(one)).build()?;
    /// assert_eq!(terms.renewal(), Some(Renewal::once(one)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn renewal(mut self, renewal: Renewal) -> Self {
        self.terms.renewal = Some(renewal);
        self
    }

    /// Sets the maximum period of service in the post.
    ///
    /// ```
    /// use nato_post::{ContractTerms, TermLength};
    /// let one = TermLength::years(1).unwrap();
    /// assert!(ContractTerms::builder(TermLength::years(3).unwrap()).max_service(one).build().is_err());
    /// ```
    pub const fn max_service(mut self, max_service: TermLength) -> Self {
        self.terms.max_service = Some(max_service);
        self
    }

    /// Sets the conversion window (needs a renewal).
    ///
    /// ```
    /// use nato_post::{ContractTerms, ConversionWindow, TermLength};
    /// let three = TermLength::years(3).unwrap();
    /// let no_renewal = ContractTerms::builder(three).conversion(ConversionWindow::new(None));
    /// assert!(no_renewal.build().is_err());
    /// ```
    pub const fn conversion(mut self, conversion: ConversionWindow) -> Self {
        self.terms.conversion = Some(conversion);
        self
    }

    /// Sets whether an indefinite contract may follow the definite one.
    ///
    /// ```
    /// use nato_post::{ContractTerms, TermLength};
    /// let terms = ContractTerms::builder(TermLength::years(3).unwrap())
    ///     .followed_by_indefinite(true)
    ///     .build()?;
    /// assert!(terms.followed_by_indefinite());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn followed_by_indefinite(mut self, yes: bool) -> Self {
        self.terms.followed_by_indefinite = yes;
        self
    }

    /// Sets the exceptional extension.
    ///
    /// ```
    /// use nato_post::{ContractTerms, TermLength};
    /// let one = TermLength::years(1).unwrap();
    /// let terms = ContractTerms::builder(TermLength::years(3).unwrap())
    ///     .exceptional_extension(one)
    ///     .build()?;
    /// assert_eq!(terms.exceptional_extension(), Some(one));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn exceptional_extension(mut self, extension: TermLength) -> Self {
        self.terms.exceptional_extension = Some(extension);
        self
    }

    /// Sets whether a renewal also needs the national authority's agreement
    /// (seconded staff; needs a renewal).
    ///
    /// ```
    /// use nato_post::{ContractTerms, Renewal, TermLength};
    /// let three = TermLength::years(3).unwrap();
    /// let terms = ContractTerms::builder(three)
    ///     .renewal(Renewal::once(three))
    ///     .renewal_needs_national_agreement(true)
    ///     .build()?;
    /// assert!(terms.renewal_needs_national_agreement());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn renewal_needs_national_agreement(mut self, yes: bool) -> Self {
        self.terms.renewal_needs_national_agreement = yes;
        self
    }

    /// Checks the invariants and returns the terms.
    ///
    /// ```
    /// use nato_post::{ContractTerms, TermLength};
    /// let err = ContractTerms::builder(TermLength::years(3).unwrap())
    ///     .max_service(TermLength::years(2).unwrap())
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(err.to_string(), "maximum service 2 years is shorter than the initial term 3 years");
    /// ```
    pub const fn build(self) -> Result<ContractTerms, ContractTermsError> {
        let t = self.terms;
        if let Some(max) = t.max_service {
            if max.months < t.initial.months {
                return Err(ContractTermsError::MaxServiceBelowInitial {
                    max_service: max,
                    initial: t.initial,
                });
            }
            let total = t.total_months();
            if total > max.months as u32 {
                return Err(ContractTermsError::ExceedsMaxService {
                    total_months: total,
                    max_service: max,
                });
            }
        }
        match (t.renewal, t.conversion) {
            (None, Some(_)) => return Err(ContractTermsError::ConversionWithoutRenewal),
            (
                Some(renewal),
                Some(ConversionWindow {
                    notice: Some(notice),
                }),
            ) if notice.months >= renewal.up_to.months => {
                return Err(ContractTermsError::NoticeNotShorterThanRenewal {
                    notice,
                    renewal: renewal.up_to,
                });
            }
            _ => {}
        }
        if t.renewal.is_none() && t.renewal_needs_national_agreement {
            return Err(ContractTermsError::NationalAgreementWithoutRenewal);
        }
        Ok(t)
    }
}

impl ContractTerms {
    /// A definite contract of `initial`, with nothing after it.
    ///
    /// ```
    /// use nato_post::{ContractTerms, TermLength};
    /// let terms = ContractTerms::new(TermLength::years(2).unwrap());
    /// assert_eq!(terms.to_string(), "definite 2 years");
    /// ```
    pub const fn new(initial: TermLength) -> Self {
        Self {
            initial,
            renewal: None,
            max_service: None,
            conversion: None,
            followed_by_indefinite: false,
            exceptional_extension: None,
            renewal_needs_national_agreement: false,
        }
    }

    /// A builder starting from a definite contract of `initial`.
    ///
    /// ```
    /// use nato_post::{ContractTerms, TermLength};
    /// let two = TermLength::years(2).unwrap();
    /// assert_eq!(ContractTerms::builder(two).build()?, ContractTerms::new(two));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn builder(initial: TermLength) -> ContractTermsBuilder {
        ContractTermsBuilder {
            terms: Self::new(initial),
        }
    }

    /// These terms in a builder, to change some of them.
    ///
    /// ```
    /// use nato_post::{ClauseKind, TermLength};
    /// let terms = ClauseKind::SeniorAppointment.default_terms()
    ///     .to_builder()
    ///     .exceptional_extension(TermLength::months(6).unwrap())
    ///     .build()?;
    /// assert_eq!(terms.exceptional_extension(), TermLength::months(6));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn to_builder(self) -> ContractTermsBuilder {
        ContractTermsBuilder { terms: self }
    }

    /// The kind of the first contract: always [`ContractKind::Definite`].
    ///
    /// ```
    /// use nato_post::{ClauseKind, ContractKind};
    /// assert_eq!(ClauseKind::Standard.default_terms().first_contract(), ContractKind::Definite);
    /// ```
    pub const fn first_contract(self) -> ContractKind {
        ContractKind::Definite
    }

    /// The length of the first contract.
    ///
    /// ```
    /// use nato_post::ClauseKind;
    /// assert_eq!(ClauseKind::Project.default_terms().initial().in_months(), 36);
    /// ```
    pub const fn initial(self) -> TermLength {
        self.initial
    }

    /// The renewal, if the contract may be renewed.
    ///
    /// ```
    /// use nato_post::ClauseKind;
    /// assert!(ClauseKind::Standard.default_terms().renewal().is_none());
    /// ```
    pub const fn renewal(self) -> Option<Renewal> {
        self.renewal
    }

    /// The maximum period of service in the post, if printed.
    ///
    /// ```
    /// use nato_post::{ClauseKind, TermLength};
    /// assert_eq!(ClauseKind::PoliticalTurnover.default_terms().max_service(), TermLength::years(6));
    /// ```
    pub const fn max_service(self) -> Option<TermLength> {
        self.max_service
    }

    /// The window to ask for conversion to an indefinite contract, if any.
    ///
    /// ```
    /// use nato_post::{ClauseKind, TermLength};
    /// let window = ClauseKind::PoliticalTurnover.default_terms().conversion().unwrap();
    /// assert_eq!(window.notice(), TermLength::years(1));
    /// ```
    pub const fn conversion(self) -> Option<ConversionWindow> {
        self.conversion
    }

    /// Whether the definite contract may be followed by an indefinite one.
    ///
    /// ```
    /// use nato_post::ClauseKind;
    /// assert!(ClauseKind::Standard.default_terms().followed_by_indefinite());
    /// ```
    pub const fn followed_by_indefinite(self) -> bool {
        self.followed_by_indefinite
    }

    /// The exceptional extension, if any.
    ///
    /// ```
    /// use nato_post::{ClauseKind, TermLength};
    /// let terms = ClauseKind::SeniorAppointment.default_terms();
    /// assert_eq!(terms.exceptional_extension(), TermLength::years(1));
    /// ```
    pub const fn exceptional_extension(self) -> Option<TermLength> {
        self.exceptional_extension
    }

    /// Whether a renewal also needs the agreement of the national authority
    /// (staff seconded from a member state's administration).
    ///
    /// ```
    /// use nato_post::ClauseKind;
    /// assert!(!ClauseKind::Project.default_terms().renewal_needs_national_agreement());
    /// ```
    pub const fn renewal_needs_national_agreement(self) -> bool {
        self.renewal_needs_national_agreement
    }

    /// The longest time these terms allow in the post, in months: the
    /// initial term, every renewal and the extension.
    ///
    /// ```
    /// use nato_post::ClauseKind;
    /// assert_eq!(ClauseKind::PoliticalTurnover.default_terms().total_months(), 72);
    /// ```
    pub const fn total_months(self) -> u32 {
        let renewals = match self.renewal {
            Some(r) => r.total_months(),
            None => 0,
        };
        let extension = match self.exceptional_extension {
            Some(e) => e.months as u32,
            None => 0,
        };
        self.initial.months as u32 + renewals + extension
    }

    /// Extracts the terms offered to non-seconded applicants from the prose
    /// of a notice's contract section, English or French.
    ///
    /// Works sentence by sentence. Sentences about seconded staff
    /// (*seconded*, *détaché(e)*, but not *non-seconded* or *hors
    /// détachement*) and about serving staff are skipped; when nothing else
    /// gives a term, the seconded terms are returned, so the seconded
    /// paragraph alone also parses. Each duration takes its role from the
    /// nearest cue word before it (*contract*, *initial* → initial term;
    /// *renew…*, *renouvelable*, *reconduit* → renewal; *maximum* or
    /// *n'excède pas* in a sentence about *service* → maximum service; *no
    /// later than*, *au plus tard* → conversion notice; *extension*,
    /// *prolongée* → exceptional extension), or from the word right after it
    /// (`a one-year extension`, `a 3-year definite duration contract`).
    /// *Conversion*/*transformé* marks a conversion window; an indefinite
    /// contract *followed*/*thereafter*/*suivi* marks `then indefinite`;
    /// *agreement*/*accord* with *national(es)* marks the national
    /// agreement.
    ///
    /// # Errors
    ///
    /// [`ParseContractError::NoTerms`] when no initial term is found,
    /// [`ParseContractError::ConflictingTerms`] when two sentences give
    /// different values for one term, [`ParseContractError::InconsistentTerms`]
    /// when the terms break an invariant.
    ///
    /// ```
    /// use nato_post::{ClauseKind, ContractTerms};
    ///
    /// let fr = "Durée de service maximale : six ans. Contrat de durée déterminée de \
    ///     trois ans, renouvelable une fois pour trois ans au plus. La personne titulaire \
    ///     peut demander sa transformation en contrat de durée indéterminée au plus tard \
    ///     un an avant la fin du contrat.";
    /// assert_eq!(ContractTerms::from_text(fr)?, ClauseKind::PoliticalTurnover.default_terms());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_text(text: &str) -> Result<Self, ParseContractError> {
        let (others, seconded) = read_drafts(text, true);
        match settle_draft(others) {
            Err(Failure::NoTerms) => settle_draft(seconded),
            other => other,
        }
        .map_err(|failure| failure.into_error(text))
    }

    /// Extracts the terms offered to applicants seconded from a member
    /// state's administration: like [`from_text`](Self::from_text), but
    /// reading only the sentences about seconded staff.
    ///
    /// # Errors
    ///
    /// As [`from_text`](Self::from_text).
    ///
    /// ```
    /// use nato_post::ContractTerms;
    ///
    /// let en = "Seconded staff: a 3-year definite duration contract, renewable for up to \
    ///     3 years with the agreement of the national authority. Maximum service for \
    ///     seconded staff: six years.";
    /// let terms = ContractTerms::seconded_from_text(en)?;
    /// assert_eq!(
    ///     terms.to_string(),
    ///     "definite 3 years; renewable once up to 3 years; renewal subject to national agreement; max 6 years"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn seconded_from_text(text: &str) -> Result<Self, ParseContractError> {
        settle_draft(read_drafts(text, false).1).map_err(|failure| failure.into_error(text))
    }
}

/// [`ContractTerms::from_text`] of `text`, and the clause
/// [`ContractClause::from_text`] finds in the first paragraph of `text`
/// that names one, the paragraphs ending at the bytes `ends` (increasing;
/// each followed by one byte that is no letter, such as the space that
/// joins it to the next): one reading of the words gives both. `None` for
/// the clause when `ends` is empty.
pub(crate) fn terms_and_first_clause(
    text: &str,
    ends: &[usize],
) -> (
    Result<ContractTerms, ParseContractError>,
    Option<ContractClause>,
) {
    // The paragraph the words go to, the bits of its words so far, and the
    // clause once found.
    let (mut paragraph, mut words, mut clause) = (0, 0u32, None);
    let (others, seconded) = read_drafts_noting(text, true, &mut |at, bits| {
        while clause.is_none() && ends.get(paragraph).is_some_and(|&end| at >= end) {
            clause = clause_of_words(words);
            (paragraph, words) = (paragraph + 1, 0);
        }
        words |= bits;
    });
    if clause.is_none() && paragraph < ends.len() {
        clause = clause_of_words(words);
    }
    let terms = match settle_draft(others) {
        Err(Failure::NoTerms) => settle_draft(seconded),
        other => other,
    }
    .map_err(|failure| failure.into_error(text));
    (terms, clause)
}

impl fmt::Display for ContractTerms {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "definite {}", self.initial)?;
        if let Some(renewal) = self.renewal {
            write!(f, "; {renewal}")?;
        }
        if self.renewal_needs_national_agreement {
            f.write_str("; renewal subject to national agreement")?;
        }
        if let Some(max) = self.max_service {
            write!(f, "; max {max}")?;
        }
        if let Some(conversion) = self.conversion {
            write!(f, "; {conversion}")?;
        }
        if self.followed_by_indefinite {
            f.write_str("; then indefinite")?;
        }
        if let Some(extension) = self.exceptional_extension {
            write!(f, "; exceptional extension {extension}")?;
        }
        Ok(())
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

impl FromStr for ContractTerms {
    type Err = ParseContractError;

    /// Reads the canonical form (see [`ContractTerms`]), parts in any order.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
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
}

serde_via_str!(
    ContractTerms,
    "contract terms such as \"definite 3 years; then indefinite\""
);

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for ContractTerms {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        let months = || 1u16..=120;
        (
            months(),
            proptest::option::of((1u8..=3, months())),
            proptest::option::of(proptest::option::of(months())),
            any::<bool>(),
            proptest::option::of(months()),
            any::<bool>(),
            proptest::option::of(0u16..=60),
        )
            .prop_map(
                |(initial, renewal, conversion, followed, extension, national, slack)| {
                    let renewal = renewal.map(|(times, up_to)| Renewal {
                        times,
                        up_to: TermLength { months: up_to },
                    });
                    // A conversion needs a renewal and a notice shorter than it.
                    let conversion = renewal.and(conversion).map(|notice| ConversionWindow {
                        notice: notice
                            .zip(renewal)
                            .and_then(|(n, r)| TermLength::months(n % r.up_to.months)),
                    });
                    let mut terms = ContractTerms {
                        initial: TermLength { months: initial },
                        renewal,
                        max_service: None,
                        conversion,
                        followed_by_indefinite: followed,
                        exceptional_extension: extension.map(|months| TermLength { months }),
                        renewal_needs_national_agreement: national && renewal.is_some(),
                    };
                    // At most 120 + 3 * 120 + 120 + 60 months: always fits a u16.
                    terms.max_service = slack
                        .and_then(|slack| {
                            u16::try_from(terms.total_months() + u32::from(slack)).ok()
                        })
                        .and_then(TermLength::months);
                    terms
                },
            )
            .boxed()
    }
}

// ---------------------------------------------------------------------------
// Prose extraction
// ---------------------------------------------------------------------------

const INITIAL_CUES: &[&str] = &[
    "contract",
    "contracts",
    "contrat",
    "contrats",
    "initial",
    "initiale",
];
const RENEWAL_CUES: &[&str] = &[
    "renew",
    "renewal",
    "renewals",
    "renewed",
    "renewable",
    "renouvelable",
    "renouvele",
    "renouvelee",
    "renouvellement",
    "reconduit",
    "reconduite",
    "reconduction",
    "reconductible",
];
const EXTENSION_CUES: &[&str] = &[
    "extension",
    "extended",
    "extend",
    "prolongee",
    "prolonge",
    "prolongation",
    "prolonger",
];
const MAX_CUES: &[&str] = &[
    "maximum", "maximale", "maximal", "exceed", "exceeds", "excede", "depasse",
];
const NOTICE_CUES: &[&str] = &["later", "tard"];
const FOLLOWED_CUES: &[&str] = &[
    "followed",
    "thereafter",
    "then",
    "suivi",
    "suivie",
    "ensuite",
];
const CONVERSION_CUES: &[&str] = &[
    "conversion",
    "transformation",
    "convert",
    "converted",
    "transforme",
    "transformee",
    "transformer",
];
const SECONDED_WORDS: &[&str] = &[
    "seconded",
    "secondment",
    "detache",
    "detachee",
    "detaches",
    "detachees",
    "detachement",
];

/// The role of a duration in a contract sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Initial,
    Renewal,
    Extension,
    MaxService,
    Notice,
}

/// The words of a contract sentence that give it its meaning: the
/// audience, the flags and the cue words of durations.
const SENTENCE_WORD_PARTS: &[&[&str]] = &[
    // Audience.
    SECONDED_WORDS,
    &[
        "non", "hors", "serving", "fonction", "en", "agent", "agents",
    ],
    // Flags.
    &["service"],
    CONVERSION_CUES,
    &["indefinite", "indeterminee"],
    FOLLOWED_CUES,
    &[
        "agreement",
        "accord",
        "national",
        "nationale",
        "nationales",
        "nationaux",
    ],
    // Cue words of durations.
    INITIAL_CUES,
    RENEWAL_CUES,
    EXTENSION_CUES,
    MAX_CUES,
    NOTICE_CUES,
    // Counts of renewals.
    &["once", "twice"],
];

/// [`SENTENCE_WORD_PARTS`], one after the other.
const SENTENCE_WORD_LIST: [&str; word_count(SENTENCE_WORD_PARTS)] =
    concat_words(SENTENCE_WORD_PARTS);

/// [`SENTENCE_WORD_LIST`] as a [`Vocabulary`].
const SENTENCE_WORDS: Vocabulary = Vocabulary::new(&SENTENCE_WORD_LIST);

/// The number of words in `parts`.
const fn word_count(parts: &[&[&str]]) -> usize {
    let mut n = 0;
    let mut p = 0;
    while p < parts.len() {
        n += parts[p].len();
        p += 1;
    }
    n
}

/// The words of `parts`, one after the other; `N` must be their number.
const fn concat_words<const N: usize>(parts: &[&[&'static str]]) -> [&'static str; N] {
    let mut words = [""; N];
    let mut n = 0;
    let mut p = 0;
    while p < parts.len() {
        let mut i = 0;
        while i < parts[p].len() {
            words[n] = parts[p][i];
            n += 1;
            i += 1;
        }
        p += 1;
    }
    assert!(n == N, "N is the number of words");
    words
}

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

/// Terms gathered from sentences, before validation.
#[derive(Debug, Default)]
struct Draft {
    initial: Option<TermLength>,
    renewal: Option<TermLength>,
    times: Option<u8>,
    max_service: Option<TermLength>,
    notice: Option<TermLength>,
    extension: Option<TermLength>,
    conversion: bool,
    followed_by_indefinite: bool,
    national_agreement: bool,
}

/// Stores `value` in `slot`; `Err(what)` when the slot holds another value.
fn settle<T: PartialEq>(
    slot: &mut Option<T>,
    value: T,
    what: &'static str,
) -> Result<(), &'static str> {
    match slot {
        Some(old) if *old != value => Err(what),
        _ => {
            *slot = Some(value);
            Ok(())
        }
    }
}

/// What one pass over a sentence tells: every keyword of [`SENTENCE_WORDS`]
/// it uses, its audience, and the durations and counts of renewals it gives.
struct SentenceWords<'a> {
    /// The sentence.
    text: &'a str,
    used: u128,
    /// About seconded staff (*seconded*, *détaché(e)*, but not
    /// *non-seconded* or *hors détachement*).
    seconded: bool,
    /// About serving staff (*serving*, *agents en fonction*).
    serving: bool,
    /// The durations and counts, in order.
    found: [Found; FOUND_MAX],
    /// How many of `found` are filled; more than [`FOUND_MAX`] when the
    /// sentence gives more, which are then read again by
    /// [`read_numbers_again`].
    found_len: usize,
}

/// The durations and counts [`SentenceWords`] keeps for one sentence.
const FOUND_MAX: usize = 8;

/// A duration or a count of renewals found in a sentence, with what the
/// role of a duration depends on.
#[derive(Debug, Clone, Copy)]
enum Found {
    Duration {
        /// `None` when out of range.
        length: Option<TermLength>,
        /// The role the word right after the duration gives it.
        next_role: Option<Role>,
        /// The [`KEYWORDS`] entry of the last cue word since the previous
        /// duration (0 when none).
        cue: u8,
        /// The same, the maximum cues left out.
        cue_not_max: u8,
        /// The byte of the sentence after the duration.
        end: usize,
    },
    /// `None` when out of range.
    Count(Option<u8>),
}

/// The cue words of durations.
const ANY_CUE: u128 = {
    const V: &Vocabulary = &SENTENCE_WORDS;
    V.mask(INITIAL_CUES)
        | V.mask(RENEWAL_CUES)
        | V.mask(EXTENSION_CUES)
        | V.mask(MAX_CUES)
        | V.mask(NOTICE_CUES)
};

/// The cue words of durations but the maximum ones (cues only in a sentence
/// about service).
const ANY_CUE_NOT_MAX: u128 = {
    const V: &Vocabulary = &SENTENCE_WORDS;
    V.mask(INITIAL_CUES) | V.mask(RENEWAL_CUES) | V.mask(EXTENSION_CUES) | V.mask(NOTICE_CUES)
};

/// Reads the sentence at the start of `rest`, cut after a full stop
/// followed by white space (not at line breaks, which PDF exports put in
/// mid-sentence) or at the end, and moves `rest` past it; `None` when no
/// token is left. Each keyword with [`CLAUSE_WORDS`] bits goes to `note`
/// too, with the byte where it starts counted from `offset` (that of
/// `rest` in the text read).
fn next_sentence<'a>(
    rest: &mut &'a str,
    offset: usize,
    note: &mut impl FnMut(usize, u32),
) -> Option<SentenceWords<'a>> {
    let text = *rest;
    let mut words = SentenceWords {
        text: "",
        used: 0,
        seconded: false,
        serving: false,
        found: [Found::Count(None); FOUND_MAX],
        found_len: 0,
    };
    let mut scan = Scan { text, pos: 0 };
    // The audience flags of the two words before.
    let (mut prev, mut prev2) = (0u8, 0u8);
    // The entries of the last cue word since the last duration, with and
    // without the maximum cues.
    let (mut cue, mut cue_not_max) = (0u8, 0u8);
    // The tokens before this byte belong to a duration or a count.
    let mut read_to = 0;
    loop {
        let (start, end, keyword) = match scan.next() {
            Event::End | Event::FullStop => break,
            Event::Digits { start, end } => (start, end, 0),
            Event::Word { keyword: 0, .. } => {
                // Most words are no keyword.
                (prev2, prev) = (prev, 0);
                continue;
            }
            Event::Word {
                start,
                end,
                keyword,
            } => {
                let entry = &KEYWORDS.entries[usize::from(keyword)];
                words.used |= entry.sentence;
                if entry.clause != 0 {
                    note(offset + start, entry.clause);
                }
                let audience = entry.audience;
                if audience & SECONDED != 0 && prev & NON_OR_HORS == 0 {
                    words.seconded = true;
                }
                if audience & SERVING != 0
                    || (audience & FONCTION != 0 && prev & EN != 0 && prev2 & AGENT != 0)
                {
                    words.serving = true;
                }
                (prev2, prev) = (prev, audience);
                if entry.cue & NUMERIC == 0 {
                    if start >= read_to {
                        if entry.cue & CUE != 0 {
                            cue = keyword;
                        }
                        if entry.cue & CUE_NOT_MAX != 0 {
                            cue_not_max = keyword;
                        }
                    }
                    continue;
                }
                (start, end, keyword)
            }
        };
        if start < read_to {
            continue;
        }
        let (found, end) = match read_number(text, start, end, keyword) {
            Number::Duration {
                length,
                next_role,
                end,
            } => {
                let found = Found::Duration {
                    length,
                    next_role,
                    cue,
                    cue_not_max,
                    end,
                };
                (cue, cue_not_max) = (0, 0);
                (Some(found), end)
            }
            Number::Count { times, end } => (Some(Found::Count(times)), end),
            Number::Other { end, keyword } => {
                let flags = KEYWORDS.entries[usize::from(keyword)].cue;
                if flags & CUE != 0 {
                    cue = keyword;
                }
                if flags & CUE_NOT_MAX != 0 {
                    cue_not_max = keyword;
                }
                (None, end)
            }
        };
        read_to = end;
        if let Some(found) = found {
            if let Some(slot) = words.found.get_mut(words.found_len) {
                *slot = found;
            }
            words.found_len += 1;
        }
    }
    // Only white space is left: the sentences are over.
    if scan.pos == 0 || text[..scan.pos].trim().is_empty() {
        *rest = "";
        return None;
    }
    let (sentence, tail) = text.split_at(scan.pos);
    *rest = tail;
    words.text = sentence;
    Some(words)
}

impl SentenceWords<'_> {
    fn has(&self, mask: u128) -> bool {
        self.used & mask != 0
    }
}

/// What the token at a byte of a sentence that may start a duration or a
/// count (digits, a number word, *once*, *twice*) starts.
enum Number {
    /// A number, an optional dash and a unit.
    Duration {
        /// `None` when out of range.
        length: Option<TermLength>,
        /// The role the word right after the duration gives it.
        next_role: Option<Role>,
        /// The byte after the duration.
        end: usize,
    },
    /// `once`, `twice`, `2 times`, `une fois`.
    Count {
        /// `None` when out of range.
        times: Option<u8>,
        /// The byte after the count.
        end: usize,
    },
    /// Neither: the token alone, with its [`KEYWORDS`] entry (0 when it is
    /// no word).
    Other { end: usize, keyword: u8 },
}

/// Reads the duration or the count of renewals that starts with the token
/// `start..end` of `sentence` (or of the text from the sentence on: neither
/// reads past a full stop): digits, or a word and its [`KEYWORDS`] entry.
fn read_number(sentence: &str, start: usize, end: usize, keyword: u8) -> Number {
    const V: &Vocabulary = &SENTENCE_WORDS;
    let token = &sentence[start..end];
    let first = Some(if token.as_bytes()[0].is_ascii_digit() {
        Tok::Num(token)
    } else {
        Tok::Word(Word {
            text: token,
            keyword,
        })
    });
    let rest = Tokens::new(&sentence[end..]);
    let consumed = |t: &Tokens<'_>| sentence.len() - t.rest.len();
    let mut after_number = rest.clone();
    if let Some(n) = first.and_then(|head| number_after(head, &mut after_number)) {
        let mut unit = after_number.clone();
        let dashed = unit.eat_punct('-');
        let next = unit.next();
        if let Some(per) = match next {
            Some(Tok::Word(w)) => unit_months(w),
            _ => None,
        } {
            return Number::Duration {
                length: u16::try_from(n.saturating_mul(per))
                    .ok()
                    .and_then(TermLength::months),
                next_role: next_role(unit.clone()),
                end: consumed(&unit),
            };
        }
        // The token right after the number.
        let (next, after) = if dashed {
            let mut plain = after_number;
            (plain.next(), plain)
        } else {
            (next, unit)
        };
        if let Some(Tok::Word(w)) = next {
            if w.is(TIMES) {
                return Number::Count {
                    times: u8::try_from(n).ok().filter(|&n| n > 0),
                    end: consumed(&after),
                };
            }
        }
    }
    let end = consumed(&rest);
    let keyword = match first {
        Some(Tok::Word(w)) => w.keyword,
        _ => 0,
    };
    let bits = KEYWORDS.entries[usize::from(keyword)].sentence;
    if bits & const { V.mask(&["once"]) } != 0 {
        Number::Count {
            times: Some(1),
            end,
        }
    } else if bits & const { V.mask(&["twice"]) } != 0 {
        Number::Count {
            times: Some(2),
            end,
        }
    } else {
        Number::Other { end, keyword }
    }
}

/// The role the word right after a duration (`t` reads from there) gives
/// it: `a one-year extension`, `a 3-year definite duration contract`.
fn next_role(mut t: Tokens<'_>) -> Option<Role> {
    const V: &Vocabulary = &SENTENCE_WORDS;
    t.eat_punct('\'');
    let Some(Tok::Word(w)) = t.next() else {
        return None;
    };
    let bits = w.sentence_bits();
    if bits & const { V.mask(EXTENSION_CUES) } != 0 {
        Some(Role::Extension)
    } else if bits & const { V.mask(RENEWAL_CUES) } != 0 {
        Some(Role::Renewal)
    } else if bits & const { V.mask(INITIAL_CUES) } != 0 {
        Some(Role::Initial)
    } else {
        None
    }
}

/// The role one of the four words after a duration gives it, the rest of
/// the sentence read by `t`.
fn near_role(t: Tokens<'_>) -> Option<Role> {
    const V: &Vocabulary = &SENTENCE_WORDS;
    t.filter_map(|t| match t {
        Tok::Word(w) => Some(w.sentence_bits()),
        _ => None,
    })
    .take(4)
    .find_map(|bits| {
        if bits & const { V.mask(INITIAL_CUES) } != 0 {
            Some(Role::Initial)
        } else if bits & const { V.mask(EXTENSION_CUES) } != 0 {
            Some(Role::Extension)
        } else {
            None
        }
    })
}

/// Stores a duration in the slot of its role.
fn settle_duration(
    draft: &mut Draft,
    role: Option<Role>,
    length: TermLength,
) -> Result<(), &'static str> {
    match role {
        Some(Role::Initial) => settle(&mut draft.initial, length, "initial term"),
        Some(Role::Renewal) => settle(&mut draft.renewal, length, "renewal"),
        Some(Role::Extension) => settle(&mut draft.extension, length, "extension"),
        Some(Role::MaxService) => settle(&mut draft.max_service, length, "maximum service"),
        Some(Role::Notice) => settle(&mut draft.notice, length, "conversion notice"),
        None => Ok(()),
    }
}

/// Reads one sentence into `draft`.
fn read_sentence(words: &SentenceWords<'_>, draft: &mut Draft) -> Result<(), &'static str> {
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
    let Some(found) = words.found.get(..words.found_len) else {
        return read_numbers_again(words, about_service, draft);
    };
    for &found in found {
        match found {
            Found::Duration {
                length,
                next_role,
                cue,
                cue_not_max,
                end,
            } => {
                let length = length.ok_or("term length")?;
                let cue =
                    KEYWORDS.entries[usize::from(if about_service { cue } else { cue_not_max })];
                let cue = cue_role(cue.sentence, about_service);
                let role = next_role
                    .or(cue)
                    .or_else(|| near_role(Tokens::new(&words.text[end..])));
                settle_duration(draft, role, length)?;
            }
            Found::Count(times) => {
                settle(
                    &mut draft.times,
                    times.ok_or("renewal count")?,
                    "renewal count",
                )?;
            }
        }
    }
    Ok(())
}

/// [`read_sentence`] for a sentence with more durations and counts than
/// [`SentenceWords`] keeps: reads the sentence again.
fn read_numbers_again(
    words: &SentenceWords<'_>,
    about_service: bool,
    draft: &mut Draft,
) -> Result<(), &'static str> {
    const V: &Vocabulary = &SENTENCE_WORDS;
    let sentence = words.text;
    let mut scan = Scan {
        text: sentence,
        pos: 0,
    };
    let mut cue = None;
    loop {
        // Most tokens are neither a number nor a count of renewals: settle
        // them on one reading; marks are skipped.
        let (start, end, keyword) = match scan.next() {
            Event::End => break,
            Event::FullStop => continue,
            Event::Word {
                start,
                end,
                keyword,
            } => {
                let entry = &KEYWORDS.entries[usize::from(keyword)];
                let bits = entry.sentence;
                if entry.number == NO_NUMBER && bits & const { V.mask(&["once", "twice"]) } == 0 {
                    if let Some(role) = cue_role(bits, about_service) {
                        cue = Some(role);
                    }
                    continue;
                }
                (start, end, keyword)
            }
            Event::Digits { start, end } => (start, end, 0),
        };
        match read_number(sentence, start, end, keyword) {
            Number::Duration {
                length,
                next_role,
                end,
            } => {
                let length = length.ok_or("term length")?;
                let role = next_role
                    .or(cue)
                    .or_else(|| near_role(Tokens::new(&sentence[end..])));
                cue = None;
                settle_duration(draft, role, length)?;
                scan.pos = end;
            }
            Number::Count { times, end } => {
                settle(
                    &mut draft.times,
                    times.ok_or("renewal count")?,
                    "renewal count",
                )?;
                scan.pos = end;
            }
            Number::Other { end, keyword } => {
                let bits = KEYWORDS.entries[usize::from(keyword)].sentence;
                if let Some(role) = cue_role(bits, about_service) {
                    cue = Some(role);
                }
                scan.pos = end;
            }
        }
    }
    Ok(())
}

/// Why [`settle_draft`] found no terms; turned into a [`ParseContractError`] only
/// at the end, so that trying the seconded sentences after the others does
/// not allocate.
#[derive(Debug)]
enum Failure {
    NoTerms,
    Conflict(&'static str),
    Inconsistent(ContractTermsError),
}

impl Failure {
    fn into_error(self, text: &str) -> ParseContractError {
        let input = text.to_owned();
        match self {
            Self::NoTerms => ParseContractError::NoTerms(input),
            Self::Conflict(what) => ParseContractError::ConflictingTerms { input, what },
            Self::Inconsistent(reason) => ParseContractError::InconsistentTerms { input, reason },
        }
    }
}

/// The drafts of the terms offered to the others (when `ordinary`) and to
/// seconded staff, read in one pass over the sentences of `text`; a draft
/// stops at its first conflict.
fn read_drafts(
    text: &str,
    ordinary: bool,
) -> (Result<Draft, &'static str>, Result<Draft, &'static str>) {
    read_drafts_noting(text, ordinary, &mut |_, _| {})
}

/// [`read_drafts`], each keyword with [`CLAUSE_WORDS`] bits also given to
/// `note` with the byte of `text` where it starts, in the order of the
/// text.
fn read_drafts_noting(
    text: &str,
    ordinary: bool,
    note: &mut impl FnMut(usize, u32),
) -> (Result<Draft, &'static str>, Result<Draft, &'static str>) {
    let mut others = Ok(Draft::default());
    let mut seconded = Ok(Draft::default());
    let mut rest = text;
    loop {
        let offset = text.len() - rest.len();
        let Some(words) = next_sentence(&mut rest, offset, note) else {
            break;
        };
        if words.serving || (!ordinary && !words.seconded) {
            continue;
        }
        let slot = if words.seconded {
            &mut seconded
        } else {
            &mut others
        };
        if let Ok(draft) = slot {
            if let Err(what) = read_sentence(&words, draft) {
                *slot = Err(what);
            }
        }
    }
    (others, seconded)
}

/// The terms of a draft read by [`read_drafts`].
fn settle_draft(draft: Result<Draft, &'static str>) -> Result<ContractTerms, Failure> {
    let draft = draft.map_err(Failure::Conflict)?;
    let initial = draft.initial.ok_or(Failure::NoTerms)?;
    let renewal = draft.renewal.map(|up_to| Renewal {
        times: draft.times.unwrap_or(1),
        up_to,
    });
    let mut builder = ContractTerms::builder(initial)
        .followed_by_indefinite(draft.followed_by_indefinite)
        .renewal_needs_national_agreement(draft.national_agreement && renewal.is_some());
    if let Some(renewal) = renewal {
        builder = builder.renewal(renewal);
    }
    if let Some(max) = draft.max_service {
        builder = builder.max_service(max);
    }
    if draft.conversion || draft.notice.is_some() {
        builder = builder.conversion(ConversionWindow {
            notice: draft.notice,
        });
    }
    if let Some(extension) = draft.extension {
        builder = builder.exceptional_extension(extension);
    }
    builder.build().map_err(Failure::Inconsistent)
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

/// Why a set of contract terms is impossible.
///
/// ```
/// use nato_post::{ContractTerms, ConversionWindow, TermLength};
/// let err = ContractTerms::builder(TermLength::years(3).unwrap())
///     .conversion(ConversionWindow::new(None))
///     .build()
///     .unwrap_err();
/// assert_eq!(err.to_string(), "a conversion window needs a renewal");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ContractTermsError {
    /// The maximum period of service is shorter than the initial term.
    #[error("maximum service {max_service} is shorter than the initial term {initial}")]
    MaxServiceBelowInitial {
        /// The maximum period of service.
        max_service: TermLength,
        /// The initial term.
        initial: TermLength,
    },
    /// The initial term, renewals and extension exceed the maximum service.
    #[error(
        "initial term, renewals and extension add up to {total_months} months, more than the maximum service {max_service}"
    )]
    ExceedsMaxService {
        /// The initial term, renewals and extension together, in months.
        total_months: u32,
        /// The maximum period of service.
        max_service: TermLength,
    },
    /// A conversion window without a renewal to hold it.
    #[error("a conversion window needs a renewal")]
    ConversionWithoutRenewal,
    /// The conversion notice is not shorter than one renewal.
    #[error("conversion notice {notice} is not shorter than the renewal {renewal}")]
    NoticeNotShorterThanRenewal {
        /// The conversion notice.
        notice: TermLength,
        /// The longest renewal.
        renewal: TermLength,
    },
    /// The national agreement to renew, without a renewal.
    #[error("a national agreement to renew needs a renewal")]
    NationalAgreementWithoutRenewal,
}

/// The error returned when contract text cannot be parsed. Every variant
/// keeps the offending input.
///
/// ```
/// use nato_post::TermLength;
/// let err = "three weeks".parse::<TermLength>().unwrap_err();
/// assert_eq!(err.to_string(), r#"invalid term length "three weeks""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseContractError {
    /// The text is not a number and a unit.
    #[error("invalid term length {0:?}")]
    InvalidTermLength(String),
    /// The term length is zero or longer than `u16::MAX` months.
    #[error("term length out of range {0:?}")]
    TermLengthOutOfRange(String),
    /// The text names no contract kind.
    #[error("unknown contract kind {0:?}")]
    UnknownContractKind(String),
    /// The text names no contract clause kind.
    #[error("unknown contract clause kind {0:?}")]
    UnknownClauseKind(String),
    /// The character is not an ASCII letter.
    #[error("invalid contract clause letter {0:?}")]
    InvalidClauseLetter(String),
    /// The text is neither a clause letter nor a clause kind.
    #[error("invalid contract clause {0:?}")]
    InvalidClause(String),
    /// The text is not a renewal.
    #[error("invalid contract renewal {0:?}")]
    InvalidRenewal(String),
    /// The text is not a conversion window.
    #[error("invalid conversion window {0:?}")]
    InvalidConversion(String),
    /// The text is not the canonical form of contract terms.
    #[error("invalid contract terms {0:?}")]
    InvalidTerms(String),
    /// The prose gives no initial contract term.
    #[error("no contract terms found in {0:?}")]
    NoTerms(String),
    /// Two sentences of the prose give different values for one term (or a
    /// term is out of range).
    #[error("conflicting {what} in contract text {input:?}")]
    ConflictingTerms {
        /// The text parsed.
        input: String,
        /// Which term conflicts.
        what: &'static str,
    },
    /// The terms parsed break an invariant.
    #[error("inconsistent contract terms {input:?}: {reason}")]
    InconsistentTerms {
        /// The text parsed.
        input: String,
        /// The invariant broken.
        reason: ContractTermsError,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The character-by-character tokenizer the byte fast paths replaced.
    fn reference_tokens(mut s: &str) -> Vec<reference::Tok<'_>> {
        let mut out = Vec::new();
        loop {
            s = s.trim_start();
            let Some(first) = s.chars().next() else {
                return out;
            };
            let end = if first.is_ascii_digit() {
                s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len())
            } else if is_letter(first) {
                s.find(|c: char| !is_letter(c)).unwrap_or(s.len())
            } else {
                first.len_utf8()
            };
            let (token, rest) = s.split_at(end);
            out.push(if first.is_ascii_digit() {
                reference::Tok::Num(token)
            } else if is_letter(first) {
                reference::Tok::Word(token)
            } else {
                reference::Tok::Punct(fold_char(first))
            });
            s = rest;
        }
    }

    /// The tokens of `s`, as the old tokenizer gave them.
    fn plain_tokens(s: &str) -> Vec<reference::Tok<'_>> {
        Tokens::new(s)
            .map(|t| match t {
                Tok::Word(w) => reference::Tok::Word(w.text),
                Tok::Num(d) => reference::Tok::Num(d),
                Tok::Punct(p) => reference::Tok::Punct(p),
            })
            .collect()
    }

    /// What the keyword table says of each word of `s`.
    type Looked<'a> = (
        &'a str,
        u128,
        u128,
        Option<(u32, bool)>,
        Option<u32>,
        [bool; 3],
    );

    fn looked_up(s: &str) -> Vec<Looked<'_>> {
        Tokens::new(s)
            .filter_map(|t| match t {
                Tok::Word(w) => Some((
                    w.text,
                    w.sentence_bits(),
                    u128::from(w.entry().clause),
                    w.number(),
                    unit_months(w),
                    [w.is(TIMES), w.is(VINGT), w.is(ET)],
                )),
                _ => None,
            })
            .collect()
    }

    /// What the old vocabularies say of each word of `s`.
    fn reference_looked_up(s: &str) -> Vec<Looked<'_>> {
        reference::Tokens::new(s)
            .filter_map(|t| match t {
                reference::Tok::Word(w) => Some((
                    w,
                    reference::SENTENCE_WORDS.of_word(w),
                    reference::CLAUSE_WORDS.of_word(w),
                    reference::number_word(w),
                    reference::unit_months(w),
                    [
                        is_any(w, &["times", "fois"]),
                        is_any(w, &["vingt", "vingts"]),
                        is_any(w, &["et"]),
                    ],
                )),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn tokenizes_words_numbers_and_marks() {
        let text = "Durée\u{a0}de 3-year\u{0b}contrat prolongée, l\u{2019}agent 24mois";
        assert_eq!(plain_tokens(text), reference_tokens(text));
        assert_eq!(
            plain_tokens("a 3-year"),
            [
                reference::Tok::Word("a"),
                reference::Tok::Num("3"),
                reference::Tok::Punct('-'),
                reference::Tok::Word("year")
            ]
        );
        assert_eq!(looked_up(text), reference_looked_up(text));
    }

    #[test]
    fn prose_readers_agree_with_the_reference_on_tricky_sentences() {
        let many = "Contract of 1 year, 2 years, 3 years, 4 years, 5 years, 6 years, \
            7 years, 8 years, 9 years, 10 years, renewable twice for 2 years.";
        let cases = [
            "non-seconded deux fois\n0 years three years. three years ",
            "renew oncecontract maximum three years\ndix-sept mois\ncontract ",
            many,
            "Seconded: contract of 3 years, 3 years, 3 years, 3 years, 3 years, 3 years, \
            3 years, 3 years, 3 years, 3 years. Maximum service: six years.",
            "Contrat d\u{2019}une durée déterminée de trois ans ; renouvelable une fois pour \
            trois ans maximum. La durée de service n\u{2019}excède pas six ans.",
            "ÀÉ× contrat ÷ de trois ans. Œuvre prolongée d\u{2019}un an. ß 3 ÿears.",
            "A 3-year contract. It may be extended by 70000 months.",
            "Contract of 3 years, renewable 300 times.",
        ];
        for text in cases {
            assert_eq!(
                ContractTerms::from_text(text),
                reference::terms_from_text(text),
                "{text}"
            );
            assert_eq!(
                ContractTerms::seconded_from_text(text),
                reference::seconded_from_text(text),
                "{text}"
            );
            assert_eq!(
                ContractClause::from_text(text),
                reference::clause_from_text(text),
                "{text}"
            );
        }
        // The first sentence gives more durations than are kept: it is read
        // again.
        let mut rest = many;
        assert!(
            next_sentence(&mut rest, 0, &mut |_, _| {})
                .is_some_and(|words| words.found_len > FOUND_MAX)
        );
    }

    #[test]
    fn latin1_table_folds_as_fold_char() {
        for c in '\u{c0}'..='\u{ff}' {
            let mut utf8 = [0; 4];
            let bytes = c.encode_utf8(&mut utf8).as_bytes();
            let folded = fold_char(c);
            let expected = if !is_letter(c) {
                LATIN1_NOT_A_LETTER
            } else if folded.is_ascii() {
                folded as u8
            } else {
                LATIN1_OTHER_LETTER
            };
            assert_eq!(latin1_fold(bytes, 0), Some(expected), "{c}");
        }
    }

    #[test]
    fn every_keyword_is_found() {
        for text in [
            SENTENCE_WORD_LIST.join(" "),
            CLAUSE_WORD_LIST.join(" "),
            NUMBER_WORDS.map(|(w, _, _)| w).join(" "),
            [
                YEAR_UNITS,
                MONTH_UNITS,
                &["times", "fois", "vingt", "vingts", "et"],
            ]
            .concat()
            .join(" "),
        ] {
            let upper = text.to_uppercase();
            assert_eq!(looked_up(&text), reference_looked_up(&text));
            assert_eq!(looked_up(&upper), reference_looked_up(&upper));
            assert!(looked_up(&text).iter().all(|w| w.1 != 0
                || w.2 != 0
                || w.3.is_some()
                || w.4.is_some()
                || w.5.contains(&true)));
        }
    }

    proptest::proptest! {
        #[test]
        fn tokens_agree_with_the_reference(
            s in proptest::string::string_regex("[aZé1 \t\u{b}\u{a0}\u{2019}.-]{0,16}").expect("a valid pattern")
        ) {
            proptest::prop_assert_eq!(plain_tokens(&s), reference_tokens(&s));
        }

        #[test]
        fn keywords_agree_with_the_reference(s in contract_text()) {
            proptest::prop_assert_eq!(plain_tokens(&s), reference_tokens(&s));
            proptest::prop_assert_eq!(looked_up(&s), reference_looked_up(&s));
        }

        #[test]
        fn keywords_of_any_words_agree_with_the_reference(
            s in proptest::string::string_regex("[a-zA-Zéèçàİß\u{212a}\u{130}\u{1c4}² .'-]{0,40}").expect("a valid pattern")
        ) {
            proptest::prop_assert_eq!(looked_up(&s), reference_looked_up(&s));
        }
    }

    /// Pieces of contract prose: the keywords in several spellings, number
    /// words, digits, units, marks and characters that fold oddly.
    const PIECES: &[&str] = &[
        // Cues, audience and flags.
        "contract",
        "Contracts",
        "contrat",
        "CONTRATS",
        "initial",
        "initiale",
        "Initiale",
        "renew",
        "renewal",
        "renewals",
        "renewed",
        "Renewable",
        "renouvelable",
        "renouvelé",
        "renouvelée",
        "renouvellement",
        "reconduit",
        "reconduite",
        "reconduction",
        "reconductible",
        "extension",
        "extended",
        "extend",
        "prolongée",
        "prolongé",
        "prolongation",
        "prolonger",
        "maximum",
        "maximale",
        "maximal",
        "exceed",
        "exceeds",
        "excède",
        "dépasse",
        "later",
        "tard",
        "followed",
        "thereafter",
        "then",
        "suivi",
        "suivie",
        "ensuite",
        "conversion",
        "transformation",
        "convert",
        "converted",
        "transformé",
        "transformée",
        "transformer",
        "seconded",
        "secondment",
        "détaché",
        "DÉTACHÉE",
        "détachés",
        "détachées",
        "détachement",
        "non",
        "hors",
        "serving",
        "fonction",
        "en",
        "agent",
        "agents",
        "service",
        "indefinite",
        "indéterminée",
        "agreement",
        "accord",
        "national",
        "nationale",
        "nationales",
        "nationaux",
        "once",
        "twice",
        "turnover",
        "political",
        "politically",
        "rotation",
        "politique",
        "politiques",
        "project",
        "projects",
        "projet",
        "projets",
        // Numbers, units and counts.
        "one",
        "Two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "un",
        "une",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
        "vingt",
        "vingts",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
        "zero",
        "et",
        "0",
        "1",
        "3",
        "12",
        "24",
        "36",
        "007",
        "65535",
        "65536",
        "99999999999",
        "year",
        "years",
        "YEARS",
        "yr",
        "yrs",
        "an",
        "ans",
        "année",
        "années",
        "month",
        "months",
        "mois",
        "times",
        "fois",
        // Canonical-form words.
        "definite",
        "duration",
        "subject",
        "to",
        "by",
        "up",
        "for",
        "pour",
        "jusqu",
        "à",
        "no",
        "than",
        "au",
        "plus",
        "before",
        "avant",
        "the",
        "la",
        "l",
        "end",
        "expiration",
        "fin",
        "of",
        "du",
        "during",
        "max",
        "exceptional",
        "standard",
        "clause",
        "senior",
        // Marks and odd characters.
        ".",
        ".",
        ",",
        ";",
        ":",
        "-",
        "'",
        "\u{2019}",
        "\u{2013}",
        "(",
        ")",
        "/",
        "İ",
        "ß",
        "²",
        "\u{212a}",
        "\u{85}",
        "\u{2009}",
        "é",
        "Ǆ",
        "\u{0}",
        "Æ",
        "×",
        "÷",
        "ÿ",
        "œuvre",
        "ÉTÉ",
        "Ð",
    ];

    /// What goes between two pieces: nothing glues them.
    const GAPS: &[&str] = &[" ", " ", " ", "", "", "\n", "\u{a0}", "\t", ". ", "-"];

    /// Phrases of contract sentences: durations, counts, cues, audiences
    /// and flags, as notices print them.
    const PHRASES: &[&str] = &[
        "three years",
        "3-year",
        "a 3 year",
        "six ans",
        "trois ans",
        "un an",
        "one year",
        "vingt-quatre mois",
        "24 months",
        "18 months'",
        "0 years",
        "99999 years",
        "dix-sept mois",
        "quatre-vingt-dix ans",
        "soixante et onze mois",
        "twenty four months",
        "deux fois",
        "2 times",
        "0 fois",
        "once",
        "twice",
        "une fois",
        "contract",
        "initial period of",
        "renewed for a further period of up to",
        "renewable",
        "reconduit pour une période de",
        "extension",
        "a one-year extension",
        "prolongée de",
        "maximum period of service",
        "la durée de service n'excède pas",
        "no later than",
        "au plus tard",
        "conversion",
        "transformé en contrat de durée indéterminée",
        "indefinite",
        "followed by",
        "thereafter",
        "suivi d'un contrat",
        "agreement of the national authority",
        "accord des autorités nationales",
        "seconded",
        "non-seconded",
        "hors détachement",
        "détachée",
        "serving staff",
        "les agents en fonction",
        "agent en fonction",
        "the",
        "of",
        "a",
        "de",
        "la",
        "period",
        "service",
        "before the end",
        "avant la fin",
        "maximum",
        "max",
        "exceeds",
    ];

    fn contract_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            3 => proptest::sample::select(PHRASES),
            2 => proptest::sample::select(PIECES),
        ];
        proptest::collection::vec((piece, proptest::sample::select(GAPS)), 0..40)
            .prop_map(|pieces| pieces.into_iter().flat_map(|(p, g)| [p, g]).collect())
    }

    proptest::proptest! {
        #[test]
        fn prose_readers_agree_with_the_reference(s in contract_text()) {
            proptest::prop_assert_eq!(ContractTerms::from_text(&s), reference::terms_from_text(&s));
            proptest::prop_assert_eq!(
                ContractTerms::seconded_from_text(&s),
                reference::seconded_from_text(&s)
            );
            proptest::prop_assert_eq!(ContractClause::from_text(&s), reference::clause_from_text(&s));
        }

        #[test]
        fn terms_and_first_clause_agree_with_one_reading_per_paragraph(
            paragraphs in proptest::collection::vec(
                proptest::prop_oneof![contract_text(), "\\PC{0,30}"],
                0..5,
            ),
        ) {
            let mut text = String::new();
            let mut ends = Vec::new();
            for paragraph in &paragraphs {
                text.push_str(paragraph);
                ends.push(text.len());
                text.push(' ');
            }
            let clause = paragraphs.iter().find_map(|p| ContractClause::from_text(p));
            proptest::prop_assert_eq!(
                terms_and_first_clause(&text, &ends),
                (ContractTerms::from_text(&text), clause)
            );
            proptest::prop_assert_eq!(
                terms_and_first_clause(&text, &[]),
                (ContractTerms::from_text(&text), None)
            );
        }

        #[test]
        fn prose_readers_agree_with_the_reference_on_any_text(s in "\\PC{0,80}") {
            proptest::prop_assert_eq!(ContractTerms::from_text(&s), reference::terms_from_text(&s));
            proptest::prop_assert_eq!(ContractClause::from_text(&s), reference::clause_from_text(&s));
            proptest::prop_assert_eq!(s.parse::<TermLength>(), reference::term_length_from_str(&s));
        }

        #[test]
        fn value_parsers_agree_with_the_reference(s in contract_text()) {
            proptest::prop_assert_eq!(s.parse::<ContractTerms>(), reference::terms_from_str(&s));
            proptest::prop_assert_eq!(s.parse::<Renewal>(), reference::renewal_from_str(&s));
            proptest::prop_assert_eq!(s.parse::<ConversionWindow>(), reference::conversion_from_str(&s));
            proptest::prop_assert_eq!(s.parse::<TermLength>(), reference::term_length_from_str(&s));
        }

        #[test]
        fn number_words_agree_with_the_reference(
            s in proptest::string::string_regex("[a-zA-Zéèçİß\u{212a}\u{0}-]{0,18}").expect("a valid pattern")
        ) {
            proptest::prop_assert_eq!(number_word(&s), reference::number_word(&s));
        }
    }

    /// Short phrases in the shape of the canonical form and of the value
    /// types, so that the value parsers also get past their first word.
    fn canonical_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let part = prop_oneof![
            Just("definite 3 years"),
            Just("definite duration trois ans"),
            Just("initial 18 months"),
            Just("renewable once up to 3 years"),
            Just("renewal for up to three years"),
            Just("renouvelable deux fois jusqu'à vingt-quatre mois"),
            Just("renewable 0 times up to 1 year"),
            Just("renewable 2 times up to 70000 months"),
            Just("renewal subject to national agreement"),
            Just("max 6 years"),
            Just("maximum service 0 years"),
            Just("conversion no later than one year before end"),
            Just("conversion au plus tard un an avant la fin du contrat"),
            Just("conversion during the renewal"),
            Just("then indefinite"),
            Just("followed by indefinite"),
            Just("exceptional extension 1 year"),
            Just("extension quatre-vingt-dix-neuf mois"),
            Just("soixante et onze ans"),
            Just("vingt et un mois"),
            Just("quatre vingts ans"),
            Just("dix-sept ans"),
            Just("twenty four months"),
            Just("(3 years)."),
            Just("three years'"),
        ];
        proptest::collection::vec(
            (part, proptest::sample::select(&[";", "; ", " ", ""][..])),
            1..4,
        )
        .prop_map(|parts| parts.into_iter().flat_map(|(p, g)| [p, g]).collect())
    }

    proptest::proptest! {
        #[test]
        fn canonical_parsers_agree_with_the_reference(s in canonical_text()) {
            proptest::prop_assert_eq!(s.parse::<ContractTerms>(), reference::terms_from_str(&s));
            proptest::prop_assert_eq!(s.parse::<Renewal>(), reference::renewal_from_str(&s));
            proptest::prop_assert_eq!(s.parse::<ConversionWindow>(), reference::conversion_from_str(&s));
            proptest::prop_assert_eq!(s.parse::<TermLength>(), reference::term_length_from_str(&s));
            proptest::prop_assert_eq!(ContractTerms::from_text(&s), reference::terms_from_text(&s));
        }
    }
}
