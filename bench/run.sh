#!/usr/bin/env bash
# kelisim's benchmark: prints the figures the README quotes, with the machine they were taken on.
#   - one render of the 18-norm annex to md+docx, whole process (median);
#   - batch throughput, annexes per second, for 1,000 and 10,000 rows, into a directory (beside the
#     floor: the same files written again, temporary name then hard link, right after) and into
#     one zip archive, and peak memory;
#   - the same annex through pandoc (Markdown -> DOCX) and docxtpl when installed, as ratios;
#   - PDF (through LibreOffice) of one annex, and per annex in a batch of 200, when installed;
#   - diff of the union's and the employer's 18-norm drafts as a tracked-changes DOCX, and the same
#     pair through python-redlines (Docxodus and WmlComparer) when installed, as ratios.
# Targets (#19): one annex >= 30x faster than pandoc; a batch into a directory >= 40% of the floor
# measured beside it; >= 3,000 annexes/s into a zip on 2 cores; peak memory at 10,000 rows <=
# 1,000 rows + 25%. Needs hyperfine (apt-get install hyperfine) for the timings.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v hyperfine >/dev/null; then
  echo "bench/run.sh needs hyperfine for its timings: apt-get install hyperfine" >&2
  exit 1
fi
cargo build --release --locked --quiet
K="$PWD/target/release/kelisim"
mkdir -p target/bench && work=$(mktemp -d -p target/bench)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1782432000

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
  "$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
echo "kelisim $("$K" --version | awk '{print $2}'), $(date -u +%Y-%m-%d)"
echo

median_ms() { # command... -> median wall time in ms over $RUNS runs (30 unless set)
  hyperfine --warmup 3 --runs "${RUNS:-30}" --export-json "$work/h.json" --style none "$@" >/dev/null 2>&1
  python3 -c "import json;print('%.1f' % (json.load(open('$work/h.json'))['results'][0]['median']*1000))"
}

# 1. One annex, whole process.
"$K" render examples/karaganda-coal.yaml -o "$work/one" --format md --layout sequential --force 2>/dev/null
one=$(median_ms "$K render examples/karaganda-coal.yaml -o $work/one --force")
echo "one annex (md+docx), whole process:       $one ms"
if command -v pandoc >/dev/null; then
  pandoc_ms=$(median_ms "pandoc -f markdown -t docx -o $work/pandoc.docx $work/one/karaganda-coal.md")
  echo "pandoc $(pandoc --version | head -1 | awk '{print $2}'), same annex Markdown -> DOCX:  $pandoc_ms ms  (kelisim is $(python3 -c "print('%.1f' % ($pandoc_ms/$one))")x faster; target >= 30x)"
else
  echo "pandoc: not installed (apt-get install pandoc), no ratio"
fi
if python3 -c "import docxtpl" 2>/dev/null; then
  "$K" render examples/karaganda-coal.yaml -o - --format md --layout sequential 2>/dev/null | python3 -c "
import json, re, sys
text = sys.stdin.read()
kk, ru = text.split('\n---\n')
clause = re.compile(r'^\*\*\d+\.\d+\. .*$', re.M)
json.dump([{'kk': a, 'ru': b} for a, b in zip(clause.findall(kk), clause.findall(ru))], open('$work/clauses.json', 'w'), ensure_ascii=False)"
  tpl_ms=$(median_ms "python3 bench/docxtpl_annex.py $work/clauses.json 0 $work/tpl.docx")
  further=$(python3 bench/docxtpl_annex.py "$work/clauses.json" 200)
  echo "docxtpl, same 18 clauses, whole process:   $tpl_ms ms  (kelisim is $(python3 -c "print('%.1f' % ($tpl_ms/$one))")x faster); $further ms per further document in one process"
else
  echo "docxtpl: not installed (pip install docxtpl), no ratio"
fi
echo

# PDF (LibreOffice headless underneath): one annex, whole process, against its md+docx; and per
# annex in a batch, where one run of LibreOffice converts 50 rows.
if command -v soffice >/dev/null || command -v libreoffice >/dev/null; then
  pdf_ms=$(RUNS=5 median_ms "$K render examples/karaganda-coal.yaml -o $work/pdf --format pdf --force")
  echo "one annex to PDF, whole process:          $pdf_ms ms  ($(python3 -c "print('%.0f' % ($pdf_ms/$one))")x its md+docx: starting LibreOffice dominates)"
else
  echo "PDF: LibreOffice not installed (apt-get install libreoffice-writer-nogui), no figure"
fi
echo

# 2. Batch: 1,000 and 10,000 rows.
cp examples/batch/base.yaml "$work/base.yaml"
for n in 1000 10000; do
  python3 - "$work/rows-$n.csv" "$n" <<'PY'
import sys
path, n = sys.argv[1], int(sys.argv[2])
with open(path, "w", encoding="utf-8") as f:
    f.write("id,parties.employer.name.kk,parties.employer.name.ru,parties.workers.name.kk,parties.workers.name.ru,params.1.1.notice_days\n")
    for i in range(n):
        f.write(f"e{i},«Кәсіпорын {i}» ЖШС,ТОО «Предприятие {i}»,«Кәсіпорын {i}» ЖШС кәсіподағы,Профсоюз ТОО «Предприятие {i}»,{30 + i % 60}\n")
