#!/usr/bin/python3
"""Compute every test page in a headless office with the .oxt installed.

usage: run_pages.py OXT OUTDIR [--locale LOCALE] [CASES...]

Each tests/office/cases/*.cases becomes OUTDIR/NAME.fods (kept for a look),
is computed by LibreOffice and exported to CSV; every case row must show 1
in its check column.  Prints one line per page and each failing case.
--locale sets the office's locale (e.g. nl-NL: a decimal comma).
"""
import csv
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
import lo  # noqa: E402
import pages  # noqa: E402


def main():
    oxt, outdir, rest = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3:]
    locale = None
    if rest[:1] == ["--locale"]:
        locale, rest = rest[1], rest[2:]
    here = os.path.dirname(os.path.abspath(__file__))
    sources = rest or sorted(glob.glob(os.path.join(here, "cases", "*.cases")))
    os.makedirs(outdir, exist_ok=True)
    failures = total = 0
    with lo.Office(oxt, locale=locale) as office:
        for src in sources:
            name = os.path.splitext(os.path.basename(src))[0]
            data, cases = pages.parse(src)
            fods = os.path.join(outdir, name + ".fods")
            pages.write_fods(fods, data, cases)
            out = office.convert(fods, "csv", outdir)
            with open(out, encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))[2:]
            bad = [r for r in rows if len(r) < 9 or r[7] != "1"]
            if len(rows) != len(cases):
                bad.append(["", "", "", "", "", "", "", "", "page has %d rows, expected %d" % (len(rows), len(cases))])
            total += len(cases)
            failures += len(bad)
            print("%-24s %3d cases, %d failing" % (name, len(cases), len(bad)))
            for r in bad:
                print("    FAIL %s: got %r, expected %r" % (r[-1], r[5] if len(r) > 5 else "", r[6] if len(r) > 6 else ""))
    print("office pages: %d cases, %d failing" % (total, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
