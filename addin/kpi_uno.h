/*
 * What both UNO objects of the add-in (the factory and the function
 * object) share: the type references they answer for, reference counting,
 * and how results and exceptions are handed back to the caller.
 */
#ifndef KPI_UNO_H
#define KPI_UNO_H

#include <stdatomic.h>

#include "uno_c.h"

/* Type references, built once per process and never changed after. */
typedef struct {
    typelib_TypeDescriptionReference *xinterface, *xtypeprovider, *xserviceinfo;
    typelib_TypeDescriptionReference *xfunctions, *xcomponentfactory;
    typelib_TypeDescriptionReference *type_sequence, *byte_sequence, *string_sequence;
    typelib_TypeDescriptionReference *illegal_argument, *runtime_exception;
} kpi_uno_types;

const kpi_uno_types *kpi_uno_types_get(void);

/* A UNO object of ours: the binary-UNO interface first, then its count. */
typedef struct {
    uno_Interface iface;
    atomic_int refs;
} kpi_uno_object;

void kpi_uno_object_init(kpi_uno_object *o, uno_DispatchMethod dispatch);

/* The method's name, ASCII, compared to `name`. */
bool kpi_uno_member_is(const typelib_TypeDescription *member, const char *name);

/* The members every object of ours has: XInterface, XTypeProvider (it
 * answers for those, XServiceInfo and `own`) and XServiceInfo.  Raises a
 * RuntimeException for any other member. */
void kpi_uno_dispatch_standard(uno_Interface *self, const typelib_TypeDescription *member,
                               void *ret, void *args[], uno_Any **exc,
                               typelib_TypeDescriptionReference *own);

/* Raise IllegalArgumentException (-> Err:502) or RuntimeException. */
void kpi_uno_raise(uno_Any **exc, bool illegal_argument, const char *message, int arg);

/* The benchmark's floor components (tests/bench) are this code built with
 * KPI_FLOOR: another service and interface, same methods, no work; with
 * KPI_FLOOR_READ as well, the arguments are read as the add-in reads them. */
#if defined KPI_FLOOR && defined KPI_FLOOR_READ
#define KPI_IMPLEMENTATION "org.inkoopkpi.bench.KPIFloorReadImpl"
#define KPI_SERVICE "org.inkoopkpi.bench.KPIFloorRead"
#define KPI_INTERFACE "org.inkoopkpi.bench.XKPIFloorRead"
#define KPI_METHOD_PREFIX "FLOORREAD_"
#elif defined KPI_FLOOR
#define KPI_IMPLEMENTATION "org.inkoopkpi.bench.KPIFloorImpl"
#define KPI_SERVICE "org.inkoopkpi.bench.KPIFloor"
#define KPI_INTERFACE "org.inkoopkpi.bench.XKPIFloor"
#define KPI_METHOD_PREFIX "FLOOR_"
#else
#define KPI_IMPLEMENTATION "org.inkoopkpi.KPIFunctionsImpl"
#define KPI_SERVICE "org.inkoopkpi.KPIFunctions"
#define KPI_INTERFACE "org.inkoopkpi.XKPIFunctions"
#define KPI_METHOD_PREFIX ""
#endif

#endif
