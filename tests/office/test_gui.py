#!/usr/bin/python3
"""What a person sees, in a real Calc window (GTK 3) on a virtual screen:
the Function Wizard on KPI_STATUS, the Extension Manager, the Template
Manager, and the dashboard template opened from it.

Asserts what can be asserted from outside: each window appears; the
extension reports an icon (default and high contrast); the document opened
from the Template Manager is the dashboard (a sheet "Dashboard") and no cell
shows an error.  The screenshots stay in OUTDIR for a person to look at
(the argument labels, the icon).

usage: test_gui.py OXT OUTDIR
"""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
import gui  # noqa: E402
import lo  # noqa: E402

IDENTIFIER = "org.inkoopkpi.calc"
ERROR_RESULT = 4  # com.sun.star.sheet.FormulaResult.ERROR
FORMULA = 16  # com.sun.star.sheet.CellFlags.FORMULA


def error_cells(doc):
    """Cells of doc whose formula shows an error."""
    bad = []
    for sheet in doc.Sheets:
        found = sheet.queryContentCells(FORMULA).Cells.createEnumeration()
        while found.hasMoreElements():
            c = found.nextElement()
            if c.FormulaResultType2 == ERROR_RESULT:
                bad.append("%s.%s: %s" % (sheet.Name, c.AbsoluteName.split(".")[-1], c.String))
    return bad


def main():
    oxt, outdir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    os.makedirs(outdir, exist_ok=True)
    for old in os.listdir(outdir):
        if old.endswith(".png"):
            os.remove(os.path.join(outdir, old))
    os.environ["SAL_USE_VCLPLUGIN"] = "gtk3"  # the toolkit whose mnemonics hid `_`
    problems = []

    def check(ok, what):
        print("%s %s" % ("ok  " if ok else "FAIL", what), flush=True)
        if not ok:
            problems.append(what)

    def open_window(title, keys, shot, width=None):
        """Presses keys in the Calc window; the window titled like title,
        photographed into shot, or None (photographed too, for a look)."""
        screen.focus(calc)
        time.sleep(1)
        screen.keys(*keys)
        try:
            found = screen.wait_for_window(title, timeout=30)
        except AssertionError:
            found = None
            names = [screen.xdotool("getwindowname", w, check=False).strip() for w in screen.windows(".")]
            print("     windows on the screen: %s" % sorted(set(n for n in names if n)))
        time.sleep(2)
        if found and width:
            # Without a window manager the wizard keeps a width too small
            # for its own content; a person's desktop lets it grow.
            screen.xdotool("windowsize", "--sync", found, str(width), "y", check=False)
            time.sleep(1)
        screen.shot(os.path.join(outdir, shot if found else "failed-" + shot))
        check(bool(found), "the window %r appears (%s)" % (title, " ".join(keys)))
        return found

    def close(window):
        # No window manager: keys go to the window that has the focus.
        if window:
            screen.focus(window)
            screen.keys("Escape")
            time.sleep(1)

    with gui.Screen() as screen:
        with lo.Office(oxt) as office, lo.Session(office, display=screen.display) as s:
            # The extension as the Extension Manager lists it, with its icons.
            manager = s.ctx.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
            ours = [e for ext in manager.getAllExtensions(None, None) for e in ext
                    if e is not None and e.Identifier.Value == IDENTIFIER]
            check(bool(ours) and ours[0].getIcon(False) is not None and ours[0].getIcon(True) is not None,
                  "the extension has an icon, default and high contrast")

            # A new spreadsheet, a KPI_STATUS call in A1, the Function Wizard on it.
            doc = s.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, ())
            calc = screen.wait_for_window("LibreOffice Calc")
            sheet = doc.Sheets.getByIndex(0)
            sheet.getCellByPosition(0, 0).Formula = "=KPI_STATUS(0.8;1;0.75)"
            check(sheet.getCellByPosition(0, 0).String == "GEEL", "KPI_STATUS(0.8;1;0.75) shows GEEL in the window")
            doc.CurrentController.select(sheet.getCellByPosition(0, 0))
            close(open_window("Function Wizard", ["ctrl+F2"], "1-function-wizard-kpi-status.png", 960))
            # Tools > Extension Manager: the extension with its icon.
            close(open_window("Extension", ["ctrl+alt+e"], "2-extension-manager.png"))
            # File > New > Templates: the Template Manager, then our template.
            templates = open_window("Templates", ["ctrl+shift+n"], "3-template-manager.png")
            if not templates:
                return 1
            screen.focus(templates)
            screen.type("Inkoop")
            time.sleep(2)
            screen.shot(os.path.join(outdir, "3-template-manager.png"))
            before = len(_components(s))
            # A double click on the first template shown (no keyboard path
            # reaches the view reliably): its place in the dialog.
            geometry = dict(line.split("=") for line in
                            screen.xdotool("getwindowgeometry", "--shell", templates).split())
            x, y = int(geometry["X"]) + 118, int(geometry["Y"]) + 94
            screen.xdotool("mousemove", "--sync", str(x), str(y), "click", "--repeat", "2", "--delay", "80", "1")
            opened = None
            for _ in range(60):
                docs = _components(s)
                if len(docs) > before:
                    opened = [d for d in docs if d is not None and d.supportsService(
                        "com.sun.star.sheet.SpreadsheetDocument") and d.Sheets.hasByName("Dashboard")]
                    if opened:
                        break
                time.sleep(0.5)
            check(bool(opened), "the template opens from the Template Manager with a sheet Dashboard")
            if opened:
                time.sleep(3)
                screen.shot(os.path.join(outdir, "4-dashboard-from-template.png"))
                bad = error_cells(opened[0])
                check(not bad, "no cell of the opened dashboard shows an error%s" % (": %s" % bad[:5] if bad else ""))
            for d in _components(s):
                try:
                    d.close(True)
                except Exception:
                    pass  # a dialog still open; the office is ended anyway

    shots = sorted(f for f in os.listdir(outdir) if f.endswith(".png"))
    print("screenshots in %s: %s" % (outdir, ", ".join(shots)))
    print("gui: %d problems" % len(problems))
    return 1 if problems else 0


def _components(s):
    found, docs = s.desktop.Components.createEnumeration(), []
    while found.hasMoreElements():
        docs.append(found.nextElement())
    return docs


if __name__ == "__main__":
    sys.exit(main())
