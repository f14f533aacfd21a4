/* Runs every CUnit suite of the core; exit status 1 on any failure. */
#include <CUnit/Basic.h>

void add_status_suite(void);
void add_escalation_suite(void);
void add_spend_suite(void);
void add_savings_suite(void);
void add_tco_suite(void);
void add_tender_suite(void);
void add_table_suite(void);

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    add_status_suite();
    add_escalation_suite();
    add_spend_suite();
    add_savings_suite();
    add_tco_suite();
    add_tender_suite();
    add_table_suite();
    CU_basic_set_mode(CU_BRM_NORMAL);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    CU_cleanup_registry();
    return failed ? 1 : 0;
}
