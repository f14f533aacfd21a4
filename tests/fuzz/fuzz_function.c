/*
 * libFuzzer target for one KPI function (FUZZ_FUNCTION, set by the build):
 * the input bytes become that function's arguments, ranges of any shape
 * with numbers (NaN, infinities and huge values included), booleans,
 * empty cells and text.  The call must return a finite result or an
 * invalid-argument error with a message; ASan/UBSan catch the rest.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kpi.h"

#define MAX_CELLS 512

typedef struct {
    const uint8_t *p;
    size_t n;
} bytes;

static uint8_t take(bytes *b)
{
    if (b->n == 0)
        return 0;
    b->n--;
    return *b->p++;
}

static double take_number(bytes *b)
{
    uint8_t how = take(b);
    if (how < 200) /* small values, halves and norms: the interesting region */
        return (how - 100) / 4.0;
    double x = 0;
    uint8_t raw[sizeof x];
    for (size_t i = 0; i < sizeof raw; i++)
        raw[i] = take(b);
    memcpy(&x, raw, sizeof x);
    return x; /* anything, NaN and infinities included */
}

static const char16_t *const words[] = {u"", u"  ", u"nee", u"NO", u" n ", u"Onwaar", u"-",
                                        u"false", u"K-12", u"ja", u"Één", u"\u00a0"};

static kpi_value read_cell(const kpi_range *r, size_t i)
{
    return ((const kpi_value *)r->source)[i];
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char16_t text[MAX_CELLS][8];
    kpi_value cells[MAX_CELLS];
    kpi_range args[KPI_MAX_ARGS];
    const kpi_function *fn = kpi_find(FUZZ_FUNCTION);
    bytes b = {data, size};
    size_t used = 0;

    if (!fn)
        abort();
    for (unsigned a = 0; a < fn->nargs; a++) {
        uint8_t shape = take(&b);
        size_t rows = shape & 7, cols = (shape >> 3) & 3;
        if (shape == 0xFF) { /* a tall column now and then */
            rows = 100;
            cols = 1;
        }
        if (used + rows * cols > MAX_CELLS)
            rows = cols = 1;
        args[a] = (kpi_range){.rows = rows, .cols = cols, .cells = cells + used,
                              .omitted = fn->args[a].kind == KPI_ARG_OPTIONAL && (shape & 0x20)};
        if (shape & 0x40) { /* cells read one at a time, as the add-in hands ranges over */
            args[a].cells = NULL;
            args[a].read = read_cell;
            args[a].source = cells + used;
        }
        for (size_t i = 0; i < rows * cols; i++, used++) {
            kpi_value *v = &cells[used];
            uint8_t kind = take(&b) % 5;
            if (kind == 0) {
                *v = (kpi_value){KPI_EMPTY, 0, {.number = 0}};
            } else if (kind == 1) {
                *v = (kpi_value){KPI_BOOL, 0, {.number = take(&b) & 1}};
            } else if (kind == 2) {
                const char16_t *w = words[take(&b) % (sizeof words / sizeof words[0])];
                unsigned len = 0;
                while (w[len])
                    len++;
                *v = (kpi_value){KPI_TEXT, len, {.text = w}};
            } else if (kind == 3) { /* arbitrary UTF-16 units */
                unsigned len = take(&b) % 8;
                for (unsigned k = 0; k < len; k++)
                    text[used][k] = (char16_t)(take(&b) | take(&b) << 8);
                *v = (kpi_value){KPI_TEXT, len, {.text = text[used]}};
            } else {
                *v = (kpi_value){KPI_NUMBER, 0, {.number = take_number(&b)}};
            }
        }
    }

    kpi_result res;
    kpi_error err;
    if (kpi_call(fn, args, &res, &err)) {
        if (res.kind == KPI_RESULT_NUMBER && !(res.number == res.number && res.number - res.number == 0))
            abort(); /* results are always finite */
        if (res.kind == KPI_RESULT_TEXT && (res.text == NULL || res.text[0] == '\0'))
            abort();
    } else if (err.code != KPI_INVALID_ARGUMENT || strncmp(err.message, fn->name, strlen(fn->name)) != 0) {
        abort(); /* every failure is an invalid argument that names the function */
    }
    return 0;
}
