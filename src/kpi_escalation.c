/*
 * Escalation level (handbook 3.4): number of shortcomings in a period
 * (rows 1, 2, 3, more) against their severity (columns 1, 2, 3, more).
 * Level 0 means no escalation; 4 is the heaviest (termination considered).
 */
#include "kpi_cells.h"

static const double default_matrix[4][4] = {
    {1, 2, 3, 4},
    {1, 2, 3, 4},
    {2, 3, 4, 4},
    {3, 4, 4, 4},
};

/* A whole count >= 0; an empty cell counts as 0 (nothing reported). */
static bool count(const kpi_range *r, int arg, double *out, kpi_error *err)
{
    kpi_value v;
    double x;
    if (!kpi_single(r, arg, &v, err))
        return false;
    if (kpi_is_blank(&v)) {
        *out = 0.0;
        return true;
    }
    if (!kpi_number(&v, arg, &x, err))
        return false;
    if (!kpi_whole(x, out) || *out < 0)
        return kpi_invalid(err, arg, "must be a whole number >= 0, got %g", x);
    return true;
}

static bool read_matrix(const kpi_range *r, double m[4][4], kpi_error *err)
{
    if (r->rows != 4 || r->cols != 4)
        return kpi_invalid(err, 2, "must be a 4x4 range, got %zux%zu", r->rows, r->cols);
    for (size_t i = 0; i < 16; i++) {
        kpi_value v = kpi_cell(r, i);
        double x;
        if (!kpi_number(&v, 2, &x, err))
            return kpi_locate(err, "row %zu, column %zu", i / 4 + 1, i % 4 + 1);
        if (!kpi_whole(x, &m[i / 4][i % 4]) || m[i / 4][i % 4] < 0 || m[i / 4][i % 4] > 4)
            return kpi_invalid(err, 2, "row %zu, column %zu: levels are whole numbers 0..4, got %g",
                               i / 4 + 1, i % 4 + 1, x);
    }
    return true;
}

bool kpi_escalation_level(const kpi_range *args, kpi_result *out, kpi_error *err)
{
    double shortcomings, severity, custom[4][4];
    const double (*m)[4] = default_matrix;
    if (!count(&args[0], 0, &shortcomings, err) || !count(&args[1], 1, &severity, err))
        return false;
    if (!args[2].omitted) {
        if (!read_matrix(&args[2], custom, err))
            return false;
        m = (const double (*)[4])custom;
    }
    out->kind = KPI_RESULT_NUMBER;
    out->text = NULL;
    if (shortcomings == 0) {
        out->number = 0;
        return true;
    }
    if (severity < 1)
        return kpi_invalid(err, 1, "must be at least 1 when there are shortcomings");
    int row = shortcomings > 4 ? 3 : (int)shortcomings - 1;
    int col = severity > 4 ? 3 : (int)severity - 1;
    out->number = m[row][col];
    return true;
}
