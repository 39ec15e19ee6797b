//! Mutated notices never panic the parser: lines deleted, swapped,
//! duplicated or cut short, odd Unicode inserted. Each either parses or
//! fails with an error that names its line (or says it is not a notice).
//! The mutations start from the seeds, or from the fixtures when the
//! seeds are absent.

mod util;

use std::sync::OnceLock;

use nato_post::{NoticeError, parse_notice};
use proptest::prelude::*;
use proptest::sample::Index;

/// The texts to mutate: the seeds when present, else the fixtures.
fn sources() -> &'static [String] {
    static SOURCES: OnceLock<Vec<String>> = OnceLock::new();
    SOURCES.get_or_init(|| {
        let notices = util::seeds().unwrap_or_else(|| {
            eprintln!("mutating the fixtures instead");
            util::fixtures()
        });
        notices.into_iter().map(|n| n.text).collect()
    })
}

/// Text that real-world copy and paste puts into notices, and worse.
const ODD_TEXT: &[&str] = &[
    "\u{feff}",
    "\u{200b}",
    "\u{202e}",
    "\u{a0}",
    "\u{202f}",
    "\u{301}",
    "\u{fffd}",
    "\r",
    "\t",
    "**",
    "## ",
    "- ",
    "\u{2022}",
    ":",
    "İ",
    "ß",
    "\u{fb01}",
    "😀",
    "Ⅳ",
    "G\u{2011}15",
    "１２",
    "(",
    "Grade:",
    "1. SUMMARY",
];

#[derive(Debug, Clone)]
enum Mutation {
    Delete(Index),
    Swap(Index, Index),
    Duplicate(Index),
    /// Cut a line short, keeping this fraction of its characters.
    CutLine(Index, Index),
    /// Cut the whole text short after this line.
    Truncate(Index),
    Insert(Index, Index, String),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let odd = prop_oneof![
        proptest::sample::select(ODD_TEXT).prop_map(str::to_owned),
        any::<char>().prop_map(String::from),
        "\\PC{1,6}",
    ];
    prop_oneof![
        any::<Index>().prop_map(Mutation::Delete),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
        any::<Index>().prop_map(Mutation::Duplicate),
        (any::<Index>(), any::<Index>()).prop_map(|(l, at)| Mutation::CutLine(l, at)),
        any::<Index>().prop_map(Mutation::Truncate),
        (any::<Index>(), any::<Index>(), odd).prop_map(|(l, at, s)| Mutation::Insert(l, at, s)),
    ]
}

/// The char boundary of `line` nearest to the fraction `at` of its length.
fn boundary(line: &str, at: &Index) -> usize {
    let boundaries: Vec<usize> = line
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(line.len()))
        .collect();
    boundaries[at.index(boundaries.len())]
}

fn apply(lines: &mut Vec<String>, m: &Mutation) {
    if lines.is_empty() {
        return;
    }
    let n = lines.len();
    match m {
        Mutation::Delete(i) => {
            lines.remove(i.index(n));
        }
        Mutation::Swap(a, b) => lines.swap(a.index(n), b.index(n)),
        Mutation::Duplicate(i) => {
            let i = i.index(n);
            lines.insert(i, lines[i].clone());
        }
        Mutation::CutLine(i, at) => {
            let line = &mut lines[i.index(n)];
            let cut = boundary(line, at);
            line.truncate(cut);
        }
        Mutation::Truncate(i) => lines.truncate(i.index(n) + 1),
        Mutation::Insert(i, at, text) => {
            let line = &mut lines[i.index(n)];
            let at = boundary(line, at);
            line.insert_str(at, text);
        }
    }
}

/// Ok, or an error that names a line of the text, or `NotANotice`.
fn assert_parses_or_names_the_problem(text: &str) -> Result<(), TestCaseError> {
    let line_count = text.split('\n').count();
    match parse_notice(text) {
        Ok(_) => Ok(()),
        Err(NoticeError::NotANotice) => Ok(()),
        Err(err) => {
            let message = err.to_string();
            let Some(line) = err.line() else {
                return Err(TestCaseError::fail(format!("no line in {message}")));
            };
            prop_assert!(
                (1..=line_count).contains(&line),
                "line {line} outside 1..={line_count}: {message}"
            );
            prop_assert!(message.starts_with(&format!("line {line}: ")), "{message}");
            Ok(())
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn mutated_notices_parse_or_name_what_is_wrong(
        source in any::<Index>(),
        mutations in proptest::collection::vec(mutation(), 1..8),
    ) {
        let sources = sources();
        prop_assume!(!sources.is_empty());
        let text = &sources[source.index(sources.len())];
        let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
        for m in &mutations {
            apply(&mut lines, m);
        }
        assert_parses_or_names_the_problem(&lines.join("\n"))?;
    }

    #[test]
    fn a_mutated_header_value_parses_or_names_its_line(
        source in any::<Index>(),
        header_line in any::<Index>(),
        value in "\\PC{0,24}",
    ) {
        let sources = sources();
        prop_assume!(!sources.is_empty());
        let text = &sources[source.index(sources.len())];
        let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
        // Replace the value of one of the first header-like lines.
        let labelled: Vec<usize> = lines
            .iter()
            .enumerate()
            .take(40)
            .filter(|(_, l)| l.contains(':') || l.contains('\t'))
            .map(|(i, _)| i)
            .collect();
        prop_assume!(!labelled.is_empty());
        let i = labelled[header_line.index(labelled.len())];
        let label_end = lines[i].find([':', '\t']).map_or(0, |p| p + 1);
        lines[i].truncate(label_end);
        lines[i].push(' ');
        lines[i].push_str(&value);
        assert_parses_or_names_the_problem(&lines.join("\n"))?;
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        assert_parses_or_names_the_problem(&text)?;
    }

    #[test]
    fn arbitrary_lines_under_a_header_never_panic(
        lines in proptest::collection::vec("[A-Za-z0-9 .:()/,\\-\t*#éÉ]{0,40}", 0..30),
    ) {
        let text = format!("VACANCY NOTIFICATION\nClerk (251234)\nGrade: G5\n{}", lines.join("\n"));
        assert_parses_or_names_the_problem(&text)?;
    }
}

/// Every seed (or fixture) with each single line deleted in turn: the
/// exhaustive version of the deletion mutation, on the header, where the
/// errors come from.
#[test]
fn deleting_any_header_line_parses_or_names_what_is_wrong() {
    for text in sources() {
        let lines: Vec<&str> = text.split('\n').collect();
        for skip in 0..lines.len().min(30) {
            let mutated: Vec<&str> = lines
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, l)| *l)
                .collect();
            let mutated = mutated.join("\n");
            if let Err(err) = assert_parses_or_names_the_problem(&mutated) {
                panic!("line {} deleted: {err}", skip + 1);
            }
        }
    }
}
