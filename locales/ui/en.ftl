# What kelisim says to its user, in English. Every message id here is in kk.ftl and ru.ftl too
# (a test checks it); an id is the stable `code` of `--json` diagnostics.

## Reading files.
file-empty = the file is empty
    .hint = `kelisim init` prints a complete, commented profile to start from
# $kind: docx, xlsx, odf, pdf, compound (an old Word or Excel file) or zip.
file-binary = the file is { $kind ->
        [docx] a Word document (DOCX)
        [xlsx] an Excel workbook (XLSX)
        [odf] an OpenDocument file (ODT, ODS)
        [pdf] a PDF
        [compound] an old Word (.doc) or Excel (.xls) file
       *[zip] a zip archive
    }, not text
    .hint = kelisim reads it as text (a YAML profile, a table, a calendar): give that file; `kelisim init` writes a starter profile, and a Word document is read by `kelisim diff` and `--reference-doc`
file-utf16 = the file is saved as UTF-16, not UTF-8
    .hint = save it as UTF-8: in Notepad choose "UTF-8" under Encoding, in LibreOffice "Unicode (UTF-8)"
file-not-utf8 = the file is not valid UTF-8
    .hint = save it as UTF-8 (Kazakh letters need it); in Word or Notepad choose "UTF-8" when saving
# $mib: the size in MiB, "5.2", or over; $limit: 4.
file-too-big = the file is { $mib ->
        [over] over { $limit } MiB
       *[other] { $mib } MiB
    }; kelisim reads profiles, clause files and styles of up to { $limit } MiB
    .hint = a profile is a few kilobytes: check that this is the right file
stdin-too-big = standard input holds over { $limit } MiB; kelisim reads profiles of up to that
    .hint = a profile is a few kilobytes: check what is piped in
# $field: the unknown field; $expected: the fields allowed there; $near: the closest, or none.
unknown-field = unknown field `{ $field }`, expected one of { $expected }
    .hint = { $near ->
        [none] remove the field or fix its spelling; `kelisim schema` lists every field
       *[other] did you mean `{ $near }`? Remove the field or fix its spelling; `kelisim schema` lists every field
    }

## Checking a profile.
annex-number = the annex number must be 1 or more
    .hint = write the number of this annex in the agreement, or remove `annex`
# $level: sector or region.
scope-missing = { $level ->
        [sector] a sectoral agreement needs `sector`
       *[region] a regional agreement needs `region`
    }
    .hint = add `{ $level }: {"{"}kk: "…", ru: "…"{"}"}` at the top level, naming the { $level } in both languages
# $field: the field; $text: what is written; $example: a date of the right form.
not-a-date = `{ $field }` `{ $text }` is not a date
    .hint = write it as YYYY-MM-DD, e.g. `{ $field }: { $example }`
years-bad = `years` must be the first and last year of the term, first not after last
    .hint = write e.g. `years: [2027, 2029]`
government-at-enterprise = a collective agreement has two parties: employer and workers
    .hint = remove `parties.government`, or set `level` to sector or region
no-norms = no norms are adopted
    .hint = list the norms to adopt, or write `norms: all`; `kelisim clauses list` shows them
# $id, $slug: the norm; $line: where it is listed first.
norm-twice = norm { $id } ({ $slug }) is adopted twice
    .hint = it is already listed on line { $line }; keep one entry
# $path: the party ("parties.employer"); $bin: what is written.
bin-check-digit = `{ $path }.bin` { $bin } has a wrong check digit
    .hint = write the 12-digit БСН/БИН in quotes, e.g. `bin: "080540001238"`, and check it against the registration certificate
bin-number = `{ $path }.bin` is written as a number, which loses leading zeros
    .hint = write the 12-digit БСН/БИН in quotes, e.g. `bin: "080540001238"`, and check it against the registration certificate
bin-digits = `{ $path }.bin` `{ $bin }` is not 12 digits
    .hint = write the 12-digit БСН/БИН in quotes, e.g. `bin: "080540001238"`, and check it against the registration certificate
no-signatory = `{ $path }` names no signatory; the signature block leaves the position and name to be written by hand
    .hint = add `signatory: {"{"}kk: "…", ru: "…"{"}"}` with the position and name of the person who signs, e.g. «Төраға А. Б. Сейітов» / «Председатель А. Б. Сейтов»
