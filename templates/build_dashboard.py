#!/usr/bin/env python3
"""Writes the basic KPI dashboard as flat ODF (.fods): the diffable source of
the template.  The build turns it into an .ots with the office
(templates/CMakeLists.txt).

usage: build_dashboard.py OUT.fods

Sheets: Dashboard, Register, Metingen, Leveranciers, Spend, Besparingen,
Matrix, Uitleg.  Formulas use only the add-in's functions and Calc's
built-ins; lists reach far below the example data (rows to LAST_ROW) so
lines added by the user are counted.  No macros.
"""
import os
import sys
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dashboard_data as D  # noqa: E402

ADDIN = "ORG.INKOOPKPI.KPIFUNCTIONS."
LAST_ROW = 10000   # spend and savings lists count lines down to this row
N_KPI = len(D.KPIS)
KPI_FIRST = 4      # first KPI row on Register and Metingen
KPI_LAST = KPI_FIRST + N_KPI - 1


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

    def xml(self):
        a = ""
        if self.style:
            a += ' table:style-name="%s"' % self.style
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


def T(text, style=None, span=1):
    return Cell(text, style, span=span)


def V(value, style="input"):
    return Cell(value, style)


class Sheet:
    def __init__(self, name, widths, landscape_fit=False):
        self.name, self.widths, self.rows = name, widths, {}
        self.fit = landscape_fit
        self.frames = []

    def put(self, row, col, cell):
        self.rows.setdefault(row, {})[col] = cell

    def line(self, row, *cells, col=0):
        for c in cells:
            self.put(row, col, c)
            col += c.span if c is not None else 1

    def xml(self, index):
        out = ['<table:table table:name="%s" table:style-name="%s">'
               % (self.name, "ta_fit" if self.fit else "ta")]
        if self.frames:
            out.append("<table:shapes>%s</table:shapes>" % "".join(self.frames))
        for i, w in enumerate(self.widths):
            out.append('<table:table-column table:style-name="co_%s_%d" table:default-cell-style-name="Default"/>'
                       % (index, i))
        last = max(self.rows) if self.rows else 0
        for r in range(1, last + 1):
            cells = self.rows.get(r, {})
            parts, c = [], 0
            end = max(cells) if cells else -1
            while c <= end:
                cell = cells.get(c)
                if cell is None:
                    parts.append("<table:table-cell/>")
                    c += 1
                else:
                    parts.append(cell.xml())
                    c += cell.span
            out.append("<table:table-row>%s</table:table-row>" % "".join(parts))
        out.append("</table:table>")
        return "\n".join(out)

    def column_styles(self, index):
        return "".join(
            '<style:style style:name="co_%s_%d" style:family="table-column">'
            '<style:table-column-properties fo:break-before="auto" style:column-width="%.2fcm"/>'
            "</style:style>" % (index, i, w) for i, w in enumerate(self.widths))


def col(c):
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[c]


def unit_style(unit):
    return {"%": "in_pct", "euro": "in_eur"}.get(unit, "in_dec")


def out_style(unit):
    return {"%": "pct", "euro": "eur"}.get(unit, "dec")


# ---- the sheets --------------------------------------------------------

def register():
    s = Sheet("Register", [4.2, 5.6, 6.4, 2.2, 1.8, 2.4, 2.4, 5.0, 3.8, 3.0])
    s.line(1, T("KPI-register - " + D.ORGANISATION, "title", 10))
    s.line(2, T("Per strategisch thema de kritieke succesfactor, de KPI die haar meetbaar maakt, "
                "en de normen voor groen en rood. Lager is beter wanneer de roodnorm boven de groennorm ligt.",
                "note", 10))
    s.line(3, *[T(h, "head") for h in ("Thema", "Kritieke succesfactor", "KPI", "Type", "Eenheid",
                                       "Groennorm", "Roodnorm", "Bron", "Eigenaar", "Meetfrequentie")])
    for i, k in enumerate(D.KPIS):
        theme, ksf, name, typ, unit, green, red, source, owner, freq, _ = k
        s.line(KPI_FIRST + i, V(theme, "in_text"), V(ksf, "in_text"), V(name, "in_text"),
               V(typ, "in_text"), V(unit, "in_text"), V(green, unit_style(unit)),
               V(red, unit_style(unit)), V(source, "in_text"), V(owner, "in_text"), V(freq, "in_text"))
    return s


