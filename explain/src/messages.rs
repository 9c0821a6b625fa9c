//! The message files and the Fluent bundles made from them, one per language, parsed once.

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use std::sync::OnceLock;

use crate::ExplainError;

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

pub type Bundle = FluentBundle<FluentResource>;

/// The language codes there are message files for, sorted.
pub fn languages() -> Vec<&'static str> {
    LANGUAGES.to_vec()
}

type Bundles = Vec<(&'static str, Result<Bundle, String>)>;

fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| MESSAGE_FILES.iter().map(|(code, text)| (*code, build(code, text))).collect())
}

fn build(code: &str, text: &str) -> Result<Bundle, String> {
    let resource = FluentResource::try_new(text.to_owned()).map_err(|(_, errors)| format!("{errors:?}"))?;
    let language: unic_langid::LanguageIdentifier = code.parse().map_err(|e| format!("{e:?}"))?;
    let mut bundle = FluentBundle::new_concurrent(vec![language]);
    // Plain text: no Unicode isolation marks around placeholders.
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).map_err(|errors| format!("{errors:?}"))?;
    Ok(bundle)
}

pub fn bundle(language: &str) -> Result<&'static Bundle, ExplainError> {
    match bundles().iter().find(|(code, _)| *code == language) {
        Some((_, Ok(bundle))) => Ok(bundle),
        Some((_, Err(detail))) => {
            Err(ExplainError::Message { language: language.to_owned(), id: "(file)".into(), detail: detail.clone() })
        }
        None => Err(ExplainError::UnknownLanguage(language.to_owned(), languages().join(", "))),
    }
}

/// A message without arguments, for plain-text output (the id itself if it is missing).
pub fn text(language: &str, id: &str) -> String {
    bundle(language)
        .ok()
        .and_then(|b| {
            let pattern = b.get_message(id)?.value()?;
            Some(b.format_pattern(pattern, None, &mut Vec::new()).into_owned())
        })
        .unwrap_or_else(|| id.to_owned())
}

