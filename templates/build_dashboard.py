#!/usr/bin/env python3
"""Writes the basic KPI dashboard as flat ODF (.fods): the diffable source of
the template.  The build turns it into an .ots with the office
(templates/CMakeLists.txt).

usage: build_dashboard.py OUT.fods

Sheets: Dashboard, Register, Metingen, Leveranciers, Spend, Besparingen,
Aanbesteding, Zelfevaluatie, Matrix, Uitleg.  Formulas use only the add-in's functions and Calc's
built-ins.  No macros.

Every list counts every line a user pastes or types: a list without results
per line (Spend) reaches to the sheet's last row, its ranges ending at the
last filled row (found by MATCH, so the add-in is handed a range the size of
the data, never a whole column); a list with a result per line (KPIs,
suppliers, savings) has those formulas down to a fixed number of lines, and
its input cells are open only that far.  Input cells carry validity rules
with a message in Dutch; every sheet is protected without a password, so
typing over a computed cell is refused instead of breaking the dashboard.
"""
import math
import os
import sys
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dashboard_data as D  # noqa: E402

ADDIN = "ORG.INKOOPKPI.KPIFUNCTIONS."
LAST_SHEET_ROW = 1048576  # Calc's and Excel's last row
N_KPI = len(D.KPIS)
KPI_FIRST = 4      # first KPI row on Register and Metingen
KPI_ROWS = 100     # KPIs the register and the measurements hold
KPI_LAST = KPI_FIRST + KPI_ROWS - 1
DASH_KPIS = 15     # KPIs listed on the dashboard (all of them count per theme)
THEME_ROWS = 8     # themes in the register's list and on the dashboard
SUPPLIER_FIRST = 8
SUPPLIER_ROWS = 300
SUPPLIER_LAST = SUPPLIER_FIRST + SUPPLIER_ROWS - 1
SPEND_FIRST = 5
CATEGORY_ROWS = 8  # categories in the spend table and the dashboard's chart
SPEND_TOTAL_ROW = SPEND_FIRST + CATEGORY_ROWS
SAVINGS_FIRST = 5
SAVINGS_ROWS = 500  # savings lines with a result per line; totals count every line
SAVINGS_LAST = SAVINGS_FIRST + SAVINGS_ROWS - 1
PARAM_FIRST = 4    # Aanbesteding: the tender's parameters, then bids, then criteria
BID_ROWS = 6
BID_FIRST = 22     # rows 3 to 20 beside the parameters hold the TCO chart
BID_LAST = BID_FIRST + BID_ROWS - 1
CRIT_ROWS = 12
CRIT_FIRST = BID_LAST + 3
CRIT_LAST = CRIT_FIRST + CRIT_ROWS - 1
SELF_FIRST = 8     # Zelfevaluatie: per theme a heading row and SELF_ROWS statements
SELF_ROWS = 8


def attr(text):
    return escape(text, {'"': "&quot;"})


def kpi(name, *args):
    """A call of one of the add-in's functions, in ODF syntax.  (The Excel
    workbook gets these rewritten into standard functions by
    tools/kpi_to_standard.c, from the equivalents in the function table.)"""
    return "%s%s(%s)" % (ADDIN, name, ";".join(args))


# ---- cells -------------------------------------------------------------

class Cell:
    def __init__(self, value=None, style=None, formula=None, span=1):
        self.value, self.style, self.formula, self.span = value, style, formula, span

    def xml(self, validation=None, repeat=1):
        a = ""
        if self.style:
            a += ' table:style-name="%s"' % self.style
        if validation:
            a += ' table:content-validation-name="%s"' % validation
        if repeat > 1:
            a += ' table:number-columns-repeated="%d"' % repeat
        if self.span > 1:
            a += ' table:number-columns-spanned="%d"' % self.span
        if self.formula:
            a += ' table:formula="of:=%s"' % attr(self.formula)
            body = ""
        elif self.value is None:
            body = ""
        elif isinstance(self.value, bool):
            a += ' office:value-type="boolean" office:boolean-value="%s"' % str(self.value).lower()
            body = ""
        elif isinstance(self.value, (int, float)):
            kind = "percentage" if self.style and "pct" in self.style else "float"
            a += ' office:value-type="%s" office:value="%r"' % (kind, self.value)
            body = ""
        else:
            a += ' office:value-type="string"'
            body = "<text:p>%s</text:p>" % escape(self.value)
        cell = "<table:table-cell%s>%s</table:table-cell>" % (a, body)
        if self.span > 1:
            cell += "<table:covered-table-cell/>" * (self.span - 1)
        return cell


def F(formula, style=None):
    return Cell(formula=formula, style=style)


def line(style, filled):
    """The style of a result on a list's line: without a border while the
    example does not fill the line, so empty lines stay blank on paper."""
    return style if filled else "line_" + style


def T(text, style=None, span=1):
    return Cell(text, style, span=span)


def V(value, style="input"):
    return Cell(value, style)


class Inputs:
    """A block of input cells: columns c0..c1, rows first..last (1-based),
    unlocked, with a validity rule (a name in VALIDATIONS).  Cells the
    sheet does not fill get `style`."""

    def __init__(self, c0, c1, first, last, validation, style):
        self.c0, self.c1, self.first, self.last = c0, c1, first, last
        self.validation, self.style = validation, style

    def holds(self, row, c):
        return self.first <= row <= self.last and self.c0 <= c <= self.c1


class Sheet:
    def __init__(self, name, widths, landscape_fit=False):
        self.name, self.widths, self.rows = name, widths, {}
        self.fit = landscape_fit
        self.frames = []
        self.inputs = []
        self.heights = {}  # row -> cm, for rows the office would not size itself

    def put(self, row, col, cell):
        self.rows.setdefault(row, {})[col] = cell

    def line(self, row, *cells, col=0):
        for c in cells:
            self.put(row, col, c)
            if c is not None and c.style == "note" and c.span > 1:
                self._fit_note(row, col, c)
            col += c.span if c is not None else 1

    def _fit_note(self, row, col, cell):
        """A note wraps inside the columns it spans; the office does not size
        a row to a merged cell, so the row gets the height of its lines
        (9pt DejaVu Sans: about 0.17 cm a character, 0.4 cm a line)."""
        width = sum(self.widths[col:col + cell.span]) - 0.2
        lines = math.ceil(len(cell.value) * 0.17 / width)
        if lines > 1:
            self.heights[row] = max(self.heights.get(row, 0), 0.1 + 0.4 * lines)

    def input(self, cols, first, last, validation, style="free_text"):
        """Input cells in columns cols ("A" or "A:D") from row first to last."""
        c0, c1 = (ord(x) - 65 for x in (cols.split(":") * 2)[:2])
        self.inputs.append(Inputs(c0, c1, first, last, validation, style))

    def _block(self, row, c):
        return next((b for b in self.inputs if b.holds(row, c)), None)

    def _row(self, r, repeat=1):
        cells = self.rows.get(r, {})
        end = max([max(cells) if cells else -1] + [b.c1 for b in self.inputs if b.first <= r <= b.last])
        parts, c = [], 0
        while c <= end:
            cell, block = cells.get(c), self._block(r, c)
            if cell is not None:
                parts.append(cell.xml(block.validation if block and not cell.formula else None))
                c += cell.span
            elif block:
                n = 1  # neighbouring empty cells of the same block share one element
                while c + n <= block.c1 and cells.get(c + n) is None:
                    n += 1
                parts.append(Cell(style=block.style).xml(block.validation, n))
                c += n
            else:
                parts.append("<table:table-cell/>")
                c += 1
        attrs = ' table:number-rows-repeated="%d"' % repeat if repeat > 1 else ""
        if r in self.heights:
            attrs += ' table:style-name="ro_%d_%d"' % (self.index, r)
        return "<table:table-row%s>%s</table:table-row>" % (attrs, "".join(parts))

    def xml(self, index):
        self.index = index
        out = ['<table:table table:name="%s" table:style-name="%s" table:protected="true">'
               % (self.name, "ta_fit" if self.fit else "ta_%d" % index)]
        if self.frames:
            out.append("<table:shapes>%s</table:shapes>" % "".join(self.frames))
        for i, w in enumerate(self.widths):
            out.append('<table:table-column table:style-name="co_%s_%d" table:default-cell-style-name="Default"/>'
                       % (index, i))
        written = max(self.rows) if self.rows else 0
        end = max([written] + [b.last for b in self.inputs])
        bounds = sorted({b.first for b in self.inputs} | {b.last + 1 for b in self.inputs})
        r = 1
        while r <= end:
            if r <= written:
                out.append(self._row(r))
                r += 1
            else:  # below the written rows, rows alike are written once, repeated
                nxt = min([x for x in bounds if x > r] + [end + 1])
                out.append(self._row(r, nxt - r))
                r = nxt
        out.append("</table:table>")
        return "\n".join(out)

    def page_styles(self, index):
        """A list sheet's own table style and page style: its page numbers
        start at 1 (the office restarts numbering only where the page style
        changes from one sheet to the next)."""
        if self.fit:
            return "", ""
        table = ('<style:style style:name="ta_%d" style:family="table" style:master-page-name="Lijst_%d">'
                 '<style:table-properties table:display="true"/></style:style>' % (index, index))
        page = ('<style:master-page style:name="Lijst_%d" style:display-name="Lijst %s" style:page-layout-name="pl">'
                '<style:header style:display="false"/><style:footer><style:region-left><text:p>'
                '<text:sheet-name>???</text:sheet-name></text:p></style:region-left><style:region-right><text:p>'
                'pagina <text:page-number>1</text:page-number></text:p></style:region-right></style:footer>'
                '</style:master-page>' % (index, self.name))
        return table, page

    def column_row_styles(self, index):
        rows = "".join(
            '<style:style style:name="ro_%d_%d" style:family="table-row"><style:table-row-properties '
            'style:row-height="%.2fcm" style:use-optimal-row-height="false" fo:break-before="auto"/>'
            "</style:style>" % (index, r, h) for r, h in sorted(self.heights.items()))
        return rows + "".join(
            '<style:style style:name="co_%s_%d" style:family="table-column">'
            '<style:table-column-properties fo:break-before="auto" style:column-width="%.2fcm"/>'
            "</style:style>" % (index, i, w) for i, w in enumerate(self.widths))


