//! The letters (`helder-letters`): every amount in every letter is the figure it cites, over the
//! golden cases and 400 generated ones, each letter kind and both languages; the PDF's text is
//! the HTML letter's text, and the PDF is tagged with a language; the letters of three golden
//! cases are written to `target/letters` (HTML, PDF and a PNG of the first page) for a reviewer.

use std::path::PathBuf;
use std::process::Command;

use chrono::NaiveDate;
use helder_core::ResultDocument;
use helder_letters::{Cited, Kind, Letter, Recipient, Sources};
use serde_json::Value;

struct Computed {
    case: String,
    json: Value,
    result: ResultDocument,
    hash: String,
}

fn computed(case: &str) -> Computed {
    let text = helder_core::compute(case).expect("the case computes");
    let result: ResultDocument = serde_json::from_str(&text).expect("result document");
    Computed {
        case: case.to_owned(),
        json: serde_json::from_str(&text).unwrap(),
        result,
        hash: helder_letters::sha256_hex(text.as_bytes()),
    }
}

/// The first wage month of a case and a value 100 euros above it: what "Dit klopt niet" is
/// tried with.
fn disputed_wage(case: &str) -> Option<(String, helder_core::Euro)> {
    let case: Value = serde_json::from_str(case).ok()?;
    let first = case.pointer("/wages/months/0")?;
    let wage = helder_core::contract::parse_amount(first["sv_wage"].as_str()?)?;
    Some((first["month"].as_str()?.to_owned(), wage + helder_core::Euro::cents(10_000)))
}

/// Every letter that applies to the case, in one language: each decision for the client and
/// the employer, and the client's letters.
fn letters(computed: &Computed, language: &str, sent: NaiveDate) -> Vec<Letter> {
    let explanation = helder_explain::explain(&computed.result, language).expect("explanation");
    let sources = Sources { result: &computed.result, explanation: &explanation, result_hash: &computed.hash, sent };
    let mut out = Vec::new();
    for kind in helder_letters::available(&computed.result) {
        let drafted = match kind {
            kind if kind.is_decision() => {
                out.push(helder_letters::decision(kind, Recipient::Employer, &sources).expect("employer copy"));
                helder_letters::decision(kind, Recipient::Client, &sources)
            }
            Kind::NoticeOfDefault => helder_letters::notice_of_default(&sources),
            Kind::Objection => {
                // Dispute the first line the explanation cites, beside the differing amounts.
                let first = explanation.sentences().flat_map(|s| s.traces.iter().cloned()).next();
                helder_letters::objection(&sources, &first.into_iter().collect::<Vec<_>>())
            }
            _ => {
                let Some((month, value)) = disputed_wage(&computed.case) else { continue };
                helder_letters::correction(&sources, &computed.case, &month, value)
            }
        };
        out.push(drafted.unwrap_or_else(|e| panic!("{} {language} {}: {e}", computed.result.case_id, kind.code())));
    }
    out
}

fn string_at(json: &Value, pointer: &str) -> Option<String> {
    json.pointer(pointer).map(|v| match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    })
}

/// The result of the case with the client's wage for `month`, computed here independently.
fn estimate_of(case: &str, month: &str, value: &str) -> Value {
    let mut case: Value = serde_json::from_str(case).unwrap();
    let months = case.pointer_mut("/wages/months").unwrap().as_array_mut().unwrap();
    let entry = months.iter_mut().find(|m| m["month"] == month).unwrap();
    entry["sv_wage"] = Value::String(value.to_owned());
    serde_json::from_str(&helder_core::compute(&case.to_string()).unwrap()).unwrap()
}

