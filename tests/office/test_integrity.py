#!/usr/bin/python3
"""Nothing else changes in a converted document.

usage: test_integrity.py BUILD_DIR OUTDIR

The dashboard template, with a named range, a validation and a
conditional format added so that every kind of thing is there, is saved
as .ods; kpi_to_standard converts it to .ods and to .xlsx.  Copy and
original are then compared sheet by sheet in an office with the add-in:
every formula equal except the ones that called the add-in (which must
call it no more), every value equal (the rewritten ones too), every
formatting run (cell style, number format, colours, validation,
conditional format), the conditional formats, the charts and their data
ranges, the drawing objects, and the named ranges.  The .xlsx copy is
compared with the original saved as .xlsx by Calc itself, so what the
format cannot hold is not counted against the tool.
"""
import glob
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
import lo  # noqa: E402

PREFIX = "ORG.INKOOPKPI.KPIFUNCTIONS."
FORMAT_PROPS = ("CellStyle", "NumberFormat", "CellBackColor", "CharColor", "CharWeight", "HoriJustify")


def props(obj, names):
    return tuple(str(obj.getPropertyValue(n)) for n in names)


def entries(container, names):
    """The entries of a validation, conditional format or the like."""
    out = []
    for i in range(container.getCount()):
        e = container.getByIndex(i)
        info = e.getPropertySetInfo() if hasattr(e, "getPropertySetInfo") else None
        out.append(tuple(str(e.getPropertyValue(n)) for n in names if info and info.hasPropertyByName(n)))
    return out


def address(a):
    return (a.Sheet, a.StartColumn, a.StartRow, a.EndColumn, a.EndRow)


def describe(doc):
    """Everything the test compares, per sheet."""
    named = doc.NamedRanges
    d = {"sheets": list(doc.Sheets.ElementNames),
         "named ranges": sorted((n, named.getByName(n).Content) for n in named.ElementNames)}
    for sheet in doc.Sheets.ElementNames:
        sh = doc.Sheets.getByName(sheet)
        cur = sh.createCursor()
        cur.gotoEndOfUsedArea(False)
        end = cur.RangeAddress
        area = sh.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)
        runs = []
        formats = sh.CellFormatRanges
        for i in range(formats.getCount()):
            r = formats.getByIndex(i)
            v = r.Validation
            runs.append((address(r.RangeAddress), props(r, FORMAT_PROPS),
                         (str(v.Type), v.Formula1, v.Formula2, str(v.Operator), v.ShowErrorMessage),
                         entries(r.ConditionalFormat, ("Operator", "Formula1", "Formula2", "StyleName"))))
        conditional = []
        cf = sh.ConditionalFormats
        for f in cf.getConditionalFormats():
            conditional.append(([address(a) for a in f.Range.RangeAddresses],
                                entries(f, ("Type", "Formula1", "Formula2", "StyleName", "Operator"))))
        charts = sorted((n, [address(a) for a in sh.Charts.getByName(n).getRanges()])
                        for n in sh.Charts.ElementNames)
        d[sheet] = {"formulas": area.getFormulaArray(), "values": area.getDataArray(), "formatting": runs,
                    "conditional formats": conditional, "charts": charts,
                    "drawing objects": sh.DrawPage.getCount(), "size": (end.EndColumn, end.EndRow)}
    return d


def same_value(a, b):
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= 1e-9 * max(1.0, abs(a))
    return a == b


def compare(original, copy, label):
    """Differences between the two descriptions, as lines."""
    diffs, rewritten = [], 0
    for key in ("sheets", "named ranges"):
        if original[key] != copy[key]:
            diffs.append("%s: %s differ: %r / %r" % (label, key, original[key], copy[key]))
    for sheet in original["sheets"]:
        a, b = original[sheet], copy.get(sheet)
        if b is None:
            continue
        for key in ("size", "formatting", "conditional formats", "charts", "drawing objects"):
            if a[key] != b[key]:
                diffs.append("%s: %s: %s differ" % (label, sheet, key))
        for r, (fa, fb, va, vb) in enumerate(zip(a["formulas"], b["formulas"], a["values"], b["values"])):
            for c in range(len(fa)):
                cell = "%s.%s%d" % (sheet, chr(65 + c) if c < 26 else "A" + chr(39 + c), r + 1)
                if fa[c] != fb[c]:
                    if PREFIX in fa[c].upper() and PREFIX not in fb[c].upper():
                        rewritten += 1
                    else:
                        diffs.append("%s: %s formula %r became %r" % (label, cell, fa[c], fb[c]))
                if not same_value(va[c], vb[c]):
                    diffs.append("%s: %s value %r became %r" % (label, cell, va[c], vb[c]))
    return diffs, rewritten


