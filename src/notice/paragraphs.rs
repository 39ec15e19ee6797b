//! [`Paragraphs`]: the lines of one section of a notice, kept in one
//! buffer.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::FusedIterator;
use std::sync::Arc;

/// The paragraphs of one section of a notice, in order, in one buffer.
///
/// Each paragraph is one line of the notice as printed (list items without
/// their bullets), so none holds a line break; that is what lets a
/// section's paragraphs share one `String`, each ended by `'\n'`, instead
/// of taking one allocation each (the sections of one half of a parsed
/// notice go further and share one buffer). Read them with [`iter`](Self::iter)
/// (or a `for` loop over `&Paragraphs`), [`get`](Self::get), or the whole
/// section at once with [`as_str`](Self::as_str).
///
/// It compares equal to any slice, array or vector of strings holding the
/// same paragraphs, and serializes as a sequence of strings; deserializing
/// refuses a paragraph with a line break.
///
/// ```
/// use nato_post::Paragraphs;
///
/// let mut summary = Paragraphs::new();
/// summary.push("The clerk keeps the portfolio.")?;
/// summary.push("Travel may be required.")?;
/// assert_eq!(summary.len(), 2);
/// assert_eq!(summary.get(1), Some("Travel may be required."));
/// assert_eq!(summary, ["The clerk keeps the portfolio.", "Travel may be required."]);
/// assert_eq!(summary.as_str(), "The clerk keeps the portfolio.\nTravel may be required.\n");
///
/// // A line break would split one paragraph into two: refused.
/// assert!(summary.push("two\nlines").is_err());
/// assert_eq!(summary.len(), 2);
/// # Ok::<(), nato_post::LineBreakError>(())
/// ```
#[derive(Clone, Default)]
pub struct Paragraphs {
    /// Every paragraph followed by `'\n'`; no paragraph holds one.
    text: Text,
    /// How many paragraphs `text` holds.
    len: usize,
}

/// Where the text of a [`Paragraphs`] is kept.
#[derive(Clone)]
enum Text {
    /// In a buffer of its own.
    Own(String),
    /// At `start..end` of a buffer shared with the other sections of a
    /// notice's half: the section parser writes a half's sections into
    /// one buffer, which one allocation holds (rather than one for each
    /// of a dozen sections and each area of accountability). Pushing a
    /// paragraph copies the text to a buffer of its own first. The buffer
    /// lives as long as any of its pieces: at most the size of the half.
    Shared {
        buffer: Arc<String>,
        start: usize,
        end: usize,
    },
}

impl Default for Text {
    fn default() -> Self {
        Self::Own(String::new())
    }
}

impl Text {
    /// The text, wherever it is kept.
    fn as_str(&self) -> &str {
        match self {
            Self::Own(text) => text,
            Self::Shared { buffer, start, end } => buffer.get(*start..*end).unwrap_or_default(),
        }
    }

    /// The text in a buffer of its own, with room for `more` bytes
    /// besides when it must be copied there.
    fn to_mut(&mut self, more: usize) -> &mut String {
        loop {
            match self {
                Self::Own(text) => return text,
                Self::Shared { buffer, start, end } => {
                    let shared = buffer.get(*start..*end).unwrap_or_default();
                    let mut own = String::with_capacity(shared.len() + more);
                    own.push_str(shared);
                    *self = Self::Own(own);
                }
            }
        }
    }
}

impl PartialEq for Paragraphs {
    fn eq(&self, other: &Self) -> bool {
        self.len == other.len && self.as_str() == other.as_str()
    }
}

impl Eq for Paragraphs {}

impl Hash for Paragraphs {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
        self.len.hash(state);
    }
}

impl PartialOrd for Paragraphs {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Paragraphs {
    /// By text, then by count: as the derived order on the text and the
    /// count compared.
    fn cmp(&self, other: &Self) -> Ordering {
        (self.as_str(), self.len).cmp(&(other.as_str(), other.len))
    }
}

/// The error of [`Paragraphs::push`] and of building [`Paragraphs`] from
/// strings: a paragraph held a line break (`'\n'`), which would make it
/// two.
///
/// ```
/// use nato_post::Paragraphs;
/// let err = Paragraphs::try_from(vec!["one".to_owned(), "two\nthree".to_owned()]).unwrap_err();
/// assert_eq!(err.paragraph(), "two\nthree");
/// assert_eq!(err.to_string(), r#"paragraph "two\nthree" holds a line break"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("paragraph {paragraph:?} holds a line break")]
pub struct LineBreakError {
    paragraph: String,
}

impl LineBreakError {
    /// The paragraph refused, as given.
    ///
    /// ```
    /// let err = nato_post::Paragraphs::new().push("a\nb").unwrap_err();
    /// assert_eq!(err.paragraph(), "a\nb");
    /// ```
    pub fn paragraph(&self) -> &str {
        &self.paragraph
    }
}

impl Paragraphs {
    /// No paragraphs.
    ///
    /// ```
    /// assert!(nato_post::Paragraphs::new().is_empty());
    /// ```
    pub const fn new() -> Self {
        Self {
            text: Text::Own(String::new()),
            len: 0,
        }
    }

