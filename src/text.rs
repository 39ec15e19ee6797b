//! Text folding used by every lenient parser in the crate.
//!
//! Notices are written by hand, in two languages, and copied through word
//! processors and web pages. Before comparing a phrase with a catalogue
//! entry the parsers *fold* both sides: case, accents, typographic quotes
//! and dashes, and runs of white space are all made uniform. Folding works
//! on `char` iterators so that a successful parse allocates nothing.

/// Folds one character: lowercase, accents removed (Latin-1 and Latin
/// Extended-A letters used in English and French), typographic apostrophes,
/// quotes and dashes mapped to their ASCII forms, white space outside ASCII
/// (a no-break space, an em space...) to `' '`.
///
/// ASCII folds to its lowercase and nothing else: a tab or a line break
/// stays what it is, so that the byte-wise fast paths of the catalogue
/// look-ups, which compare ASCII ignoring case only, agree with it. (A
/// notice's tabs separate a label from its value; the scanner reads them
/// before any folding.)
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

/// The catalogue entries (as a set of indices) that start with the folded
/// character `first`, from a table built by [`index_by_first_letter`].
pub(crate) fn entries_starting_with(table: &[u64; 26], first: char) -> u64 {
    if first.is_ascii_lowercase() {
        table[usize::from(first as u8 - b'a')]
    } else {
        0
    }
}

/// For each letter `a`..`z`, the set of indices of `entries` that start
/// with it in either case. Every entry must start with an ASCII letter and
/// there may be at most 64: checked when the table is built, at compile
/// time.
pub(crate) const fn index_by_first_letter(entries: &[&str]) -> [u64; 26] {
    assert!(entries.len() <= 64, "at most 64 entries");
    let mut table = [0u64; 26];
    let mut i = 0;
    while i < entries.len() {
        let first = entries[i].as_bytes()[0].to_ascii_lowercase();
        assert!(first.is_ascii_lowercase(), "entries start with a letter");
        table[(first - b'a') as usize] |= 1 << i;
        i += 1;
    }
    table
}

/// For each letter `a`..`z`, the letters (bit 0 for `a`) that follow it
/// at the start of some entry, in either case: [`may_start_with_entry`]
/// rejects most text with it before any entry is tried. An entry whose
/// second character is not an ASCII letter allows every letter after its
/// first.
pub(crate) const fn index_by_first_two_letters(entries: &[&str]) -> [u32; 26] {
    let mut table = [0u32; 26];
    let mut i = 0;
    while i < entries.len() {
        let bytes = entries[i].as_bytes();
        let first = bytes[0].to_ascii_lowercase();
        assert!(first.is_ascii_lowercase(), "entries start with a letter");
        table[(first - b'a') as usize] |= if bytes.len() > 1 && bytes[1].is_ascii_alphabetic() {
            1 << (bytes[1].to_ascii_lowercase() - b'a')
        } else {
            u32::MAX
        };
        i += 1;
    }
    table
}

/// `false` when `text` (trimmed) starts with two ASCII letters that no
/// entry of `table` (from [`index_by_first_two_letters`]) starts with, so
/// that no entry is a folded prefix of it; `true` when it may be.
pub(crate) fn may_start_with_entry(table: &[u32; 26], text: &str) -> bool {
    match text.as_bytes() {
        [a, b, ..] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
            let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
            table[usize::from(a - b'a')] & 1 << (b - b'a') != 0
        }
        _ => true,
    }
}

/// Iterates over the indices in the set `set`, lowest first.
pub(crate) fn indices(mut set: u64) -> impl Iterator<Item = usize> {
    core::iter::from_fn(move || {
        let i = set.trailing_zeros() as usize;
        set &= set.checked_sub(1)?;
        Some(i)
    })
}

