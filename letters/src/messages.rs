//! The letters' own wording: `messages/<language>.ftl`, parsed once per language.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::sync::OnceLock;

use crate::LetterError;

type Bundle = FluentBundle<FluentResource>;

const FILES: [(&str, &str); 2] =
    [("en", include_str!("../messages/en.ftl")), ("nl", include_str!("../messages/nl.ftl"))];

fn bundles() -> &'static Vec<(&'static str, Option<Bundle>)> {
    static BUNDLES: OnceLock<Vec<(&'static str, Option<Bundle>)>> = OnceLock::new();
    BUNDLES.get_or_init(|| FILES.iter().map(|(code, text)| (*code, build(code, text))).collect())
}

fn build(code: &str, text: &str) -> Option<Bundle> {
    let resource = FluentResource::try_new(text.to_owned()).ok()?;
    let mut bundle = FluentBundle::new_concurrent(vec![code.parse().ok()?]);
    // Plain text: no Unicode isolation marks around placeholders.
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).ok()?;
    Some(bundle)
}

/// The languages letters are written in.
pub fn languages() -> Vec<&'static str> {
    FILES.iter().map(|(code, _)| *code).collect()
}

/// A message of `language` with text arguments.
pub fn message(language: &str, id: &str, args: &[(&str, String)]) -> Result<String, LetterError> {
    let bundle = bundles()
        .iter()
        .find(|(code, _)| *code == language)
        .and_then(|(_, bundle)| bundle.as_ref())
        .ok_or_else(|| LetterError::UnknownLanguage(language.to_owned()))?;
    let pattern = bundle.get_message(id).and_then(|m| m.value()).ok_or_else(|| LetterError::Message(id.to_owned()))?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
    if errors.is_empty() { Ok(text) } else { Err(LetterError::Message(id.to_owned())) }
}

#[cfg(test)]
mod tests {
    /// Both files parse and hold the same message ids.
    #[test]
    fn every_language_has_every_message() {
        let ids = |text: &str| -> Vec<String> {
            let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
            let mut ids: Vec<String> = resource
                .body
                .iter()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
                    _ => None,
                })
                .collect();
            ids.sort();
            ids
        };
        assert_eq!(ids(super::FILES[0].1), ids(super::FILES[1].1));
    }
}
