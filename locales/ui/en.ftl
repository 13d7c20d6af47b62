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

# $path: the directory; $dir: it without a trailing slash.
file-is-directory = `{ $path }` is a directory
    .hint = give the YAML files in it, e.g. `{ $dir }/*.yaml`
# $kind: tables or workbooks; $mib: its size; $limit: the most read.
table-too-big = the file `{ $path }` is { $mib ->
        [over] larger than { $limit }
       *[other] { $mib }
    } MiB; kelisim reads { $kind ->
        [workbooks] workbooks
       *[tables] tables
    } of up to { $limit } MiB
    .hint = { $kind ->
        [workbooks] save the table as CSV, which may be larger
       *[tables] that is about a million rows: split it into several batches
    }
# $action: read or write; $path: the file; $error: what the system said.
io-failed = failed to { $action ->
        [read] read
       *[write] write
    } `{ $path }` ({ $error })

# $use: diff (a document to compare) or reference (`--reference-doc`); $why: what is wrong;
# $detail: the size limit in MB, a part's name, or what the XML reader said.
docx-unusable = `{ $path }` { $use ->
        [reference] cannot be a reference document
       *[diff] is not a DOCX kelisim can compare
    }: { $why ->
        [too-large] it is larger than { $detail } MB
        [not-zip] it is not a zip archive, as every DOCX is
        [pdf] it is a PDF
        [compound] it is an old Word (.doc) or Excel (.xls) file
        [xlsx] it is an Excel workbook (XLSX)
        [pptx] it is a PowerPoint presentation (PPTX)
        [odf] it is an OpenDocument file
        [no-document] it has no word/document.xml, so it is not a Word document
        [part-damaged] its part `{ $detail }` is damaged
        [part-too-large] its part `{ $detail }` is too large
        [part-not-utf8] its part `{ $detail }` is not UTF-8
        [part-missing] its section names `{ $detail }`, which it lacks
        [xml-broken] its XML is broken ({ $detail })
        [no-section] it has no section properties (page size and margins) to take
        [no-page-size] its section gives no page size
        [page-size] its page size is not one Word prints (from A6 to A3)
        [margins] its margins leave no room for text
        [not-an-image] its header or footer holds `{ $detail }`, which is not an image kelisim can carry
        [image-missing] its header or footer shows `{ $detail }`, which it lacks
       *[no-clauses] it has no clauses kelisim can read, so it is not an annex that `kelisim render` produced
    }
    .hint = { $use ->
        [reference] { $why ->
            [not-an-image] keep text and PNG, JPEG, GIF or EMF images in the header and footer
           *[other] give a .docx saved by Word or LibreOffice (File → Save As → Word Document)
        }
       *[diff] { $why ->
            [odf] in LibreOffice save it as Word 2007–365 (.docx)
           *[other] give a .docx file that `kelisim render` produced, or the other side's edit of one
        }
    }

## A clause library of the user's own (`--clauses DIR`).
# $dir: the directory given.
clauses-not-a-directory = `{ $dir }` is not a directory
    .hint = `kelisim clauses eject { $dir }` creates one to start from
# $path: the file; $near: the built-in file of the closest name, or none.
clauses-stranger = `{ $path }` does not override any built-in file
    .hint = { $near ->
        [none] an override must have the name of a built-in file (see `kelisim clauses eject`); a clause of your own is named ID-SLUG.yaml with a new id, such as 4.4-robot-safety.yaml
       *[other] rename it to `{ $near }`
    }

## A clause file (`--clauses DIR`, `kelisim lint`). $id: the norm's id.
# $resolution: the resolution the file names.
clause-not-a-norm = `{ $id }` is not a norm of the recommendation, yet the file names resolution `{ $resolution }`
    .hint = norm ids of the recommendation are 1.1–6.1 (`kelisim clauses list`); a clause of your own has a new id and no `resolution`
clause-no-resolution = norm { $id } of the recommendation has no `resolution`
    .hint = add `resolution: "3-3"`; a clause of your own takes an id the recommendation does not use
# $slug: the file's; $right: the norm's.
clause-wrong-slug = norm { $id } has the slug `{ $right }`, not `{ $slug }`
    .hint = write `slug: { $right }`
clause-slug-taken = the slug `{ $slug }` is norm { $id }'s
    .hint = give a clause of your own a slug of its own
clause-id-form = `{ $id }` is not a norm id of the form SECTION.ITEM, such as 2.3
    .hint = write the id as two numbers with a dot, e.g. `id: "4.4"`
# $variant: the wording; $level: the level without one.
clause-level-missing = variant `{ $variant }` has no wording for the { $level } level
    .hint = add `{ $level }:` with `kk` and `ru`, or name the level whose wording it takes, e.g. `{ $level }: enterprise`
