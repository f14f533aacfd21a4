/* The add-in object that Calc calls for every KPI function. */
#ifndef KPI_ADDIN_H
#define KPI_ADDIN_H

#include "uno_c.h"

/* A new add-in object with one reference, or NULL without memory. */
uno_Interface *kpi_addin_new(void);

#endif