# $path: the field; $code: kk or ru; $value: what is written.
text-placeholder = `{ $path }.{ $code }` is a placeholder («{ $value }»), not a name
    .hint = write the { $code ->
        [kk] Kazakh
       *[ru] Russian
    } text as it is registered; a placeholder would be printed in the signed text
text-empty = `{ $path }.{ $code }` is empty
    .hint = write the { $code ->
        [kk] Kazakh
       *[ru] Russian
    } text; every name and place is written in both languages
text-missing = `{ $path }` has no { $code ->
        [kk] Kazakh
       *[ru] Russian
    } text (`{ $code }`)
    .hint = add `{ $code }: "…"`; every name and place is written in both languages

# $name: the parameter; $id: the norm; $near: the closest parameter, or none; $known: the
# norm's parameters, or none when it has none.
unknown-param = unknown parameter `{ $name }` for norm { $id }
    .hint = { $near ->
        [none] { $known ->
            [none] norm { $id } has no parameters
           *[other] the parameters of norm { $id } are { $known }
        }
       *[other] did you mean `{ $near }`? { $known ->
            [none] Norm { $id } has no parameters
           *[other] The parameters of norm { $id } are { $known }
        }
    }
param-not-in-variant = the `{ $variant }` wording of norm { $id } has no parameter `{ $name }`
    .hint = remove it, or choose a variant that uses it (`kelisim clauses show { $id } --variant V`)

## The register of AI systems.
# $path: "ai_systems[0]"; $id: what is written.
system-id-bad = `{ $path }.id` `{ $id }` is not a short id
    .hint = use lowercase Latin letters, digits and hyphens, e.g. `id: shift-planner`; the command line names the system by it
system-id-twice = two AI systems have the id `{ $id }`
    .hint = give each system of the register an id of its own
monitoring-what = `{ $path }.monitoring` says the system monitors workers, not what
    .hint = write what it monitors in both languages, e.g. `monitoring: {"{"}kk: "жұмыс уақытын пайдалану", ru: "использование рабочего времени"{"}"}`; a notice must say it
headcount-bad = `{ $path }.affected.headcount` { $value } is not a number of workers
    .hint = give how many workers the system affects, from 1 to 1,000,000
vendor-empty = `{ $path }.vendor` is empty
    .hint = name the supplier, or remove `vendor`
planned-and-introduced = `{ $path }` is both planned and introduced
    .hint = keep `planned` for a system not yet in use, `introduced` for one in use
# $what: the field (level, layout, variant, risk); $name: what is written; $near: the closest,
# or none; $known: the values allowed.
unknown-value = unknown { $what } `{ $name }`
    .hint = { $near ->
        [none] the { $what }s are { $known }
       *[other] did you mean `{ $near }`? The { $what }s are { $known }
    }

## The prefixes of errors and warnings.
error-prefix = error
help-label = help
warning-prefix = warning

## What was done.
wrote = wrote { $path }

## `kelisim init` on a terminal.
init-level = Level of the agreement
init-level-enterprise = enterprise: a collective agreement
init-level-sector = sector: a sectoral agreement
init-level-region = region: a regional agreement
init-sector = The sector, in Kazakh | in Russian
init-region = The region, in Kazakh | in Russian
init-employer = The employer (for a sector or region: the employers' association), in Kazakh | in Russian
init-workers = The workers' representatives (the union), in Kazakh | in Russian
init-government = The state body (a ministry, the akimat), in Kazakh | in Russian
init-both = write both: Kazakh, then a vertical bar, then Russian
init-bin = The employer's BIN (12 digits; empty to leave it out)
init-bin-digits = a BIN has 12 digits
init-bin-check = the check digit is wrong: compare it with the registration certificate
init-norms = The norms to adopt (the numbers, comma-separated, or `all`)
init-norms-bad = unknown norm `{ $norm }`
init-variant = The wording
init-variant-union = union: the strongest for workers
init-variant-recommended = recommended: the recommendation as written
init-variant-employer = employer: the minimal wording
init-names-bad = write both names, Kazakh | Russian
init-answers-ended = the answers ended before the question «{ $question }»
init-interrupted = init was interrupted; nothing was written
init-signatory = Who signs for it: position and name, in Kazakh | in Russian (empty: written by hand)
init-wrote = wrote { $path } and its schema { $schema }; edit it, then run `kelisim render { $path }`
