#!/usr/bin/python3
"""Memory check in the real office: headless LibreOffice under valgrind
memcheck computes every test page with the add-in, and no error or
definite leak may have a frame in our library.

usage: memcheck.py OXT OUTDIR

Prints valgrind's totals (the office's own findings included) and every
record that involves libinkoopkpi; exits 1 if there is one, or if the
pages did not compute correctly under valgrind.
"""
import csv
import glob
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
import lo  # noqa: E402
import pages  # noqa: E402

SKIP = {"spend_million_rows"}  # a million cells under valgrind takes too long for what it adds


def records(log):
    """valgrind's error and leak records: blocks of lines between blank lines."""
    text = open(log, encoding="utf-8", errors="replace").read()
    return [b for b in re.split(r"\n==\d+== \n", text) if b.strip()]


def main():
    oxt, outdir = sys.argv[1], os.path.abspath(sys.argv[2])
    os.makedirs(outdir, exist_ok=True)
    sources = [s for s in sorted(glob.glob(os.path.join(HERE, "cases", "*.cases")))
               if os.path.splitext(os.path.basename(s))[0] not in SKIP]
    logs = os.path.join(outdir, "valgrind")
    shutil.rmtree(logs, ignore_errors=True)
    os.makedirs(logs)
    os.chmod(logs, 0o777)
    with lo.Office(oxt) as office:
        work = office.workdir("memcheck")
        names = []
        for src in sources:
            name = os.path.splitext(os.path.basename(src))[0]
            data, cases = pages.parse(src)
            pages.write_fods(os.path.join(work, name + ".fods"), data, cases)
            names.append((name, len(cases)))
        office._give_to_user(work)
        # valgrind follows the soffice script to oosplash and soffice.bin: started
        # directly, soffice.bin lacks what oosplash sets up and finds no add-ins.
        tool = ["valgrind", "--tool=memcheck", "--trace-children=yes", "--trace-children-skip=*/java,*/gij",
                "--num-callers=40", "--leak-check=full", "--show-leak-kinds=definite",
                "--log-file=" + os.path.join(logs, "vg.%p.log")]
        if os.environ.get("MEMCHECK_WITHOUT_VALGRIND"):  # to tell valgrind's doing from the office's
            tool = []
        office.run(tool + [os.path.join(lo.PROGRAM, "soffice"), "--headless", "--norestore", office.env(),
                    "--convert-to", "csv", "--outdir", work]
                   + [os.path.join(work, n + ".fods") for n, _ in names], timeout=1800)
        failing = 0
        for name, count in names:
            with open(os.path.join(work, name + ".csv"), encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))[2:]
            bad = [r for r in rows if len(r) < 8 or r[7] != "1"]
            if bad:
                print("%s: %d failing, e.g. %s" % (name, len(bad), bad[0]))
            failing += len(bad) + abs(len(rows) - count)
    ours, totals = [], []
    for log in glob.glob(os.path.join(logs, "*.log")):
        for rec in records(log):
            if "ERROR SUMMARY" in rec or "definitely lost:" in rec:
                totals += [line.split("== ", 1)[-1] for line in rec.splitlines()
                           if "ERROR SUMMARY" in line or "definitely lost:" in line]
            elif ("Invalid" in rec or "definitely lost" in rec or "uninitialised" in rec) and \
                    ("libinkoopkpi" in rec or " kpi_" in rec):
                ours.append(rec)
    print("pages computed under valgrind: %d, failing cases: %d" % (len(names), failing))
    print("valgrind totals (whole office): " + "; ".join(totals))
    print("records involving the add-in: %d" % len(ours))
    for rec in ours:
        print(rec)
    return 1 if ours or failing else 0


if __name__ == "__main__":
    sys.exit(main())
