"""The peer for kelisim's benchmark: the same 18-clause bilingual annex through docxtpl.

Builds a two-column template with python-docx once, then renders it with docxtpl: prints the
seconds for the first document (whole process is timed outside) and per further document in the
same process. Input: the JSON of clause pairs written by bench/run.sh.
"""
import io
import json
import sys
import time

from docx import Document
from docxtpl import DocxTemplate


def template():
    doc = Document()
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "{%tr for c in clauses %}"
    row = table.add_row()
    row.cells[0].text = "{{ c.kk }}"
    row.cells[1].text = "{{ c.ru }}"
    end = table.add_row()
    end.cells[0].text = "{%tr endfor %}"
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def main():
    clauses = json.load(open(sys.argv[1], encoding="utf-8"))
    further = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    raw = template()
    tpl = DocxTemplate(io.BytesIO(raw))
    tpl.render({"clauses": clauses})
    tpl.save(sys.argv[3] if len(sys.argv) > 3 else io.BytesIO())
    if further:
        start = time.perf_counter()
        for _ in range(further):
            t = DocxTemplate(io.BytesIO(raw))
            t.render({"clauses": clauses})
            t.save(io.BytesIO())
        print(f"{(time.perf_counter() - start) / further * 1000:.1f}")


if __name__ == "__main__":
    main()
