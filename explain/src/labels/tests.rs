//! Unit tests of `labels` (kept beside the module, out of its source).

use super::*;
use crate::messages::{MESSAGE_FILES, bundle, message_ids};

/// Every compiled label renders exactly as Fluent renders the same message of the same file.
#[test]
fn every_label_renders_as_fluent_does() {
    let args = [("amount", "€ 1"), ("case", "WIA-1"), ("client", "Ada"), ("reason", "call"), ("value", "12,50")];
    let args = [args.as_slice(), &[("day", "3"), ("month", "maart"), ("year", "2024")]].concat();
    let args = [args.as_slice(), &[("date", "6 januari 2025"), ("reference", "DC-2025-0107")]].concat();
    // The form, access-log and call-note labels.
    let more = [("first", "1 mei"), ("last", "2 mei"), ("actor", "Bo"), ("when", "1 mei om 9:00"), ("staff", "Cor")];
    let args = [args.as_slice(), &more, &[("step", "bellen"), ("deadline", "geen"), ("subject", "de boete")]].concat();
    // The news labels.
    let args = [args.as_slice(), &[("what", "Nieuws")]].concat();
    // The workbench's labels.
    let workbench = [("category", "aop"), ("received", "1 mei"), ("days", "3"), ("due", "2 mei"), ("who", "Eli")];
    let args =
        [args.as_slice(), &workbench, &[("code", "409"), ("line", "2"), ("count", "4"), ("round", "1")]].concat();
    let more = [("figure", "/dagloon"), ("rule", "r"), ("second", "2"), ("from", "a"), ("to", "b"), ("why", "w")];
    let args = [args.as_slice(), &more, &[("median", "5"), ("p90", "9"), ("decided", "7"), ("weeks", "4")]].concat();
    let args = [args.as_slice(), &[("copies", "de klant"), ("action", "nam het dossier")]].concat();
    // The impact analysis.
    let impact = [("cases", "19"), ("changed", "1"), ("skipped", "0"), ("name", "maximum_dagloon")];
    let args = [args.as_slice(), &impact].concat();
    // What changed: a trace line before and after.
    let args = [args.as_slice(), &[("id", "N47"), ("old", "1.00"), ("new", "2.00")]].concat();
    for (code, text) in MESSAGE_FILES {
        let labels = Labels::of(code).unwrap();
        let full = bundle(code).unwrap();
        let ids: Vec<String> = message_ids(text).into_iter().filter(|id| labels.pieces(id).is_some()).collect();
        assert_eq!(ids.len(), labels.messages.len(), "{code}: a label that is not in the file");
        assert!(ids.len() > 60, "{code}: only {} labels", ids.len());
        assert!(ids.iter().any(|id| id == "euro") && ids.iter().any(|id| id == "month-12"));
        let mut fluent = fluent_bundle::FluentArgs::new();
        for (name, value) in &args {
            fluent.set(*name, *value);
        }
        for id in &ids {
            let pattern = full.get_message(id).and_then(|m| m.value()).unwrap();
            let expected = full.format_pattern(pattern, Some(&fluent), &mut Vec::new()).into_owned();
            assert_eq!(labels.message(id, &args).unwrap(), expected, "{code} {id}");
        }
        // Exactly the ui-* and formatting messages of the file.
        let ui = message_ids(text).into_iter().filter(|id| id.starts_with("ui-")).count();
        assert_eq!(ids.len(), ui + 6 + 12, "{code}");
    }
}

#[test]
fn missing_labels_and_arguments_are_errors() {
    let labels = Labels::of("en").unwrap();
    assert!(labels.message("dagloon-lead", &[]).is_err(), "explanation sentences are not labels");
    assert!(labels.message("ui-open-case", &[]).is_err());
    assert_eq!(labels.message("ui-open-case", &[("case", "7")]).unwrap(), "View case 7");
    assert!(Labels::of("xx").is_none());
}

/// The portal's formatting helpers.
#[test]
fn portal_helpers_write_amounts_months_and_dates() {
    assert_eq!(crate::euro("nl", "-1234.50"), "€\u{a0}1.234,50");
    assert_eq!(crate::euro("en", "1234567.05"), "€1,234,567.05");
    assert_eq!(crate::euro("en", "12,00"), "12,00"); // not a contract amount: shown as given
    assert_eq!(crate::month("nl", "2024-03"), "maart 2024");
    assert_eq!(crate::month("en", "2024-13"), "2024-13");
    assert_eq!(crate::date("nl", "2024-03-01"), "1 maart 2024");
    assert_eq!(crate::date("en", "2026-11-24"), "24 November 2026");
    assert_eq!(crate::text("en", "ui-open-case", &[("case", "WIA-1")]), "View case WIA-1");
    assert_eq!(crate::text("xx", "ui-back", &[]), "ui-back");
}
