#!/usr/bin/python3
"""The template printed whole (File > Print, or export as PDF), as the
office lays it out: the Dashboard, Aanbesteding and Zelfevaluatie on one
page each; every list sheet one page wide, its pages numbered from 1 with
the sheet's name in the footer; the same page setup in the Excel workbook.

usage: test_template_print.py BUILD_DIR OUTDIR
"""
import glob
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
sys.path.insert(0, os.path.join(HERE, "..", "..", "templates"))
import lo  # noqa: E402
from dashboard_expect import failures, report  # noqa: E402

# Sheets printed on one page, by a text of their title; the others are lists.
ONE_PAGE = {"Dashboard": "Inkoop-KPI-dashboard", "Aanbesteding": "Aanbesteding:",
            "Zelfevaluatie": "Zelfevaluatie inkoop"}
LISTS = ["Register", "Metingen", "Leveranciers", "Spend", "Besparingen", "Matrix", "Uitleg"]


def check_pdf(pdf):
    footer = re.compile(r"^\s*(\S+)\s+pagina (\d+)\s*$", re.M)
    numbers = {}
    for i, text in enumerate(lo.pdf_page_texts(pdf), 1):
        found = footer.findall(text)
        if found:
            sheet, n = found[-1]
            numbers.setdefault(sheet, []).append(int(n))
            continue
        titled = [s for s, title in ONE_PAGE.items() if title in text]
        if len(titled) != 1:
            failures.append("page %d: neither a list page with a footer nor a one-page sheet" % i)
        else:
            numbers.setdefault(titled[0], []).append(1)
    for sheet in ONE_PAGE:
        if numbers.get(sheet) != [1]:
            failures.append("%s: printed on %d pages, expected one" % (sheet, len(numbers.get(sheet, []))))
    for sheet in LISTS:
        got = numbers.get(sheet, [])
        if not got or got != list(range(1, len(got) + 1)):
            failures.append("%s: page numbers %r, expected 1, 2, ... in the footer" % (sheet, got))
    print("printed: %d pages; %s" % (sum(len(v) for v in numbers.values()),
                                     ", ".join("%s %d" % (s, len(numbers.get(s, []))) for s in list(ONE_PAGE) + LISTS)))


def check_xlsx(path):
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if re.match(r"xl/worksheets/sheet\d+\.xml$", n)]
        setups = [z.read(n).decode("utf-8") for n in sheets]
    one = sum('fitToWidth="1" fitToHeight="1"' in s for s in setups)
    lists = sum('fitToWidth="1" fitToHeight="0"' in s and "pagina &amp;P" in s for s in setups)
    if (one, lists) != (len(ONE_PAGE), len(LISTS)):
        failures.append("%s: %d sheets fitted to one page and %d lists one page wide with page numbers, "
                        "expected %d and %d" % (os.path.basename(path), one, lists, len(ONE_PAGE), len(LISTS)))


def main():
    build, outdir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    template = glob.glob(os.path.join(build, "oxt-full", "templates", "*", "*.ots"))[0]
    with lo.Office(os.path.join(build, "inkoopkpi.oxt")) as office:
        pdf = office.convert(template, "pdf", outdir)
    check_pdf(pdf)
    check_xlsx(os.path.join(build, "inkoop-kpi-dashboard.xlsx"))
    return report("template printed")


if __name__ == "__main__":
    sys.exit(main())
