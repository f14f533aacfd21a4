/* Calling the office from C (see kpi_call.h). */
#include "kpi_call.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

rtl_uString *kpi_ustr(const char *utf8)
{
    rtl_uString *s = NULL;
    rtl_string2UString(&s, utf8, (sal_Int32)strlen(utf8), RTL_TEXTENCODING_UTF8, OSTRING_TO_OUSTRING_CVTFLAGS);
    return s;
}

char *kpi_utf8(const rtl_uString *s)
{
    static const sal_Unicode empty[1] = {0};
    rtl_String *o = NULL;
    rtl_uString2String(&o, s ? s->buffer : empty, s ? s->length : 0, RTL_TEXTENCODING_UTF8,
                       OUSTRING_TO_OSTRING_CVTFLAGS);
    char *out = malloc((size_t)o->length + 1);
    if (out)
        memcpy(out, o->buffer, (size_t)o->length + 1);
    rtl_string_release(o);
    return out;
}

typelib_TypeDescriptionReference *kpi_type(typelib_TypeClass cls, const char *name)
{
    typelib_TypeDescriptionReference *ref = NULL;
    rtl_uString *s = kpi_ustr(name);
    typelib_typedescriptionreference_new(&ref, cls, s);
    rtl_uString_release(s);
    return ref;
}

/* The type description of "Interface::method", or NULL. */
static typelib_TypeDescription *method(const char *interface_method)
{
    const char *sep = strstr(interface_method, "::");
    if (!sep)
        return NULL;
    char iface_name[256];
    snprintf(iface_name, sizeof iface_name, "%.*s", (int)(sep - interface_method), interface_method);
    typelib_TypeDescription *iface = NULL;
    rtl_uString *n = kpi_ustr(iface_name);
    typelib_typedescription_getByName(&iface, n);
    rtl_uString_release(n);
    if (!iface)
        return NULL;
    if (!iface->bComplete && !typelib_typedescription_complete(&iface)) {
        typelib_typedescription_release(iface);
        return NULL;
    }
    typelib_TypeDescription *found = NULL;
    const typelib_InterfaceTypeDescription *it = (const void *)iface;
    for (sal_Int32 i = 0; i < it->nAllMembers && !found; i++) {
        const rtl_uString *m = it->ppAllMembers[i]->pTypeName; /* "iface::method" (of the declaring one) */
        const sal_Unicode *b = m->buffer;
        sal_Int32 k = 0;
        while (k < m->length && !(b[k] == ':' && k + 1 < m->length && b[k + 1] == ':'))
            k++;
        const char *mine = sep + 2;
        if (m->length - k - 2 == (sal_Int32)strlen(mine) &&
            rtl_ustr_ascii_compare_WithLength(b + k + 2, m->length - k - 2, mine) == 0)
            typelib_typedescriptionreference_getDescription(&found, it->ppAllMembers[i]);
    }
    typelib_typedescription_release(iface);
    return found;
}

bool kpi_uno_call(uno_Interface *obj, const char *interface_method, void *ret, void *args[], kpi_call_error *err)
{
    if (!obj) {
        snprintf(err->text, sizeof err->text, "no object for %s", interface_method);
        return false;
    }
    typelib_TypeDescription *td = method(interface_method);
    if (!td) {
        snprintf(err->text, sizeof err->text, "unknown method %s", interface_method);
        return false;
    }
    uno_Any exc, *pexc = &exc;
    (*obj->pDispatcher)(obj, td, ret, args, &pexc);
    typelib_typedescription_release(td);
    if (!pexc)
        return true;
    /* Every UNO exception starts with its message. */
    char *msg = pexc->pData ? kpi_utf8(*(rtl_uString **)pexc->pData) : NULL;
    char *type = kpi_utf8(pexc->pType->pTypeName);
    snprintf(err->text, sizeof err->text, "%s: %s %s", interface_method, type ? type : "exception",
             msg ? msg : "");
    free(msg);
    free(type);
    uno_any_destruct(pexc, NULL);
    return false;
}

uno_Interface *kpi_query(uno_Interface *obj, const char *interface_name)
{
    typelib_TypeDescriptionReference *want = kpi_type(typelib_TypeClass_INTERFACE, interface_name);
    uno_Any result;
    void *args[] = {&want};
    kpi_call_error err;
    uno_Interface *found = NULL;
    if (kpi_uno_call(obj, "com.sun.star.uno.XInterface::queryInterface", &result, args, &err)) {
        if (result.pType->eTypeClass == typelib_TypeClass_INTERFACE && result.pData) {
            found = *(uno_Interface **)result.pData;
            if (found)
                found->acquire(found);
        }
        uno_any_destruct(&result, NULL);
    }
    typelib_typedescriptionreference_release(want);
    return found;
}

void kpi_release(uno_Interface *obj)
{
    if (obj)
        obj->release(obj);
}

/* Is kpi_property_value laid out as the type library says? */
static bool layout_matches(typelib_TypeDescriptionReference *pv)
{
    typelib_TypeDescription *td = NULL;
    typelib_typedescriptionreference_getDescription(&td, pv);
    if (!td)
        return false;
    const typelib_CompoundTypeDescription *c = (const void *)td;
    bool ok = td->nSize == (sal_Int32)sizeof(kpi_property_value) && c->nMembers == 4 &&
              c->pMemberOffsets[0] == (sal_Int32)offsetof(kpi_property_value, Name) &&
              c->pMemberOffsets[1] == (sal_Int32)offsetof(kpi_property_value, Handle) &&
              c->pMemberOffsets[2] == (sal_Int32)offsetof(kpi_property_value, Value) &&
              c->pMemberOffsets[3] == (sal_Int32)offsetof(kpi_property_value, State);
    typelib_typedescription_release(td);
    return ok;
}

uno_Sequence *kpi_properties(int n, const char *const names[], const typelib_TypeClass kinds[],
                             const void *const values[])
{
    typelib_TypeDescriptionReference *pv = kpi_type(typelib_TypeClass_STRUCT, "com.sun.star.beans.PropertyValue");
    typelib_TypeDescriptionReference *seq = NULL;
    typelib_static_sequence_type_init(&seq, pv);
    uno_Sequence *out = NULL;
    if (layout_matches(pv)) {
        kpi_property_value props[8];
        for (int i = 0; i < n && i < 8; i++) {
            props[i] = (kpi_property_value){kpi_ustr(names[i]), 0, {0}, 0};
            if (kinds[i] == typelib_TypeClass_STRING) {
                rtl_uString *s = kpi_ustr(values[i]);
                uno_type_any_construct(&props[i].Value, &s, *typelib_static_type_getByTypeClass(kinds[i]), NULL);
                rtl_uString_release(s);
            } else {
                sal_Bool b = *(const int *)values[i] != 0;
                uno_type_any_construct(&props[i].Value, &b, *typelib_static_type_getByTypeClass(kinds[i]), NULL);
            }
        }
        uno_type_sequence_construct(&out, seq, props, n, NULL);
        for (int i = 0; i < n && i < 8; i++) {
            rtl_uString_release(props[i].Name);
            uno_any_destruct(&props[i].Value, NULL);
        }
    }
    typelib_typedescriptionreference_release(seq);
    typelib_typedescriptionreference_release(pv);
    return out;
}