def measurements():
    s = Sheet("Metingen", [6.4, 1.8, 2.0, 2.0, 2.0, 2.0, 2.3, 2.3, 2.3, 2.3, 2.6])
    s.line(1, T("Metingen per kwartaal %d" % D.YEAR, "title", 11))
    s.line(2, T("Vul per kwartaal de gemeten waarde in. Een lege cel betekent: nog niet gemeten (GRIJS). "
                "De status volgt uit de normen in het register.", "note", 11))
    s.line(3, *[T(h, "head") for h in ["KPI", "Eenheid"] + D.QUARTERS
                + ["Status " + q for q in D.QUARTERS] + ["Trend"]])
    for i, k in enumerate(D.KPIS):
        r = KPI_FIRST + i
        unit = k[4]
        green, red = "[$Register.$F%d]" % r, "[$Register.$G%d]" % r
        cells = [F("[$Register.C%d]" % r, "text"), F("[$Register.E%d]" % r, "text")]
        cells += [V(v, unit_style(unit)) for v in k[10]]
        cells += [F(kpi("KPI_STATUS", "[.%s%d]" % (col(2 + q), r), green, red), "status")
                  for q in range(4)]
        q = ["[.%s%d]" % (col(2 + n), r) for n in range(4)]
        delta = "IF(ISNUMBER(%s);%s-%s;IF(ISNUMBER(%s);%s-%s;%s-%s))" % (
            q[3], q[3], q[2], q[2], q[2], q[1], q[1], q[0])
        better = "IF(%s>=%s;1;-1)" % (green, red)
        cells.append(F('IF(COUNT([.C%d:.F%d])<2;"";IF((%s)*%s>0;"beter";IF((%s)*%s<0;"slechter";"gelijk")))'
                       % (r, r, delta, better, delta, better), "text"))
        s.line(r, *cells)
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
    s.line(10, T("Niveau", "head"), T("Actie", "head", 5))
    for i, action in enumerate(D.ACTIONS):
        s.line(11 + i, T("%d" % (i + 1), "text"), Cell(action, "in_text", span=5))
    return s


def suppliers():
    s = Sheet("Leveranciers", [6.0, 3.6, 2.4, 3.0, 2.0, 3.0, 11.0, 3.2])
    s.line(1, T("Leveranciers: prestaties en escalatie, K%d %d" % (D.CURRENT_QUARTER, D.YEAR), "title", 8))
    s.line(2, T("Score op een schaal van 1 tot 5. Tekortkomingen en hun ernst (1, 2, 3 of meer) in de periode "
                "bepalen het escalatieniveau via het blad Matrix.", "note", 8))
    s.line(3, T("Bonusnorm", "label"), V(D.BONUS_NORM, "in_dec"))
    s.line(4, T("Doelstelling", "label"), V(D.TARGET, "in_dec"))
    s.line(5, T("Minimum", "label"), V(D.MINIMUM, "in_dec"))
    s.line(7, *[T(h, "head") for h in ("Leverancier", "Categorie", "Score", "Tekortkomingen", "Ernst",
                                       "Escalatieniveau", "Actie", "Bonus/malus")])
    for i, (name, cat, score, count, severity) in enumerate(D.SUPPLIERS):
        r = 8 + i
        s.line(r, V(name, "in_text"), V(cat, "in_text"), V(score, "in_dec"), V(count, "in_int"),
               V(severity, "in_int"),
               F(kpi("ESCALATION_LEVEL", "[.D%d]" % r, "[.E%d]" % r, "[$Matrix.$B$4:.$E$7]"), "level"),
               F('IF([.F%d]=0;"Geen escalatie";INDEX([$Matrix.$B$11:.$B$14];[.F%d]))' % (r, r), "wrap"),
               F(kpi("BONUS_MALUS", "[.C%d]" % r, "[.$B$3]", "[.$B$4]", "[.$B$5]"), "status"))
    return s


SPEND_FIRST = 5


