/* PRICE_SCORE, PRICE_SCORE_LINEAR and WEIGHTED_SCORE. */
#include "kpi_test.h"

static void price_score(void)
{
    kpi_range bids = COL(N(100000), N(120000), N(150000));
    /* 30 x lowest / price */
    EXPECT_NUMBER(30, "PRICE_SCORE", ONE(N(100000)), bids, ONE(N(30)));
    EXPECT_NUMBER(25, "PRICE_SCORE", ONE(N(120000)), bids, ONE(N(30)));
    EXPECT_NUMBER(20, "PRICE_SCORE", ONE(N(150000)), bids, ONE(N(30)));
    /* a row, empty cells skipped, one bid alone */
    EXPECT_NUMBER(20, "PRICE_SCORE", ONE(N(150000)), GRID(1, 4, N(150000), E, N(100000), T(u" ")),
                  ONE(N(30)));
    EXPECT_NUMBER(40, "PRICE_SCORE", ONE(N(5)), ONE(N(5)), ONE(N(40)));
    /* on the lowest or highest bid as Calc's = judges it */
    EXPECT_NUMBER(10, "PRICE_SCORE", ONE(N(0.1 + 0.2)), COL(N(0.3), N(0.6)), ONE(N(10)));
    EXPECT_NUMBER(10, "PRICE_SCORE", ONE(N(0.3)), COL(N(0.1 + 0.2), N(0.6)), ONE(N(10)));
    EXPECT_NUMBER(5, "PRICE_SCORE", ONE(N(0.6)), COL(N(0.3), N(0.2 + 0.4)), ONE(N(10)));
}

static void price_score_bad_input(void)
{
    kpi_range bids = COL(N(100000), N(120000), N(150000));
    kpi_result r;
    kpi_error e;
    /* a price outside the bids: the range is not this tender's */
    EXPECT_INVALID(0, "PRICE_SCORE", ONE(N(90000)), bids, ONE(N(30)));
    EXPECT_INVALID(0, "PRICE_SCORE", ONE(N(160000)), bids, ONE(N(30)));
    EXPECT_INVALID(0, "PRICE_SCORE", ONE(N(0)), bids, ONE(N(30)));
    EXPECT_INVALID(0, "PRICE_SCORE", ONE(N(-100000)), bids, ONE(N(30)));
    EXPECT_INVALID(0, "PRICE_SCORE", ONE(E), bids, ONE(N(30)));
    EXPECT_INVALID(0, "PRICE_SCORE", ONE(T(u"duur")), bids, ONE(N(30)));
    EXPECT_INVALID(0, "PRICE_SCORE", COL(N(100000), N(120000)), bids, ONE(N(30)));
    EXPECT_INVALID(1, "PRICE_SCORE", ONE(N(100000)), COL(N(100000), N(0)), ONE(N(30)));
    EXPECT_INVALID(1, "PRICE_SCORE", ONE(N(100000)), COL(N(100000), N(-5)), ONE(N(30)));
    EXPECT_INVALID(1, "PRICE_SCORE", ONE(N(100000)), COL(N(100000), T(u"n.v.t.")), ONE(N(30)));
    EXPECT_INVALID(1, "PRICE_SCORE", ONE(N(100000)), COL(E, E), ONE(N(30)));
    EXPECT_INVALID(2, "PRICE_SCORE", ONE(N(100000)), bids, ONE(N(0)));
    EXPECT_INVALID(2, "PRICE_SCORE", ONE(N(100000)), bids, ONE(N(-30)));
    EXPECT_INVALID(2, "PRICE_SCORE", ONE(N(100000)), bids, ONE(E));
    CU_ASSERT_FALSE(CALL(&r, &e, "PRICE_SCORE", ONE(N(90000)), bids, ONE(N(30))));
    CU_ASSERT_PTR_NOT_NULL(strstr(e.message, "below the lowest of prices (100000)"));
}