def col(c):
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[c]


def unit_style(unit):
    return {"%": "in_pct", "euro": "in_eur"}.get(unit, "in_dec")


def out_style(unit):
    return {"%": "pct", "euro": "eur"}.get(unit, "dec")


def column(c, first=1, last=LAST_SHEET_ROW):
    return "[.$%s$%d:.$%s$%d]" % (c, first, c, last)


def last_line(first, number_cols, text_cols):
    """The row of a list's last filled line (at least `first`): the last
    number in number_cols or text in text_cols.  MATCH with a value above
    any other finds the last one of its type, gaps allowed, in Calc, Excel
    and Gnumeric alike; only built-ins see the whole column."""
    finds = ["IFERROR(MATCH(9.99E+307;%s);0)" % column(c) for c in number_cols]
    finds += ['IFERROR(MATCH(REPT("z";255);%s);0)' % column(c) for c in text_cols]
    return "MAX(%d;%s)" % (first, ";".join(finds))


def to_last(c, first, last_cell):
    """Column c from row `first` down to the row held in last_cell."""
    return "[.$%s$%d]:INDEX(%s;%s)" % (c, first, column(c), last_cell)


# ---- validity rules ----------------------------------------------------
# name: (ODF condition, title, message when an entry is refused).  Empty is
# always allowed (a line not filled in yet).

VALIDATIONS = {
    "quarter": ("of:cell-content-is-whole-number() and cell-content-is-between(1,4)",
                "Kwartaal", "Kies een kwartaal: een heel getal van 1 tot en met 4."),
    "number": ("of:cell-content-is-decimal-number() and cell-content-is-between(-1000000000000000,1000000000000000)",
               "Getal verwacht", "Vul hier een getal in, geen tekst."),
    "not_negative": ("of:cell-content-is-decimal-number() and cell-content()>=0",
                     "Niet negatief", "Prijzen, volumes en bedragen zijn 0 of meer. Vul een getal van 0 of meer in."),
    "positive": ("of:cell-content-is-decimal-number() and cell-content()>0",
                 "Groter dan 0", "Vul een bedrag groter dan 0 in: hierdoor wordt gedeeld."),
    "score": ("of:cell-content-is-decimal-number() and cell-content-is-between(1,5)",
              "Score van 1 tot en met 5", "Scores en normen liggen op de schaal van 1 tot en met 5."),
    "count": ("of:cell-content-is-whole-number() and cell-content()>=0",
              "Aantal tekortkomingen", "Vul het aantal tekortkomingen in als heel getal: 0, 1, 2, ..."),
    "severity": ("of:cell-content-is-whole-number() and cell-content()>=1",
                 "Ernst", "De ernst is een heel getal van 1 of meer (1 licht, 2, 3 of meer zwaar)."),
    "level": ("of:cell-content-is-whole-number() and cell-content-is-between(0,4)",
              "Escalatieniveau", "Een niveau in de matrix is een heel getal van 0 tot en met 4."),
    "kpi_type": ('of:cell-content-is-in-list("input";"proces";"output";"outcome")',
                 "KPI-type", "Kies het type uit de lijst: input, proces, output of outcome."),
    "theme": ("of:cell-content-is-in-list([$Register.$L$%d:.$L$%d])" % (KPI_FIRST, KPI_FIRST + THEME_ROWS - 1),
              "Thema", "Kies een thema uit de lijst. Nieuwe thema's zet u eerst in de lijst Thema's "
                       "rechts op dit blad."),
    "category": ("of:cell-content-is-in-list([$Spend.$F$%d:.$F$%d])" % (SPEND_FIRST, SPEND_TOTAL_ROW - 1),
                 "Categorie", "Kies een categorie uit de tabel rechts op dit blad, of zet de nieuwe "
                              "categorie eerst in die tabel."),
    "years": ("of:cell-content-is-whole-number() and cell-content()>=1",
              "Levensduur", "De levensduur is een heel aantal jaren, 1 of meer."),
    "rate": ("of:cell-content-is-decimal-number() and cell-content-is-between(-0.99,1)",
             "Disconteringsvoet", "Vul de disconteringsvoet per jaar in als percentage, bijvoorbeeld 4%."),
    "price_method": ('of:cell-content-is-in-list("relatief";"lineair")',
                     "Methode prijspunten", "Kies relatief (ten opzichte van de laagste TCO) of lineair (tussen "
                                            "twee vooraf vastgelegde bedragen)."),
    "tender_score": ("of:cell-content-is-decimal-number() and cell-content-is-between(0,%d)" % D.SCALE,
                     "Score", "Een score ligt van 0 tot en met %d." % D.SCALE),
    "self_norm": ("of:cell-content-is-decimal-number() and cell-content-is-between(1,4)",
                  "Norm", "Normen voor de zelfevaluatie liggen op de schaal van 1 tot en met 4."),
    "self_score": ("of:cell-content-is-whole-number() and cell-content-is-between(1,4)",
                   "Score van 1 tot en met 4", "Antwoord met 1 (oneens), 2 (eerder oneens), 3 (eerder eens) "
                                               "of 4 (helemaal eens)."),
    "text": None,  # free text: unlocked, no rule
}


def validations_xml():
    out = []
    for name, rule in VALIDATIONS.items():
        if rule is None:
            continue
        condition, title, message = rule
        listed = ' table:display-list="unsorted"' if "in-list" in condition else ""
        out.append('<table:content-validation table:name="%s" table:condition="%s" table:allow-empty-cell="true"'
                   ' table:base-cell-address="Dashboard.A1"%s>'
                   '<table:error-message table:message-type="stop" table:title="%s" table:display="true">'
                   '<text:p>%s</text:p></table:error-message></table:content-validation>'
                   % (name, attr(condition), listed, attr(title), escape(message)))
    return "<table:content-validations>%s</table:content-validations>" % "".join(out)


# ---- the sheets --------------------------------------------------------

