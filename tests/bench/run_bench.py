#!/usr/bin/python3
"""Side-by-side benchmark: the add-in against Calc's built-in formulas that
compute the same, and against the floor (the same calls into a component
that does no work), timed in one headless office.

usage: run_bench.py BUILD_DIR [--runs N] [--quick] [CASE...]

Each case builds its sheets through the API, then times hard
recalculation (calculateAll) of each variant: N+1 runs, the first
discarded, the median reported.  The add-in's results are checked equal to
the built-in ones before anything is timed.  Prints one line per case:

    ratio CASE addin_s builtin_s floor_s addin/builtin addin/floor

and under it a comment with the floor that also reads its arguments as the
add-in does (a second bench component): addin/that is the share of the
add-in's own work, the core's computation.
"""
import glob
import os
import shutil
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "templates"))
import lo  # noqa: E402
import build_dashboard as B  # noqa: E402
import dashboard_data as D  # noqa: E402

ADDIN = "ORG.INKOOPKPI.KPIFUNCTIONS."
FLOOR = "ORG.INKOOPKPI.BENCH.KPIFLOOR.FLOOR_"
FLOOR_READ = "ORG.INKOOPKPI.BENCH.KPIFLOORREAD.FLOORREAD_"
# The add-in and the two bench floors: the same calls under another name.
COMPONENTS = {"addin": ADDIN, "floor": FLOOR, "floor_read": FLOOR_READ}


def by_component(variant):
    """{name: variant(prefix)} for the add-in and both floors."""
    return {name: variant(prefix) for name, prefix in COMPONENTS.items()}


def new_doc(session):
    import uno  # noqa: F401  (registers the com.sun.star modules)
    from com.sun.star.beans import PropertyValue
    return session.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                                (PropertyValue(Name="Hidden", Value=True),))


def column(sheet, col, first, values):
    rng = sheet.getCellRangeByPosition(col, first, col, first + len(values) - 1)
    rng.setDataArray(tuple((v,) for v in values))


def formulas(sheet, col, first, n, make):
    """make(1) in the first cell, copied down n rows as Calc fills a series
    (relative references move along); setFormulaArray is far slower."""
    from com.sun.star.sheet.FillDirection import TO_BOTTOM
    sheet.getCellByPosition(col, first).setFormula(make(first + 1))
    if n > 1:
        sheet.getCellRangeByPosition(col, first, col, first + n - 1).fillAuto(TO_BOTTOM, 1)


def results(sheet, col, first, n):
    return [r[0] for r in sheet.getCellRangeByPosition(col, first, col, first + n - 1).getDataArray()]


def timed(doc, runs):
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        doc.calculateAll()
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:])


# ---- cases: each returns {variant: (fill(sheet), result cells)} -----------

def case_kpi_status(n):
    values = [("" if i % 50 == 0 else (i % 100) / 100.0) for i in range(n)]

    def fill(sheet, make):
        column(sheet, 0, 0, values)
        formulas(sheet, 1, 0, n, make)
        return (1, 0, n)
    out = by_component(lambda p: lambda s: fill(s, lambda r: "=%sKPI_STATUS(A%d;0.9;0.75)" % (p, r)))
    out["builtin"] = lambda s: fill(s, lambda r: '=IF(A%d="";"GRIJS";IF(A%d>=0.9;"GROEN";IF(A%d>=0.75;"GEEL";"ROOD")))'
                                    % (r, r, r))
    return out


MATRIX = [[1, 2, 3, 4], [1, 2, 3, 4], [2, 3, 4, 4], [3, 4, 4, 4]]


