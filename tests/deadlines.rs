//! `kelisim deadlines`: the terms of the adopted norms counted from an event, on standard
//! output and as an iCalendar file that a parser reads back; a user's calendar of days off
//! replaces the shipped one; bad input is named.

mod common;

use std::io::BufReader;

use common::{kelisim, repo};

fn example(name: &str) -> String {
    repo("examples").join(name).display().to_string()
}

fn deadlines(dir: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let out = kelisim(dir).arg("deadlines").args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// From Friday 12 March 2027 (Nauryz 22–24 March, Constitution Day 15 March) with the Karaganda
/// example's parameters.
#[test]
fn each_term_of_the_adopted_norms_is_counted_from_the_event() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = deadlines(
        dir.path(),
        &[&example("karaganda-coal.yaml"), "--from", "2027-03-12"],
    );
    assert_eq!(code, 0, "{err}");
    let expect = [
        // 45 calendar days before: the last day to notify.
        "by 2027-01-26 Tue  2.1. (norm 1.1)",
        "by 2027-02-25 Thu  3.1. (norm 2.1)",
        // 7 working days: 15 (Mon) off, 16, 17, 18, 19, (22–24 off), 25, 26, 29.
        "2027-03-29 Mon  3.3. (norm 2.3)",
        // 10 working days: 16–19, 25, 26, 29, 30, 31, 1 April.
        "2027-04-01 Thu  2.3. (norm 1.3)",
        // 30 calendar days: 11 April, a Sunday, moves to the Monday.
        "2027-04-12 Mon  2.1. (norm 1.1)  (the count reached Sun 2027-04-11, a day off)",
        "2027-04-12 Mon  7.1. (norm 6.1)",
        // The annual report by 15 February: past the calendar's years, said so.
        "2028-02-15 Tue  6.1. (norm 5.1) *",
    ];
    for e in expect {
        assert!(out.contains(e), "«{e}» missing:\n{out}");
    }
    assert!(
        out.contains(
            "    ru: 29 марта 2027 года; срок рассмотрения жалобы работника – 7 (семь) рабочих дней\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "    kk: 2027 жылғы 29 наурыз; жұмыскердің шағымын қарау мерзімі – 7 (жеті) жұмыс күні\n"
        ),
        "{out}"
    );
    assert!(out.contains("* counted past the years"), "{out}");
    // Dates in order.
    let dates: Vec<&str> = out
        .lines()
        .filter_map(|l| l.trim_start_matches("by ").get(..10))
        .filter(|d| d.starts_with("20"))
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
}

#[test]
fn the_ical_file_reads_back_with_one_event_a_term() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = deadlines(
        dir.path(),
        &[
            &example("karaganda-coal.yaml"),
            "--from",
            "2027-03-12",
            "--ics",
            "terms.ics",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let bytes = std::fs::read(dir.path().join("terms.ics")).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    // Every line ends in CRLF and holds at most 75 octets.
    assert!(text.ends_with("\r\n") && !text.replace("\r\n", "").contains('\n'));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let mut calendars = ical::IcalParser::new(BufReader::new(bytes.as_slice()));
    let calendar = calendars
        .next()
        .expect("a calendar")
        .expect("a valid calendar");
    assert!(calendars.next().is_none());
    let terms = out.lines().filter(|l| l.contains("(norm ")).count();
    assert_eq!(calendar.events.len(), terms);
    let prop = |e: &ical::parser::ical::component::IcalEvent, name: &str| -> String {
        e.properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_else(|| panic!("no {name}"))
    };
    let review = calendar
        .events
        .iter()
        .find(|e| prop(e, "UID").starts_with("2.3-review_days-"))
        .expect("the review term");
    assert_eq!(prop(review, "DTSTART"), "20270329");
    assert_eq!(prop(review, "DTEND"), "20270330");
    assert!(
        prop(review, "SUMMARY").contains("жұмыскердің шағымын қарау мерзімі")
            && prop(review, "SUMMARY").contains("срок рассмотрения жалобы работника"),
        "{}",
        prop(review, "SUMMARY")
    );
    assert_eq!(review.alarms.len(), 1);
    // Every event has the properties Outlook needs.
    for e in &calendar.events {
        for name in ["UID", "DTSTAMP", "DTSTART", "SUMMARY"] {
            assert!(!prop(e, name).is_empty());
        }
    }
    // The same input gives the same file, and it is not overwritten without --force.
    let (code, _, err) = deadlines(
        dir.path(),
        &[
            &example("karaganda-coal.yaml"),
            "--from",
            "2027-03-12",
            "--ics",
            "terms.ics",
        ],
    );
    assert_eq!(code, 1);
    assert!(err.contains("terms.ics"), "{err}");
}

#[test]
fn a_calendar_of_ones_own_replaces_the_shipped_one() {
    let dir = tempfile::tempdir().unwrap();
    // No Nauryz in this calendar, and a day off on 17 March.
    std::fs::write(dir.path().join("days.txt"), "years 2027 2027\n2027-03-17\n").unwrap();
    let (code, out, err) = deadlines(
        dir.path(),
        &[
            &example("karaganda-coal.yaml"),
            "--from",
            "2027-03-12",
            "--holidays",
            "days.txt",
        ],
    );
    assert_eq!(code, 0, "{err}");
    // 7 working days: 15, 16, (17 off), 18, 19, 22, 23, 24.
    assert!(out.contains("2027-03-24 Wed  3.3. (norm 2.3)"), "{out}");
    assert!(out.contains("counted by days.txt (2027–2027)"), "{out}");
    std::fs::write(dir.path().join("bad.txt"), "2027-03-17\n  17.03.2027\n").unwrap();
    let (code, _, err) = deadlines(
        dir.path(),
        &[
            &example("karaganda-coal.yaml"),
            "--from",
            "2027-03-12",
            "--holidays",
            "bad.txt",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("bad.txt:2:3") && err.contains("`17.03.2027` is not a date"),
        "{err}"
    );
}

#[test]
fn a_date_that_is_not_one_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = deadlines(
        dir.path(),
        &[&example("karaganda-coal.yaml"), "--from", "2027-02-30"],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("`2027-02-30` is not a date; write YYYY-MM-DD"),
        "{err}"
    );
}
