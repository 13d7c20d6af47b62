//! Numbers in words: Kazakh cardinals, and Russian cardinals in six cases and three genders, from
//! 0 to 999 999 999. Documents write «30 (отыз)», «10 (десяти)».

use super::ru::{Case as RuCase, Gender};

const KK_UNITS: [&str; 10] = [
    "",
    "бір",
    "екі",
    "үш",
    "төрт",
    "бес",
    "алты",
    "жеті",
    "сегіз",
    "тоғыз",
];
const KK_TENS: [&str; 10] = [
    "",
    "он",
    "жиырма",
    "отыз",
    "қырық",
    "елу",
    "алпыс",
    "жетпіс",
    "сексен",
    "тоқсан",
];

/// The largest number written in words.
pub const MAX: u64 = 999_999_999;

fn kk_below_thousand(n: u64, out: &mut Vec<&'static str>) {
    let (h, t, u) = (n / 100, n / 10 % 10, n % 10);
    if h > 0 {
        if h > 1 {
            out.push(KK_UNITS[h as usize]);
        }
        out.push("жүз");
    }
    if t > 0 {
        out.push(KK_TENS[t as usize]);
    }
    if u > 0 {
        out.push(KK_UNITS[u as usize]);
    }
}

/// A Kazakh cardinal in words: 2026 → «екі мың жиырма алты». `None` above [`MAX`].
pub fn kk(n: u64) -> Option<String> {
    if n > MAX {
        return None;
    }
    if n == 0 {
        return Some("нөл".into());
    }
    let mut words = Vec::new();
    let (millions, thousands, rest) = (n / 1_000_000, n / 1000 % 1000, n % 1000);
    if millions > 0 {
        kk_below_thousand(millions, &mut words);
        words.push("миллион");
    }
    if thousands > 0 {
        kk_below_thousand(thousands, &mut words);
        words.push("мың");
    }
    kk_below_thousand(rest, &mut words);
    Some(words.join(" "))
}

/// The last word a Kazakh reader says for `n`, which decides the suffix after it (30-ға: отыз).
pub fn kk_last_word(n: u64) -> String {
    kk(n.min(MAX))
        .and_then(|w| w.rsplit(' ').next().map(str::to_string))
        .unwrap_or_default()
}

/// Forms of one Russian numeral word: nom, gen, dat, acc (things), ins, prep.
type Forms = [&'static str; 6];

const fn f(
    nom: &'static str,
    gen_: &'static str,
    dat: &'static str,
    ins: &'static str,
    prep: &'static str,
) -> Forms {
    [nom, gen_, dat, nom, ins, prep]
}

const RU_UNITS: [Forms; 20] = [
    f("ноль", "ноля", "нолю", "нолем", "ноле"),
    f("один", "одного", "одному", "одним", "одном"),
    f("два", "двух", "двум", "двумя", "двух"),
    f("три", "трех", "трем", "тремя", "трех"),
    f("четыре", "четырех", "четырем", "четырьмя", "четырех"),
    f("пять", "пяти", "пяти", "пятью", "пяти"),
    f("шесть", "шести", "шести", "шестью", "шести"),
    f("семь", "семи", "семи", "семью", "семи"),
    f("восемь", "восьми", "восьми", "восемью", "восьми"),
    f("девять", "девяти", "девяти", "девятью", "девяти"),
    f("десять", "десяти", "десяти", "десятью", "десяти"),
    f(
        "одиннадцать",
        "одиннадцати",
        "одиннадцати",
        "одиннадцатью",
        "одиннадцати",
    ),
    f(
        "двенадцать",
        "двенадцати",
        "двенадцати",
        "двенадцатью",
        "двенадцати",
    ),
    f(
        "тринадцать",
        "тринадцати",
        "тринадцати",
        "тринадцатью",
        "тринадцати",
    ),
    f(
        "четырнадцать",
        "четырнадцати",
        "четырнадцати",
        "четырнадцатью",
        "четырнадцати",
    ),
    f(
        "пятнадцать",
        "пятнадцати",
        "пятнадцати",
        "пятнадцатью",
        "пятнадцати",
    ),
    f(
        "шестнадцать",
        "шестнадцати",
        "шестнадцати",
        "шестнадцатью",
        "шестнадцати",
    ),
    f(
        "семнадцать",
        "семнадцати",
        "семнадцати",
        "семнадцатью",
        "семнадцати",
    ),
    f(
        "восемнадцать",
        "восемнадцати",
        "восемнадцати",
        "восемнадцатью",
        "восемнадцати",
    ),
    f(
        "девятнадцать",
        "девятнадцати",
        "девятнадцати",
        "девятнадцатью",
        "девятнадцати",
    ),
];

const RU_TENS: [Forms; 10] = [
    f("", "", "", "", ""),
    f("", "", "", "", ""),
    f("двадцать", "двадцати", "двадцати", "двадцатью", "двадцати"),
    f("тридцать", "тридцати", "тридцати", "тридцатью", "тридцати"),
    f("сорок", "сорока", "сорока", "сорока", "сорока"),
    f(
        "пятьдесят",
        "пятидесяти",
        "пятидесяти",
        "пятьюдесятью",
        "пятидесяти",
    ),
    f(
        "шестьдесят",
        "шестидесяти",
        "шестидесяти",
        "шестьюдесятью",
        "шестидесяти",
    ),
    f(
        "семьдесят",
        "семидесяти",
        "семидесяти",
        "семьюдесятью",
        "семидесяти",
    ),
    f(
        "восемьдесят",
        "восьмидесяти",
        "восьмидесяти",
        "восемьюдесятью",
        "восьмидесяти",
    ),
    f(
        "девяносто",
        "девяноста",
        "девяноста",
        "девяноста",
        "девяноста",
    ),
];

const RU_HUNDREDS: [Forms; 10] = [
    f("", "", "", "", ""),
    f("сто", "ста", "ста", "ста", "ста"),
    f("двести", "двухсот", "двумстам", "двумястами", "двухстах"),
    f("триста", "трехсот", "тремстам", "тремястами", "трехстах"),
    f(
        "четыреста",
        "четырехсот",
        "четыремстам",
        "четырьмястами",
        "четырехстах",
    ),
    f("пятьсот", "пятисот", "пятистам", "пятьюстами", "пятистах"),
    f(
        "шестьсот",
        "шестисот",
        "шестистам",
        "шестьюстами",
        "шестистах",
    ),
    f("семьсот", "семисот", "семистам", "семьюстами", "семистах"),
    f(
        "восемьсот",
        "восьмисот",
        "восьмистам",
        "восемьюстами",
        "восьмистах",
    ),
    f(
        "девятьсот",
        "девятисот",
        "девятистам",
        "девятьюстами",
        "девятистах",
    ),
];

/// The accusative of a numeral counting persons: like the genitive for 1–4 («двух»), with the
/// final «один» in the genitive for a compound ending in it («двадцать одного»; feminine
/// «двадцать одну»), and like the nominative otherwise («двадцать два», «пять»).
fn ru_persons(n: u64, gender: Gender) -> Option<String> {
    if (1..=4).contains(&n) && !(n == 1 && gender == Gender::F) {
        return ru(n, RuCase::Gen, gender);
    }
    if n % 10 == 1 && n % 100 != 11 && n > 1 {
        let one = if gender == Gender::F {
            "одну"
        } else {
            "одного"
        };
        return Some(format!("{} {one}", ru(n - 1, RuCase::Acc, gender)?));
    }
    ru(n, RuCase::Acc, gender)
}

fn index(case: RuCase) -> usize {
    match case {
        RuCase::Nom => 0,
        RuCase::Gen => 1,
        RuCase::Dat => 2,
        RuCase::Acc | RuCase::AccAnim => 3,
        RuCase::Ins => 4,
        RuCase::Prep => 5,
    }
}

/// «один/одна/одно», «два/две» and their oblique forms by gender.
fn gendered(unit: u64, case: RuCase, gender: Gender) -> &'static str {
    match (unit, gender, case) {
        (1, Gender::F, RuCase::Nom) => "одна",
        (1, Gender::F, RuCase::Acc) => "одну",
        (1, Gender::F, _) => "одной",
        (1, Gender::N, RuCase::Nom | RuCase::Acc) => "одно",
        (2, Gender::F, RuCase::Nom | RuCase::Acc) => "две",
        (u, _, c) => RU_UNITS[u as usize][index(c)],
    }
}

