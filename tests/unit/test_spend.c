/* SPEND_UNDER_CONTRACT: credit notes, contract spellings, booleans,
 * filters, shapes and bad input. */
#include "kpi_test.h"

static void basic_share(void)
{
    /* 100 + 300 + 50 + 50 = 500, under contract 300 + 50 = 350 */
    EXPECT_NUMBER(0.7, "SPEND_UNDER_CONTRACT", COL(N(100), N(300), N(50), N(50)),
                  COL(E, T(u"C-2024-01"), N(0), B(true)));
    EXPECT_NUMBER(1.0, "SPEND_UNDER_CONTRACT", ONE(N(10)), ONE(T(u"X")));
    EXPECT_NUMBER(0.0, "SPEND_UNDER_CONTRACT", ONE(N(10)), ONE(E));
}

static void credit_notes_count(void)
{
    /* net spend 1000 - 200 + 200 = 1000; under contract 1000 - 200 = 800 */
    EXPECT_NUMBER(0.8, "SPEND_UNDER_CONTRACT", COL(N(1000), N(-200), N(200)),
                  COL(T(u"K1"), T(u"K1"), T(u"nee")));
}

static void not_under_contract_spellings(void)
{
    const char16_t *no[] = {u"nee", u"NEE", u" Nee ", u"no", u"No", u"n", u"N",
                            u"onwaar", u"ONWAAR", u"false", u"False", u"-", u" - ", u"", u"   "};
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        EXPECT_NUMBER(0.5, "SPEND_UNDER_CONTRACT", COL(N(1), N(1)), COL(T(u"ja"), T(no[i])));
    EXPECT_NUMBER(0.5, "SPEND_UNDER_CONTRACT", COL(N(1), N(1)), COL(T(u"ja"), B(false)));
    EXPECT_NUMBER(0.5, "SPEND_UNDER_CONTRACT", COL(N(1), N(1)), COL(T(u"ja"), N(0)));
    /* words that merely start like a "no" are contract references */
    const char16_t *yes[] = {u"nee!", u"nr 12", u"neen?", u"--", u"0", u"ja", u"yes", u"waar"};
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
        EXPECT_NUMBER(1.0, "SPEND_UNDER_CONTRACT", COL(N(1), N(1)), COL(T(u"ja"), T(yes[i])));
    EXPECT_NUMBER(1.0, "SPEND_UNDER_CONTRACT", COL(N(1), N(1)), COL(N(-3), N(0.5)));
}

static void empty_amounts_drop_their_row(void)
{
    EXPECT_NUMBER(0.25, "SPEND_UNDER_CONTRACT", COL(N(100), E, N(300)),
                  COL(T(u"K"), T(u"K"), E));
}

static void two_dimensional_ranges(void)
{
    EXPECT_NUMBER(0.6, "SPEND_UNDER_CONTRACT", GRID(2, 2, N(10), N(20), N(30), N(40)),
                  GRID(2, 2, B(true), B(true), N(1), E));
}

static void filters(void)
{
#define AMOUNTS COL(N(100), N(200), N(300), N(400))
#define CONTRACTS COL(T(u"K1"), E, T(u"K2"), T(u"K3"))
#define SUPPLIERS COL(T(u"Bouwbedrijf Één"), T(u"Schilders BV"), T(u"bouwbedrijf één "), N(7))
    EXPECT_NUMBER(1.0, "SPEND_UNDER_CONTRACT", AMOUNTS, CONTRACTS, SUPPLIERS, ONE(T(u"BOUWBEDRIJF ÉÉN")));
    EXPECT_NUMBER(0.0, "SPEND_UNDER_CONTRACT", AMOUNTS, CONTRACTS, SUPPLIERS, ONE(T(u"schilders bv")));
    EXPECT_NUMBER(1.0, "SPEND_UNDER_CONTRACT", AMOUNTS, CONTRACTS, SUPPLIERS, ONE(N(7)));
    /* numbers match exactly, text never matches a number */
    EXPECT_INVALID(0, "SPEND_UNDER_CONTRACT", AMOUNTS, CONTRACTS, SUPPLIERS, ONE(N(7.0000001)));
    EXPECT_INVALID(0, "SPEND_UNDER_CONTRACT", AMOUNTS, CONTRACTS, SUPPLIERS, ONE(T(u"7")));
    /* empty filter value selects the lines without a key */
    EXPECT_NUMBER(0.5, "SPEND_UNDER_CONTRACT", COL(N(1), N(1), N(5)), COL(T(u"K"), E, T(u"K")),
                  COL(E, T(u""), T(u"x")), ONE(E));
    /* no line selected: nothing to divide by */
    EXPECT_INVALID(0, "SPEND_UNDER_CONTRACT", AMOUNTS, CONTRACTS, SUPPLIERS, ONE(T(u"onbekend")));
#undef AMOUNTS
#undef CONTRACTS
#undef SUPPLIERS
}

