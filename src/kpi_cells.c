/* The cell-reading rules shared by every KPI function (see kpi_cells.h). */
#include "kpi_cells.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* vsnprintf, not snprintf: a message that does not fit is cut on purpose,
 * and compilers need not warn about it. */
static void set_message(kpi_error *err, const char *fmt, va_list ap)
{
    vsnprintf(err->message, sizeof err->message, fmt, ap);
}

void kpi_set_message(kpi_error *err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_message(err, fmt, ap);
    va_end(ap);
}

bool kpi_invalid(kpi_error *err, int arg, const char *fmt, ...)
{
    va_list ap;
    err->code = KPI_INVALID_ARGUMENT;
    err->arg = arg;
    va_start(ap, fmt);
    set_message(err, fmt, ap);
    va_end(ap);
    return false;
}

bool kpi_locate(kpi_error *err, const char *fmt, ...)
{
    char place[64], reason[KPI_MESSAGE_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(place, sizeof place, fmt, ap);
    va_end(ap);
    memcpy(reason, err->message, sizeof reason);
    kpi_set_message(err, "%s: %s", place, reason);
    return false;
}

static bool is_space(char16_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0;
}

/* Narrow [*s, *s + *len) to its text without surrounding white space. */
static void trim(const char16_t **s, unsigned *len)
{
    while (*len > 0 && is_space((*s)[0])) {
        (*s)++;
        (*len)--;
    }
    while (*len > 0 && is_space((*s)[*len - 1]))
        (*len)--;
}

/* Lower case for the letters Dutch and its neighbours use: ASCII, Latin-1
 * and Latin Extended-A.  Enough for supplier and category names; other
 * scripts compare exactly. */
static char16_t fold(char16_t c)
{
    if (c >= 'A' && c <= 'Z')
        return (char16_t)(c + 32);
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return (char16_t)(c + 32);
    if (c >= 0x100 && c <= 0x137 && (c & 1) == 0)
        return (char16_t)(c + 1);
    if (c >= 0x139 && c <= 0x148 && (c & 1) == 1)
        return (char16_t)(c + 1);
    if (c >= 0x14A && c <= 0x177 && (c & 1) == 0)
        return (char16_t)(c + 1);
    return c;
}

bool kpi_is_blank(const kpi_value *v)
{
    return v->kind == KPI_EMPTY || (v->kind == KPI_TEXT && kpi_trimmed(v).len == 0);
}

bool kpi_number(const kpi_value *v, int arg, double *out, kpi_error *err)
{
    switch (v->kind) {
    case KPI_NUMBER:
    case KPI_BOOL:
        if (!isfinite(v->u.number))
            return kpi_invalid(err, arg, "not a finite number");
        *out = v->u.number;
        return true;
    case KPI_TEXT:
        return kpi_invalid(err, arg, "text where a number is needed");
    case KPI_EMPTY:
        break;
    }
    return kpi_invalid(err, arg, "empty where a number is needed");
}

bool kpi_single(const kpi_range *r, int arg, kpi_value *out, kpi_error *err)
{
    if (r->rows != 1 || r->cols != 1) /* kpi_call saw it has cells */
        return kpi_invalid(err, arg, "needs a single cell or value, got a %zux%zu range",
                           r->rows, r->cols);
    *out = kpi_cell(r, 0);
    return true;
}

bool kpi_single_number(const kpi_range *r, int arg, double *out, kpi_error *err)
{
    kpi_value v;
    return kpi_single(r, arg, &v, err) && kpi_number(&v, arg, out, err);
}

bool kpi_sum(const kpi_range *r, int arg, double *out, kpi_error *err)
{
    double sum = 0.0;
    size_t n = r->rows * r->cols;
    for (size_t i = 0; i < n; i++) {
        kpi_value v = kpi_cell(r, i);
        double x = 0.0;
        if (v.kind == KPI_EMPTY)
            continue;
        if (!kpi_number(&v, arg, &x, err))
            return kpi_locate(err, "cell %zu of the range", i + 1);
        sum += x;
    }
    if (!isfinite(sum))
        return kpi_invalid(err, arg, "the sum is too large");
    *out = sum;
    return true;
}

bool kpi_number_result(kpi_result *out, double x, kpi_error *err)
{
    if (!isfinite(x))
        return kpi_invalid(err, -1, "the result is too large");
    out->kind = KPI_RESULT_NUMBER;
    out->text = NULL;
    out->number = x;
    return true;
}

bool kpi_same_shape(const kpi_range *a, const kpi_range *b, int arg, kpi_error *err)
{
    if (a->rows != b->rows || a->cols != b->cols)
        return kpi_invalid(err, arg, "must have the same shape as the first range "
                           "(%zux%zu, got %zux%zu)", a->rows, a->cols, b->rows, b->cols);
    return true;
}

/* As LibreOffice's rtl_math_approxEqual: relative difference below 2^-48,
 * except that two different integers are never equal. */
bool kpi_approx_equal(double a, double b)
{
    const double e48 = 1.0 / (16777216.0 * 16777216.0);
    if (a == b)
        return true;
    if (a == 0.0 || b == 0.0)
        return false;
    double d = fabs(a - b);
    if (!isfinite(d))
        return false;
    a = fabs(a);
    b = fabs(b);
    if (d == floor(d) && a == floor(a) && b == floor(b) && a < 0x1p53 && b < 0x1p53)
        return false;
    return d < a * e48 && d < b * e48;
}

bool kpi_at_least(double a, double b) { return a >= b || kpi_approx_equal(a, b); }
bool kpi_at_most(double a, double b) { return a <= b || kpi_approx_equal(a, b); }

bool kpi_whole(double x, double *out)
{
    double r = round(x);
    if (!isfinite(x) || !kpi_approx_equal(x, r))
        return false;
    *out = r;
    return true;
}

kpi_text kpi_trimmed(const kpi_value *v)
{
    kpi_text t = {NULL, 0};
    if (v->kind == KPI_TEXT) {
        t.s = v->u.text;
        t.len = v->len;
        trim(&t.s, &t.len);
    }
    return t;
}

bool kpi_text_is(kpi_text t, const char *ascii_lower)
{
    unsigned i = 0;
    for (; i < t.len && ascii_lower[i]; i++)
        if (fold(t.s[i]) != (unsigned char)ascii_lower[i])
            return false;
    return i == t.len && ascii_lower[i] == '\0';
}

bool kpi_text_equal(kpi_text a, kpi_text b)
{
    if (a.len != b.len)
        return false;
    for (unsigned i = 0; i < a.len; i++) /* most characters match exactly */
        if (a.s[i] != b.s[i] && fold(a.s[i]) != fold(b.s[i]))
            return false;
    return true;
}
