#!/usr/bin/python3
"""kpi_to_standard and the standard-function equivalents of the function
table, against the add-in itself, in every engine a copy may land in.

usage: test_standard.py BUILD_DIR OUTDIR

Every test page (tests/office/cases/, nested.cases among them: every
function with nested and range arguments) is computed by Calc with the
add-in; then kpi_to_standard writes a copy as .fods and as .xlsx, and the
copies are recomputed by four engines without the add-in:

  calc-odf   Calc on the ODF copy (text compared case-sensitively, as in
             every ODF document without table:case-sensitive="false")
  calc-xlsx  Calc on the .xlsx copy (Excel's rules: case ignored)
  gnumeric   ssconvert --recalc on the .xlsx copy
  excel      HyperFormula (tests/excel/recalc.js) on the .xlsx copy: an
             engine with Excel's semantics

The .xlsx's cached results are overwritten first, so only a real
recalculation passes.  For every case: where the add-in gives a value the
copy gives the same value; where the add-in rejects the input (Err:502) it
gives an error value.  Cases that only exist because of how Calc calls
add-ins (Err:504: Calc refuses the call) are left out.  A difference is a
failure unless it is listed in KNOWN with its cause, and that cause is
written in docs/FUNCTIONS-REFERENCE.md.
"""
import csv
import glob
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import lo  # noqa: E402
import pages  # noqa: E402
from xlsx import tamper_xlsx  # noqa: E402

ENGINES = ("calc-odf", "calc-xlsx", "gnumeric", "excel")
ERROR_MARKS = ("Err:", "#")
# Where standard functions cannot follow the add-in, by design; each cause
# is in the function reference ("Where the equivalent differs").
# (page, line): (engines, cause)
HF_BLOCK = "HyperFormula reads COLUMN() of a range as its first column: a block of years gives #VALUE! (TCO's rules)"
KNOWN = {
    ("kpi_status", 35): (("excel",), "HyperFormula's comparisons allow a relative tolerance of 1e-13"),
    ("tco", 23): (("excel",), HF_BLOCK), ("tco", 24): (("excel",), HF_BLOCK), ("tco", 32): (("excel",), HF_BLOCK),
}
SKIP_PAGES = {"spend_million_rows"}  # a million SUMPRODUCT terms: too slow for Gnumeric here


def column_f(path):
    with open(path, encoding="utf-8", newline="") as f:
        return [(r[5] if len(r) > 5 else "") for r in list(csv.reader(f))[2:]]


def same(a, b):
    try:
        return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))
    except ValueError:
        return a == b


def excel_engine(book, outdir):
    """HyperFormula's values of the sheet 'cases'."""
    subprocess.run(["node", os.path.join(ROOT, "tests", "excel", "recalc.js"), book, outdir], check=True)
    return column_f(os.path.join(outdir, "cases.csv"))


def main():
    build, outdir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    tool = os.path.join(build, "kpi_to_standard")
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    sources = [s for s in sorted(glob.glob(os.path.join(HERE, "cases", "*.cases")))
               if os.path.splitext(os.path.basename(s))[0] not in SKIP_PAGES]
    pages_ = []
    for src in sources:
        name = os.path.splitext(os.path.basename(src))[0]
        data, cases = pages.parse(src)
        fods = os.path.join(outdir, name + ".fods")
        pages.write_fods(fods, data, cases)
        copies = {}
        for ext in ("fods", "xlsx"):
            copies[ext] = os.path.join(outdir, "%s-standard.%s" % (name, ext))
            r = subprocess.run([tool, fods, copies[ext]], stderr=subprocess.PIPE, text=True)
            if r.returncode == 2:
                print(r.stderr)
                return 1
        tamper_xlsx(copies["xlsx"])
        pages_.append((name, cases, fods, copies, r.stderr.strip().splitlines()))

    with lo.Office(os.path.join(build, "inkoopkpi.oxt")) as office:
        addin = {n: column_f(office.convert(f, "csv", os.path.join(outdir, "addin"))) for n, _, f, _, _ in pages_}
    results = {e: {} for e in ENGINES}
    with lo.Office(None) as bare:  # no add-in; recalculates on load
        for n, _, _, c, _ in pages_:
            results["calc-odf"][n] = column_f(bare.convert(c["fods"], "csv", os.path.join(outdir, "calc-odf")))
            results["calc-xlsx"][n] = column_f(bare.convert(c["xlsx"], "csv", os.path.join(outdir, "calc-xlsx")))
    for n, _, _, c, _ in pages_:
        out = os.path.join(outdir, "gnumeric", n + ".csv")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        subprocess.run(["ssconvert", "--recalc", c["xlsx"], out], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        results["gnumeric"][n] = column_f(out)
        results["excel"][n] = excel_engine(c["xlsx"], os.path.join(outdir, "excel", n))

    problems = 0
    tally = {e: {"values": 0, "errors": 0, "known": 0, "wrong": 0} for e in ENGINES}
    for name, cases, _, _, messages in pages_:
        checked = 0
        for i, case in enumerate(cases):
            if case.expected == "Err:504":
                continue
            want = addin[name][i]
            for engine in ENGINES:
                got = results[engine][name][i]
                error = want.startswith(ERROR_MARKS)
                ok = got.startswith(ERROR_MARKS) if error else same(got, want)
                known = KNOWN.get((name, case.line_no))
                if ok:
                    tally[engine]["errors" if error else "values"] += 1
                elif known and engine in known[0]:
                    tally[engine]["known"] += 1
                    print("    known difference %s line %d, %s: %s (add-in %r, standard %r)"
                          % (name, case.line_no, engine, known[1], want, got))
                else:
                    tally[engine]["wrong"] += 1
                    problems += 1
                    print("    FAIL %s line %d (%s), %s: add-in %r, standard %r"
                          % (name, case.line_no, case.note, engine, want, got))
            checked += 1
        print("%-22s %2d cases compared; %s" % (name, checked, messages[-1] if messages else ""))
    print("%-10s %s" % ("engine", "equal values / errors where the add-in gives Err:502 / known differences / wrong"))
    for e in ENGINES:
        t = tally[e]
        print("%-10s %d / %d / %d / %d" % (e, t["values"], t["errors"], t["known"], t["wrong"]))
    print("standard equivalents: %d problems" % problems)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
