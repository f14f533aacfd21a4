/* TCO: purchase + discounted running costs - discounted residual value. */
#include "kpi_test.h"

/* The value to cents, as the spec rounds its examples. */
static double tco_cents(const kpi_range *args)
{
    kpi_result r;
    kpi_error e;
    if (!kpi_test_call("TCO", args, &r, &e))
        return NAN;
    return round(r.number * 100) / 100;
}

static void tco_spec_examples(void)
{
    EXPECT_NUMBER(17500, "TCO", ONE(N(10000)), ONE(N(1500)), ONE(N(5)));
    /* 10000 + 1500 x (1 - 1.04^-5) / 0.04 */
    EXPECT_NUMBER(16677.733496524306, "TCO", ONE(N(10000)), ONE(N(1500)), ONE(N(5)), ONE(N(0.04)));
    CU_ASSERT_EQUAL(tco_cents((const kpi_range[]){ONE(N(10000)), ONE(N(1500)), ONE(N(5)),
                                                   ONE(N(0.04)), OMIT}), 16677.73);
    /* ... - 2000 / 1.04^5 */
    EXPECT_NUMBER(15033.879283005603, "TCO", ONE(N(10000)), ONE(N(1500)), ONE(N(5)), ONE(N(0.04)),
                  ONE(N(2000)));
    CU_ASSERT_EQUAL(tco_cents((const kpi_range[]){ONE(N(10000)), ONE(N(1500)), ONE(N(5)),
                                                   ONE(N(0.04)), ONE(N(2000))}), 15033.88);
}

static void tco_range_shapes(void)
{
    const double want = 15033.879283005603;
    kpi_range column = COL(N(1500), N(1500), N(1500), N(1500), N(1500));
    kpi_range row = GRID(1, 5, N(1500), N(1500), N(1500), N(1500), N(1500));
    /* one year per row, two cost types (energy, maintenance) across */
    kpi_range block = GRID(5, 2, N(1000), N(500), N(1000), N(500), N(900), N(600), N(1500), E,
                           N(750), N(750));

    EXPECT_NUMBER(want, "TCO", ONE(N(10000)), column, OMIT, ONE(N(0.04)), ONE(N(2000)));
    EXPECT_NUMBER(want, "TCO", ONE(N(10000)), column, ONE(N(5)), ONE(N(0.04)), ONE(N(2000)));
    EXPECT_NUMBER(want, "TCO", ONE(N(10000)), row, OMIT, ONE(N(0.04)), ONE(N(2000)));
    EXPECT_NUMBER(want, "TCO", ONE(N(10000)), row, ONE(N(5)), ONE(N(0.04)), ONE(N(2000)));
    EXPECT_NUMBER(want, "TCO", ONE(N(10000)), block, OMIT, ONE(N(0.04)), ONE(N(2000)));
    EXPECT_NUMBER(want, "TCO", ONE(N(10000)), block, ONE(N(5)), ONE(N(0.04)), ONE(N(2000)));
    EXPECT_NUMBER(17500, "TCO", ONE(N(10000)), block);
    /* the purchase price may be a range, summed */
    EXPECT_NUMBER(want, "TCO", COL(N(8000), E, N(2000)), column, OMIT, ONE(N(0.04)), ONE(N(2000)));
    /* a range of one year per cell: the discount of year 1 only */
    EXPECT_NUMBER(1000 + 110 / 1.1, "TCO", ONE(N(1000)), GRID(1, 1, N(110)), ONE(N(1)), ONE(N(0.1)));
}

static void tco_years_must_match(void)
{
    kpi_range column = COL(N(1500), N(1500), N(1500), N(1500), N(1500));
    kpi_range block = GRID(2, 3, N(1), N(2), N(3), N(4), N(5), N(6));
    kpi_result r;
    kpi_error e;

    EXPECT_INVALID(2, "TCO", ONE(N(10000)), column, ONE(N(4)));
    EXPECT_INVALID(2, "TCO", ONE(N(10000)), column, ONE(N(6)));
    EXPECT_INVALID(2, "TCO", ONE(N(10000)), block, ONE(N(3))); /* a block has a year per row */
    EXPECT_NUMBER(21, "TCO", ONE(N(0)), block, ONE(N(2)));
    CU_ASSERT_FALSE(CALL(&r, &e, "TCO", ONE(N(10000)), column, ONE(N(6))));
    CU_ASSERT_PTR_NOT_NULL(strstr(e.message, "holds 5 years (one per row)"));
    CU_ASSERT_FALSE(CALL(&r, &e, "TCO", ONE(N(10000)), GRID(1, 3, N(1), N(2), N(3)), ONE(N(2))));
    CU_ASSERT_PTR_NOT_NULL(strstr(e.message, "holds 3 years (one per cell)"));
    /* one amount for every year needs the number of years */
    EXPECT_INVALID(2, "TCO", ONE(N(10000)), ONE(N(1500)));
    EXPECT_INVALID(2, "TCO", ONE(N(10000)), ONE(N(1500)), OMIT, ONE(N(0.04)));
}

