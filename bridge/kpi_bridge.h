/*
 * The Excel bridge: a spreadsheet's add-in calls rewritten into standard
 * functions, so that a copy computes in Excel, Gnumeric or an office
 * without the extension.  One implementation for two front ends: the
 * command-line tool (tools/kpi_to_standard.c) and the menu command in
 * Calc (addin/).  No UNO here; libxml2 reads and writes the documents.
 */
#ifndef KPI_BRIDGE_H
#define KPI_BRIDGE_H

#include <stdbool.h>
#include <stddef.h>

#define KPI_CALL_PREFIX "ORG.INKOOPKPI.KPIFUNCTIONS."
#define KPI_BRIDGE_MESSAGE_MAX 512

/* Rewrite one formula in ODF syntax.  true: *out (malloc'd) holds the new
 * formula, *array says it must be an array formula (see
 * kpi_function.standard_array).  false: *out is NULL, `why` says why. */
bool kpi_rewrite_formula(const char *formula, char **out, bool *array, char *why, size_t whylen);

/* What a document's rewrite did: counts, and one line "Sheet.A1: reason"
 * per call left as it was. */
typedef struct {
    int rewritten, left;
    char *notes; /* lines ending in '\n', or NULL */
    size_t notes_len;
} kpi_report;

void kpi_report_free(kpi_report *r);

/* Rewrite a flat ODF spreadsheet (.fods) `in` into `out`: every formula
 * that calls the add-in, nothing else changed.  false with a one-line
 * message when `in` cannot be read or `out` written (then `out` may be
 * incomplete: callers write to a temporary file). */
bool kpi_rewrite_fods(const char *in, const char *out, kpi_report *r, char *err, size_t errlen);

/* The formats the bridge reads and writes. */
typedef enum { KPI_FMT_NONE, KPI_FMT_FODS, KPI_FMT_ODS, KPI_FMT_OTS, KPI_FMT_XLSX } kpi_format;

/* The format a file name asks for, by its extension (any case). */
kpi_format kpi_format_of_name(const char *path);

/* What `path` holds, from its content.  false with a one-line message when
 * it is missing, unreadable, or not a spreadsheet of these formats. */
bool kpi_sniff(const char *path, kpi_format *fmt, char *err, size_t errlen);

/* The whole conversion for the command-line tool: `in` (.fods, .ods, .ots,
 * .xlsx) into `out` in the format its extension names (.fods, .ods,
 * .xlsx), through a headless office in a throwaway profile when either is
 * not flat ODF.  `out` appears only complete (temporary file, then
 * rename) and never replaces `in`.  false with a one-line message. */
bool kpi_convert(const char *in, const char *out, kpi_report *r, char *err, size_t errlen);

#endif
