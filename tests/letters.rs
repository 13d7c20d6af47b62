//! `kelisim letter`: every kind for the Karaganda example and its two-system register, in both
//! languages, with the names, the purposes and each date the letter computes; the variants that
//! change a letter's procedure; and what is refused, with the reason named.

mod common;

use std::path::{Path, PathBuf};

use common::{kelisim, repo};

fn karaganda() -> String {
    repo("examples/karaganda-coal.yaml").display().to_string()
}

/// Runs `letter` in `dir` writing Markdown there: the exit code and standard error.
fn letter(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = kelisim(dir)
        .arg("letter")
        .args(args)
        .args(["--format", "md", "-o", "."])
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The Markdown `name` in `dir` as a reader sees it: the typography's ties and Markdown's
/// escapes taken off.
fn read(dir: &Path, name: &str) -> String {
    let md = std::fs::read_to_string(dir.join(name))
        .unwrap_or_else(|e| panic!("{name} was not written: {e}"));
    md.replace('\u{2060}', "")
        .replace(['\u{a0}', '\u{202f}'], " ")
        .replace('\u{2011}', "-")
        .replace('\\', "")
}

/// The Kazakh (left) and Russian (right) cells of the two-column Markdown, each language's text
/// on its own.
fn columns(md: &str) -> (String, String) {
    let (mut kk, mut ru) = (String::new(), String::new());
    for line in md.lines() {
        let cells: Vec<&str> = line.trim_matches('|').split(" | ").collect();
        if let [k, r] = cells.as_slice() {
            kk.push_str(k);
            kk.push('\n');
            ru.push_str(r);
            ru.push('\n');
        }
    }
    (kk, ru)
}

fn has(text: &str, expected: &[&str]) {
    for e in expected {
        assert!(text.contains(e), "«{e}» missing from:\n{text}");
    }
}

#[test]
fn the_notice_describes_the_planned_system_and_counts_its_terms() {
    let dir = tempfile::tempdir().unwrap();
    let (code, err) = letter(
        dir.path(),
        &[
            "notice",
            &karaganda(),
            "--system",
            "shift-planner",
            "--date",
            "2027-02-01",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let (kk, ru) = columns(&read(dir.path(), "karaganda-coal-notice-shift-planner.md"));
    has(
        &ru,
        &[
            "Кому: Профсоюзная организация «Қорғау» ТОО «Карагандинский уголь»",
            "От: ТОО «Карагандинский уголь»",
            "г. Караганда, 1 февраля 2027 года",
            "УВЕДОМЛЕНИЕ О НАМЕРЕНИИ ВНЕДРИТЬ СИСТЕМУ ИСКУССТВЕННОГО ИНТЕЛЛЕКТА",
            // 1.1 and 2.1 are items 2.1 and 3.1 of this annex, which has a definitions section.
            "В соответствии с пунктами 2.1 и 3.1 приложения 3 к коллективному договору ТОО «Карагандинский уголь» на 2027–2029 годы",
            "Наименование системы ИИ: Система планирования смен «Ауысым».",
            "Цель применения: составление графиков сменности участков шахт.",
            "Мониторинг работников: не осуществляется.",
            "Численность затрагиваемых работников: 1240.",
            "Ожидаемое влияние на занятость, оплату и условия труда работников: сокращение рабочих мест не предусматривается",
            "Планируемая дата внедрения: 1 апреля 2027 года.",
            // 45 calendar days before 1 April.
            "последний день для его направления – 15 февраля 2027 года",
            // 30 calendar days from 1 February: 3 March.
            "Консультации завершаются не позднее 3 марта 2027 года",
            // 15 calendar days before 1 April.
            "не позднее 17 марта 2027 года (срок информирования работников",
            "Генеральный директор А. Б. Сейтов",
        ],
    );
    has(
        &kk,
        &[
            "Кімге: «Қарағанды Көмір» ЖШС «Қорғау» кәсіподақ ұйымы",
            "Қарағанды қ., 2027 жылғы 1 ақпан",
            "ұжымдық шартына 3-қосымшаның (бұдан әрі – Қосымша) 2.1 және 3.1-тармақтарына сәйкес",
            "ЖИ жүйесінің атауы: «Ауысым» жұмыс ауысымдарын жоспарлау жүйесі.",
            "Қолдану мақсаты: шахта учаскелерінің жұмыс ауысымдарының кестелерін жасау.",
            "Енгізудің жоспарланған күні: 2027 жылғы 1 сәуір.",
            "оны жіберудің соңғы күні – 2027 жылғы 15 ақпан",
            "Консультациялар 2027 жылғы 3 наурыздан кешіктірмей аяқталады",
            "2027 жылғы 17 наурыздан кешіктірмей хабардар етіледі",
            "Бас директор А. Б. Сейітов",
        ],
    );
}

#[test]
fn a_notice_without_a_date_is_dated_the_last_day_allowed_and_a_late_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (code, err) = letter(
        dir.path(),
        &["notice", &karaganda(), "--system", "shift-planner"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("the notice is dated 2027-02-15"), "{err}");
    let md = read(dir.path(), "karaganda-coal-notice-shift-planner.md");
    assert!(md.contains("г. Караганда, 15 февраля 2027 года"), "{md}");

    let (code, err) = letter(
        dir.path(),
        &[
            "notice",
            &karaganda(),
            "--system",
            "shift-planner",
            "--date",
            "2027-02-16",
            "--force",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("too late") && err.contains("norm 1.1") && err.contains("2027-02-15"),
        "{err}"
    );

    // A system in use takes no notice.
    let (code, err) = letter(
        dir.path(),
        &["notice", &karaganda(), "--system", "fatigue-monitor"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("was introduced on 2026-09-01"), "{err}");
}

#[test]
fn the_objection_asks_to_suspend_until_the_term_of_6_1_ends() {
    let dir = tempfile::tempdir().unwrap();
    let grounds = dir.path().join("grounds.yaml");
    std::fs::write(
        &grounds,
        "- kk: \"ауысым кестелерінің өзгеруі үстеме жұмысты көбейтеді\"\n  ru: \"изменение графиков сменности увеличит сверхурочную работу\"\n\
         - {kk: \"әсерді бағалау толық емес\", ru: \"оценка влияния неполна\"}\n",
    )
    .unwrap();
    let (code, err) = letter(
        dir.path(),
        &[
            "objection",
            &karaganda(),
            "--system",
            "shift-planner",
            "--date",
            "2027-02-20",
            "--grounds",
            grounds.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let (kk, ru) = columns(&read(
        dir.path(),
        "karaganda-coal-objection-shift-planner.md",
    ));
    has(
        &ru,
        &[
            "Кому: ТОО «Карагандинский уголь»",
            "От: Профсоюзная организация «Қорғау» ТОО «Карагандинский уголь»",
            "В соответствии с пунктом 7.1 приложения 3",
            "Наименование системы ИИ: Система планирования смен «Ауысым».",
            "1. изменение графиков сменности увеличит сверхурочную работу",
            "2. оценка влияния неполна",
            "со дня получения настоящего возражения (20 февраля 2027 года)",
            // 30 calendar days from 20 February reach 22 March, a day off of Nauryz (22–24
            // March 2027): the term ends on the next working day.
            "то есть до 25 марта 2027 года включительно",
            "Председатель Ж. К. Нурмагамбетова",
        ],
    );
    has(
        &kk,
        &[
            "1. ауысым кестелерінің өзгеруі үстеме жұмысты көбейтеді",
            "осы қарсылық алынған күннен бастап (2027 жылғы 20 ақпан)",
            "яғни 2027 жылғы 25 наурызға дейін (қоса алғанда)",
            "Төраға Ж. Қ. Нұрмағамбетова",
        ],
    );
}

#[test]
fn the_disclosure_and_review_requests_count_working_days_past_nauryz() {
    let dir = tempfile::tempdir().unwrap();
    for kind in ["disclosure-request", "review-request"] {
        let (code, err) = letter(
            dir.path(),
            &[
                kind,
                &karaganda(),
                "--system",
                "fatigue-monitor",
                "--date",
                "2027-03-19",
            ],
        );
        assert_eq!(code, 0, "{kind}: {err}");
    }
    let (kk, ru) = columns(&read(
        dir.path(),
        "karaganda-coal-disclosure-request-fatigue-monitor.md",
    ));
    has(
        &ru,
        &[
            "В соответствии с пунктом 3.2 приложения 3",
            "Наименование системы ИИ: Система контроля утомляемости «Сергек».",
            "Цель применения: выявление признаков утомления водителей подземного транспорта.",
            "Дата внедрения: 1 сентября 2026 года.",
            "основная логика, по которой система ИИ распределяет задачи",
            // 10 working days from Friday 19 March: 22–24 March are off, then 25 March to 7 April.
            "при получении запроса 19 марта 2027 года – не позднее 7 апреля 2027 года",
        ],
    );
    has(
        &kk,
        &[
            "ЖИ жүйесінің атауы: «Сергек» шаршауды бақылау жүйесі.",
            "Енгізілген күні: 2026 жылғы 1 қыркүйек.",
            "сұрау 2027 жылғы 19 наурызда алынған жағдайда – 2027 жылғы 7 сәуірден кешіктірмей",
        ],
    );
    let (kk, ru) = columns(&read(
        dir.path(),
        "karaganda-coal-review-request-fatigue-monitor.md",
    ));
    has(
        &ru,
        &[
            "Кому: ТОО «Карагандинский уголь»",
            "(фамилия, имя, отчество (при его наличии) работника, должность, структурное подразделение)",
            "В соответствии с пунктом 3.3 приложения 3",
            "Обжалуемое решение (вид, дата и номер): ________",
            "Система ИИ, с участием которой принято решение: Система контроля утомляемости «Сергек».",
            // 7 working days from 19 March: 25, 26, 29, 30, 31 March, 1 and 2 April.
            "при подаче жалобы 19 марта 2027 года – не позднее 2 апреля 2027 года",
            "Копия: Профсоюзная организация «Қорғау» ТОО «Карагандинский уголь»",
        ],
    );
    has(
        &kk,
        &[
            "шағым 2027 жылғы 19 наурызда берілген жағдайда – 2027 жылғы 2 сәуірден кешіктірмей",
            "Көшірмесі: «Қарағанды Көмір» ЖШС «Қорғау» кәсіподақ ұйымы",
        ],
    );
    // The recommended wording of 2.3 gives no representative at the review; a worker has no
    // outgoing number.
    assert!(
        !ru.contains("с участием представителя работников") && !ru.contains("Исх."),
        "{ru}"
    );
}

#[test]
fn the_report_lists_the_register_and_adds_up_the_figures() {
    let dir = tempfile::tempdir().unwrap();
    let figures = dir.path().join("figures.yaml");
    std::fs::write(
        &figures,
        "year: 2027\nsystems:\n  shift-planner: {incidents: 2, complaints: 5, upheld: 2, trained: 140}\n  fatigue-monitor: {incidents: 1, complaints: 3, upheld: 1, trained: 86}\n\
         outcomes:\n  kk: \"Екі шешім қайта қаралды.\"\n  ru: \"Два решения пересмотрены.\"\n",
    )
    .unwrap();
    let (code, err) = letter(
        dir.path(),
        &[
            "report",
            &karaganda(),
            "--year",
            "2027",
            "--figures",
            figures.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let md = read(dir.path(), "karaganda-coal-report-2027.md");
    has(
        &md,
        &[
            "ОТЧЕТ ОБ ИСПОЛЬЗОВАНИИ ИСКУССТВЕННОГО ИНТЕЛЛЕКТА ЗА 2027 ГОД",
            "2027 ЖЫЛЫ ЖАСАНДЫ ИНТЕЛЛЕКТІНІ ҚОЛДАНУ ТУРАЛЫ ЕСЕП",
            "В соответствии с пунктом 6.1 приложения 3",
            // report_due is 15 February in this profile.
            "Срок направления отчета – не позднее 15 февраля 2028 года.",
            "Есепті жіберу мерзімі – 2028 жылғы 15 ақпаннан кешіктірмей.",
            "| 1 | Система планирования смен «Ауысым» | составление графиков сменности участков шахт |",
            "| 2 | Система контроля утомляемости «Сергек» | выявление признаков утомления водителей подземного транспорта |",
            "движение глаз и положение головы водителя | внедрена 1 сентября 2026 года |",
            "2026 жылғы 1 қыркүйекте енгізілді",
            "| 1 | Система планирования смен «Ауысым» | 2 | 5 | 2 | 140 |",
            "| 2 | Система контроля утомляемости «Сергек» | 1 | 3 | 1 | 86 |",
            "|  | Итого | 3 | 8 | 3 | 226 |",
            "|  | Барлығы | 3 | 8 | 3 | 226 |",
            "Два решения пересмотрены.",
            "Екі шешім қайта қаралды.",
        ],
    );

    // Without figures, a table to fill.
    let (code, err) = letter(
        dir.path(),
        &["report", &karaganda(), "--year", "2026", "--force"],
    );
    assert_eq!(code, 0, "{err}");
    let md = read(dir.path(), "karaganda-coal-report-2026.md");
    has(
        &md,
        &[
            "| 1 | Система планирования смен «Ауысым» |  |  |  |  |",
            "не позднее 15 февраля 2027 года",
        ],
    );
}

#[test]
fn bad_figures_are_named_at_their_line() {
    let dir = tempfile::tempdir().unwrap();
    let figures = dir.path().join("figures.yaml");
    std::fs::write(
        &figures,
        "systems:\n  shift-planer: {incidents: 2}\n  fatigue-monitor: {complaints: 1, upheld: 4}\n",
    )
    .unwrap();
    let (code, err) = letter(
        dir.path(),
        &[
            "report",
            &karaganda(),
            "--year",
            "2027",
            "--figures",
            figures.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("figures.yaml:2:")
            && err.contains("`shift-planer` is not a system of the register"),
        "{err}"
    );
    assert!(err.contains("did you mean `shift-planner`"), "{err}");
    assert!(
        err.contains("figures.yaml:3:") && err.contains("4 complaints upheld of 1 filed"),
        "{err}"
    );
    std::fs::write(&figures, "year: 2026\n").unwrap();
    let (code, err) = letter(
        dir.path(),
        &[
            "report",
            &karaganda(),
            "--year",
            "2027",
            "--figures",
            figures.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("figures.yaml:1:") && err.contains("the figures are for 2026"),
        "{err}"
    );
    assert!(!dir.path().join("karaganda-coal-report-2027.md").exists());
}

/// A small enterprise profile adopting `norms`, with one planned system.
fn small(dir: &Path, norms: &str) -> PathBuf {
    let text = format!(
        "{}ai_systems:\n  - id: rota\n    name: {{kk: \"«Кесте» жүйесі\", ru: \"Система «Кесте»\"}}\n    purpose: {{kk: \"кесте жасау\", ru: \"составление графиков\"}}\n    planned: 2027-04-01\n",
        common::profile("enterprise", norms)
    );
    let path = dir.join("small.yaml");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_letter_under_a_norm_not_adopted_fails_naming_the_norm() {
    let dir = tempfile::tempdir().unwrap();
    let p = small(dir.path(), "[consultation]");
    let p = p.to_str().unwrap();
    for (kind, norm) in [
        (vec!["review-request"], "norm 2.3 (human-review)"),
        (
            vec!["objection", "--system", "rota"],
            "norm 6.1 (motivated-objection)",
        ),
        (
            vec!["disclosure-request", "--system", "rota"],
            "norm 2.2 (algorithm-disclosure)",
        ),
        (vec!["report", "--year", "2027"], "norm 5.1 (annual-report)"),
    ] {
        let mut args = vec![kind[0], p];
        args.extend(&kind[1..]);
        let (code, err) = letter(dir.path(), &args);
        assert_eq!(code, 1, "{kind:?}: {err}");
        assert!(
            err.contains(norm) && err.contains("does not adopt"),
            "{kind:?}: {err}"
        );
    }
    let p2 = small(dir.path(), "[human-review]");
    let (code, err) = letter(
        dir.path(),
        &["notice", p2.to_str().unwrap(), "--system", "rota"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("norm 1.1 (consultation) / 2.1 (advance-notice)"),
        "{err}"
    );
    assert!(std::fs::read_dir(dir.path()).unwrap().all(|e| {
        let name = e.unwrap().file_name();
        !name.to_string_lossy().ends_with(".md")
    }));
}

/// The letter `kind` about the small profile's system, adopting `norms`, on `date`: its Kazakh
/// and Russian text.
fn small_letter(norms: &str, kind: &str, date: &str) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    let p = small(dir.path(), norms);
    let args = [
        kind,
        p.to_str().unwrap(),
        "--system",
        "rota",
        "--date",
        date,
    ];
    let (code, err) = letter(dir.path(), &args);
    assert_eq!(code, 0, "{err}");
    columns(&read(dir.path(), &format!("small-{kind}-rota.md")))
}

#[test]
fn the_employers_wording_of_1_1_takes_the_opinion_as_article_12_does() {
    let (kk, ru) = small_letter(
        "[{id: consultation, variant: employer}]",
        "notice",
        "2027-02-01",
    );
    // Five working days from Monday 1 February: 2, 3, 4, 5 and 8 February.
    has(
        &ru,
        &[
            "в порядке, установленном статьей 12 Трудового кодекса Республики Казахстан",
            "не более пяти рабочих дней со дня его представления, то есть не позднее 8 февраля 2027 года",
        ],
    );
    has(
        &kk,
        &[
            "Еңбек кодексінің 12-бабында",
            "2027 жылғы 8 ақпаннан кешіктірмей",
        ],
    );
    assert!(!ru.contains("Консультации завершаются"), "{ru}");
}

#[test]
fn the_unions_wording_of_6_1_suspends_until_agreement() {
    let (kk, ru) = small_letter(
        "[{id: motivated-objection, variant: union}]",
        "objection",
        "2027-02-20",
    );
    has(
        &ru,
        &[
            "до достижения согласия с представителями работников",
            "1. ________",
        ],
    );
    has(&kk, &["өзара келісімге қол жеткізілгенге дейін"]);
    assert!(!ru.contains("включительно"), "{ru}");
}

#[test]
fn mistakes_are_named_usage_ones_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let k = karaganda();
    let cases: [(&[&str], i32, &str); 6] = [
        (
            &["notice", &k],
            2,
            "name it with `--system ID`: the register has shift-planner, fatigue-monitor",
        ),
        (
            &["notice", &k, "--system", "shift-planer"],
            1,
            "did you mean `shift-planner`",
        ),
        (&["report", &k], 2, "needs `--year YYYY`"),
        (
            &["review-request", &k, "--year", "2027"],
            2,
            "`--year` is for `letter report`",
        ),
        (
            &["report", &k, "--year", "2027", "--grounds", "g.yaml"],
            2,
            "`--grounds` is for `letter objection`",
        ),
        (
            &[
                "notice",
                &repo("examples/mining-sector.yaml").display().to_string(),
                "--system",
                "x",
            ],
            1,
            "write an enterprise profile",
        ),
    ];
    for (args, expected_code, expected) in cases {
        let (code, err) = letter(dir.path(), args);
        assert_eq!(code, expected_code, "{args:?}: {err}");
        assert!(err.contains(expected), "{args:?}: {err}");
    }
}

#[test]
fn an_existing_letter_is_kept_without_force_and_the_docx_is_the_same_twice() {
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "letter",
        "report",
        &karaganda(),
        "--year",
        "2027",
        "--format",
        "docx",
        "-o",
        ".",
    ];
    kelisim(dir.path()).args(args).assert().success();
    let file = dir.path().join("karaganda-coal-report-2027.docx");
    let first = std::fs::read(&file).unwrap();
    kelisim(dir.path())
        .args(args)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("--force"));
    kelisim(dir.path())
        .args(args)
        .arg("--force")
        .assert()
        .success();
    assert_eq!(first, std::fs::read(&file).unwrap());
    let text = common::ooxml::part(&first, "word/document.xml");
    assert!(text.contains("Барлығы") && text.contains("Итого"));
}