/// `true` when `a` and `b` are equal once both are [`folded`].
pub(crate) fn fold_eq(a: &str, b: &str) -> bool {
    let (a, b) = (trim(a), trim(b));
    // Catalogue look-ups compare a text with many entries: most differ at
    // the first character, which an ASCII byte settles without the scan
    // of both texts below (ASCII folds to its lowercase).
    // The same goes for the last character (trimmed, it is no space that
    // a run could collapse into).
    for (x, y) in [
        (a.as_bytes().first(), b.as_bytes().first()),
        (a.as_bytes().last(), b.as_bytes().last()),
    ] {
        if let (Some(x), Some(y)) = (x, y) {
            if x.is_ascii() && y.is_ascii() && !x.eq_ignore_ascii_case(y) {
                return false;
            }
        }
    }
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

/// The ASCII letter that [`fold_char`] gives for each character from
/// U+00C0 to U+00FF (UTF-8 `0xC3` then `0x80 + index`), or 0 when it gives
/// none (`æ`, `ß`, `×`...). A test checks it against [`fold_char`].
pub(crate) const LATIN1_FOLDS: [u8; 64] = {
    let mut folds = [0; 64];
    let mut i = 0;
    while i < 64 {
        // Capitals and small letters are 0x20 apart.
        folds[i] = match (i as u8) & !0x20 {
            0x00..=0x05 => b'a',
            0x07 => b'c',
            0x08..=0x0B => b'e',
            0x0C..=0x0F => b'i',
            0x11 => b'n',
            0x12..=0x16 => b'o',
            0x19..=0x1C => b'u',
            0x1D => b'y',
            // `ÿ`; U+00DF is `ß`.
            0x1F if i == 0x3F => b'y',
            _ => 0,
        };
        i += 1;
    }
    folds
};

/// `true` when some byte of `s` satisfies `pred`. Written as a fold
/// without an early exit, which the compiler turns into wide compares:
/// for the short lines of a notice this beats a `memchr`, whose set-up
/// costs more than most lines are long.
#[inline]
pub(crate) fn any_byte(s: &str, pred: impl Fn(u8) -> bool) -> bool {
    s.bytes().fold(false, |seen, b| seen | pred(b))
}

/// The set of `bytes`, as a table indexed by byte: `set[b]` is `true`
/// when `b` is one of them. Built at compile time for the byte classes the
/// parsers test in their inner loops.
pub(crate) const fn byte_set(bytes: &[u8]) -> [bool; 256] {
    let mut set = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        set[bytes[i] as usize] = true;
        i += 1;
    }
    set
}

