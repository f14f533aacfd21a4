/*
 * kpi_to_standard: a copy of a spreadsheet that computes without the
 * Inkoop KPI add-in (every call replaced by standard functions).
 *
 *   kpi_to_standard IN OUT
 *
 * IN: .ods, .ots, .fods or .xlsx (read by content); OUT: .xlsx, .ods or
 * .fods, by its extension.  A call it cannot rewrite is reported as
 * SHEET.CELL: reason and kept as it was.  Exit status: 0 all rewritten,
 * 1 some left (OUT written), 2 nothing written (the reason in one line).
 * The work is bridge/'s; this is arguments, messages and exit status.
 */
#include <stdio.h>

#include "kpi_bridge.h"

int main(int argc, char **argv)
{
    if (argc != 3) {
        fputs("usage: kpi_to_standard IN OUT\n"
              "  IN  a spreadsheet that uses the Inkoop KPI functions: .ods, .ots, .fods or .xlsx\n"
              "  OUT the copy with standard functions only: .xlsx, .ods or .fods\n",
              stderr);
        return 2;
    }
    kpi_report r;
    char err[KPI_BRIDGE_MESSAGE_MAX];
    if (!kpi_convert(argv[1], argv[2], &r, err, sizeof err)) {
        fprintf(stderr, "kpi_to_standard: %s\n", err);
        return 2;
    }
    if (r.notes)
        fputs(r.notes, stderr);
    if (r.left)
        fprintf(stderr, "kpi_to_standard: %d formulas rewritten, %d left as they were (listed above)\n",
                r.rewritten, r.left);
    else
        fprintf(stderr, "kpi_to_standard: all %d formulas rewritten\n", r.rewritten);
    kpi_report_free(&r);
    return r.left ? 1 : 0;
}