fn ru_below_thousand(n: u64, case: RuCase, gender: Gender, out: &mut Vec<&'static str>) {
    let (h, rest) = (n / 100, n % 100);
    if h > 0 {
        out.push(RU_HUNDREDS[h as usize][index(case)]);
    }
    if rest >= 20 {
        out.push(RU_TENS[(rest / 10) as usize][index(case)]);
        if rest % 10 > 0 {
            out.push(gendered(rest % 10, case, gender));
        }
    } else if rest > 0 {
        out.push(gendered(rest, case, gender));
    }
}

/// The form of «тысяча» or «миллион» after a group of `n` (1–999) in `case`.
fn scale_word(n: u64, case: RuCase, thousand: bool) -> &'static str {
    let one = n % 10 == 1 && n % 100 != 11;
    let few = (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100));
    let (sg, pl): (Forms, Forms) = if thousand {
        (
            ["тысяча", "тысячи", "тысяче", "тысячу", "тысячей", "тысяче"],
            [
                "тысячи",
                "тысяч",
                "тысячам",
                "тысячи",
                "тысячами",
                "тысячах",
            ],
        )
    } else {
        (
            [
                "миллион",
                "миллиона",
                "миллиону",
                "миллион",
                "миллионом",
                "миллионе",
            ],
            [
                "миллиона",
                "миллионов",
                "миллионам",
                "миллиона",
                "миллионами",
                "миллионах",
            ],
        )
    };
    match case {
        RuCase::Nom | RuCase::Acc if one => sg[index(case)],
        RuCase::Nom | RuCase::Acc if few => pl[index(case)],
        RuCase::Nom | RuCase::Acc if thousand => "тысяч",
        RuCase::Nom | RuCase::Acc => "миллионов",
        _ if one => sg[index(case)],
        _ => pl[index(case)],
    }
}

/// A Russian cardinal in words, declined: (2026, Gen, M) → «двух тысяч двадцати шести». `None`
/// above [`MAX`].
pub fn ru(n: u64, case: RuCase, gender: Gender) -> Option<String> {
    if n > MAX {
        return None;
    }
    if case == RuCase::AccAnim {
        return ru_persons(n, gender);
    }
    if n == 0 {
        return Some(RU_UNITS[0][index(case)].to_string());
    }
    let mut words = Vec::new();
    let (millions, thousands, rest) = (n / 1_000_000, n / 1000 % 1000, n % 1000);
    if millions > 0 {
        ru_below_thousand(millions, case, Gender::M, &mut words);
        words.push(scale_word(millions, case, false));
    }
    if thousands > 0 {
        ru_below_thousand(thousands, case, Gender::F, &mut words);
        words.push(scale_word(thousands, case, true));
    }
    ru_below_thousand(rest, case, gender, &mut words);
    Some(words.join(" "))
}
