/*
 * Total cost of ownership over the life of a purchase, as a present value
 * (life-cycle costing, EU directive 2014/24 art. 68):
 *
 *   purchase + sum over t = 1..n of cost_t / (1 + r)^t - residual / (1 + r)^n
 */
#include "kpi_cells.h"

#include <math.h>

enum { PURCHASE, YEARLY, YEARS, RATE, RESIDUAL };

/* An optional single number: left out gives dflt; an empty cell counts as
 * 0, as Calc hands an empty cell to an optional argument. */
static bool optional_number(const kpi_range *r, int arg, double dflt, double *out, kpi_error *err)
{
    kpi_value v;
    if (r->omitted) {
        *out = dflt;
        return true;
    }
    if (!kpi_single(r, arg, &v, err))
        return false;
    if (kpi_is_blank(&v)) {
        *out = 0.0;
        return true;
    }
    return kpi_number(&v, arg, out, err);
}

/* The years a range of yearly costs holds, as a spreadsheet lays them out:
 * one per cell of a single row, otherwise one per row (cost types across). */
static size_t years_in(const kpi_range *r)
{
    return r->rows == 1 ? r->cols : r->rows;
}

/* The running costs of year t (0-based) of the range: its cells summed,
 * empty cells as 0. */
static bool year_cost(const kpi_range *r, size_t t, double *out, kpi_error *err)
{
    size_t first = r->rows == 1 ? t : t * r->cols, n = r->rows == 1 ? 1 : r->cols;
    double sum = 0.0;
    for (size_t i = first; i < first + n; i++) {
        kpi_value v = kpi_cell(r, i);
        double x;
        if (kpi_is_blank(&v))
            continue;
        if (!kpi_number(&v, YEARLY, &x, err))
            return kpi_locate(err, "year %zu", t + 1);
        sum += x;
    }
    *out = sum;
    return true;
}

/* cost * sum over t = 1..n of 1 / (1 + rate)^t, in closed form so that a
 * long life costs no time; expm1 and log1p keep small rates exact. */
static double same_every_year(double cost, double years, double rate)
{
    if (cost == 0.0) /* nothing to discount, even where (1 + r)^n overflows */
        return 0.0;
    if (rate == 0.0)
        return cost * years;
    return cost * (-expm1(-years * log1p(rate)) / rate);
}

bool kpi_tco(const kpi_range *args, kpi_result *out, kpi_error *err)
{
    const kpi_range *yearly = &args[YEARLY];
    bool single = yearly->rows == 1 && yearly->cols == 1;
    double purchase, years = 0.0, rate, residual, running = 0.0;

    if (!kpi_sum(&args[PURCHASE], PURCHASE, &purchase, err))
        return false;
    if (yearly->rows * yearly->cols == 0)
        return kpi_invalid(err, YEARLY, "holds no years");
    if (!args[YEARS].omitted) {
        double given;
        if (!optional_number(&args[YEARS], YEARS, 0.0, &given, err))
            return false;
        if (!kpi_whole(given, &years) || years < 1)
            return kpi_invalid(err, YEARS, "must be a whole number of 1 or more, got %g", given);
        if (!single && years != (double)years_in(yearly))
            return kpi_invalid(err, YEARS, "is %g, but yearly_costs holds %zu years (one per %s)",
                               years, years_in(yearly), yearly->rows == 1 ? "cell" : "row");
    } else if (single) {
        return kpi_invalid(err, YEARS, "is needed when yearly_costs is one amount for every year");
    } else {
        years = (double)years_in(yearly);
    }
    if (!optional_number(&args[RATE], RATE, 0.0, &rate, err) ||
        !optional_number(&args[RESIDUAL], RESIDUAL, 0.0, &residual, err))
        return false;
    if (rate <= -1.0)
        return kpi_invalid(err, RATE, "must be above -1 (-100%%), got %g", rate);

    if (single) {
        double cost;
        if (!year_cost(yearly, 0, &cost, err))
            return false;
        running = same_every_year(cost, years, rate);
    } else {
        for (size_t t = 0; t < years_in(yearly); t++) {
            double cost;
            if (!year_cost(yearly, t, &cost, err))
                return false;
            if (cost != 0.0) /* a zero cost adds nothing, even where (1 + r)^t underflows */
                running += cost / pow(1.0 + rate, (double)(t + 1));
        }
    }
    if (!isfinite(running))
        return kpi_invalid(err, YEARLY, "the discounted running costs are too large");
    if (residual != 0.0)
        residual /= pow(1.0 + rate, years);
    if (!isfinite(residual))
        return kpi_invalid(err, RESIDUAL, "the discounted residual value is too large");
    return kpi_number_result(out, purchase + running - residual, err);
}