def register():
    s = Sheet("Register", [4.2, 5.6, 6.4, 2.2, 1.8, 2.4, 2.4, 5.0, 3.8, 3.0, 0.6, 5.0])
    s.line(1, T("KPI-register - " + D.ORGANISATION, "title", 10))
    s.line(2, T("Per strategisch thema de kritieke succesfactor, de KPI die haar meetbaar maakt, "
                "en de normen voor groen en rood. Lager is beter wanneer de roodnorm boven de groennorm ligt. "
                "Ruimte voor %d KPI's." % KPI_ROWS, "note", 10))
    s.line(3, *[T(h, "head") for h in ("Thema", "Kritieke succesfactor", "KPI", "Type", "Eenheid",
                                       "Groennorm", "Roodnorm", "Bron", "Eigenaar", "Meetfrequentie")])
    for i, k in enumerate(D.KPIS):
        theme, ksf, name, typ, unit, green, red, source, owner, freq, _ = k
        s.line(KPI_FIRST + i, V(theme, "in_text"), V(ksf, "in_text"), V(name, "in_text"),
               V(typ, "in_text"), V(unit, "in_text"), V(green, unit_style(unit)),
               V(red, unit_style(unit)), V(source, "in_text"), V(owner, "in_text"), V(freq, "in_text"))
    for cols, rule in (("A", "theme"), ("B:C", "text"), ("D", "kpi_type"), ("E", "text"),
                       ("F:G", "number"), ("H:J", "text")):
        s.input(cols, KPI_FIRST, KPI_LAST, rule, "free_dec" if rule == "number" else "free_text")
    s.line(3, T("Thema's", "head"), col=11)
    for i, theme in enumerate(D.THEMES):
        s.put(KPI_FIRST + i, 11, V(theme, "in_text"))
    s.input("L", KPI_FIRST, KPI_FIRST + THEME_ROWS - 1, "text", "in_text")
    return s


def measurements():
    s = Sheet("Metingen", [6.4, 1.8, 2.0, 2.0, 2.0, 2.0, 2.3, 2.3, 2.3, 2.3, 2.6, 2.6])
    s.line(1, T("Metingen per kwartaal %d" % D.YEAR, "title", 11))
    s.line(2, T("Vul per kwartaal de gemeten waarde in. Een lege cel betekent: nog niet gemeten (GRIJS). "
                "De status volgt uit de normen in het register.", "note", 11))
    s.line(3, *[T(h, "head") for h in ["KPI", "Eenheid"] + D.QUARTERS
                + ["Status " + q for q in D.QUARTERS] + ["Trend", "Status gekozen kwartaal"]])
    values = {KPI_FIRST + i: k for i, k in enumerate(D.KPIS)}
    for r in range(KPI_FIRST, KPI_LAST + 1):
        k = values.get(r)
        unit = k[4] if k else None
        filled = k is not None
        green, red = "[$Register.$F%d]" % r, "[$Register.$G%d]" % r
        named = '[.$A%d]=""' % r
        cells = [F('IF([$Register.C%d]="";"";[$Register.C%d])' % (r, r), line("text", filled)),
                 F('IF([$Register.C%d]="";"";[$Register.E%d]&"")' % (r, r), line("text", filled))]
        cells += [V(v, unit_style(unit)) for v in k[10]] if k else [None] * 4
        cells += [F('IF(%s;"";%s)' % (named, kpi("KPI_STATUS", "[.%s%d]" % (col(2 + q), r), green, red)),
                    line("status_Metingen", filled)) for q in range(4)]
        q = ["[.%s%d]" % (col(2 + n), r) for n in range(4)]
        delta = "IF(ISNUMBER(%s);%s-%s;IF(ISNUMBER(%s);%s-%s;%s-%s))" % (
            q[3], q[3], q[2], q[2], q[2], q[1], q[1], q[0])
        better = "IF(%s>=%s;1;-1)" % (green, red)
        cells.append(F('IF(OR(%s;COUNT([.C%d:.F%d])<2);"";IF((%s)*%s>0;"beter";IF((%s)*%s<0;"slechter";"gelijk")))'
                       % (named, r, r, delta, better, delta, better), line("text", filled)))
        cells.append(F('IF(%s;"";INDEX([.G%d:.J%d];1;[$Dashboard.$B$2]))' % (named, r, r),
                       line("status_Metingen", filled)))
        s.line(r, *cells)
    s.input("C:F", KPI_FIRST, KPI_LAST, "number", "free_dec")
    return s


def matrix():
    s = Sheet("Matrix", [5.2, 2.6, 2.6, 2.6, 2.6, 6.0])
    s.line(1, T("Escalatiematrix", "title", 5))
    s.line(2, T("Niveau per aantal tekortkomingen (rijen) en hun ernst (kolommen). Pas de niveaus "
                "(0 tot en met 4) aan uw eigen contract aan; de leveranciersbladen rekenen ermee.", "note", 5))
    s.line(3, T("Tekortkomingen \\ ernst", "head"), T("1", "head"), T("2", "head"), T("3", "head"),
           T("meer", "head"))
    for i, label in enumerate(["1", "2", "3", "meer"]):
        s.line(4 + i, T(label, "head"), *[V(x, "in_int") for x in D.MATRIX[i]])
    s.input("B:E", 4, 7, "level", "in_int")
    s.line(10, T("Niveau", "head"), T("Actie", "head", 5))
    for i, action in enumerate(D.ACTIONS):
        s.line(11 + i, T("%d" % (i + 1), "text"), Cell(action, "in_text", span=5))
    s.input("B", 11, 14, "text", "in_text")
    return s


def suppliers():
    s = Sheet("Leveranciers", [6.0, 3.6, 2.4, 3.0, 2.0, 3.0, 11.0, 3.2])
    s.line(1, T("Leveranciers: prestaties en escalatie, K%d %d" % (D.CURRENT_QUARTER, D.YEAR), "title", 8))
    s.line(2, T("Score op een schaal van 1 tot 5. Tekortkomingen en hun ernst (1, 2, 3 of meer) in de periode "
                "bepalen het escalatieniveau via het blad Matrix. Ruimte voor %d leveranciers." % SUPPLIER_ROWS,
                "note", 8))
    s.line(3, T("Bonusnorm", "label"), V(D.BONUS_NORM, "in_dec"))
    s.line(4, T("Doelstelling", "label"), V(D.TARGET, "in_dec"))
    s.line(5, T("Minimum", "label"), V(D.MINIMUM, "in_dec"))
    s.input("B", 3, 5, "score", "in_dec")
    s.line(7, *[T(h, "head") for h in ("Leverancier", "Categorie", "Score", "Tekortkomingen", "Ernst",
                                       "Escalatieniveau", "Actie", "Bonus/malus")])
    for i, (name, cat, score, count, severity) in enumerate(D.SUPPLIERS):
        s.line(SUPPLIER_FIRST + i, V(name, "in_text"), V(cat, "in_text"), V(score, "in_dec"), V(count, "in_int"),
               V(severity, "in_int"))
    for r in range(SUPPLIER_FIRST, SUPPLIER_LAST + 1):
        filled = r < SUPPLIER_FIRST + len(D.SUPPLIERS)
        empty = 'AND([.A%d]="";[.D%d]="";[.E%d]="")' % (r, r, r)
        s.line(r, F('IF(%s;"";%s)' % (empty, kpi("ESCALATION_LEVEL", "[.D%d]" % r, "[.E%d]" % r,
                                                    "[$Matrix.$B$4:.$E$7]")), line("level", filled)),
               F('IF([.F%d]="";"";IF([.F%d]=0;"Geen escalatie";INDEX([$Matrix.$B$11:.$B$14];[.F%d])))'
                 % (r, r, r), "wrap"),
               F('IF(AND([.A%d]="";[.C%d]="");"";%s)'
                 % (r, r, kpi("BONUS_MALUS", "[.C%d]" % r, "[.$B$3]", "[.$B$4]", "[.$B$5]")), line("status_Leveranciers", filled)), col=5)
    for cols, rule, style in (("A:B", "text", "free_text"), ("C", "score", "free_dec"),
                              ("D", "count", "free_int"), ("E", "severity", "free_int")):
        s.input(cols, SUPPLIER_FIRST, SUPPLIER_LAST, rule, style)
    return s