def case_escalation(n):
    counts = [i % 6 for i in range(n)]
    severity = [i % 5 + 1 for i in range(n)]

    def fill(sheet, make):
        column(sheet, 0, 0, counts)
        column(sheet, 1, 0, severity)
        sheet.getCellRangeByName("E1:H4").setDataArray(tuple(tuple(r) for r in MATRIX))
        formulas(sheet, 2, 0, n, make)
        return (2, 0, n)
    out = by_component(lambda p: lambda s: fill(s, lambda r: "=%sESCALATION_LEVEL(A%d;B%d)" % (p, r, r)))
    out["builtin"] = lambda s: fill(s, lambda r: "=IF(A%d=0;0;INDEX($E$1:$H$4;MIN(A%d;4);MIN(B%d;4)))" % (r, r, r))
    return out


def case_spend(n, filtered):
    amounts = [float(i % 10 + 1) for i in range(n)]
    refs = [("C-%d" % (i % 7) if i % 10 < 5 else "") for i in range(n)]
    cats = [("Onderhoud" if i % 3 else "Nieuwbouw") for i in range(n)]
    a, b, c = "A1:A%d" % n, "B1:B%d" % n, "C1:C%d" % n

    def fill(sheet, formula):
        column(sheet, 0, 0, amounts)
        column(sheet, 1, 0, refs)
        column(sheet, 2, 0, cats)
        sheet.getCellRangeByName("E1").setFormula(formula)
        return (4, 0, 1)
    if filtered:
        args = '%s;%s;%s;"onderhoud"' % (a, b, c)
        builtin = '=SUMIFS(%s;%s;"onderhoud";%s;"<>")/SUMIF(%s;"onderhoud";%s)' % (a, c, b, c, a)
    else:
        args = "%s;%s" % (a, b)
        builtin = '=SUMIF(%s;"<>";%s)/SUM(%s)' % (b, a, a)
    out = by_component(lambda p: lambda s: fill(s, "=%sSPEND_UNDER_CONTRACT(%s)" % (p, args)))
    out["builtin"] = lambda s: fill(s, builtin)
    return out


def case_tco(n, years):
    """n purchases: one amount for every year (years 0), or a row of that
    many years per purchase, against Calc's PV or NPV."""
    price = [10000.0 + i % 1000 for i in range(n)]
    cost = [1500.0 + i % 300 for i in range(n)]
    life = [float(5 + i % 20) for i in range(n)]
    rate = [(i % 9) / 100.0 for i in range(n)]
    residual = [float(i % 2000) for i in range(n)]

    def fill(sheet, make):
        column(sheet, 0, 0, price)
        if years:
            rows = tuple(tuple(cost[i] + y for y in range(years)) for i in range(n))
            sheet.getCellRangeByPosition(1, 0, years, n - 1).setDataArray(rows)
        else:
            for col, values in ((1, cost), (2, life), (3, rate), (4, residual)):
                column(sheet, col, 0, values)
        formulas(sheet, 25, 0, n, make)
        return (25, 0, n)
    if years:
        last = "ABCDEFGHIJKLMNOPQRSTUVWXY"[years]
        out = by_component(lambda p: lambda s: fill(s, lambda r: "=%sTCO(A%d;B%d:%s%d;;0.04)" % (p, r, r, last, r)))
        out["builtin"] = lambda s: fill(s, lambda r: "=A%d+NPV(0.04;B%d:%s%d)" % (r, r, last, r))
    else:
        out = by_component(lambda p: lambda s: fill(s, lambda r: "=%sTCO(A%d;B%d;C%d;D%d;E%d)" % ((p,) + (r,) * 5)))
        out["builtin"] = lambda s: fill(s, lambda r: "=A%d-PV(D%d;C%d;B%d)-E%d/(1+D%d)^C%d" % ((r,) * 7))
    return out


BIDS = [100000.0, 120000.0, 150000.0, 95000.0, 180000.0, 132500.0, 99999.0, 175000.0, 101000.0, 160000.0]


def case_price_score(n):
    """n bids scored against the ten bids of their tender."""
    bids = [BIDS[i % 10] for i in range(n)]

    def fill(sheet, make):
        column(sheet, 0, 0, bids)
        column(sheet, 6, 0, BIDS)
        formulas(sheet, 1, 0, n, make)
        return (1, 0, n)
    out = by_component(lambda p: lambda s: fill(s, lambda r: "=%sPRICE_SCORE(A%d;$G$1:$G$10;30)" % (p, r)))
    out["builtin"] = lambda s: fill(s, lambda r: "=30*MIN($G$1:$G$10)/A%d" % r)
    return out


