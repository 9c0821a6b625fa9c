//! The README tells a newcomer which demo client shows which situation: it must say what the
//! demo really seeds.

#[test]
fn the_readme_names_every_demo_client_and_what_it_shows() {
    let readme = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md"))
        .expect("README.md is readable");
    let cases = helder_server::demo::demo_cases();
    assert_eq!(cases.len(), 24);
    for (case_id, name, _, what, _) in cases {
        let row = format!("| {case_id} | {name} | {what} |");
        assert!(readme.contains(&row), "README.md lacks the demo row `{row}`");
    }
}
