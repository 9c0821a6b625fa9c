//! Who reads the explanation. The sentences address the reader: the client reads "U moet nog
//! € 840,00 terugbetalen"; a supporter reads about the client ("Mehmet moet nog € 840,00
//! terugbetalen"), so the text never tells the supporter that they owe, get or must do what the
//! client does (issue "The first screen answers four questions", item 6).
//!
//! Staff keep the client's form: a call-centre employee reads the sentences out to the client on
//! the phone, and "U moet nog …" is what they say.
//!
//! A message that addresses the reader carries a `.supporter` attribute with the sentence about
//! the client; it may use `{ $client }` (the first name) and `{ $whose }` (its possessive:
//! "Mehmets", "Mehmet's"). A message without one reads the same for everyone.

use serde::{Deserialize, Serialize};

/// The reader of an explanation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "role", rename_all = "snake_case")]
pub enum Reader {
    /// The client, addressed as "u" / "you".
    #[default]
    Client,
    /// Someone the client gave consent, told about the client by first name.
    Supporter { client: String },
    /// UWV's call-centre staff: the client's form, read out to the client.
    Staff,
}

/// The Fluent attribute holding the sentence about the client.
pub const SUPPORTER_ATTRIBUTE: &str = "supporter";

impl Reader {
    /// The reader for a viewer's role (`client`, `supporter`, `staff`) and the client's display
    /// name; a supporter reads the client's first name (the first word of the name).
    pub fn of(role: &str, client_name: &str) -> Reader {
        match role {
            "supporter" => Reader::Supporter { client: first_name(client_name) },
            "staff" => Reader::Staff,
            _ => Reader::Client,
        }
    }

    /// A short stable code for caches and logs: `client`, `supporter:<name>`, `staff`.
    pub fn key(&self) -> String {
        match self {
            Reader::Client => "client".into(),
            Reader::Supporter { client } => format!("supporter:{client}"),
            Reader::Staff => "staff".into(),
        }
    }

    /// The client's first name when the sentences speak about the client.
    pub fn about(&self) -> Option<&str> {
        match self {
            Reader::Supporter { client } => Some(client),
            Reader::Client | Reader::Staff => None,
        }
    }
}

/// The first word of a display name ("Mehmet Yilmaz" → "Mehmet"); the whole name when it has
/// one word.
pub fn first_name(name: &str) -> String {
    name.split_whitespace().next().unwrap_or_default().to_owned()
}

/// The possessive of a first name in `language`: Dutch `Mehmets`, `Anna's`, `Klaas'`; English
/// `Mehmet's`, `James's` (the Taalunie's and the usual English rules).
pub fn whose(language: &str, name: &str) -> String {
    let lower = name.to_lowercase();
    if language != "nl" {
        return format!("{name}'s");
    }
    if ["s", "x", "z", "sj", "sh", "ch"].iter().any(|end| lower.ends_with(end)) {
        format!("{name}'")
    } else if lower.ends_with(['a', 'i', 'o', 'u', 'y']) && !lower.ends_with("ie") && !lower.ends_with("au") {
        format!("{name}'s")
    } else {
        format!("{name}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;

    /// The words that address the reader.
    fn addresses_the_reader(language: &str, text: &str) -> bool {
        text.split(|c: char| !c.is_alphanumeric()).any(|word| match language {
            "nl" => matches!(word, "u" | "U" | "uw" | "Uw" | "uzelf"),
            _ => matches!(word.to_lowercase().as_str(), "you" | "your" | "yourself"),
        })
    }

    /// The text of a pattern with its placeables written as Fluent source (`{ $client }`).
    fn source(pattern: &ast::Pattern<&str>) -> String {
        let mut text = String::new();
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => text.push_str(value),
                ast::PatternElement::Placeable { expression } => match expression {
                    ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                        text.push_str(&format!("{{ ${} }}", id.name))
                    }
                    ast::Expression::Inline(_) => text.push_str("{ … }"),
                    ast::Expression::Select { variants, .. } => {
                        for variant in variants {
                            text.push(' ');
                            text.push_str(&source(&variant.value));
                        }
                    }
                },
            }
        }
        text
    }

    /// Every message that addresses the reader (all but the portal's `ui-` labels, which the
    /// portal words itself, and the `mail-` texts, which only the client receives) has a `.supporter` form, and no `.supporter` form addresses the
    /// reader: this covers the messages no test case reaches.
    #[test]
    fn every_message_that_addresses_the_reader_has_a_form_about_the_client() {
        let mut forms = 0;
        for (language, file) in crate::messages::MESSAGE_FILES {
            let resource = fluent_syntax::parser::parse(*file).unwrap_or_else(|(resource, _)| resource);
            for entry in &resource.body {
                let ast::Entry::Message(message) = entry else { continue };
                let id = message.id.name;
                let value = message.value.as_ref().map(source).unwrap_or_default();
                let about = message.attributes.iter().find(|a| a.id.name == SUPPORTER_ATTRIBUTE);
                // The news mail goes only to the client who gave their own address.
                if id.starts_with("mail-") {
                    continue;
                }
                if id.starts_with("ui-") {
                    assert!(about.is_none(), "{language} {id}: the portal's labels have no supporter form");
                    continue;
                }
                match about {
                    Some(attribute) => {
                        let text = source(&attribute.value);
                        assert!(!addresses_the_reader(language, &text), "{language} {id}: {text}");
                        forms += 1;
                    }
                    None => assert!(!addresses_the_reader(language, &value), "{language} {id} needs a .supporter form"),
                }
            }
        }
        assert!(forms > 400, "only {forms} supporter forms");
    }

    #[test]
    fn possessives_follow_the_spelling_rules() {
        for (language, name, expected) in [
            ("nl", "Mehmet", "Mehmets"),
            ("nl", "Anna", "Anna's"),
            ("nl", "Timo", "Timo's"),
            ("nl", "Klaas", "Klaas'"),
            ("nl", "Marie", "Maries"),
            ("nl", "Fleur", "Fleurs"),
            ("en", "Mehmet", "Mehmet's"),
            ("en", "James", "James's"),
        ] {
            assert_eq!(whose(language, name), expected, "{language} {name}");
        }
    }

    #[test]
    fn a_supporter_reads_the_first_name() {
        assert_eq!(Reader::of("supporter", "Mehmet Yilmaz"), Reader::Supporter { client: "Mehmet".into() });
        assert_eq!(Reader::of("staff", "Mehmet Yilmaz"), Reader::Staff);
        assert_eq!(Reader::of("client", "Mehmet Yilmaz"), Reader::Client);
    }
}
