#!/usr/bin/python3
"""The dashboard for Excel users: the .xlsx built from the same template
source with standard functions only.  Checks that no add-in name is left in
it, then recomputes it with two engines that never saw the add-in, after
overwriting every cached result in the file: Gnumeric (ssconvert --recalc,
an independent spreadsheet engine) and LibreOffice without the extension.
Both must show the values computed by hand from the example data.

usage: test_workbook.py BUILD_DIR OUTDIR
"""
import os
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
import lo  # noqa: E402
from dashboard_expect import CSV_ALL_SHEETS, check_sheets, failures, read_sheets, report  # noqa: E402
from xlsx import tamper_xlsx  # noqa: E402


def main():
    build, outdir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    for ext in ("xlsx", "xltx"):
        src = os.path.join(build, "inkoop-kpi-dashboard." + ext)
        with zipfile.ZipFile(src) as z:
            text = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
        if "INKOOPKPI" in text.upper():
            failures.append("%s still names the add-in" % ext)
        formulas = text.count("<f")
        print("%s: %d formulas, no add-in names: %s" % (ext, formulas, "INKOOPKPI" not in text.upper()))

    book = os.path.join(outdir, "book.xlsx")
    shutil.copy(os.path.join(build, "inkoop-kpi-dashboard.xlsx"), book)
    print("cached results overwritten: %d" % tamper_xlsx(book))

    gnumeric = os.path.join(outdir, "gnumeric")
    os.makedirs(gnumeric)
    subprocess.run(["ssconvert", "-S", "--recalc", book, os.path.join(gnumeric, "book.%s.csv")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    check_sheets(read_sheets(gnumeric, "book", sep="."), "gnumeric")

    with lo.Office(None) as bare:  # no extension, recalculates on load
        calc = os.path.join(outdir, "calc")
        bare.convert(book, CSV_ALL_SHEETS, calc)
    check_sheets(read_sheets(calc, "book"), "calc without add-in")
    return report("Excel workbook (Gnumeric and Calc without the add-in)")


if __name__ == "__main__":
    sys.exit(main())
