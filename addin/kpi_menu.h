/* The menu command "Save a copy for Excel..." (a protocol handler). */
#ifndef KPI_MENU_H
#define KPI_MENU_H

#include "uno_c.h"

#define KPI_MENU_IMPLEMENTATION "org.inkoopkpi.ExcelCopyImpl"

/* A new handler with one reference, holding the component context. */
uno_Interface *kpi_menu_new(uno_Interface *ctx);

#endif
