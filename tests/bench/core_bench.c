/* Microbenchmark of the C core alone: ns per call of KPI_STATUS and
 * ESCALATION_LEVEL, rows per second of SPEND_UNDER_CONTRACT (with and
 * without filter, ranges as arrays and read one cell at a time).
 * Median of 7 runs.  usage: kpi_core_bench */
#define _POSIX_C_SOURCE 199309L /* clock_gettime */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "kpi.h"

#define RUNS 7

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v)
{
    qsort(v, RUNS, sizeof *v, by_value);
    return v[RUNS / 2];
}

/* A range read one cell at a time, as the add-in hands ranges over. */
static kpi_value read_cell(const kpi_range *r, size_t i)
{
    return ((const kpi_value *)r->source)[i];
}

#define RANGE(r, c, cells_) ((kpi_range){.rows = (r), .cols = (c), .cells = (cells_)})
#define ONE(v) RANGE(1, 1, &(v))
#define OMIT ((kpi_range){.omitted = true})

int main(void)
{
    kpi_result res;
    kpi_error err;
    double t[RUNS];
    volatile double sink = 0;
    const long calls = 5000000;

    const kpi_function *status = kpi_find("KPI_STATUS");
    kpi_value green = {KPI_NUMBER, 0, {.number = 0.9}}, red = {KPI_NUMBER, 0, {.number = 0.75}};
    for (int r = 0; r < RUNS; r++) {
        double start = now();
        for (long i = 0; i < calls; i++) {
            kpi_value v = {KPI_NUMBER, 0, {.number = (i % 100) / 100.0}};
            kpi_range args[3] = {ONE(v), ONE(green), ONE(red)};
            kpi_call(status, args, &res, &err);
            sink += res.text[1];
        }
        t[r] = now() - start;
    }
    printf("core KPI_STATUS           %8.1f ns/call\n", median(t) / calls * 1e9);

    const kpi_function *esc = kpi_find("ESCALATION_LEVEL");
    for (int r = 0; r < RUNS; r++) {
        double start = now();
        for (long i = 0; i < calls; i++) {
            kpi_value n = {KPI_NUMBER, 0, {.number = i % 6}}, s = {KPI_NUMBER, 0, {.number = i % 5 + 1}};
            kpi_range args[3] = {ONE(n), ONE(s), OMIT};
            kpi_call(esc, args, &res, &err);
            sink += res.number;
        }
        t[r] = now() - start;
    }
    printf("core ESCALATION_LEVEL     %8.1f ns/call\n", median(t) / calls * 1e9);

    enum { ROWS = 1000000 };
    static const char16_t ref[] = u"C-2025-014", cat[] = u"Onderhoud", other[] = u"Nieuwbouw";
    kpi_value *amounts = malloc(ROWS * sizeof *amounts), *contracts = malloc(ROWS * sizeof *contracts);
    kpi_value *cats = malloc(ROWS * sizeof *cats);
    if (!amounts || !contracts || !cats)
        return 1;
    for (long i = 0; i < ROWS; i++) {
        amounts[i] = (kpi_value){KPI_NUMBER, 0, {.number = i % 10 + 1}};
        contracts[i] = i % 10 < 5 ? (kpi_value){KPI_TEXT, 10, {.text = ref}} : (kpi_value){KPI_EMPTY, 0, {.number = 0}};
        cats[i] = i % 3 ? (kpi_value){KPI_TEXT, 9, {.text = cat}} : (kpi_value){KPI_TEXT, 9, {.text = other}};
    }
    const kpi_function *spend = kpi_find("SPEND_UNDER_CONTRACT");
    kpi_value want = {KPI_TEXT, 9, {.text = cat}};
    for (int in_place = 0; in_place < 2; in_place++) {
        for (int filtered = 0; filtered < 2; filtered++) {
            for (int r = 0; r < RUNS; r++) {
                kpi_range args[4] = {RANGE(ROWS, 1, amounts), RANGE(ROWS, 1, contracts),
                                     filtered ? RANGE(ROWS, 1, cats) : OMIT,
                                     filtered ? ONE(want) : OMIT};
                for (int a = 0; a < 3 && in_place; a++)
                    if (args[a].cells) /* read one at a time, as the add-in does */
                        args[a] = (kpi_range){.rows = ROWS, .cols = 1, .read = read_cell,
                                              .source = args[a].cells};
                double start = now();
                kpi_call(spend, args, &res, &err);
                t[r] = now() - start;
                sink += res.number;
            }
            printf("core SPEND_UNDER_CONTRACT %8.1f Mrows/s%s%s\n", ROWS / median(t) / 1e6,
                   filtered ? " (with filter)" : "", in_place ? " (cells read one at a time)" : "");
        }
    }
    free(amounts);
    free(contracts);
    free(cats);
    return sink < 0;
}
