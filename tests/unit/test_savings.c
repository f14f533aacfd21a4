/* COST_AVOIDANCE, COST_REDUCTION, INKOOP_ROI, REJECTION_RATE. */
#include "kpi_test.h"

static void cost_avoidance(void)
{
    /* handbook: current price - lowest offered price */
    EXPECT_NUMBER(10, "COST_AVOIDANCE", ONE(N(100)), ONE(N(90)));
    EXPECT_NUMBER(100, "COST_AVOIDANCE", ONE(N(100)), ONE(N(90)), ONE(N(10)));
    EXPECT_NUMBER(-50, "COST_AVOIDANCE", ONE(N(100)), ONE(N(105)), ONE(N(10)));
    /* lines: (10-8)*5 + (20-21)*2 + (7-7)*100 = 8 */
    EXPECT_NUMBER(8, "COST_AVOIDANCE", COL(N(10), N(20), N(7)), COL(N(8), N(21), N(7)),
                  COL(N(5), N(2), N(100)));
    /* one quantity for every line: (10-8 + 20-21) * 3 = 3 */
    EXPECT_NUMBER(3, "COST_AVOIDANCE", COL(N(10), N(20)), COL(N(8), N(21)), ONE(N(3)));
    /* lines not filled in yet are skipped */
    EXPECT_NUMBER(10, "COST_AVOIDANCE", COL(N(10), E, N(4)), COL(N(8), N(3), E),
                  COL(N(5), N(1), N(1)));
    EXPECT_NUMBER(0, "COST_AVOIDANCE", COL(N(10), N(4)), COL(N(8), N(2)), COL(E, T(u"")));
    EXPECT_NUMBER(0, "COST_AVOIDANCE", COL(E), COL(E));
}

static void cost_reduction(void)
{
    /* handbook: current price - last paid price */
    EXPECT_NUMBER(1000, "COST_REDUCTION", ONE(N(50)), ONE(N(45)), ONE(N(200)));
    EXPECT_NUMBER(5, "COST_REDUCTION", ONE(N(50)), ONE(N(45)));
    EXPECT_NUMBER(-1000, "COST_REDUCTION", ONE(N(45)), ONE(N(50)), ONE(N(200)));
    EXPECT_NUMBER(0, "COST_REDUCTION", ONE(N(45)), ONE(N(45)), ONE(N(0)));
}

static void price_bad_input(void)
{
    const char *fns[] = {"COST_AVOIDANCE", "COST_REDUCTION"};
    for (int i = 0; i < 2; i++) {
        EXPECT_INVALID(0, fns[i], ONE(T(u"duur")), ONE(N(1)));
        EXPECT_INVALID(1, fns[i], ONE(N(1)), ONE(T(u"goedkoop")));
        EXPECT_INVALID(2, fns[i], ONE(N(1)), ONE(N(1)), ONE(T(u"veel")));
        EXPECT_INVALID(2, fns[i], ONE(N(1)), ONE(N(1)), ONE(N(-1)));
        EXPECT_INVALID(1, fns[i], COL(N(1), N(2)), COL(N(1)));
        EXPECT_INVALID(2, fns[i], COL(N(1), N(2)), COL(N(1), N(1)), COL(N(1), N(1), N(1)));
        EXPECT_INVALID(0, fns[i], ONE(N(NAN)), ONE(N(1)));
        EXPECT_INVALID(-1, fns[i], ONE(N(1e308)), ONE(N(-1e308)), ONE(N(10)));
        EXPECT_INVALID(1, fns[i], ONE(N(1)), OMIT);
    }
}

static void inkoop_roi(void)
{
    /* (reduction + avoidance) / cost of the procurement function */
    EXPECT_NUMBER(4, "INKOOP_ROI", ONE(N(120000)), ONE(N(80000)), ONE(N(50000)));
    EXPECT_NUMBER(4, "INKOOP_ROI", COL(N(100000), E, N(20000)), GRID(1, 2, N(30000), N(50000)),
                  COL(N(20000), N(30000)));
    EXPECT_NUMBER(-0.5, "INKOOP_ROI", ONE(N(-30000)), ONE(N(5000)), ONE(N(50000)));
    EXPECT_NUMBER(0, "INKOOP_ROI", ONE(E), ONE(E), ONE(N(1)));
    EXPECT_INVALID(2, "INKOOP_ROI", ONE(N(1)), ONE(N(1)), ONE(N(0)));
    EXPECT_INVALID(2, "INKOOP_ROI", ONE(N(1)), ONE(N(1)), ONE(N(-10)));
    EXPECT_INVALID(2, "INKOOP_ROI", ONE(N(1)), ONE(N(1)), ONE(E));
    EXPECT_INVALID(0, "INKOOP_ROI", COL(N(1), T(u"veel")), ONE(N(1)), ONE(N(1)));
    EXPECT_INVALID(1, "INKOOP_ROI", ONE(N(1)), ONE(N(INFINITY)), ONE(N(1)));
    EXPECT_INVALID(-1, "INKOOP_ROI", ONE(N(1e308)), ONE(N(1e308)), ONE(N(0.5)));
}

static void rejection_rate(void)
{
    EXPECT_NUMBER(0.025, "REJECTION_RATE", ONE(N(2500)), ONE(N(100000)));
    EXPECT_NUMBER(0.1, "REJECTION_RATE", COL(N(5), E, N(5)), COL(N(60), N(40)));
    EXPECT_NUMBER(0, "REJECTION_RATE", ONE(E), ONE(N(40)));
    EXPECT_NUMBER(1, "REJECTION_RATE", ONE(N(40)), ONE(N(40)));
    EXPECT_INVALID(1, "REJECTION_RATE", ONE(N(1)), ONE(N(0)));
    EXPECT_INVALID(1, "REJECTION_RATE", ONE(N(1)), ONE(N(-5)));
    EXPECT_INVALID(0, "REJECTION_RATE", ONE(N(-1)), ONE(N(5)));
    EXPECT_INVALID(0, "REJECTION_RATE", ONE(N(6)), ONE(N(5)));
    EXPECT_INVALID(0, "REJECTION_RATE", ONE(T(u"veel")), ONE(N(5)));
}

void add_savings_suite(void)
{
    CU_pSuite s = CU_add_suite("savings and ratios", NULL, NULL);
    CU_add_test(s, "COST_AVOIDANCE", cost_avoidance);
    CU_add_test(s, "COST_REDUCTION", cost_reduction);
    CU_add_test(s, "price differences: bad input", price_bad_input);
    CU_add_test(s, "INKOOP_ROI", inkoop_roi);
    CU_add_test(s, "REJECTION_RATE", rejection_rate);
}
