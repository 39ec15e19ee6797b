//! Text folding used by every lenient parser in the crate.
//!
//! Notices are written by hand, in two languages, and copied through word
//! processors and web pages. Before comparing a phrase with a catalogue
//! entry the parsers *fold* both sides: case, accents, typographic quotes
//! and dashes, and runs of white space are all made uniform. Folding works
//! on `char` iterators so that a successful parse allocates nothing.

/// Folds one character: lowercase, accents removed (Latin-1 and Latin
/// Extended-A letters used in English and French), typographic apostrophes,
/// quotes and dashes mapped to their ASCII forms, every white space to `' '`.
pub(crate) fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
        c if c.is_whitespace() => ' ',
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

/// The folded characters of `s`: [`fold_char`] applied to each, leading and
/// trailing white space dropped and inner runs of white space collapsed to
/// one `' '`.
pub(crate) fn folded(s: &str) -> Folded<'_> {
    Folded {
        chars: s.trim().chars(),
        held: None,
    }
}

/// The iterator [`folded`] returns. A plain state machine rather than an
/// adapter chain: catalogue look-ups fold thousands of short strings per
/// notice, and this is their inner loop.
#[derive(Clone)]
pub(crate) struct Folded<'a> {
    /// The rest of the trimmed input, which neither starts nor ends with
    /// white space.
    chars: core::str::Chars<'a>,
    /// The character after a collapsed run of white space, returned on the
    /// call after the run's single `' '`.
    held: Option<char>,
}

impl Iterator for Folded<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if let Some(c) = self.held.take() {
            return Some(c);
        }
        let c = fold_char(self.chars.next()?);
        if c != ' ' {
            return Some(c);
        }
        // The input is trimmed, so a run of white space is always followed
        // by another character.
        loop {
            let c = fold_char(self.chars.next()?);
            if c != ' ' {
                self.held = Some(c);
                return Some(' ');
            }
        }
    }
}

/// `true` when `a` and `b` are equal once both are [`folded`].
pub(crate) fn fold_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    if a.is_ascii() && b.is_ascii() {
        // The common case (catalogue words against notice words) without
        // the per-character decoding and table look-up of `fold_char`.
        return ascii_fold_eq(a.as_bytes(), b.as_bytes());
    }
    folded(a).eq(folded(b))
}

/// [`fold_eq`] for trimmed ASCII text: ASCII case ignored and runs of
/// spaces collapsed, exactly as [`fold_char`] and [`folded`] treat ASCII.
fn ascii_fold_eq(a: &[u8], b: &[u8]) -> bool {
    let (mut i, mut j) = (0, 0);
    loop {
        match (a.get(i), b.get(j)) {
            (None, None) => return true,
            (Some(&x), Some(&y)) if x.eq_ignore_ascii_case(&y) => {
                i += 1;
                j += 1;
                if x == b' ' {
                    while a.get(i) == Some(&b' ') {
                        i += 1;
                    }
                    while b.get(j) == Some(&b' ') {
                        j += 1;
                    }
                }
            }
            _ => return false,
        }
    }
}

/// `true` when the folded `haystack` contains the folded `needle` starting
/// at a character boundary (a needle that folds to nothing is always
/// contained).
///
/// The scan for the needle's first character reads ASCII bytes directly
/// and folds only the rest; whole notice paragraphs go through it once per
/// cue phrase.
pub(crate) fn contains_folded(haystack: &str, needle: &str) -> bool {
    let Some(first) = folded(needle).next() else {
        return true;
    };
    let bytes = haystack.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (c, width) = if b.is_ascii() {
            (char::from(b.to_ascii_lowercase()), 1)
        } else {
            let c = haystack[i..].chars().next().unwrap_or(' ');
            (fold_char(c), c.len_utf8())
        };
        if c == first && starts_with_folded(&haystack[i..], needle) {
            return true;
        }
        i += width;
    }
    false
}

/// `true` when the folded `s` starts with the folded `prefix`.
fn starts_with_folded(s: &str, prefix: &str) -> bool {
    // Printable ASCII folds byte for byte: decide from the bytes while both
    // sides are printable ASCII, and fold from the start only when white
    // space (which collapses) or a non-ASCII character comes first.
    let (text, want) = (s.as_bytes(), prefix.trim().as_bytes());
    for (i, &w) in want.iter().enumerate() {
        let Some(&t) = text.get(i) else { break };
        if !t.is_ascii_graphic() || !w.is_ascii_graphic() {
            break;
        }
        if !t.eq_ignore_ascii_case(&w) {
            return false;
        }
        if i + 1 == want.len() {
            return true;
        }
    }
    let mut s = folded(s);
    folded(prefix).all(|p| s.next() == Some(p))
}

/// When the folded `s` starts with the folded `prefix`, the rest of `s`
/// (unfolded, as a slice of the original) after the prefix.
#[inline]
pub(crate) fn strip_prefix_folded<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let s = s.trim_start();
    // Most calls scan a catalogue for the one entry a line starts with:
    // reject on the first character, inlined into the caller's loop,
    // before setting up the fold.
    if let (Some(&p), Some(&c)) = (prefix.as_bytes().first(), s.as_bytes().first()) {
        if p.is_ascii_alphanumeric() && c.is_ascii() && !p.eq_ignore_ascii_case(&c) {
            return None;
        }
    }
    strip_trimmed_prefix_folded(s, prefix)
}