# $other: the level it names.
clause-same-as = the { $level } level of variant `{ $variant }` takes the wording of `{ $other }`, which is not a level with its own wording here
    .hint = name a level of this variant that has `kk` and `ru`, e.g. `region: sector`
# $name: the parameter.
clause-param-no-default = parameter `{ $name }` has no default for any variant of this file
    .hint = give it a default under `default:` for each variant that uses it
# $value: what `favours` says.
clause-favours = `favours: { $value }` of `{ $name }` is neither `more` nor `less`
    .hint = `more` if a larger value is better for workers, `less` if a smaller one is
clause-counts-count = `{ $name }` counts people or times, not a term
    .hint = `counts` marks a term in days or months; remove it
# $value: what `counts` says.
clause-counts = `counts: { $value }` of `{ $name }` is neither `after` nor `before`
    .hint = `after` if the term runs from the event (a request received), `before` if the act is due before it (the system introduced)
# $variant: the wording; $need: the norm it requires.
clause-requires-unknown = the `{ $variant }` wording of norm { $id } requires norm `{ $need }`, which the library does not have
    .hint = `requires` lists the ids of the norms the wording refers to
# $file: the other file.
clause-twice = norm { $id } is defined twice, also in { $file }
    .hint = keep one file per norm
# $slug: the norm's.
clause-missing = norm { $id } ({ $slug }) has no clause file
    .hint = add `{ $id }-{ $slug }.yaml`
# $section: the section.
clause-section-untitled = section { $section } has no title
    .hint = add `section_title: {"{"}kk: "…", ru: "…"{"}"}` to one of its clause files
# A part of a clause file, which the messages below name: $part (text or label), $lang (kk or
# ru), $variant and $level of a text, $param of a label.
clause-part = the { $lang ->
        [kk] Kazakh
       *[ru] Russian
    } { $part ->
        [label] label of parameter `{ $param }`
       *[text] text of variant `{ $variant }` at the { $level } level
    }
clause-part-empty = { clause-part } is empty
    .hint = write the text in both languages
clause-branches-on-level = { clause-part } branches on `level`
    .hint = each level has its own wording: write it under `enterprise:`, `sector:` or `region:` of the variant, or name the level whose wording it takes (`region: sector`)
# $error: what the template engine said.
template-invalid = { clause-part } is not a valid template: { $error }
    .hint = the wordings are Tera templates: https://keats.github.io/tera/docs/
# $name: the variable.
template-no-default = { clause-part } uses `{ $name }`, a parameter this variant gives no default
    .hint = give it a default for this variant under `params`, or fix the name
template-undeclared = { clause-part } uses `{ $name }`, which is not a declared parameter
    .hint = declare it under `params` with a default for this variant, or fix the name
template-unused = { clause-part } does not use the parameter `{ $name }`
    .hint = both languages must state every number the clause declares
# $file: the clause file.
template-failed = { $file }: { clause-part } failed to render: { $error }
# $lang: kk or ru; $id: the message.
fluent-missing = the { $lang ->
        [kk] Kazakh
       *[ru] Russian
    } phrase book has no message `{ $id }`
    .hint = add it to locales/{ $lang }.ftl (see `kelisim clauses eject`)
fluent-failed = message `{ $id }` of locales/{ $lang }.ftl: { $error }
fluent-syntax = Fluent syntax error: { $error }
    .hint = see https://projectfluent.org/fluent/guide/ for the syntax
fluent-error = Fluent error: { $error }

## YAML as the parser reads it. $error: what the parser said, in its words (English).
yaml-documents = the file holds more than one YAML document (a second `---`)
    .hint = give one profile per file: split the file at `---`, or remove the second document
