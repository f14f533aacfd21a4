/*
 * The add-in object: XInterface, XTypeProvider, XServiceInfo and
 * org.inkoopkpi.XKPIFunctions.  A function call is dispatched by its
 * position in the interface to the same row of the core's function table
 * (the IDL is generated from that table, in that order); the name is
 * checked so a stale type library cannot call the wrong function.
 * No state but the reference count: safe on any thread.
 */
#include "kpi_addin.h"

#include <stdlib.h>

#include "kpi.h"
#include "kpi_marshal.h"
#include "kpi_uno.h"

#define XINTERFACE_MEMBERS 3

static const kpi_function *function_for(const typelib_TypeDescription *member)
{
    const typelib_InterfaceMemberTypeDescription *m = (const void *)member;
    sal_Int32 row = m->nPosition - XINTERFACE_MEMBERS;
    const rtl_uString *name = m->pMemberName;
    sal_Int32 skip = (sal_Int32)(sizeof KPI_METHOD_PREFIX - 1);
    if (row < 0 || (size_t)row >= kpi_function_count || name->length < skip ||
        rtl_ustr_ascii_shortenedCompare_WithLength(name->buffer, skip, KPI_METHOD_PREFIX, skip) != 0 ||
        rtl_ustr_ascii_compare_WithLength(name->buffer + skip, name->length - skip,
                                          kpi_functions[row].name) != 0)
        return NULL; /* e.g. XTypeProvider::getTypes, also at position 3 */
    return &kpi_functions[row];
}

static void call_function(const kpi_function *fn, const typelib_TypeDescription *member, void *ret,
                          void *uno_args[], uno_Any **exc)
{
    const typelib_InterfaceMethodTypeDescription *method = (const void *)member;
    kpi_range args[KPI_MAX_ARGS];
    kpi_cell_buffer buf;
    kpi_result res;
    kpi_error err;

    if ((unsigned)method->nParams != fn->nargs) {
        kpi_uno_raise(exc, false, "the installed type library does not match the add-in", -1);
        return;
    }
#ifdef KPI_FLOOR /* the benchmark's floor: the office's cost of a call, nothing of ours */
#ifdef KPI_FLOOR_READ /* ... and of reading the arguments */
    if (!kpi_marshal_args(method, uno_args, args, &buf, &err)) {
        kpi_uno_raise(exc, true, err.message, err.arg);
        return;
    }
#endif
    res = (kpi_result){fn->result, 0.0, "GROEN"};
    kpi_marshal_result(&res, ret);
    *exc = NULL;
    (void)uno_args;
    (void)args;
    (void)buf;
    (void)err;
    return;
#endif
    bool ok = kpi_marshal_args(method, uno_args, args, &buf, &err);
    if (ok)
        ok = kpi_call(fn, args, &res, &err);
    else
        kpi_explain(fn, &err);
    if (ok) {
        kpi_marshal_result(&res, ret);
        *exc = NULL;
    } else {
        kpi_uno_raise(exc, err.code == KPI_INVALID_ARGUMENT, err.message, err.arg);
    }
}

static void SAL_CALL dispatch(uno_Interface *self, const typelib_TypeDescription *member,
                              void *ret, void *args[], uno_Any **exc)
{
    const kpi_function *fn = function_for(member);
    if (fn) {
        call_function(fn, member, ret, args, exc);
        return;
    }
    kpi_uno_dispatch_standard(self, member, ret, args, exc, kpi_uno_types_get()->xfunctions);
}

uno_Interface *kpi_addin_new(void)
{
    kpi_uno_object *o = malloc(sizeof *o);
    if (!o)
        return NULL;
    kpi_uno_object_init(o, dispatch);
    return &o->iface;
}
