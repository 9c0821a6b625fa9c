use super::*;

fn kinds(events: &[Event]) -> Vec<(&str, &str)> {
    events.iter().map(|e| (e.kind, e.detail.as_str())).collect()
}

/// One line per change of the facts: each makes its item; the version item always.
#[test]
fn a_new_version_tells_what_is_new_in_the_facts() {
    let old = r#"{"case_id":"C","correction":{"step":"sorted"},"decisions":[{"kind":"wia_claim","reference":"A-1"}],
                  "contacts":[{"date":"2025-01-02","kind":"letter","subject":"other"}]}"#;
    let same = old;
    let step = old.replace("sorted", "first_check");
    let decision = old.replace(
        r#"[{"kind":"wia_claim","reference":"A-1"}]"#,
        r#"[{"kind":"wia_claim","reference":"A-1"},{"kind":"dagloon_correction","reference":"DC-7"}]"#,
    );
    let letter = old.replace(
        r#""subject":"other"}]"#,
        r#""subject":"other"},{"date":"2025-02-03","kind":"letter","subject":"back_payment"},{"date":"2025-02-04","kind":"call","subject":"other"}]"#,
    );
    assert_eq!(kinds(&events_between("C", 2, old, same)), [("version", "2")]);
    assert_eq!(kinds(&events_between("C", 2, old, &step)), [("version", "2"), ("step", "first_check")]);
    assert_eq!(kinds(&events_between("C", 3, old, &decision)), [("version", "3"), ("decision", "dagloon_correction")]);
    // A call is not a letter.
    assert_eq!(kinds(&events_between("C", 4, old, &letter)), [("version", "4"), ("letter", "back_payment")]);
}

/// The same event made twice has the same key (the news table keeps one).
#[test]
fn an_event_has_one_key() {
    let old = r#"{"correction":{"step":"sorted"}}"#;
    let new = r#"{"correction":{"step":"decided"}}"#;
    assert_eq!(events_between("C", 2, old, new), events_between("C", 2, old, new));
    assert_eq!(events_between("C", 2, old, new)[1].key, "C:2:step:decided");
}
