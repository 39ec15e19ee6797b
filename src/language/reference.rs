//! The first reader of language sentences, kept as the oracle of the
//! tests: a tokeniser of words and breaks, then each word folded and
//! compared with the vocabulary table by table. The reader of the parsers
//! ([`super::Items`]) must classify every text as this one does.

use super::{
    FILLERS, Item, JOINS, LANGUAGE_SPELLINGS, MARKERS, NAME_KEYS, NameKey, Proficiency, Span,
    VOCABULARY_SIGNATURES, WORD_KEY_CAPACITY, WordKey, fold_char, is_break_char, is_word_char,
};

impl WordKey {
    /// The folded `word`, or `None` when it is longer than any word of the
    /// vocabulary or folds to a character outside ASCII: every word of the
    /// vocabulary folds to ASCII, so such a word equals none of them.
    pub(super) fn new(word: &str) -> Option<Self> {
        let mut key = Self {
            bytes: [0; WORD_KEY_CAPACITY],
            len: 0,
        };
        let mut push = |c: char| {
            let slot = key.bytes.get_mut(key.len).filter(|_| c.is_ascii())?;
            *slot = c as u8;
            key.len += 1;
            Some(())
        };
        if word.is_ascii() {
            for &b in word.as_bytes() {
                push(char::from(b.to_ascii_lowercase()))?;
            }
        } else {
            for c in word.chars() {
                push(fold_char(c))?;
            }
        }
        Some(key)
    }

    /// `false` when no word of the vocabulary has this word's length and
    /// first letter, so none can equal it.
    pub(super) fn may_be_vocabulary(&self) -> bool {
        match self.as_bytes().first() {
            Some(&first) if first.is_ascii_lowercase() => {
                VOCABULARY_SIGNATURES[self.len] & (1 << (first - b'a')) != 0
            }
            _ => true,
        }
    }

    /// `true` when this is `word`, a word of the vocabulary written folded
    /// (lowercase ASCII; a test checks the tables).
    pub(super) fn is(&self, word: &str) -> bool {
        self.as_bytes() == word.as_bytes()
    }
}

impl NameKey {
    pub(super) fn word(&self, index: usize) -> Option<&[u8]> {
        if index >= self.count {
            return None;
        }
        self.words.get(index)?.get(..*self.lens.get(index)?)
    }
}

/// A word of a sentence or a clause break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token<'a> {
    Word(&'a str),
    Break,
}

/// Splits text into words (runs of letters and digits once folded) and
/// clause breaks (`;`, `,`, `:`, `.`, `!`, `?`); everything else (space,
/// quotes, parentheses, slashes, apostrophes, dashes) only separates words.
#[derive(Debug, Clone)]
struct Tokens<'a> {
    rest: &'a str,
}

impl<'a> Tokens<'a> {
    /// The character starting at byte `at` of the rest, and its length.
    /// ASCII, nearly every character of a sentence, is read from the byte.
    fn char_at(&self, at: usize) -> Option<(char, usize)> {
        match *self.rest.as_bytes().get(at)? {
            b if b.is_ascii() => Some((char::from(b), 1)),
            _ => {
                let c = self.rest.get(at..)?.chars().next()?;
                Some((c, c.len_utf8()))
            }
        }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let rest = self.rest;
        let mut at = 0;
        let start = loop {
            let Some((c, len)) = self.char_at(at) else {
                self.rest = "";
                return None;
            };
            if is_break_char(c) {
                self.rest = rest.get(at + len..).unwrap_or_default();
                return Some(Token::Break);
            }
            if is_word_char(c) {
                break at;
            }
            at += len;
        };
        while let Some((c, len)) = self.char_at(at) {
            if !is_word_char(c) {
                break;
            }
            at += len;
        }
        // `start` and `at` only ever move by whole characters.
        self.rest = rest.get(at..).unwrap_or_default();
        Some(Token::Word(rest.get(start..at).unwrap_or_default()))
    }
}