/// Message ids of a file, in order (for the completeness tests).
#[cfg_attr(not(test), allow(dead_code))] // only the tests list ids
pub fn message_ids(text: &str) -> Vec<String> {
    // A file with errors still yields the messages that parsed (the syntax test reports the rest).
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(resource, _)| resource);
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message exists in every language, and every file parses without errors.
    #[test]
    fn every_language_has_every_message() {
        let files: Vec<(&str, Vec<String>)> =
            MESSAGE_FILES.iter().map(|(code, text)| (*code, message_ids(text))).collect();
        assert!(files.len() >= 2, "expected nl and en");
        for (code, text) in MESSAGE_FILES {
            assert!(fluent_syntax::parser::parse(*text).is_ok(), "{code}.ftl has syntax errors");
            assert!(bundle(code).is_ok(), "{code}.ftl does not load");
        }
        let (first_code, first_ids) = &files[0];
        for (code, ids) in &files[1..] {
            let missing: Vec<_> = first_ids.iter().filter(|id| !ids.contains(id)).collect();
            let extra: Vec<_> = ids.iter().filter(|id| !first_ids.contains(id)).collect();
            assert!(missing.is_empty(), "{code}.ftl lacks {missing:?} (present in {first_code}.ftl)");
            assert!(extra.is_empty(), "{code}.ftl has {extra:?}, missing in {first_code}.ftl");
        }
    }

    /// The portal's sources in the client's build (its labels live in the message files too, so
    /// one file per language holds all wording).
    const CLIENT_PORTAL: &[&str] = &[
        include_str!("../../portal/src/main.rs"),
        include_str!("../../portal/src/signin.rs"),
        include_str!("../../portal/src/case.rs"),
        include_str!("../../portal/src/calculation.rs"),
        include_str!("../../portal/src/summary.rs"),
        include_str!("../../portal/src/ledger.rs"),
        include_str!("../../portal/src/whatif.rs"),
        include_str!("../../portal/src/consent.rs"),
        include_str!("../../portal/src/route.rs"),
        include_str!("../../portal/src/form.rs"),
        include_str!("../../portal/src/call_note.rs"),
        include_str!("../../portal/src/told.rs"),
        include_str!("../../portal/src/news.rs"),
        include_str!("../../portal/src/letters.rs"),
        include_str!("../../portal/src/change.rs"),
        include_str!("../../portal/src/dispute.rs"),
        include_str!("../../portal/src/workbench_link.rs"),
        include_str!("../../portal/src/later.rs"),
        include_str!("../../portal/src/timeline.rs"),
        include_str!("../../portal/src/order.rs"),
        include_str!("../../portal/src/engine.rs"),
        include_str!("../../portal/src/print.rs"),
    ];

    /// The workbench's sources, only in the staff build (feature `workbench`).
    const WORKBENCH_PORTAL: &[&str] = &[
        include_str!("../../portal/src/workbench/mod.rs"),
        include_str!("../../portal/src/workbench/worklist.rs"),
        include_str!("../../portal/src/workbench/case.rs"),
        include_str!("../../portal/src/workbench/facts.rs"),
        include_str!("../../portal/src/workbench/dashboard.rs"),
        include_str!("../../portal/src/workbench/differences.rs"),
        include_str!("../../portal/src/workbench/requests.rs"),
    ];

    /// The client's build leaves the workbench's labels (`ui-wb-*`) out (`build.rs`), so no code
    /// of the portal outside `portal/src/workbench/` may use one, neither whole nor as the start
    /// of an id it builds (every file is read, so a new module is checked too).
    #[test]
    fn the_clients_portal_uses_no_workbench_label() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../portal/src");
        let (mut client, mut workbench) = (0, 0);
        let mut folders = vec![src.clone()];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let uses = std::fs::read_to_string(&path).unwrap().contains("\"ui-wb-");
                    if path.starts_with(src.join("workbench")) {
                        workbench += usize::from(uses);
                    } else {
                        assert!(!uses, "a workbench label in {}", path.display());
                        client += 1;
                    }
                }
            }
        }
        // Every file of the client's portal is in `CLIENT_PORTAL`, so `every_message_is_used` reads
        // it too.
        let distinct: std::collections::HashSet<&&str> = CLIENT_PORTAL.iter().collect();
        assert_eq!(distinct.len(), CLIENT_PORTAL.len(), "a file named twice in CLIENT_PORTAL");
        assert!(
            client == CLIENT_PORTAL.len() && workbench > 0,
            "{client} client files, {} in CLIENT_PORTAL, {workbench} workbench files",
            CLIENT_PORTAL.len()
        );
    }

    /// Every message is used by the renderer: its id appears in the source, or it belongs to a
    /// family the renderer builds ids for (declared in `writer::FAMILIES`).
    #[test]
    fn every_message_is_used() {
        let explain = [
            include_str!("writer.rs"),
            include_str!("sections.rs"),
            include_str!("summary.rs"),
            include_str!("timeline.rs"),
            include_str!("worked.rs"),
            include_str!("lib.rs"),
            include_str!("messages.rs"),
            include_str!("format.rs"),
            include_str!("mail.rs"),
            include_str!("change.rs"),
            include_str!("request.rs"),
        ];
        let sources: String = [explain.as_slice(), CLIENT_PORTAL, WORKBENCH_PORTAL].concat().concat();
        let (_, text) = MESSAGE_FILES[0];
        let unused: Vec<String> = message_ids(text)
            .into_iter()
            .filter(|id| !sources.contains(&format!("\"{id}\"")))
            .filter(|id| {
                !crate::writer::FAMILIES
                    .iter()
                    .any(|(prefix, members)| id.strip_prefix(prefix).is_some_and(|rest| members.contains(&rest)))
            })
            .collect();
        assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    }
}
