#!/usr/bin/python3
"""A real year's data in the shipped template: lines pasted below the
example, the way an export is pasted (no rows inserted), into every list,
recalculated by Calc with the extension; every share and total checked
against values computed here over all lines, with the rules written again
in Python (dashboard_expect.py).

usage: test_template_lines.py BUILD_DIR [SPEND_LINES]

Spend gets SPEND_LINES lines (default 30,000) in blocks with empty rows
between them, credit notes, contract references in every form the function
knows (no-words in any case with spaces around them) and a category that is
not in the category table (it counts in the total only).  Savings,
suppliers and KPIs with their measurements get lines below the example too.
"""
import glob
import os
import random
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
import lo  # noqa: E402
from dashboard_expect import (D, bonus_malus, check, escalation, report, spend_share,  # noqa: E402
                              status)
import build_dashboard as B  # noqa: E402  (where the lists are, not what they compute)

REFS = ["C-2026-%03d" % n for n in range(40)] + ["", "nee", " Nee ", "NO", "n", "-", "onwaar", "False", "0"]


def spend_lines(rnd, n):
    cats = D.CATEGORIES + ["Overig"]
    return [("Leverancier %d" % rnd.randrange(900), rnd.choice(cats),
             float(rnd.randrange(-2000, 60000)) if rnd.random() > 0.02 else float(rnd.randrange(-900, 0)),
             rnd.choice(REFS)) for _ in range(n)]


def paste_blocks(sheet, first_row, lines, rnd):
    """Pastes `lines` (tuples) from first_row (1-based) down in blocks of
    random size with 1-3 empty rows between them; returns the last row."""
    row, i = first_row, 0
    while i < len(lines):
        block = lines[i:i + rnd.randrange(500, 5000)]
        last = row + len(block) - 1
        sheet.getCellRangeByPosition(0, row - 1, len(block[0]) - 1, last - 1).setDataArray(tuple(block))
        row = last + 1 + rnd.randrange(1, 4)
        i += len(block)
    return last


def value(sheet, ref):
    """A cell's number, or its text ("" when empty), or "error N"."""
    c = sheet.getCellRangeByName(ref)
    if c.getError():
        return "error %d" % c.getError()
    kind = c.getType().value
    if kind == "EMPTY":
        return ""
    if kind == "TEXT" or (kind == "FORMULA" and c.FormulaResultType2 == 2):  # FormulaResult.STRING
        return c.getString()
    return c.getValue()