def spend():
    s = Sheet("Spend", [6.0, 3.8, 3.0, 3.6, 0.6, 4.2, 3.4, 3.4])
    rng = lambda c: "[.$%s$%d:.$%s$%d]" % (c, SPEND_FIRST, c, LAST_ROW)  # noqa: E731
    s.line(1, T("Spend onder contract", "title", 8))
    s.line(2, T("Eén regel per factuur of order; creditnota's negatief. Contractreferentie leeg, 'nee' of '-' "
                "betekent: geen contract. Regels tot en met rij %d tellen mee." % LAST_ROW, "note", 8))
    s.line(4, *[T(h, "head") for h in ("Leverancier", "Categorie", "Bedrag", "Contractreferentie")])
    s.line(4, T("Categorie", "head"), T("Spend", "head"), T("Onder contract", "head"), col=5)
    for i, (supplier, cat, amount, ref) in enumerate(D.SPEND):
        s.line(SPEND_FIRST + i, V(supplier, "in_text"), V(cat, "in_text"), V(amount, "in_eur"),
               V(ref if ref else None, "in_text"))
    for i, cat in enumerate(D.CATEGORIES):
        r = SPEND_FIRST + i
        s.line(r, V(cat, "in_text"), F("SUMIF(%s;[.F%d];%s)" % (rng("B"), r, rng("C")), "eur"),
               F(kpi("SPEND_UNDER_CONTRACT", rng("C"), rng("D"), rng("B"), "[.F%d]" % r), "pct"), col=5)
    r = SPEND_FIRST + len(D.CATEGORIES)
    s.line(r, T("Totaal", "head"), F("SUM(%s)" % rng("C"), "eur_total"),
           F(kpi("SPEND_UNDER_CONTRACT", rng("C"), rng("D")), "pct_total"), col=5)
    return s


def savings():
    s = Sheet("Besparingen", [7.4, 2.8, 3.2, 3.0, 2.0, 3.2, 3.2, 0.6, 5.6, 3.4])
    rng = lambda c: "[.$%s$5:.$%s$%d]" % (c, c, LAST_ROW)  # noqa: E731
    s.line(1, T("Besparingen en inkoop-ROI %d" % D.YEAR, "title", 10))
    s.line(2, T("Huidige prijs = wat nu betaald wordt, voor de inkoop (de basis). Kostenvermijding meet "
                "tegen de laagste aanbieding, kostenreductie tegen de werkelijk betaalde prijs. Negatief: "
                "duurder dan de basis.", "note", 10))
    s.line(4, *[T(h, "head") for h in ("Omschrijving", "Huidige prijs", "Laagste aanbieding",
                                       "Laatst betaald", "Volume", "Kostenvermijding", "Kostenreductie")])
    for i, (what, current, lowest, last, volume) in enumerate(D.SAVINGS):
        r = 5 + i
        s.line(r, V(what, "in_text"), V(current, "in_eur"), V(lowest, "in_eur"), V(last, "in_eur"),
               V(volume, "in_int"),
               F(kpi("COST_AVOIDANCE", "[.B%d]" % r, "[.C%d]" % r, "[.E%d]" % r), "eur"),
               F(kpi("COST_REDUCTION", "[.B%d]" % r, "[.D%d]" % r, "[.E%d]" % r), "eur"))
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
    return s