    /// The `len` paragraphs at `start..end` of `buffer`, each ended by
    /// `'\n'` there (which the caller, the section parser, knows).
    pub(crate) fn shared(buffer: &Arc<String>, start: usize, end: usize, len: usize) -> Self {
        debug_assert!(
            buffer
                .get(start..end)
                .is_some_and(|t| t.bytes().filter(|&b| b == b'\n').count() == len
                    && (t.is_empty() || t.ends_with('\n')))
        );
        Self {
            text: Text::Shared {
                buffer: Arc::clone(buffer),
                start,
                end,
            },
            len,
        }
    }

    /// Adds the `len` paragraphs `text` holds, each ended by `'\n'` (which
    /// the caller knows).
    pub(crate) fn extend_lines(&mut self, text: &str, len: usize) {
        if self.len == 0 {
            self.text = Text::Own(text.to_owned());
        } else {
            self.text.to_mut(text.len()).push_str(text);
        }
        self.len += len;
    }

    /// Adds `paragraph` at the end, or refuses it, leaving `self` as it
    /// was, when it holds a line break.
    ///
    /// ```
    /// let mut p = nato_post::Paragraphs::new();
    /// p.push("")?; // an empty paragraph is one
    /// assert_eq!(p.len(), 1);
    /// assert_eq!(p.first(), Some(""));
    /// # Ok::<(), nato_post::LineBreakError>(())
    /// ```
    pub fn push(&mut self, paragraph: &str) -> Result<(), LineBreakError> {
        if paragraph.as_bytes().contains(&b'\n') {
            return Err(LineBreakError {
                paragraph: paragraph.to_owned(),
            });
        }
        self.push_line(paragraph);
        Ok(())
    }

    /// Adds `line`, which the caller knows holds no line break.
    pub(crate) fn push_line(&mut self, line: &str) {
        debug_assert!(!line.contains('\n'));
        let text = self.text.to_mut(line.len() + 1);
        text.push_str(line);
        text.push('\n');
        self.len += 1;
    }

    /// How many paragraphs there are.
    ///
    /// ```
    /// let p = nato_post::Paragraphs::try_from(["a", "b"].as_slice())?;
    /// assert_eq!(p.len(), 2);
    /// # Ok::<(), nato_post::LineBreakError>(())
    /// ```
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are none.
    ///
    /// ```
    /// assert!(nato_post::Paragraphs::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The paragraphs in order.
    ///
    /// ```
    /// let p = nato_post::Paragraphs::try_from(["a", "b"].as_slice())?;
    /// assert_eq!(p.iter().rev().collect::<Vec<_>>(), ["b", "a"]);
    /// # Ok::<(), nato_post::LineBreakError>(())
    /// ```
    pub fn iter(&self) -> Iter<'_> {
        Iter {
            rest: self.text.as_str(),
            len: self.len,
        }
    }

    /// The first paragraph.
    ///
    /// ```
    /// let p = nato_post::Paragraphs::try_from(["a", "b"].as_slice())?;
    /// assert_eq!(p.first(), Some("a"));
    /// # Ok::<(), nato_post::LineBreakError>(())
    /// ```
    pub fn first(&self) -> Option<&str> {
        self.iter().next()
    }

    /// The last paragraph.
    ///
    /// ```
    /// let p = nato_post::Paragraphs::try_from(["a", "b"].as_slice())?;
    /// assert_eq!(p.last(), Some("b"));
    /// # Ok::<(), nato_post::LineBreakError>(())
    /// ```
    pub fn last(&self) -> Option<&str> {
        self.iter().next_back()
    }

    /// The paragraph at `index` (from 0), found by walking the buffer.
    ///
    /// ```
    /// let p = nato_post::Paragraphs::try_from(["a", "b"].as_slice())?;
    /// assert_eq!(p.get(1), Some("b"));
    /// assert_eq!(p.get(2), None);
    /// # Ok::<(), nato_post::LineBreakError>(())
    /// ```
    pub fn get(&self, index: usize) -> Option<&str> {
        self.iter().nth(index)
    }