def spend():
    s = Sheet("Spend", [6.0, 3.8, 3.0, 3.6, 0.6, 4.2, 3.4, 3.4])
    last = "[.$H$3]"
    rng = lambda c: to_last(c, SPEND_FIRST, last)  # noqa: E731
    s.line(1, T("Spend onder contract", "title", 8))
    s.line(2, T("Eén regel per factuur of order; creditnota's negatief. Contractreferentie leeg, 'nee' of '-' "
                "betekent: geen contract. Alle regels tellen mee, hoeveel het er ook zijn.", "note", 8))
    s.line(3, T("Laatste regel staat op rij", "label", 2), F(last_line(SPEND_FIRST, "C", "ABD"), "int"), col=5)
    s.line(4, *[T(h, "head") for h in ("Leverancier", "Categorie", "Bedrag", "Contractreferentie")])
    s.line(4, T("Categorie", "head"), T("Spend", "head"), T("Onder contract", "head"), col=5)
    for i, (supplier, cat, amount, ref) in enumerate(D.SPEND):
        s.line(SPEND_FIRST + i, V(supplier, "in_text"), V(cat, "in_text"), V(amount, "in_eur"),
               V(ref if ref else None, "in_text"))
    for cols, rule, style in (("A", "text", "free_text"), ("B", "category", "free_text"),
                              ("C", "number", "free_eur"), ("D", "text", "free_text")):
        s.input(cols, SPEND_FIRST, LAST_SHEET_ROW, rule, style)
    for i in range(CATEGORY_ROWS):
        r = SPEND_FIRST + i
        cat = D.CATEGORIES[i] if i < len(D.CATEGORIES) else None
        s.line(r, V(cat, "in_text"),
               F('IF([.F%d]="";"";SUMIF(%s;[.F%d];%s))' % (r, rng("B"), r, rng("C")), line("eur", cat)),
               F('IF([.F%d]="";"";%s)' % (r, kpi("SPEND_UNDER_CONTRACT", rng("C"), rng("D"), rng("B"),
                                                 "[.F%d]" % r)), line("pct", cat)), col=5)
    s.input("F", SPEND_FIRST, SPEND_TOTAL_ROW - 1, "text", "in_text")
    s.line(SPEND_TOTAL_ROW, T("Totaal", "head"), F("SUM(%s)" % rng("C"), "eur_total"),
           F(kpi("SPEND_UNDER_CONTRACT", rng("C"), rng("D")), "pct_total"), col=5)
    return s


def savings():
    s = Sheet("Besparingen", [7.4, 2.8, 3.2, 3.0, 2.0, 3.2, 3.2, 0.6, 5.6, 3.4])
    last = "[.$J$3]"
    rng = lambda c: to_last(c, SAVINGS_FIRST, last)  # noqa: E731
    s.line(1, T("Besparingen en inkoop-ROI %d" % D.YEAR, "title", 10))
    s.line(2, T("Huidige prijs = wat nu betaald wordt, voor de inkoop (de basis). Kostenvermijding meet "
                "tegen de laagste aanbieding, kostenreductie tegen de werkelijk betaalde prijs. Negatief: "
                "duurder dan de basis. De totalen tellen alle regels; een resultaat per regel staat bij de eerste "
                "%d." % SAVINGS_ROWS, "note", 10))
    s.line(3, T("Laatste regel staat op rij", "label"), F(last_line(SAVINGS_FIRST, "BCDE", "A"), "int"), col=8)
    s.line(4, *[T(h, "head") for h in ("Omschrijving", "Huidige prijs", "Laagste aanbieding",
                                       "Laatst betaald", "Volume", "Kostenvermijding", "Kostenreductie")])
    for i, (what, current, lowest, paid, volume) in enumerate(D.SAVINGS):
        s.line(SAVINGS_FIRST + i, V(what, "in_text"), V(current, "in_eur"), V(lowest, "in_eur"),
               V(paid, "in_eur"), V(volume, "in_int"))
    for r in range(SAVINGS_FIRST, SAVINGS_LAST + 1):
        empty = "COUNT([.B%d:.E%d])=0" % (r, r)
        style = line("eur", r < SAVINGS_FIRST + len(D.SAVINGS))
        s.line(r, F('IF(%s;"";%s)' % (empty, kpi("COST_AVOIDANCE", "[.B%d]" % r, "[.C%d]" % r, "[.E%d]" % r)),
                    style),
               F('IF(%s;"";%s)' % (empty, kpi("COST_REDUCTION", "[.B%d]" % r, "[.D%d]" % r, "[.E%d]" % r)),
                 style), col=5)
    s.input("A", SAVINGS_FIRST, LAST_SHEET_ROW, "text", "free_text")
    s.input("B:D", SAVINGS_FIRST, LAST_SHEET_ROW, "not_negative", "free_eur")
    s.input("E", SAVINGS_FIRST, LAST_SHEET_ROW, "not_negative", "free_int")
    summary = [
        ("Kostenvermijding totaal", F(kpi("COST_AVOIDANCE", rng("B"), rng("C"), rng("E")), "eur_total")),
        ("Kostenreductie totaal", F(kpi("COST_REDUCTION", rng("B"), rng("D"), rng("E")), "eur_total")),
        ("Kosten inkoopfunctie", V(D.FUNCTION_COST, "in_eur")),
        ("Inkoop-ROI", F(kpi("INKOOP_ROI", "[.J6]", "[.J5]", "[.J7]"), "dec_total")),
        ("Afgekeurde waarde", V(D.REJECTED_VALUE, "in_eur")),
        ("Ontvangen waarde", V(D.RECEIVED_VALUE, "in_eur")),
        ("Afkeurratio", F(kpi("REJECTION_RATE", "[.J9]", "[.J10]"), "pct_total")),
    ]
    s.line(4, T("Kerncijfer", "head"), T("Waarde", "head"), col=8)
    for i, (label, cell) in enumerate(summary):
        s.line(5 + i, T(label, "label"), cell, col=8)
    s.input("J", 7, 7, "positive", "in_eur")
    s.input("J", 9, 9, "not_negative", "in_eur")
    s.input("J", 10, 10, "positive", "in_eur")
    return s


