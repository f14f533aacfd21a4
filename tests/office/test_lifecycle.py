#!/usr/bin/python3
"""Documents through the extension's life cycle, in one profile as a person
would live it.  The test pages (every function) and the dashboard template
are computed with the extension and saved as .ods: their formulas and
values are the reference.

1. missing: an office WITHOUT the extension opens the saved documents,
   recalculates (its values turn into errors) and saves them; once the
   extension is back they hold the same formulas and compute the same values.
2. update: `unopkg add` of a newer build (a higher version) over the
   installed one replaces it: `unopkg list` shows that one version alone,
   and the documents compute the same.
3. removed: after `unopkg remove` the dashboard shows its last values,
   every cell.  On the test pages, whose cells have no style, Calc
   recalculates a number result on load to give it a number format (and
   every error result), so a call there shows its last value or #NAME?
   (Calc's own handling of a function it does not know); a text result
   keeps its value.  Saved then and reopened with the extension back,
   every document has its formulas and computes the same.

The profile never recalculates on load, as a person's office by default:
the test recalculates where a person would (Data > Calculate > Recalculate
Hard) and looks at the stored values elsewhere.

usage: test_lifecycle.py OXT OUTDIR
"""
import glob
import os
import re
import shutil
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
import lo  # noqa: E402
import pages  # noqa: E402

IDENTIFIER = "org.inkoopkpi.calc"
SKIP = {"spend_million_rows"}  # about size, not life cycle
FORMULA = 16  # com.sun.star.sheet.CellFlags.FORMULA
TEXT_RESULT = 2  # com.sun.star.sheet.FormulaResult.STRING


def newer_build(oxt, outdir):
    """The same extension with its version raised by one in the last place."""
    with zipfile.ZipFile(oxt) as z:
        desc = z.read("description.xml").decode("utf-8")
        version = re.search(r'<version value="([\d.]+)"', desc).group(1)
        parts = version.split(".")
        newer = ".".join(parts[:-1] + [str(int(parts[-1]) + 1)])
        path = os.path.join(outdir, "inkoopkpi-%s.oxt" % newer)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for item in z.infolist():
                data = z.read(item.filename)
                if item.filename == "description.xml":
                    data = desc.replace('<version value="%s"' % version,
                                        '<version value="%s"' % newer).encode("utf-8")
                out.writestr(item, data)
    return path, version, newer


def formula_cells(doc):
    """(sheet, cell) -> (formula, shown text) for every formula cell; the
    cells whose result is text are listed under the key "text"."""
    cells, text = {}, set()
    for sheet in doc.Sheets:
        found = sheet.queryContentCells(FORMULA).Cells.createEnumeration()
        while found.hasMoreElements():
            c = found.nextElement()
            a = c.CellAddress
            cells[(sheet.Name, a.Row, a.Column)] = (c.Formula, c.String)
            if c.FormulaResultType2 == TEXT_RESULT:
                text.add((sheet.Name, a.Row, a.Column))
    cells["text"] = text
    return cells


def open_all(session, docs, recalc):
    """{name: formula cells} of each document as the office shows it."""
    shown = {}
    for name, path in docs.items():
        doc = session.load(path)
        if recalc:
            doc.calculateAll()
        shown[name] = formula_cells(doc)
        doc.close(True)
    return shown


def save_all(session, docs, outdir, recalc):
    """Each document opened and saved as .ods into outdir (recalculated first
    if asked); returns the saved paths."""
    import uno
    from com.sun.star.beans import PropertyValue
    saved = {}
    for name, path in docs.items():
        doc = session.load(path)
        if recalc:
            doc.calculateAll()
        saved[name] = os.path.join(outdir, name + ".ods")
        doc.storeToURL(uno.systemPathToFileUrl(saved[name]), (PropertyValue(Name="FilterName", Value="calc8"),))
        doc.close(True)
    return saved


def compare(step, reference, shown):
    """Problems where shown differs from the reference (formulas, values)."""
    problems = []
    for name, cells in reference.items():
        got = shown.get(name, {})
        for key, (formula, text) in sorted((k, v) for k, v in cells.items() if k != "text"):
            f, t = got.get(key, (None, None))
            if f != formula:
                problems.append("%s: %s %s: formula %r, was %r" % (step, name, key, f, formula))
            if t != text:
                problems.append("%s: %s %s %s: shows %r, was %r" % (step, name, key, formula, t, text))
    return problems


def compare_removed(reference, shown, strict):
    """Problems in what the documents show while the extension is removed:
    in the documents named in strict every cell its last value; elsewhere
    each call its last text, or #NAME? where it gave a number or an error.
    Returns (problems, calls showing #NAME?)."""
    problems, names = [], 0
    for name, cells in reference.items():
        for key, (formula, text) in sorted((k, v) for k, v in cells.items() if k != "text"):
            if name not in strict and not any(f + "(" in formula for f in pages.KPI_FUNCTIONS):
                continue  # the office recalculates what depends on a #NAME?
            t = shown[name].get(key, (None, None))[1]
            if t == "#NAME?" and key not in cells["text"] and name not in strict:
                names += 1
            elif t != text:
                problems.append("3 removed, opened: %s %s %s: shows %r, was %r" % (name, key, formula, t, text))
    return problems, names


