/*
 * UNO arguments to the core's value model and back.  Calc passes a
 * required argument as sequence<sequence<any>> (a whole range; an empty
 * cell arrives as an empty string, a boolean as 1.0 or 0.0) and an
 * optional one as any (void when omitted), a cell reference as
 * XCellRange, read here through XCellRangeData::getDataArray.  A range is
 * checked once and then read cell by cell where it lies (kpi_range.read);
 * nothing is copied, text included.
 */
#ifndef KPI_MARSHAL_H
#define KPI_MARSHAL_H

#include "kpi.h"
#include "uno_c.h"

/* What one call's arguments need besides the UNO values themselves:
 * single values converted, and the data read from cell references.
 * Ranges are not copied; the core reads their cells in place. */
typedef struct {
    kpi_value single[KPI_MAX_ARGS];
    uno_Sequence *read[KPI_MAX_ARGS];
    int nread;
} kpi_cell_buffer;

/* Fill args[0..nargs) from the UNO call.  On failure err is set (invalid
 * argument, or code KPI_OK with a message when the office or memory
 * failed).  Always call kpi_marshal_free afterwards. */
bool kpi_marshal_args(const typelib_InterfaceMethodTypeDescription *method, void *uno_args[],
                      kpi_range *args, kpi_cell_buffer *buf, kpi_error *err);

void kpi_marshal_free(kpi_cell_buffer *buf);

/* Store a result in the UNO return slot (string or double). */
void kpi_marshal_result(const kpi_result *res, void *ret);

#endif
