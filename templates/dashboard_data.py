"""The example data of the dashboard template: a clearly fictional housing
corporation.  The generator (build_dashboard.py) writes it into the
template; tests/office/test_dashboard.py computes the expected results from
it by hand (in Python, outside the office).  Texts are our own words."""

ORGANISATION = "Woonstichting Proefhaven (fictief voorbeeld)"
YEAR = 2026
QUARTERS = ["K1", "K2", "K3", "K4"]
CURRENT_QUARTER = 3  # the quarter the dashboard shows

# KPI register: theme, success factor, KPI, type, unit, green norm, red norm,
# source, owner, frequency, measurements per quarter (None = not measured).
# unit "%" values are fractions.
KPIS = [
    ("Tevreden huurders", "Goede dienstverlening bij reparaties",
     "Waardering huurders voor reparaties", "outcome", "cijfer", 7.5, 7.0,
     "Huurdersenquete na elke reparatie", "Manager wonen", "per kwartaal",
     [7.1, 7.4, 7.6, None]),
    ("Tevreden huurders", "Snel geholpen bij een reparatieverzoek",
     "Doorlooptijd reparatieverzoek", "proces", "dagen", 5, 10,
     "Onderhoudssysteem", "Coordinator onderhoud", "per maand",
     [12, 8, 4.5, None]),
    ("Betaalbaar wonen", "Meer spend onder contract",
     "Spend onder contract", "output", "%", 0.9, 0.75,
     "Crediteurenadministratie", "Inkoopadviseur", "per kwartaal",
     [0.68, 0.74, 0.8, None]),
    ("Betaalbaar wonen", "Lagere onderhoudskosten",
     "Onderhoudskosten per woning", "outcome", "euro", 2200, 2600,
     "Financiele administratie", "Controller", "per kwartaal",
     [2750, 2480, 2150, None]),
    ("Bouwopgave", "Nieuwbouw volgens planning",
     "Opgeleverde woningen t.o.v. planning", "output", "%", 1.0, 0.8,
     "Projectadministratie", "Manager vastgoed", "per kwartaal",
     [0.7, 0.85, 0.95, None]),
    ("Bouwopgave", "Betrouwbare aannemers",
     "Gemiddelde beoordeling aannemers", "input", "cijfer", 7, 6,
     "Leveranciersbeoordelingen", "Contractmanager", "per kwartaal",
     [6.4, 6.9, 7.2, None]),
    ("Verduurzaming", "Energiezuinige woningen",
     "Woningen met energielabel A of beter", "outcome", "%", 0.5, 0.4,
     "Vastgoedregistratie", "Manager vastgoed", "per kwartaal",
     [0.36, 0.39, 0.42, None]),
    ("Verduurzaming", "Duurzaam inkopen",
     "Aanbestedingen met duurzaamheidseisen", "proces", "%", 0.8, 0.6,
     "Aanbestedingsdossiers", "Inkoopadviseur", "per kwartaal",
     [0.5, 0.75, 0.9, None]),
    ("Continu meten en verbeteren", "Het inkoopproces wordt gevolgd",
     "Inkooptrajecten volgens het inkoopproces", "proces", "%", 0.95, 0.85,
     "Inkoopdossiers", "Hoofd inkoop", "per kwartaal",
     [0.82, 0.9, 0.97, None]),
    ("Continu meten en verbeteren", "Kritieke leveranciers in beeld",
     "Kritieke leveranciers met prestatiemeting", "input", "%", 1.0, 0.75,
     "Contractregister", "Contractmanager", "per half jaar",
     [0.8, 0.75, 0.7, None]),
]
THEMES = ["Tevreden huurders", "Betaalbaar wonen", "Bouwopgave", "Verduurzaming",
          "Continu meten en verbeteren"]

