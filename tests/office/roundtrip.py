#!/usr/bin/python3
"""Round trip: every test page, saved by Calc as .ods and as .xlsx and
reopened (the profile recalculates on load), computes what it computed
before, and every case still checks out.

usage: roundtrip.py OXT OUTDIR
"""
import csv
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
import lo  # noqa: E402
import pages  # noqa: E402
from xlsx import tamper_xlsx  # noqa: E402

# The million-row page is about speed and size, not file formats.
SKIP = {"spend_million_rows"}


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def main():
    oxt, outdir = sys.argv[1], os.path.abspath(sys.argv[2])
    here = os.path.dirname(os.path.abspath(__file__))
    failures = 0
    with lo.Office(oxt) as office:
        for src in sorted(glob.glob(os.path.join(here, "cases", "*.cases"))):
            name = os.path.splitext(os.path.basename(src))[0]
            if name in SKIP:
                continue
            data, cases = pages.parse(src)
            fods = os.path.join(outdir, name + ".fods")
            os.makedirs(outdir, exist_ok=True)
            pages.write_fods(fods, data, cases)
            before = read_csv(office.convert(fods, "csv", os.path.join(outdir, "direct")))
            for fmt in ("ods", "xlsx"):
                saved = office.convert(fods, fmt, os.path.join(outdir, fmt))
                stale = tamper_xlsx(saved, "INKOOPKPI") if fmt == "xlsx" else 0
                after = read_csv(office.convert(saved, "csv", os.path.join(outdir, fmt + "-csv")))
                diffs = [(i + 1, a, b) for i, (a, b) in enumerate(zip(before, after)) if a[:8] != b[:8]]
                if len(before) != len(after):
                    diffs.append((0, len(before), len(after)))
                failing = [r for r in after[2:] if len(r) < 8 or r[7] != "1"]
                failures += len(diffs) + len(failing)
                print("%-22s %-4s %2d rows, %d differ, %d cases failing%s"
                      % (name, fmt, len(after) - 2, len(diffs), len(failing),
                         ", %d cached results overwritten before reopening" % stale if stale else ""))
                for row, a, b in diffs:
                    print("    row %s: before %s, after %s" % (row, a, b))
    print("round trip: %d problems" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
