/* KPI_STATUS and BONUS_MALUS: examples of the sources, both directions,
 * every boundary, empty and bad input. */
#include "kpi_test.h"

static void examples_from_sources(void)
{
    /* share of critical suppliers, norms 100% / 75% (workshop slides) */
    EXPECT_TEXT("GROEN", "KPI_STATUS", ONE(N(1.0)), ONE(N(1.0)), ONE(N(0.75)));
    EXPECT_TEXT("GEEL", "KPI_STATUS", ONE(N(0.8)), ONE(N(1.0)), ONE(N(0.75)));
    EXPECT_TEXT("GEEL", "KPI_STATUS", ONE(N(0.75)), ONE(N(1.0)), ONE(N(0.75)));
    EXPECT_TEXT("ROOD", "KPI_STATUS", ONE(N(0.7)), ONE(N(1.0)), ONE(N(0.75)));
    /* supplier score, norms 7 / 6 */
    EXPECT_TEXT("GROEN", "KPI_STATUS", ONE(N(7.5)), ONE(N(7)), ONE(N(6)));
    EXPECT_TEXT("GEEL", "KPI_STATUS", ONE(N(6.5)), ONE(N(7)), ONE(N(6)));
    EXPECT_TEXT("ROOD", "KPI_STATUS", ONE(N(5.5)), ONE(N(7)), ONE(N(6)));
    /* tenant satisfaction 7.6 reached against a 7.4 target (chain case) */
    EXPECT_TEXT("GROEN", "KPI_STATUS", ONE(N(7.6)), ONE(N(7.4)), ONE(N(7.1)));
}

static void higher_is_better_boundaries(void)
{
    EXPECT_TEXT("GROEN", "KPI_STATUS", ONE(N(7)), ONE(N(7)), ONE(N(6)));
    EXPECT_TEXT("GEEL", "KPI_STATUS", ONE(N(6.999999)), ONE(N(7)), ONE(N(6)));
    EXPECT_TEXT("GEEL", "KPI_STATUS", ONE(N(6)), ONE(N(7)), ONE(N(6)));
    EXPECT_TEXT("ROOD", "KPI_STATUS", ONE(N(5.999999)), ONE(N(7)), ONE(N(6)));
    EXPECT_TEXT("ROOD", "KPI_STATUS", ONE(N(-1e300)), ONE(N(7)), ONE(N(6)));
    EXPECT_TEXT("GROEN", "KPI_STATUS", ONE(N(1e300)), ONE(N(7)), ONE(N(6)));
}

static void lower_is_better_boundaries(void)
{
    /* repair lead time in days: green at 3 or less, red above 5 */
    EXPECT_TEXT("GROEN", "KPI_STATUS", ONE(N(2)), ONE(N(3)), ONE(N(5)));
    EXPECT_TEXT("GROEN", "KPI_STATUS", ONE(N(3)), ONE(N(3)), ONE(N(5)));
    EXPECT_TEXT("GEEL", "KPI_STATUS", ONE(N(3.5)), ONE(N(3)), ONE(N(5)));
    EXPECT_TEXT("GEEL", "KPI_STATUS", ONE(N(5)), ONE(N(3)), ONE(N(5)));
    EXPECT_TEXT("ROOD", "KPI_STATUS", ONE(N(5.01)), ONE(N(3)), ONE(N(5)));
}

static void equal_norms_have_no_yellow(void)
{
    EXPECT_TEXT("GROEN", "KPI_STATUS", ONE(N(5)), ONE(N(5)), ONE(N(5)));
    EXPECT_TEXT("ROOD", "KPI_STATUS", ONE(N(4.99)), ONE(N(5)), ONE(N(5)));
    EXPECT_TEXT("GROEN", "KPI_STATUS", ONE(N(5.01)), ONE(N(5)), ONE(N(5)));
}

