//! `kelisim inflect` and `kelisim number`: the grammar module by hand, for drafters.

use kelisim::error::{Error, Result};
use kelisim::grammar::{kk, numbers};
use kelisim::lang::Lang;

use crate::cli::{InflectArgs, NumberArgs};

/// Runs `inflect`.
pub(super) fn inflect(args: &InflectArgs) -> Result<()> {
    let text = kelisim::error::Source::new("", &args.text).text;
    let cases: Vec<kk::Case> = if args.all {
        kk::Case::all().collect()
    } else {
        vec![args.case]
    };
    let lines: String = cases
        .into_iter()
        .map(|c| format!("{}\n", kk::inflect(&text, c, args.plural)))
        .collect();
    super::print(&lines)
}

/// Runs `number`.
pub(super) fn number(args: &NumberArgs) -> Result<()> {
    let langs: Vec<Lang> = args.lang.map_or(Lang::ALL.to_vec(), |l| vec![l]);
    let mut out = String::new();
    for lang in &langs {
        let words = match lang {
            Lang::Kk => numbers::kk(args.number),
            Lang::Ru => numbers::ru(args.number, args.case, args.gender),
        }
        .ok_or_else(|| {
            Error::usage(
                "number-too-large",
                vec![
                    ("number", args.number.to_string()),
                    ("max", numbers::MAX.to_string()),
                ],
            )
        })?;
        let label = if langs.len() > 1 {
            format!("{}: ", lang.code())
        } else {
            String::new()
        };
        out.push_str(&format!("{label}{} ({words})\n", args.number));
    }
    super::print(&out)
}