# $which: the limit.
yaml-limits = the YAML goes beyond kelisim's reading limits ({ $which })
    .hint = the file nests or repeats too much to be a profile (aliases, anchors or depth beyond kelisim's limits); write it out plainly
yaml-mapping = expected a mapping of `key: value` lines here
    .hint = this must be a mapping of `key: value` lines; `kelisim init` prints a complete profile
# $key: the key written twice.
yaml-duplicate = the key `{ $key }` is written twice
    .hint = each key may appear once in a mapping; remove one of them
# $field: the field.
yaml-missing-field = the field `{ $field }` is missing
    .hint = add it (`kelisim init` prints a complete profile; CONTRIBUTING.md describes clause files)
yaml-tabs = { $error }
    .hint = indent with spaces: YAML does not allow tabs for indentation
yaml-character = { $error }
    .hint = the file holds a character that is not text (a control character, shown as ␀ and the like); delete it, or save the file again as plain UTF-8 text
# $kind: type for a value of the wrong type, other for anything else.
yaml-invalid = { $error }
    .hint = { $kind ->
        [type] the value has the wrong type or range; `kelisim schema` describes every field
       *[other] compare the file with the profile `kelisim init` prints
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
# $text: what `norms` says.
norms-not-all = `norms` must be the word `all` or a list of norms, not `{ $text }`
    .hint = write `norms: all`, or list them, e.g. `norms: [1.1, 2.3, human-review]`; `kelisim clauses list` shows them
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

# $ids: the norms; $variant: the wording of `defaults.variant`.
norms-lack-variant = norms { $ids } have no `{ $variant }` variant in this clause library
    .hint = list the norms with their own `variant`, or change `defaults.variant`
# $id: the norm; $variant: the wording asked for; $known: the wordings it has.
norm-lacks-variant = norm { $id } has no `{ $variant }` variant in this clause library
    .hint = the variants of norm { $id } are { $known }
norm-lacks-default-variant = norm { $id } has no `{ $variant }` variant in this clause library
    .hint = give this norm its own `variant`: one of { $known }
# $id, $variant: the norm and its wording; $need, $slug: the norm that wording refers to.
norm-needs-norm = the `{ $variant }` wording of norm { $id } refers to norm { $need } ({ $slug }), which this profile does not adopt
    .hint = add `{ $need }` to `norms`, or choose a wording of { $id } that does not need it (`kelisim clauses show { $id } --variant V`)
# $norm: what is written; $near: the closest norm, or none; $first, $last: the library's first
# and last norms.
unknown-norm = unknown norm `{ $norm }`
    .hint = { $near ->
        [none] the norms are { $first }–{ $last }; see `kelisim clauses list`
       *[other] did you mean `{ $near }`? The norms are { $first }–{ $last }; see `kelisim clauses list`
    }

## A parameter's value. $name: the parameter; $id: the norm; $unit: what it counts
## (calendar-days, working-days, months, count, month-day); $bounds: which bounds it has (range,
## min, max or any), $min and $max: them.
param-leap-day = `{ $name }` of norm { $id }: `02-29` is not a day every year has
    .hint = choose 02-28 or 03-01
# $value: what is written.
param-not-month-day = `{ $name }` of norm { $id }: `{ $value }` is not a day of the year written "MM-DD"
    .hint = write the month, then the day, in quotes, e.g. `"03-01"` for the first of March
# $found: int, float, text or bool.
param-kind = `{ $name }` of norm { $id } takes { $unit ->
        [month-day] a day of the year in quotes, "MM-DD"
        [calendar-days] a whole number of calendar days
        [working-days] a whole number of working days
        [months] a whole number of months
       *[count] a whole number
    }, not { $found ->
        [int] a whole number
        [float] a fractional number
        [bool] a truth value (`true` or `false`)
       *[text] text
    }
    .hint = { $bounds ->
        [range] write a number from { $min } to { $max }
        [min] write a number of { $min } or more
        [max] write a number up to { $max }
       *[any] write it as the examples of `kelisim clauses show { $id }` do
    }
# $value: the number written.
param-out-of-bounds = `{ $name }` of norm { $id } is { $value }, outside the allowed { $bounds ->
        [range] { $min }–{ $max }
        [min] { $min } or more
        [max] up to { $max }
       *[any] values
    }
    .hint = choose a value { $bounds ->
        [range] from { $min } to { $max }
        [min] of { $min } or more
        [max] up to { $max }
       *[any] the clause allows
    }; `kelisim clauses show { $id }` says what it sets
# $param: what `--params` was given.
params-form = `--params { $param }` is not NAME=VALUE
    .hint = write the parameter's name, `=` and its value, e.g. `--params review_days=7`
# $field: the text's field; $length, $max: its length and the most allowed.
text-too-long = `{ $field }` is { $length } characters long; a name, place or signatory may have at most { $max }
    .hint = shorten it to the name as it appears in the register
# $field: the text's field; $char: the character's code point, "U+0009"; $at: its place; $what: nul, line-break, tab,
# noncharacter, control or bidi.
text-unprintable = `{ $field }` contains { $what ->
        [nul] a NUL character
        [line-break] a line break
        [tab] a tab
        [noncharacter] a noncharacter
        [control] a control character
       *[bidi] a bidirectional override
    } ({ $char }) at character { $at }
    .hint = { $what ->
        [bidi] such a character can make the text display differently from what it is: retype the text without it
       *[other] names, places and signatories are printed as written, on one line: retype the text without it
    }

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
        [none] write one of { $known }
       *[other] did you mean `{ $near }`? Write one of { $known }
    }

## A style file.
font-empty = `font` is empty
    .hint = name an installed font, e.g. `font: Times New Roman`
# $length: the name's length; $max: the most Word takes.
font-too-long = `font` is { $length } characters long; Word takes font names of at most { $max }
    .hint = give the family name as the font menu shows it, without style or foundry, e.g. `font: Times New Roman`
# $size: what is written.
size-bad = `size` { $size } is not a usable font size
    .hint = give points from 6 to 36, in steps of 0.5
# $mm: what is written.
margin-bad = a margin of { $mm } mm does not fit an A4 page
    .hint = give millimetres from 5 to 60

## A batch's manifest and its table. $path: the file; $error: what the system or the reader
## said.
manifest-base-unread = cannot read the base profile `{ $path }`
    .hint = `base` is a profile path relative to the manifest
manifest-table-unread = cannot read the table `{ $path }`
    .hint = `table` is a file path relative to the manifest
# $table: the table as the manifest names it; $kind: unreadable, damaged, docx, odf, pdf or zip.
manifest-not-a-table = `{ $table }` is { $kind ->
        [unreadable] unreadable
        [damaged] a damaged zip archive
        [docx] a Word document (DOCX)
        [odf] an OpenDocument file other than a spreadsheet
        [pdf] a PDF
       *[zip] a zip archive
    }, not a table
    .hint = give a CSV file (comma, semicolon or tab; UTF-8, UTF-16 or Windows-1251) or a workbook (XLSX, XLS or ODS; its first sheet is read)
manifest-not-a-workbook = `{ $table }` is named as a workbook but is not one: it holds neither XLSX, XLS nor ODS
    .hint = save it again from Excel or LibreOffice Calc as .xlsx, or as CSV UTF-8
manifest-table-or-rows = the manifest needs exactly one of `table` and `rows`
    .hint = `table: enterprises.csv`, or `rows:` with partial profiles
# $delimiter: what is written.
manifest-delimiter = `delimiter: { $delimiter }` is not a field separator kelisim knows
    .hint = write `delimiter: ","`, `delimiter: ";"` or `delimiter: tab`, or leave it out to have it found from the header row
table-no-header = `{ $path }` has no header row ({ $error })
    .hint = the first row names the columns with dotted paths, such as parties.employer.name.ru
# $row: the row's number.
table-row-unread = `{ $path }` row { $row } cannot be read ({ $error })
    .hint = save the table again as "CSV UTF-8", or as an Excel workbook (.xlsx)
# $encoding: the encoding it was read in.
table-bad-encoding = `{ $path }` is not valid { $encoding } text
    .hint = save it as "CSV UTF-8" or as .xlsx
workbook-unread = failed to read the workbook `{ $path }` ({ $error })
    .hint = save it again from Excel or LibreOffice as .xlsx
# $max: the most cells read.
workbook-too-many-cells = the workbook `{ $path }` has more than { $max } cells
    .hint = split the table, or save it as CSV
workbook-no-sheet = `{ $path }` has no sheet
    .hint = save a workbook with the table on its first sheet

## A batch: the table, its header row and each row's cells. $value: what a cell holds.
batch-lost-letters = reads `{ $value }`: the file is saved as Windows-1251 (Excel's plain CSV), which has no Kazakh letters, so they became «?»
    .hint = save the table as "CSV UTF-8" or as an Excel workbook (.xlsx) and run again
batch-number-for-text = holds the number { $value }, where text belongs
    .hint = format the column as Text, type the value again and save
batch-no-header = holds `{ $value }`, but its column has no header
    .hint = name the column in the header row with a dotted path (such as parties.employer.name.ru), or delete the value
batch-bin-zeros = holds { $value }: a BIN has 12 digits, and this one lost its leading zeros as a number in the spreadsheet
    .hint = format the column as Text, type the BIN again and save
# $path: the column's header; $near: the closest path, or none.
batch-not-a-path = `{ $path }` is not a path into the profile
    .hint = { $near ->
        [none] columns are dotted paths such as parties.employer.name.kk, norms, params.2.3.review_days, variant.2.3
       *[other] did you mean `{ $near }`? Columns are dotted paths such as parties.employer.name.kk, norms, params.2.3.review_days, variant.2.3
    }
# $path: the column's header; $norm: the norm it names; $near, $first, $last: as of unknown-norm.
batch-unknown-norm = `{ $path }` names an unknown norm `{ $norm }`
    .hint = { $near ->
        [none] the norms are { $first }–{ $last }; see `kelisim clauses list`
       *[other] did you mean `{ $near }`? The norms are { $first }–{ $last }; see `kelisim clauses list`
    }
# $first: the cell of the same column before it.
batch-column-twice = `{ $path }` is the column of { $first } again
    .hint = delete one of the two columns
# $id: the norm.
batch-norm-not-adopted = sets norm { $id }, which this row does not adopt
    .hint = add it to `norms`
batch-header-bad = nothing was rendered: fix the header row and run again
# $row: the row's number; $column: its column; $message: what is wrong there.
batch-at-column = row { $row }, column `{ $column }`: { $message }
batch-at-row = row { $row }: { $message }
batch-from-base = { $message } (from the base profile)
batch-in-column = column `{ $column }`: { $message }

## What `kelisim diff` warns a negotiator of.
# $side: the document; $count: its tracked changes; $authors: who made them ("?" for no name),
# with how many each; $accepted: the differences found with them accepted; $rejected: those with
# them rejected, or none when not counted.
diff-unaccepted-revisions = `{ $side }` holds { $count } { $count ->
        [one] tracked change
       *[other] tracked changes
    } not yet accepted ({ $authors }); they were compared as if accepted ({ $accepted } differences){ $rejected ->
        [none] {""}
       *[other] ; with them rejected there are { $rejected }
    }
# $what: clause or item; $id: which; $lang: kk or ru, the language edited.
diff-one-language-edited = { $what ->
        [clause] clause
       *[item] the piece
    } «{ $id }» was edited in { $lang ->
        [kk] Kazakh
       *[ru] Russian
    } only; the other text still reads as before
# $id: the clause; $kk, $ru: the numbers of each text, or none.
diff-languages-disagree = in the new text of clause { $id } the Kazakh numbers ({ $kk ->
        [none] none
       *[other] { $kk }
    }) and the Russian ({ $ru ->
        [none] none
       *[other] { $ru }
    }) differ

## A letter. $kind: the letter (notice, objection…); $file: the profile.
# $level: sector or region.
letter-enterprise-only = `letter { $kind }` is written between one employer and its workers' representatives, and `{ $file }` is a { $level ->
        [sector] sectoral
       *[region] regional
    } agreement
    .hint = write an enterprise profile for that employer: its collective agreement takes the norms over
# $norms: the norms the letter rests on.
letter-norm-not-adopted = `letter { $kind }` rests on norm { $norms }, which `{ $file }` does not adopt
    .hint = add it to the profile's `norms`, or the letter has no basis
# $ids: the register's systems, or none.
letter-needs-system = `letter { $kind }` is about one system of the register
    .hint = { $ids ->
        [none] name it with `--system ID`; `{ $file }` has no `ai_systems:` yet
       *[other] name it with `--system ID`: the register has { $ids }
    }
# $id: what `--system` says; $near: the closest system, or none.
letter-unknown-system = `--system { $id }`: `{ $file }` has no such system in its register
    .hint = { $near ->
        [none] { $ids ->
            [none] the register is empty; add the system under `ai_systems:`
           *[other] the register has { $ids }; add it under `ai_systems:`
        }
       *[other] did you mean `{ $near }`? The register has { $ids }
    }
# $id: the system; $date: the day it was introduced.
letter-notice-introduced = `{ $id }` was introduced on { $date }: a notice comes before a system is introduced
    .hint = for a system in use the union's letters are `objection` and `disclosure-request`
letter-notice-unplanned = the register gives no day `{ $id }` is to be introduced
    .hint = add `planned: YYYY-MM-DD` to it: the notice counts its terms from that day
# $date: the notice's; $planned: the introduction's; $norm: the norm whose term it misses; $due:
# the last day that term allows.
letter-notice-late = a notice on { $date } is too late for the introduction of `{ $id }` on { $planned }: norm { $norm } requires it by { $due }
    .hint = give an earlier `--date`, or move `planned` in the register
# $norm, $param: the norm and the parameter the letter needs.
letter-param-unset = norm { $norm } as adopted sets no `{ $param }`
    .hint = give the norm its `params`, or choose a wording that has `{ $param }`
letter-needs-year = `letter report` needs `--year YYYY`, the calendar year the report covers
    .hint = e.g. `kelisim letter report profile.yaml --year 2027`
# $figures: the year of the figures file; $year: that of the report.
figures-year = the figures are for { $figures }, the report for { $year }
    .hint = give `--year { $figures }`, or the figures of { $year }
# $id: the system; $near: the closest, or none; $ids: the register's, or none.
figures-unknown-system = `{ $id }` is not a system of the register
    .hint = { $near ->
        [none] { $ids ->
            [none] the register has no systems
           *[other] the register has { $ids }
        }
       *[other] did you mean `{ $near }`? The register has { $ids }
    }
# $upheld, $complaints: the counts.
figures-upheld = `{ $id }`: { $upheld } complaints upheld of { $complaints } filed
    .hint = `upheld` counts the complaints of `complaints` decided for the worker
# $number: the ground's place in the list.
grounds-empty = ground { $number } is empty in a language
    .hint = write each ground in both languages: `- {"{"}kk: "…", ru: "…"{"}"}`
grounds-none = no grounds
    .hint = list the grounds, each `- {"{"}kk: "…", ru: "…"{"}"}`, or leave out `--grounds` for lines to fill by hand

## Running a batch. $path: the output; $error: what the system said.
batch-resume-zip = --resume finishes a batch written into a directory, and `{ $path }` is an archive, which is written whole or not at all
    .hint = run again without --resume
# $resume: true when the earlier batch can be resumed.
batch-earlier = `{ $path }` is there from an earlier batch and was left as it is
    .hint = { $resume ->
        [true] pass --resume to finish it (the rows already drafted are kept), pass --force to redo that batch, or choose another output directory
       *[false] pass --force to redo that batch, or choose another output directory
    }
batch-no-signals = cannot watch for Ctrl-C ({ $error })
# $rows: how many rows the table has.
batch-zip-too-many = { $rows } rows make more files than a zip archive holds (65,535)
    .hint = write the batch into a directory, or split the table
# $threads: how many workers.
batch-no-workers = cannot start { $threads } workers ({ $error })
batch-worker-failed = a worker failed while writing the index
    .hint = this is a bug in kelisim: please report it with `kelisim --version`
batch-interrupted-zip = interrupted; `{ $path }` was not written (an archive is written whole): run again
# $done: the rows done; $count: of how many.
batch-interrupted = interrupted after { $done } of { $count } rows; rerun with --resume to draft the rest
# $below: the rows below the floor; $count: of how many; $upper: the agreement above them.
batch-below-floor = { $below } of { $count } rows grant less than `{ $upper }`: see the floor column of the index
# $rendered, $skipped, $failed: the rows rendered now, done before, failed; $count: of how many;
# $index: the index file, or zip when it is inside the archive.
batch-done = rendered { $rendered } of { $count } rows into { $path } ({ $skipped } already done, { $failed } failed); see { $index ->
        [zip] index.md inside it
       *[other] { $index }
    }
batch-index-unwritten = cannot write the index in `{ $path }` ({ $error })
    .hint = the rendered files are complete, but run again after fixing the disk to get the index
batch-zip-unwritten = cannot write `{ $path }` ({ $error })
    .hint = a zip archive holds at most 65,535 files and 4 GiB; write the batch into a directory, or split the table
# $dir: the directory; $record: the record's file name.
batch-nothing-to-resume = there is no batch to resume in `{ $dir }`: it has no { $record }, which a batch writes beside its index
    .hint = run without --resume
# $line: the line of the record; $error: what is wrong with it, or fields when it lacks some.
batch-record-broken = `{ $path }` line { $line }: { $error ->
        [fields] it does not have the seven fields kelisim writes
       *[other] { $error }
    }
    .hint = it is kelisim's own record, not to be edited: run with --force to redo the batch

## PDF through LibreOffice. $variable: the environment variable that names its `soffice`.
# $path: what the variable says.
pdf-program-not-a-file = { $variable }=`{ $path }` is not a file
    .hint = give the path of LibreOffice's `soffice`, or unset it
pdf-no-libreoffice = `--format pdf` needs LibreOffice, and neither `soffice` nor `libreoffice` is on the PATH
    .hint = install it (`apt-get install libreoffice-writer-nogui`, or from libreoffice.org), or set { $variable } to its `soffice`
# $program: the program; $error: what the system said.
pdf-no-start = LibreOffice (`{ $program }`) would not start: { $error }
    .hint = check the installation, or set { $variable }
# $count: the documents; $seconds: how long it was given.
pdf-timeout = LibreOffice did not finish converting { $count } documents in { $seconds } s and was stopped
    .hint = run `{ $program } --headless --convert-to pdf FILE.docx` to see why
pdf-lost = lost track of LibreOffice: { $error }
# $code: its exit code, or none; $signal: the signal that stopped it, or none; $said: what it
# wrote, or none.
pdf-not-written = LibreOffice wrote no PDF of this document ({ $code ->
        [none] it was stopped by signal { $signal }
       *[other] it exited with code { $code }
    })
    .hint = { $said ->
        [none] run `soffice --headless --convert-to pdf` on the DOCX by hand to see why
       *[other] it said «{ $said }»; run `soffice --headless --convert-to pdf` on the DOCX by hand to see why
    }
pdf-none = LibreOffice converted nothing
    .hint = run `soffice --headless --convert-to pdf` on the DOCX by hand to see why
# $dir: the temporary directory.
pdf-no-workdir = no free name for a working directory in `{ $dir }`
    .hint = remove the old `kelisim-pdf-*` there
pdf-workdir-refused = cannot prepare the PDF conversion in `{ $dir }`: { $error }
    .hint = free space in the temporary directory, or set TMPDIR

## `kelisim lint`: a clause library's two languages. $variant: the wording; $levels: the levels
## where the finding holds.
lint-not-nfc = text is not in Unicode NFC (a letter is written decomposed)
    .hint = retype the letter, or save the file normalised to NFC
# $name: the parameter.
lint-favours = parameter `{ $name }` does not say which direction favours workers
    .hint = add `favours: more` or `favours: less` (used by `check --floor`)
# $lang: kk or ru.
lint-empty = variant `{ $variant }`, level { $levels }, { $lang ->
        [kk] Kazakh
       *[ru] Russian
    }: renders no text
# $error: what the template engine said.
lint-unrendered = variant `{ $variant }`, level { $levels }, { $lang ->
        [kk] Kazakh
       *[ru] Russian
    }: { $error }
# $kp, $ki: the Kazakh paragraphs and list items; $rp, $ri: the Russian.
lint-shape = variant `{ $variant }`, level { $levels }: Kazakh has { $kp } paragraphs and { $ki } list items, Russian { $rp } and { $ri }
    .hint = both languages say the same thing in the same paragraphs and items
# $kk, $ru: the numbers of each text, or none.
lint-numbers = variant `{ $variant }`, level { $levels }: the numbers differ: Kazakh { $kk ->
        [none] has none
       *[other] { $kk }
    }, Russian { $ru ->
        [none] has none
       *[other] { $ru }
    }
    .hint = both languages use the same numbers
# $letter: the Latin letter; $word: the word.
lint-latin = Latin «{ $letter }» inside the Cyrillic word «{ $word }»
    .hint = retype the letter in Cyrillic (look-alikes: a c e i o p x y)
lint-lost-letter = «?» inside the word «{ $word }»: a letter was lost
    .hint = a Kazakh letter (ә ғ қ ң ө ұ ү һ і) was probably saved in a non-Unicode encoding; retype it

## `--floor`: the agreement a profile may not grant less than. $upper: its profile.
floor-enterprise = `{ $upper }` is a collective agreement; the floor is a sectoral or regional agreement
    .hint = pass the sectoral or regional profile that covers this enterprise with --floor
# $id, $slug: the norm.
floor-not-adopted = norm { $id } ({ $slug }) of `{ $upper }` is not adopted
    .hint = adopt it: the collective agreement may not grant less than the agreement above it
# $variant: the profile's wording; $above: the upper agreement's.
floor-weaker-variant = norm { $id } uses the `{ $variant }` wording, weaker than `{ $above }` in `{ $upper }`
    .hint = use `variant: { $above }` or a stronger one
# $name: the parameter; $value: the profile's; $above: the upper agreement's; $favours: more or
# less, the direction that favours workers.
floor-worse-param = `{ $name }` of norm { $id } is { $value }, less favourable to workers than { $above } in `{ $upper }`
    .hint = set `{ $name }` to { $favours ->
        [more] at least
       *[less] at most
    } { $above }

## A calendar of days off (`--holidays`). $text: what the line says.
calendar-not-a-date = `{ $text }` is not a date
    .hint = write a day off as YYYY-MM-DD, e.g. 2027-03-22
# $date: the day.
calendar-weekday = { $date } is a weekday, a working day already
    .hint = `work` makes a Saturday or a Sunday a working day
calendar-work-not-a-date = `{ $text }` is not a date
    .hint = write `work YYYY-MM-DD`, e.g. work 2027-07-03
calendar-years = `{ $text }` does not name the years covered
    .hint = write `years 2026 2027`
calendar-line = `{ $text }` is neither a date, `work DATE` nor `years A B`
    .hint = one day off a line as YYYY-MM-DD; `work YYYY-MM-DD` for a working Saturday

## The status file of a protocol of disagreements.
# $id: the item; $known: the items that differ, or none.
protocol-unknown-item = `{ $id }` is not an item this comparison has
    .hint = { $known ->
        [none] no items differ
       *[other] the items that differ are { $known }
    }
# $text: what `text` says.
protocol-no-side = `text: { $text }` names no side
    .hint = `text: a` for the workers' wording, `text: b` for the employer's
protocol-agreed-whose = `{ $id }` is agreed, but not in whose wording
    .hint = add `text: a` or `text: b`

## The prefixes of errors and warnings, and the count under a list of them.
error-prefix = error
help-label = help
warning-prefix = warning
note-prefix = note
# $count: how many more there are than were shown.
errors-more = … and { $count } more; fix these first and run again
# $count: how many there are, 2 or more.
errors-count = { $count } errors

## Writing the output. $path: the file or directory given with `-o`.
# $count: how many profiles were given.
output-one-file = `-o { $path }` writes one file, and { $count } profiles were given
    .hint = give one profile, or a directory (`-o out/`)
# $format: the format of the file's extension; $asked: those of `--format`.
output-format-clash = `-o { $path }` writes { $format }, and `--format { $asked }` asks for more or other
    .hint = leave out `--format`, or give a directory (`-o out/`)
output-stdout = `-o -` writes the Markdown of one document to standard output
    .hint = give one profile and `--format md`, or a directory
# $dir: the output directory; $file: the file standing in its way.
output-file-in-the-way = cannot write into `{ $dir }`: `{ $file }` is a file, not a directory
    .hint = choose another output directory or move the file
output-exists = `{ $path }` already exists and was left as it is
    .hint = pass --force to overwrite it, or choose another output directory
# $why: permission, read-only, full, directory or not-directory; $error: what the system said.
output-refused = cannot write `{ $path }`: { $why ->
        [permission] permission denied
        [read-only] the file system is read-only
        [full] the disk is full
        [directory] a directory of that name is in the way
       *[not-directory] part of the path is a file, not a directory
    } ({ $error }); nothing was written there
    .hint = { $why ->
        [full] free some space and run again
        [directory] move it or choose another output directory
       *[other] choose a writable output directory
    }
# $file: the profile; $level: enterprise, sector or region; $count: its norms.
check-ok = ok: { $file } ({ $level }, { $count } { $count ->
        [one] norm
       *[other] norms
    })
# $failed: how many failed; $count: of how many.
check-failed = { $failed } of { $count } profiles have errors
render-failed = { $failed } of { $count } profiles failed; the others were written

## The command line.
# $path: the file two profiles would write.
render-same-output = two profiles would both write `{ $path }`
    .hint = rename one of them
# $value: what SOURCE_DATE_EPOCH says; $min, $max: the seconds of 1980-01-01 and 2107-12-31.
epoch-range = SOURCE_DATE_EPOCH=`{ $value }` is outside the dates a DOCX can carry
    .hint = give seconds since 1970 from { $min } (1980-01-01) to { $max } (2107-12-31), e.g. 1782432000, or unset it
epoch-not-a-number = SOURCE_DATE_EPOCH=`{ $value }` is not a number of seconds since 1970
    .hint = unset it, or give e.g. 1782432000
diff-docx-to-file = a DOCX goes to a file
    .hint = give `-o FILE.docx`
# $date: what `--date` says.
diff-date-range = `--date { $date }` is outside the dates a DOCX can carry
    .hint = write the date as YYYY-MM-DD, from 1980-01-01 to 2107-12-31
# $path: the file; $kind: compound (an old Word or Excel file) or pdf.
diff-not-docx = `{ $path }` is { $kind ->
        [compound] an old Word (.doc) or Excel (.xls) file
       *[pdf] a PDF
    }, not a DOCX or a profile
    .hint = save it from Word or LibreOffice as Word 2007–365 (.docx)
# $flag: the flag; $for: the letter it belongs to; $kind: the letter asked for.
letter-flag-elsewhere = `{ $flag }` is for `letter { $for }`, not `letter { $kind }`
    .hint = leave it out, or write `kelisim letter { $for } …`
# $number: what was given; $max: the largest written in words.
number-too-large = { $number } is too large to write in words
    .hint = numbers up to { $max } can be
# $value: what `ui_lang` says.
project-ui-lang = `ui_lang: { $value }` is not a language of kelisim's messages
    .hint = write `ui_lang: kk`, `ru` or `en`
# $error: what the writer said.
manpage-failed = cannot write the manual page ({ $error })

## What was done.
wrote = wrote { $path }

## What a command says it did or chose. $path, $dir: a file, a directory.
clauses-ejected = copied the clause library to { $dir }; edit it and pass `--clauses { $dir }`
# $count: how many pages.
manpages-written = wrote { $count } manual { $count ->
        [one] page
       *[other] pages
    } into { $dir }
# $reference: the reference document; $style: the style file.
reference-over-style = `{ $reference }` sets the page, margins, font and size; `{ $style }` still sets the layout and page_total
# $date: the notice's date; $norm: the norm whose term gives it; $planned: the introduction.
letter-dated-latest = no --date: the notice is dated { $date }, the last day norm { $norm } allows before the introduction on { $planned }; give --date for another day
detail-project = defaults from `{ $path }`
detail-reading = reading `{ $path }`
detail-style = page style: `{ $path }` over the shipped one
# $name: the calendar; $from, $to: the years it covers.
detail-calendar = working days counted by { $name } ({ $from }–{ $to })
detail-clauses = clause library: `{ $dir }` over the built-in one
# $count: the norms.
detail-builtin = clause library: the built-in one, { $count } norms

## `kelisim config`: each setting, its value and where it came from.
config-file = project file: { $path }
# $file: the project file's name.
config-no-file = project file: none ({ $file } in this directory or a parent sets the defaults below)
# $value: the setting's value; $from: the project file.
config-set = { $value }  (from { $from })
# $setting: style, reference_doc, clauses, author, ui_lang or holidays.
config-default = { $setting ->
        [style] the shipped style
        [reference_doc] none
        [clauses] the built-in clause library
        [author] the sender's organisation
        [ui_lang] LC_ALL, LC_MESSAGES or LANG, else en
       *[holidays] the shipped calendar of Kazakhstan
    }  (default)
# $setting: SOURCE_DATE_EPOCH, NO_COLOR or KELISIM_SOFFICE; $value: what it says.
config-meaning = { $setting ->
        [SOURCE_DATE_EPOCH] the DOCX and PDF timestamps
        [NO_COLOR] no colour with --color auto
       *[other] the LibreOffice program
    }
config-environment = { $value }  (from the environment: { config-meaning })
config-unset = unset  ({ config-meaning })
config-flags-win = a flag on the command line wins over all of these

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