    /// Every paragraph, each followed by `'\n'`: the section as one text.
    ///
    /// ```
    /// let p = nato_post::Paragraphs::try_from(["a", "b"].as_slice())?;
    /// assert_eq!(p.as_str(), "a\nb\n");
    /// # Ok::<(), nato_post::LineBreakError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.text.as_str()
    }
}

impl fmt::Debug for Paragraphs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// The paragraphs of a [`Paragraphs`], in order, from
/// [`Paragraphs::iter`].
///
/// ```
/// let p = nato_post::Paragraphs::try_from(["a", "b"].as_slice())?;
/// let mut it = p.iter();
/// assert_eq!(it.len(), 2);
/// assert_eq!(it.next(), Some("a"));
/// assert_eq!(it.next_back(), Some("b"));
/// assert_eq!(it.next(), None);
/// # Ok::<(), nato_post::LineBreakError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Iter<'a> {
    /// The paragraphs not yet returned, each followed by `'\n'`.
    rest: &'a str,
    /// How many paragraphs `rest` holds.
    len: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let (paragraph, rest) = self.rest.split_once('\n')?;
        self.rest = rest;
        self.len -= 1;
        Some(paragraph)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len, Some(self.len))
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let body = self.rest.strip_suffix('\n')?;
        let start = body.rfind('\n').map_or(0, |i| i + 1);
        self.rest = &self.rest[..start];
        self.len -= 1;
        Some(&body[start..])
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl FusedIterator for Iter<'_> {}

impl<'a> IntoIterator for &'a Paragraphs {
    type Item = &'a str;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl<S: AsRef<str>> TryFrom<&[S]> for Paragraphs {
    type Error = LineBreakError;

    /// The paragraphs of `lines`, or the first that holds a line break.
    fn try_from(lines: &[S]) -> Result<Self, LineBreakError> {
        let mut p = Self::new();
        for line in lines {
            p.push(line.as_ref())?;
        }
        Ok(p)
    }
}

impl TryFrom<Vec<String>> for Paragraphs {
    type Error = LineBreakError;

    /// The paragraphs of `lines`, or the first that holds a line break.
    fn try_from(lines: Vec<String>) -> Result<Self, LineBreakError> {
        Self::try_from(lines.as_slice())
    }
}

impl From<Paragraphs> for Vec<String> {
    /// One `String` per paragraph.
    fn from(p: Paragraphs) -> Self {
        p.iter().map(str::to_owned).collect()
    }
}

impl<S: AsRef<str>> PartialEq<[S]> for Paragraphs {
    fn eq(&self, other: &[S]) -> bool {
        self.len == other.len() && self.iter().zip(other).all(|(a, b)| a == b.as_ref())
    }
}

impl<S: AsRef<str>, const N: usize> PartialEq<[S; N]> for Paragraphs {
    fn eq(&self, other: &[S; N]) -> bool {
        *self == other[..]
    }
}

impl<S: AsRef<str>> PartialEq<Vec<S>> for Paragraphs {
    fn eq(&self, other: &Vec<S>) -> bool {
        *self == other[..]
    }
}

impl<S: AsRef<str>> PartialEq<&[S]> for Paragraphs {
    fn eq(&self, other: &&[S]) -> bool {
        *self == **other
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Paragraphs {
    fn serialize<Ser: serde::Serializer>(&self, serializer: Ser) -> Result<Ser::Ok, Ser::Error> {
        serializer.collect_seq(self.iter())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Paragraphs {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Paragraphs;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a sequence of paragraphs without line breaks")
            }

            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Paragraphs, A::Error> {
                let mut p = Paragraphs::new();
                while let Some(line) = seq.next_element::<std::borrow::Cow<'de, str>>()? {
                    p.push(&line).map_err(serde::de::Error::custom)?;
                }
                Ok(p)
            }
        }
        deserializer.deserialize_seq(Visitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Paragraphs {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Paragraphs".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The paragraphs of one section, in order; none holds a line break.",
            "type": "array",
            "items": { "type": "string", "pattern": "^[^\\n]*$" }
        })
    }
}

