/*
 * UNO arguments to the core's value model and back.  Calc passes a
 * required argument as sequence<sequence<any>> (a whole range; an empty
 * cell arrives as an empty string, a boolean as 1.0 or 0.0), an optional
 * one as any (void when omitted), and a KPI_ARG_AS_TEXT one as
 * sequence<sequence<string>> (a number as the input line shows it, an
 * empty cell as "").  A range is checked once and then read cell by cell
 * where it lies (kpi_range.read); nothing is copied, text included.
 */
#ifndef KPI_MARSHAL_H
#define KPI_MARSHAL_H

#include "kpi.h"
#include "uno_c.h"

/* Single values of one call, converted; ranges stay where they are. */
typedef struct {
    kpi_value single[KPI_MAX_ARGS];
} kpi_cell_buffer;

/* Fill args[0..nargs) from the UNO call; on failure err says which
 * argument is invalid.  The ranges are valid while the call lasts. */
bool kpi_marshal_args(const typelib_InterfaceMethodTypeDescription *method, void *uno_args[],
                      kpi_range *args, kpi_cell_buffer *buf, kpi_error *err);

/* Store a result in the UNO return slot (string or double). */
void kpi_marshal_result(const kpi_result *res, void *ret);

#endif
