/*
 * Norm-based verdicts: the KPI traffic light (handbook 3.4) and the
 * bonus/malus verdict on a supplier score (handbook 3.5).
 * A value exactly on a norm has reached it, judged as Calc's `=` does.
 */
#include "kpi_cells.h"

static bool result_text(kpi_result *out, const char *word)
{
    out->kind = KPI_RESULT_TEXT;
    out->text = word;
    out->number = 0.0;
    return true;
}

/* The measured value: false with *missing set when there is none yet. */
static bool measurement(const kpi_range *r, double *value, bool *missing, kpi_error *err)
{
    kpi_value v;
    if (!kpi_single(r, 0, &v, err))
        return false;
    *missing = kpi_is_blank(&v);
    return *missing || kpi_number(&v, 0, value, err);
}

bool kpi_status(const kpi_range *args, kpi_result *out, kpi_error *err)
{
    double value = 0.0, green, red;
    bool missing;
    if (!measurement(&args[0], &value, &missing, err) ||
        !kpi_single_number(&args[1], 1, &green, err) ||
        !kpi_single_number(&args[2], 2, &red, err))
        return false;
    if (missing)
        return result_text(out, "GRIJS");

    if (green >= red) { /* higher is better */
        if (kpi_at_least(value, green))
            return result_text(out, "GROEN");
        if (kpi_at_least(value, red))
            return result_text(out, "GEEL");
    } else {            /* lower is better, e.g. a lead time */
        if (kpi_at_most(value, green))
            return result_text(out, "GROEN");
        if (kpi_at_most(value, red))
            return result_text(out, "GEEL");
    }
    return result_text(out, "ROOD");
}

bool kpi_bonus_malus(const kpi_range *args, kpi_result *out, kpi_error *err)
{
    double score = 0.0, bonus, target, minimum;
    bool missing;
    if (!measurement(&args[0], &score, &missing, err) ||
        !kpi_single_number(&args[1], 1, &bonus, err) ||
        !kpi_single_number(&args[2], 2, &target, err) ||
        !kpi_single_number(&args[3], 3, &minimum, err))
        return false;
    if (!kpi_at_least(bonus, target))
        return kpi_invalid(err, 1, "the bonus norm (%g) is below the target (%g)", bonus, target);
    if (!kpi_at_least(target, minimum))
        return kpi_invalid(err, 2, "the target (%g) is below the minimum (%g)", target, minimum);
    if (missing)
        return result_text(out, "GRIJS");

    if (kpi_at_least(score, bonus))
        return result_text(out, "BONUS");
    if (kpi_at_least(score, target))
        return result_text(out, "NEUTRAAL");
    if (kpi_at_least(score, minimum))
        return result_text(out, "MALUS");
    return result_text(out, "ONTBINDING");
}
