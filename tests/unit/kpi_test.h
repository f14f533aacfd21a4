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
#define RANGE(r, c, cells_) ((kpi_range){.rows = (r), .cols = (c), .cells = (cells_)})
#define ONE(v) RANGE(1, 1, CELLS(v))
#define COL(...) RANGE(COUNT(__VA_ARGS__), 1, CELLS(__VA_ARGS__))
#define GRID(r, c, ...) RANGE((r), (c), CELLS(__VA_ARGS__))
#define OMIT ((kpi_range){.omitted = true})

/* The same cells, read one at a time as the add-in hands them over. */
static inline kpi_value kpi_test_read(const kpi_range *r, size_t i)
{
    return ((const kpi_value *)r->source)[i];
}

/* Call a function with the ranges as arrays, then again with every range
 * read through kpi_test_read: both ways must give the same answer. */
static inline bool kpi_test_call(const char *name, const kpi_range *args, kpi_result *res,
                                 kpi_error *err)
{
    kpi_range read[KPI_MAX_ARGS];
    kpi_result res2;
    kpi_error err2;
    for (int i = 0; i < KPI_MAX_ARGS; i++) {
        read[i] = args[i];
        if (args[i].cells) {
            read[i].cells = NULL;
            read[i].read = kpi_test_read;
            read[i].source = args[i].cells;
        }
    }
    bool ok = kpi_call(kpi_find(name), args, res, err);
    bool ok2 = kpi_call(kpi_find(name), read, &res2, &err2);
    CU_ASSERT_EQUAL(ok, ok2);
    if (ok && ok2) {
        CU_ASSERT_EQUAL(res->kind, res2.kind);
        CU_ASSERT_TRUE(res->number == res2.number);
        CU_ASSERT_PTR_EQUAL(res->text, res2.text);
    } else if (!ok && !ok2) {
        CU_ASSERT_EQUAL(err->arg, err2.arg);
        CU_ASSERT_STRING_EQUAL(err->message, err2.message);
    }
    return ok;
}

/* Call NAME through the table; unused trailing arguments are omitted. */
#define CALL(res, err, name, ...) \
    kpi_test_call(name, (const kpi_range[]){__VA_ARGS__, OMIT, OMIT, OMIT, OMIT}, (res), (err))

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
