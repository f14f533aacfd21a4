/*
 * The one list of functions.  The add-in dispatches from it (method order
 * in the generated IDL is this order), and the IDL, the Function Wizard
 * texts (CalcAddIns.xcu) and docs/FUNCTIONS-REFERENCE.md are generated from
 * it by addin/kpi_describe.c; tools/kpi_to_standard.c uses the standard-
 * function equivalents.  Help texts are our own words.
 */
#include "kpi_cells.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define REQ(name_, nl, en, nl_help) \
    {.name = name_, .kind = KPI_ARG_RANGE, .help_en = en, .help_nl = nl_help, .display_nl = nl}
#define OPT(name_, nl, en, nl_help) \
    {.name = name_, .kind = KPI_ARG_OPTIONAL, .help_en = en, .help_nl = nl_help, .display_nl = nl}
#define VALUE(name_, nl, en, nl_help) \
    {.name = name_, .kind = KPI_ARG_AS_TEXT, .help_en = en, .help_nl = nl_help, .display_nl = nl}
/* An optional argument with its stand-in in the standard-function version
 * for when it is left out (kpi_param.standard_default). */
#define OPTIONAL(name_, nl, en_help, nl_help, default_) \
    {.name = name_, .kind = KPI_ARG_OPTIONAL, .help_en = en_help, .help_nl = nl_help, \
     .display_nl = nl, .standard_default = default_}

