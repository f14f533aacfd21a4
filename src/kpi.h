/*
 * Inkoop KPI core: the procurement KPI functions of the handbook as plain C.
 *
 * Requirements this header states for every caller (add-in, tests, tools):
 *  - C11, the C standard library only; no UNO, no global mutable state.
 *    Every function is reentrant and may run on any thread.
 *  - A front end hands over each argument as a rectangular range of cells
 *    (a scalar is a 1x1 range; an omitted optional argument has
 *    omitted = true).  Cells are numbers, text (UTF-16, as the office
 *    holds it), booleans or empty.  A range's cells are either an array
 *    or read one at a time through a function of the front end's (the
 *    add-in reads the office's values in place rather than copy a million
 *    of them); the core reads every cell through kpi_cell().  The core
 *    never keeps a pointer into the caller's cells after the call returns.
 *  - A call either fills a kpi_result, or fills a kpi_error whose message
 *    names the function, the argument and the reason.  Results are always
 *    finite numbers or one of the fixed status words.
 *
 * Functions are listed once, in kpi_functions[] (kpi_table.c): name,
 * arguments, result kind and help in English and Dutch.  The add-in, the
 * IDL, the Function Wizard texts and the reference page come from it.
 */
#ifndef INKOOP_KPI_H
#define INKOOP_KPI_H

#include <stdbool.h>
#include <stddef.h>
#include <uchar.h>

/* ---- value model ---------------------------------------------------- */

typedef enum { KPI_EMPTY, KPI_NUMBER, KPI_TEXT, KPI_BOOL } kpi_kind;

typedef struct {
    kpi_kind kind;
    unsigned len;              /* KPI_TEXT: length in UTF-16 units */
    union {
        double number;         /* KPI_NUMBER; KPI_BOOL as 0 or 1 */
        const char16_t *text;  /* KPI_TEXT, not NUL-terminated */
    } u;
} kpi_value;

typedef struct kpi_range kpi_range;

struct kpi_range {
    size_t rows, cols;
    bool omitted;              /* optional argument left out */
    const kpi_value *cells;    /* rows * cols cells, row by row; or NULL and */
    kpi_value (*read)(const kpi_range *r, size_t i); /* cell i read from */
    const void *source;        /* the front end's own data */
};

/* Cell i of a range, row by row, whichever way the range holds it. */
static inline kpi_value kpi_cell(const kpi_range *r, size_t i)
{
    return r->cells ? r->cells[i] : r->read(r, i);
}

/* ---- results and errors --------------------------------------------- */

typedef enum { KPI_RESULT_NUMBER, KPI_RESULT_TEXT } kpi_result_kind;

typedef struct {
    kpi_result_kind kind;
    double number;
    const char *text;          /* static ASCII status word */
} kpi_result;

typedef enum {
    KPI_OK = 0,
    KPI_INVALID_ARGUMENT = 1,  /* the add-in raises IllegalArgumentException */
} kpi_status_code;

#define KPI_MESSAGE_MAX 256

typedef struct {
    kpi_status_code code;
    int arg;                   /* 0-based argument index, -1 if none */
    char message[KPI_MESSAGE_MAX];
} kpi_error;

/* ---- the function table --------------------------------------------- */

#define KPI_MAX_ARGS 5

/* How an argument reaches the core from Calc; it sets the UNO type.
 *  KPI_ARG_RANGE     a value or a range (sequence<sequence<any>>)
 *  KPI_ARG_OPTIONAL  like RANGE, may be left out (any); trailing only
 *  KPI_ARG_AS_TEXT   a value as Calc writes it in the input line
 *                    (sequence<sequence<string>>): the one cheap way Calc
 *                    lets an add-in tell an empty cell from 0.  Numbers
 *                    arrive rounded to 15 significant digits; the add-in
 *                    reads back text that is a number as that number. */
typedef enum { KPI_ARG_RANGE, KPI_ARG_OPTIONAL, KPI_ARG_AS_TEXT } kpi_arg_kind;

typedef struct {
    const char *name;          /* as in the Function Wizard (IDL: camelCase) */
    kpi_arg_kind kind;
    const char *help_en, *help_nl;
    const char *display_nl;    /* Dutch display name in the wizard */
    /* An optional argument's standard-function stand-in when it is left
     * out (may use $k of the arguments before it); NULL if there is none. */
    const char *standard_default;
} kpi_param;

typedef bool (*kpi_impl)(const kpi_range *args, kpi_result *out, kpi_error *err);

typedef struct {
    const char *name;          /* never changes once released */
    kpi_impl impl;
    kpi_result_kind result;
    unsigned nargs;
    kpi_param args[KPI_MAX_ARGS];
    const char *help_en, *help_nl;
    const char *example;       /* a formula with its result, for the reference */
    const char *rules;         /* behaviour in detail, for the reference page */
    /* The same in standard functions (ODF formula syntax, $1..$5 for the
     * arguments) for spreadsheets that must compute without the add-in:
     * with every argument given, and with the optional ones left out
     * (NULL if there are none, or if every optional argument has a
     * standard_default, which then stands in for it).  Invalid input gives
     * an error value. */
    const char *standard, *standard_short;
    /* Where the equivalent still differs from the function, and why (for
     * the reference page; NULL: nowhere known). */
    const char *standard_differs;
    /* The equivalent applies functions to ranges inside SUMPRODUCT: the
     * cell must be an array formula, as Gnumeric evaluates those only there. */
    bool standard_array;
} kpi_function;

extern const kpi_function kpi_functions[];
extern const size_t kpi_function_count;

/* Look a function up by name (ASCII, exact).  NULL if unknown. */
const kpi_function *kpi_find(const char *name);

/*
 * Call one function.  args has fn->nargs entries.  Checks the argument
 * count, omitted required arguments, and that the result is finite; on
 * failure err->message reads "NAME: argument (name): reason".
 */
bool kpi_call(const kpi_function *fn, const kpi_range *args,
              kpi_result *out, kpi_error *err);

/* Put the function and argument names in front of err's reason, as
 * kpi_call does; for front ends that fail before calling. */
void kpi_explain(const kpi_function *fn, kpi_error *err);

/* ---- the functions themselves (also reachable through the table) ----- */

bool kpi_status(const kpi_range *args, kpi_result *out, kpi_error *err);
bool kpi_bonus_malus(const kpi_range *args, kpi_result *out, kpi_error *err);
bool kpi_escalation_level(const kpi_range *args, kpi_result *out, kpi_error *err);
bool kpi_spend_under_contract(const kpi_range *args, kpi_result *out, kpi_error *err);
bool kpi_inkoop_roi(const kpi_range *args, kpi_result *out, kpi_error *err);
bool kpi_cost_avoidance(const kpi_range *args, kpi_result *out, kpi_error *err);
bool kpi_cost_reduction(const kpi_range *args, kpi_result *out, kpi_error *err);
bool kpi_rejection_rate(const kpi_range *args, kpi_result *out, kpi_error *err);
bool kpi_tco(const kpi_range *args, kpi_result *out, kpi_error *err);
bool kpi_price_score(const kpi_range *args, kpi_result *out, kpi_error *err);
bool kpi_price_score_linear(const kpi_range *args, kpi_result *out, kpi_error *err);
bool kpi_weighted_score(const kpi_range *args, kpi_result *out, kpi_error *err);

#endif