/// What a citation's value must be, read from where it says it comes from.
fn expected_value(
    computed: &Computed,
    letter_sent: NaiveDate,
    cited: &Cited,
    client_value: Option<&str>,
) -> Option<String> {
    let json = &computed.json;
    match (cited.figure.as_deref(), cited.input.as_deref(), cited.law.as_deref()) {
        (Some(figure), None, _) => string_at(json, figure),
        (None, Some("objection_deadline"), _) => {
            helder_letters::termijnen::objection_deadline(letter_sent).map(|d| d.to_string())
        }
        (None, Some("penalty_start"), _) => computed
            .result
            .dates
            .decision_due
            .map(|due| helder_core::penalty::penalty_start(due, letter_sent).to_string()),
        (None, Some("client_value"), _) => client_value.map(str::to_owned),
        (None, Some(input), _) if input.starts_with("wages/") => {
            let month = &input["wages/".len()..];
            let case: Value = serde_json::from_str(&computed.case).unwrap();
            let months = case.pointer("/wages/months")?.as_array()?.clone();
            Some(
                months
                    .iter()
                    .find(|m| m["month"] == month)
                    .map_or("0.00".to_owned(), |m| m["sv_wage"].as_str().unwrap().to_owned()),
            )
        }
        (Some(figure), Some("estimate"), _) => {
            let (month, value) = disputed_wage(&computed.case)?;
            string_at(&estimate_of(&computed.case, &month, &value.to_string()), figure)
        }
        (Some(figure), Some("difference"), _) => {
            // The difference between the estimate and the current figure; the estimate is the
            // sentence's "new" figure, checked above.
            let (month, value) = disputed_wage(&computed.case)?;
            let estimate = estimate_of(&computed.case, &month, &value.to_string());
            let current = helder_core::contract::parse_amount(&string_at(json, figure)?)?;
            // The estimate's figure for the same month may sit at another index; find it by month.
            let new = if figure.starts_with("/benefit/months/") {
                let wanted = json.pointer(&figure.replace("/amount", "/month"))?.as_str()?.to_owned();
                let months = estimate.pointer("/benefit/months")?.as_array()?;
                months.iter().find(|m| m["month"] == wanted.as_str())?["amount"].as_str()?.to_owned()
            } else {
                string_at(&estimate, figure)?
            };
            Some((helder_core::contract::parse_amount(&new)? - current).to_string())
        }
        (_, Some("value"), _) => {
            // A worked step's trace line, by its own value.
            let trace = cited.trace.as_deref()?;
            let line = json["trace"].as_array()?.iter().find(|l| l["id"] == trace)?;
            Some(line["value"].as_str()?.to_owned())
        }
        (_, Some(input), _) if cited.trace.is_some() => {
            let trace = cited.trace.as_deref()?;
            let line = json["trace"].as_array()?.iter().find(|l| l["id"] == trace)?;
            // An input name can repeat (one per month): the cited value must be one of them.
            let inputs = line["inputs"].as_array()?;
            let named = |i: &&Value| i["name"] == input;
            let found = inputs.iter().filter(named).find(|i| i["value"] == cited.value.as_str());
            Some(found.or_else(|| inputs.iter().find(named))?["value"].as_str()?.to_owned())
        }
        (None, _, Some("Awb 4:17 lid 2")) => Some("1442.00".to_owned()),
        _ => Some(cited.value.clone()), // a fact of the case the explanation gives (a date)
    }
}