const kpi_function kpi_functions[] = {
    {"KPI_STATUS", kpi_status, KPI_RESULT_TEXT, 3,
     {VALUE("value", "waarde",
          "The measured value, usually a cell; leave the cell empty while there is no measurement yet.",
          "De gemeten waarde, meestal een cel; laat de cel leeg zolang er nog niet gemeten is."),
      REQ("green_norm", "groennorm",
          "The norm for green: reaching it means the KPI is met.",
          "De norm voor groen: wie deze haalt, haalt de KPI."),
      REQ("red_norm", "roodnorm",
          "The norm for red: falling past it means something is seriously wrong. "
          "A red norm above the green norm means lower values are better.",
          "De norm voor rood: wie hier voorbij zakt, zit echt fout. "
          "Ligt de roodnorm boven de groennorm, dan is lager beter.")},
     "Traffic light for a KPI measurement: GROEN (norm met), GEEL (between the norms), "
     "ROOD (red norm passed) or GRIJS (not measured yet).",
     "Stoplicht voor een KPI-meting: GROEN (norm gehaald), GEEL (tussen de normen), "
     "ROOD (roodnorm overschreden) of GRIJS (nog geen meting).",
     "=KPI_STATUS(B2; 1; 0.75) with 0.8 (80%) in B2 gives GEEL",
     "Higher is better when green_norm >= red_norm: value >= green_norm is GROEN, value < red_norm is ROOD, "
     "anything between is GEEL. Lower is better when green_norm < red_norm: value <= green_norm is GROEN, "
     "value > red_norm is ROOD. A value on a norm has reached it, with equality judged as Calc's = does "
     "(about 15 significant digits), so =0.3/0.4 sits on a 75% norm. Equal norms leave no yellow band. "
     "An empty cell or empty text gives GRIJS; 0 is a measurement. value may be a cell, a number or a "
     "formula; Calc hands it over as it writes it in the input line, so it is compared to 15 significant "
     "digits, and text that reads as a number (0.8 or 0,8) counts as that number. Calc passes an empty "
     "norm cell as 0, as it does to every function. Other text or a range of more than one cell is an "
     "invalid argument (Err:502); an error in an input cell shows as that error.",
     "IF($1=\"\";\"GRIJS\";IF(AND(ISNUMBER(IF(ISTEXT($1);IF(ISERROR(FIND(\"%\";$1));VALUE(SUBSTITUTE(SUBSTITUTE(TRIM($1);\",\";MID(1/2&\"\";2;1));\".\";MID(1/2&\"\";2;1)));NA());IF(ISTEXT($1);IF(ISERROR(FIND(\"%\";$1));VALUE(SUBSTITUTE(SUBSTITUTE(TRIM($1);\",\";MID(1/2&\"\";2;1));\".\";MID(1/2&\"\";2;1)));NA());$1+0)));OR(ISNUMBER($2);$2=\"\");OR(ISNUMBER($3);$3=\"\"));IF($2+0>=$3+0;IF(IF(ISTEXT($1);IF(ISERROR(FIND(\"%\";$1));VALUE(SUBSTITUTE(SUBSTITUTE(TRIM($1);\",\";MID(1/2&\"\";2;1));\".\";MID(1/2&\"\";2;1)));NA());$1+0)>=$2+0;\"GROEN\";IF(IF(ISTEXT($1);IF(ISERROR(FIND(\"%\";$1));VALUE(SUBSTITUTE(SUBSTITUTE(TRIM($1);\",\";MID(1/2&\"\";2;1));\".\";MID(1/2&\"\";2;1)));NA());$1+0)>=$3+0;\"GEEL\";\"ROOD\"));IF(IF(ISTEXT($1);IF(ISERROR(FIND(\"%\";$1));VALUE(SUBSTITUTE(SUBSTITUTE(TRIM($1);\",\";MID(1/2&\"\";2;1));\".\";MID(1/2&\"\";2;1)));NA());$1+0)<=$2+0;\"GROEN\";IF(IF(ISTEXT($1);IF(ISERROR(FIND(\"%\";$1));VALUE(SUBSTITUTE(SUBSTITUTE(TRIM($1);\",\";MID(1/2&\"\";2;1));\".\";MID(1/2&\"\";2;1)));NA());$1+0)<=$3+0;\"GEEL\";\"ROOD\")));NA()))",
     NULL,
     "A value that differs from a norm by less than about 1e-13 of it but more than Calc's 15 significant "
     "digits: HyperFormula (an engine with Excel's formulas) counts it as on the norm, as its comparisons "
     "allow that tolerance (its precisionEpsilon); Calc, Gnumeric and the add-in do not.",
     false},

    {"ESCALATION_LEVEL", kpi_escalation_level, KPI_RESULT_NUMBER, 3,
     {REQ("shortcomings", "tekortkomingen",
          "Number of shortcomings of the supplier in the period (whole number, 0 or more; empty counts as 0).",
          "Aantal tekortkomingen van de leverancier in de periode (geheel getal, 0 of meer; leeg telt als 0)."),
      REQ("severity", "ernst",
          "Severity of the shortcomings: 1, 2, 3 or more.",
          "Ernst van de tekortkomingen: 1, 2, 3 of meer."),
      OPT("matrix", "matrix",
          "Optional 4x4 range with your own levels 0..4: rows are 1, 2, 3, more shortcomings; columns severity 1, 2, 3, more.",
          "Optioneel 4x4-bereik met eigen niveaus 0..4: rijen 1, 2, 3, meer tekortkomingen; kolommen ernst 1, 2, 3, meer.")},
     "Escalation level 0..4 from the number of shortcomings and their severity (0 = no escalation).",
     "Escalatieniveau 0..4 uit het aantal tekortkomingen en hun ernst (0 = geen escalatie).",
     "=ESCALATION_LEVEL(4; 1) gives 3",
     "Default matrix (rows: shortcomings 1, 2, 3, more; columns: severity 1, 2, 3, more): "
     "1 2 3 4 / 1 2 3 4 / 2 3 4 4 / 3 4 4 4. No shortcomings (0 or an empty cell) gives 0 whatever the "
     "severity. Counts above 3 use the last row, severities above 3 the last column. Counts and severities "
     "are whole numbers >= 0, and the severity is at least 1 when there are shortcomings; anything else is "
     "an invalid argument. A custom matrix must be 4x4 whole numbers 0..4; it is checked even when the "
     "result is 0.",
     "IF(OR(OR(($1+0)<0;($1+0)<>INT(($1+0));($2+0)<0;($2+0)<>INT(($2+0)));ROWS($3)<>4;COLUMNS($3)<>4;COUNT($3)<>16;MIN($3)<0;MAX($3)>4);NA();IF(($1+0)=0;0;IF(($2+0)<1;NA();INDEX($3;MIN($1;4);MIN($2;4)))))",
     "IF(OR(($1+0)<0;($1+0)<>INT(($1+0));($2+0)<0;($2+0)<>INT(($2+0)));NA();IF(($1+0)=0;0;IF(($2+0)<1;NA();INDEX({1;2;3;4|1;2;3;4|2;3;4;4|3;4;4;4};MIN($1;4);MIN($2;4)))))",
     NULL, false},

    {"SPEND_UNDER_CONTRACT", kpi_spend_under_contract, KPI_RESULT_NUMBER, 4,
     {REQ("amounts", "bedragen",
          "Spend lines (invoice or order amounts); credit notes count negative, empty lines are skipped.",
          "Uitgaveregels (factuur- of orderbedragen); creditnota's tellen negatief mee, lege regels worden overgeslagen."),
      REQ("contracts", "contracten",
          "Per line the contract: a contract number, TRUE or 1 means under contract; empty, FALSE, 0, nee, no, n or - means not.",
          "Per regel het contract: een contractnummer, WAAR of 1 betekent onder contract; leeg, ONWAAR, 0, nee, no, n of - betekent niet."),
      OPT("filter_range", "filterbereik",
          "Optional: per line a supplier, category or other key to select lines by.",
          "Optioneel: per regel een leverancier, categorie of andere sleutel om regels op te selecteren."),
      OPT("filter_value", "filterwaarde",
          "Optional: only lines whose key equals this value count (text without regard to case).",
          "Optioneel: alleen regels waarvan de sleutel gelijk is aan deze waarde tellen mee (tekst zonder op hoofdletters te letten).")},
     "Share of net spend that falls under a contract, as a fraction (format as percentage).",
     "Aandeel van de netto spend dat onder contract valt, als fractie (opmaken als percentage).",
     "=SPEND_UNDER_CONTRACT(B2:B5; C2:C5) over 100, 300 (contract), 50, 50 (contract) gives 0.7",
     "Result: net spend under contract / net spend of the counted lines. A line whose amount cell is empty "
     "does not count (Calc hands an empty cell over as empty text, so a formula giving \"\" also counts as "
     "empty). Text in an amount cell is an invalid argument, even on a line the filter leaves out. A line is "
     "under contract when its contract cell is TRUE, a non-zero number or text other than the no-words; it "
     "is not when the cell is empty, blank text, FALSE, 0 or nee, no, n, onwaar, false or - (any case, "
     "surrounding spaces ignored). With a filter, only lines whose filter cell equals filter_value count: "
     "text ignores case (ASCII and accented Latin letters) and surrounding spaces, numbers must be exactly "
     "equal, an empty filter_value selects lines with an empty filter cell. filter_range and filter_value "
     "come together. All ranges must have the same shape. Net spend of the counted lines <= 0 (including "
     "no line at all) is an invalid argument.",
     "IF(COUNTA($1)=COUNT($1);SUMPRODUCT($1;IF((($4=\"\")+ISTEXT($4)*(TRIM($4)=\"\")>0);(($3=\"\")+ISTEXT($3)*(TRIM($3)=\"\")>0)*1;IF(ISTEXT($4);ISTEXT($3)*(LOWER(TRIM($3))=LOWER(TRIM($4)));((ISNUMBER($4)+ISLOGICAL($4))>0)*((ISNUMBER($3)+ISLOGICAL($3))>0)*($3=$4)))*((ISERROR(FIND(\"|\"&LOWER(TRIM($2))&\"|\";\"||nee|no|n|onwaar|false|-|\"))+ISNUMBER(FIND(\"|\";$2)))>0)*($2<>0))/MAX(0;SUMPRODUCT($1;IF((($4=\"\")+ISTEXT($4)*(TRIM($4)=\"\")>0);(($3=\"\")+ISTEXT($3)*(TRIM($3)=\"\")>0)*1;IF(ISTEXT($4);ISTEXT($3)*(LOWER(TRIM($3))=LOWER(TRIM($4)));((ISNUMBER($4)+ISLOGICAL($4))>0)*((ISNUMBER($3)+ISLOGICAL($3))>0)*($3=$4)))));NA())",
     "IF(AND(COUNTA($1)=COUNT($1);SUM($1)>0);SUMPRODUCT($1;((ISERROR(FIND(\"|\"&LOWER(TRIM($2))&\"|\";\"||nee|no|n|onwaar|false|-|\"))+ISNUMBER(FIND(\"|\";$2)))>0)*($2<>0))/SUM($1);NA())",
     "Surrounding spaces are trimmed as TRIM does: spaces only (not tabs or no-break spaces), and TRIM also "
     "folds runs of spaces inside a text to one, so \"Glas  & Co\" with two spaces selects a filter value "
     "\"Glas & Co\". With a filter, a net spend of 0 or less shows as #DIV/0! (the add-in: Err:502).",
     true},

    {"INKOOP_ROI", kpi_inkoop_roi, KPI_RESULT_NUMBER, 3,
     {REQ("cost_reduction", "kostenreductie",
          "Cost reduction achieved: a number or a range that is summed.",
          "Behaalde kostenreductie: een getal of een bereik dat wordt opgeteld."),
      REQ("cost_avoidance", "kostenvermijding",
          "Cost avoidance achieved: a number or a range that is summed.",
          "Behaalde kostenvermijding: een getal of een bereik dat wordt opgeteld."),
      REQ("function_cost", "kosten_inkoopfunctie",
          "Cost of the procurement function in the same period (above 0).",
          "Kosten van de inkoopfunctie in dezelfde periode (groter dan 0).")},
     "Return of procurement: (cost reduction + cost avoidance) / cost of the procurement function.",
     "Rendement van inkoop: (kostenreductie + kostenvermijding) / kosten van de inkoopfunctie.",
     "=INKOOP_ROI(120000; 80000; 50000) gives 4",
     "Each argument is a number or a range; ranges are summed with empty cells skipped. Text is an "
     "invalid argument; so is a total function cost <= 0. A negative result means the procurement "
     "function cost more than it saved.",
     "IF(AND(COUNTA($1)=COUNT($1);COUNTA($2)=COUNT($2);COUNTA($3)=COUNT($3);SUM($3)>0);(SUM($1)+SUM($2))/SUM($3);NA())",
     NULL,
     NULL, false},

    {"COST_AVOIDANCE", kpi_cost_avoidance, KPI_RESULT_NUMBER, 3,
     {REQ("current_price", "huidige_prijs",
          "The price paid today, before this purchase (the baseline).",
          "De prijs die nu wordt betaald, voor deze inkoop (de basis)."),
      REQ("lowest_offered_price", "laagste_aangeboden_prijs",
          "The lowest price offered for the same thing.",
          "De laagste aangeboden prijs voor hetzelfde."),
      OPT("quantity", "aantal",
          "Optional quantity (default 1); a single value or a range of the same shape.",
          "Optioneel aantal (standaard 1); een enkele waarde of een bereik van dezelfde vorm.")},
     "Cost avoided: (current price - lowest offered price) x quantity, summed over lines. "
     "Negative means the offer is dearer than today's price.",
     "Vermeden kosten: (huidige prijs - laagste aangeboden prijs) x aantal, opgeteld over de regels. "
     "Negatief betekent dat het aanbod duurder is dan de huidige prijs.",
     "=COST_AVOIDANCE(100; 90; 10) gives 100",
     "current_price is the baseline: the price paid today, before the purchase being measured. "
     "With ranges of the same shape the result is the sum over the lines; quantity is then a range of "
     "that shape or one value for every line. A line with an empty price or quantity is not filled in yet "
     "and is skipped. Text and negative quantities are invalid arguments.",
     "IF(OR(MIN($3)<0;COUNTA($1)+COUNTA($2)<>COUNT($1)+COUNT($2));NA();SUMPRODUCT(($1<>\"\")*($2<>\"\")*($3<>\"\")*($1-$2)*$3;($1=$1)*1;($2=$2)*1))",
     "IF(COUNTA($1)+COUNTA($2)<>COUNT($1)+COUNT($2);NA();SUMPRODUCT(($1<>\"\")*($2<>\"\")*($1-$2);($1=$1)*1;($2=$2)*1))",
     NULL, false},

    {"COST_REDUCTION", kpi_cost_reduction, KPI_RESULT_NUMBER, 3,
     {REQ("current_price", "huidige_prijs",
          "The price paid today, before this purchase (the baseline).",
          "De prijs die nu wordt betaald, voor deze inkoop (de basis)."),
      REQ("last_paid_price", "laatst_betaalde_prijs",
          "The price actually paid for the purchase being measured.",
          "De prijs die voor de gemeten inkoop werkelijk is betaald."),
      OPT("quantity", "aantal",
          "Optional quantity (default 1); a single value or a range of the same shape.",
          "Optioneel aantal (standaard 1); een enkele waarde of een bereik van dezelfde vorm.")},
     "Cost reduced: (current price - last paid price) x quantity, summed over lines. "
     "Negative means the purchase cost more than today's price.",
     "Gerealiseerde kostenreductie: (huidige prijs - laatst betaalde prijs) x aantal, opgeteld over de regels. "
     "Negatief betekent dat de inkoop duurder was dan de huidige prijs.",
     "=COST_REDUCTION(50; 45; 200) gives 1000",
     "Same rules as COST_AVOIDANCE, with the price actually paid for the measured purchase in place of "
     "the lowest offer.",
     "IF(OR(MIN($3)<0;COUNTA($1)+COUNTA($2)<>COUNT($1)+COUNT($2));NA();SUMPRODUCT(($1<>\"\")*($2<>\"\")*($3<>\"\")*($1-$2)*$3;($1=$1)*1;($2=$2)*1))",
     "IF(COUNTA($1)+COUNTA($2)<>COUNT($1)+COUNT($2);NA();SUMPRODUCT(($1<>\"\")*($2<>\"\")*($1-$2);($1=$1)*1;($2=$2)*1))",
     NULL, false},

    {"REJECTION_RATE", kpi_rejection_rate, KPI_RESULT_NUMBER, 2,
     {REQ("rejected_value", "afgekeurde_waarde",
          "Value of the goods and services rejected: a number or a range that is summed.",
          "Waarde van de afgekeurde goederen en diensten: een getal of een bereik dat wordt opgeteld."),
      REQ("received_value", "ontvangen_waarde",
          "Value of the goods and services received (above 0).",
          "Waarde van de ontvangen goederen en diensten (groter dan 0).")},
     "Rejection ratio: value rejected / value received.",
     "Afkeurratio: afgekeurde waarde / ontvangen waarde.",
     "=REJECTION_RATE(2500; 100000) gives 0.025",
     "Both arguments are numbers or ranges that are summed (empty cells skipped, text invalid). The value "
     "received must be above 0; the value rejected may not be negative or more than the value received.",
     "IF(AND(COUNTA($1)=COUNT($1);COUNTA($2)=COUNT($2);SUM($2)>0;SUM($1)>=0;SUM($1)<=SUM($2));SUM($1)/SUM($2);NA())",
     NULL,
     NULL, false},

    {"BONUS_MALUS", kpi_bonus_malus, KPI_RESULT_TEXT, 4,
     {VALUE("score", "score",
          "The supplier's score, usually a cell; leave the cell empty while not yet scored (gives GRIJS).",
          "De score van de leverancier, meestal een cel; laat de cel leeg zolang er nog geen score is "
          "(geeft GRIJS)."),
      REQ("bonus_norm", "bonusnorm",
          "Score from which the supplier earns a bonus.",
          "Score vanaf welke de leverancier een bonus verdient."),
      REQ("target", "doel",
          "The agreed target score.",
          "De afgesproken doelscore."),
      REQ("minimum", "minimum",
          "The lowest acceptable score; below it the contract may be terminated.",
          "De laagste aanvaardbare score; daaronder kan de overeenkomst worden ontbonden.")},
     "Verdict on a supplier score: BONUS, NEUTRAAL, MALUS or ONTBINDING (below the minimum).",
     "Oordeel over een leveranciersscore: BONUS, NEUTRAAL, MALUS of ONTBINDING (onder het minimum).",
     "=BONUS_MALUS(B2; 4; 3.5; 3.2) with 3.2 in B2 gives MALUS",
     "score >= bonus_norm gives BONUS, >= target NEUTRAAL, >= minimum MALUS, else ONTBINDING "
     "(termination may be considered). A score on a norm has reached it (Calc's equality). The norms "
     "must satisfy bonus_norm >= target >= minimum. score is read as value is in KPI_STATUS: an empty "
     "score gives GRIJS.",
     "IF($1=\"\";\"GRIJS\";IF(AND(ISNUMBER(IF(ISTEXT($1);IF(ISERROR(FIND(\"%\";$1));VALUE(SUBSTITUTE(SUBSTITUTE(TRIM($1);\",\";MID(1/2&\"\";2;1));\".\";MID(1/2&\"\";2;1)));NA());IF(ISTEXT($1);IF(ISERROR(FIND(\"%\";$1));VALUE(SUBSTITUTE(SUBSTITUTE(TRIM($1);\",\";MID(1/2&\"\";2;1));\".\";MID(1/2&\"\";2;1)));NA());$1+0)));$2+0>=$3+0;$3+0>=$4+0);IF(IF(ISTEXT($1);IF(ISERROR(FIND(\"%\";$1));VALUE(SUBSTITUTE(SUBSTITUTE(TRIM($1);\",\";MID(1/2&\"\";2;1));\".\";MID(1/2&\"\";2;1)));NA());$1+0)>=$2+0;\"BONUS\";IF(IF(ISTEXT($1);IF(ISERROR(FIND(\"%\";$1));VALUE(SUBSTITUTE(SUBSTITUTE(TRIM($1);\",\";MID(1/2&\"\";2;1));\".\";MID(1/2&\"\";2;1)));NA());$1+0)>=$3+0;\"NEUTRAAL\";IF(IF(ISTEXT($1);IF(ISERROR(FIND(\"%\";$1));VALUE(SUBSTITUTE(SUBSTITUTE(TRIM($1);\",\";MID(1/2&\"\";2;1));\".\";MID(1/2&\"\";2;1)));NA());$1+0)>=$4+0;\"MALUS\";\"ONTBINDING\")));NA()))",
     NULL,
     NULL, false},
    {"TCO", kpi_tco, KPI_RESULT_NUMBER, 5,
     {REQ("purchase_price", "aankoopprijs",
          "What is paid at the start (year 0): a number or a range that is summed.",
          "Wat bij aanvang wordt betaald (jaar 0): een getal of een bereik dat wordt opgeteld."),
      REQ("yearly_costs", "jaarlijkse kosten",
          "Running costs per year of use: one amount for every year, or a range with one year per cell "
          "of a row or column, or one year per row of a block with the cost types side by side.",
          "Gebruikskosten per jaar: een bedrag voor elk jaar, of een bereik met een jaar per cel van een "
          "rij of kolom, of een jaar per rij van een blok met de kostensoorten naast elkaar."),
      OPTIONAL("years", "jaren",
          "Optional: the number of years of use (whole, 1 or more). Needed with one amount for every "
          "year; with a range it must match the years in the range.",
          "Optioneel: het aantal gebruiksjaren (geheel, 1 of meer). Nodig bij een bedrag voor elk jaar; "
          "bij een bereik moet het kloppen met de jaren in het bereik.",
          "IF(SUMPRODUCT(($2=$2)*1)=1;NA();IF(ROWS($2)=1;COLUMNS($2);ROWS($2)))"),
      OPTIONAL("discount_rate", "disconteringsvoet",
          "Optional: the discount rate per year as a fraction (4% is 0.04); default 0, the plain sum.",
          "Optioneel: de disconteringsvoet per jaar als fractie (4% is 0,04); standaard 0, de gewone som.",
          "0"),
      OPTIONAL("residual_value", "restwaarde",
          "Optional: what the asset is still worth at the end of the last year (negative for a "
          "disposal cost); default 0.",
          "Optioneel: wat het bezit aan het eind van het laatste jaar nog waard is (negatief bij "
          "kosten voor afvoer); standaard 0.",
          "0")},
     "Total cost of ownership: the purchase price plus the running costs of every year of use, "
     "discounted to today, minus the discounted residual value.",
     "Total cost of ownership: de aankoopprijs plus de gebruikskosten van elk jaar, contant gemaakt "
     "naar vandaag, min de contante restwaarde.",
     "=TCO(10000; 1500; 5; 0.04; 2000) gives 15033.88 (rounded to cents)",
     "TCO = purchase_price + sum over the years t = 1..n of cost_t / (1 + discount_rate)^t - "
     "residual_value / (1 + discount_rate)^n: a present value, as in life-cycle costing (EU directive "
     "2014/24 art. 68). TCO(10000; 1500; 5) gives 17500, TCO(10000; 1500; 5; 0.04) 16677.73 and "
     "TCO(10000; 1500; 5; 0.04; 2000) 15033.88 (to cents). purchase_price is a number or a range, summed "
     "(empty cells skipped). yearly_costs is one amount, the same every year (years is then needed; a "
     "single cell counts as one amount), or a range: a single column or a single row holds one year per "
     "cell, year 1 first; a block of several rows and columns holds one year per row with the cost "
     "types across, summed per year. Every cell of a single row or column and every row of a block is "
     "a year: an empty cell counts as 0, so an empty row is a year without running costs, and a range "
     "drawn longer than the life adds years, over which the residual value is discounted too; give "
     "years to guard against that. Negative costs (income, subsidies) are allowed; text is an invalid "
     "argument. years is a whole number of 1 or more; with a range it may be left out, and when given it "
     "must equal the number of years in the range. discount_rate is per year as a fraction, default 0 "
     "(the plain sum), and must be above -1. residual_value is what the asset is worth at the end of "
     "year n (negative: a disposal cost), default 0, subtracted after discounting. years, discount_rate "
     "and residual_value are single values; Calc hands an empty cell over as 0 for them, so an empty "
     "years cell is invalid. The standard-function version discounts a range with NPV over the years "
     "as an array (MMULT), so an empty year counts as 0 there too; a block's years are summed with "
     "MMULT against COLUMN() of the range, which HyperFormula (an engine with Excel's semantics) reads "
     "as the first column only, so a block gives #VALUE! there; a single row or column and one amount "
     "for every year compute right in every engine.",
     "IF(AND(COUNTA($1)=COUNT($1);COUNTA($2)=COUNT($2);$3>=1;$3=INT($3);$4>-1);"
     "IF(SUMPRODUCT(($2=$2)*1)=1;SUM($1)+IF($4=0;SUM($2)*$3;SUM($2)*(1-EXP((0-$3)*LN(1+$4)))/$4)"
     "-$5*EXP((0-$3)*LN(1+$4));"
     "IF($3=IF(ROWS($2)=1;COLUMNS($2);ROWS($2));SUM($1)+IF(ROWS($2)=1;"
     "SUMPRODUCT(NPV($4;MMULT(1;$2+0)));"
     "SUMPRODUCT(NPV($4;MMULT($2+0;TRANSPOSE(COLUMN($2)^0)))))-$5*EXP((0-$3)*LN(1+$4));NA()));NA())",
     NULL,
     NULL, false},

    {"PRICE_SCORE", kpi_price_score, KPI_RESULT_NUMBER, 3,
     {REQ("price", "prijs",
          "The price of the bid being scored (above 0).",
          "De prijs van de inschrijving die wordt gescoord (groter dan 0)."),
      REQ("prices", "prijzen",
          "The prices of all valid bids in this tender, this one included; empty cells are skipped.",
          "De prijzen van alle geldige inschrijvingen in deze aanbesteding, deze meegerekend; lege "
          "cellen worden overgeslagen."),
      REQ("max_points", "maximumpunten",
          "The points for the lowest price (above 0).",
          "Het aantal punten voor de laagste prijs (groter dan 0).")},
     "Price points relative to the lowest valid bid: maximum points x lowest price / price.",
     "Prijspunten ten opzichte van de laagste geldige inschrijving: maximumpunten x laagste prijs / prijs.",
     "=PRICE_SCORE(120000; B2:B4; 30) with bids 100000, 120000 and 150000 in B2:B4 gives 25",
     "points = max_points x lowest / price, where lowest is the smallest of prices: the lowest bid gets "
     "max_points, a bid twice as dear half of them. Bids of 100000, 120000 and 150000 with 30 points "
     "get 30, 25 and 20. prices holds the prices of every valid bid in the tender, normally this one "
     "included; empty cells are skipped, text is an invalid argument. Every price, price itself and "
     "max_points must be above 0. A price below the lowest or above the highest of prices is an invalid "
     "argument: the range does not hold this tender's bids. Prices are compared as Calc's = compares "
     "(about 15 significant digits), so a price equal to the lowest gets exactly max_points.",
     "IF(AND(COUNTA($2)=COUNT($2);COUNT($2)>0;MIN($2)>0;ISNUMBER($1);$1>0;$1>=MIN($2);$1<=MAX($2);"
     "ISNUMBER($3);$3>0);$3*MIN($2)/$1;NA())",
     NULL,
     NULL, false},

    {"PRICE_SCORE_LINEAR", kpi_price_score_linear, KPI_RESULT_NUMBER, 4,
     {REQ("price", "prijs",
          "The price of the bid being scored (above 0).",
          "De prijs van de inschrijving die wordt gescoord (groter dan 0)."),
      REQ("full_points_price", "prijs volle punten",
          "At or below this price a bid gets all points (0 or more).",
          "Op of onder deze prijs krijgt een inschrijving alle punten (0 of meer)."),
      REQ("zero_points_price", "prijs nul punten",
          "At or above this price a bid gets no points; above the full points price.",
          "Op of boven deze prijs krijgt een inschrijving geen punten; hoger dan de prijs voor volle punten."),
      REQ("max_points", "maximumpunten",
          "The points for a price at or below the full points price (above 0).",
          "Het aantal punten voor een prijs op of onder de prijs voor volle punten (groter dan 0).")},
     "Price points on a straight line between two prices fixed in the tender documents: all points "
     "at or below the first, none at or above the second.",
     "Prijspunten op een rechte lijn tussen twee prijzen die vooraf in de aanbestedingsstukken zijn "
     "vastgelegd: alle punten op of onder de eerste, geen op of boven de tweede.",
     "=PRICE_SCORE_LINEAR(100000; 90000; 160000; 30) gives 25.714286 (to six decimals)",
     "points = max_points x (zero_points_price - price) / (zero_points_price - full_points_price), "
     "limited to 0..max_points: a price at or below full_points_price gets max_points, at or above "
     "zero_points_price 0, so a bid's points do not depend on the other bids. With all points at 90000, "
     "none at 160000 and 30 points: 100000 gets 25.714286, 120000 17.142857, 150000 4.285714, 170000 0 "
     "and 80000 30. full_points_price must be 0 or more and below zero_points_price; price and "
     "max_points must be above 0. Each argument is a single value; an empty cell or text is an invalid "
     "argument. A price on either bound is judged with Calc's equality (about 15 significant digits).",
     "IF(AND(ISNUMBER($1);ISNUMBER($2);ISNUMBER($3);ISNUMBER($4);$1>0;$2>=0;$2<$3;$4>0);"
     "MAX(0;MIN($4;$4*($3-$1)/($3-$2)));NA())",
     NULL,
     NULL, false},

    {"WEIGHTED_SCORE", kpi_weighted_score, KPI_RESULT_NUMBER, 2,
     {REQ("scores", "scores",
          "The score per criterion: a number or a range.",
          "De score per criterium: een getal of een bereik."),
      REQ("weights", "wegingen",
          "The weight of each criterion as a fraction (0.4) or in points (40), in a range of the same "
          "shape as the scores; an empty weight counts as 0.",
          "Het gewicht van elk criterium als fractie (0,4) of in punten (40), in een bereik met dezelfde "
          "vorm als de scores; een leeg gewicht telt als 0.")},
     "Weighted average of the scores: the sum of weight x score divided by the sum of the weights "
     "(the quality part of the weighted factor method).",
     "Gewogen gemiddelde van de scores: de som van gewicht x score gedeeld door de som van de gewichten "
     "(het kwaliteitsdeel van de gewogen-factormethode).",
     "=WEIGHTED_SCORE(B2:B4; C2:C4) with scores 8, 6, 7 and weights 40%, 30%, 30% gives 7.1",
     "Result: sum(weight x score) / sum(weight), so weights written as fractions (0.4) or as points (40) "
     "give the same result: scores 8, 6, 7 with weights 40%, 30%, 30% or 40, 30, 30 give 7.1. scores and "
     "weights are one number each or ranges of the same shape; criteria are numbered in reading order "
     "(row by row). A weight is 0 or more, an empty weight counts as 0, and the weights must add up to "
     "more than 0. A criterion with a weight above 0 and an empty score has not been scored yet: an "
     "invalid argument whose message names it (criterion 3 has no score). A score whose weight is 0 or "
     "empty is ignored. Text in either range is an invalid argument. One weight for a whole range of "
     "scores is not accepted: for equal weights give each criterion the same weight.",
     "IF(AND(COUNTA($1)=COUNT($1);COUNTA($2)=COUNT($2);MIN($2)>=0;SUM($2)>0;"
     "SUMPRODUCT(($2>0)*($1=\"\"))=0);SUMPRODUCT($1;$2)/SUM($2);NA())",
     NULL,
     NULL, false},
};