#[derive(Debug, Clone)]
pub(super) struct Items<'a> {
    text: &'a str,
    tokens: Tokens<'a>,
}

impl<'a> Items<'a> {
    pub(super) fn new(s: &'a str) -> Self {
        Self {
            text: s,
            tokens: Tokens { rest: s },
        }
    }

    /// Where `word`, a slice of the text, is in it.
    fn span(&self, word: &str) -> Span {
        let start = (word.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
        Span {
            start,
            end: start + word.len(),
        }
    }

    fn classify(&mut self, word: &'a str) -> Item {
        let key = WordKey::new(word);
        if let Some(level) = numeral(word, key.as_ref()) {
            return Item::Numeral(level);
        }
        let only_numeral_letters = match &key {
            Some(key) => key
                .as_bytes()
                .iter()
                .all(|b| matches!(b, b'i' | b'v' | b'x')),
            None => word
                .chars()
                .all(|c| matches!(fold_char(c), 'i' | 'v' | 'x')),
        };
        if only_numeral_letters || word.bytes().all(|b| b.is_ascii_digit()) {
            return Item::BadNumeral(self.span(word));
        }
        // Every entry below folds to ASCII and fits a key, and most words
        // of a sentence have a length and first letter no entry has.
        let Some(key) = key.filter(WordKey::may_be_vocabulary) else {
            return Item::Word(self.span(word));
        };
        if let Some(level) = self.name(&key) {
            return Item::Name(level);
        }
        if let Some(&(_, marker)) = MARKERS.iter().find(|(w, _)| key.is(w)) {
            return Item::Marker(marker, self.span(word));
        }
        if let Some(&(_, lang, code)) = LANGUAGE_SPELLINGS.iter().find(|(w, _, _)| key.is(w)) {
            return if code {
                Item::LanguageCode(lang)
            } else {
                Item::Language(lang)
            };
        }
        if JOINS.iter().any(|w| key.is(w)) {
            return Item::Join;
        }
        if FILLERS.iter().any(|w| key.is(w)) {
            return Item::Filler;
        }
        Item::Word(self.span(word))
    }

    /// The level whose English or French name starts with `first` and
    /// continues with the next words; the longest name wins, so
    /// `intermédiaire supérieur` is IV and `intermédiaire` alone III.
    fn name(&mut self, first: &WordKey) -> Option<Proficiency> {
        let mut best: Option<(Proficiency, usize, Tokens<'a>)> = None;
        for (level, names) in Proficiency::ALL.into_iter().zip(&NAME_KEYS) {
            for name in names {
                if name.word(0) != Some(first.as_bytes()) {
                    continue;
                }
                let mut after = self.tokens.clone();
                let complete = (1..name.count).all(|index| match after.next() {
                    Some(Token::Word(t)) => {
                        WordKey::new(t).is_some_and(|t| name.word(index) == Some(t.as_bytes()))
                    }
                    _ => false,
                });
                if complete && best.as_ref().is_none_or(|b| name.count > b.1) {
                    best = Some((level, name.count, after));
                }
            }
        }
        let (level, _, after) = best?;
        self.tokens = after;
        Some(level)
    }
}

impl<'a> Iterator for Items<'a> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        match self.tokens.next()? {
            Token::Break => Some(Item::Break),
            Token::Word(word) => Some(self.classify(word)),
        }
    }
}

/// The level written as a roman numeral (any case) or a digit 1..6;
/// `key` is the folded `word`, if it has one.
fn numeral(word: &str, key: Option<&WordKey>) -> Option<Proficiency> {
    if let [digit @ b'1'..=b'6'] = word.as_bytes() {
        return Proficiency::new(digit - b'0');
    }
    let key = key?.as_bytes();
    Proficiency::ALL
        .into_iter()
        .find(|level| key.eq_ignore_ascii_case(level.as_str().as_bytes()))
}