PY
  printf 'base: base.yaml\ntable: rows-%s.csv\nid: id\n' "$n" > "$work/m-$n.yaml"
  # Write back what earlier steps left dirty, so that it is not charged to this batch: without
  # this the 1,000-row figure swung between 450 and 1,200 annexes/s from run to run.
  sync
  /usr/bin/time -f "%e %M" -o "$work/time-$n" "$K" batch "$work/m-$n.yaml" -o "$work/out-$n" --quiet -j "$(nproc)" 2>/dev/null
  read -r secs kb < "$work/time-$n"
  rate=$(python3 -c "print('%.0f' % ($n/$secs))")
  # The floor, right after the batch, on the same disk in the same state: writing the same files.
  sync
  floor=$(python3 bench/floor.py "$work/out-$n" "$work/floor-$n")
  echo "batch $n rows (md+docx each): ${secs} s, $rate annexes/s, peak memory $((kb / 1024)) MiB;" \
    "floor $(python3 -c "print('%.0f' % ($n/$floor))") rows/s, the batch at $(python3 -c "print('%.0f%%' % ($floor/$secs*100))") of it (target >= 40%)"
  eval "kb_$n=$kb"
  rm -rf "$work/out-$n" "$work/floor-$n"
  # The same rows into one zip archive (-o drafts.zip), streamed in row order.
  sync
  /usr/bin/time -f "%e %M" -o "$work/time-zip-$n" "$K" batch "$work/m-$n.yaml" -o "$work/out-$n.zip" --quiet -j "$(nproc)" 2>/dev/null
  read -r secs kb < "$work/time-zip-$n"
  rate=$(python3 -c "print('%.0f' % ($n/$secs))")
  echo "batch $n rows into a zip: ${secs} s, $rate annexes/s, peak memory $((kb / 1024)) MiB, $(( $(stat -c %s "$work/out-$n.zip") / 1048576 )) MiB archive (target >= 3,000/s)"
  rm -f "$work/out-$n.zip"
done
echo "peak memory 10,000 vs 1,000 rows: $(python3 -c "print('%+.0f%%' % (($kb_10000/$kb_1000-1)*100))") (target <= +25%)"
if command -v soffice >/dev/null || command -v libreoffice >/dev/null; then
  n=200
  head -n $((n + 1)) "$work/rows-1000.csv" > "$work/rows-pdf.csv"
  printf 'base: base.yaml\ntable: rows-pdf.csv\nid: id\n' > "$work/m-pdf.yaml"
  /usr/bin/time -f "%e %M" -o "$work/time-pdf" "$K" batch "$work/m-pdf.yaml" -o "$work/out-pdf" --format pdf --quiet 2>/dev/null
  read -r secs kb < "$work/time-pdf"
  echo "batch $n rows to PDF: ${secs} s, $(python3 -c "print('%.0f' % ($secs*1000/$n))") ms per annex, $(python3 -c "print('%.1f' % ($n/$secs))") annexes/s, peak memory $((kb / 1024)) MiB (LibreOffice included)"
  rm -rf "$work/out-pdf"
fi
echo

# 3. Diff: the union's and the employer's wording of the same 18 norms, as a tracked-changes
# DOCX, from the two DOCX files (what a redline engine takes) and from the two profiles.
python3 - "$work" <<'PY'
import re, sys
s = open("examples/karaganda-coal.yaml", encoding="utf-8").read()
# The norms, without the register of AI systems that follows them.
end = s.find("\nai_systems:")
head, norms = s[: s.index("norms:")], s[s.index("norms:") : end if end >= 0 else len(s)]
ids = re.findall(r'^  - (?:id: )?"?([\w.-]+)"?', norms, re.M)
for v in ("union", "employer"):
    with open(f"{sys.argv[1]}/{v}.yaml", "w", encoding="utf-8") as f:
        f.write(head + "defaults: {variant: %s}\nnorms: [%s]\n" % (v, ", ".join('"%s"' % i for i in ids)))
PY
(cd "$work" && "$K" render union.yaml employer.yaml -o . --format docx --force 2>/dev/null)
diff_ms=$(median_ms "$K diff $work/union.docx $work/employer.docx --format docx -o $work/k.docx --force")
diff_profiles_ms=$(median_ms "$K diff $work/union.yaml $work/employer.yaml --format docx -o $work/k.docx --force")
echo "diff union vs employer (18 norms), DOCX against DOCX -> tracked DOCX: $diff_ms ms; profile against profile: $diff_profiles_ms ms"
if python3 -c "import python_redlines_docxodus, python_redlines_ooxmlpowertools" 2>/dev/null; then
  for engine in docxodus wmlcomparer; do
    peer_ms=$(RUNS=5 median_ms "python3 bench/redlines.py $engine $work/union.docx $work/employer.docx $work/$engine.docx")
    echo "python-redlines $engine, same pair:   $peer_ms ms  (kelisim is $(python3 -c "print('%.0f' % ($peer_ms/$diff_ms))")x faster)"
  done
else
  echo 'python-redlines: not installed (pip install "python-redlines[docxodus,ooxmlpowertools]"), no ratio'
fi