def dashboard():
    s = Sheet("Dashboard", [5.2, 7.4, 2.4, 2.2, 2.2, 2.4, 2.2, 0.6, 3.6, 2.0, 2.0, 2.0, 2.0],
              landscape_fit=True)
    s.line(1, T("Inkoop-KPI-dashboard - " + D.ORGANISATION, "title", 13))
    s.line(2, T("Kwartaal (1-4):", "label"), V(D.CURRENT_QUARTER, "in_int"),
           F('"K"&[.B2]&" %d"' % D.YEAR, "text"))
    s.input("B", 2, 2, "quarter", "in_int")
    s.line(4, *[T(h, "head") for h in ("Thema", "KPI", "Waarde", "Groennorm", "Roodnorm", "Status",
                                       "Trend")])
    units = {KPI_FIRST + i: k[4] for i, k in enumerate(D.KPIS)}
    for i in range(DASH_KPIS):
        r, m = 5 + i, KPI_FIRST + i
        unit, filled = units.get(m, ""), m in units
        value = "INDEX([$Metingen.$C%d:.$F%d];1;[.$B$2])" % (m, m)
        shown = lambda f: 'IF([$Register.C%d]="";"";%s)' % (m, f)  # noqa: E731
        number = line(out_style(unit), filled)
        s.line(r, F(shown("[$Register.A%d]" % m), line("text", filled)),
               F(shown("[$Register.C%d]" % m), line("text", filled)),
               F('IF(%s="";"";%s)' % (value, value), number),
               F(shown("[$Register.F%d]" % m), number), F(shown("[$Register.G%d]" % m), number),
               F("[$Metingen.L%d]" % m, line("status_Dashboard", filled)),
               F("[$Metingen.K%d]" % m, line("text", filled)))
    top = 5 + DASH_KPIS + 1  # status per theme, over every KPI of the register
    s.line(top, *[T(h, "head") for h in ("Status per thema", "", "Groen", "Geel", "Rood", "Status")])
    themes = "[$Register.$A$%d:.$A$%d]" % (KPI_FIRST, KPI_LAST)
    status = "[$Metingen.$L$%d:.$L$%d]" % (KPI_FIRST, KPI_LAST)
    for i in range(THEME_ROWS):
        r = top + 1 + i
        named, filled = '[.A%d]=""' % r, i < len(D.THEMES)
        counts = [F('IF(%s;"";COUNTIFS(%s;[.A%d];%s;"%s"))' % (named, themes, r, status, w), line("int", filled))
                  for w in ("GROEN", "GEEL", "ROOD")]
        s.line(r, F('IF([$Register.L%d]="";"";[$Register.L%d])' % (KPI_FIRST + i, KPI_FIRST + i),
                    line("text", filled)), None, *counts,
               F('IF(%s;"";IF([.E%d]>0;"ROOD";IF([.D%d]>0;"GEEL";IF([.C%d]>0;"GROEN";"GRIJS"))))'
                 % (named, r, r, r), line("status_Dashboard", filled)))
    key = top + THEME_ROWS + 2  # key figures
    s.line(key, T("Kerncijfers", "head"), T("", "head"), T("Waarde", "head"))
    levels = "[$Leveranciers.$F$%d:.$F$%d]" % (SUPPLIER_FIRST, SUPPLIER_LAST)
    verdicts = "[$Leveranciers.$H$%d:.$H$%d]" % (SUPPLIER_FIRST, SUPPLIER_LAST)
    figures = [
        ("Spend onder contract", "[$Spend.H%d]" % SPEND_TOTAL_ROW, "pct"),
        ("Kostenvermijding", "[$Besparingen.J5]", "eur"),
        ("Kostenreductie", "[$Besparingen.J6]", "eur"),
        ("Inkoop-ROI", "[$Besparingen.J8]", "dec"),
        ("Afkeurratio", "[$Besparingen.J11]", "pct"),
        ("Leveranciers op escalatieniveau 3 of 4", 'COUNTIF(%s;">=3")' % levels, "int"),
        ("Leveranciers met een malus of ontbinding",
         'COUNTIF(%s;"MALUS")+COUNTIF(%s;"ONTBINDING")' % (verdicts, verdicts), "int"),
    ]
    for i, (label, formula, style) in enumerate(figures):
        s.line(key + 1 + i, T(label, "text", 2), F(formula, style))
    top = key + len(figures) + 2  # the self-assessment's theme scores
    s.line(top, T("Zelfevaluatie (1-4)", "head", 2), T("Gemiddelde", "head"), T("Status", "head"))
    for i, theme in enumerate(D.SELF_THEMES):
        r = SELF_FIRST + i
        s.line(top + 1 + i, T(theme, "text", 2), F("[$Zelfevaluatie.F%d]" % r, "dec"),
               F("[$Zelfevaluatie.H%d]" % r, "status_Dashboard"))
    # Chart data: KPI status counts per quarter, and spend under contract per category.
    s.line(4, T("Kwartaal", "head"), *[T(q, "head") for q in D.QUARTERS], col=8)
    for i, (word, label) in enumerate((("GROEN", "Groen"), ("GEEL", "Geel"), ("ROOD", "Rood"),
                                       ("GRIJS", "Nog niet gemeten"))):
        r = 5 + i
        s.line(r, T(label, "text"), *[F('COUNTIF([$Metingen.%s$%d:.%s$%d];"%s")'
                                        % (col(6 + q), KPI_FIRST, col(6 + q), KPI_LAST, word), "int")
                                      for q in range(4)], col=8)
    s.frames.append(chart_frame(
        "KPI-status per kwartaal", "chart:bar", "Dashboard.I4:Dashboard.M8",
        "Dashboard.J4:Dashboard.M4", ["Dashboard.J%d:Dashboard.M%d" % (r, r) for r in range(5, 9)],
        ["Dashboard.I%d" % r for r in range(5, 9)], x="24.6cm", y="7.8cm", stacked=True,
        colors=["#4caf50", "#ffc107", "#e53935", "#b0b0b0"]))
    s.line(11, T("Categorie", "head"), T("Onder contract", "head", 2), col=8)
    for i in range(CATEGORY_ROWS):
        r, c, filled = 12 + i, SPEND_FIRST + i, i < len(D.CATEGORIES)
        s.line(r, F('IF([$Spend.F%d]="";"";[$Spend.F%d])' % (c, c), line("text", filled)),
               Cell(None, line("pct", filled), formula="[$Spend.H%d]" % c, span=2), col=8)
    last = 11 + CATEGORY_ROWS
    s.frames.append(chart_frame(
        "Spend onder contract per categorie", "chart:bar",
        "Dashboard.I11:Dashboard.J%d" % last, "Dashboard.I12:Dashboard.I%d" % last,
        ["Dashboard.J12:Dashboard.J%d" % last], ["Dashboard.J11"],
        x="24.6cm", y="14.6cm", colors=["#1e88e5"], percent=True))
    return s


def tender():
    s = Sheet("Aanbesteding", [7.6, 6.4, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2], landscape_fit=True)
    s.line(1, T("Aanbesteding: " + D.TENDER + " (fictief voorbeeld)", "title", 9))
    s.line(2, T("Per inschrijving de aankoopprijs en de kosten per jaar van gebruik; de TCO telt ze over de "
                "levensduur op als contante waarde. De TCO geeft prijspunten; met de kwaliteitsscores en de "
                "weging volgt de rangorde.", "note", 9))
    params = [("Voorwerp van de aanbesteding", V(D.TENDER, "in_text"), "text"),
              ("Levensduur (jaren)", V(D.LIFE_YEARS, "in_int"), "years"),
              ("Disconteringsvoet per jaar", V(D.DISCOUNT_RATE, "in_pct"), "rate"),
              ("Methode prijspunten (relatief of lineair)", V(D.PRICE_METHOD, "in_text"), "price_method"),
              ("Lineair: alle punten bij een TCO van", V(D.FULL_POINTS_TCO, "in_eur"), "not_negative"),
              ("Lineair: geen punten bij een TCO van", V(D.ZERO_POINTS_TCO, "in_eur"), "not_negative"),
              ]
    for i, (label, cell, rule) in enumerate(params):
        s.line(PARAM_FIRST + i, T(label, "label"), cell)
        s.input("B", PARAM_FIRST + i, PARAM_FIRST + i, rule, cell.style)
    years, rate, method, full, zero = ("[.$B$%d]" % (PARAM_FIRST + i) for i in range(1, 6))
    scale = "%d" % D.SCALE

    s.line(BID_FIRST - 1, *[T(h, "head") for h in (
        "Inschrijver", "Aankoopprijs", "Energie per jaar", "Onderhoud per jaar", "Restwaarde",
        "TCO", "Gebruik (contante waarde)", "Prijspunten TCO")])
    tcos = "[.$F$%d:.$F$%d]" % (BID_FIRST, BID_LAST)
    # The bids' TCOs for PRICE_SCORE end at the last bid: the rows below hold
    # "" (no bid), which the function skips but the standard-function copy
    # for Excel would count as text.
    bid_tcos = "[.$F$%d]:INDEX(%s;%d+MAX(1;IFERROR(MATCH(REPT(\"z\";255);[.$A$%d:.$A$%d]);0)))" % (
        BID_FIRST, column("F"), BID_FIRST - 1, BID_FIRST, BID_LAST)
    for i in range(BID_ROWS):
        r, bid = BID_FIRST + i, (D.BIDS[i] if i < len(D.BIDS) else None)
        filled = bid is not None
        if bid:
            s.line(r, V(bid[0], "in_text"), *[V(x, "in_eur") for x in bid[1:]])
        tco = kpi("TCO", "[.B%d]" % r, "[.C%d]+[.D%d]" % (r, r), years, rate, "[.E%d]" % r)
        points = 'IF(%s="lineair";%s;%s)' % (method, kpi("PRICE_SCORE_LINEAR", "[.F%d]" % r, full, zero, scale),
                                              kpi("PRICE_SCORE", "[.F%d]" % r, bid_tcos, scale))
        s.line(r, F('IF([.A%d]="";"";%s)' % (r, tco), line("eur", filled)),
               F('IF([.F%d]="";"";[.F%d]-[.B%d])' % (r, r, r), line("eur", filled)),
               F('IF([.F%d]="";"";%s)' % (r, points), line("dec", filled)), col=5)
    s.input("A", BID_FIRST, BID_LAST, "text", "free_text")
    s.input("B:E", BID_FIRST, BID_LAST, "not_negative", "free_eur")

    bids = [col(3 + k) for k in range(BID_ROWS)]  # a column per bid in the criteria table
    s.line(CRIT_FIRST - 1, T("Hoofdcriterium", "head"), T("Subcriterium", "head"), T("Weging (%)", "head"),
           *[F('IF([$Aanbesteding.A%d]="";"";[$Aanbesteding.A%d])' % (BID_FIRST + k, BID_FIRST + k), "head")
             for k in range(BID_ROWS)])
    for i in range(CRIT_ROWS):
        r = CRIT_FIRST + i
        crit = D.CRITERIA[i] if i < len(D.CRITERIA) else None
        if crit:
            s.line(r, V(crit[0], "in_text"), V(crit[1], "in_text"), V(crit[2], "in_int"))
        if crit and crit[3] is None:  # the price part: points from the TCO, not typed
            s.line(r, *[F('IF(%s$%d="";"";[.$H$%d])' % (b, CRIT_FIRST - 1, BID_FIRST + k), "dec")
                        for k, b in enumerate(bids)], col=3)
            continue
        for k, b in enumerate(bids):
            score = crit[3][k] if crit and k < len(crit[3]) else None
            s.put(r, 3 + k, V(score, "in_dec") if score is not None else None)
        s.input("D:%s" % bids[-1], r, r, "tender_score", "free_dec" if not crit else "in_dec")
    s.input("A:B", CRIT_FIRST, CRIT_LAST, "text", "free_text")
    s.input("C", CRIT_FIRST, CRIT_LAST, "not_negative", "free_int")
    weights = "[.$C$%d:.$C$%d]" % (CRIT_FIRST, CRIT_LAST)
    total, rank, verdict = CRIT_LAST + 1, CRIT_LAST + 2, CRIT_LAST + 3
    totals = "[.$D$%d:.$%s$%d]" % (total, bids[-1], total)
    s.line(total, T("Gewogen totaal", "label"), None, None,
           *[F('IF(%s$%d="";"";%s)' % (b, CRIT_FIRST - 1, kpi("WEIGHTED_SCORE", "[.%s%d:.%s%d]"
                                                                % (b, CRIT_FIRST, b, CRIT_LAST), weights)),
               "dec_total") for b in bids])
    s.line(rank, T("Rangorde", "label"), None, None,
           # (not RANK: HyperFormula, an engine with Excel's semantics, lacks it)
           *[F('IF(%s%d="";"";1+COUNTIF(%s;">"&%s%d))' % (b, total, totals, b, total), "int") for b in bids])
    s.line(verdict, T("Gunning", "label"), None, None,
           *[F('IF(%s%d=1;"Winnaar";"")' % (b, rank), "status_Aanbesteding") for b in bids])

    top = verdict + 2  # the main criteria: weights as the sum of their sub-criteria
    s.line(top, T("Hoofdcriterium", "head"), T("Weging (%)", "head"))
    mains = list(dict.fromkeys(c[0] for c in D.CRITERIA))
    for i, main in enumerate(mains):
        s.line(top + 1 + i, T(main, "text"),
               F("SUMIF([.$A$%d:.$A$%d];[.A%d];%s)" % (CRIT_FIRST, CRIT_LAST, top + 1 + i, weights), "int"))
    s.line(top + 1 + len(mains), T("Totaal (hoort 100 te zijn)", "label"), F("SUM(%s)" % weights, "int"))

    note = top + len(mains) + 3
    purchase = "[.$B$%d:.$B$%d]" % (BID_FIRST, BID_LAST)
    names = "[.$A$%d:.$A$%d]" % (BID_FIRST, BID_LAST)
    s.line(note, T("Waarom de laagste aankoopprijs niet de laagste TCO hoeft te hebben", "head", 9))
    s.line(note + 1, T("Wie goedkoop koopt, betaalt soms jaren lang meer aan energie en onderhoud. De TCO telt "
                       "die kosten mee, verdisconteerd naar vandaag,", "note", 9))
    s.line(note + 2, T("en trekt de restwaarde af. Een duurdere warmtepomp met een hoger rendement kan zo over de "
                       "hele levensduur goedkoper zijn.", "note", 9))
    s.line(note + 3, Cell(None, "label", span=9, formula=(
        '"In dit voorbeeld: laagste aankoopprijs "&INDEX(%s;MATCH(MIN(%s);%s;0))&" (TCO € "&ROUND(INDEX(%s;'
        'MATCH(MIN(%s);%s;0));0)&"), laagste TCO "&INDEX(%s;MATCH(MIN(%s);%s;0))&" (TCO € "&ROUND(MIN(%s);0)&")."'
        % (names, purchase, purchase, tcos, purchase, purchase, names, tcos, tcos, tcos))))
    s.frames.append(chart_frame(
        "TCO per inschrijving", "chart:bar",
        "Aanbesteding.A%d:Aanbesteding.B%d Aanbesteding.G%d:Aanbesteding.G%d" % (BID_FIRST - 1, BID_LAST,
                                                                           BID_FIRST - 1, BID_LAST),
        "Aanbesteding.A%d:Aanbesteding.A%d" % (BID_FIRST, BID_LAST),
        ["Aanbesteding.B%d:Aanbesteding.B%d" % (BID_FIRST, BID_LAST),
         "Aanbesteding.G%d:Aanbesteding.G%d" % (BID_FIRST, BID_LAST)],
        ["Aanbesteding.B%d" % (BID_FIRST - 1), "Aanbesteding.G%d" % (BID_FIRST - 1)],
        x="17.4cm", y="1.4cm", width="17cm", height="6cm", stacked=True, colors=["#1e88e5", "#ff9800"],
        horizontal=True))
    return s