def main():
    build, outdir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    tool = os.path.join(build, "kpi_to_standard")
    template = glob.glob(os.path.join(build, "oxt-full", "templates", "*", "*.ots"))[0]
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    import uno
    from com.sun.star.beans import PropertyValue
    from com.sun.star.table import CellAddress

    def store(doc, path, filt):
        doc.storeToURL(uno.systemPathToFileUrl(path), (PropertyValue(Name="FilterName", Value=filt),))

    with lo.Office(os.path.join(build, "inkoopkpi.oxt")) as office:
        work = office.workdir("integrity")
        with lo.Session(office) as s:
            doc = s.load(template)
            sheet = doc.Sheets.getByIndex(0)
            # What the template may lack, so that every kind is compared.
            doc.NamedRanges.addNewByName("Norm_groen", "$%s.$B$3" % sheet.Name, CellAddress(0, 0, 0), 0)
            cell = sheet.getCellRangeByName("Z1")
            v = cell.Validation
            v.Type = uno.Enum("com.sun.star.sheet.ValidationType", "LIST")
            v.Formula1 = '"GROEN";"GEEL";"ROOD"'
            cell.Validation = v
            cf = cell.ConditionalFormat
            cf.addNew((PropertyValue(Name="Operator", Value=uno.Enum("com.sun.star.sheet.ConditionOperator", "EQUAL")),
                       PropertyValue(Name="Formula1", Value='"ROOD"'),
                       PropertyValue(Name="StyleName", Value="Bad")))
            cell.ConditionalFormat = cf
            cell.setString("GROEN")
            original = os.path.join(work, "original.ods")
            store(doc, original, "calc8")
            store(doc, os.path.join(work, "original.xlsx"), "Calc MS Excel 2007 XML")
            doc.close(True)
        for ext in ("ods", "xlsx"):
            r = subprocess.run([tool, original, os.path.join(work, "copy." + ext)], stderr=subprocess.PIPE, text=True)
            print("kpi_to_standard original.ods copy.%s: %s" % (ext, r.stderr.strip()))
            if r.returncode != 0:
                return 1
        office._give_to_user(work)
        failures = 0
        with lo.Session(office) as s:
            for ext in ("ods", "xlsx"):
                docs = [s.load(os.path.join(work, n + "." + ext)) for n in ("original", "copy")]
                for d in docs:
                    d.calculateAll()
                a, b = describe(docs[0]), describe(docs[1])
                diffs, rewritten = compare(a, b, ext)
                for line in diffs[:40]:
                    print("    FAIL " + line)
                counts = {k: sum(len(a[sh][k]) if isinstance(a[sh][k], (list, tuple)) else a[sh][k]
                                 for sh in a["sheets"]) for k in ("formatting", "conditional formats", "charts",
                                                                  "drawing objects")}
                cells = sum(len(row) for sh in a["sheets"] for row in a[sh]["formulas"])
                print("%s: %d sheets, %d cells, %d formatting runs, %d conditional formats, %d charts, "
                      "%d drawing objects, %d named ranges compared; %d add-in formulas rewritten; %d differences"
                      % (ext, len(a["sheets"]), cells, counts["formatting"], counts["conditional formats"],
                         counts["charts"], counts["drawing objects"], len(a["named ranges"]), rewritten,
                         len(diffs)))
                failures += len(diffs) + (0 if rewritten else 1)
                for d in docs:
                    d.close(True)
        for f in os.listdir(work):
            shutil.copy(os.path.join(work, f), outdir)
    print("document integrity: %d problems" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
