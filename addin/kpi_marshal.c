/* UNO values to kpi_range and back (see kpi_marshal.h). */
#include "kpi_marshal.h"

#include <rtl/math.h>
#include <stdio.h>

/* An argument as it arrived: one value, a range, or left out. */
typedef struct {
    const uno_Any *single;    /* a value in an any */
    const uno_Sequence *rows; /* sequence<sequence<any>> or <string> */
    bool as_text;             /* rows of strings (KPI_ARG_AS_TEXT) */
} uno_arg;

static bool type_is(typelib_TypeDescriptionReference *t, const char *name)
{
    return rtl_ustr_ascii_compare_WithLength(t->pTypeName->buffer, t->pTypeName->length, name) == 0;
}

static bool fail(kpi_error *err, int arg, const char *message)
{
    err->code = KPI_INVALID_ARGUMENT;
    err->arg = arg;
    snprintf(err->message, sizeof err->message, "%s", message);
    return false;
}

static uno_arg classify(const typelib_MethodParameter *p, void *value)
{
    uno_arg u = {NULL, NULL, false};
    if (p->pTypeRef->eTypeClass == typelib_TypeClass_SEQUENCE) {
        u.rows = *(uno_Sequence **)value;
        u.as_text = type_is(p->pTypeRef, "[][]string");
    } else {
        const uno_Any *a = value;
        if (a->pType->eTypeClass == typelib_TypeClass_SEQUENCE && type_is(a->pType, "[][]any"))
            u.rows = *(uno_Sequence **)a->pData; /* a range in an optional argument */
        else if (a->pType->eTypeClass != typelib_TypeClass_VOID)
            u.single = a;
    }
    return u;
}

static size_t columns(const uno_Sequence *rows)
{
    const uno_Sequence *const *row = (const uno_Sequence *const *)rows->elements;
    return rows->nElements > 0 ? (size_t)row[0]->nElements : 0;
}

/* One UNO value as a cell; false for a kind Calc does not pass. */
static bool convert(const uno_Any *a, kpi_value *v)
{
    switch (a->pType->eTypeClass) {
    case typelib_TypeClass_VOID:
        *v = (kpi_value){KPI_EMPTY, 0, {.number = 0}};
        return true;
    case typelib_TypeClass_DOUBLE:
        *v = (kpi_value){KPI_NUMBER, 0, {.number = *(const double *)a->pData}};
        return true;
    case typelib_TypeClass_LONG:
        *v = (kpi_value){KPI_NUMBER, 0, {.number = *(const sal_Int32 *)a->pData}};
        return true;
    case typelib_TypeClass_BOOLEAN:
        *v = (kpi_value){KPI_BOOL, 0, {.number = *(const sal_Bool *)a->pData ? 1.0 : 0.0}};
        return true;
    case typelib_TypeClass_STRING: {
        const rtl_uString *s = *(rtl_uString *const *)a->pData;
        /* Calc hands an empty cell over as an empty string. */
        if (s->length == 0)
            *v = (kpi_value){KPI_EMPTY, 0, {.number = 0}};
        else
            *v = (kpi_value){KPI_TEXT, (unsigned)s->length, {.text = (const char16_t *)s->buffer}};
        return true;
    }
    default:
        *v = (kpi_value){KPI_EMPTY, 0, {.number = 0}};
        return false;
    }
}

/* A value Calc wrote as text (KPI_ARG_AS_TEXT): "" is an empty cell; a
 * number as the input line shows it (decimal sign . or , by the office's
 * locale, exponent as E-020) is that number; anything else is text. */
static kpi_value from_text(const rtl_uString *s)
{
    const sal_Unicode *begin = s->buffer, *end = begin + s->length, *parsed = NULL;
    sal_Unicode decimal = '.';
    enum rtl_math_ConversionStatus status;

    if (s->length == 0)
        return (kpi_value){KPI_EMPTY, 0, {.number = 0}};
    for (const sal_Unicode *c = begin; c < end; c++)
        if (*c == ',')
            decimal = ',';
    double x = rtl_math_uStringToDouble(begin, end, decimal, 0, &status, &parsed);
    if (parsed == end && status == rtl_math_ConversionStatus_Ok)
        return (kpi_value){KPI_NUMBER, 0, {.number = x}};
    return (kpi_value){KPI_TEXT, (unsigned)s->length, {.text = (const char16_t *)s->buffer}};
}

/* Ranges are not copied: the core reads their cells in place, through
 * these.  check_range saw every cell first, so convert cannot fail. */
static const void *element(const kpi_range *r, size_t i, size_t size)
{
    const uno_Sequence *rows = r->source;
    const uno_Sequence *const *row = (const uno_Sequence *const *)rows->elements;
    size_t y = r->cols == 1 ? i : i / r->cols, x = r->cols == 1 ? 0 : i % r->cols;
    return row[y]->elements + x * size;
}

static kpi_value read_any(const kpi_range *r, size_t i)
{
    kpi_value v;
    convert(element(r, i, sizeof(uno_Any)), &v);
    return v;
}

static kpi_value read_text(const kpi_range *r, size_t i)
{
    return from_text(*(rtl_uString *const *)element(r, i, sizeof(rtl_uString *)));
}

/* Every row as long as the first; every value of a kind Calc passes. */
static bool check_range(const uno_arg *in, size_t cols, int arg, kpi_error *err)
{
    const uno_Sequence *const *row = (const uno_Sequence *const *)in->rows->elements;
    for (sal_Int32 y = 0; y < in->rows->nElements; y++) {
        if ((size_t)row[y]->nElements != cols)
            return fail(err, arg, "rows of unequal length");
        if (in->as_text) /* every string reads as something */
            continue;
        const uno_Any *c = (const uno_Any *)row[y]->elements;
        kpi_value v;
        for (size_t x = 0; x < cols; x++)
            if (!convert(&c[x], &v))
                return fail(err, arg, "unsupported kind of value");
    }
    return true;
}

bool kpi_marshal_args(const typelib_InterfaceMethodTypeDescription *method, void *uno_args[],
                      kpi_range *args, kpi_cell_buffer *buf, kpi_error *err)
{
    for (int i = 0; i < method->nParams; i++) {
        kpi_range *r = &args[i];
        uno_arg in = classify(&method->pParams[i], uno_args[i]);
        *r = (kpi_range){.omitted = true};
        if (in.single) {
            *r = (kpi_range){.rows = 1, .cols = 1, .cells = &buf->single[i]};
            if (!convert(in.single, &buf->single[i]))
                return fail(err, i, "unsupported kind of value");
        } else if (in.rows) {
            *r = (kpi_range){.rows = (size_t)in.rows->nElements, .cols = columns(in.rows),
                             .read = in.as_text ? read_text : read_any, .source = in.rows};
            if (!check_range(&in, r->cols, i, err))
                return false;
        }
    }
    return true;
}

void kpi_marshal_result(const kpi_result *res, void *ret)
{
    if (res->kind == KPI_RESULT_TEXT) {
        *(rtl_uString **)ret = NULL;
        rtl_uString_newFromAscii((rtl_uString **)ret, res->text);
    } else {
        *(double *)ret = res->number;
    }
}
