#!/usr/bin/python3
"""The main job after the build: install the .oxt into a throwaway profile,
compute the example dashboard that ships inside it, and write what a person
looks at into OUTDIR: the Dashboard sheet as PDF (A4 landscape), one CSV per
sheet (raw values), a PNG of the first page and of the printed Aanbesteding
and Zelfevaluatie sheets, the .oxt itself, and the
dashboard as an Excel workbook (.xlsx, .xltx) that computes without it.

usage: main_job.py BUILD_DIR OUTDIR
"""
import glob
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lo  # noqa: E402

# CSV: comma, double quotes, UTF-8, values not as shown, every sheet (-1).
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def main():
    build, outdir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    oxt = os.path.join(build, "inkoopkpi.oxt")
    template = glob.glob(os.path.join(build, "oxt-full", "templates", "*", "*.ots"))[0]
    os.makedirs(outdir, exist_ok=True)
    for old in glob.glob(os.path.join(outdir, "inkoop-kpi-dashboard*")):
        os.remove(old)
    src = os.path.join(outdir, "inkoop-kpi-dashboard.ots")
    shutil.copy(template, src)
    with lo.Office(oxt) as office:
        for line in office.list_extensions().splitlines():
            if "Identifier" in line or "Version" in line:
                print("installed: " + line.strip())
        # The Dashboard sheet is page 1; the lists print empty pages for the
        # lines they hold room for, which are not what a person looks at here.
        pdf = office.convert(src, 'pdf:calc_pdf_Export:{"PageRange":{"type":"string","value":"1"}}', outdir)
        office.convert(src, CSV_ALL_SHEETS, outdir)
        every = office.convert(src, "pdf", os.path.join(outdir, "all-pages"))
    os.remove(src)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf,
                    os.path.join(outdir, "inkoop-kpi-dashboard-page1")], check=True)
    # The tender and self-assessment sheets as printed: the page each starts on.
    for page, text in enumerate(lo.pdf_page_texts(every), 1):
        for title, name in (("Aanbesteding:", "aanbesteding"), ("Zelfevaluatie", "zelfevaluatie")):
            if text.lstrip().startswith(title):
                subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile",
                                every, os.path.join(outdir, "inkoop-kpi-%s" % name)], check=True)
    shutil.rmtree(os.path.join(outdir, "all-pages"))
    shutil.copy(oxt, outdir)
    for ext in ("xlsx", "xltx"):  # the workbook for Excel users, no add-in needed
        shutil.copy(os.path.join(build, "inkoop-kpi-dashboard." + ext), outdir)
    print("written to %s:" % outdir)
    for f in sorted(os.listdir(outdir)):
        print("  " + f)


if __name__ == "__main__":
    main()
