//! The floor check: a collective agreement may not worsen what the sectoral or regional agreement
//! covering it grants (Labour Code, Art. 157(3)). Every adopted norm, variant and parameter of the
//! lower profile is compared with the upper one in the direction that favours workers.

use crate::error::{Diagnostic, Source};
use crate::library::Library;
use crate::model::{Favours, Level, ParamValue, Profile, Variant};

/// How strong a wording is for workers: union > recommended > employer.
fn strength(v: Variant) -> u8 {
    match v {
        Variant::Union => 2,
        Variant::Recommended => 1,
        Variant::Employer => 0,
    }
}

/// Whether `lower` is worse for workers than `upper` when `favours` says which way is better.
fn worse(lower: ParamValue, upper: ParamValue, favours: Favours) -> bool {
    let key = |v: ParamValue| match v {
        ParamValue::Int(n) => n,
        ParamValue::MonthDay { month, day } => i64::from(month) * 100 + i64::from(day),
    };
    match favours {
        Favours::More => key(lower) < key(upper),
        Favours::Less => key(lower) > key(upper),
    }
}

/// The 1-based line of the first line of `source` that mentions any of `needles` after the
/// `norms:` key, for pointing at a norm or parameter.
fn line_of(source: &Source, needles: &[&str]) -> usize {
    let start = source
        .text
        .lines()
        .position(|l| l.starts_with("norms"))
        .unwrap_or(0);
    source
        .text
        .lines()
        .enumerate()
        .skip(start)
        .find(|(_, l)| needles.iter().any(|n| l.contains(n)))
        .map_or(0, |(i, _)| i + 1)
}

/// Every point where `lower` is less favourable to workers than `upper`.
pub fn check(
    lower: &Profile,
    lower_source: &Source,
    upper: &Profile,
    library: &Library,
) -> Vec<Diagnostic> {
    let mut findings = Vec::new();
    let upper_name = &upper.source_name;
    let at = |needles: &[&str], id: &'static str, mut args: Vec<(&'static str, String)>| {
        let line = line_of(lower_source, needles);
        args.push(("upper", upper_name.clone()));
        lower_source.diag(line, 0, "").coded(id, args)
    };
    if upper.level == Level::Enterprise {
        findings.push(at(&[], "floor-enterprise", Vec::new()));
        return findings;
    }
    for u in &upper.norms {
        let Some(clause) = library.find(&u.id) else {
            continue;
        };
        let needles = [clause.id.as_str(), clause.slug.as_str()];
        let Some(l) = lower.norms.iter().find(|l| l.id == u.id) else {
            findings.push(at(
                &["norms"],
                "floor-not-adopted",
                vec![("id", clause.id.clone()), ("slug", clause.slug.clone())],
            ));
            continue;
        };
        if strength(l.variant) < strength(u.variant) {
            findings.push(at(
                &needles,
                "floor-weaker-variant",
                vec![
                    ("id", clause.id.clone()),
                    ("variant", l.variant.name().to_string()),
                    ("above", u.variant.name().to_string()),
                ],
            ));
        }
        for (name, up) in &u.params {
            let (Some(low), Some(spec)) = (l.params.get(name), clause.param(name)) else {
                continue;
            };
            let Some(favours) = spec.favours else {
                continue;
            };
            if worse(*low, *up, favours) {
                findings.push(at(
                    &[name.as_str()],
                    "floor-worse-param",
                    vec![
                        ("name", name.clone()),
                        ("id", clause.id.clone()),
                        ("value", low.to_string()),
                        ("above", up.to_string()),
                        ("favours", favours.name().to_string()),
                    ],
                ));
            }
        }
    }
    findings
}