# The handbook's default escalation matrix (rows: 1, 2, 3, more shortcomings;
# columns: severity 1, 2, 3, more) and the action per level, in our words.
MATRIX = [[1, 2, 3, 4], [1, 2, 3, 4], [2, 3, 4, 4], [3, 4, 4, 4]]
ACTIONS = [
    "Leverancier herstelt de tekortkomingen binnen de afgesproken termijn",
    "Leverancier maakt een verbeterplan; wij keuren het goed; leverancier voert het uit",
    "Wij onderzoeken de oorzaak met de leverancier; gezamenlijk plan van aanpak",
    "Directie beslist over gedeeltelijke of volledige ontbinding van het contract",
]

# Bonus/malus norms on a 1-5 scale (handbook example).
BONUS_NORM, TARGET, MINIMUM = 4.0, 3.5, 3.2

# Suppliers: name, category, score (1-5), shortcomings, severity in the period.
SUPPLIERS = [
    ("Bouwbedrijf Noorderlicht", "Nieuwbouw", 4.2, 0, None),
    ("Installatietechniek Zuidwal", "Onderhoud", 3.6, 1, 1),
    ("Schilderwerken Kleurrijk", "Onderhoud", 3.3, 2, 2),
    ("Glaszetters Helder", "Onderhoud", 3.0, 4, 1),
    ("Dakwerken Bovenop", "Onderhoud", 2.9, 3, 3),
    ("Groenbeheer De Tuinman", "Dienstverlening", 3.8, 1, 2),
    ("Schoonmaak Spic", "Dienstverlening", None, 0, None),
]

# Spend lines: supplier, category, amount (euro; negative = credit note),
# contract reference ("" = none; "nee" = explicitly none).
SPEND = [
    ("Bouwbedrijf Noorderlicht", "Nieuwbouw", 412000, "C-2025-014"),
    ("Bouwbedrijf Noorderlicht", "Nieuwbouw", 298500, "C-2025-014"),
    ("Bouwbedrijf Noorderlicht", "Nieuwbouw", -12500, "C-2025-014"),
    ("Aannemer Oostkade", "Nieuwbouw", 86000, ""),
    ("Installatietechniek Zuidwal", "Onderhoud", 54300, "C-2024-031"),
    ("Installatietechniek Zuidwal", "Onderhoud", 23800, "C-2024-031"),
    ("Schilderwerken Kleurrijk", "Onderhoud", 61200, "C-2023-007"),
    ("Glaszetters Helder", "Onderhoud", 8900, "nee"),
    ("Glaszetters Helder", "Onderhoud", 4300, ""),
    ("Dakwerken Bovenop", "Onderhoud", 37600, "C-2024-002"),
    ("Loodgieter Snelwater", "Onderhoud", 15400, ""),
    ("Groenbeheer De Tuinman", "Dienstverlening", 28800, "C-2025-003"),
    ("Schoonmaak Spic", "Dienstverlening", 19200, "C-2025-004"),
    ("Beveiliging Waakzaam", "Dienstverlening", 11600, "-"),
    ("Adviesbureau Rekenhof", "Advies", 24500, ""),
    ("Adviesbureau Rekenhof", "Advies", 9800, "C-2025-011"),
    ("Juristen Recht & Slecht", "Advies", 7200, "nee"),
    ("Kantoorhuis Paperclip", "Kantoor en ICT", 3900, "C-2022-019"),
    ("Softwarehuis Bitbouw", "Kantoor en ICT", 31500, "C-2024-020"),
    ("Softwarehuis Bitbouw", "Kantoor en ICT", -1500, "C-2024-020"),
    ("Telecom Verbinding", "Kantoor en ICT", 6700, ""),
]
CATEGORIES = ["Nieuwbouw", "Onderhoud", "Dienstverlening", "Advies", "Kantoor en ICT"]

# Savings lines: description, current price, lowest offered price,
# last paid price, volume.
SAVINGS = [
    ("Cv-ketel vervangen (per stuk)", 2450, 2190, 2230, 60),
    ("Schilderwerk buitenkozijnen (per woning)", 1850, 1620, 1700, 120),
    ("Dakgoot vernieuwen (per meter)", 68, 61, 64, 900),
    ("Groenonderhoud (per jaar)", 31000, 28500, 30000, 1),
    ("Schoonmaak algemene ruimten (per jaar)", 21000, 21500, 20400, 1),
]
FUNCTION_COST = 145000  # cost of the procurement function this year
REJECTED_VALUE = 18400  # value of goods and services rejected
RECEIVED_VALUE = 1_131_200  # value received (the net spend of the example)