def self_assessment():
    s = Sheet("Zelfevaluatie", [1.0, 12.0, 2.2, 0.6, 5.6, 2.6, 2.6, 2.6], landscape_fit=True)
    s.line(1, T("Zelfevaluatie inkoop %d" % D.YEAR, "title", 8))
    s.line(2, T("Geef per stelling aan hoe zeer u het ermee eens bent: 1 oneens, 2 eerder oneens, 3 eerder eens, "
                "4 helemaal eens.", "note", 8))
    s.line(3, T("Het gemiddelde per thema krijgt een stoplicht: groen vanaf de groennorm, rood onder de "
                "roodnorm.", "note", 8))
    s.line(4, T("Groennorm", "label"), None, V(D.SELF_GREEN, "in_dec"))
    s.line(5, T("Roodnorm", "label"), None, V(D.SELF_RED, "in_dec"))
    s.input("C", 4, 5, "self_norm", "in_dec")
    s.line(SELF_FIRST - 1, T("Nr", "head"), T("Stelling", "head"), T("Score (1-4)", "head"))
    s.line(SELF_FIRST - 1, T("Thema", "head"), T("Gemiddelde", "head"), T("Beantwoord", "head"),
           T("Status", "head"), col=4)
    for t, theme in enumerate(D.SELF_THEMES):
        head = SELF_FIRST + t * (SELF_ROWS + 1)
        first, last = head + 1, head + SELF_ROWS
        s.line(head, T(theme, "head", 3))
        answers = [x for x in D.STATEMENTS if x[0] == theme]
        for i in range(SELF_ROWS):
            r = first + i
            a = answers[i] if i < len(answers) else None
            s.line(r, T("%d" % (i + 1), line("text", a)), V(a[1], "in_text") if a else None,
                   V(a[2], "in_int") if a else None)
        s.input("B", first, last, "text", "free_text")
        s.input("C", first, last, "self_score", "free_int")
        scores = "[.$C$%d:.$C$%d]" % (first, last)
        r = SELF_FIRST + t
        s.line(r, T(theme, "text"), F('IF(COUNT(%s)=0;"";AVERAGE(%s))' % (scores, scores), "dec"),
               F("COUNT(%s)" % scores, "int"),
               F(kpi("KPI_STATUS", "[.F%d]" % r, "[.$C$4]", "[.$C$5]"), "status_Zelfevaluatie"), col=4)
        s.frames.append(chart_frame(
            theme, "chart:bar", "Zelfevaluatie.A%d:Zelfevaluatie.A%d Zelfevaluatie.C%d:Zelfevaluatie.C%d"
            % (first, last, first, last), "Zelfevaluatie.A%d:Zelfevaluatie.A%d" % (first, last),
            ["Zelfevaluatie.C%d:Zelfevaluatie.C%d" % (first, last)], ["Zelfevaluatie.C%d" % (SELF_FIRST - 1)],
            x="16.0cm", y="%.2fcm" % (5.4 + 4.4 * t), width="13.2cm", height="4.2cm", colors=["#1e88e5"],
            legend=False, y_max=4))
    return s


