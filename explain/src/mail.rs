//! The e-mail that tells a client there is news in Helder. Like Dutch government mail it says
//! only that: no amount, no case fact, no case number, no link that signs in. It names Helder's
//! address as text, to type or look up, and how to sign in (DigiD). Dutch first, then English:
//! the server does not know which language a client reads.

use fluent_bundle::FluentArgs;

use crate::ExplainError;

/// The subject and plain-text body of the news mail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewsMail {
    pub subject: String,
    pub body: String,
}

/// The news mail, in every language (Dutch first), naming `portal_address` (e.g.
/// `helder.example.nl`) as where to sign in.
pub fn news_mail(portal_address: &str) -> Result<NewsMail, ExplainError> {
    let mut subjects = Vec::new();
    let mut bodies = Vec::new();
    let mut languages = crate::languages();
    // Dutch first: the mail is from a Dutch public service.
    languages.sort_by_key(|language| *language != "nl");
    for language in languages {
        subjects.push(say(language, "mail-news-subject", portal_address)?);
        bodies.push(say(language, "mail-news-body", portal_address)?);
    }
    Ok(NewsMail { subject: subjects.join(" / "), body: bodies.join("\n\n-----\n\n") + "\n" })
}

fn say(language: &str, id: &str, portal_address: &str) -> Result<String, ExplainError> {
    let bundle = crate::messages::bundle(language)?;
    let missing =
        || ExplainError::Message { language: language.to_owned(), id: id.to_owned(), detail: "missing".into() };
    let pattern = bundle.get_message(id).and_then(|message| message.value()).ok_or_else(missing)?;
    let mut args = FluentArgs::new();
    args.set("address", portal_address.to_owned());
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned();
    if !errors.is_empty() {
        return Err(ExplainError::Message {
            language: language.to_owned(),
            id: id.to_owned(),
            detail: format!("{errors:?}"),
        });
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The mail names Helder's address and DigiD in both languages, and holds no digit at all
    /// (no amount, date or case number can slip in through a message).
    #[test]
    fn the_news_mail_says_only_that_there_is_news() {
        let mail = news_mail("helder.example.nl").unwrap();
        assert!(mail.subject.starts_with("Er is nieuws"), "{}", mail.subject);
        assert!(mail.body.contains("helder.example.nl") && mail.body.contains("DigiD"), "{}", mail.body);
        assert!(mail.body.contains("There is news"), "{}", mail.body);
        assert!(!mail.body.chars().chain(mail.subject.chars()).any(|c| c.is_ascii_digit() || c == '€'));
        assert!(!mail.body.contains("http"), "no link: {}", mail.body);
    }
}