# A tender (Aanbesteding): heat pumps for 200 homes, four bids.  Bid: name,
# purchase price, energy per year, maintenance per year, residual value at
# the end of the life.  The cheapest purchase is not the lowest TCO.
TENDER = "Warmtepompen voor 200 woningen"
LIFE_YEARS = 15
DISCOUNT_RATE = 0.04
PRICE_METHOD = "relatief"  # or "lineair": points between two TCOs fixed beforehand
FULL_POINTS_TCO, ZERO_POINTS_TCO = 2_500_000, 3_200_000
SCALE = 10  # scores and price points run 0..10
BIDS = [
    ("Klimaattechniek Noord", 1_560_000, 96_000, 18_000, 60_000),
    ("Warmtewerk", 1_720_000, 78_000, 14_000, 90_000),
    ("Duurzaam Installatie Oost", 1_840_000, 70_000, 12_000, 120_000),
    ("Pompenhuis Zuid", 1_650_000, 92_000, 22_000, 40_000),
]
# Criteria in the 40/30/30 shape: main criterion, sub-criterion, weight (%
# of the total), scores per bid (None: the price points from the TCO).
CRITERIA = [
    ("Technische geschiktheid", "Voldoet aan de functionele eisen", 20, [7, 8, 8, 6]),
    ("Technische geschiktheid", "Geluid en inpassing in de woning", 10, [6, 7, 9, 7]),
    ("Technische geschiktheid", "Aansluiting op bestaande installaties", 10, [8, 7, 7, 6]),
    ("Prijs-kwaliteitverhouding", "Total cost of ownership", 20, None),
    ("Prijs-kwaliteitverhouding", "Rendement (SCOP) per euro", 10, [6, 7, 8, 6]),
    ("Leverancierscapaciteit", "Financiële stabiliteit", 10, [7, 8, 6, 7]),
    ("Leverancierscapaciteit", "Referenties bij woningcorporaties", 10, [8, 6, 7, 5]),
    ("Leverancierscapaciteit", "Service en storingsdienst", 10, [6, 8, 7, 6]),
]

# Self-assessment (Zelfevaluatie): statements per theme, answered 1
# (disagree) to 4 (fully agree); norms for the theme averages.
SELF_THEMES = ["Strategie", "Processen", "Mensen, middelen en cultuur"]
SELF_GREEN, SELF_RED = 3.0, 2.5
STATEMENTS = [
    ("Strategie", "Onze inkoopdoelen volgen uit de doelen van de organisatie.", 3),
    ("Strategie", "Wie inkoopt, kent de beleidsambities en weet wat ze vragen.", 2),
    ("Strategie", "Voor elke grote uitgavencategorie is er een inkoopstrategie.", 3),
    ("Strategie", "De inkoopstrategie wordt minstens eens per jaar herzien.", 4),
    ("Processen", "Het inkoopproces is beschreven en wordt ook zo gevolgd.", 2),
    ("Processen", "Inkoopbeslissingen worden onafhankelijk gecontroleerd.", 2),
    ("Processen", "Contracten en prestaties van leveranciers worden bijgehouden.", 3),
    ("Processen", "Spend- en contractgegevens sturen de inkoopkeuzes.", 3),
    ("Mensen, middelen en cultuur", "Inkopers hebben de kennis en de tijd die hun taken vragen.", 2),
    ("Mensen, middelen en cultuur", "Budgethouders halen inkoop vroeg bij hun plannen.", 3),
    ("Mensen, middelen en cultuur", "Bestel- en factuursystemen ondersteunen het proces.", 2),
    ("Mensen, middelen en cultuur", "Na elk inkooptraject leggen we vast wat we leerden.", 1),
]
