#!/usr/bin/python3
"""The template's guards, read from the shipped files: validity rules with
a Dutch message on the input cells, every sheet protected without a
password, input cells open and computed cells locked.  Read from the .ots
inside the .oxt (as the office saved it) and from the Excel workbook
(.xlsx and .xltx), so a rule the office dropped on the way fails here.

usage: test_template_rules.py BUILD_DIR
"""
import glob
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dashboard_expect import failures, report  # noqa: E402

NS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
      "x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
T = "{%s}" % NS["table"]

# What each rule must accept, by cell: (sheet, cell, ODF condition, xlsx
# (type, operator, formula1, formula2)).  Cells far down the lists are
# listed too: a rule must reach the last line the list holds.
RULES = [
    ("Dashboard", "B2", "of:cell-content-is-whole-number() and cell-content-is-between(1,4)",
     ("whole", "between", "1", "4")),
    ("Register", "A4", "of:cell-content-is-in-list([$Register.$L$4:.$L$11])",
     ("list", None, "Register!$L$4:$L$11", None)),
    ("Register", "D103", 'of:cell-content-is-in-list("input";"proces";"output";"outcome")',
     ("list", None, '"input,proces,output,outcome"', None)),
    ("Register", "F50", "of:cell-content-is-decimal-number() and cell-content-is-between(-1000000000000000,1000000000000000)",
     ("decimal", "between", None, None)),
    ("Metingen", "C4", "of:cell-content-is-decimal-number() and cell-content-is-between(-1000000000000000,1000000000000000)",
     ("decimal", "between", None, None)),
    ("Metingen", "F103", "of:cell-content-is-decimal-number() and cell-content-is-between(-1000000000000000,1000000000000000)",
     ("decimal", "between", None, None)),
    ("Leveranciers", "B3", "of:cell-content-is-decimal-number() and cell-content-is-between(1,5)",
     ("decimal", "between", "1", "5")),
    ("Leveranciers", "C307", "of:cell-content-is-decimal-number() and cell-content-is-between(1,5)",
     ("decimal", "between", "1", "5")),
    ("Leveranciers", "D8", "of:cell-content-is-whole-number() and cell-content()>=0",
     ("whole", "greaterThanOrEqual", "0", None)),
    ("Leveranciers", "E300", "of:cell-content-is-whole-number() and cell-content()>=1",
     ("whole", "greaterThanOrEqual", "1", None)),
    ("Spend", "C5", "of:cell-content-is-decimal-number() and cell-content-is-between(-1000000000000000,1000000000000000)",
     ("decimal", "between", None, None)),
    ("Spend", "C1000", "of:cell-content-is-decimal-number() and cell-content-is-between(-1000000000000000,1000000000000000)",
     ("decimal", "between", None, None)),
    ("Spend", "B900", "of:cell-content-is-in-list([$Spend.$F$5:.$F$12])",
     ("list", None, "Spend!$F$5:$F$12", None)),
    ("Besparingen", "B5", "of:cell-content-is-decimal-number() and cell-content()>=0",
     ("decimal", "greaterThanOrEqual", "0", None)),
    ("Besparingen", "E1000", "of:cell-content-is-decimal-number() and cell-content()>=0",
     ("decimal", "greaterThanOrEqual", "0", None)),
    ("Besparingen", "J7", "of:cell-content-is-decimal-number() and cell-content()>0",
     ("decimal", "greaterThan", "0", None)),
    ("Matrix", "C6", "of:cell-content-is-whole-number() and cell-content-is-between(0,4)",
     ("whole", "between", "0", "4")),
    ("Aanbesteding", "B5", "of:cell-content-is-whole-number() and cell-content()>=1",
     ("whole", "greaterThanOrEqual", "1", None)),
    ("Aanbesteding", "B7", 'of:cell-content-is-in-list("relatief";"lineair")',
     ("list", None, '"relatief,lineair"', None)),
    ("Aanbesteding", "C27", "of:cell-content-is-decimal-number() and cell-content()>=0",
     ("decimal", "greaterThanOrEqual", "0", None)),
    ("Aanbesteding", "E31", "of:cell-content-is-decimal-number() and cell-content-is-between(0,10)",
     ("decimal", "between", "0", "10")),
    ("Zelfevaluatie", "C9", "of:cell-content-is-whole-number() and cell-content-is-between(1,4)",
     ("whole", "between", "1", "4")),
    ("Zelfevaluatie", "C4", "of:cell-content-is-decimal-number() and cell-content-is-between(1,4)",
     ("decimal", "between", "1", "4")),
]
# Only in ODF: Calc's .xlsx export writes a rule only about 1,000 rows below
# the last filled row, so the rules of the lists without an end (Spend,
# Besparingen) stop there in the workbook.
ODF_ONLY = [("Spend", "C1048576", RULES[10][2], None),
            ("Besparingen", "E90000", "of:cell-content-is-decimal-number() and cell-content()>=0", None)]