/// [`strip_prefix_folded`] once `s` is trimmed and its first character
/// may match.
fn strip_trimmed_prefix_folded<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    if prefix.is_ascii() {
        strip_folded_chars(s, ascii_folded(prefix))
    } else {
        strip_folded_chars(s, folded(prefix))
    }
}

/// [`folded`] for ASCII text, without the decoding and table look-up.
fn ascii_folded(s: &str) -> impl Iterator<Item = char> + '_ {
    let bytes = s.trim().as_bytes();
    bytes
        .iter()
        .enumerate()
        .filter(move |&(i, &b)| !(b == b' ' && i > 0 && bytes[i - 1] == b' '))
        .map(|(_, &b)| char::from(b.to_ascii_lowercase()))
}

/// The rest of `s` once the characters `want` yields are matched, folding
/// `s` as it goes; see [`strip_prefix_folded`].
fn strip_folded_chars(s: &str, want: impl Iterator<Item = char>) -> Option<&str> {
    let mut want = want.peekable();
    let mut last_was_space = false;
    for (i, c) in s.char_indices() {
        let Some(&w) = want.peek() else {
            return Some(&s[i..]);
        };
        let f = fold_char(c);
        if f == ' ' {
            if w == ' ' && !last_was_space {
                want.next();
            }
            last_was_space = true;
            continue;
        }
        last_was_space = false;
        if f == w {
            want.next();
        } else {
            return None;
        }
    }
    want.peek().is_none().then_some("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_quotes_and_space() {
        assert!(fold_eq("COSMIC TRÈS  SECRET", "cosmic tres secret"));
        assert!(fold_eq(
            "  Organisation\u{2019}s\u{00A0}structure ",
            "organisation's structure"
        ));
        assert!(fold_eq("Gestion \u{2013} Direction", "gestion - direction"));
        assert!(!fold_eq("NS", "NC"));
    }

    #[test]
    fn strips_a_folded_prefix() {
        assert_eq!(
            strip_prefix_folded("NATO  Grade G20", "nato grade"),
            Some(" G20")
        );
        assert_eq!(strip_prefix_folded("Été 2024", "ete"), Some(" 2024"));
        assert_eq!(strip_prefix_folded("Grade", "grade g"), None);
        assert_eq!(strip_prefix_folded("NATO", "nato"), Some(""));
    }

    /// The adapter-chain fold the fast paths replaced: the reference they
    /// must agree with.
    fn reference_folded(s: &str) -> String {
        let mut out = String::new();
        let mut pending_space = false;
        for c in s.trim().chars().map(fold_char) {
            if c == ' ' {
                pending_space = !out.is_empty();
            } else {
                if pending_space {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c);
            }
        }
        out
    }

    /// Short strings over the characters that exercise every branch:
    /// ASCII case, spaces and tabs, accents, non-breaking and typographic
    /// marks.
    fn mixed_text() -> impl proptest::strategy::Strategy<Value = String> {
        proptest::string::string_regex("[aAbBgG 2\\t\u{e9}\u{c9}\u{a0}\u{2019}'-]{0,8}")
            .expect("a valid pattern")
    }

    /// The character-by-character search `contains_folded` replaced.
    fn reference_contains(haystack: &str, needle: &str) -> bool {
        let Some(first) = folded(needle).next() else {
            return true;
        };
        haystack
            .char_indices()
            .any(|(i, c)| fold_char(c) == first && starts_with_folded(&haystack[i..], needle))
    }

    #[test]
    fn finds_a_folded_phrase() {
        assert!(contains_folded("Les agents DÉTACHÉS", "detache"));
        assert!(contains_folded("a  non\u{a0}seconded post", "non seconded"));
        assert!(!contains_folded("a non-seconded post", "non seconded"));
        assert!(!contains_folded("detach", "detache"));
        assert!(contains_folded("anything", "  "));
    }

    proptest::proptest! {
        #[test]
        fn contains_agrees_with_the_reference(a in mixed_text(), b in mixed_text()) {
            let haystack = format!("{a}{a}x{b}");
            proptest::prop_assert_eq!(contains_folded(&haystack, &b), reference_contains(&haystack, &b));
            proptest::prop_assert_eq!(contains_folded(&a, &b), reference_contains(&a, &b));
        }

        #[test]
        fn fast_paths_agree_with_the_reference_fold(a in mixed_text(), b in mixed_text()) {
            proptest::prop_assert_eq!(folded(&a).collect::<String>(), reference_folded(&a));
            proptest::prop_assert_eq!(fold_eq(&a, &b), reference_folded(&a) == reference_folded(&b));
            proptest::prop_assert_eq!(
                strip_prefix_folded(&a, &b),
                strip_folded_chars(a.trim_start(), folded(&b))
            );
            let ascii = strip_folded_chars(a.trim_start(), ascii_folded(&b.replace(|c: char| !c.is_ascii(), "")));
            let general = strip_folded_chars(a.trim_start(), folded(&b.replace(|c: char| !c.is_ascii(), "")));
            proptest::prop_assert_eq!(ascii, general);
        }
    }
}
