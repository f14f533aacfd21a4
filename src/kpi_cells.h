/*
 * The rules for reading cells, in one place: what counts as empty, when a
 * cell is a number, how text is compared, how norms are compared, and how
 * an invalid argument is reported.  Internal to the core.
 */
#ifndef INKOOP_KPI_CELLS_H
#define INKOOP_KPI_CELLS_H

#include "kpi.h"

/* Report an invalid argument; always returns false so callers can
 * `return kpi_invalid(...)`. */
bool kpi_invalid(kpi_error *err, int arg, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Replace an error's message (printf-style); a long one is cut to fit. */
void kpi_set_message(kpi_error *err, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Put a place in front of the message of an error already reported,
 * e.g. "line 7: text where a number is needed".  Returns false. */
bool kpi_locate(kpi_error *err, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Empty cell, or text that is empty after trimming white space. */
bool kpi_is_blank(const kpi_value *v);

/* The number in a cell: numbers and booleans (TRUE = 1), as Calc reads
 * them.  Text, empty cells and non-finite numbers are invalid. */
bool kpi_number(const kpi_value *v, int arg, double *out, kpi_error *err);

/* The single cell of a scalar argument; a larger range is invalid. */
bool kpi_single(const kpi_range *r, int arg, kpi_value *out, kpi_error *err);

/* A required single number (empty is invalid). */
bool kpi_single_number(const kpi_range *r, int arg, double *out, kpi_error *err);

/* Sum of a range: empty cells skipped, text invalid, result finite. */
bool kpi_sum(const kpi_range *r, int arg, double *out, kpi_error *err);

/* A number result; a non-finite x is reported as too large. */
bool kpi_number_result(kpi_result *out, double x, kpi_error *err);

/* Both ranges have the same rows and columns. */
bool kpi_same_shape(const kpi_range *a, const kpi_range *b, int arg, kpi_error *err);

/* Equality as Calc's `=` judges it: equal to about 15 significant digits. */
bool kpi_approx_equal(double a, double b);
/* a >= b and a <= b under that equality. */
bool kpi_at_least(double a, double b);
bool kpi_at_most(double a, double b);

/* A whole number (under Calc's equality) written to *out. */
bool kpi_whole(double x, double *out);

/* A text cell's characters without the white space around them. */
typedef struct {
    const char16_t *s;
    unsigned len;
} kpi_text;

/* The trimmed text of a cell; length 0 for a cell that holds no text.
 * Trim once, then compare as often as needed. */
kpi_text kpi_trimmed(const kpi_value *v);

/* A trimmed text equal to an ASCII word, ignoring case. */
bool kpi_text_is(kpi_text t, const char *ascii_lower);

/* Two trimmed texts equal, ignoring case (ASCII and Latin letters). */
bool kpi_text_equal(kpi_text a, kpi_text b);

#endif
