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
pub(crate) fn folded(s: &str) -> impl Iterator<Item = char> + Clone + '_ {
    let mut pending_space = false;
    let mut started = false;
    s.trim()
        .chars()
        .map(fold_char)
        .flat_map(move |c| {
            if c == ' ' {
                if started {
                    pending_space = true;
                }
                [None, None]
            } else {
                started = true;
                let space = if pending_space { Some(' ') } else { None };
                pending_space = false;
                [space, Some(c)]
            }
        })
        .flatten()
}

/// `true` when `a` and `b` are equal once both are [`folded`].
pub(crate) fn fold_eq(a: &str, b: &str) -> bool {
    folded(a).eq(folded(b))
}

/// When the folded `s` starts with the folded `prefix`, the rest of `s`
/// (unfolded, as a slice of the original) after the prefix.
pub(crate) fn strip_prefix_folded<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let s = s.trim_start();
    let mut want = folded(prefix).peekable();
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
}