#[test]
fn every_amount_in_every_letter_is_the_figure_it_cites() {
    let mut checked = 0;
    let mut kinds = std::collections::BTreeSet::new();
    for (name, case) in helder_tests::golden_and_generated_cases(400) {
        let computed = computed(&case);
        let sent = computed.result.as_of;
        let client_value = disputed_wage(&case).map(|(_, value)| value.to_string());
        for language in ["nl", "en"] {
            for letter in letters(&computed, language, sent) {
                kinds.insert((letter.kind.code(), language));
                if letter.recipient == Recipient::Employer {
                    let text = letter.lines().join("\n");
                    assert!(!text.contains('€'), "{name} {language}: the employer's copy shows an amount:\n{text}");
                }
                for sentence in letter.sentences() {
                    let values: Vec<&str> = sentence.figures.iter().map(|f| f.value.trim_start_matches('-')).collect();
                    for amount in helder_tests::wording::amounts_in(&sentence.text, language) {
                        assert!(
                            values.contains(&amount.as_str()),
                            "{name} {language}: {amount} in \"{}\" is not cited",
                            sentence.text
                        );
                        checked += 1;
                    }
                    for cited in &sentence.figures {
                        let expected = expected_value(&computed, sent, cited, client_value.as_deref());
                        assert_eq!(
                            expected.as_deref(),
                            Some(cited.value.as_str()),
                            "{name} {language} {}: {cited:?}",
                            letter.kind.code()
                        );
                        if let (Some(trace), Some(figure), None) = (&cited.trace, &cited.figure, &cited.input) {
                            let line = computed.json["trace"]
                                .as_array()
                                .unwrap()
                                .iter()
                                .find(|l| l["id"] == trace.as_str())
                                .unwrap();
                            assert_eq!(line["figure"], figure.as_str(), "{name}: {trace} did not make {figure}");
                        }
                    }
                }
            }
        }
    }
    for kind in Kind::ALL {
        for language in ["nl", "en"] {
            assert!(kinds.contains(&(kind.code(), language)), "no {} letter in {language} was drafted", kind.code());
        }
    }
    assert!(checked > 10_000, "only {checked} amounts checked");
}

/// p05 without its decision: the claim is undecided and late on its calculation date.
fn late_decision_case() -> String {
    let case = helder_tests::golden_cases().into_iter().find(|(name, _, _)| name == "p05-penalty").unwrap().1;
    let mut case: Value = serde_json::from_str(&case).unwrap();
    let object = case.as_object_mut().unwrap();
    object.remove("decision");
    object["application"].as_object_mut().unwrap().remove("notice_of_default");
    case.to_string()
}

/// The notice of default names the decision's due date and the day the penalty runs from: two
/// weeks after the notice (Awb 4:17 lid 3), with exact dates.
#[test]
fn the_notice_of_default_names_the_day_the_penalty_runs_from() {
    let computed = computed(&late_decision_case());
    assert_eq!(computed.result.dates.decision_due, NaiveDate::from_ymd_opt(2024, 4, 1));
    let explanation = helder_explain::explain(&computed.result, "nl").unwrap();
    for (sent, start) in [("2024-04-15", "29 april 2024"), ("2024-12-31", "14 januari 2025")] {
        let sources = Sources {
            result: &computed.result,
            explanation: &explanation,
            result_hash: &computed.hash,
            sent: sent.parse().unwrap(),
        };
        let letter = helder_letters::notice_of_default(&sources).unwrap();
        let text = letter.lines().join("\n");
        assert!(text.contains("U moest uiterlijk 1 april 2024 beslissen."), "{text}");
        assert!(text.contains(&format!("Dan moet u mij vanaf {start} een dwangsom betalen.")), "{sent}: {text}");
    }
    // A decided case has no notice of default.
    let decided = computed_golden("p05-penalty");
    let explanation = helder_explain::explain(&decided.result, "nl").unwrap();
    let sources = Sources {
        result: &decided.result,
        explanation: &explanation,
        result_hash: &decided.hash,
        sent: decided.result.as_of,
    };
    assert!(helder_letters::notice_of_default(&sources).is_err());
}

/// The decision letter's objection clause: six weeks from the day after sending, moved past a
/// weekend or holiday (exact dates in `termijnen`'s tests); here as the letter says it.
#[test]
fn the_decision_letter_names_the_objection_date_and_says_when_it_moved() {
    let computed = computed_golden("p01-iva-basic");
    let explanation = helder_explain::explain(&computed.result, "nl").unwrap();
    for (sent, deadline, moved) in [
        ("2024-05-01", "12 juni 2024", false),
        ("2024-11-14", "27 december 2024", true),
        ("2024-03-09", "22 april 2024", true),
    ] {
        let sources = Sources {
            result: &computed.result,
            explanation: &explanation,
            result_hash: &computed.hash,
            sent: sent.parse().unwrap(),
        };
        let text = helder_letters::decision(Kind::WiaClaim, Recipient::Client, &sources).unwrap().lines().join("\n");
        assert!(text.contains(&format!("Doe dat uiterlijk {deadline}.")), "{sent}: {text}");
        assert_eq!(text.contains("Algemene termijnenwet"), moved, "{sent}");
        assert!(text.contains(&computed.hash) && text.contains(&computed.result.rules_version));
    }
}

