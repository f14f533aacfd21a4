/*
 * Calling the office from C: a method of an office object is called
 * through that object's uno_Interface dispatcher with the method's type
 * description, looked up by name.  Values are passed as binary UNO lays
 * them out (strings as rtl_uString *, interfaces as uno_Interface *).
 */
#ifndef KPI_CALL_H
#define KPI_CALL_H

#include "uno_c.h"

/* Binary layout of com.sun.star.beans.PropertyValue (checked against the
 * type library before use). */
typedef struct {
    rtl_uString *Name;
    sal_Int32 Handle;
    uno_Any Value;
    sal_Int32 State;
} kpi_property_value;

/* Why the last call failed, for the message to the user. */
typedef struct {
    char text[512];
} kpi_call_error;

/* interface_method: e.g. "com.sun.star.frame.XFrame::getController".
 * true on success; false with err filled (an exception or an unknown
 * method).  ret: storage for the return value (NULL for void). */
bool kpi_uno_call(uno_Interface *obj, const char *interface_method, void *ret, void *args[], kpi_call_error *err);

/* The object's interface of that name (acquired), or NULL. */
uno_Interface *kpi_query(uno_Interface *obj, const char *interface_name);

void kpi_release(uno_Interface *obj);

/* UTF-8 <-> rtl_uString (a new reference; release with rtl_uString_release). */
rtl_uString *kpi_ustr(const char *utf8);
char *kpi_utf8(const rtl_uString *s); /* malloc'd */

/* A sequence<PropertyValue> of n name/value pairs, values as anys of the
 * given type class (STRING: const char *, BOOLEAN: int).  NULL if the
 * binary layout is not the one expected. */
uno_Sequence *kpi_properties(int n, const char *const names[], const typelib_TypeClass kinds[],
                             const void *const values[]);

typelib_TypeDescriptionReference *kpi_type(typelib_TypeClass cls, const char *name);

#endif
