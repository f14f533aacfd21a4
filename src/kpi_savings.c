/*
 * The money KPIs of handbook 1.3: cost avoidance, cost reduction,
 * procurement ROI and the rejection ratio.
 */
#include "kpi_cells.h"

/*
 * sum over lines of (baseline - new price) * quantity.  Prices may be
 * single values or equal-shaped ranges; quantity is omitted (1), a single
 * value for every line, or a range of the same shape.  A line with an
 * empty price or quantity is not filled in yet and is skipped.
 */
static bool price_difference(const kpi_range *args, kpi_result *out, kpi_error *err)
{
    const kpi_range *base = &args[0], *price = &args[1], *qty = &args[2];
    bool qty_single = !qty->omitted && qty->rows == 1 && qty->cols == 1;

    if (!kpi_same_shape(base, price, 1, err))
        return false;
    if (!qty->omitted && !qty_single && !kpi_same_shape(base, qty, 2, err))
        return false;

    double sum = 0.0;
    size_t n = base->rows * base->cols;
    for (size_t i = 0; i < n; i++) {
        kpi_value b = kpi_cell(base, i), p = kpi_cell(price, i), q = {KPI_NUMBER, 0, {1.0}};
        if (!qty->omitted)
            q = kpi_cell(qty, qty_single ? 0 : i);
        double bx, px, qx;
        if (kpi_is_blank(&b) || kpi_is_blank(&p) || kpi_is_blank(&q))
            continue;
        if (!kpi_number(&b, 0, &bx, err) || !kpi_number(&p, 1, &px, err) ||
            !kpi_number(&q, 2, &qx, err))
            return kpi_locate(err, "line %zu", i + 1);
        if (qx < 0)
            return kpi_invalid(err, 2, "line %zu: a quantity cannot be negative, got %g", i + 1, qx);
        sum += (bx - px) * qx;
    }
    return kpi_number_result(out, sum, err);
}

bool kpi_cost_avoidance(const kpi_range *args, kpi_result *out, kpi_error *err)
{
    return price_difference(args, out, err);
}

bool kpi_cost_reduction(const kpi_range *args, kpi_result *out, kpi_error *err)
{
    return price_difference(args, out, err);
}

bool kpi_inkoop_roi(const kpi_range *args, kpi_result *out, kpi_error *err)
{
    double reduction, avoidance, cost;
    if (!kpi_sum(&args[0], 0, &reduction, err) || !kpi_sum(&args[1], 1, &avoidance, err) ||
        !kpi_sum(&args[2], 2, &cost, err))
        return false;
    if (cost <= 0)
        return kpi_invalid(err, 2, "the cost of the procurement function must be above 0, got %g", cost);
    return kpi_number_result(out, (reduction + avoidance) / cost, err);
}

bool kpi_rejection_rate(const kpi_range *args, kpi_result *out, kpi_error *err)
{
    double rejected, received;
    if (!kpi_sum(&args[0], 0, &rejected, err) || !kpi_sum(&args[1], 1, &received, err))
        return false;
    if (received <= 0)
        return kpi_invalid(err, 1, "the value received must be above 0, got %g", received);
    if (rejected < 0)
        return kpi_invalid(err, 0, "the value rejected cannot be negative, got %g", rejected);
    if (rejected > received && !kpi_approx_equal(rejected, received))
        return kpi_invalid(err, 0, "more rejected (%g) than received (%g)", rejected, received);
    return kpi_number_result(out, rejected / received, err);
}