const size_t kpi_function_count = sizeof kpi_functions / sizeof kpi_functions[0];

const kpi_function *kpi_find(const char *name)
{
    for (size_t i = 0; i < kpi_function_count; i++)
        if (strcmp(kpi_functions[i].name, name) == 0)
            return &kpi_functions[i];
    return NULL;
}

bool kpi_call(const kpi_function *fn, const kpi_range *args, kpi_result *out, kpi_error *err)
{
    err->code = KPI_OK;
    err->arg = -1;
    err->message[0] = '\0';

    bool ok = true;
    for (unsigned i = 0; i < fn->nargs && ok; i++) {
        if (args[i].omitted && fn->args[i].kind != KPI_ARG_OPTIONAL)
            ok = kpi_invalid(err, (int)i, "is required");
        else if (!args[i].omitted && args[i].rows * args[i].cols > 0 && !args[i].cells &&
                 !args[i].read)
            ok = kpi_invalid(err, (int)i, "has no cells");
    }
    if (ok)
        ok = fn->impl(args, out, err);
    if (ok && out->kind == KPI_RESULT_NUMBER && !isfinite(out->number))
        ok = kpi_invalid(err, -1, "the result is not a finite number");
    if (ok)
        return true;
    kpi_explain(fn, err);
    return false;
}

void kpi_explain(const kpi_function *fn, kpi_error *err)
{
    char reason[KPI_MESSAGE_MAX];
    memcpy(reason, err->message, sizeof reason);
    if (err->arg >= 0 && (unsigned)err->arg < fn->nargs)
        kpi_set_message(err, "%s: argument %d (%s): %s", fn->name, err->arg + 1,
                        fn->args[err->arg].name, reason);
    else
        kpi_set_message(err, "%s: %s", fn->name, reason);
}
