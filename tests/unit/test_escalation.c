/* ESCALATION_LEVEL: the default matrix cell by cell, counts beyond 3,
 * custom and malformed matrices. */
#include "kpi_test.h"

/* The handbook's matrix, written out independently of the core's copy. */
static const int handbook[4][4] = {
    {1, 2, 3, 4}, {1, 2, 3, 4}, {2, 3, 4, 4}, {3, 4, 4, 4},
};

static void all_sixteen_cells(void)
{
    for (int n = 1; n <= 4; n++)
        for (int s = 1; s <= 4; s++)
            EXPECT_NUMBER(handbook[n - 1][s - 1], "ESCALATION_LEVEL", ONE(N(n)), ONE(N(s)));
}

static void source_example(void)
{
    /* more than three small incidents -> level 3 */
    EXPECT_NUMBER(3, "ESCALATION_LEVEL", ONE(N(4)), ONE(N(1)));
}

static void beyond_three(void)
{
    EXPECT_NUMBER(3, "ESCALATION_LEVEL", ONE(N(17)), ONE(N(1)));
    EXPECT_NUMBER(4, "ESCALATION_LEVEL", ONE(N(1)), ONE(N(9)));
    EXPECT_NUMBER(4, "ESCALATION_LEVEL", ONE(N(1e9)), ONE(N(1e9)));
    EXPECT_NUMBER(2, "ESCALATION_LEVEL", ONE(N(3)), ONE(N(1)));
}

static void no_shortcomings(void)
{
    EXPECT_NUMBER(0, "ESCALATION_LEVEL", ONE(N(0)), ONE(N(0)));
    EXPECT_NUMBER(0, "ESCALATION_LEVEL", ONE(N(0)), ONE(N(3)));
    EXPECT_NUMBER(0, "ESCALATION_LEVEL", ONE(E), ONE(E));
    /* a whole number computed with a rounding error still counts */
    EXPECT_NUMBER(2, "ESCALATION_LEVEL", ONE(N(0.1 * 30)), ONE(N(1)));
    EXPECT_NUMBER(1, "ESCALATION_LEVEL", ONE(B(true)), ONE(N(1)));
}

static void bad_counts(void)
{
    EXPECT_INVALID(0, "ESCALATION_LEVEL", ONE(N(-1)), ONE(N(1)));
    EXPECT_INVALID(0, "ESCALATION_LEVEL", ONE(N(1.5)), ONE(N(1)));
    EXPECT_INVALID(1, "ESCALATION_LEVEL", ONE(N(2)), ONE(N(2.5)));
    EXPECT_INVALID(1, "ESCALATION_LEVEL", ONE(N(2)), ONE(N(0)));
    EXPECT_INVALID(1, "ESCALATION_LEVEL", ONE(N(2)), ONE(E));
    EXPECT_INVALID(1, "ESCALATION_LEVEL", ONE(N(0)), ONE(N(-2)));
    EXPECT_INVALID(0, "ESCALATION_LEVEL", ONE(T(u"drie")), ONE(N(1)));
    EXPECT_INVALID(0, "ESCALATION_LEVEL", ONE(N(NAN)), ONE(N(1)));
    EXPECT_INVALID(1, "ESCALATION_LEVEL", ONE(N(1)), ONE(N(INFINITY)));
    EXPECT_INVALID(0, "ESCALATION_LEVEL", COL(N(1), N(1)), ONE(N(1)));
}

#define MILD GRID(4, 4, N(0), N(1), N(1), N(2), N(0), N(1), N(2), N(2), \
                        N(1), N(2), N(2), N(3), N(1), N(2), N(3), N(4))

static void custom_matrix(void)
{
    EXPECT_NUMBER(0, "ESCALATION_LEVEL", ONE(N(1)), ONE(N(1)), MILD);
    EXPECT_NUMBER(2, "ESCALATION_LEVEL", ONE(N(2)), ONE(N(3)), MILD);
    EXPECT_NUMBER(4, "ESCALATION_LEVEL", ONE(N(8)), ONE(N(8)), MILD);
    EXPECT_NUMBER(1, "ESCALATION_LEVEL", ONE(N(4)), ONE(N(1)), MILD);
    EXPECT_NUMBER(0, "ESCALATION_LEVEL", ONE(N(0)), ONE(N(1)), MILD);
}

static void malformed_matrix(void)
{
    EXPECT_INVALID(2, "ESCALATION_LEVEL", ONE(N(1)), ONE(N(1)),
                   GRID(3, 3, N(1), N(1), N(1), N(1), N(1), N(1), N(1), N(1), N(1)));
    EXPECT_INVALID(2, "ESCALATION_LEVEL", ONE(N(1)), ONE(N(1)), ONE(N(2)));
    EXPECT_INVALID(2, "ESCALATION_LEVEL", ONE(N(1)), ONE(N(1)),
                   GRID(4, 4, N(0), N(1), N(1), N(2), N(0), N(1), N(2), N(2),
                        N(1), N(2), N(2), N(3), N(1), N(2), N(3), N(5)));
    EXPECT_INVALID(2, "ESCALATION_LEVEL", ONE(N(1)), ONE(N(1)),
                   GRID(4, 4, N(0), N(1), N(1), N(2), N(0), N(1), N(2), N(2),
                        N(1), N(2), N(2), N(3), N(1), N(2), N(3), N(-1)));
    EXPECT_INVALID(2, "ESCALATION_LEVEL", ONE(N(1)), ONE(N(1)),
                   GRID(4, 4, N(0), N(1), N(1.5), N(2), N(0), N(1), N(2), N(2),
                        N(1), N(2), N(2), N(3), N(1), N(2), N(3), N(4)));
    EXPECT_INVALID(2, "ESCALATION_LEVEL", ONE(N(1)), ONE(N(1)),
                   GRID(4, 4, N(0), N(1), E, N(2), N(0), N(1), N(2), N(2),
                        N(1), N(2), N(2), N(3), N(1), N(2), N(3), N(4)));
    EXPECT_INVALID(2, "ESCALATION_LEVEL", ONE(N(1)), ONE(N(1)),
                   GRID(4, 4, N(0), N(1), T(u"2"), N(2), N(0), N(1), N(2), N(2),
                        N(1), N(2), N(2), N(3), N(1), N(2), N(3), N(4)));
    /* a malformed matrix is reported even when there is nothing to escalate */
    EXPECT_INVALID(2, "ESCALATION_LEVEL", ONE(N(0)), ONE(N(0)), ONE(N(1)));
}

void add_escalation_suite(void)
{
    CU_pSuite s = CU_add_suite("ESCALATION_LEVEL", NULL, NULL);
    CU_add_test(s, "all 16 cells of the default matrix", all_sixteen_cells);
    CU_add_test(s, "source example: 4 small incidents", source_example);
    CU_add_test(s, "counts and severities beyond 3", beyond_three);
    CU_add_test(s, "no shortcomings is level 0", no_shortcomings);
    CU_add_test(s, "bad counts and severities", bad_counts);
    CU_add_test(s, "custom matrix", custom_matrix);
    CU_add_test(s, "malformed matrix", malformed_matrix);
}