def case_price_score_linear(n):
    bids = [80000.0 + (i % 100) * 1000 for i in range(n)]

    def fill(sheet, make):
        column(sheet, 0, 0, bids)
        formulas(sheet, 1, 0, n, make)
        return (1, 0, n)
    out = by_component(lambda p: lambda s: fill(s, lambda r: "=%sPRICE_SCORE_LINEAR(A%d;90000;160000;30)" % (p, r)))
    out["builtin"] = lambda s: fill(s, lambda r: "=MAX(0;MIN(30;30*(160000-A%d)/70000))" % r)
    return out


def case_weighted_score(n):
    """n bids with three criteria each, weights 40/30/30."""
    scores = tuple((float(i % 10), float(i % 7 + 3), float(i % 5 + 5)) for i in range(n))

    def fill(sheet, make):
        sheet.getCellRangeByPosition(0, 0, 2, n - 1).setDataArray(scores)
        sheet.getCellRangeByName("H1:J1").setDataArray(((40.0, 30.0, 30.0),))
        formulas(sheet, 4, 0, n, make)
        return (4, 0, n)
    out = by_component(lambda p: lambda s: fill(s, lambda r: "=%sWEIGHTED_SCORE(A%d:C%d;$H$1:$J$1)" % (p, r, r)))
    out["builtin"] = lambda s: fill(s, lambda r: "=SUMPRODUCT(A%d:C%d;$H$1:$J$1)/SUM($H$1:$J$1)" % (r, r))
    return out


def fresh(fill):
    """A variant on a new, empty document."""
    def make(session):
        doc = new_doc(session)
        return doc, (0,) + fill(doc.Sheets.getByIndex(0))
    return make


def case_dashboard(build, lines):
    """The dashboard template with `lines` spend lines pasted below the
    example, the way the how-to sheet says (no rows inserted)."""
    import random
    rnd = random.Random(1)
    cats = ["Nieuwbouw", "Onderhoud", "Dienstverlening", "Advies", "Kantoor en ICT"]
    data = tuple(("Leverancier %d" % rnd.randrange(400), rnd.choice(cats), float(rnd.randrange(-500, 50000)),
                  rnd.choice(["C-%d" % rnd.randrange(90), "", "nee", "-"]))
                 for _ in range(lines))
    fods = os.path.join(build, "templates", "inkoop-kpi-dashboard.fods")
    with open(fods, encoding="utf-8") as f:
        template = f.read()
    floor_fods = {}
    for name, prefix in COMPONENTS.items():
        if prefix != ADDIN:  # the add-in's own variant is the shipped .ots
            floor_fods[name] = os.path.join(build, "bench", "inkoop-kpi-dashboard-%s.fods" % name)
            with open(floor_fods[name], "w", encoding="utf-8") as g:
                g.write(template.replace(ADDIN, prefix))

    def variant(path):
        def make(session):
            # a copy the office's user may write, or it opens read-only
            work = session.office.workdir("bench")
            copy = os.path.join(work, os.path.basename(path))
            shutil.copy(path, copy)
            session.office._give_to_user(copy)
            doc = session.load(copy)
            spend = doc.Sheets.getByName("Spend")
            first = B.SPEND_FIRST + len(D.SPEND) - 1  # 0-based: the row below the example
            spend.getCellRangeByPosition(0, first, 3, first + lines - 1).setDataArray(data)
            # the shares per category and in total
            return doc, ("Spend", 7, B.SPEND_FIRST - 1, B.SPEND_TOTAL_ROW - B.SPEND_FIRST + 1)
        return make
    return {"addin": variant(glob.glob(os.path.join(build, "oxt-full", "templates", "*", "*.ots"))[0]),
            "builtin": variant(os.path.join(build, "templates", "inkoop-kpi-dashboard-excel.fods")),
            "floor": variant(floor_fods["floor"]), "floor_read": variant(floor_fods["floor_read"])}


