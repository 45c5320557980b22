//! Turns the content files (`content/*.toml`) into typed Rust constants compiled into the app:
//! one module per file, each reading its file into types of its own and writing the model's
//! types out (`emit`).
//!
//! Why at build time: the app ships only the values, with no TOML parser and no start-up parsing,
//! and every content rule is checked here, once, with the app's own parsers (`Date`, `Phone`,
//! shared by `#[path]`): a wrong date, number, kind, audience or source fails `cargo build`,
//! naming the file and the key.

mod contacts;
mod emit;
mod fact;
mod guide;
mod later;
mod sources;
mod visit;

/// The app's own parsers, compiled into the build as they are into the app.
#[allow(dead_code)]
#[path = "../src/model/date.rs"]
mod date;
#[allow(dead_code)]
#[path = "../src/model/phone.rs"]
mod phone;

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let write = |name: &str, rust: String| {
        std::fs::write(Path::new(&out).join(name), rust).unwrap_or_else(|e| panic!("writing {name}: {e}"))
    };
    let guide: guide::GuideFile = read(guide::FILE);
    let sources: sources::SourcesFile = read(sources::FILE);
    let later: later::LaterFile = read(later::FILE);
    let visit: visit::VisitFile = read(visit::FILE);
    let contacts: contacts::ContactsFile = read(contacts::FILE);

    sources::check(&sources);
    let sources = sources::Table::new(&sources);
    later.check(&guide, &sources);
    visit.check(&sources);
    contacts.check(&visit, &sources);

    write("guide_data.rs", guide.emit_file());
    write("sources_data.rs", sources.emit_file());
    write("later_data.rs", later.emit_file(&guide, &sources));
    write("visit_data.rs", visit.emit_file(&sources));
    write("contacts_data.rs", contacts.emit_file(&sources));
}

/// Reads a content file; a malformed one fails the build with the file, line and key.
fn read<T: for<'de> serde::Deserialize<'de>>(path: &str) -> T {
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}
