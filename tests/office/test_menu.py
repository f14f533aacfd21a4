#!/usr/bin/python3
"""The menu command Tools > Inkoop KPI > Save a Copy for Excel... in a real
Calc window (Xvfb, the GUI office, xdotool), as a user would use it.

usage: test_menu.py BUILD_DIR OUTDIR [nl]

With nl the office's user interface is Dutch (its language pack installed)
and the command's dialogs must be too: their windows are found by the Dutch
title.

On the dashboard template (opened from the .ots, the add-in installed):
open the menu with the keyboard, choose the command, type a file name in
the save dialog, read the message.  Then: the .xlsx exists; HyperFormula
(tests/excel/recalc.js, Excel's formula semantics) recomputes it to the
values Calc with the add-in shows, sheet by sheet; the open document is
not modified and the template file is unchanged.  Screenshots of the menu
entry, the dialog and the message are left in OUTDIR.
"""
import csv
import glob
import hashlib
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import gui  # noqa: E402
import lo  # noqa: E402

# Per user-interface language: the command's dialog title and the keys that
# open the Tools menu (Dutch: Extra).
LANGUAGES = {"en": ("Save a copy for Excel", "alt+t"), "nl": ("Kopie voor Excel opslaan", "alt+x")}


def md5(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


def calc_values(doc):
    """Every sheet's used area as Calc shows it: numbers and texts."""
    out = {}
    for name in doc.Sheets.ElementNames:
        sh = doc.Sheets.getByName(name)
        cur = sh.createCursor()
        cur.gotoEndOfUsedArea(False)
        end = cur.RangeAddress
        out[name] = sh.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).getDataArray()
    return out


def hf_values(book, outdir):
    subprocess.run(["node", os.path.join(ROOT, "tests", "excel", "recalc.js"), book, outdir], check=True)
    out = {}
    for f in glob.glob(os.path.join(outdir, "*.csv")):
        with open(f, encoding="utf-8", newline="") as fp:
            out[os.path.splitext(os.path.basename(f))[0]] = list(csv.reader(fp))
    return out


def same(calc, hf):
    if isinstance(calc, float):
        try:
            return abs(calc - float(hf)) <= 1e-9 * max(1.0, abs(calc))
        except ValueError:
            return hf == "" and calc == 0.0
    return calc == hf


def session(office, screen):
    """A GUI office; its start is retried once (a busy machine may lose the first)."""
    try:
        return lo.Session(office, display=screen.display).__enter__()
    except RuntimeError:
        time.sleep(2)
        return lo.Session(office, display=screen.display).__enter__()


def new_window(screen, before, name, timeout=60):
    """A window titled like name that was not in before."""
    end = time.time() + timeout
    while time.time() < end:
        found = [w for w in screen.windows(name) if w not in before]
        if found:
            return found[-1]
        time.sleep(0.3)
    raise AssertionError("no new window titled like %r within %d s" % (name, timeout))


def main():
    build, outdir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    language = sys.argv[3] if len(sys.argv) > 3 else "en"
    title, tools_menu = LANGUAGES[language]
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    template = glob.glob(os.path.join(build, "oxt-full", "templates", "*", "*.ots"))[0]
    problems = []
    with gui.Screen() as screen, lo.Office(os.path.join(build, "inkoopkpi.oxt"),
                                                ui_language=None if language == "en" else language) as office:
        work = office.workdir("menu")
        src = os.path.join(work, "dashboard.ots")
        shutil.copy(template, src)
        target = os.path.join(work, "dashboard-excel.xlsx")
        office._give_to_user(work)
        before_sum = md5(src)
        s = session(office, screen)
        try:
            doc = s.load(src, hidden=False)
            window = screen.wait_for_window("Calc")
            screen.focus(window)
            time.sleep(2)
            expected = calc_values(doc)
            # Tools menu; from its first entry, up past Options, Customize...,
            # Extension Manager..., Development Tools and Macros to ours.
            screen.keys(tools_menu)
            time.sleep(1)
            screen.keys(*["Up"] * 6)
            screen.keys("Right")
            time.sleep(1)
            screen.shot(os.path.join(outdir, "menu-entry.png"))
            before = screen.windows(title)
            screen.keys("Return")
            dialog = new_window(screen, before, title)
            time.sleep(1.5)
            screen.shot(os.path.join(outdir, "save-dialog.png"))
            screen.focus(dialog)
            screen.keys("ctrl+a")
            screen.type(target)
            before = screen.windows(title)
            screen.keys("Return")
            box = new_window(screen, before, title, timeout=120)
            time.sleep(1)
            screen.shot(os.path.join(outdir, "message.png"))
            screen.focus(box)
            screen.keys("Return")
            time.sleep(1)
            if doc.isModified():
                problems.append("the open document is marked modified")
            doc.close(True)
        finally:
            s.__exit__(None, None, None)
        if md5(src) != before_sum:
            problems.append("the template file changed")
        if not os.path.exists(target):
            problems.append("no %s was written" % target)
        else:
            shutil.copy(target, outdir)
            got = hf_values(os.path.join(outdir, os.path.basename(target)), os.path.join(outdir, "hyperformula"))
            compared = 0
            for sheet, rows in expected.items():
                hrows = got.get(sheet)
                if hrows is None:
                    problems.append("sheet %s missing in the copy" % sheet)
                    continue
                for r, row in enumerate(rows):
                    for c, v in enumerate(row):
                        h = hrows[r][c] if r < len(hrows) and c < len(hrows[r]) else ""
                        compared += 1
                        if not same(v, h):
                            problems.append("%s R%dC%d: Calc with the add-in %r, HyperFormula %r"
                                            % (sheet, r + 1, c + 1, v, h))
            print("%d cells of %d sheets compared: Calc with the add-in vs HyperFormula on the saved .xlsx"
                  % (compared, len(expected)))
    for p in problems[:50]:
        print("    FAIL " + p)
    print("screenshots: %s" % ", ".join(sorted(f for f in os.listdir(outdir) if f.endswith(".png"))))
    print("menu command: %d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