#[cfg(feature = "proptest")]
impl proptest::arbitrary::Arbitrary for Paragraphs {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::strategy::Strategy;
        proptest::collection::vec("[^\n]{0,40}", 0..6)
            .prop_map(|lines| {
                let mut p = Paragraphs::new();
                for line in &lines {
                    p.push_line(line);
                }
                p
            })
            .boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn paragraphs_read_back_as_pushed(lines in proptest::collection::vec("[^\n]{0,12}", 0..8)) {
            let p = Paragraphs::try_from(lines.as_slice()).unwrap();
            prop_assert_eq!(p.len(), lines.len());
            prop_assert_eq!(p.iter().collect::<Vec<_>>(), lines.iter().map(String::as_str).collect::<Vec<_>>());
            prop_assert_eq!(p.iter().rev().collect::<Vec<_>>(), lines.iter().rev().map(String::as_str).collect::<Vec<_>>());
            prop_assert_eq!(p.iter().len(), lines.len());
            prop_assert_eq!(&p, &lines);
            prop_assert_eq!(Vec::<String>::from(p.clone()), lines.clone());
            for (i, line) in lines.iter().enumerate() {
                prop_assert_eq!(p.get(i), Some(line.as_str()));
            }
            prop_assert_eq!(p.get(lines.len()), None);
            prop_assert_eq!(p.first(), lines.first().map(String::as_str));
            prop_assert_eq!(p.last(), lines.last().map(String::as_str));
        }

        #[test]
        fn a_line_break_anywhere_is_refused(
            before in proptest::collection::vec("[^\n]{0,6}", 0..4),
            bad in "[^\n]{0,6}\n[a-z\n]{0,6}",
        ) {
            let mut lines = before.clone();
            lines.push(bad.clone());
            let err = Paragraphs::try_from(lines).unwrap_err();
            prop_assert_eq!(err.paragraph(), bad.as_str());
            let mut p = Paragraphs::try_from(before.as_slice()).unwrap();
            let kept = p.clone();
            prop_assert!(p.push(&bad).is_err());
            prop_assert_eq!(p, kept);
        }
    }

    proptest! {
        /// Paragraphs kept in a shared buffer read, compare, hash and
        /// grow as the same paragraphs in a buffer of their own.
        #[test]
        fn shared_paragraphs_are_the_paragraphs_they_hold(
            lines in proptest::collection::vec("[^\n]{0,8}", 0..8),
            cut in (0usize..8, 0usize..8),
            more in proptest::collection::vec("[^\n]{0,8}", 0..3),
        ) {
            use std::hash::BuildHasher;
            let (a, b) = (cut.0.min(lines.len()), cut.1.min(lines.len()));
            let (a, b) = (a.min(b), a.max(b));
            let mut buffer = String::new();
            let mut starts = Vec::new();
            for line in &lines {
                starts.push(buffer.len());
                buffer.push_str(line);
                buffer.push('\n');
            }
            starts.push(buffer.len());
            let buffer = Arc::new(buffer);
            let mut shared = Paragraphs::shared(&buffer, starts[a], starts[b], b - a);
            let mut own = Paragraphs::try_from(&lines[a..b]).unwrap();
            let hasher = std::collections::hash_map::RandomState::new();
            for round in 0..2 {
                prop_assert_eq!(&shared, &own);
                prop_assert_eq!(shared.cmp(&own), Ordering::Equal);
                prop_assert_eq!(hasher.hash_one(&shared), hasher.hash_one(&own));
                prop_assert_eq!(shared.as_str(), own.as_str());
                prop_assert_eq!(shared.iter().collect::<Vec<_>>(), own.iter().collect::<Vec<_>>());
                prop_assert_eq!(shared.len(), own.len());
                let other = Paragraphs::try_from(more.as_slice()).unwrap();
                prop_assert_eq!(shared.cmp(&other), own.cmp(&other));
                if round == 0 {
                    for line in &more {
                        shared.push(line).unwrap();
                        own.push(line).unwrap();
                    }
                    let tail = buffer.get(starts[b]..).unwrap_or_default();
                    shared.extend_lines(tail, lines.len() - b);
                    own.extend_lines(tail, lines.len() - b);
                }
            }
        }
    }

    #[test]
    fn mixed_ends_walk_to_the_middle() {
        let p = Paragraphs::try_from(["a", "", "c", "d"].as_slice()).unwrap();
        let mut it = p.iter();
        assert_eq!(it.next_back(), Some("d"));
        assert_eq!(it.next(), Some("a"));
        assert_eq!(it.len(), 2);
        assert_eq!(it.next_back(), Some("c"));
        assert_eq!(it.next(), Some(""));
        assert_eq!((it.next(), it.next_back()), (None, None));
        assert_ne!(p, ["a", "", "c"]);
        assert_ne!(p, ["a", "b", "c", "d"]);
    }

    #[cfg(feature = "serde")]
    #[test]
    fn serde_refuses_a_line_break() {
        let p: Paragraphs = serde_json::from_str(r#"["a","b"]"#).unwrap();
        assert_eq!(p, ["a", "b"]);
        assert_eq!(serde_json::to_string(&p).unwrap(), r#"["a","b"]"#);
        let err = serde_json::from_str::<Paragraphs>(r#"["a","b\nc"]"#).unwrap_err();
        assert!(err.to_string().contains("line break"), "{err}");
    }
}
