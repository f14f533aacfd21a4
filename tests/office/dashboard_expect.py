"""What the example dashboard must show, computed here by hand from the
example data (templates/dashboard_data.py) with the rules of the spec
written again in Python, and how to read the office's CSV of it.  Shared by
test_dashboard.py (the template with the add-in) and test_workbook.py (the
Excel workbook without it)."""
import csv
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "templates"))
import dashboard_data as D  # noqa: E402
import build_dashboard as B  # noqa: E402  (where results are, not what they are)

CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
ERROR_MARKS = ("Err:", "#DIV/0!", "#VALUE!", "#NAME?", "#REF!", "#N/A", "#NUM!", "#NULL!")
SHEETS = {"Dashboard", "Register", "Metingen", "Leveranciers", "Spend", "Besparingen", "Aanbesteding",
          "Zelfevaluatie", "Matrix", "Uitleg"}

failures = []


def check(what, got, want):
    if isinstance(want, float):
        ok = isinstance(got, float) and abs(got - want) <= 1e-9 * max(1, abs(want))
    else:
        ok = got == want
    if not ok:
        failures.append("%s: got %r, expected %r" % (what, got, want))


# ---- the rules, written again here from the spec --------------------------

def status(value, green, red):
    if value is None:
        return "GRIJS"
    if green >= red:
        return "GROEN" if value >= green else ("GEEL" if value >= red else "ROOD")
    return "GROEN" if value <= green else ("GEEL" if value <= red else "ROOD")


MATRIX = [[1, 2, 3, 4], [1, 2, 3, 4], [2, 3, 4, 4], [3, 4, 4, 4]]


def escalation(count, severity):
    if not count:
        return 0
    return MATRIX[min(count, 4) - 1][min(severity, 4) - 1]


def bonus_malus(score):
    if score is None:
        return "GRIJS"
    if score >= D.BONUS_NORM:
        return "BONUS"
    if score >= D.TARGET:
        return "NEUTRAAL"
    return "MALUS" if score >= D.MINIMUM else "ONTBINDING"


def under_contract(ref):
    return ref.strip().lower() not in ("", "nee", "no", "n", "onwaar", "false", "-")


def tco(purchase, yearly, years, rate, residual):
    return purchase + sum(yearly / (1 + rate) ** t for t in range(1, years + 1)) - residual / (1 + rate) ** years


def price_points(tcos, method, scale=D.SCALE):
    if method == "lineair":
        full, zero = D.FULL_POINTS_TCO, D.ZERO_POINTS_TCO
        return [min(scale, max(0.0, scale * (zero - x) / (zero - full))) for x in tcos]
    return [scale * min(tcos) / x for x in tcos]


def tender():
    """TCO, price points, weighted total and rank per bid, from the data."""
    tcos = [tco(p, e + m, D.LIFE_YEARS, D.DISCOUNT_RATE, res) for _, p, e, m, res in D.BIDS]
    points = price_points(tcos, D.PRICE_METHOD)
    totals = []
    for k in range(len(D.BIDS)):
        scores = [points[k] if c[3] is None else c[3][k] for c in D.CRITERIA]
        weights = [c[2] for c in D.CRITERIA]
        totals.append(sum(w * x for w, x in zip(weights, scores)) / sum(weights))
    ranks = [1 + sum(1 for y in totals if y > x) for x in totals]
    return tcos, points, totals, ranks


def self_scores():
    """Average and status per theme of the self-assessment."""
    out = []
    for theme in D.SELF_THEMES:
        answers = [x[2] for x in D.STATEMENTS if x[0] == theme]
        avg = sum(answers) / len(answers)
        out.append((avg, status(avg, D.SELF_GREEN, D.SELF_RED)))
    return out


def spend_share(lines):
    total = sum(a for _, _, a, _ in lines)
    return sum(a for _, _, a, r in lines if under_contract(r)) / total


# ---- reading the office's CSV ---------------------------------------------

def number(text):
    """A number from the CSV; what is no number (an error) stays text."""
    text = text.strip()
    try:
        return float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        return text


def read_sheets(outdir, base, sep="-"):
    """The CSV files of one document, one per sheet: BASE-SHEET.csv as Calc
    writes them (BASE.SHEET.csv as Gnumeric's ssconvert, with sep=".")."""
    sheets = {}
    for path in glob.glob(os.path.join(outdir, base + sep + "*.csv")):
        name = os.path.basename(path)[len(base) + 1:-4]
        with open(path, encoding="utf-8", newline="") as f:
            sheets[name] = list(csv.reader(f))
    return sheets


def cell(sheet, ref):
    col = ord(ref[0]) - ord("A")
    row = int(ref[1:]) - 1
    rows = sheet
    return rows[row][col] if row < len(rows) and col < len(rows[row]) else ""


