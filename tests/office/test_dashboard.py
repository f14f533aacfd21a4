#!/usr/bin/python3
"""The shipped dashboard template, computed in headless Calc with the .oxt
installed, against values computed here by hand from the example data
(templates/dashboard_data.py), not read back from the office.

usage: test_dashboard.py BUILD_DIR OUTDIR

Checks: every sheet computes and no cell shows an error; the example shows
GROEN, GEEL and ROOD; statuses, escalation levels, bonus/malus, spend under
contract, savings and ROI equal the hand-computed values; the template is on
the office's template path after installing; saved as .xlsx by Calc, the
dashboard keeps its computed values (read by an office without the add-in
that never recalculates).
"""
import glob
import os
import subprocess
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
import lo  # noqa: E402
from dashboard_expect import (CSV_ALL_SHEETS, check_sheets, check_values, failures,  # noqa: E402
                              read_sheets, report)


def main():
    build, outdir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    oxt = os.path.join(build, "inkoopkpi.oxt")
    template = glob.glob(os.path.join(build, "oxt-full", "templates", "*", "*.ots"))[0]
    os.makedirs(outdir, exist_ok=True)
    base = "dashboard"
    src = os.path.join(outdir, base + ".ots")
    with open(template, "rb") as f, open(src, "wb") as g:
        g.write(f.read())

    with lo.Office(oxt) as office:
        office.convert(src, CSV_ALL_SHEETS, outdir)
        pdf = office.convert(src, "pdf", outdir)
        xlsx = office.convert(src, "xlsx", outdir)
        with lo.Session(office) as session:
            paths = session.smgr.createInstanceWithContext("com.sun.star.util.PathSettings",
                                                           session.ctx).Template.split(";")
            expander = session.ctx.getValueByName("/singletons/com.sun.star.util.theMacroExpander")
            files = session.smgr.createInstanceWithContext("com.sun.star.ucb.SimpleFileAccess",
                                                           session.ctx)
            listed = []
            for p in paths:
                if p.startswith("vnd.sun.star.expand:"):
                    p = expander.expandMacros(urllib.parse.unquote(p[len("vnd.sun.star.expand:"):]))
                if "inkoopkpi" in p and files.isFolder(p):
                    for group in files.getFolderContents(p, True):
                        listed += [x for x in files.getFolderContents(group, False) if x.endswith(".ots")]
            print("template path holds: %s" % listed)
            if not any(x.endswith("Inkoop%20KPI/Inkoop-KPI-dashboard.ots") for x in listed):
                failures.append("the dashboard is not on the office's template path")

    # Printed, the template's first page is the whole dashboard on A4 landscape
    # (a page style without explicit header/footer once printed blank pages).
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", pdf, "-"],
                           stdout=subprocess.PIPE, text=True).stdout
    for text in ("Inkoop-KPI-dashboard", "Status per thema", "Kerncijfers", "GROEN", "ROOD"):
        if text not in first:
            failures.append("page 1 of the printed dashboard lacks %r" % text)
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "1", pdf], stdout=subprocess.PIPE, text=True).stdout
    size = [x for x in info.splitlines() if x.startswith("Page    1 size")]
    w, h = (float(v) for v in size[0].split(":")[1].split("pts")[0].split(" x ")) if size else (0, 0)
    if not (size and "(A4)" in size[0] and w > h):
        failures.append("page 1 is not A4 landscape: %s" % size)

    sheets = read_sheets(outdir, base)
    check_sheets(sheets, "ots")

    # The .xlsx that Calc wrote, read back by an office without the add-in
    # that never recalculates: the values must be the ones Calc computed.
    with lo.Office(None, recalc_on_load=False) as bare:
        xdir = os.path.join(outdir, "xlsx")
        bare.convert(xlsx, CSV_ALL_SHEETS, xdir)
    check_values(read_sheets(xdir, base), "xlsx")

    cells = sum(len(r) for rows in sheets.values() for r in rows)
    return report("dashboard: %d sheets, %d cells" % (len(sheets), cells))


if __name__ == "__main__":
    sys.exit(main())
