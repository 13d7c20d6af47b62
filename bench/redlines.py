"""The redline peer: python-redlines (pip install "python-redlines[docxodus,ooxmlpowertools]"),
which wraps the Docxodus engine and Open-XML-PowerTools' WmlComparer, comparing two DOCX files
into a tracked-changes DOCX, as `kelisim diff A B --format docx` does.

    python3 bench/redlines.py docxodus|wmlcomparer A.docx B.docx OUT.docx
"""

import sys
import warnings

# WmlComparer's engine warns that it is deprecated on every construction.
warnings.simplefilter("ignore", DeprecationWarning)
from python_redlines.engines import DocxodusEngine, XmlPowerToolsEngine  # noqa: E402

engine = {"docxodus": DocxodusEngine, "wmlcomparer": XmlPowerToolsEngine}[sys.argv[1]]()
redline, _, _ = engine.run_redline("B", sys.argv[2], sys.argv[3])
with open(sys.argv[4], "wb") as f:
    f.write(redline)