def main():
    build = os.path.abspath(sys.argv[1])
    n_spend = int(sys.argv[2]) if len(sys.argv) > 2 else 30000
    rnd = random.Random(2026)
    template = glob.glob(os.path.join(build, "oxt-full", "templates", "*", "*.ots"))[0]
    spend = list(D.SPEND) + spend_lines(rnd, n_spend)
    savings = list(D.SAVINGS) + [("Regel %d" % k, float(rnd.randrange(100, 3000)), float(rnd.randrange(80, 3000)),
                                  float(rnd.randrange(80, 3000)), float(rnd.randrange(1, 400)))
                                 for k in range(1500)]
    suppliers = list(D.SUPPLIERS) + [("Leverancier %d" % k, "Onderhoud", round(rnd.uniform(1, 5), 1),
                                      rnd.randrange(0, 6), rnd.randrange(1, 5)) for k in range(200)]
    themes = D.THEMES
    kpis = list(D.KPIS) + [(rnd.choice(themes), "Factor %d" % k, "Extra KPI %d" % k, "proces", "%", 0.9, 0.7,
                            "", "", "", [round(rnd.uniform(0.5, 1), 2) for _ in range(3)] + [None])
                           for k in range(40)]

    with lo.Office(os.path.join(build, "inkoopkpi.oxt")) as office, lo.Session(office) as session:
        print(lo.office_version())
        doc = session.load(template)  # a new document from the template, as File > New does
        sheets = doc.Sheets
        first_new = B.SPEND_FIRST + len(D.SPEND)
        last = paste_blocks(sheets.getByName("Spend"), first_new, spend[len(D.SPEND):], rnd)
        sav = sheets.getByName("Besparingen")
        sav.getCellRangeByPosition(0, B.SAVINGS_FIRST - 1 + len(D.SAVINGS), 4,
                                   B.SAVINGS_FIRST - 2 + len(savings)).setDataArray(
            tuple(savings[len(D.SAVINGS):]))
        sup = sheets.getByName("Leveranciers")
        sup.getCellRangeByPosition(0, B.SUPPLIER_FIRST - 1 + len(D.SUPPLIERS), 4,
                                   B.SUPPLIER_FIRST - 2 + len(suppliers)).setDataArray(
            tuple(s[:5] for s in suppliers[len(D.SUPPLIERS):]))
        reg, met = sheets.getByName("Register"), sheets.getByName("Metingen")
        new = kpis[len(D.KPIS):]
        top = B.KPI_FIRST - 1 + len(D.KPIS)
        reg.getCellRangeByPosition(0, top, 9, top + len(new) - 1).setDataArray(
            tuple(tuple(k[:10]) for k in new))
        met.getCellRangeByPosition(2, top, 5, top + len(new) - 1).setDataArray(
            tuple(tuple("" if v is None else v for v in k[10]) for k in new))
        start = time.perf_counter()
        doc.calculateAll()
        took = time.perf_counter() - start
        print("pasted: %d spend lines (last on row %d), %d savings lines, %d suppliers, %d KPIs; "
              "calculateAll %.2f s" % (len(spend), last, len(savings), len(suppliers), len(kpis), took))

        sp = sheets.getByName("Spend")
        check("Spend: last line found", value(sp, "H3"), float(last))
        checked = 0
        for i, cat in enumerate(D.CATEGORIES):
            lines = [x for x in spend if x[1] == cat]
            r = B.SPEND_FIRST + i
            check("Spend G%d (%s)" % (r, cat), value(sp, "G%d" % r), float(sum(x[2] for x in lines)))
            check("Spend H%d (%s)" % (r, cat), value(sp, "H%d" % r), spend_share(lines))
            checked += 2
        t = B.SPEND_TOTAL_ROW
        check("Spend total G%d" % t, value(sp, "G%d" % t), float(sum(x[2] for x in spend)))
        check("Spend total H%d" % t, value(sp, "H%d" % t), spend_share(spend))
        dash = sheets.getByName("Dashboard")
        key = 5 + B.DASH_KPIS + 1 + B.THEME_ROWS + 2
        check("Dashboard spend under contract", value(dash, "C%d" % (key + 1)), spend_share(spend))
        checked += 3

        avoid = float(sum((c - low) * v for _, c, low, _, v in savings))
        red = float(sum((c - paid) * v for _, c, _, paid, v in savings))
        check("Besparingen cost avoidance", value(sav, "J5"), avoid)
        check("Besparingen cost reduction", value(sav, "J6"), red)
        check("Besparingen ROI", value(sav, "J8"), (avoid + red) / D.FUNCTION_COST)
        check("Dashboard cost avoidance", value(dash, "C%d" % (key + 2)), avoid)
        checked += 4
        for k, (_, c, low, paid, v) in enumerate(savings[:B.SAVINGS_ROWS]):  # a result per line
            r = B.SAVINGS_FIRST + k
            check("Besparingen F%d" % r, value(sav, "F%d" % r), float((c - low) * v))
            check("Besparingen G%d" % r, value(sav, "G%d" % r), float((c - paid) * v))
            checked += 2

        levels = [escalation(s[3], s[4]) for s in suppliers]
        verdicts = [bonus_malus(s[2]) for s in suppliers]
        for k in range(len(suppliers)):
            r = B.SUPPLIER_FIRST + k
            check("Leveranciers F%d" % r, value(sup, "F%d" % r), float(levels[k]))
            check("Leveranciers H%d" % r, value(sup, "H%d" % r), verdicts[k])
            checked += 2
        check("Dashboard suppliers on level 3-4", value(dash, "C%d" % (key + 6)),
              float(sum(1 for x in levels if x >= 3)))
        check("Dashboard suppliers with malus or termination", value(dash, "C%d" % (key + 7)),
              float(sum(1 for x in verdicts if x in ("MALUS", "ONTBINDING"))))
        checked += 2

        q = D.CURRENT_QUARTER - 1
        now = [status(k[10][q], k[5], k[6]) for k in kpis]
        for k, kp in enumerate(kpis):
            r = B.KPI_FIRST + k
            for n in range(4):
                check("Metingen %s%d" % ("GHIJ"[n], r), value(met, "%s%d" % ("GHIJ"[n], r)),
                      status(kp[10][n], kp[5], kp[6]))
                checked += 1
        top_theme = 5 + B.DASH_KPIS + 2
        for i, theme in enumerate(themes):
            r = top_theme + i
            for c, word in zip("CDE", ("GROEN", "GEEL", "ROOD")):
                want = sum(1 for kp, st in zip(kpis, now) if kp[0] == theme and st == word)
                check("Dashboard %s%d (%s %s)" % (c, r, theme, word), value(dash, "%s%d" % (c, r)), float(want))
                checked += 1
        for n in range(4):
            for i, word in enumerate(("GROEN", "GEEL", "ROOD", "GRIJS")):
                want = sum(1 for kp in kpis if status(kp[10][n], kp[5], kp[6]) == word)
                ref = "%s%d" % ("JKLM"[n], 5 + i)
                check("Dashboard chart data %s (%s K%d)" % (ref, word, n + 1), value(dash, ref), float(want))
                checked += 1
        print("values checked: %d" % checked)
        doc.close(True)
    return report("template with a year's lines pasted")


if __name__ == "__main__":
    sys.exit(main())
