//! Every invalid profile under tests/fixtures/invalid/ is rejected with the message pinned in its
//! snapshot: what is wrong, file:line:col, the line with a caret, and a hint.

mod common;

use kelisim::error::Source;

#[test]
fn invalid_profiles_are_rejected_with_pinned_messages() {
    let library = common::library();
    insta::glob!("fixtures/invalid/*.yaml", |path| {
        let rel = path
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .expect("fixture inside the crate");
        let source = Source::read(rel).expect("fixture readable");
        let err = match kelisim::render_profile(&source, &library) {
            Ok(_) => panic!("{} was accepted", rel.display()),
            // As the command line prints it.
            Err(e) => e.render("error: "),
        };
        assert!(
            err.contains(&format!("{}:", rel.display())),
            "no file:line in\n{err}"
        );
        insta::assert_snapshot!(err);
    });
}

#[test]
fn a_file_that_is_not_utf8_is_named_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.yaml");
    std::fs::write(
        &path,
        b"agreement:\n  level: enterprise\n  place: {kk: \"\xc0\xeb\xec\xe0\xf2\xfb\"}\n",
    )
    .unwrap();
    let err = Source::read(&path).unwrap_err().to_string();
    assert!(err.contains("not valid UTF-8"), "{err}");
    assert!(err.contains("latin1.yaml:3:"), "{err}");
}
