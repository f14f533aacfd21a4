/*
 * The SDK's binary-UNO C headers, made includable from C11.
 * typelib/typedescription.h uses bool and refers to the type-class enum
 * by its tag without `enum`; both are C++-isms the headers rely on.
 * Build with -std=gnu11 and -DLINUX -DUNX, as the SDK does.
 */
#ifndef KPI_UNO_C_H
#define KPI_UNO_C_H

#include <stdbool.h>

#include <sal/types.h>
#include <typelib/typeclass.h>
typedef enum _typelib_TypeClass _typelib_TypeClass;
#include <rtl/ustring.h>
#include <typelib/typedescription.h>
#include <uno/any2.h>
#include <uno/data.h>
#include <uno/dispatcher.h>
#include <uno/lbnames.h>
#include <uno/sequence2.h>

#endif