OPEN = [("Dashboard", "B2"), ("Register", "A4"), ("Register", "L11"), ("Metingen", "E103"),
        ("Leveranciers", "A307"), ("Leveranciers", "B4"), ("Spend", "A5"), ("Spend", "D500000"),
        ("Spend", "F12"), ("Besparingen", "A90000"), ("Besparingen", "J10"), ("Matrix", "B14"),
        ("Aanbesteding", "A27"), ("Aanbesteding", "I40"), ("Zelfevaluatie", "B34")]
LOCKED = [("Dashboard", "F5"), ("Dashboard", "C2"), ("Metingen", "G4"), ("Metingen", "A4"),
          ("Leveranciers", "F8"), ("Leveranciers", "H307"), ("Leveranciers", "A308"), ("Spend", "H3"), ("Spend", "G5"),
          ("Spend", "H13"), ("Besparingen", "F5"), ("Besparingen", "J5"), ("Matrix", "A4"), ("Uitleg", "A1"),
          ("Aanbesteding", "F22"), ("Aanbesteding", "D33"), ("Aanbesteding", "D42"), ("Zelfevaluatie", "H8"),
          ("Zelfevaluatie", "A9")]
SHEETS = ["Dashboard", "Register", "Metingen", "Leveranciers", "Spend", "Besparingen", "Aanbesteding",
          "Zelfevaluatie", "Matrix", "Uitleg"]



def split(ref):
    m = re.match(r"([A-Z]+)(\d+)$", ref)
    c = 0
    for ch in m.group(1):
        c = c * 26 + ord(ch) - 64
    return int(m.group(2)), c  # 1-based row and column


# ---- ODF --------------------------------------------------------------

class OdfSheet:
    def __init__(self, table, styles):
        self.table, self.styles = table, styles
        self.col_styles = []
        for c in table.iter(T + "table-column"):
            n = int(c.get(T + "number-columns-repeated", "1"))
            self.col_styles += [c.get(T + "default-cell-style-name", "Default")] * n

    def cell(self, ref):
        """(style, validation) of a cell, through repeated rows and cells."""
        want_r, want_c = split(ref)
        r = 0
        for row in self.table.iter(T + "table-row"):
            r += int(row.get(T + "number-rows-repeated", "1"))
            if r < want_r:
                continue
            c = 0
            for cell in row:
                if cell.tag not in (T + "table-cell", T + "covered-table-cell"):
                    continue
                c += int(cell.get(T + "number-columns-repeated", "1"))
                if c >= want_c:
                    style = cell.get(T + "style-name") or (self.col_styles[want_c - 1]
                                                           if want_c <= len(self.col_styles) else "Default")
                    return style, cell.get(T + "content-validation-name")
            break
        return "Default", None  # below the last row written (as the office reads it)

    def is_open(self, ref):
        return self.styles.get(self.cell(ref)[0]) == "none"


def check_odf(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("content.xml"))
        styles_xml = ET.fromstring(z.read("styles.xml"))
    protect = {}
    for tree in (styles_xml, root):
        for st in tree.iter("{%s}style" % NS["style"]):
            props = st.find("style:table-cell-properties", NS)
            if props is not None and props.get("{%s}cell-protect" % NS["style"]):
                protect[st.get("{%s}name" % NS["style"])] = props.get("{%s}cell-protect" % NS["style"])
    rules = {}
    for v in root.iter(T + "content-validation"):
        msg = v.find("table:error-message", NS)
        text = "".join(msg.itertext()) if msg is not None else ""
        rules[v.get(T + "name")] = (v.get(T + "condition"), msg is not None and
                                    msg.get(T + "message-type") == "stop" and msg.get(T + "display") == "true",
                                    text)
    sheets = {t.get(T + "name"): t for t in root.iter(T + "table")}
    name = os.path.basename(path)
    for s in SHEETS:
        t = sheets.get(s)
        if t is None or t.get(T + "protected") != "true" or t.get(T + "protection-key"):
            failures.append("%s: sheet %s is not protected without a password" % (name, s))
    for sheet, ref, cond, _ in RULES + ODF_ONLY:
        _, vname = OdfSheet(sheets[sheet], protect).cell(ref)
        got = rules.get(vname)
        if not got or got[0] != cond:
            failures.append("%s: %s.%s has rule %r, expected %r" % (name, sheet, ref, got and got[0], cond))
        elif not (got[1] and got[2]):
            failures.append("%s: %s.%s refuses without a message" % (name, sheet, ref))
    for sheet, ref in OPEN:
        if not OdfSheet(sheets[sheet], protect).is_open(ref):
            failures.append("%s: input cell %s.%s is locked" % (name, sheet, ref))
    for sheet, ref in LOCKED:
        if OdfSheet(sheets[sheet], protect).is_open(ref):
            failures.append("%s: computed cell %s.%s is open" % (name, sheet, ref))
    # Status words are coloured on every sheet that shows them (the office
    # turns a style's colour map into a conditional format on load).
    calcext = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
    coloured = " ".join(f.get("{%s}target-range-address" % calcext)
                        for f in root.iter("{%s}conditional-format" % calcext))
    for first in ("Dashboard.F5:", "Metingen.G4:", "Leveranciers.H8:", "Aanbesteding.D44:", "Zelfevaluatie.H8:"):
        if first not in coloured:
            failures.append("%s: status words from %s on are not coloured" % (name, first[:-1]))
    print("%s: %d rules with a message, %d sheets protected, %d cells checked"
          % (name, len(rules), len(SHEETS), len(RULES) + len(ODF_ONLY) + len(OPEN) + len(LOCKED)))