static void price_score_linear(void)
{
    /* all points at 90000, none at 160000, 30 points */
    const struct { double price, points; } spec[] = {
        {100000, 25.714286}, {120000, 17.142857}, {150000, 4.285714}, {170000, 0}, {80000, 30},
    };
    for (size_t i = 0; i < sizeof spec / sizeof spec[0]; i++) {
        kpi_result r;
        kpi_error e;
        CU_ASSERT_TRUE(CALL(&r, &e, "PRICE_SCORE_LINEAR", ONE(N(spec[i].price)), ONE(N(90000)),
                            ONE(N(160000)), ONE(N(30))));
        CU_ASSERT_EQUAL(round(r.number * 1e6) / 1e6, spec[i].points);
    }
    EXPECT_NUMBER(30.0 * 60000 / 70000, "PRICE_SCORE_LINEAR", ONE(N(100000)), ONE(N(90000)),
                  ONE(N(160000)), ONE(N(30)));
    /* on the bounds */
    EXPECT_NUMBER(30, "PRICE_SCORE_LINEAR", ONE(N(90000)), ONE(N(90000)), ONE(N(160000)), ONE(N(30)));
    EXPECT_NUMBER(0, "PRICE_SCORE_LINEAR", ONE(N(160000)), ONE(N(90000)), ONE(N(160000)), ONE(N(30)));
    EXPECT_NUMBER(10, "PRICE_SCORE_LINEAR", ONE(N(0.1 + 0.2)), ONE(N(0.3)), ONE(N(1)), ONE(N(10)));
    /* all points only at a price of 0 */
    EXPECT_NUMBER(5, "PRICE_SCORE_LINEAR", ONE(N(50)), ONE(N(0)), ONE(N(100)), ONE(N(10)));
}

static void price_score_linear_bad_input(void)
{
    EXPECT_INVALID(2, "PRICE_SCORE_LINEAR", ONE(N(100)), ONE(N(160)), ONE(N(90)), ONE(N(30)));
    EXPECT_INVALID(2, "PRICE_SCORE_LINEAR", ONE(N(100)), ONE(N(90)), ONE(N(90)), ONE(N(30)));
    EXPECT_INVALID(2, "PRICE_SCORE_LINEAR", ONE(N(100)), ONE(N(0.3)), ONE(N(0.1 + 0.2)), ONE(N(30)));
    EXPECT_INVALID(1, "PRICE_SCORE_LINEAR", ONE(N(100)), ONE(N(-1)), ONE(N(90)), ONE(N(30)));
    EXPECT_INVALID(0, "PRICE_SCORE_LINEAR", ONE(N(0)), ONE(N(90)), ONE(N(160)), ONE(N(30)));
    EXPECT_INVALID(0, "PRICE_SCORE_LINEAR", ONE(N(-5)), ONE(N(90)), ONE(N(160)), ONE(N(30)));
    EXPECT_INVALID(3, "PRICE_SCORE_LINEAR", ONE(N(100)), ONE(N(90)), ONE(N(160)), ONE(N(0)));
    EXPECT_INVALID(0, "PRICE_SCORE_LINEAR", ONE(E), ONE(N(90)), ONE(N(160)), ONE(N(30)));
    EXPECT_INVALID(1, "PRICE_SCORE_LINEAR", ONE(N(100)), ONE(E), ONE(N(160)), ONE(N(30)));
    EXPECT_INVALID(2, "PRICE_SCORE_LINEAR", ONE(N(100)), ONE(N(90)), ONE(T(u"hoog")), ONE(N(30)));
    EXPECT_INVALID(3, "PRICE_SCORE_LINEAR", ONE(N(100)), ONE(N(90)), ONE(N(160)), COL(N(1), N(2)));
    EXPECT_INVALID(0, "PRICE_SCORE_LINEAR", ONE(N(INFINITY)), ONE(N(90)), ONE(N(160)), ONE(N(30)));
}

