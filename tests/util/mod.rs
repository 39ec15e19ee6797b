//! Helpers shared by the notice tests: where the seed notices and the
//! fixtures live, and how to read them.
//!
//! Each test crate uses a part of this module only.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use nato_post::{NoticeError, Vacancy, Warning, parse_notice};

/// The five real notices, outside the repository.
pub const SEEDS_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");

/// Notices written for the tests.
pub const FIXTURES_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// A notice read from disk, named by its file stem.
#[derive(Debug, Clone)]
pub struct NamedNotice {
    /// The file name without `.txt`.
    pub name: String,
    /// The whole text.
    pub text: String,
}

fn read_notices(dir: &Path) -> std::io::Result<Vec<NamedNotice>> {
    let mut notices = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            notices.push(NamedNotice {
                name,
                text: std::fs::read_to_string(&path)?,
            });
        }
    }
    notices.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(notices)
}

/// The seed notices, sorted by name; `None` after printing why when the
/// folder is absent (the seeds are not shipped with the crate).
pub fn seeds() -> Option<Vec<NamedNotice>> {
    match read_notices(Path::new(SEEDS_DIR)) {
        Ok(seeds) if !seeds.is_empty() => Some(seeds),
        Ok(_) => {
            eprintln!("skipped: no seed notice in {SEEDS_DIR}");
            None
        }
        Err(err) => {
            eprintln!("skipped: seed notices not readable at {SEEDS_DIR}: {err}");
            None
        }
    }
}

/// The seed whose file name starts with `prefix` (`"000_"`); `None` after
/// printing why when it is absent.
pub fn seed(prefix: &str) -> Option<String> {
    let found = seeds()?.into_iter().find(|s| s.name.starts_with(prefix));
    if found.is_none() {
        eprintln!("skipped: no seed named {prefix}* in {SEEDS_DIR}");
    }
    found.map(|s| s.text)
}

/// The path of a fixture.
pub fn fixture_path(name: &str) -> PathBuf {
    Path::new(FIXTURES_DIR).join(name)
}

/// The text of a fixture, which the repository always ships.
pub fn fixture(name: &str) -> String {
    let path = fixture_path(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("fixture {} unreadable: {err}", path.display()))
}

/// Every fixture, sorted by name.
pub fn fixtures() -> Vec<NamedNotice> {
    read_notices(Path::new(FIXTURES_DIR))
        .unwrap_or_else(|err| panic!("fixtures unreadable at {FIXTURES_DIR}: {err}"))
}

/// Parses a notice that must parse, naming it in the failure message.
pub fn parse_ok(name: &str, text: &str) -> (Vacancy, Vec<Warning>) {
    parse_notice(text).unwrap_or_else(|err| panic!("{name}: {err}"))
}

/// Parses a notice that must fail, naming it in the failure message.
pub fn parse_err(name: &str, text: &str) -> NoticeError {
    match parse_notice(text) {
        Ok((vacancy, _)) => panic!("{name}: parsed, expected an error: {vacancy:?}"),
        Err(err) => err,
    }
}

/// Every seed's text, joined: for checking that a spelling occurs in some
/// seed. `None` after printing why when the folder is absent.
pub fn seeds_joined() -> Option<String> {
    let seeds = seeds()?;
    Some(
        seeds
            .into_iter()
            .map(|s| s.text)
            .collect::<Vec<_>>()
            .join("\n"),
    )
}
