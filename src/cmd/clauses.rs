//! `kelisim clauses list | show | eject`.

use std::fmt::Write;

use kelisim::error::{Error, Result};
use kelisim::lang::Lang;
use kelisim::library::Library;
use kelisim::load::files;
use kelisim::model::Clause;
use kelisim::model::Variant;

use crate::cli::{ClausesCommand, ShowArgs};

/// Runs a `clauses` subcommand.
pub(super) fn run(command: ClausesCommand) -> Result<()> {
    match command {
        ClausesCommand::List(lib) => {
            let library = super::library(&lib)?;
            super::print(&list(library))
        }
        ClausesCommand::Show(args) => show(&args),
        ClausesCommand::Eject(args) => {
            let files: Vec<_> = files::builtin()
                .into_iter()
                .map(|(rel, text)| (args.dir.join(&rel), text.as_bytes().to_vec()))
                .collect();
            super::write_all(&files, args.force)?;
            super::ui::note(super::ui::say(
                "clauses-ejected",
                &[("dir", args.dir.display().to_string())],
            ));
            Ok(())
        }
    }
}

/// "notice_days 90/30/14 calendar-days": the union/recommended/employer defaults, `–` where a
/// variant has no such parameter.
fn params_line(c: &Clause) -> String {
    c.params
        .iter()
        .map(|p| {
            let values: Vec<String> = Variant::all()
                .map(|v| {
                    p.defaults
                        .get(&v)
                        .map_or("–".to_string(), ToString::to_string)
                })
                .collect();
            format!("{} {} {}", p.name, values.join("/"), p.unit.name())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn list(library: &Library) -> String {
    let mut out = String::from(
        "norm slug                     parameters (union/recommended/employer defaults)\n",
    );
    for c in library.clauses() {
        let _ = writeln!(out, "{:<4} {:<24} {}", c.id, c.slug, params_line(c));
        let _ = writeln!(out, "     {} · {}", c.title.kk, c.title.ru);
    }
    out
}

fn show(args: &ShowArgs) -> Result<()> {
    let library = super::library(&args.library)?;
    let clause = library
        .clause(&args.id)
        .map_err(|unknown| Error::usage(unknown.id, unknown.args))?;
    if !clause.variants.contains(&args.variant) {
        let lacks = clause.lacks_variant(args.variant.name());
        return Err(Error::usage(lacks.id, lacks.args));
    }
    let mut out = String::new();
    let source = match &clause.resolution {
        Some(r) => format!(
            "recommendation {r}, section {}, item {}",
            clause.section, clause.item
        ),
        None => format!(
            "a clause of your own, not from the recommendation; section {}, item {}",
            clause.section, clause.item
        ),
    };
    let _ = writeln!(
        out,
        "{} {} — {source}\n{}",
        clause.id, clause.slug, clause.file
    );
    let defaults = clause.defaults(args.variant);
    for p in clause
        .params
        .iter()
        .filter(|p| defaults.contains_key(&p.name))
    {
        let _ = writeln!(
            out,
            "  {} = {} ({}, allowed {}): {}",
            p.name,
            defaults
                .get(&p.name)
                .map(ToString::to_string)
                .unwrap_or_default(),
            p.unit.name(),
            p.bounds_text(),
            p.about
        );
    }
    let langs: Vec<Lang> = match args.lang {
        Some(l) => vec![l],
        None => Lang::ALL.to_vec(),
    };
    for lang in langs {
        let text = library.render(clause, args.variant, args.level, lang, &defaults)?;
        let _ = write!(
            out,
            "\n[{}] {}\n{text}\n",
            lang.code(),
            clause.title.get(lang)
        );
    }
    super::print(&out)
}