# ---- OOXML --------------------------------------------------------------

def covers(sqref, ref):
    r, c = split(ref)
    for part in sqref.split():
        a, _, b = part.partition(":")
        (r0, c0), (r1, c1) = split(a), split(b or a)
        if r0 <= r <= r1 and c0 <= c <= c1:
            return True
    return False


def check_xlsx(path):
    x = lambda tag: "{%s}%s" % (NS["x"], tag)  # noqa: E731
    name = os.path.basename(path)
    with zipfile.ZipFile(path) as z:
        book = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        target = {r.get("Id"): r.get("Target") for r in rels}
        xfs = ET.fromstring(z.read("xl/styles.xml")).find(x("cellXfs"))
        unlocked = [xf.find(x("protection")) is not None and
                    xf.find(x("protection")).get("locked") in ("false", "0") for xf in xfs]
        sheets = {}
        for s in book.find(x("sheets")):
            rid = s.get("{%s}id" % NS["r"])
            sheets[s.get("name")] = ET.fromstring(z.read("xl/" + target[rid].lstrip("/").replace("xl/", "")))
    for s in SHEETS:
        prot = sheets[s].find(x("sheetProtection"))
        if prot is None or prot.get("sheet") not in ("true", "1") or prot.get("password") or prot.get("hashValue"):
            failures.append("%s: sheet %s is not protected without a password" % (name, s))
    for sheet, ref, _, (typ, op, f1, f2) in RULES:
        found = [dv for dv in sheets[sheet].iter(x("dataValidation")) if covers(dv.get("sqref"), ref)]
        if not found:
            failures.append("%s: %s.%s has no rule" % (name, sheet, ref))
            continue
        dv = found[0]
        got = (dv.get("type"), dv.get("operator") if typ != "list" else None,
               dv.findtext(x("formula1")) if f1 else None, dv.findtext(x("formula2")) if f2 else None)
        if got != (typ, op, f1, f2):
            failures.append("%s: %s.%s has rule %r, expected %r" % (name, sheet, ref, got, (typ, op, f1, f2)))
        if dv.get("showErrorMessage") not in ("true", "1") or dv.get("errorStyle", "stop") != "stop" \
                or not dv.get("error"):
            failures.append("%s: %s.%s refuses without a message" % (name, sheet, ref))

    def style_of(sheet, ref):
        r, c = split(ref)
        for cell in sheets[sheet].iter(x("c")):
            if cell.get("r") == ref:
                return int(cell.get("s", "0"))
        for row in sheets[sheet].iter(x("row")):
            if int(row.get("r")) == r and row.get("customFormat") in ("true", "1"):
                return int(row.get("s", "0"))
        for col in sheets[sheet].iter(x("col")):
            if int(col.get("min")) <= c <= int(col.get("max")):
                return int(col.get("style", "0"))
        return 0
    for sheet, ref in OPEN:
        if not unlocked[style_of(sheet, ref)]:
            failures.append("%s: input cell %s.%s is locked" % (name, sheet, ref))
    for sheet, ref in LOCKED:
        if unlocked[style_of(sheet, ref)]:
            failures.append("%s: computed cell %s.%s is open" % (name, sheet, ref))
    print("%s: %d sheets protected, %d rules and %d cells checked"
          % (name, len(SHEETS), len(RULES), len(OPEN) + len(LOCKED)))


def main():
    build = os.path.abspath(sys.argv[1])
    check_odf(glob.glob(os.path.join(build, "oxt-full", "templates", "*", "*.ots"))[0])
    for ext in ("xlsx", "xltx"):
        check_xlsx(os.path.join(build, "inkoop-kpi-dashboard." + ext))
    return report("template rules and protection")


if __name__ == "__main__":
    sys.exit(main())