def cases(build, quick):
    scale = 10 if quick else 1
    if os.environ.get("BENCH_SCALE"):
        scale = float(os.environ["BENCH_SCALE"])
    out = [("KPI_STATUS_100k", case_kpi_status(int(100000 // scale))),
           ("ESCALATION_LEVEL_100k", case_escalation(int(100000 // scale)))]
    out += [("TCO_100k", case_tco(int(100000 // scale), 0)),
            ("TCO_20_YEARS_10k", case_tco(int(10000 // scale), 20)),
            ("PRICE_SCORE_100k", case_price_score(int(100000 // scale))),
            ("PRICE_SCORE_LINEAR_100k", case_price_score_linear(int(100000 // scale))),
            ("WEIGHTED_SCORE_100k", case_weighted_score(int(100000 // scale)))]
    out = [(name, {v: fresh(f) for v, f in variants.items()}) for name, variants in out]
    for rows in (10000, 100000, 1000000):
        for filtered in (False, True):
            out.append(("SPEND_%s%s" % ("%dk" % (rows // 1000) if rows < 1000000 else "1M",
                                        "_filter" if filtered else ""),
                        {v: fresh(f) for v, f in case_spend(int(rows // scale), filtered).items()}))
    out.append(("DASHBOARD_100k_lines", case_dashboard(build, int(100000 // scale))))
    return out


def same(a, b):
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= 1e-9 * max(1.0, abs(b))
    return a == b


def main():
    args = sys.argv[1:]
    build = args.pop(0)
    runs, quick = 5, False
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i:i + 2]
    if "--quick" in args:
        args.remove("--quick")
        quick = True
    oxt = os.path.join(build, "inkoopkpi.oxt")
    floors = [os.path.join(build, "bench", f) for f in ("inkoopkpi_floor.oxt", "inkoopkpi_floor_read.oxt")]
    print("# office: %s; runs: %d (+1 discarded); machine: %d cores" %
          (lo.office_version(), runs, os.cpu_count()))
    print("# ratio CASE addin_s builtin_s floor_s addin/builtin addin/floor")
    bad = 0
    with lo.Office(oxt, extra=floors) as office, lo.Session(office) as session:
        for name, variants in cases(build, quick):
            if args and name not in args:
                continue
            docs, cells = {}, {}
            for v, make in variants.items():
                docs[v], (which, col, row, n) = make(session)
                sheets = docs[v].Sheets
                sheet = sheets.getByName(which) if isinstance(which, str) else sheets.getByIndex(which)
                docs[v].calculateAll()
                cells[v] = results(sheet, col, row, n)
            if not all(same(x, y) for x, y in zip(cells["addin"], cells["builtin"])):
                bad += 1
                diff = next((i, x, y) for i, (x, y) in enumerate(zip(cells["addin"], cells["builtin"]))
                            if not same(x, y))
                print("# %s: add-in and built-in differ at row %d: %r vs %r" % (name, diff[0] + 1, diff[1], diff[2]))
            t = {v: timed(docs[v], runs) for v in docs}
            print("ratio %s %.4f %.4f %.4f %.2f %.2f" % (name, t["addin"], t["builtin"], t["floor"],
                                                        t["addin"] / t["builtin"], t["addin"] / t["floor"]))
            if "floor_read" in t:
                print("#   %s: floor that reads its arguments %.4f s; addin/that %.2f"
                      % (name, t["floor_read"], t["addin"] / t["floor_read"]))
            if name.startswith("SPEND_1M") and not name.endswith("filter"):
                print("#   SPEND_UNDER_CONTRACT over 1,000,000 rows: add-in %r, built-in %r"
                      % (cells["addin"][0], cells["builtin"][0]))
            sys.stdout.flush()
            for d in docs.values():
                d.close(True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
