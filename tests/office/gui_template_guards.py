#!/usr/bin/python3
"""The template's guards in front of a person: a real Calc window (Xvfb),
keys typed with xdotool.  Opens the template as File > New does, then

1. types 5 as the quarter on the Dashboard: the rule's message must appear
   and the quarter must stay what it was;
2. types over a computed cell (a KPI status): the office's protection
   message must appear and the formula must stay.

Screenshots of both messages are kept in OUTDIR for a person to look at.

usage: gui_template_guards.py BUILD_DIR OUTDIR
"""
import glob
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
sys.path.insert(0, HERE)
import gui  # noqa: E402
import lo  # noqa: E402
from dashboard_expect import failures, report  # noqa: E402



def dialog(screen, calc, timeout=20):
    """The id of a window that appeared besides the document's."""
    end = time.time() + timeout
    while time.time() < end:
        others = [w for w in screen.windows("") if w != calc and screen.xdotool("getwindowname", w).strip()
                  and "LibreOffice Calc" not in screen.xdotool("getwindowname", w)]
        if others:
            return others[-1]
        time.sleep(0.3)
    return None


def type_into(screen, calc, doc, sheet, ref, text, shot, want_title):
    sh = doc.Sheets.getByName(sheet)
    doc.CurrentController.setActiveSheet(sh)
    doc.CurrentController.select(sh.getCellRangeByName(ref))
    screen.focus(calc)
    time.sleep(0.5)
    screen.type(text)
    screen.keys("Return")
    box = dialog(screen, calc)
    time.sleep(0.8)  # let it draw
    screen.shot(shot)
    title = screen.xdotool("getwindowname", box).strip() if box else None
    print("typed %r into %s.%s: message window %r, screenshot %s" % (text, sheet, ref, title, shot))
    if not box:
        failures.append("typing %r into %s.%s showed no message" % (text, sheet, ref))
    elif want_title and want_title not in title:
        failures.append("the message for %s.%s is titled %r, not %r" % (sheet, ref, title, want_title))
    if box:
        screen.focus(box)
        screen.keys("Escape")  # close the message (Cancel: the entry is dropped)
        time.sleep(0.5)
    screen.focus(calc)
    screen.keys("Escape")
    time.sleep(0.5)


def main():
    build, outdir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    os.makedirs(outdir, exist_ok=True)
    template = glob.glob(os.path.join(build, "oxt-full", "templates", "*", "*.ots"))[0]
    with gui.Screen() as screen, lo.Office(os.path.join(build, "inkoopkpi.oxt")) as office, \
            lo.Session(office, display=screen.display) as session:
        print(lo.office_version())
        doc = session.load(template, hidden=False)
        calc = screen.wait_for_window("LibreOffice Calc")
        time.sleep(2)
        dash = doc.Sheets.getByName("Dashboard")
        before = dash.getCellRangeByName("B2").getValue()
        type_into(screen, calc, doc, "Dashboard", "B2", "5", os.path.join(outdir, "quarter-5-refused.png"),
                  "Kwartaal")
        after = dash.getCellRangeByName("B2").getValue()
        print("Dashboard.B2 before %g, after %g" % (before, after))
        if after != before:
            failures.append("the quarter changed from %g to %g" % (before, after))

        cell = doc.Sheets.getByName("Metingen").getCellRangeByName("G4")
        formula = cell.getFormula()
        type_into(screen, calc, doc, "Metingen", "G4", "GROEN", os.path.join(outdir, "formula-cell-refused.png"),
                  None)
        if cell.getFormula() != formula:
            failures.append("typing over Metingen.G4 replaced its formula by %r" % cell.getFormula())
        doc.close(True)
    return report("template guards in a Calc window")


if __name__ == "__main__":
    sys.exit(main())
