//! A broken data file really stops the build, with the message on screen.

use std::process::Command;

#[test]
fn a_bad_score_fails_the_build_naming_file_entry_and_problem() {
    let manifest = env!("CARGO_MANIFEST_DIR");
    // The schema's small fixture, not the real data: an honest edit of the
    // data never breaks this test.
    let fixtures = format!("{manifest}/tests/fixtures");
    let good = std::fs::read_to_string(format!("{fixtures}/dataset.toml")).unwrap();
    let bad = good.replacen(
        r#"{ option = "b", score = 8,"#,
        r#"{ option = "b", score = 40,"#,
        1,
    );
    assert_ne!(good, bad);
    let dir = std::env::temp_dir().join(format!("verdict-bad-data-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("dataset.toml");
    std::fs::write(&file, bad).unwrap();
    // The quotes are checked against the article's text beside the file.
    std::fs::copy(format!("{fixtures}/article.txt"), dir.join("article.txt")).unwrap();

    // A target directory of its own, so the real build's cache is untouched.
    let output = Command::new(env!("CARGO"))
        .args([
            "build",
            "--offline",
            "-p",
            "verdict-core",
            "--manifest-path",
        ])
        .arg(format!("{manifest}/Cargo.toml"))
        .env("BACKEND_VERDICT_DATA", &file)
        .env(
            "CARGO_TARGET_DIR",
            format!("{manifest}/../target/bad-data-check"),
        )
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    std::fs::remove_dir_all(&dir).ok();
    assert!(!output.status.success(), "the build should fail");
    let expected = format!(
        "{}: criterion `speed`: score 40 for option `b` is outside 0 to 10",
        file.display()
    );
    assert!(
        stderr.contains(&expected),
        "missing {expected:?} in:\n{stderr}"
    );
}
