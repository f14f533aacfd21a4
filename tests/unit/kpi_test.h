/* Shorthand for the CUnit suites: build cells and ranges, call a function
 * through the table, and assert on its result or error. */
#ifndef KPI_TEST_H
#define KPI_TEST_H

#include <CUnit/CUnit.h>
#include <math.h>
#include <string.h>

#include "kpi.h"

static inline unsigned u16len(const char16_t *s)
{
    unsigned n = 0;
    while (s[n])
        n++;
    return n;
}

#define N(x) ((kpi_value){KPI_NUMBER, 0, {.number = (x)}})
#define B(x) ((kpi_value){KPI_BOOL, 0, {.number = (x) ? 1.0 : 0.0}})
#define T(s) ((kpi_value){KPI_TEXT, u16len(s), {.text = (s)}})
#define E ((kpi_value){KPI_EMPTY, 0, {.number = 0}})

#define CELLS(...) ((const kpi_value[]){__VA_ARGS__})
#define COUNT(...) (sizeof CELLS(__VA_ARGS__) / sizeof(kpi_value))
/* A scalar, a column and a rows x cols range. */
#define ONE(v) ((kpi_range){1, 1, CELLS(v), false})
#define COL(...) ((kpi_range){COUNT(__VA_ARGS__), 1, CELLS(__VA_ARGS__), false})
#define GRID(r, c, ...) ((kpi_range){(r), (c), CELLS(__VA_ARGS__), false})
#define OMIT ((kpi_range){0, 0, NULL, true})

/* Call NAME through the table; unused trailing arguments are omitted. */
#define CALL(res, err, name, ...) \
    kpi_call(kpi_find(name), (const kpi_range[]){__VA_ARGS__, OMIT, OMIT, OMIT}, (res), (err))

#define EXPECT_TEXT(word, name, ...) do { \
        kpi_result r_; kpi_error e_; \
        bool ok_ = CALL(&r_, &e_, name, __VA_ARGS__); \
        CU_ASSERT_TRUE(ok_); \
        if (ok_) { CU_ASSERT_EQUAL(r_.kind, KPI_RESULT_TEXT); CU_ASSERT_STRING_EQUAL(r_.text, word); } \
    } while (0)

#define EXPECT_NUMBER(want, name, ...) do { \
        kpi_result r_; kpi_error e_; double want_ = (want); \
        bool ok_ = CALL(&r_, &e_, name, __VA_ARGS__); \
        CU_ASSERT_TRUE(ok_); \
        if (ok_) { CU_ASSERT_EQUAL(r_.kind, KPI_RESULT_NUMBER); \
                   CU_ASSERT_DOUBLE_EQUAL(r_.number, want_, 1e-12 * (1 + fabs(want_))); } \
    } while (0)

/* Invalid argument ARG (0-based, -1 for none), message naming the function. */
#define EXPECT_INVALID(argi, name, ...) do { \
        kpi_result r_; kpi_error e_; \
        bool ok_ = CALL(&r_, &e_, name, __VA_ARGS__); \
        CU_ASSERT_FALSE(ok_); \
        CU_ASSERT_EQUAL(e_.code, KPI_INVALID_ARGUMENT); \
        CU_ASSERT_EQUAL(e_.arg, (argi)); \
        CU_ASSERT_PTR_NOT_NULL(strstr(e_.message, name)); \
    } while (0)

#endif