static void bad_input(void)
{
    EXPECT_INVALID(0, "SPEND_UNDER_CONTRACT", COL(N(1), T(u"12,50")), COL(E, E));
    EXPECT_INVALID(0, "SPEND_UNDER_CONTRACT", COL(N(1), N(NAN)), COL(E, E));
    EXPECT_INVALID(0, "SPEND_UNDER_CONTRACT", COL(N(1), N(INFINITY)), COL(E, E));
    EXPECT_INVALID(0, "SPEND_UNDER_CONTRACT", COL(N(1e308), N(1e308)), COL(E, E));
    EXPECT_INVALID(1, "SPEND_UNDER_CONTRACT", COL(N(1), N(2)), COL(E, E, E));
    EXPECT_INVALID(1, "SPEND_UNDER_CONTRACT", COL(N(1), N(2)), GRID(1, 2, E, E));
    EXPECT_INVALID(2, "SPEND_UNDER_CONTRACT", COL(N(1), N(2)), COL(E, E), COL(E), ONE(E));
    EXPECT_INVALID(3, "SPEND_UNDER_CONTRACT", COL(N(1), N(2)), COL(E, E), COL(E, E), COL(E, E));
    EXPECT_INVALID(3, "SPEND_UNDER_CONTRACT", COL(N(1), N(2)), COL(E, E), COL(E, E), OMIT);
    EXPECT_INVALID(2, "SPEND_UNDER_CONTRACT", COL(N(1), N(2)), COL(E, E), OMIT, ONE(N(1)));
    /* zero or negative net spend */
    EXPECT_INVALID(0, "SPEND_UNDER_CONTRACT", COL(N(100), N(-100)), COL(T(u"K"), E));
    EXPECT_INVALID(0, "SPEND_UNDER_CONTRACT", COL(N(-5)), COL(T(u"K")));
    EXPECT_INVALID(0, "SPEND_UNDER_CONTRACT", COL(E, E), COL(T(u"K"), E));
    EXPECT_INVALID(0, "SPEND_UNDER_CONTRACT", RANGE(0, 0, NULL),
                   RANGE(0, 0, NULL));
}

static void large_range(void)
{
    enum { ROWS = 100000 };
    static kpi_value amounts[ROWS], contracts[ROWS];
    for (int i = 0; i < ROWS; i++) {
        amounts[i] = N(i % 10 + 1);              /* 1..10 */
        contracts[i] = i % 10 < 5 ? T(u"K") : E; /* amounts 1..5 under contract */
    }
    /* per 10 lines: 15 of 55 */
    EXPECT_NUMBER(15.0 / 55.0, "SPEND_UNDER_CONTRACT", RANGE(ROWS, 1, amounts),
                  RANGE(ROWS, 1, contracts));
}

void add_spend_suite(void)
{
    CU_pSuite s = CU_add_suite("SPEND_UNDER_CONTRACT", NULL, NULL);
    CU_add_test(s, "basic share", basic_share);
    CU_add_test(s, "credit notes count", credit_notes_count);
    CU_add_test(s, "not-under-contract spellings", not_under_contract_spellings);
    CU_add_test(s, "empty amounts drop their row", empty_amounts_drop_their_row);
    CU_add_test(s, "two-dimensional ranges", two_dimensional_ranges);
    CU_add_test(s, "filters", filters);
    CU_add_test(s, "bad input", bad_input);
    CU_add_test(s, "100,000 lines", large_range);
}