static void weighted_score(void)
{
    kpi_range scores = COL(N(8), N(6), N(7));
    EXPECT_NUMBER(7.1, "WEIGHTED_SCORE", scores, COL(N(0.4), N(0.3), N(0.3)));
    EXPECT_NUMBER(7.1, "WEIGHTED_SCORE", scores, COL(N(40), N(30), N(30)));
    EXPECT_NUMBER(7.1, "WEIGHTED_SCORE", GRID(1, 3, N(8), N(6), N(7)), GRID(1, 3, N(40), N(30), N(30)));
    /* sub-criteria in a block: weights need not add up to 1 or 100 */
    EXPECT_NUMBER((2 * 8 + 2 * 6 + 1 * 10) / 5.0, "WEIGHTED_SCORE", GRID(2, 2, N(8), N(6), N(10), E),
                  GRID(2, 2, N(2), N(2), N(1), E));
    /* one number each */
    EXPECT_NUMBER(8, "WEIGHTED_SCORE", ONE(N(8)), ONE(N(1)));
    /* an empty weight counts as 0; a score without weight is ignored */
    EXPECT_NUMBER((0.4 * 8 + 0.3 * 7) / 0.7, "WEIGHTED_SCORE", scores, COL(N(0.4), E, N(0.3)));
    EXPECT_NUMBER(7.5, "WEIGHTED_SCORE", COL(N(8), E, N(7)), COL(N(0.5), N(0), N(0.5)));
    EXPECT_NUMBER(7.5, "WEIGHTED_SCORE", COL(N(8), T(u" "), N(7)), COL(N(0.5), E, N(0.5)));
    EXPECT_NUMBER(-1, "WEIGHTED_SCORE", COL(N(-2), N(0)), COL(N(1), N(1)));
}

static void weighted_score_bad_input(void)
{
    kpi_result r;
    kpi_error e;
    kpi_range scores = COL(N(8), N(6), N(7));
    /* a criterion that counts but has not been scored */
    CU_ASSERT_FALSE(CALL(&r, &e, "WEIGHTED_SCORE", COL(N(8), N(6), E), COL(N(40), N(30), N(30))));
    CU_ASSERT_EQUAL(e.arg, 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(e.message, "criterion 3 has no score"));
    EXPECT_INVALID(1, "WEIGHTED_SCORE", scores, COL(N(0.4), N(-0.3), N(0.3)));
    EXPECT_INVALID(1, "WEIGHTED_SCORE", scores, COL(N(0), N(0), E));
    EXPECT_INVALID(1, "WEIGHTED_SCORE", scores, COL(E, E, E));
    EXPECT_INVALID(1, "WEIGHTED_SCORE", ONE(N(8)), ONE(N(0)));
    EXPECT_INVALID(1, "WEIGHTED_SCORE", scores, COL(N(0.4), T(u"veel"), N(0.3)));
    EXPECT_INVALID(0, "WEIGHTED_SCORE", COL(N(8), T(u"goed"), N(7)), COL(N(0.4), N(0.3), N(0.3)));
    EXPECT_INVALID(0, "WEIGHTED_SCORE", COL(N(8), T(u"goed"), N(7)), COL(N(0.4), N(0), N(0.3)));
    /* shapes must match, a single weight for every score included */
    EXPECT_INVALID(1, "WEIGHTED_SCORE", scores, COL(N(0.5), N(0.5)));
    EXPECT_INVALID(1, "WEIGHTED_SCORE", scores, GRID(1, 3, N(0.4), N(0.3), N(0.3)));
    EXPECT_INVALID(1, "WEIGHTED_SCORE", scores, ONE(N(1)));
    EXPECT_INVALID(-1, "WEIGHTED_SCORE", COL(N(1e308), N(1e308)), COL(N(10), N(10)));
}

void add_tender_suite(void)
{
    CU_pSuite s = CU_add_suite("tender scores", NULL, NULL);
    CU_add_test(s, "PRICE_SCORE", price_score);
    CU_add_test(s, "PRICE_SCORE: bad input", price_score_bad_input);
    CU_add_test(s, "PRICE_SCORE_LINEAR", price_score_linear);
    CU_add_test(s, "PRICE_SCORE_LINEAR: bad input", price_score_linear_bad_input);
    CU_add_test(s, "WEIGHTED_SCORE", weighted_score);
    CU_add_test(s, "WEIGHTED_SCORE: bad input", weighted_score_bad_input);
}