fn computed_golden(name: &str) -> Computed {
    computed(&helder_tests::golden_cases().into_iter().find(|(n, _, _)| n == name).unwrap().1)
}

fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of the HTML page's body, as a reader sees it.
fn html_text(html: &str) -> String {
    let body = &html[html.find("<body>").unwrap()..];
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => {
                in_tag = true;
                text.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    normalised(&text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&"))
}

fn target_letters() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/letters");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Every letter kind of three golden cases (and the late decision), both languages: the PDF's
/// extracted text (pdftotext) is the HTML's text, the PDF is tagged with a structure tree and a
/// language, and HTML, PDF and a PNG of page 1 are left in target/letters for a reviewer.
#[test]
fn the_pdf_says_what_the_html_says_and_is_tagged() {
    let dir = target_letters();
    let mut rendered = 0;
    let mut cases: Vec<(String, String)> = ["p05-penalty", "p06-backpay-too-low", "p08-decision-agrees"]
        .iter()
        .map(|name| (name.to_string(), helder_tests::golden_cases().into_iter().find(|(n, _, _)| n == name).unwrap().1))
        .collect();
    cases.push(("p05-late-decision".to_owned(), late_decision_case()));
    for (name, case) in cases {
        let computed = computed(&case);
        for language in ["nl", "en"] {
            for letter in letters(&computed, language, computed.result.as_of) {
                let stem = format!(
                    "{name}-{}-{}-{language}",
                    letter.kind.code(),
                    if letter.recipient == Recipient::Employer { "employer" } else { "client" }
                );
                let html = helder_letters::html(&letter);
                let pdf = helder_letters::pdf(&letter).unwrap_or_else(|e| panic!("{stem}: {e}"));
                let pdf_path = dir.join(format!("{stem}.pdf"));
                std::fs::write(dir.join(format!("{stem}.html")), &html).unwrap();
                std::fs::write(&pdf_path, &pdf).unwrap();
                let extracted = Command::new("pdftotext")
                    .arg("-enc")
                    .arg("UTF-8")
                    .arg(&pdf_path)
                    .arg("-")
                    .output()
                    .expect("pdftotext (poppler-utils) is installed");
                assert!(extracted.status.success(), "{stem}: pdftotext failed");
                assert_eq!(normalised(&String::from_utf8_lossy(&extracted.stdout)), html_text(&html), "{stem}");
                assert_eq!(normalised(&letter.lines().join(" ")), html_text(&html), "{stem}");
                let info = Command::new("pdfinfo").arg(&pdf_path).output().expect("pdfinfo");
                let info = String::from_utf8_lossy(&info.stdout);
                assert!(
                    info.lines().any(|l| l.starts_with("Tagged:") && l.ends_with("yes")),
                    "{stem}: not tagged\n{info}"
                );
                let raw = String::from_utf8_lossy(&pdf);
                assert!(raw.contains("/StructTreeRoot"), "{stem}: no structure tree");
                assert!(raw.contains(&format!("/Lang ({language}")), "{stem}: no document language");
                if language == "nl" {
                    let png = Command::new("pdftoppm")
                        .args(["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile"])
                        .arg(&pdf_path)
                        .arg(dir.join(&stem))
                        .status()
                        .expect("pdftoppm");
                    assert!(png.success(), "{stem}: pdftoppm failed");
                }
                rendered += 1;
            }
        }
    }
    assert!(rendered >= 26, "only {rendered} letters rendered");
}