static void tco_empty_and_negative(void)
{
    /* empty cells are years without costs: 1500, 0, 1500, -200, 1500 */
    kpi_range costs = COL(N(1500), E, N(1500), N(-200), N(1500));
    EXPECT_NUMBER(14300, "TCO", ONE(N(10000)), costs);
    EXPECT_NUMBER(13837.732052247145, "TCO", ONE(N(10000)), costs, ONE(N(5)), ONE(N(0.04)));
    /* an empty row of a block is a year too: 300 in years 1 and 3 at 10% */
    EXPECT_NUMBER(300 / 1.1 + 300 / (1.1 * 1.1 * 1.1), "TCO", ONE(E),
                  GRID(3, 2, N(100), N(200), E, T(u" "), N(300), E), OMIT, ONE(N(0.1)));
    EXPECT_NUMBER(0, "TCO", ONE(E), COL(E, E, E));
    /* an empty single amount counts as 0 */
    EXPECT_NUMBER(10000, "TCO", ONE(N(10000)), ONE(E), ONE(N(3)));
    /* income (negative costs) and a disposal cost (negative residual value) */
    EXPECT_NUMBER(10000 - 3 * 100, "TCO", ONE(N(10000)), ONE(N(-100)), ONE(N(3)));
    EXPECT_NUMBER(18000, "TCO", ONE(N(10000)), ONE(N(1500)), ONE(N(5)), ONE(N(0)), ONE(N(-500)));
    /* empty cells for the optional values count as 0, as Calc passes them */
    EXPECT_NUMBER(17500, "TCO", ONE(N(10000)), ONE(N(1500)), ONE(N(5)), ONE(E), ONE(E));
}

static void tco_rates(void)
{
    /* a negative rate above -1: 100 / 0.5 + 100 / 0.25 */
    EXPECT_NUMBER(600, "TCO", ONE(N(0)), ONE(N(100)), ONE(N(2)), ONE(N(-0.5)));
    EXPECT_NUMBER(600, "TCO", ONE(N(0)), COL(N(100), N(100)), OMIT, ONE(N(-0.5)));
    /* a long life in closed form: the perpetuity 1 / 0.05 */
    EXPECT_NUMBER(20, "TCO", ONE(N(0)), ONE(N(1)), ONE(N(1e6)), ONE(N(0.05)));
    /* a tiny rate is nearly the plain sum, not lost to rounding */
    EXPECT_NUMBER(5 * (1 - 3e-12), "TCO", ONE(N(0)), ONE(N(1)), ONE(N(5)), ONE(N(1e-12)));
    EXPECT_INVALID(3, "TCO", ONE(N(10000)), ONE(N(1500)), ONE(N(5)), ONE(N(-1)));
    EXPECT_INVALID(3, "TCO", ONE(N(10000)), ONE(N(1500)), ONE(N(5)), ONE(N(-1.5)));
}

static void tco_bad_input(void)
{
    kpi_result r;
    kpi_error e;
    static kpi_value hundred[100];
    for (int i = 0; i < 100; i++)
        hundred[i] = N(1);

    EXPECT_INVALID(0, "TCO", ONE(T(u"duur")), ONE(N(1500)), ONE(N(5)));
    EXPECT_INVALID(0, "TCO", COL(N(1), T(u"x")), ONE(N(1500)), ONE(N(5)));
    EXPECT_INVALID(1, "TCO", ONE(N(1)), ONE(T(u"veel")), ONE(N(5)));
    CU_ASSERT_FALSE(CALL(&r, &e, "TCO", ONE(N(1)), COL(N(1), T(u"x"), N(3))));
    CU_ASSERT_EQUAL(e.arg, 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(e.message, "year 2"));
    EXPECT_INVALID(1, "TCO", ONE(N(1)), RANGE(0, 0, NULL), ONE(N(5)));
    EXPECT_INVALID(2, "TCO", ONE(N(1)), ONE(N(1500)), ONE(N(0)));
    EXPECT_INVALID(2, "TCO", ONE(N(1)), ONE(N(1500)), ONE(E)); /* an empty years cell */
    EXPECT_INVALID(2, "TCO", ONE(N(1)), ONE(N(1500)), ONE(N(2.5)));
    EXPECT_INVALID(2, "TCO", ONE(N(1)), ONE(N(1500)), ONE(N(-3)));
    EXPECT_INVALID(2, "TCO", ONE(N(1)), ONE(N(1500)), ONE(T(u"5")));
    EXPECT_INVALID(2, "TCO", ONE(N(1)), ONE(N(1500)), COL(N(5), N(5)));
    EXPECT_INVALID(3, "TCO", ONE(N(1)), ONE(N(1500)), ONE(N(5)), ONE(T(u"4%")));
    EXPECT_INVALID(3, "TCO", ONE(N(1)), ONE(N(1500)), ONE(N(5)), COL(N(0.04), N(0.05)));
    EXPECT_INVALID(4, "TCO", ONE(N(1)), ONE(N(1500)), ONE(N(5)), ONE(N(0)), ONE(T(u"rest")));
    EXPECT_INVALID(3, "TCO", ONE(N(1)), ONE(N(1500)), ONE(N(5)), ONE(N(NAN)));
    EXPECT_INVALID(1, "TCO", ONE(N(1)), OMIT);
    /* results that would not be finite */
    EXPECT_INVALID(1, "TCO", ONE(N(0)), ONE(N(1e308)), ONE(N(10)));
    EXPECT_INVALID(1, "TCO", ONE(N(0)), RANGE(100, 1, hundred), OMIT, ONE(N(-0.999999)));
    EXPECT_INVALID(4, "TCO", ONE(N(0)), ONE(N(0)), ONE(N(100)), ONE(N(-0.999999)), ONE(N(1)));
    EXPECT_INVALID(-1, "TCO", ONE(N(1e308)), ONE(N(1e308)), ONE(N(1)));
}

void add_tco_suite(void)
{
    CU_pSuite s = CU_add_suite("TCO", NULL, NULL);
    CU_add_test(s, "examples of the spec", tco_spec_examples);
    CU_add_test(s, "a column, a row and a block of years", tco_range_shapes);
    CU_add_test(s, "years must match the range", tco_years_must_match);
    CU_add_test(s, "empty cells, income and disposal cost", tco_empty_and_negative);
    CU_add_test(s, "discount rates", tco_rates);
    CU_add_test(s, "bad input", tco_bad_input);
}