def dashboard():
    s = Sheet("Dashboard", [5.2, 7.4, 2.4, 2.2, 2.2, 2.4, 2.2, 0.6, 3.6, 2.0, 2.0, 2.0, 2.0],
              landscape_fit=True)
    s.line(1, T("Inkoop-KPI-dashboard - " + D.ORGANISATION, "title", 13))
    s.line(2, T("Kwartaal (1-4):", "label"), V(D.CURRENT_QUARTER, "in_int"),
           F('"K"&[.B2]&" %d"' % D.YEAR, "text"))
    s.line(4, *[T(h, "head") for h in ("Thema", "KPI", "Waarde", "Groennorm", "Roodnorm", "Status",
                                       "Trend")])
    for i, k in enumerate(D.KPIS):
        r, m = 5 + i, KPI_FIRST + i
        unit = k[4]
        value = "INDEX([$Metingen.$C%d:.$F%d];1;[.$B$2])" % (m, m)
        s.line(r, F("[$Register.A%d]" % m, "text"), F("[$Register.C%d]" % m, "text"),
               F('IF(%s="";"";%s)' % (value, value), out_style(unit)),
               F("[$Register.F%d]" % m, out_style(unit)), F("[$Register.G%d]" % m, out_style(unit)),
               F("INDEX([$Metingen.$G%d:.$J%d];1;[.$B$2])" % (m, m), "status"),
               F("[$Metingen.K%d]" % m, "text"))
    top = 5 + N_KPI + 1  # status per theme
    s.line(top, *[T(h, "head") for h in ("Status per thema", "", "Groen", "Geel", "Rood", "Status")])
    kpi_rows = "[.$A$5:.$A$%d]" % (4 + N_KPI)
    status_rows = "[.$F$5:.$F$%d]" % (4 + N_KPI)
    for i, theme in enumerate(D.THEMES):
        r = top + 1 + i
        counts = [F('COUNTIFS(%s;[.A%d];%s;"%s")' % (kpi_rows, r, status_rows, w), "int")
                  for w in ("GROEN", "GEEL", "ROOD")]
        s.line(r, T(theme, "text"), None, *counts,
               F('IF([.E%d]>0;"ROOD";IF([.D%d]>0;"GEEL";IF([.C%d]>0;"GROEN";"GRIJS")))' % (r, r, r), "status"))
    key = top + len(D.THEMES) + 2  # key figures
    s.line(key, T("Kerncijfers", "head"), T("", "head"), T("Waarde", "head"))
    n_sup = len(D.SUPPLIERS)
    figures = [
        ("Spend onder contract", "[$Spend.H%d]" % (SPEND_FIRST + len(D.CATEGORIES)), "pct"),
        ("Kostenvermijding", "[$Besparingen.J5]", "eur"),
        ("Kostenreductie", "[$Besparingen.J6]", "eur"),
        ("Inkoop-ROI", "[$Besparingen.J8]", "dec"),
        ("Afkeurratio", "[$Besparingen.J11]", "pct"),
        ("Leveranciers op escalatieniveau 3 of 4",
         'COUNTIF([$Leveranciers.$F$8:.$F$%d];">=3")' % (7 + n_sup + 50), "int"),
        ("Leveranciers met een malus of ontbinding",
         'COUNTIF([$Leveranciers.$H$8:.$H$%d];"MALUS")+COUNTIF([$Leveranciers.$H$8:.$H$%d];"ONTBINDING")'
         % (7 + n_sup + 50, 7 + n_sup + 50), "int"),
    ]
    for i, (label, formula, style) in enumerate(figures):
        s.line(key + 1 + i, T(label, "text", 2), F(formula, style))
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
    cats = len(D.CATEGORIES)
    s.line(11, T("Categorie", "head"), T("Onder contract", "head", 2), col=8)
    for i, cat in enumerate(D.CATEGORIES):
        r = 12 + i
        s.line(r, F("[$Spend.F%d]" % (SPEND_FIRST + i), "text"),
               Cell(None, "pct", formula="[$Spend.H%d]" % (SPEND_FIRST + i), span=2), col=8)
    s.frames.append(chart_frame(
        "Spend onder contract per categorie", "chart:bar",
        "Dashboard.I11:Dashboard.J%d" % (11 + cats), "Dashboard.I12:Dashboard.I%d" % (11 + cats),
        ["Dashboard.J12:Dashboard.J%d" % (11 + cats)], ["Dashboard.J11"],
        x="24.6cm", y="14.6cm", colors=["#1e88e5"], percent=True))
    return s


