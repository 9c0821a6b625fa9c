//! The portal's messages (`ui-*` labels and formatting), compiled from the message files by
//! `build.rs` into text and placeholders. The browser renders them without a Fluent runtime; a
//! test keeps every one equal to what Fluent renders from the same file.

use crate::ExplainError;
use crate::format::Messages;

/// A piece of a compiled message.
#[derive(Debug)]
pub enum Piece {
    Text(&'static str),
    /// A `{ $name }` placeholder.
    Var(&'static str),
}

/// One language's messages: (id, pieces), sorted by id.
pub type Table = &'static [(&'static str, &'static [Piece])];

include!(concat!(env!("OUT_DIR"), "/labels.rs"));

/// The tables of the languages after the first, as [`other_labels`] gives them.
pub type OtherLabels = &'static [(&'static str, Table)];

/// The other languages' tables once the browser has registered them ([`register_other_labels`]).
#[cfg(target_arch = "wasm32")]
static REGISTERED: std::sync::OnceLock<OtherLabels> = std::sync::OnceLock::new();

/// The tables of the languages after the first. In a browser build nothing else names them, so
/// the portal can call this from a split point and leave them out of the first screen's module
/// (issue 15, budget 3); there they count once registered.
pub fn other_labels() -> OtherLabels {
    OTHER_LABELS
}

/// Makes the other languages' tables count in a browser build (natively they always do).
pub fn register_other_labels(tables: OtherLabels) {
    #[cfg(target_arch = "wasm32")]
    let _ = REGISTERED.set(tables);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = tables;
}

/// The first language's labels of the parts after the first screen, once a part has registered
/// them ([`register_later_labels`]).
#[cfg(target_arch = "wasm32")]
static LATER_REGISTERED: std::sync::OnceLock<Table> = std::sync::OnceLock::new();

/// Makes the first language's labels of the parts after the first screen count. The portal calls
/// it in each part that comes in a chunk, before drawing it: only chunks name that table, so it
/// leaves the first screen's module with them (issue 15, budget 3). A no-op natively, where it
/// always counts, and where the table is empty (the staff build keeps one table).
pub fn register_later_labels() {
    #[cfg(target_arch = "wasm32")]
    let _ = LATER_REGISTERED.set(LATER_LABELS);
}

/// The first language's labels of the later parts that count here.
fn later() -> Table {
    #[cfg(target_arch = "wasm32")]
    return LATER_REGISTERED.get().copied().unwrap_or(&[]);
    #[cfg(not(target_arch = "wasm32"))]
    LATER_LABELS
}

/// The other languages' tables that count here.
fn others() -> OtherLabels {
    #[cfg(target_arch = "wasm32")]
    return REGISTERED.get().copied().unwrap_or(&[]);
    #[cfg(not(target_arch = "wasm32"))]
    OTHER_LABELS
}

/// The compiled messages of one language.
pub struct Labels {
    language: &'static str,
    messages: Table,
    /// The first language's labels of the later parts (empty for the others, whose `messages`
    /// hold all).
    later: Table,
}

impl Labels {
    /// The labels of `language`; in a browser build another language than the first only once
    /// its tables are registered.
    pub fn of(language: &str) -> Option<Labels> {
        if language == FIRST_LABELS.0 {
            return Some(Labels { language: FIRST_LABELS.0, messages: FIRST_LABELS.1, later: later() });
        }
        others().iter().find(|(code, _)| *code == language).map(|(code, messages)| Labels {
            language: code,
            messages,
            later: &[],
        })
    }

    fn pieces(&self, id: &str) -> Option<&'static [Piece]> {
        [self.messages, self.later].into_iter().find_map(|table| {
            let found = table.binary_search_by(|(known, _)| (*known).cmp(id)).ok()?;
            Some(table[found].1)
        })
    }
}

impl Messages for Labels {
    fn message(&self, id: &str, args: &[(&str, &str)]) -> Result<String, ExplainError> {
        let missing = |detail: &str| ExplainError::Message {
            language: self.language.to_owned(),
            id: id.to_owned(),
            detail: detail.to_owned(),
        };
        let pieces = self.pieces(id).ok_or_else(|| missing("no such message"))?;
        let mut out = String::new();
        for piece in pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Var(name) => {
                    let (_, value) = args
                        .iter()
                        .find(|(known, _)| known == name)
                        .ok_or_else(|| missing("an argument is missing"))?;
                    out.push_str(value);
                }
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests;
