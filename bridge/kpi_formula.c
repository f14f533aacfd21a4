/*
 * One formula's add-in calls into standard functions: every call
 * ORG.INKOOPKPI.KPIFUNCTIONS.NAME(...) (any case: an office without the
 * extension saves the names in lower case) becomes the function's
 * standard-function equivalent from the function table (kpi_table.c),
 * nested calls and range arguments included.  ODF formula syntax.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kpi.h"
#include "kpi_bridge.h"

#define PREFIX KPI_CALL_PREFIX

/* A growing string; `failed` once memory ran out (the text is then cut). */
typedef struct {
    char *s;
    size_t len, cap;
    bool failed;
} buf;

static void add(buf *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->len + n + 1) * 2;
        char *grown = realloc(b->s, cap);
        if (!grown) {
            b->failed = true;
            return;
        }
        b->s = grown;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

static void adds(buf *b, const char *s) { add(b, s, strlen(s)); }

/* Length of the token at p that is copied as it is: a string literal
 * ("" escapes a quote), a reference in [...], or an inline array {...}. */
static size_t opaque(const char *p)
{
    const char *q = p;
    if (*q == '"') {
        for (q++; *q; q++)
            if (*q == '"' && *++q != '"')
                return (size_t)(q - p);
        return 0; /* unterminated */
    }
    char close = *q == '[' ? ']' : '}';
    for (q++; *q && *q != close; q++)
        if (*q == '\'') /* quoted sheet name */
            for (q++; *q && *q != '\''; q++)
                ;
    return *q ? (size_t)(q + 1 - p) : 0;
}

static int rewrite(const char *p, size_t n, buf *out, bool *array, char *why, size_t whylen);

/* Does an argument need parentheses to keep its meaning inside the
 * equivalent?  Only if it has an operator outside brackets: a plain
 * reference must stay bare, as Gnumeric reads "(A1:A9)" as one cell. */
static int needs_parens(const char *p, size_t n)
{
    int depth = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '"' || p[i] == '[' || p[i] == '{') {
            size_t k = opaque(p + i);
            if (!k)
                return 1;
            i += k - 1;
        } else if (p[i] == '(') {
            depth++;
        } else if (p[i] == ')') {
            depth--;
        } else if (depth == 0 && strchr("+-*/^&=<>%~! ", p[i])) {
            return 1;
        }
    }
    return 0;
}

/* An equivalent's text with $k replaced by argument k (in parentheses where
 * it needs them), or by the argument's standard_default where it was left
 * out; a default may itself use the arguments given.  0 if one is missing. */
static int put_form(buf *out, const char *form, const kpi_function *fn, const buf *parts,
                    const size_t *lens, int nargs, int depth)
{
    for (const char *f = form; *f; f++) {
        if (*f == '$' && f[1] >= '1' && f[1] <= '0' + (int)fn->nargs) {
            int k = *++f - '1';
            if (k < nargs && lens[k] > 0) {
                int wrap = needs_parens(parts[k].s, parts[k].len);
                adds(out, wrap ? "(" : "");
                add(out, parts[k].s, parts[k].len);
                adds(out, wrap ? ")" : "");
            } else if (depth == 0 && fn->args[k].standard_default) {
                const char *d = fn->args[k].standard_default;
                int wrap = needs_parens(d, strlen(d));
                adds(out, wrap ? "(" : "");
                if (!put_form(out, d, fn, parts, lens, nargs, 1))
                    return 0;
                adds(out, wrap ? ")" : "");
            } else {
                return 0;
            }
        } else {
            add(out, f, 1);
        }
    }
    return 1;
}

/* The call at p (just after "NAME("): split its arguments at top-level
 * ';', rewrite each, and put the equivalent with $k replaced. */
