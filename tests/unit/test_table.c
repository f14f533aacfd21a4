/* The function table and the shared cell rules. */
#include "kpi_test.h"

#include "../../src/kpi_cells.h"

static void table_is_complete(void)
{
    const char *spec[] = {"KPI_STATUS", "ESCALATION_LEVEL", "SPEND_UNDER_CONTRACT", "INKOOP_ROI",
                          "COST_AVOIDANCE", "COST_REDUCTION", "REJECTION_RATE", "BONUS_MALUS",
                          "TCO", "PRICE_SCORE", "PRICE_SCORE_LINEAR", "WEIGHTED_SCORE"};
    size_t n = sizeof spec / sizeof spec[0];
    CU_ASSERT_EQUAL(kpi_function_count, n);
    for (size_t i = 0; i < n; i++)
        CU_ASSERT_PTR_NOT_NULL(kpi_find(spec[i]));
    CU_ASSERT_PTR_NULL(kpi_find("kpi_status"));
    CU_ASSERT_PTR_NULL(kpi_find(""));
}

static void table_rows_are_well_formed(void)
{
    for (size_t i = 0; i < kpi_function_count; i++) {
        const kpi_function *f = &kpi_functions[i];
        CU_ASSERT_PTR_NOT_NULL(f->impl);
        CU_ASSERT(f->nargs >= 1 && f->nargs <= KPI_MAX_ARGS);
        CU_ASSERT(strlen(f->help_en) > 20 && strlen(f->help_nl) > 20);
        CU_ASSERT_PTR_NOT_NULL(strstr(f->example, f->name));
        bool seen_optional = false;
        for (unsigned a = 0; a < f->nargs; a++) {
            CU_ASSERT(strlen(f->args[a].name) > 0 && strlen(f->args[a].display_nl) > 0);
            CU_ASSERT(strlen(f->args[a].help_en) > 10 && strlen(f->args[a].help_nl) > 10);
            /* the wizard texts are XML: keep them free of markup characters */
            CU_ASSERT_PTR_NULL(strpbrk(f->args[a].help_en, "<&"));
            CU_ASSERT_PTR_NULL(strpbrk(f->args[a].help_nl, "<&"));
            CU_ASSERT(!seen_optional || (f->args[a].kind == KPI_ARG_OPTIONAL));
            /* a stand-in for a left-out argument only for optional ones */
            CU_ASSERT(!f->args[a].standard_default || f->args[a].kind == KPI_ARG_OPTIONAL);
            seen_optional = (f->args[a].kind == KPI_ARG_OPTIONAL);
        }
    }
}

static void approx_equal_as_calc(void)
{
    CU_ASSERT_TRUE(kpi_approx_equal(0.75, 0.3 / 0.4));
    CU_ASSERT_TRUE(kpi_approx_equal(0.3, 0.1 + 0.2));
    CU_ASSERT_TRUE(kpi_approx_equal(0, 0));
    CU_ASSERT_FALSE(kpi_approx_equal(0, 1e-300));
    CU_ASSERT_FALSE(kpi_approx_equal(1, 1 + 1e-12));
    CU_ASSERT_FALSE(kpi_approx_equal(1e15, 1e15 + 1));
    CU_ASSERT_FALSE(kpi_approx_equal(NAN, NAN));
    CU_ASSERT_FALSE(kpi_approx_equal(INFINITY, 1));
    CU_ASSERT_TRUE(kpi_at_least(0.3 / 0.4, 0.75));
    CU_ASSERT_TRUE(kpi_at_most(0.1 + 0.2, 0.3));
}

static void text_rules(void)
{
    kpi_value v = T(u"  NeE\t");
    kpi_text t = kpi_trimmed(&v);
    CU_ASSERT_EQUAL(t.len, 3);
    CU_ASSERT_TRUE(kpi_text_is(t, "nee"));
    CU_ASSERT_FALSE(kpi_text_is(t, "ne"));
    CU_ASSERT_FALSE(kpi_text_is(t, "neee"));
    kpi_value blank = T(u" \u00a0 ");
    CU_ASSERT_TRUE(kpi_is_blank(&blank));
    CU_ASSERT_EQUAL(kpi_trimmed(&blank).len, 0);
    kpi_value e = E, n = N(0);
    CU_ASSERT_TRUE(kpi_is_blank(&e));
    CU_ASSERT_FALSE(kpi_is_blank(&n));
    CU_ASSERT_EQUAL(kpi_trimmed(&n).len, 0);
#define TX(s) ((kpi_text){s, (unsigned)(sizeof s / sizeof s[0] - 1)})
    CU_ASSERT_TRUE(kpi_text_equal(TX(u"Ĳsselmonde"), TX(u"ĳSSELMONDE")));
    CU_ASSERT_TRUE(kpi_text_equal(TX(u"ÀÉÖ"), TX(u"àéö")));
    CU_ASSERT_FALSE(kpi_text_equal(TX(u"×"), TX(u"÷")));
    CU_ASSERT_FALSE(kpi_text_equal(TX(u"abc"), TX(u"abd")));
    CU_ASSERT_FALSE(kpi_text_equal(TX(u"abc"), TX(u"abcd")));
#undef TX
}

void add_table_suite(void)
{
    CU_pSuite s = CU_add_suite("function table and cell rules", NULL, NULL);
    CU_add_test(s, "every function of the spec is in the table", table_is_complete);
    CU_add_test(s, "table rows are well formed", table_rows_are_well_formed);
    CU_add_test(s, "equality as Calc judges it", approx_equal_as_calc);
    CU_add_test(s, "text rules", text_rules);
}