def howto():
    s = Sheet("Uitleg", [24.0])
    lines = [
        ("Zo gebruikt u dit dashboard", "title"),
        ("Dit sjabloon hoort bij de extensie Inkoop KPI. Het is gevuld met een verzonnen woningcorporatie, "
         "zodat u meteen ziet hoe het werkt. Alle namen en bedragen zijn fictief.", "wrap"),
        ("", "wrap"),
        ("Leegmaken", "head"),
        ("1. Register: vervang de voorbeeld-KPI's door die van uw organisatie (ruimte voor %d) en zet uw "
         "thema's in de lijst Thema's rechts. Gele cellen zijn invoer." % KPI_ROWS, "wrap"),
        ("2. Metingen: wis de waarden in de kolommen K1 tot en met K4. Lege cellen tonen GRIJS.", "wrap"),
        ("3. Leveranciers, Spend en Besparingen: wis de voorbeeldregels (alleen de invoercellen).", "wrap"),
        ("Ruimte: %d KPI's, %d thema's, %d leveranciers en %d categorieën op Spend. Spend en Besparingen "
         "tellen elke regel, hoeveel het er ook zijn; Besparingen toont een resultaat per regel bij de "
         "eerste %d regels. Waar de ruimte op is, zijn de cellen beveiligd: plakken of typen daar wordt "
         "geweigerd, zodat niets ongemerkt buiten de telling valt."
         % (KPI_ROWS, THEME_ROWS, SUPPLIER_ROWS, CATEGORY_ROWS, SAVINGS_ROWS), "wrap"),
        ("4. Matrix: pas de escalatieniveaus en acties aan uw contracten aan.", "wrap"),
        ("", "wrap"),
        ("Vullen, elk kwartaal", "head"),
        ("1. Zet op het blad Dashboard het kwartaal (1 tot en met 4) dat u wilt tonen.", "wrap"),
        ("2. Vul op Metingen de gemeten waarden in. Percentages als percentage (80%), doorlooptijden in dagen.",
         "wrap"),
        ("3. Werk op Leveranciers de scores, het aantal tekortkomingen en hun ernst bij.", "wrap"),
        ("4. Vul op Besparingen de prijzen en volumes in, en de kosten van de inkoopfunctie.", "wrap"),
        ("5. Druk het Dashboard af: het past op een A4 liggend. De andere bladen passen op de breedte van "
         "een pagina; een lijst loopt door over meer pagina's, met de naam van het blad en het paginanummer "
         "onderaan, en drukt ook de lege ruimte onder uw regels af. Alleen uw regels afdrukken: selecteer "
         "ze en kies bij Afdrukken 'Geselecteerde cellen'.", "wrap"),
        ("", "wrap"),
        ("Aanbesteding", "head"),
        ("Vul per inschrijving de aankoopprijs, de energie- en onderhoudskosten per jaar en de restwaarde "
         "in; de functie TCO telt ze over de levensduur op als contante waarde (disconteringsvoet bovenaan). "
         "De prijspunten komen uit de TCO: relatief (PRICE_SCORE, laagste TCO krijgt alle punten) of lineair "
         "(PRICE_SCORE_LINEAR, tussen twee bedragen die u vooraf in de aanbestedingsstukken vastlegt). Geef "
         "de kwaliteitscriteria een weging en een score van 0 tot en met %d per inschrijving; WEIGHTED_SCORE "
         "geeft het gewogen totaal en de hoogste wint. Ruimte voor %d inschrijvingen en %d criteria."
         % (D.SCALE, BID_ROWS, CRIT_ROWS), "wrap"),
        ("Zelfevaluatie", "head"),
        ("Beantwoord de stellingen per thema met 1 (oneens) tot en met 4 (helemaal eens); voeg eigen "
         "stellingen toe in de lege regels (%d per thema). Het gemiddelde per thema krijgt een stoplicht met "
         "KPI_STATUS: groen vanaf %.1f, rood onder %.1f (de normen staan bovenaan het blad). Het Dashboard "
         "toont de drie thema's." % (SELF_ROWS, D.SELF_GREEN, D.SELF_RED), "wrap"),
        ("", "wrap"),
        ("Een export uit het financiële systeem plakken", "head"),
        ("1. Zet in de export de kolommen in deze volgorde: leverancier, categorie, bedrag, contractreferentie. "
         "Kopieer alleen de regels, zonder de kopregel van de export.", "wrap"),
        ("2. Klik op Spend in cel A5 (of in de eerste lege regel onder uw laatste regel) en plak. Plak over "
         "de regels heen; rijen invoegen is niet nodig.", "wrap"),
        ("3. Elke regel telt mee, hoeveel het er ook zijn en ook met lege regels ertussen. Rechtsboven ziet u "
         "op welke rij de laatste regel staat: controleer dat dit de laatste regel van uw export is.", "wrap"),
        ("4. Bedragen moeten getallen zijn. Staat er bij Onder contract Err:502, dan staat ergens tekst in de "
         "kolom Bedrag (bijvoorbeeld een meegeplakte kopregel): zoek en verbeter die regel.", "wrap"),
        ("5. Categorieën die nog niet in de tabel rechts staan, tellen mee in het totaal; zet ze in de tabel "
         "(ruimte voor %d) om ook hun eigen aandeel te zien." % CATEGORY_ROWS, "wrap"),
        ("", "wrap"),
        ("Regels voor de invoer", "head"),
        ("Wat u typt wordt gecontroleerd; een ongeldige waarde wordt geweigerd met een melding:", "wrap"),
        ("- Kwartaal: een heel getal van 1 tot en met 4.", "wrap"),
        ("- Thema: uit de lijst Thema's op het blad Register. Type: input, proces, output of outcome.", "wrap"),
        ("- Normen en metingen: getallen.", "wrap"),
        ("- Scores, bonusnorm, doelstelling en minimum: van 1 tot en met 5.", "wrap"),
        ("- Tekortkomingen: een heel getal, 0 of meer. Ernst: een heel getal, 1 of meer.", "wrap"),
        ("- Escalatiematrix: hele getallen van 0 tot en met 4.", "wrap"),
        ("- Prijzen, volumes en afgekeurde waarde: 0 of meer. Kosten inkoopfunctie en ontvangen waarde: "
         "meer dan 0.", "wrap"),
        ("- Bedragen op Spend: getallen; een creditnota is negatief.", "wrap"),
        ("- Aanbesteding: levensduur een heel aantal jaren, prijzen en kosten 0 of meer, scores van 0 tot en "
         "met %d, methode relatief of lineair. Zelfevaluatie: antwoorden 1, 2, 3 of 4." % D.SCALE, "wrap"),
        ("Berekende cellen zijn beveiligd: typen erin wordt geweigerd. Alle bladen zijn beveiligd zonder "
         "wachtwoord; wie de opbouw wil wijzigen, kiest Extra > Blad beveiligen om de beveiliging op te "
         "heffen. Plakken controleert de regels niet: controleer geplakte gegevens zelf.", "wrap"),
        ("", "wrap"),
        ("Betekenis van de kleuren", "head"),
        ("GROEN: norm gehaald. GEEL: tussen groen- en roodnorm. ROOD: roodnorm overschreden, actie nodig. "
         "GRIJS: nog niet gemeten.", "wrap"),
        ("Staat er Err:502 in een cel, dan is de invoer ongeldig, bijvoorbeeld tekst waar een getal hoort of een "
         "negatief aantal. De functies staan beschreven in de functie-assistent (Invoegen > Functie).", "wrap"),
    ]
    for i, (text, style) in enumerate(lines):
        s.line(1 + i, T(text, style))
    return s


# ---- charts ------------------------------------------------------------

def chart_frame(title, chart_class, ranges, categories, series, labels, x, y, stacked=False,
                colors=(), percent=False, width="11cm", height="6.6cm", legend=True, y_max=None,
                horizontal=False):
    """An embedded chart whose data come from the sheets; y_max fixes the
    value axis (else the office scales it); horizontal bars read long names."""
    styles = ['<style:style style:name="plot" style:family="chart"><style:chart-properties chart:stacked="%s" '
              'chart:vertical="%s"/></style:style>' % ("true" if stacked else "false",
                                                       "true" if horizontal else "false")]
    ser = []
    for i, (values, label) in enumerate(zip(series, labels)):
        styles.append('<style:style style:name="s%d" style:family="chart"><style:graphic-properties draw:fill-color="%s" '
                      'svg:stroke-color="%s"/></style:style>' % (i, colors[i % len(colors)],
                                                                   colors[i % len(colors)]))
        ser.append('<chart:series chart:style-name="s%d" chart:class="%s" '
                   'chart:values-cell-range-address="%s" chart:label-cell-address="%s"/>'
                   % (i, chart_class, values, label))
    scale = ('chart:minimum="0" chart:maximum="%s" chart:interval-major="1"' % y_max) if y_max else ""
    yaxis = ('<style:style style:name="yaxis" style:family="chart"><style:chart-properties chart:display-label="true" '
             '%s %s/></style:style>' % ('style:data-style-name="Npct" chart:link-data-style-to-source="false"'
                                        if percent else "", scale))
    styles.append(yaxis)
    styles.append('<style:style style:name="xaxis" style:family="chart"><style:chart-properties '
                  'chart:display-label="true"/></style:style>')
    chart = (
        '<office:document office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.chart">'
        '<office:styles>%s</office:styles><office:automatic-styles>%s</office:automatic-styles>'
        '<office:body><office:chart>'
        '<chart:chart chart:class="%s" svg:width="%s" svg:height="%s">'
        '<chart:title><text:p>%s</text:p></chart:title>%s'
        '<chart:plot-area chart:style-name="plot" table:cell-range-address="%s" '
        'chart:data-source-has-labels="both">'
        '<chart:axis chart:dimension="x" chart:name="primary-x" chart:style-name="xaxis">'
        '<chart:categories table:cell-range-address="%s"/></chart:axis>'
        '<chart:axis chart:dimension="y" chart:name="primary-y" chart:style-name="yaxis">'
        '<chart:grid chart:class="major"/></chart:axis>'
        '%s</chart:plot-area></chart:chart></office:chart></office:body></office:document>'
        % (PERCENT_STYLE if percent else "", "".join(styles), chart_class, width, height, escape(title),
           '<chart:legend chart:legend-position="end"/>' if legend else "", ranges, categories, "".join(ser)))
    return ('<draw:frame draw:z-index="0" svg:width="%s" svg:height="%s" svg:x="%s" svg:y="%s">'
            '<draw:object draw:notify-on-update-of-ranges="%s">%s</draw:object></draw:frame>'
            % (width, height, x, y, ranges, chart))