def installed(office):
    """Versions of our extension that `unopkg list` shows."""
    out = office.list_extensions()
    return re.findall(r'Identifier: %s\s+Version: (\S+)' % re.escape(IDENTIFIER), out)


def main():
    oxt, outdir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    here = os.path.dirname(os.path.abspath(__file__))
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    sources = {}
    for src in sorted(glob.glob(os.path.join(here, "cases", "*.cases"))):
        name = os.path.splitext(os.path.basename(src))[0]
        if name not in SKIP:
            data, cases = pages.parse(src)
            sources[name] = os.path.join(outdir, name + ".fods")
            pages.write_fods(sources[name], data, cases)
    # The dashboard as a person starts it: a new document from the template.
    template = glob.glob(os.path.join(os.path.dirname(oxt), "oxt-full", "templates", "*", "*.ots"))[0]
    sources["dashboard"] = os.path.join(outdir, "dashboard.ots")
    shutil.copy(template, sources["dashboard"])
    problems = []

    with lo.Office(oxt, recalc_on_load=False) as office, lo.Office(None, recalc_on_load=False) as bare:
        # The reference: every page computed with the extension, saved as .ods.
        with lo.Session(office) as s:
            saved = save_all(s, sources, office.workdir("with"), recalc=True)
            reference = open_all(s, saved, recalc=True)
        cells = sum(len(c) - 1 for c in reference.values())
        used = {f for f in pages.KPI_FUNCTIONS
                if any(f + "(" in v[0] for c in reference.values() for k, v in c.items() if k != "text")}
        failing = [(n, k, v) for n, c in reference.items() for k, v in c.items()
                   if k != "text" and k[0] == "cases" and k[2] == 7 and v[1] != "1"]
        for f in sorted(set(pages.KPI_FUNCTIONS) - used):
            problems.append("no document uses %s" % f)
        for n, k, v in failing:
            problems.append("reference: %s %s checks %r, not 1" % (n, k, v[1]))
        print("reference: %d documents, %d formula cells, %d of %d functions used"
              % (len(reference), cells, len(used), len(pages.KPI_FUNCTIONS)))

        # 1. Saved by an office without the extension, then computed with it again.
        with lo.Session(bare) as s:
            missing = save_all(s, saved, bare.workdir("without"), recalc=True)
            errors = sum(1 for c in open_all(s, missing, recalc=False).values()
                         for k, v in c.items() if k != "text" and (v[1].startswith("#") or v[1].startswith("Err:")))
        with lo.Session(office) as s:
            step = compare("1 saved without the extension", reference, open_all(s, missing, recalc=True))
        if not errors:
            step.append("1: the office without the extension computed no errors: was it without it?")
        print("1 saved without the extension (%d cells showed errors there), computed with it: %d problems"
              % (errors, len(step)))
        problems += step

        # 2. A newer build over the installed one.
        newer, old_version, new_version = newer_build(oxt, office.workdir("newer"))
        office.run([os.path.join(lo.PROGRAM, "unopkg"), "add", "-s", office.env(), newer])
        versions = installed(office)
        step = [] if versions == [new_version] else [
            "2 update: unopkg list shows %s, expected %s alone" % (versions, new_version)]
        with lo.Session(office) as s:
            step += compare("2 updated", reference, open_all(s, saved, recalc=True))
        print("2 update %s -> %s: installed %s, %d problems" % (old_version, new_version, versions, len(step)))
        problems += step

        # 3. Removed: last values shown; saved, and computed once it is back.
        office.run([os.path.join(lo.PROGRAM, "unopkg"), "remove", office.env(), IDENTIFIER])
        step = ["3 remove: unopkg list still shows %s" % v for v in installed(office)]
        with lo.Session(office) as s:
            shown, names = compare_removed(reference, open_all(s, saved, recalc=False), {"dashboard"})
            step += shown
            resaved = save_all(s, saved, office.workdir("removed"), recalc=False)
        office.run([os.path.join(lo.PROGRAM, "unopkg"), "add", "-s", office.env(), oxt])
        with lo.Session(office) as s:
            step += compare("3 saved while removed, extension back", reference,
                            open_all(s, resaved, recalc=True))
        board = len(reference["dashboard"]) - 1
        print("3 removed: the dashboard's %d formula cells show their last values, on the test pages "
              "%d numbers or errors show #NAME?; saved, reopened with the extension back: %d problems"
              % (board, names, len(step)))
        problems += step

    for p in problems[:40]:
        print("    FAIL " + p)
    print("life cycle: %d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
