/*
 * Share of spend under contract (handbook 1.1): net spend of the lines
 * with a contract / net spend of all counted lines.  Credit notes
 * (negative amounts) count; empty amount cells drop their line.
 */
#include "kpi_cells.h"

#include <math.h>

/* The spellings that mean "no contract" (compared trimmed, any case). */
static const char *const no_contract[] = {"nee", "no", "n", "onwaar", "false", "-"};

static bool under_contract(const kpi_value *v)
{
    switch (v->kind) {
    case KPI_EMPTY:
        return false;
    case KPI_NUMBER:
    case KPI_BOOL:
        return v->u.number != 0.0;
    case KPI_TEXT: {
        kpi_text t = kpi_trimmed(v);
        if (t.len == 0)
            return false;
        for (size_t i = 0; i < sizeof no_contract / sizeof no_contract[0]; i++)
            if (kpi_text_is(t, no_contract[i]))
                return false;
        return true;
    }
    }
    return false;
}

/* The filter value, looked at once rather than once per line. */
typedef struct {
    kpi_value value;
    bool blank;
    kpi_text text;
} wanted;

/* Does a filter cell equal the filter value?  Text without regard to case,
 * numbers exactly, an empty value matches empty cells only. */
static bool filter_matches(const kpi_value *cell, const wanted *want)
{
    if (want->blank)
        return kpi_is_blank(cell);
    if (want->value.kind == KPI_TEXT)
        return cell->kind == KPI_TEXT && kpi_text_equal(kpi_trimmed(cell), want->text);
    return (cell->kind == KPI_NUMBER || cell->kind == KPI_BOOL) &&
           cell->u.number == want->value.u.number;
}

bool kpi_spend_under_contract(const kpi_range *args, kpi_result *out, kpi_error *err)
{
    const kpi_range *amounts = &args[0], *contracts = &args[1];
    const kpi_range *filter = &args[2];
    wanted want = {{KPI_EMPTY, 0, {0.0}}, false, {NULL, 0}};

    if (!kpi_same_shape(amounts, contracts, 1, err))
        return false;
    if (filter->omitted != args[3].omitted)
        return kpi_invalid(err, filter->omitted ? 2 : 3,
                           "filter_range and filter_value go together; give both or neither");
    if (!filter->omitted) {
        kpi_value value;
        if (!kpi_same_shape(amounts, filter, 2, err) || !kpi_single(&args[3], 3, &value, err))
            return false;
        if (value.kind == KPI_NUMBER && !isfinite(value.u.number))
            return kpi_invalid(err, 3, "not a finite number");
        want = (wanted){value, kpi_is_blank(&value), kpi_trimmed(&value)};
    }

    double total = 0.0, covered = 0.0;
    size_t n = amounts->rows * amounts->cols;
    for (size_t i = 0; i < n; i++) {
        kpi_value a = kpi_cell(amounts, i);
        double x;
        if (a.kind == KPI_EMPTY)
            continue;
        if (!kpi_number(&a, 0, &x, err))
            return kpi_locate(err, "line %zu", i + 1);
        if (!filter->omitted) {
            kpi_value f = kpi_cell(filter, i);
            if (!filter_matches(&f, &want))
                continue;
        }
        total += x;
        kpi_value c = kpi_cell(contracts, i);
        if (under_contract(&c))
            covered += x;
    }
    if (!isfinite(total) || !isfinite(covered))
        return kpi_invalid(err, 0, "the total spend is too large");
    if (total <= 0.0)
        return kpi_invalid(err, 0, "net spend of the counted lines must be above 0, got %g", total);
    out->kind = KPI_RESULT_NUMBER;
    out->text = NULL;
    out->number = covered / total;
    return true;
}
