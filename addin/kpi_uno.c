/* Shared plumbing of the add-in's UNO objects (see kpi_uno.h). */
#include "kpi_uno.h"

#include <stdlib.h>
#include <string.h>
#include <threads.h>

static kpi_uno_types types;
static once_flag types_once = ONCE_FLAG_INIT;

static typelib_TypeDescriptionReference *named(typelib_TypeClass cls, const char *name)
{
    typelib_TypeDescriptionReference *ref = NULL;
    rtl_uString *s = NULL;
    rtl_uString_newFromAscii(&s, name);
    typelib_typedescriptionreference_new(&ref, cls, s);
    rtl_uString_release(s);
    return ref;
}

static typelib_TypeDescriptionReference *sequence_of(typelib_TypeClass element)
{
    typelib_TypeDescriptionReference *ref = NULL;
    typelib_static_sequence_type_init(&ref, *typelib_static_type_getByTypeClass(element));
    return ref;
}

static void init_types(void)
{
    types.xinterface = named(typelib_TypeClass_INTERFACE, "com.sun.star.uno.XInterface");
    types.xtypeprovider = named(typelib_TypeClass_INTERFACE, "com.sun.star.lang.XTypeProvider");
    types.xserviceinfo = named(typelib_TypeClass_INTERFACE, "com.sun.star.lang.XServiceInfo");
    types.xfunctions = named(typelib_TypeClass_INTERFACE, KPI_INTERFACE);
    types.xcomponentfactory =
        named(typelib_TypeClass_INTERFACE, "com.sun.star.lang.XSingleComponentFactory");
    types.type_sequence = sequence_of(typelib_TypeClass_TYPE);
    types.byte_sequence = sequence_of(typelib_TypeClass_BYTE);
    types.string_sequence = sequence_of(typelib_TypeClass_STRING);
    types.illegal_argument =
        named(typelib_TypeClass_EXCEPTION, "com.sun.star.lang.IllegalArgumentException");
    types.runtime_exception = named(typelib_TypeClass_EXCEPTION, "com.sun.star.uno.RuntimeException");
}

const kpi_uno_types *kpi_uno_types_get(void)
{
    call_once(&types_once, init_types);
    return &types;
}

static void SAL_CALL acquire(uno_Interface *iface)
{
    atomic_fetch_add(&((kpi_uno_object *)iface)->refs, 1);
}

static void SAL_CALL release(uno_Interface *iface)
{
    if (atomic_fetch_sub(&((kpi_uno_object *)iface)->refs, 1) == 1)
        free(iface);
}

void kpi_uno_object_init(kpi_uno_object *o, uno_DispatchMethod dispatch)
{
    o->iface.acquire = acquire;
    o->iface.release = release;
    o->iface.pDispatcher = dispatch;
    atomic_init(&o->refs, 1);
}

bool kpi_uno_member_is(const typelib_TypeDescription *member, const char *name)
{
    const rtl_uString *m = ((const typelib_InterfaceMemberTypeDescription *)member)->pMemberName;
    return rtl_ustr_ascii_compare_WithLength(m->buffer, m->length, name) == 0;
}

static bool type_is(typelib_TypeDescriptionReference *a, typelib_TypeDescriptionReference *b)
{
    return a == b || rtl_ustr_compare_WithLength(a->pTypeName->buffer, a->pTypeName->length,
                                                 b->pTypeName->buffer, b->pTypeName->length) == 0;
}

static bool dispatch_common(uno_Interface *self, const typelib_TypeDescription *member,
                            void *ret, void *args[], uno_Any **exc,
                            typelib_TypeDescriptionReference *const *answer, int n)
{
    const kpi_uno_types *t = kpi_uno_types_get();
    if (kpi_uno_member_is(member, "queryInterface")) {
        typelib_TypeDescriptionReference *want = *(typelib_TypeDescriptionReference **)args[0];
        for (int i = 0; i < n; i++) {
            if (type_is(want, answer[i])) {
                uno_type_any_construct((uno_Any *)ret, &self, want, NULL);
                *exc = NULL;
                return true;
            }
        }
        uno_any_construct((uno_Any *)ret, NULL, NULL, NULL); /* void: not supported */
    } else if (kpi_uno_member_is(member, "acquire")) {
        self->acquire(self);
    } else if (kpi_uno_member_is(member, "release")) {
        self->release(self);
    } else if (kpi_uno_member_is(member, "getTypes")) {
        uno_type_sequence_construct((uno_Sequence **)ret, t->type_sequence, (void *)answer, n, NULL);
    } else if (kpi_uno_member_is(member, "getImplementationId")) {
        uno_type_sequence_construct((uno_Sequence **)ret, t->byte_sequence, NULL, 0, NULL);
    } else {
        return false;
    }
    *exc = NULL;
    return true;
}

static void new_string(void *ret, const char *ascii)
{
    *(rtl_uString **)ret = NULL;
    rtl_uString_newFromAscii((rtl_uString **)ret, ascii);
}

static bool dispatch_service_info(const typelib_TypeDescription *member, void *ret,
                                  void *args[], uno_Any **exc)
{
    if (kpi_uno_member_is(member, "getImplementationName")) {
        new_string(ret, KPI_IMPLEMENTATION);
    } else if (kpi_uno_member_is(member, "supportsService")) {
        const rtl_uString *s = *(rtl_uString **)args[0];
        *(sal_Bool *)ret = rtl_ustr_ascii_compare_WithLength(s->buffer, s->length, KPI_SERVICE) == 0;
    } else if (kpi_uno_member_is(member, "getSupportedServiceNames")) {
        rtl_uString *name = NULL;
        rtl_uString_newFromAscii(&name, KPI_SERVICE);
        uno_type_sequence_construct((uno_Sequence **)ret, kpi_uno_types_get()->string_sequence,
                                    &name, 1, NULL);
        rtl_uString_release(name);
    } else {
        return false;
    }
    *exc = NULL;
    return true;
}

void kpi_uno_dispatch_standard(uno_Interface *self, const typelib_TypeDescription *member,
                               void *ret, void *args[], uno_Any **exc,
                               typelib_TypeDescriptionReference *own)
{
    const kpi_uno_types *t = kpi_uno_types_get();
    typelib_TypeDescriptionReference *const answer[] = {t->xinterface, t->xtypeprovider,
                                                        t->xserviceinfo, own};
    if (!dispatch_common(self, member, ret, args, exc, answer, 4) &&
        !dispatch_service_info(member, ret, args, exc))
        kpi_uno_raise(exc, false, "unknown method of the Inkoop KPI component", -1);
}

/* Binary layout of com.sun.star.lang.IllegalArgumentException; a
 * RuntimeException is its first two members. */
typedef struct {
    rtl_uString *Message;
    void *Context;
    sal_Int16 ArgumentPosition;
} illegal_argument_exception;

void kpi_uno_raise(uno_Any **exc, bool illegal_argument, const char *message, int arg)
{
    const kpi_uno_types *t = kpi_uno_types_get();
    illegal_argument_exception e = {NULL, NULL, (sal_Int16)(arg < 0 ? 0 : arg)};
    rtl_string2UString(&e.Message, message, (sal_Int32)strlen(message), RTL_TEXTENCODING_UTF8,
                       OSTRING_TO_OUSTRING_CVTFLAGS);
    /* *exc points at the caller's storage: construct the exception there. */
    uno_type_any_construct(*exc, &e, illegal_argument ? t->illegal_argument : t->runtime_exception,
                           NULL);
    rtl_uString_release(e.Message);
}