static void on_the_norm_as_calc_judges_it(void)
{
    volatile double three = 0.3, four = 0.4;
    double ratio = three / four; /* 0.7499999999999999 */
    CU_ASSERT(ratio < 0.75);
    EXPECT_TEXT("GEEL", "KPI_STATUS", ONE(N(ratio)), ONE(N(1.0)), ONE(N(0.75)));
    EXPECT_TEXT("GROEN", "KPI_STATUS", ONE(N(ratio)), ONE(N(0.75)), ONE(N(0.5)));
    /* lower is better: a hair above the green norm is still on it */
    EXPECT_TEXT("GROEN", "KPI_STATUS", ONE(N(0.1 + 0.2)), ONE(N(0.3)), ONE(N(0.5)));
    /* but a real difference is not swallowed */
    EXPECT_TEXT("GEEL", "KPI_STATUS", ONE(N(0.75 - 1e-9)), ONE(N(0.75)), ONE(N(0.5)));
}

static void no_measurement_is_grey(void)
{
    EXPECT_TEXT("GRIJS", "KPI_STATUS", ONE(E), ONE(N(1)), ONE(N(0.75)));
    EXPECT_TEXT("GRIJS", "KPI_STATUS", ONE(T(u"")), ONE(N(1)), ONE(N(0.75)));
    EXPECT_TEXT("GRIJS", "KPI_STATUS", ONE(T(u"  ")), ONE(N(1)), ONE(N(0.75)));
    /* zero is a measurement, not a missing one */
    EXPECT_TEXT("ROOD", "KPI_STATUS", ONE(N(0)), ONE(N(1)), ONE(N(0.75)));
    /* a boolean reads as 1 or 0, as in Calc */
    EXPECT_TEXT("GROEN", "KPI_STATUS", ONE(B(true)), ONE(N(1)), ONE(N(0.75)));
}

static void status_bad_input(void)
{
    EXPECT_INVALID(0, "KPI_STATUS", ONE(T(u"80%")), ONE(N(1)), ONE(N(0.75)));
    EXPECT_INVALID(1, "KPI_STATUS", ONE(N(0.8)), ONE(T(u"hoog")), ONE(N(0.75)));
    EXPECT_INVALID(1, "KPI_STATUS", ONE(N(0.8)), ONE(E), ONE(N(0.75)));
    EXPECT_INVALID(2, "KPI_STATUS", ONE(N(0.8)), ONE(N(1)), ONE(E));
    EXPECT_INVALID(0, "KPI_STATUS", COL(N(1), N(2)), ONE(N(1)), ONE(N(0.75)));
    EXPECT_INVALID(0, "KPI_STATUS", ONE(N(NAN)), ONE(N(1)), ONE(N(0.75)));
    EXPECT_INVALID(1, "KPI_STATUS", ONE(N(0.5)), ONE(N(INFINITY)), ONE(N(0.75)));
    EXPECT_INVALID(2, "KPI_STATUS", ONE(N(0.5)), ONE(N(1)), ONE(N(-INFINITY)));
    EXPECT_INVALID(0, "KPI_STATUS", RANGE(0, 0, NULL), ONE(N(1)), ONE(N(0.75)));
}

static void status_message_names_argument(void)
{
    kpi_result r;
    kpi_error e;
    CU_ASSERT_FALSE(CALL(&r, &e, "KPI_STATUS", ONE(N(1)), ONE(T(u"x")), ONE(N(0))));
    CU_ASSERT_STRING_EQUAL(e.message,
                           "KPI_STATUS: argument 2 (green_norm): text where a number is needed");
    CU_ASSERT_FALSE(CALL(&r, &e, "KPI_STATUS", OMIT, ONE(N(1)), ONE(N(0))));
    CU_ASSERT_STRING_EQUAL(e.message, "KPI_STATUS: argument 1 (value): is required");
}