PERCENT_STYLE = ('<number:percentage-style style:name="Npct"><number:number number:decimal-places="0" '
                 'number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>')


# ---- styles ------------------------------------------------------------

STATUS_COLOURS = {"GROEN": "#4caf50", "GEEL": "#ffc107", "ROOD": "#e53935", "GRIJS": "#bdbdbd",
                  "Winnaar": "#4caf50",
                  "BONUS": "#4caf50", "MALUS": "#ffc107", "ONTBINDING": "#e53935"}

STYLES = """
<office:styles>
 <number:number-style style:name="Nint"><number:number number:decimal-places="0" number:min-integer-digits="1"/></number:number-style>
 <number:number-style style:name="Ndec"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/></number:number-style>
 <number:number-style style:name="Ndec2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>
 <number:percentage-style style:name="Npct"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%%</number:text></number:percentage-style>
 <number:percentage-style style:name="Npct1"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/><number:text>%%</number:text></number:percentage-style>
 <number:currency-style style:name="Neur"><number:currency-symbol number:language="nl" number:country="NL">€</number:currency-symbol><number:text> </number:text><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:currency-style>
 <style:style style:name="Default" style:family="table-cell">
  <style:table-cell-properties style:vertical-align="middle"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="9pt"/>
 </style:style>
 %(status_styles)s
</office:styles>
<office:automatic-styles>
 %(list_table_styles)s
 <style:style style:name="ta_fit" style:family="table" style:master-page-name="EenPagina"><style:table-properties table:display="true"/></style:style>
 %(column_row_styles)s
 %(cell_styles)s
 <!-- Lists: as wide as one page (a list runs down over as many pages as it
      needs), with the sheet's name and the page number below. -->
 <style:page-layout style:name="pl">
  <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin="1.2cm" style:scale-to-X="1" style:first-page-number="1"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.2cm"/></style:footer-style>
 </style:page-layout>
 <style:page-layout style:name="pl_fit">
  <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin="1cm" style:scale-to-X="1" style:scale-to-Y="1"/>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 %(list_page_styles)s
 <style:master-page style:name="EenPagina" style:page-layout-name="pl_fit"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page>
</office:master-styles>
"""


def cell_style(name, number=None, bold=False, size=None, bg=None, wrap=False, align=None, border=False,
               maps=None, colour=None, base="Dashboard"):
    props = []
    if bg:
        props.append('fo:background-color="%s"' % bg)
    if wrap:
        props.append('fo:wrap-option="wrap"')
    if border:
        props.append('fo:border="0.5pt solid #9e9e9e"')
    if name.startswith(("in_", "free_")):  # input cells stay open on a protected sheet
        props.append('style:cell-protect="none"')
    text = ['style:font-name="DejaVu Sans"']
    if bold:
        text.append('fo:font-weight="bold"')
    text.append('fo:font-size="%s"' % (size or "9pt"))
    if colour:
        text.append('fo:color="%s"' % colour)
    para = '<style:paragraph-properties fo:text-align="%s"/>' % align if align else ""
    data = ' style:data-style-name="%s"' % number if number else ""
    mapping = "".join('<style:map style:condition="cell-content()=&quot;%s&quot;" style:apply-style-name="%s" '
                      'style:base-cell-address="%s.A1"/>' % (word, target, base) for word, target in (maps or []))
    return ('<style:style style:name="%s" style:family="table-cell" style:parent-style-name="Default"%s>'
            '<style:table-cell-properties %s/>%s<style:text-properties %s/>%s</style:style>'
            % (name, data, " ".join(props), para, " ".join(text), mapping))


def all_cell_styles():
    yellow = "#fff8dc"
    specs = [
        ("title", dict(bold=True, size="14pt")),
        ("note", dict(wrap=True, colour="#555555")),
        ("head", dict(bold=True, bg="#dfe7ef", border=True, wrap=True)),
        ("label", dict(bold=True)),
        ("text", dict(border=True)),
        ("wrap", dict(wrap=True)),
        ("int", dict(number="Nint", border=True, align="center")),
        ("dec", dict(number="Ndec2", border=True)),
        ("pct", dict(number="Npct", border=True)),
        ("eur", dict(number="Neur", border=True)),
        ("eur_total", dict(number="Neur", bold=True, border=True)),
        ("pct_total", dict(number="Npct1", bold=True, border=True)),
        ("dec_total", dict(number="Ndec2", bold=True, border=True)),
        ("in_text", dict(bg=yellow, border=True)),
        ("in_int", dict(number="Nint", bg=yellow, border=True, align="center")),
        ("in_dec", dict(number="Ndec", bg=yellow, border=True)),
        ("in_pct", dict(number="Npct", bg=yellow, border=True)),
        ("in_eur", dict(number="Neur", bg=yellow, border=True)),
        # input cells below the example lines: open, not yet coloured
        ("free_text", {}),
        ("free_int", dict(number="Nint", align="center")),
        ("free_dec", dict(number="Ndec")),
        ("free_eur", dict(number="Neur")),
        ("level", dict(number="Nint", bold=True, border=True, align="center")),
    ]
    # The office applies a style's colour map only on the sheet of its base
    # cell, so each sheet showing status words has a style of its own.
    specs += [("status_" + sheet, dict(bold=True, border=True, align="center", base=sheet,
                                       maps=[(w, "Status_" + w) for w in STATUS_COLOURS]))
              for sheet in ("Dashboard", "Metingen", "Leveranciers", "Aanbesteding", "Zelfevaluatie")]
    # Results on lines not filled in yet: the same without a border (see line()).
    specs += [("line_" + name, dict(kw, border=False)) for name, kw in specs if kw.get("border")]
    return "\n ".join(cell_style(name, **kw) for name, kw in specs)


def status_styles():
    return "\n ".join(
        '<style:style style:name="Status_%s" style:family="table-cell" style:parent-style-name="Default">'
        '<style:table-cell-properties fo:background-color="%s"/>'
        '<style:text-properties fo:font-weight="bold"%s/></style:style>'
        % (w, c, ' fo:color="#ffffff"' if w in ("ROOD", "GROEN", "BONUS", "ONTBINDING", "Winnaar") else "")
        for w, c in STATUS_COLOURS.items())


def document():
    sheets = [dashboard(), register(), measurements(), suppliers(), spend(), savings(), tender(),
              self_assessment(), matrix(), howto()]
    styles = STYLES % {
        "status_styles": status_styles(),
        "column_row_styles": "".join(s.column_row_styles(i) for i, s in enumerate(sheets)),
        "list_table_styles": "".join(s.page_styles(i)[0] for i, s in enumerate(sheets)),
        "list_page_styles": "".join(s.page_styles(i)[1] for i, s in enumerate(sheets)),
        "cell_styles": all_cell_styles(),
    }
    body = "\n".join(s.xml(i) for i, s in enumerate(sheets))
    return HEAD + styles + "<office:body><office:spreadsheet>\n" + validations_xml() + body + \
        "\n</office:spreadsheet></office:body></office:document>\n"


HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><dc:title>Inkoop-KPI-dashboard</dc:title><meta:generator>Inkoop KPI build_dashboard.py</meta:generator></office:meta>
"""


if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write(document())
