"""Self-checking test pages: a .cases file becomes a flat ODF spreadsheet.

A .cases file (tests/office/cases/) holds, per line of its [cases] part:

    inputs | formula | expected | note

inputs   up to five cells A..E of the case's own row, separated by ';':
         a number, "text", TRUE, FALSE, nothing (an empty cell) or =formula
formula  what is tested, e.g. KPI_STATUS({A};1;0.75); {A} is this row's
         cell A, {A:C} its cells A to C, data!A1:B4 a range of the data sheet
expected a number, "text", or an error as Calc shows it (Err:502, #DIV/0!)
note     what the case shows, printed when it fails

An optional [data] part before [cases] fills the sheet "data" from A1, one
row a line, cells separated by ';'; a line starting "*N " is repeated N
times (for large ranges).

On the sheet "cases", column F holds the formula, G the expected value and
H a check formula that is 1 when F equals G and every constant input cell
still holds what the page put there (bad input must not change cells).
"""
import re
from xml.sax.saxutils import escape

KPI_FUNCTIONS = ["KPI_STATUS", "ESCALATION_LEVEL", "SPEND_UNDER_CONTRACT", "INKOOP_ROI",
                 "COST_AVOIDANCE", "COST_REDUCTION", "REJECTION_RATE", "BONUS_MALUS",
                 "TCO", "PRICE_SCORE", "PRICE_SCORE_LINEAR", "WEIGHTED_SCORE"]
# Calc's error numbers, as ERRORTYPE() gives them.
ERRORS = {"Err:502": 502, "Err:504": 504, "#DIV/0!": 532, "#VALUE!": 519, "#NUM!": 503,
          "#N/A": 32767, "#REF!": 524, "#NAME?": 525}
COLUMNS = "ABCDE"


class Case:
    def __init__(self, line_no, inputs, formula, expected, note):
        self.line_no, self.inputs, self.formula = line_no, inputs, formula
        self.expected, self.note = expected, note


def parse(path):
    data, cases, part = [], [], None
    with open(path, encoding="utf-8") as f:
        for no, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.strip() in ("[data]", "[cases]"):
                part = line.strip()
                continue
            if part == "[data]":
                repeat = 1
                m = re.match(r"\*(\d+) (.*)", line)
                if m:
                    repeat, line = int(m.group(1)), m.group(2)
                data.append((repeat, split_cells(line)))
            elif part == "[cases]":
                fields = [x.strip() for x in line.split("|")]
                if len(fields) != 4:
                    raise SystemExit("%s:%d: expected 'inputs | formula | expected | note'" % (path, no))
                inputs = split_cells(fields[0])
                if len(inputs) > len(COLUMNS):
                    raise SystemExit("%s:%d: at most five inputs" % (path, no))
                cases.append(Case(no, inputs, fields[1], fields[2], fields[3]))
            else:
                raise SystemExit("%s:%d: text before [data] or [cases]" % (path, no))
    return data, cases


def split_cells(text):
    """Split on ';' outside double quotes and parentheses."""
    cells, cur, quoted, depth = [], "", False, 0
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")":
            depth -= 1
        if ch == ";" and not quoted and depth == 0:
            cells.append(cur.strip())
            cur = ""
        else:
            cur += ch
    cells.append(cur.strip())
    return [] if cells == [""] else cells


def odf_formula(text, row):
    """Our short formula notation to ODF's of:= syntax."""
    out = []
    for part in re.split(r'("[^"]*")', text):  # leave string literals alone
        if part.startswith('"'):
            out.append(part)
            continue
        part = re.sub(r"\{([A-E]):([A-E])\}", lambda m: "[.%s%d:.%s%d]" % (m.group(1), row, m.group(2), row), part)
        part = re.sub(r"\{([A-E])\}", lambda m: "[.%s%d]" % (m.group(1), row), part)
        part = re.sub(r"(\w+)!(\$?[A-Z]+\$?\d+):(\$?[A-Z]+\$?\d+)", r"[$\1.\2:.\3]", part)
        part = re.sub(r"(\w+)!(\$?[A-Z]+\$?\d+)", r"[$\1.\2]", part)
        part = re.sub(r"\b(%s)\(" % "|".join(KPI_FUNCTIONS), r"ORG.INKOOPKPI.KPIFUNCTIONS.\1(", part)
        part = re.sub(r"\bERRORTYPE\(", "ORG.OPENOFFICE.ERRORTYPE(", part)
        out.append(part)
    return "of:=" + "".join(out)