static void bonus_malus_handbook_example(void)
{
    /* 1-5 scale: target 3.5, bonus from 4, malus from 3.2, below: termination */
    EXPECT_TEXT("BONUS", "BONUS_MALUS", ONE(N(4)), ONE(N(4)), ONE(N(3.5)), ONE(N(3.2)));
    EXPECT_TEXT("NEUTRAAL", "BONUS_MALUS", ONE(N(3.5)), ONE(N(4)), ONE(N(3.5)), ONE(N(3.2)));
    EXPECT_TEXT("MALUS", "BONUS_MALUS", ONE(N(3.2)), ONE(N(4)), ONE(N(3.5)), ONE(N(3.2)));
    EXPECT_TEXT("ONTBINDING", "BONUS_MALUS", ONE(N(3)), ONE(N(4)), ONE(N(3.5)), ONE(N(3.2)));
    EXPECT_TEXT("BONUS", "BONUS_MALUS", ONE(N(5)), ONE(N(4)), ONE(N(3.5)), ONE(N(3.2)));
    EXPECT_TEXT("NEUTRAAL", "BONUS_MALUS", ONE(N(3.99)), ONE(N(4)), ONE(N(3.5)), ONE(N(3.2)));
    EXPECT_TEXT("MALUS", "BONUS_MALUS", ONE(N(3.49)), ONE(N(4)), ONE(N(3.5)), ONE(N(3.2)));
    EXPECT_TEXT("ONTBINDING", "BONUS_MALUS", ONE(N(3.19)), ONE(N(4)), ONE(N(3.5)), ONE(N(3.2)));
    /* 3.2 computed as 1.6 * 2 still reaches the minimum */
    EXPECT_TEXT("MALUS", "BONUS_MALUS", ONE(N(1.6 * 2)), ONE(N(4)), ONE(N(3.5)), ONE(N(3.2)));
}

static void bonus_malus_edges(void)
{
    EXPECT_TEXT("GRIJS", "BONUS_MALUS", ONE(E), ONE(N(4)), ONE(N(3.5)), ONE(N(3.2)));
    /* all norms equal: only bonus or termination */
    EXPECT_TEXT("BONUS", "BONUS_MALUS", ONE(N(3)), ONE(N(3)), ONE(N(3)), ONE(N(3)));
    EXPECT_TEXT("ONTBINDING", "BONUS_MALUS", ONE(N(2.9)), ONE(N(3)), ONE(N(3)), ONE(N(3)));
    EXPECT_INVALID(1, "BONUS_MALUS", ONE(N(3)), ONE(N(3)), ONE(N(3.5)), ONE(N(3.2)));
    EXPECT_INVALID(2, "BONUS_MALUS", ONE(N(3)), ONE(N(4)), ONE(N(3)), ONE(N(3.2)));
    EXPECT_INVALID(0, "BONUS_MALUS", ONE(T(u"goed")), ONE(N(4)), ONE(N(3.5)), ONE(N(3.2)));
    EXPECT_INVALID(3, "BONUS_MALUS", ONE(N(3)), ONE(N(4)), ONE(N(3.5)), ONE(E));
    EXPECT_INVALID(3, "BONUS_MALUS", ONE(N(3)), ONE(N(4)), ONE(N(3.5)), OMIT);
}

void add_status_suite(void)
{
    CU_pSuite s = CU_add_suite("KPI_STATUS and BONUS_MALUS", NULL, NULL);
    CU_add_test(s, "examples from the sources", examples_from_sources);
    CU_add_test(s, "higher is better: boundaries", higher_is_better_boundaries);
    CU_add_test(s, "lower is better: boundaries", lower_is_better_boundaries);
    CU_add_test(s, "equal norms: no yellow band", equal_norms_have_no_yellow);
    CU_add_test(s, "on a norm as Calc's = judges it", on_the_norm_as_calc_judges_it);
    CU_add_test(s, "no measurement is GRIJS", no_measurement_is_grey);
    CU_add_test(s, "KPI_STATUS bad input", status_bad_input);
    CU_add_test(s, "error message names the argument", status_message_names_argument);
    CU_add_test(s, "BONUS_MALUS handbook example", bonus_malus_handbook_example);
    CU_add_test(s, "BONUS_MALUS edges and bad norms", bonus_malus_edges);
}
