/* UNO values to kpi_range and back (see kpi_marshal.h). */
#include "kpi_marshal.h"

#include "kpi_uno.h"

#include <stdio.h>

/* The any an argument arrived as, or the sequence<sequence<any>>. */
typedef struct {
    const uno_Sequence *rows; /* NULL for a single value or omitted */
    const uno_Any *single;    /* NULL for a range or omitted */
} uno_arg;

/* Calc passes a range in an any as sequence<sequence<any>>. */
static bool is_range_any(const uno_Any *a)
{
    const rtl_uString *name = a->pType->pTypeName;
    return a->pType->eTypeClass == typelib_TypeClass_SEQUENCE &&
           rtl_ustr_ascii_compare_WithLength(name->buffer, name->length, "[][]any") == 0;
}

static bool fail(kpi_error *err, kpi_status_code code, int arg, const char *message)
{
    err->code = code;
    err->arg = arg;
    snprintf(err->message, sizeof err->message, "%s", message);
    return false;
}

/* The cells of a cell reference, as sequence<sequence<any>>: empty cells
 * as empty strings, cells holding an error as void. */
static bool read_reference(uno_Interface *range, uno_Sequence **out, int arg, kpi_error *err)
{
    const kpi_uno_types *t = kpi_uno_types_get();
    uno_Any found, storage, *exc = &storage;
    void *qargs[1] = {(void *)&t->xcellrangedata};

    if (!range)
        return fail(err, KPI_INVALID_ARGUMENT, arg, "needs a cell reference");
    if (!t->query_interface || !t->get_data_array)
        return fail(err, KPI_OK, arg, "the office has no XCellRangeData");
    range->pDispatcher(range, t->query_interface, &found, qargs, &exc);
    if (exc) {
        uno_any_destruct(exc, NULL);
        return fail(err, KPI_OK, arg, "the cell reference cannot be read");
    }
    uno_Interface *data = NULL;
    if (found.pType->eTypeClass == typelib_TypeClass_INTERFACE) {
        data = *(uno_Interface **)found.pData;
        data->acquire(data);
    }
    uno_any_destruct(&found, NULL);
    if (!data)
        return fail(err, KPI_OK, arg, "the cell reference cannot be read");
    exc = &storage;
    data->pDispatcher(data, t->get_data_array, out, NULL, &exc);
    data->release(data);
    if (exc) {
        uno_any_destruct(exc, NULL);
        return fail(err, KPI_OK, arg, "the cell reference cannot be read");
    }
    return true;
}

static uno_arg classify(const typelib_MethodParameter *p, void *value)
{
    uno_arg u = {NULL, NULL};
    if (p->pTypeRef->eTypeClass == typelib_TypeClass_SEQUENCE) {
        u.rows = *(uno_Sequence **)value;
    } else {
        const uno_Any *a = value;
        if (is_range_any(a))
            u.rows = *(uno_Sequence **)a->pData;
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

/* A range is not copied: the core reads its cells in place, through this.
 * Every cell was checked by check_range first, so convert cannot fail. */
static kpi_value read_cell(const kpi_range *r, size_t i)
{
    const uno_Sequence *rows = r->source;
    const uno_Sequence *const *row = (const uno_Sequence *const *)rows->elements;
    size_t y = r->cols == 1 ? i : i / r->cols, x = r->cols == 1 ? 0 : i % r->cols;
    kpi_value v;
    convert((const uno_Any *)row[y]->elements + x, &v);
    return v;
}

/* Every row as long as the first, every cell of a kind Calc passes; from a
 * cell reference (getDataArray), a void cell is one holding an error. */
static bool check_range(const uno_Sequence *rows, size_t cols, bool from_reference, int arg,
                        kpi_error *err)
{
    const uno_Sequence *const *row = (const uno_Sequence *const *)rows->elements;
    for (sal_Int32 y = 0; y < rows->nElements; y++) {
        const uno_Any *c = (const uno_Any *)row[y]->elements;
        kpi_value v;
        if ((size_t)row[y]->nElements != cols)
            return fail(err, KPI_INVALID_ARGUMENT, arg, "rows of unequal length");
        for (size_t x = 0; x < cols; x++) {
            if (from_reference && c[x].pType->eTypeClass == typelib_TypeClass_VOID)
                return fail(err, KPI_INVALID_ARGUMENT, arg, "the cell holds an error value");
            if (!convert(&c[x], &v))
                return fail(err, KPI_INVALID_ARGUMENT, arg, "unsupported kind of value");
        }
    }
    return true;
}

bool kpi_marshal_args(const typelib_InterfaceMethodTypeDescription *method, void *uno_args[],
                      kpi_range *args, kpi_cell_buffer *buf, kpi_error *err)
{
    buf->nread = 0;
    for (int i = 0; i < method->nParams; i++) {
        kpi_range *r = &args[i];
        uno_arg in;
        bool reference = method->pParams[i].pTypeRef->eTypeClass == typelib_TypeClass_INTERFACE;
        if (reference) {
            uno_Sequence **seq = &buf->read[buf->nread];
            if (!read_reference(*(uno_Interface **)uno_args[i], seq, i, err))
                return false;
            buf->nread++;
            in = (uno_arg){*seq, NULL};
        } else {
            in = classify(&method->pParams[i], uno_args[i]);
        }

        *r = (kpi_range){.omitted = true};
        if (in.single) {
            *r = (kpi_range){.rows = 1, .cols = 1, .cells = &buf->single[i]};
            if (!convert(in.single, &buf->single[i]))
                return fail(err, KPI_INVALID_ARGUMENT, i, "unsupported kind of value");
        } else if (in.rows) {
            *r = (kpi_range){.rows = (size_t)in.rows->nElements, .cols = columns(in.rows),
                             .read = read_cell, .source = in.rows};
            if (!check_range(in.rows, r->cols, reference, i, err))
                return false;
        }
    }
    return true;
}

void kpi_marshal_free(kpi_cell_buffer *buf)
{
    for (int i = 0; i < buf->nread; i++)
        uno_type_destructData(&buf->read[i], kpi_uno_types_get()->any_matrix, NULL);
    buf->nread = 0;
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