def cell_xml(value, row):
    """One table cell for a value in the notation of the .cases files."""
    if value == "":
        return "<table:table-cell/>"
    if value.startswith("="):
        return '<table:table-cell table:formula="%s"/>' % escape(odf_formula(value[1:], row), {'"': "&quot;"})
    if value.startswith('"') and value.endswith('"') and len(value) >= 2:
        # Every space as <text:s/>: ODF collapses plain ones, and a text with
        # spaces around it must arrive as written.
        return ('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                % escape(value[1:-1]).replace(" ", "<text:s/>"))
    if value in ("TRUE", "FALSE"):
        return ('<table:table-cell office:value-type="boolean" office:boolean-value="%s"/>'
                % value.lower())
    float(value)  # a number, or the page is wrong
    return '<table:table-cell office:value-type="float" office:value="%s"/>' % value


def unchanged(value, ref):
    """A condition that the constant input cell at ref still holds value."""
    if value == "":
        return "ISBLANK(%s)" % ref
    if value.startswith("="):
        return None
    if value.startswith('"'):
        return "EXACT(%s;%s)" % (ref, value)
    if value in ("TRUE", "FALSE"):
        return "%s=%s()" % (ref, value)
    return "AND(ISNUMBER(%s);%s=%s)" % (ref, ref, value)


def check_formula(case, row):
    f, g = "[.F%d]" % row, "[.G%d]" % row
    if case.expected in ERRORS:
        test = "ORG.OPENOFFICE.ERRORTYPE(%s)=%s" % (f, g)
    elif case.expected.startswith('"'):
        test = "EXACT(%s;%s)" % (f, g)
    else:
        test = "ABS(%s-%s)<=1E-9*MAX(1;ABS(%s))" % (f, g, g)
    conds = [test] + [c for c in (unchanged(v, "[.%s%d]" % (COLUMNS[i], row))
                                  for i, v in enumerate(case.inputs)) if c]
    return "of:=IF(IFERROR(AND(%s);FALSE());1;0)" % ";".join(conds)


def expected_xml(expected):
    if expected in ERRORS:
        return '<table:table-cell office:value-type="float" office:value="%d"/>' % ERRORS[expected]
    if expected.startswith('"'):
        return cell_xml(expected, 0)
    float(expected)
    return '<table:table-cell office:value-type="float" office:value="%s"/>' % expected


def row_xml(cells, repeat=1):
    attr = ' table:number-rows-repeated="%d"' % repeat if repeat > 1 else ""
    return "<table:table-row%s>%s</table:table-row>\n" % (attr, "".join(cells))


def text_cell(text):
    return ('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
            % escape(text))


def write_fods(path, data, cases):
    first = 3  # row of the first case; rows 1-2 hold the summary and headings
    last = first + len(cases) - 1
    rows = [row_xml([text_cell("failures:"),
                     '<table:table-cell table:formula="of:=%s"/>' % escape(
                         "COUNTIF([.H%d:.H%d];0)" % (first, last)),
                     text_cell("cases:"),
                     '<table:table-cell office:value-type="float" office:value="%d"/>' % len(cases)]),
            row_xml([text_cell(h) for h in ("A", "B", "C", "D", "E", "formula", "expected", "ok", "note")])]
    for n, case in enumerate(cases):
        r = first + n
        cells = [cell_xml(v, r) for v in case.inputs]
        cells += ["<table:table-cell/>"] * (len(COLUMNS) - len(case.inputs))
        cells.append('<table:table-cell table:formula="%s"/>' % escape(odf_formula(case.formula, r), {'"': "&quot;"}))
        cells.append(expected_xml(case.expected))
        cells.append('<table:table-cell table:formula="%s"/>' % escape(check_formula(case, r), {'"': "&quot;"}))
        cells.append(text_cell("line %d: %s" % (case.line_no, case.note)))
        rows.append(row_xml(cells))
    data_rows, r = [], 1
    for repeat, values in data:
        data_rows.append(row_xml([cell_xml(v, r) for v in values], repeat))
        r += repeat
    with open(path, "w", encoding="utf-8") as f:
        f.write(FODS_HEAD)
        f.write('<table:table table:name="cases">\n' + "".join(rows) + "</table:table>\n")
        if data_rows:
            f.write('<table:table table:name="data">\n' + "".join(data_rows) + "</table:table>\n")
        f.write(FODS_TAIL)


FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet>
"""
FODS_TAIL = "</office:spreadsheet></office:body></office:document>\n"
