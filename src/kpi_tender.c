/*
 * Scoring bids in a tender: price points relative to the lowest bid or on
 * a straight line between two prices fixed beforehand, and the quality
 * score as a weighted average of the criteria (weighted factor method).
 */
#include "kpi_cells.h"

/* A required single number above 0. */
static bool positive(const kpi_range *r, int arg, double *out, kpi_error *err)
{
    if (!kpi_single_number(r, arg, out, err))
        return false;
    if (*out <= 0)
        return kpi_invalid(err, arg, "must be above 0, got %g", *out);
    return true;
}

bool kpi_price_score(const kpi_range *args, kpi_result *out, kpi_error *err)
{
    const kpi_range *prices = &args[1];
    double price, max_points, lowest = 0.0, highest = 0.0;
    size_t count = 0;

    if (!positive(&args[0], 0, &price, err))
        return false;
    for (size_t i = 0; i < prices->rows * prices->cols; i++) {
        kpi_value v = kpi_cell(prices, i);
        double x;
        if (kpi_is_blank(&v))
            continue;
        if (!kpi_number(&v, 1, &x, err))
            return kpi_locate(err, "cell %zu of the range", i + 1);
        if (x <= 0)
            return kpi_invalid(err, 1, "cell %zu of the range: a price must be above 0, got %g", i + 1, x);
        if (count == 0 || x < lowest)
            lowest = x;
        if (count == 0 || x > highest)
            highest = x;
        count++;
    }
    if (count == 0)
        return kpi_invalid(err, 1, "holds no prices");
    if (!positive(&args[2], 2, &max_points, err))
        return false;
    /* A price outside the bids means the range is not this tender's. */
    if (!kpi_at_least(price, lowest))
        return kpi_invalid(err, 0, "%g is below the lowest of prices (%g); prices must hold every "
                           "valid bid, this one included", price, lowest);
    if (!kpi_at_most(price, highest))
        return kpi_invalid(err, 0, "%g is above the highest of prices (%g); prices must hold every "
                           "valid bid, this one included", price, highest);
    if (kpi_at_most(price, lowest))
        return kpi_number_result(out, max_points, err);
    return kpi_number_result(out, max_points * (lowest / price), err);
}

bool kpi_price_score_linear(const kpi_range *args, kpi_result *out, kpi_error *err)
{
    double price, full, zero, max_points;

    if (!positive(&args[0], 0, &price, err) || !kpi_single_number(&args[1], 1, &full, err) ||
        !kpi_single_number(&args[2], 2, &zero, err) || !positive(&args[3], 3, &max_points, err))
        return false;
    if (full < 0)
        return kpi_invalid(err, 1, "cannot be negative, got %g", full);
    if (kpi_at_least(full, zero))
        return kpi_invalid(err, 2, "must be above full_points_price (%g), got %g", full, zero);
    if (kpi_at_most(price, full))
        return kpi_number_result(out, max_points, err);
    if (kpi_at_least(price, zero))
        return kpi_number_result(out, 0.0, err);
    /* the share first: both differences are positive and the share is
     * below 1, so nothing overflows */
    return kpi_number_result(out, max_points * ((zero - price) / (zero - full)), err);
}

bool kpi_weighted_score(const kpi_range *args, kpi_result *out, kpi_error *err)
{
    const kpi_range *scores = &args[0], *weights = &args[1];
    double total = 0.0, weight_sum = 0.0;

    if (!kpi_same_shape(scores, weights, 1, err))
        return false;
    for (size_t i = 0; i < scores->rows * scores->cols; i++) {
        kpi_value s = kpi_cell(scores, i), w = kpi_cell(weights, i);
        double score = 0.0, weight = 0.0;
        if (!kpi_is_blank(&w) && !kpi_number(&w, 1, &weight, err))
            return kpi_locate(err, "criterion %zu", i + 1);
        if (weight < 0)
            return kpi_invalid(err, 1, "criterion %zu: a weight cannot be negative, got %g", i + 1, weight);
        if (kpi_is_blank(&s)) {
            if (weight > 0)
                return kpi_invalid(err, 0, "criterion %zu has no score (its weight is %g)", i + 1, weight);
            continue;
        }
        if (!kpi_number(&s, 0, &score, err))
            return kpi_locate(err, "criterion %zu", i + 1);
        if (weight > 0) {
            total += weight * score;
            weight_sum += weight;
        }
    }
    if (!(weight_sum > 0))
        return kpi_invalid(err, 1, "the weights add up to 0; give at least one criterion a weight above 0");
    return kpi_number_result(out, total / weight_sum, err);
}
