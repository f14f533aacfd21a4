/*
 * The shared library's entry points and the factory that the office's
 * service manager asks for new add-in objects.  The component lives in
 * the binary UNO environment ("uno"); the office bridges it to C++.
 */
#include <stdlib.h>
#include <string.h>

#include "kpi_addin.h"
#ifndef KPI_FLOOR
#include "kpi_menu.h"
#endif
#include "kpi_uno.h"

#define EXPORT __attribute__((visibility("default")))

static void SAL_CALL factory_dispatch(uno_Interface *self, const typelib_TypeDescription *member,
                                      void *ret, void *args[], uno_Any **exc)
{
    /* createInstanceWithContext(ctx) and ...WithArgumentsAndContext(args, ctx):
     * the add-in needs neither the context nor arguments. */
    if (kpi_uno_member_is(member, "createInstanceWithContext") ||
        kpi_uno_member_is(member, "createInstanceWithArgumentsAndContext")) {
        uno_Interface *addin = kpi_addin_new();
        if (!addin) {
            kpi_uno_raise(exc, false, "out of memory creating the Inkoop KPI add-in", -1);
            return;
        }
        *(uno_Interface **)ret = addin;
        *exc = NULL;
        return;
    }
    kpi_uno_dispatch_standard(self, member, ret, args, exc, kpi_uno_types_get()->xcomponentfactory);
}

#ifndef KPI_FLOOR
/* The factory of the menu command: it keeps the context for its calls. */
static void SAL_CALL menu_factory_dispatch(uno_Interface *self, const typelib_TypeDescription *member,
                                           void *ret, void *args[], uno_Any **exc)
{
    bool with_args = kpi_uno_member_is(member, "createInstanceWithArgumentsAndContext");
    if (with_args || kpi_uno_member_is(member, "createInstanceWithContext")) {
        uno_Interface *ctx = *(uno_Interface **)args[with_args ? 1 : 0];
        uno_Interface *handler = kpi_menu_new(ctx);
        if (!handler) {
            kpi_uno_raise(exc, false, "out of memory creating the Inkoop KPI menu command", -1);
            return;
        }
        *(uno_Interface **)ret = handler;
        *exc = NULL;
        return;
    }
    kpi_uno_dispatch_standard(self, member, ret, args, exc, kpi_uno_types_get()->xcomponentfactory);
}
#endif

EXPORT void SAL_CALL component_getImplementationEnvironment(const char **env, void *unused)
{
    (void)unused;
    *env = UNO_LB_UNO;
}

EXPORT void *SAL_CALL component_getFactory(const char *implementation, void *service_manager,
                                           void *registry_key)
{
    (void)service_manager;
    (void)registry_key;
    uno_DispatchMethod dispatch = NULL;
    if (strcmp(implementation, KPI_IMPLEMENTATION) == 0)
        dispatch = factory_dispatch;
#ifndef KPI_FLOOR
    else if (strcmp(implementation, KPI_MENU_IMPLEMENTATION) == 0)
        dispatch = menu_factory_dispatch;
#endif
    if (!dispatch)
        return NULL;
    kpi_uno_object *o = malloc(sizeof *o);
    if (!o)
        return NULL;
    kpi_uno_object_init(o, dispatch);
    return &o->iface;
}