def check_values(sheets, label):
    """The hand-computed values against one computed copy of the dashboard."""
    m, dash, sup, spend, sav = (sheets["Metingen"], sheets["Dashboard"], sheets["Leveranciers"],
                                sheets["Spend"], sheets["Besparingen"])
    q = D.CURRENT_QUARTER - 1
    for i, k in enumerate(D.KPIS):
        green, red, values = k[5], k[6], k[10]
        for n in range(4):
            check("%s Metingen %s%d" % (label, "GHIJ"[n], 4 + i), cell(m, "%s%d" % ("GHIJ"[n], 4 + i)),
                  status(values[n], green, red))
        check("%s Dashboard F%d" % (label, 5 + i), cell(dash, "F%d" % (5 + i)), status(values[q], green, red))
    for i, (_, _, score, count, severity) in enumerate(D.SUPPLIERS):
        check("%s Leveranciers F%d" % (label, 8 + i), number(cell(sup, "F%d" % (8 + i))),
              float(escalation(count, severity)))
        check("%s Leveranciers H%d" % (label, 8 + i), cell(sup, "H%d" % (8 + i)), bonus_malus(score))
    for i, cat in enumerate(D.CATEGORIES):
        lines = [x for x in D.SPEND if x[1] == cat]
        check("%s Spend H%d (%s)" % (label, 5 + i, cat), number(cell(spend, "H%d" % (5 + i))), spend_share(lines))
    check("%s Spend total" % label, number(cell(spend, "H%d" % B.SPEND_TOTAL_ROW)), spend_share(D.SPEND))
    avoid = float(sum((c - lo_) * v for _, c, lo_, _, v in D.SAVINGS))
    reduce_ = float(sum((c - last) * v for _, c, _, last, v in D.SAVINGS))
    check("%s cost avoidance" % label, number(cell(sav, "J5")), avoid)
    check("%s cost reduction" % label, number(cell(sav, "J6")), reduce_)
    check("%s INKOOP_ROI" % label, number(cell(sav, "J8")), (avoid + reduce_) / D.FUNCTION_COST)
    check("%s REJECTION_RATE" % label, number(cell(sav, "J11")), D.REJECTED_VALUE / D.RECEIVED_VALUE)

    ten = sheets["Aanbesteding"]
    tcos, points, totals, ranks = tender()
    cheapest = min(range(len(D.BIDS)), key=lambda k: D.BIDS[k][1])
    if cheapest == tcos.index(min(tcos)):
        failures.append("the example's cheapest purchase also has the lowest TCO: the sheet's note shows nothing")
    for k, bid in enumerate(D.BIDS):
        r = B.BID_FIRST + k
        check("%s Aanbesteding F%d (TCO %s)" % (label, r, bid[0]), number(cell(ten, "F%d" % r)), tcos[k])
        check("%s Aanbesteding G%d" % (label, r), number(cell(ten, "G%d" % r)), tcos[k] - bid[1])
        check("%s Aanbesteding H%d (price points)" % (label, r), number(cell(ten, "H%d" % r)), points[k])
        c = "DEFGHI"[k]
        check("%s Aanbesteding %s%d (weighted total)" % (label, c, B.CRIT_LAST + 1),
              number(cell(ten, "%s%d" % (c, B.CRIT_LAST + 1))), totals[k])
        check("%s Aanbesteding %s%d (rank)" % (label, c, B.CRIT_LAST + 2),
              number(cell(ten, "%s%d" % (c, B.CRIT_LAST + 2))), float(ranks[k]))
        check("%s Aanbesteding %s%d (award)" % (label, c, B.CRIT_LAST + 3),
              cell(ten, "%s%d" % (c, B.CRIT_LAST + 3)), "Winnaar" if ranks[k] == 1 else "")
    zelf = sheets["Zelfevaluatie"]
    top = 5 + B.DASH_KPIS + 1 + B.THEME_ROWS + 2 + 7 + 2  # the Dashboard's self-assessment block
    for t, (avg, st) in enumerate(self_scores()):
        r = B.SELF_FIRST + t
        check("%s Zelfevaluatie F%d" % (label, r), number(cell(zelf, "F%d" % r)), avg)
        check("%s Zelfevaluatie H%d" % (label, r), cell(zelf, "H%d" % r), st)
        check("%s Dashboard C%d (self-assessment)" % (label, top + 1 + t), number(cell(dash, "C%d" % (top + 1 + t))),
              avg)
        check("%s Dashboard D%d (self-assessment)" % (label, top + 1 + t), cell(dash, "D%d" % (top + 1 + t)), st)


def check_sheets(sheets, label):
    """Every sheet there, no cell showing an error, all four status words
    shown, and the hand-computed values."""
    check("%s sheets" % label, set(sheets), SHEETS)
    errors = ["%s!%s%d: %s" % (name, chr(65 + c), r + 1, v) for name, rows in sheets.items()
              for r, row in enumerate(rows) for c, v in enumerate(row) if v.startswith(ERROR_MARKS)]
    if errors:
        failures.append("%s: cells showing an error: %s" % (label, errors[:10]))
    words = {v for name in ("Metingen", "Dashboard") for row in sheets.get(name, []) for v in row}
    for w in ("GROEN", "GEEL", "ROOD", "GRIJS"):
        if w not in words:
            failures.append("%s: the example never shows %s" % (label, w))
    if SHEETS <= set(sheets):
        check_values(sheets, label)


def report(what):
    print("%s: %d problems" % (what, len(failures)))
    for f in failures:
        print("    FAIL " + f)
    return 1 if failures else 0