def howto():
    s = Sheet("Uitleg", [24.0])
    lines = [
        ("Zo gebruikt u dit dashboard", "title"),
        ("Dit sjabloon hoort bij de extensie Inkoop KPI. Het is gevuld met een verzonnen woningcorporatie, "
         "zodat u meteen ziet hoe het werkt. Alle namen en bedragen zijn fictief.", "wrap"),
        ("", "wrap"),
        ("Leegmaken", "head"),
        ("1. Register: vervang de voorbeeld-KPI's door die van uw organisatie; houd per thema de regels bij "
         "elkaar. Gele cellen zijn invoer.", "wrap"),
        ("2. Metingen: wis de waarden in de kolommen K1 tot en met K4. Lege cellen tonen GRIJS.", "wrap"),
        ("3. Leveranciers, Spend en Besparingen: wis de voorbeeldregels (alleen de gele cellen).", "wrap"),
        ("4. Matrix: pas de escalatieniveaus en acties aan uw contracten aan.", "wrap"),
        ("", "wrap"),
        ("Vullen, elk kwartaal", "head"),
        ("1. Zet op het blad Dashboard het kwartaal (1 tot en met 4) dat u wilt tonen.", "wrap"),
        ("2. Vul op Metingen de gemeten waarden in. Percentages als percentage (80%), doorlooptijden in dagen.",
         "wrap"),
        ("3. Plak de uitgaveregels op Spend (leverancier, categorie, bedrag, contractreferentie). Regels tot "
         "en met rij %d tellen mee; voeg meer toe door rijen in te voegen boven de laatste regel." % LAST_ROW,
         "wrap"),
        ("4. Werk op Leveranciers de scores, het aantal tekortkomingen en hun ernst bij.", "wrap"),
        ("5. Vul op Besparingen de prijzen en volumes in, en de kosten van de inkoopfunctie.", "wrap"),
        ("6. Druk het Dashboard af: het past op een A4 liggend.", "wrap"),
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
                colors=(), percent=False):
    """An embedded chart whose data come from the sheets."""
    styles = ['<style:style style:name="plot" style:family="chart"><style:chart-properties chart:stacked="%s" '
              'chart:vertical="false"/></style:style>' % ("true" if stacked else "false")]
    ser = []
    for i, (values, label) in enumerate(zip(series, labels)):
        styles.append('<style:style style:name="s%d" style:family="chart"><style:graphic-properties draw:fill-color="%s" '
                      'svg:stroke-color="%s"/></style:style>' % (i, colors[i % len(colors)],
                                                                   colors[i % len(colors)]))
        ser.append('<chart:series chart:style-name="s%d" chart:class="%s" '
                   'chart:values-cell-range-address="%s" chart:label-cell-address="%s"/>'
                   % (i, chart_class, values, label))
    yaxis = ('<style:style style:name="yaxis" style:family="chart"><style:chart-properties chart:display-label="true" '
             '%s/></style:style>' % ('style:data-style-name="Npct" chart:link-data-style-to-source="false"'
                                     if percent else ""))
    styles.append(yaxis)
    styles.append('<style:style style:name="xaxis" style:family="chart"><style:chart-properties '
                  'chart:display-label="true"/></style:style>')
    chart = (
        '<office:document office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.chart">'
        '<office:styles>%s</office:styles><office:automatic-styles>%s</office:automatic-styles>'
        '<office:body><office:chart>'
        '<chart:chart chart:class="%s" svg:width="11cm" svg:height="6.6cm">'
        '<chart:title><text:p>%s</text:p></chart:title>'
        '<chart:legend chart:legend-position="end"/>'
        '<chart:plot-area chart:style-name="plot" table:cell-range-address="%s" '
        'chart:data-source-has-labels="both">'
        '<chart:axis chart:dimension="x" chart:name="primary-x" chart:style-name="xaxis">'
        '<chart:categories table:cell-range-address="%s"/></chart:axis>'
        '<chart:axis chart:dimension="y" chart:name="primary-y" chart:style-name="yaxis">'
        '<chart:grid chart:class="major"/></chart:axis>'
        '%s</chart:plot-area></chart:chart></office:chart></office:body></office:document>'
        % (PERCENT_STYLE if percent else "", "".join(styles), chart_class, escape(title),
           ranges, categories, "".join(ser)))
    return ('<draw:frame draw:z-index="0" svg:width="11cm" svg:height="6.6cm" svg:x="%s" svg:y="%s">'
            '<draw:object draw:notify-on-update-of-ranges="%s">%s</draw:object></draw:frame>'
            % (x, y, ranges, chart))


PERCENT_STYLE = ('<number:percentage-style style:name="Npct"><number:number number:decimal-places="0" '
                 'number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>')


# ---- styles ------------------------------------------------------------