static int rewrite_call(const char *name, size_t namelen, const char **pp, const char *end, buf *out,
                        bool *array, char *why, size_t whylen)
{
    const char *p = *pp, *arg = p;
    const char *args[KPI_MAX_ARGS + 1];
    size_t lens[KPI_MAX_ARGS + 1];
    int nargs = 0, depth = 0;
    char fname[64];

    if (namelen >= sizeof fname)
        namelen = sizeof fname - 1;
    for (size_t i = 0; i < namelen; i++)
        fname[i] = (char)toupper((unsigned char)name[i]);
    fname[namelen] = '\0';
    const kpi_function *fn = kpi_find(fname);
    if (!fn) {
        snprintf(why, whylen, "unknown function %s%s", PREFIX, fname);
        return 0;
    }
    for (; p < end; p++) {
        if (*p == '"' || *p == '[' || *p == '{') {
            size_t k = opaque(p);
            if (!k)
                break;
            p += k - 1;
        } else if (*p == '(') {
            depth++;
        } else if ((*p == ';' || *p == ')') && depth == 0) {
            if (nargs > KPI_MAX_ARGS) {
                snprintf(why, whylen, "%s: too many arguments", fname);
                return 0;
            }
            args[nargs] = arg;
            lens[nargs++] = (size_t)(p - arg);
            arg = p + 1;
            if (*p == ')')
                break;
        } else if (*p == ')') {
            depth--;
        }
    }
    if (p >= end || *p != ')') {
        snprintf(why, whylen, "%s: cannot find the end of the call", fname);
        return 0;
    }
    *pp = p + 1;
    if (nargs == 1 && lens[0] == 0)
        nargs = 0;

    unsigned required = 0;
    while (required < fn->nargs && fn->args[required].kind != KPI_ARG_OPTIONAL)
        required++;
    /* Arguments left out, at the end or empty in the middle, take their
     * standard_default; where one has none, only the call without any
     * optional argument has a form (standard_short). */
    int defaults = (unsigned)nargs >= required && (unsigned)nargs <= fn->nargs;
    for (unsigned i = 0; defaults && i < fn->nargs; i++)
        if (i >= (unsigned)nargs || lens[i] == 0)
            defaults = fn->args[i].standard_default != NULL;
    const char *form = defaults ? fn->standard
                       : ((unsigned)nargs == required ? fn->standard_short : NULL);
    for (int i = 0; form && !defaults && i < nargs; i++)
        if (lens[i] == 0)
            form = NULL; /* an argument left empty in the middle */
    if (!form) {
        snprintf(why, whylen, "%s with %d arguments has no standard equivalent (it takes %u, or %u)",
                 fname, nargs, fn->nargs, required);
        return 0;
    }

    buf parts[KPI_MAX_ARGS] = {{0}};
    int ok = 1;
    for (int i = 0; i < nargs && ok; i++)
        ok = rewrite(args[i], lens[i], &parts[i], array, why, whylen);
    if (fn->standard_array)
        *array = true;
    if (ok && !put_form(out, form, fn, parts, lens, nargs, 0)) {
        snprintf(why, whylen, "%s: a left-out argument has no standard equivalent", fname);
        ok = 0;
    }
    for (int i = 0; i < nargs; i++) {
        out->failed |= parts[i].failed;
        free(parts[i].s);
    }
    return ok;
}

/* Rewrite the formula text p[0..n) into out; 0 with a reason if it cannot. */
static int rewrite(const char *p, size_t n, buf *out, bool *array, char *why, size_t whylen)
{
    const char *end = p + n;
    add(out, "", 0);
    while (p < end) {
        if (*p == '"' || *p == '[' || *p == '{') {
            size_t k = opaque(p);
            if (!k || p + k > end) {
                snprintf(why, whylen, "cannot parse the formula");
                return 0;
            }
            add(out, p, k);
            p += k;
        } else if ((size_t)(end - p) > strlen(PREFIX) && strncasecmp(p, PREFIX, strlen(PREFIX)) == 0 &&
                   (p == end - n || !(isalnum((unsigned char)p[-1]) || p[-1] == '.' || p[-1] == '_'))) {
            const char *name = p + strlen(PREFIX), *q = name;
            while (q < end && (isalnum((unsigned char)*q) || *q == '_'))
                q++;
            if (q >= end || *q != '(') {
                snprintf(why, whylen, "cannot parse the call at %.40s", p);
                return 0;
            }
            const char *after = q + 1;
            if (!rewrite_call(name, (size_t)(q - name), &after, end, out, array, why, whylen))
                return 0;
            p = after;
        } else {
            add(out, p, 1);
            p++;
        }
    }
    return 1;
}

bool kpi_rewrite_formula(const char *formula, char **out, bool *array, char *why, size_t whylen)
{
    buf b = {0};
    *array = false;
    int ok = rewrite(formula, strlen(formula), &b, array, why, whylen);
    if (ok && b.failed) {
        snprintf(why, whylen, "out of memory");
        ok = 0;
    }
    if (!ok) {
        free(b.s);
        *out = NULL;
        return false;
    }
    *out = b.s;
    return true;
}
