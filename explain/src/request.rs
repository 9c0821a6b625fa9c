//! Where a client's request to correct a month's wage ("Dit klopt niet") stands, in one sentence
//! for the reader: the client reads "uw verzoek", a supporter reads about the client by first
//! name (the messages' `.supporter` forms). The state is UWV's: `received`, `in_progress` (a
//! checker took it), `handled` with its outcome.

use crate::ExplainError;
use crate::change::Say;
use crate::format::{self, Messages};
use crate::messages::bundle;

/// The sentence for a request about `month` (`YYYY-MM`) in `state` since `date` (`YYYY-MM-DD`,
/// the Dutch day), with the `outcome` (`corrected`, `not_corrected`) once handled.
pub fn correction_request_said(
    language: &str,
    reader: &crate::Reader,
    state: &str,
    outcome: Option<&str>,
    month: &str,
    date: &str,
) -> Result<String, ExplainError> {
    let about = reader.about().map(|name| (name.to_owned(), crate::reader::whose(language, name)));
    let say = Say { bundle: bundle(language)?, language, about };
    let id = match (state, outcome) {
        ("received", _) => "request-received",
        ("in_progress", _) => "request-in_progress",
        ("handled", Some("corrected")) => "request-handled-corrected",
        ("handled", _) => "request-handled-not_corrected",
        _ => {
            return Err(ExplainError::Message {
                language: language.to_owned(),
                id: format!("request-{state}"),
                detail: "no such state".into(),
            });
        }
    };
    let bad = |what: &str| ExplainError::Message {
        language: language.to_owned(),
        id: id.to_owned(),
        detail: format!("not a {what}"),
    };
    let month = helder_core::calendar::Month::parse(month).ok_or_else(|| bad("month"))?;
    let date = helder_core::calendar::parse_date(date).ok_or_else(|| bad("date"))?;
    let month = format::month(&say, month)?;
    let date = format::date(&say, date)?;
    say.message(id, &[("month", &month), ("date", &date)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Reader;

    #[test]
    fn the_client_reads_uw_verzoek_and_a_supporter_reads_about_the_client() {
        let supporter = Reader::Supporter { client: "Lotte".into() };
        for (language, reader, state, outcome, expected) in [
            (
                "nl",
                &Reader::Client,
                "received",
                None,
                "UWV heeft uw verzoek om het loon van maart 2021 te verbeteren ontvangen op 28 november 2026.",
            ),
            (
                "nl",
                &supporter,
                "in_progress",
                None,
                "Een medewerker van UWV behandelt sinds 28 november 2026 Lottes verzoek over het loon van maart 2021.",
            ),
            (
                "en",
                &Reader::Client,
                "handled",
                Some("corrected"),
                "On 28 November 2026 UWV handled your request about the wage of March 2021: the wage will be corrected.",
            ),
            (
                "en",
                &supporter,
                "handled",
                Some("not_corrected"),
                "On 28 November 2026 UWV handled Lotte's request about the wage of March 2021: the wage stays as it is. Lotte can object to UWV's letter about it.",
            ),
        ] {
            let said = correction_request_said(language, reader, state, outcome, "2021-03", "2026-11-28").unwrap();
            assert_eq!(said, expected);
        }
        assert!(correction_request_said("nl", &Reader::Client, "lost", None, "2021-03", "2026-11-28").is_err());
    }
}
