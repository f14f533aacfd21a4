#!/usr/bin/python3
"""kpi_to_standard and the standard-function equivalents of the function
table, against the add-in itself.

usage: test_standard.py BUILD_DIR OUTDIR

Every test page (tests/office/cases/, nested.cases among them: every
function with nested and range arguments) is computed by Calc with the
add-in; then rewritten by kpi_to_standard, saved as .xlsx by an office
without the add-in, its cached results overwritten, and recomputed by
Gnumeric (ssconvert --recalc) and by Calc without the add-in (which reads
.xlsx with Excel's rules, e.g. text compared without regard to case).  For every
case: where the add-in gives a value the rewritten formula gives the same
value; where the add-in rejects the input (Err:502) it gives an error value.
Cases that only exist because of how Calc calls add-ins (Err:504: Calc
refuses the call, e.g. for an error inside a range) are left out.
"""
import csv
import glob
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
import lo  # noqa: E402
import pages  # noqa: E402
from xlsx import tamper_xlsx  # noqa: E402

ERROR_MARKS = ("Err:", "#")
# Where standard functions cannot follow the add-in, by design (README,
# "Mixing Calc and Excel"): reported, not failed.
KNOWN = {
    ("spend_under_contract", 19): "a no-word with spaces around it (' No ') counts as a contract",
    ("spend_under_contract", 24): "a no-word with spaces around it (' No ') counts as a contract",
    ("cost_avoidance", 15): "ranges of different shapes give a number, not an error",
    ("kpi_status", 32): "text that reads as a number counts as that number",
    ("kpi_status", 33): "text that reads as a number counts as that number",
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
        std = os.path.join(outdir, name + "-standard.fods")
        r = subprocess.run([tool, fods, std], stderr=subprocess.PIPE, text=True)
        if r.returncode == 2:
            print(r.stderr)
            return 1
        pages_.append((name, cases, fods, std, r.stderr.strip().splitlines()))

    with lo.Office(os.path.join(build, "inkoopkpi.oxt")) as office:
        addin = {n: column_f(office.convert(f, "csv", os.path.join(outdir, "addin"))) for n, _, f, _, _ in pages_}
    with lo.Office(None) as bare:  # no add-in; recalculates on load
        books = {n: bare.convert(s, "xlsx", os.path.join(outdir, "xlsx")) for n, _, _, s, _ in pages_}
        for book in books.values():
            tamper_xlsx(book)
        calc = {n: column_f(bare.convert(b, "csv", os.path.join(outdir, "calc"))) for n, b in books.items()}
    gnumeric = {}
    for n, book in books.items():
        out = os.path.join(outdir, "gnumeric", n + ".csv")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        subprocess.run(["ssconvert", "--recalc", book, out], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        gnumeric[n] = column_f(out)

    problems = 0
    for name, cases, _, _, messages in pages_:
        checked = 0
        for i, case in enumerate(cases):
            if case.expected == "Err:504":
                continue
            want = addin[name][i]
            for engine, got in (("calc", calc[name][i]), ("gnumeric", gnumeric[name][i])):
                if want.startswith(ERROR_MARKS):
                    ok = got.startswith(ERROR_MARKS)
                else:
                    ok = same(got, want)
                if not ok and (name, case.line_no) in KNOWN:
                    print("    known difference %s line %d, %s: %s (add-in %r, standard %r)"
                          % (name, case.line_no, engine, KNOWN[name, case.line_no], want, got))
                elif not ok:
                    problems += 1
                    print("    FAIL %s line %d (%s), %s: add-in %r, standard %r"
                          % (name, case.line_no, case.note, engine, want, got))
            checked += 1
        print("%-22s %2d cases compared; %s" % (name, checked, messages[-1] if messages else ""))
    print("standard equivalents: %d problems" % problems)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