STATUS_COLOURS = {"GROEN": "#4caf50", "GEEL": "#ffc107", "ROOD": "#e53935", "GRIJS": "#bdbdbd",
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
 <style:style style:name="ta" style:family="table" style:master-page-name="Liggend"><style:table-properties table:display="true"/></style:style>
 <style:style style:name="ta_fit" style:family="table" style:master-page-name="EenPagina"><style:table-properties table:display="true"/></style:style>
 %(column_styles)s
 %(cell_styles)s
 <style:page-layout style:name="pl">
  <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin="1.2cm"/>
 </style:page-layout>
 <style:page-layout style:name="pl_fit">
  <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin="1cm" style:scale-to-X="1" style:scale-to-Y="1"/>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Liggend" style:page-layout-name="pl"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page>
 <style:master-page style:name="EenPagina" style:page-layout-name="pl_fit"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page>
</office:master-styles>
"""


def cell_style(name, number=None, bold=False, size=None, bg=None, wrap=False, align=None, border=False,
               maps=None, colour=None):
    props = []
    if bg:
        props.append('fo:background-color="%s"' % bg)
    if wrap:
        props.append('fo:wrap-option="wrap"')
    if border:
        props.append('fo:border="0.5pt solid #9e9e9e"')
    text = ['style:font-name="DejaVu Sans"']
    if bold:
        text.append('fo:font-weight="bold"')
    text.append('fo:font-size="%s"' % (size or "9pt"))
    if colour:
        text.append('fo:color="%s"' % colour)
    para = '<style:paragraph-properties fo:text-align="%s"/>' % align if align else ""
    data = ' style:data-style-name="%s"' % number if number else ""
    mapping = "".join('<style:map style:condition="cell-content()=&quot;%s&quot;" style:apply-style-name="%s" '
                      'style:base-cell-address="Dashboard.A1"/>' % (word, target) for word, target in (maps or []))
    return ('<style:style style:name="%s" style:family="table-cell" style:parent-style-name="Default"%s>'
            '<style:table-cell-properties %s/>%s<style:text-properties %s/>%s</style:style>'
            % (name, data, " ".join(props), para, " ".join(text), mapping))


def all_cell_styles():
    yellow = "#fff8dc"
    out = [
        cell_style("title", bold=True, size="14pt"),
        cell_style("note", wrap=False, colour="#555555"),
        cell_style("head", bold=True, bg="#dfe7ef", border=True, wrap=True),
        cell_style("label", bold=True),
        cell_style("text", border=True),
        cell_style("wrap", wrap=True),
        cell_style("int", "Nint", border=True, align="center"),
        cell_style("dec", "Ndec2", border=True),
        cell_style("pct", "Npct", border=True),
        cell_style("eur", "Neur", border=True),
        cell_style("eur_total", "Neur", bold=True, border=True),
        cell_style("pct_total", "Npct1", bold=True, border=True),
        cell_style("dec_total", "Ndec2", bold=True, border=True),
        cell_style("in_text", bg=yellow, border=True),
        cell_style("in_int", "Nint", bg=yellow, border=True, align="center"),
        cell_style("in_dec", "Ndec", bg=yellow, border=True),
        cell_style("in_pct", "Npct", bg=yellow, border=True),
        cell_style("in_eur", "Neur", bg=yellow, border=True),
        cell_style("status", bold=True, border=True, align="center",
                   maps=[(w, "Status_" + w) for w in STATUS_COLOURS]),
        cell_style("level", "Nint", bold=True, border=True, align="center"),
    ]
    return "\n ".join(out)


def status_styles():
    return "\n ".join(
        '<style:style style:name="Status_%s" style:family="table-cell" style:parent-style-name="Default">'
        '<style:table-cell-properties fo:background-color="%s"/>'
        '<style:text-properties fo:font-weight="bold"%s/></style:style>'
        % (w, c, ' fo:color="#ffffff"' if w in ("ROOD", "GROEN", "BONUS", "ONTBINDING") else "")
        for w, c in STATUS_COLOURS.items())


def document():
    sheets = [dashboard(), register(), measurements(), suppliers(), spend(), savings(), matrix(), howto()]
    styles = STYLES % {
        "status_styles": status_styles(),
        "column_styles": "".join(s.column_styles(i) for i, s in enumerate(sheets)),
        "cell_styles": all_cell_styles(),
    }
    body = "\n".join(s.xml(i) for i, s in enumerate(sheets))
    return HEAD + styles + "<office:body><office:spreadsheet>\n" + body + \
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