/// The phrases of a table of `(phrase, meaning)` pairs, in table order: the
/// phrases to give [`PhraseSet::new`] for that table, so that bit `i` of
/// its answers stands for `table[i]`.
pub(crate) const fn phrases_of<T: Copy, const N: usize>(
    table: &[(&'static str, T); N],
) -> [&'static str; N] {
    phrases_from(table, 0)
}

/// `M` phrases of a table of `(phrase, meaning)` pairs from entry `from`
/// on, in table order: bit `i` of the answers of their set stands for
/// `table[from + i]`.
pub(crate) const fn phrases_from<T: Copy, const N: usize, const M: usize>(
    table: &[(&'static str, T); N],
    from: usize,
) -> [&'static str; M] {
    let mut phrases = [""; M];
    let mut i = 0;
    while i < M {
        phrases[i] = table[from + i].0;
        i += 1;
    }
    phrases
}

/// A fixed set of at most 64 catalogue phrases, indexed once (at compile
/// time for the crate's `const` sets) so that [`PhraseSet::find_each`]
/// answers for all of them in one pass over a text.
///
/// Every phrase must be written folded (lowercase, unaccented, single
/// spaces) and start and end with printable ASCII; [`PhraseSet::new`]
/// checks it, so a bad catalogue entry fails the build.
#[derive(Debug)]
pub(crate) struct PhraseSet<const N: usize> {
    phrases: [&'static str; N],
    /// For each ASCII byte, the phrases whose first byte it is.
    by_first: [u64; 128],
    /// For each ASCII first byte, the bytes that may follow it in some
    /// phrase starting with it, as a bit set over ASCII (folded into
    /// `may_start`; kept for the tests).
    #[cfg(test)]
    next_after: [u128; 128],
    /// The two-byte windows of a text where a phrase may start, as a bit
    /// set indexed by `first << 8 | second` (raw bytes, either case): the
    /// filter of `by_first` and `next_after` answered by one look-up. A
    /// multi-byte first character is always in (it may fold to a letter),
    /// and so is a second byte that need not fold to itself.
    may_start: [u64; 1024],
    /// The first three bytes of every phrase, as a Bloom filter of 4,096
    /// bits: a window whose three bytes fold to themselves and are not in
    /// it starts no phrase.
    first_three: [u64; 64],
    /// The first bytes of the phrases shorter than three bytes, for which
    /// `first_three` says nothing.
    short: u128,
    /// The first eight bytes of each phrase (fewer for a shorter one), read
    /// as a little-endian `u64`, to compare with eight bytes of a text in
    /// one step: see [`Head`].
    heads: [Head; N],
}

/// The first (up to) eight bytes of a phrase, for [`PhraseSet::scan`] to
/// compare with eight bytes of a text at once.
#[derive(Debug, Clone, Copy)]
struct Head {
    /// The bytes, little-endian, zero past the phrase's end.
    bytes: u64,
    /// `0x20` at each ASCII letter of the phrase: OR-ed into the text's
    /// bytes, it lowercases a letter and changes no other printable byte
    /// into one the phrase may hold there.
    case: u64,
    /// `0xFF` at each byte the head holds.
    mask: u64,
    /// Whether the head is the whole phrase.
    whole: bool,
}

impl Head {
    /// The head of a non-empty `phrase`.
    const fn of(phrase: &[u8]) -> Self {
        let mut head = Self {
            bytes: 0,
            case: 0,
            mask: 0,
            whole: phrase.len() <= 8,
        };
        let mut j = 0;
        while j < phrase.len() && j < 8 {
            let b = phrase[j];
            head.bytes |= (b as u64) << (8 * j);
            if b.is_ascii_alphabetic() {
                head.case |= 0x20 << (8 * j);
            }
            head.mask |= 0xFF << (8 * j);
            j += 1;
        }
        head
    }
}

/// `0x80` in every byte of a `u64`.
pub(crate) const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// `b` in every byte of a `u64`.
pub(crate) const fn every_byte(b: u8) -> u64 {
    u64::from_le_bytes([b; 8])
}

/// `0x80` in each byte of `x` that is zero, and maybe in some bytes above
/// one (a borrow from a zero byte may flag the bytes after it): never
/// clear where a byte is zero, which is all a sieve needs, and the lowest
/// byte flagged is always a zero one (no borrow reaches it from below).
#[inline]
pub(crate) const fn zero_bytes(x: u64) -> u64 {
    x.wrapping_sub(every_byte(0x01)) & !x & HIGH_BITS
}

/// How many of the eight bytes of `word` (little-endian) come before the
/// first that is one of `needles`: 8 when none is.
#[inline]
pub(crate) fn bytes_before_any<const N: usize>(word: u64, needles: [u8; N]) -> usize {
    let found = needles
        .iter()
        .fold(0, |found, &b| found | zero_bytes(word ^ every_byte(b)));
    // The lowest byte flagged for each needle is exact, so the lowest of
    // them all is too.
    (found.trailing_zeros() / 8) as usize
}

/// `bytes[from..].iter().position(|b| needles.contains(b))`, as an index
/// of `bytes`, eight bytes at a time.
#[inline]
pub(crate) fn position_of_any<const N: usize>(
    bytes: &[u8],
    from: usize,
    needles: [u8; N],
) -> Option<usize> {
    let mut i = from;
    while let Some(Ok(eight)) = bytes.get(i..i + 8).map(<[u8; 8]>::try_from) {
        let skip = bytes_before_any(u64::from_le_bytes(eight), needles);
        if skip < 8 {
            return Some(i + skip);
        }
        i += 8;
    }
    let tail = bytes.get(i..)?;
    tail.iter()
        .position(|b| needles.contains(b))
        .map(|at| i + at)
}

/// The first eight bytes of `bytes` (zeros past its end) as a
/// little-endian `u64`, and the high bit set in each byte the bytes alone
/// do not fold: one that is not printable ASCII or a space (zeros past
/// the end are not), or a space after a space (a run collapses). Where
/// the flag is clear, the folded text holds the byte, lowercased, at the
/// same place, provided every byte before it is unflagged too and the
/// first is printable ASCII: see [`PhraseSet::scan`].
#[inline]
fn eight_bytes(bytes: &[u8]) -> (u64, u64) {
    let mut buf = [0; 8];
    let n = bytes.len().min(8);
    buf[..n].copy_from_slice(&bytes[..n]);
    let word = u64::from_le_bytes(buf);
    // Each test below works on the low seven bits of each byte, which
    // never carry into the next byte; bytes with the high bit are flagged
    // on their own.
    let low7 = word & !HIGH_BITS;
    let control = !low7.wrapping_add(every_byte(0x60)) & HIGH_BITS;
    let delete = low7.wrapping_add(every_byte(0x01)) & HIGH_BITS;
    let space = !(low7 ^ every_byte(b' ')).wrapping_add(every_byte(0x7F)) & HIGH_BITS;
    let flagged = (word & HIGH_BITS) | control | delete | (space & space << 8);
    (word, flagged)
}

impl<const N: usize> PhraseSet<N> {
    /// Indexes `phrases`.
    ///
    /// # Panics
    ///
    /// When there are more than 64 phrases, or one is empty, holds an
    /// uppercase letter or two spaces in a row, or does not start and end
    /// with printable ASCII (at compile time, for a `const` set).
    pub(crate) const fn new(phrases: [&'static str; N]) -> Self {
        assert!(N <= 64, "at most 64 phrases");
        let mut by_first = [0u64; 128];
        let mut next_after = [0u128; 128];
        let mut i = 0;
        while i < N {
            let bytes = phrases[i].as_bytes();
            assert!(!bytes.is_empty(), "phrases are not empty");
            let first = bytes[0];
            assert!(
                first.is_ascii_graphic(),
                "phrases start with printable ASCII"
            );
            assert!(
                bytes[bytes.len() - 1].is_ascii_graphic(),
                "phrases end with printable ASCII"
            );
            let mut j = 0;
            while j < bytes.len() {
                assert!(!bytes[j].is_ascii_uppercase(), "phrases are folded");
                assert!(
                    !(bytes[j] == b' ' && bytes[j - 1] == b' '),
                    "phrases are folded: no run of spaces"
                );
                j += 1;
            }
            by_first[first as usize] |= 1 << i;
            next_after[first as usize] |= if bytes.len() < 2 || !bytes[1].is_ascii() {
                u128::MAX
            } else {
                1 << bytes[1]
            };
            i += 1;
        }
        let may_start = Self::two_byte_windows(&by_first, &next_after);
        let mut first_three = [0u64; 64];
        let mut short = 0u128;
        let mut i = 0;
        while i < N {
            let bytes = phrases[i].as_bytes();
            if bytes.len() < 3 {
                short |= 1 << bytes[0];
            } else {
                let bit = Self::three_byte_bit(bytes[0], bytes[1], bytes[2]);
                first_three[bit >> 6] |= 1 << (bit & 63);
            }
            i += 1;
        }
        let mut heads = [Head {
            bytes: 0,
            case: 0,
            mask: 0,
            whole: false,
        }; N];
        let mut i = 0;
        while i < N {
            heads[i] = Head::of(phrases[i].as_bytes());
            i += 1;
        }
        Self {
            phrases,
            by_first,
            #[cfg(test)]
            next_after,
            may_start,
            first_three,
            short,
            heads,
        }
    }

    /// The bit of `first_three` for three folded bytes.
    #[inline]
    const fn three_byte_bit(a: u8, b: u8, c: u8) -> usize {
        let key = (a as u32) << 16 | (b as u32) << 8 | c as u32;
        (key.wrapping_mul(0x9E37_79B1) >> 20) as usize
    }

    /// `false` when no phrase can start at a text whose first byte folds to
    /// `c` and whose next two bytes are `n` and `m`; `true` when one may.
    #[inline]
    fn may_start_with_three(&self, c: u8, n: u8, m: u8) -> bool {
        // Printable ASCII folds to itself, lowercased; a space does too,
        // unless a run of them collapses, which only a space at `n` shows.
        let decided = n.is_ascii_graphic() && (m.is_ascii_graphic() || m == b' ');
        if !decided || self.short & 1 << c != 0 {
            return true;
        }
        let bit = Self::three_byte_bit(c, n.to_ascii_lowercase(), m.to_ascii_lowercase());
        self.first_three[bit >> 6] & 1 << (bit & 63) != 0
    }

    /// The `may_start` table from the first-byte and next-byte tables.
    const fn two_byte_windows(by_first: &[u64; 128], next_after: &[u128; 128]) -> [u64; 1024] {
        let mut windows = [0u64; 1024];
        let mut first = 0usize;
        while first < 256 {
            let lower = (first as u8).to_ascii_lowercase() as usize;
            // A continuation byte of UTF-8 starts no character.
            let continuation = first >= 0x80 && first < 0xC0;
            if !continuation && (first >= 128 || by_first[lower] != 0) {
                let mut second = 0usize;
                while second < 256 {
                    let n = second as u8;
                    let folds_to_itself = n.is_ascii_graphic() || n == b' ';
                    // U+00C0 to U+00FF fold to the letter `LATIN1_FOLDS`
                    // gives (or to no ASCII character).
                    let latin1_may_start = first != 0xC3
                        || !(n >= 0x80 && n < 0xC0)
                        || LATIN1_FOLDS[(n - 0x80) as usize] != 0
                            && by_first[LATIN1_FOLDS[(n - 0x80) as usize] as usize] != 0;
                    if first >= 128 && latin1_may_start
                        || first < 128
                            && (!folds_to_itself
                                || next_after[lower] & 1 << n.to_ascii_lowercase() != 0)
                    {
                        let bit = Self::window_bit(first as u8, n);
                        windows[bit >> 6] |= 1 << (bit & 63);
                    }
                    second += 1;
                }
            }
            first += 1;
        }
        windows
    }

    /// The bit of `may_start` for the window of bytes `first`, `second`:
    /// the two bytes read as a little-endian `u16`, so that one load of
    /// two bytes of a text gives it.
    #[inline]
    const fn window_bit(first: u8, second: u8) -> usize {
        (second as usize) << 8 | first as usize
    }

    /// Whether a phrase may start at `bytes[i]` given `bytes[i + 1]` (the
    /// `may_start` filter).
    #[cfg(test)]
    fn may_start_at(&self, first: u8, second: u8) -> bool {
        self.may_start_window(Self::window_bit(first, second))
    }

    /// [`Self::may_start_at`] for a [`Self::window_bit`].
    #[inline]
    fn may_start_window(&self, bit: usize) -> bool {
        self.may_start[bit >> 6] & 1 << (bit & 63) != 0
    }

    /// The first window of the non-empty `bytes` where
    /// [`Self::may_start_at`] lets a phrase start, or the last byte (which
    /// has no window) when there is none. Four windows a round, each read
    /// by one load of two bytes.
    #[inline]
    fn skip(&self, bytes: &[u8]) -> usize {
        let window = |i: usize| {
            let mut pair = [0; 2];
            pair.copy_from_slice(&bytes[i..i + 2]);
            usize::from(u16::from_le_bytes(pair))
        };
        let mut i = 0;
        while i + 4 < bytes.len() {
            for k in 0..4 {
                if self.may_start_window(window(i + k)) {
                    return i + k;
                }
            }
            i += 4;
        }
        while i + 2 < bytes.len() {
            if self.may_start_window(window(i)) {
                return i;
            }
            i += 1;
        }
        if i + 1 < bytes.len() && self.may_start_window(window(i)) {
            return i;
        }
        bytes.len() - 1
    }

    /// Whether the folded `text` starts with phrase `n`, given
    /// [`eight_bytes`] of `text` past its first `skipped` characters, which
    /// fold to the phrase's first `skipped` bytes (0 or 1). Where none of
    /// the bytes the head has there is flagged, the head settles it (the
    /// whole of a phrase of at most eight bytes); otherwise the texts are
    /// folded and compared.
    #[inline(always)]
    fn starts_at(&self, n: usize, skipped: u32, (word, flagged): (u64, u64), text: &str) -> bool {
        let head = &self.heads[n];
        let mask = head.mask >> (8 * skipped);
        if flagged & mask == 0 {
            ((word | head.case >> (8 * skipped)) ^ head.bytes >> (8 * skipped)) & mask == 0
                && (head.whole || starts_with_trimmed_folded(text, self.phrases[n]))
        } else {
            starts_with_trimmed_folded(text, self.phrases[n])
        }
    }

    /// Which phrases the folded `text` contains, as a bit set: bit `i` is
    /// set when [`contains_folded`]`(text, phrases[i])` is `true`.
    ///
    /// Most positions of a text are settled by two table look-ups: the
    /// phrases that start with its (lowercased) byte, and whether any of
    /// them can go on with the next byte. Only the rest are compared.
    pub(crate) fn find_each(&self, text: &str) -> u64 {
        self.scan(text, false)
    }

    /// `true` when the folded `text` contains any of the phrases.
    pub(crate) fn find_any(&self, text: &str) -> bool {
        self.scan(text, true) != 0
    }

    fn scan(&self, text: &str, stop_at_first: bool) -> u64 {
        let all = u64::MAX >> (64 - N.max(1));
        let bytes = text.as_bytes();
        let mut found = 0u64;
        let mut i = 0;
        while let Some(rest) = bytes.get(i..).filter(|rest| !rest.is_empty()) {
            // Most windows of two bytes start no phrase: skip them on one
            // look-up each (the last byte has no window and goes the long
            // way).
            i += self.skip(rest);
            let b = bytes[i];
            let at = i;
            if b.is_ascii() {
                i += 1;
                let c = b.to_ascii_lowercase();
                let mut candidates = self.by_first[usize::from(c)] & !found;
                if candidates == 0 {
                    continue;
                }
                // The window of `skip` has let the next byte through (when
                // there is one); the first three bytes may still start
                // no phrase.
                if let Some(&n) = bytes.get(i) {
                    if let Some(&m) = bytes.get(i + 1) {
                        if !self.may_start_with_three(c, n, m) {
                            continue;
                        }
                    }
                }
                // Eight bytes settle most candidates: where none of a
                // head's bytes is flagged, the folded text starts with
                // those bytes lowercased (the first, a phrase's first
                // byte, is printable ASCII).
                let (word, flagged) = eight_bytes(&bytes[at..]);
                while candidates != 0 {
                    let n = candidates.trailing_zeros() as usize;
                    candidates &= candidates - 1;
                    if self.starts_at(n, 0, (word, flagged), &text[at..]) {
                        found |= 1 << n;
                        if found == all || stop_at_first {
                            return found;
                        }
                    }
                }
                continue;
            }
            let first = {
                // A multi-byte character (or, in a broken slice, none):
                // it may fold to a phrase's first letter (`É` to `e`).
                let Some(ch) = text.get(at..).and_then(|rest| rest.chars().next()) else {
                    i += 1;
                    continue;
                };
                i += ch.len_utf8();
                let c = fold_char(ch);
                if !c.is_ascii() {
                    continue;
                }
                c as u8
            };
            let mut candidates = self.by_first[usize::from(first)] & !found;
            if candidates == 0 {
                continue;
            }
            // The bytes after the character go on from its folded letter
            // as they would from that letter written in ASCII: the same
            // two filters settle most places (`é` before anything but `n`
            // starts no "en ...").
            if let Some(&n) = bytes.get(i) {
                if !self.may_start_window(Self::window_bit(first, n)) {
                    continue;
                }
                if let Some(&m) = bytes.get(i + 1) {
                    if !self.may_start_with_three(first, n, m) {
                        continue;
                    }
                }
            }
            // The first character matched: the heads are compared from
            // their second byte with the bytes after it.
            let after = eight_bytes(bytes.get(i..).unwrap_or_default());
            while candidates != 0 {
                let n = candidates.trailing_zeros() as usize;
                candidates &= candidates - 1;
                if self.starts_at(n, 1, after, &text[at..]) {
                    found |= 1 << n;
                    if found == all || stop_at_first {
                        return found;
                    }
                }
            }
        }
        found
    }
}

/// `true` when the folded `s` starts with the folded `prefix`.
fn starts_with_folded(s: &str, prefix: &str) -> bool {
    starts_with_trimmed_folded(s, trim(prefix))
}

/// [`starts_with_folded`] for a `prefix` without surrounding white space.
fn starts_with_trimmed_folded(s: &str, prefix: &str) -> bool {
    match ascii_prefix(s.as_bytes(), prefix.as_bytes(), false) {
        AsciiPrefix::Match(_) => true,
        AsciiPrefix::Mismatch => false,
        AsciiPrefix::Undecided => {
            let mut s = folded(s);
            folded(prefix).all(|p| s.next() == Some(p))
        }
    }
}

/// `s` without surrounding white space, answered from the end bytes when
/// they are printable ASCII (as catalogue phrases are).
fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(b)) if a.is_ascii_graphic() && b.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

/// What the bytes alone say of a folded prefix comparison.
enum AsciiPrefix {
    /// The prefix matches the first `n` bytes of the text.
    Match(usize),
    /// The prefix cannot match.
    Mismatch,
    /// A character that needs folding (or the end of the text) comes
    /// first: fold to decide.
    Undecided,
}

/// Compares the trimmed `want` with the start of `text` while both are
/// printable ASCII or ASCII spaces, which fold byte for byte (a run of
/// spaces on both sides folds to one space). `text_spaces_optional` is
/// for [`strip_prefix_folded`], which lets the text hold a space the
/// prefix lacks. Every folded comparison in
/// this module agrees with the answer when it is not
/// [`AsciiPrefix::Undecided`]; most catalogue look-ups and cue searches
/// are settled here without decoding a character.
fn ascii_prefix(text: &[u8], want: &[u8], text_spaces_optional: bool) -> AsciiPrefix {
    let (mut i, mut j) = (0, 0);
    loop {
        let (Some(&t), Some(&w)) = (text.get(i), want.get(j)) else {
            return AsciiPrefix::Undecided;
        };
        if t.is_ascii_graphic() && w.is_ascii_graphic() {
            if !t.eq_ignore_ascii_case(&w) {
                return AsciiPrefix::Mismatch;
            }
            i += 1;
            j += 1;
            if j == want.len() {
                return AsciiPrefix::Match(i);
            }
            continue;
        }
        if t == b' ' && w == b' ' && j > 0 {
            while text.get(i) == Some(&b' ') {
                i += 1;
            }
            while want.get(j) == Some(&b' ') {
                j += 1;
            }
            continue;
        }
        if w == b' ' && t.is_ascii_graphic() {
            // A space wanted where the text has a letter: no fold matches.
            return AsciiPrefix::Mismatch;
        }
        if t == b' ' && w.is_ascii_graphic() && i > 0 {
            // The other way round, a whole-string fold does not match
            // either (past the leading white space it trims), but
            // `strip_prefix_folded` skips the text's space.
            return if text_spaces_optional {
                AsciiPrefix::Undecided
            } else {
                AsciiPrefix::Mismatch
            };
        }
        return AsciiPrefix::Undecided;
    }
}

/// When the folded `s` starts with the folded `prefix`, the rest of `s`
/// (unfolded, as a slice of the original) after the prefix.
#[inline]
pub(crate) fn strip_prefix_folded<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let s = s.trim_start();
    if s.is_empty() {
        // Nothing folds to a prefix with a character in it.
        return trim(prefix).is_empty().then_some(s);
    }
    // Most calls scan a catalogue for the one entry a line starts with:
    // reject on the first character, inlined into the caller's loop,
    // before setting up the fold.
    if let (Some(&p), Some(&c)) = (prefix.as_bytes().first(), s.as_bytes().first()) {
        if p.is_ascii_alphanumeric() && c.is_ascii() && !p.eq_ignore_ascii_case(&c) {
            return None;
        }
        // Entries that share a first letter mostly differ at the second
        // (a text's space there proves nothing: it may be skipped).
        if let (Some(&p2), Some(&c2)) = (prefix.as_bytes().get(1), s.as_bytes().get(1)) {
            if p.is_ascii_alphanumeric()
                && c.is_ascii()
                && p2.is_ascii_alphanumeric()
                && c2.is_ascii_graphic()
                && !p2.eq_ignore_ascii_case(&c2)
            {
                return None;
            }
        }
    }
    strip_trimmed_prefix_folded(s, prefix)
}

/// [`strip_prefix_folded`] once `s` is trimmed and its first character
/// may match.
fn strip_trimmed_prefix_folded<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    match ascii_prefix(s.as_bytes(), trim(prefix).as_bytes(), true) {
        AsciiPrefix::Match(n) => return Some(&s[n..]),
        AsciiPrefix::Mismatch => return None,
        AsciiPrefix::Undecided => {}
    }
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
    use proptest::strategy::Strategy as _;

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

    #[test]
    fn two_letters_reject_text_no_entry_starts() {
        const TABLE: [u32; 26] =
            index_by_first_two_letters(&["NATO Body", "N\u{b0} post", "grade"]);
        assert!(may_start_with_entry(&TABLE, "nato body"));
        assert!(may_start_with_entry(
            &TABLE,
            "Nx: anything after N and a symbol"
        ));
        assert!(may_start_with_entry(&TABLE, "GRADE"));
        assert!(!may_start_with_entry(&TABLE, "Gamma"));
        assert!(may_start_with_entry(&TABLE, "G rade"));
        assert!(may_start_with_entry(&TABLE, "\u{c9}t\u{e9}"));
        assert!(!may_start_with_entry(&TABLE, "The incumbent"));
    }

    proptest::proptest! {
        #[test]
        fn two_letters_never_reject_a_match(text in mixed_text(), entry in "[abgAB][abg \u{e9}]{0,4}") {
            let table = index_by_first_two_letters(&[entry.as_str()]);
            if strip_prefix_folded(&text, &entry).is_some() {
                proptest::prop_assert!(may_start_with_entry(&table, text.trim_start()));
            }
        }
    }

    #[test]
    fn a_phrase_set_finds_its_phrases_in_one_pass() {
        const SET: PhraseSet<5> =
            PhraseSet::new(["seconded", "non-seconded", "detache", "twin grade", "x"]);
        assert_eq!(
            SET.find_each("Non-Seconded staff; les agents DÉTACHÉS"),
            0b00111
        );
        assert_eq!(SET.find_each("a twin  grade post, X"), 0b11000);
        assert_eq!(SET.find_each("a twin-grade post"), 0);
        assert!(SET.find_any("Éx"));
        assert!(!SET.find_any("nothing here"));
        assert_eq!(SET.phrases[3], "twin grade");
    }

    #[test]
    fn the_window_table_holds_the_first_and_next_byte_filter() {
        const SET: PhraseSet<4> = PhraseSet::new(["seconded", "x", "24 mois", "a'b"]);
        for first in 0..=255u8 {
            for second in 0..=255u8 {
                let lower = usize::from(first.to_ascii_lowercase());
                let folds_to_itself = second.is_ascii_graphic() || second == b' ';
                let latin1 = LATIN1_FOLDS
                    .get(usize::from(second.wrapping_sub(0x80)))
                    .map(|&f| f != 0 && SET.by_first[usize::from(f)] != 0);
                let expected = match first {
                    0x80..=0xBF => false,
                    0xC3 => latin1.unwrap_or(true),
                    0xC0.. => true,
                    _ => {
                        SET.by_first[lower] != 0
                            && (!folds_to_itself
                                || SET.next_after[lower] & 1 << second.to_ascii_lowercase() != 0)
                    }
                };
                assert_eq!(
                    SET.may_start_at(first, second),
                    expected,
                    "{first} {second}"
                );
            }
        }
    }

    /// Phrases as catalogues write them: folded, printable ASCII at both
    /// ends, with single spaces, apostrophes and dashes inside (a catalogue
    /// phrase is folded, and folding leaves no run of spaces).
    fn phrase() -> impl proptest::strategy::Strategy<Value = String> {
        proptest::string::string_regex("[abg2'-]([abg2 '-]{0,4}[abg2'-])?")
            .expect("a valid pattern")
            .prop_filter("a folded phrase has no run of spaces", |p| {
                !p.contains("  ")
            })
    }

    proptest::proptest! {
        #[test]
        fn contains_agrees_with_the_reference(a in mixed_text(), b in mixed_text()) {
            let haystack = format!("{a}{a}x{b}");
            proptest::prop_assert_eq!(contains_folded(&haystack, &b), reference_contains(&haystack, &b));
            proptest::prop_assert_eq!(contains_folded(&a, &b), reference_contains(&a, &b));
        }

        #[test]
        fn a_phrase_set_agrees_with_one_search_per_phrase(
            a in mixed_text(),
            phrases in proptest::collection::vec(phrase(), 1..6),
        ) {
            let haystack = format!("{a}x{}", phrases.concat());
            let leaked: Vec<&'static str> =
                phrases.iter().map(|p| &*Box::leak(p.clone().into_boxed_str())).collect();
            let mut array = [""; 6];
            array[..leaked.len()].copy_from_slice(&leaked);
            let set = PhraseSet::new(array.map(|p| if p.is_empty() { "zz" } else { p }));
            for text in [haystack.as_str(), a.as_str()] {
                let each = set.find_each(text);
                for (i, p) in set.phrases.iter().enumerate() {
                    proptest::prop_assert_eq!(each & 1 << i != 0, contains_folded(text, p), "{:?} in {:?}", p, text);
                }
                proptest::prop_assert_eq!(set.find_any(text), each != 0);
            }
        }

        #[test]
        fn a_phrase_set_filters_after_an_accented_first_letter_as_after_ascii(
            text in proptest::string::string_regex(
                "[eEnNaAiI \t\u{e9}\u{c9}\u{e8}\u{e0}\u{c0}\u{ef}\u{a0}\u{2003}\u{212a}kgs'\u{2019}]{0,24}"
            ).expect("a valid pattern"),
        ) {
            const SET: PhraseSet<6> =
                PhraseSet::new(["en anglais", "en", "e", "ing", "ka", "a'e"]);
            let each = SET.find_each(&text);
            for (i, p) in SET.phrases.iter().enumerate() {
                proptest::prop_assert_eq!(each & 1 << i != 0, contains_folded(&text, p), "{:?} in {:?}", p, text);
            }
        }

        #[test]
        fn eight_byte_heads_agree_with_one_search_per_phrase(
            text in proptest::string::string_regex("[aAbBeEgG2 '\t\x7f\u{e9}\u{c9}\u{e0}\u{e6}\u{a0}-]{0,24}")
                .expect("a valid pattern"),
            phrases in proptest::collection::vec(
                proptest::string::string_regex("[abeg2'-]([abeg2 '-]{0,10}[abeg2'-])?")
                    .expect("a valid pattern")
                    .prop_filter("a folded phrase has no run of spaces", |p| !p.contains("  ")),
                1..4,
            ),
        ) {
            let leaked: Vec<&'static str> =
                phrases.iter().map(|p| &*Box::leak(p.clone().into_boxed_str())).collect();
            let mut array = ["zz"; 3];
            for (slot, p) in array.iter_mut().zip(leaked) {
                *slot = p;
            }
            let set = PhraseSet::new(array);
            // Each phrase once as written and once in capitals, so that
            // the long ones are found too.
            let upper: String = phrases.concat().to_uppercase();
            for text in [text.clone(), format!("{text}{}{upper}", phrases.concat())] {
                let each = set.find_each(&text);
                for (i, p) in set.phrases.iter().enumerate() {
                    proptest::prop_assert_eq!(each & 1 << i != 0, contains_folded(&text, p), "{:?} in {:?}", p, text);
                }
            }
        }

        #[test]
        fn eight_bytes_flag_what_does_not_fold_byte_for_byte(
            bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..10),
        ) {
            let (word, flagged) = eight_bytes(&bytes);
            for j in 0..8 {
                let b = bytes.get(j).copied();
                proptest::prop_assert_eq!((word >> (8 * j)) as u8, b.unwrap_or(0));
                let space_run = j > 0 && b == Some(b' ') && bytes.get(j - 1) == Some(&b' ');
                let expected = !b.is_some_and(|b| b.is_ascii_graphic() || b == b' ') || space_run;
                // A byte after a no-break space's second byte may be
                // flagged too: flags only send a comparison the long way.
                if expected {
                    proptest::prop_assert!(flagged >> (8 * j) & 0x80 != 0, "{:?} at {}", bytes, j);
                } else if !(j > 0 && bytes[j - 1] & 0x7F == b' ') {
                    proptest::prop_assert_eq!(flagged >> (8 * j) & 0xFF, 0, "{:?} at {}", bytes, j);
                }
            }
        }

        #[test]
        fn skipping_agrees_with_one_window_at_a_time(
            text in proptest::collection::vec(
                proptest::sample::select(b"aAbBgG2 '-\t\xc3\xa9x".to_vec()),
                1..40,
            ),
            phrases in proptest::collection::vec(phrase(), 1..4),
        ) {
            let leaked: Vec<&'static str> =
                phrases.iter().map(|p| &*Box::leak(p.clone().into_boxed_str())).collect();
            let mut array = ["zz"; 3];
            for (slot, p) in array.iter_mut().zip(leaked) {
                *slot = p;
            }
            let set = PhraseSet::new(array);
            let expected = text
                .windows(2)
                .position(|w| set.may_start_at(w[0], w[1]))
                .unwrap_or(text.len() - 1);
            proptest::prop_assert_eq!(set.skip(&text), expected);
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
