/*
 * kpi_to_standard: rewrites a flat ODF spreadsheet (.fods) that uses the
 * Inkoop KPI add-in so that it computes without it: every call
 * ORG.INKOOPKPI.KPIFUNCTIONS.NAME(...) in a formula becomes the function's
 * standard-function equivalent from the function table (kpi_table.c),
 * nested calls and range arguments included.
 *
 *   kpi_to_standard IN.fods OUT.fods
 *
 * A call it cannot rewrite (an unknown name, a wrong number of arguments,
 * a formula it cannot parse) is reported as SHEET.CELL: reason, and that
 * formula is left exactly as it was; so is everything else in the file.
 * Exit status: 0 all rewritten, 1 some left, 2 the file could not be read
 * or written.  libxml2 reads and writes the document.
 */
#define _GNU_SOURCE /* strcasestr */
#include <ctype.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kpi.h"

#define PREFIX "ORG.INKOOPKPI.KPIFUNCTIONS."
#define TABLE_NS "urn:oasis:names:tc:opendocument:xmlns:table:1.0"

/* A growing string. */
typedef struct {
    char *s;
    size_t len, cap;
} buf;

static void add(buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->s = realloc(b->s, b->cap);
        if (!b->s) {
            fputs("kpi_to_standard: out of memory\n", stderr);
            exit(2);
        }
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

static int rewrite(const char *p, size_t n, buf *out, char *why, size_t whylen);

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
                        char *why, size_t whylen)
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
        ok = rewrite(args[i], lens[i], &parts[i], why, whylen);
    if (ok && !put_form(out, form, fn, parts, lens, nargs, 0)) {
        snprintf(why, whylen, "%s: a left-out argument has no standard equivalent", fname);
        ok = 0;
    }
    for (int i = 0; i < nargs; i++)
        free(parts[i].s);
    return ok;
}

/* Rewrite the formula text p[0..n) into out; 0 with a reason if it cannot. */
static int rewrite(const char *p, size_t n, buf *out, char *why, size_t whylen)
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
            if (!rewrite_call(name, (size_t)(q - name), &after, end, out, why, whylen))
                return 0;
            p = after;
        } else {
            add(out, p, 1);
            p++;
        }
    }
    return 1;
}

/* Where we are in the document, for messages. */
typedef struct {
    const char *sheet;
    long row, col;
    int rewritten, left;
} place;

static long repeat(xmlNode *n, const char *attr)
{
    xmlChar *v = xmlGetNsProp(n, (const xmlChar *)attr, (const xmlChar *)TABLE_NS);
    long r = v ? atol((const char *)v) : 1;
    xmlFree(v);
    return r > 0 ? r : 1;
}

static void cell_name(const place *at, char *out, size_t n)
{
    char letters[8];
    int k = 0;
    for (long c = at->col + 1; c > 0 && k < 7; c = (c - 1) / 26)
        letters[k++] = (char)('A' + (c - 1) % 26);
    char col[8];
    for (int i = 0; i < k; i++)
        col[i] = letters[k - 1 - i];
    col[k] = '\0';
    snprintf(out, n, "%s.%s%ld", at->sheet ? at->sheet : "?", col, at->row + 1);
}

static void visit_cell(xmlNode *cell, place *at)
{
    xmlChar *f = xmlGetNsProp(cell, (const xmlChar *)"formula", (const xmlChar *)TABLE_NS);
    if (!f)
        return;
    const char *text = (const char *)f;
    if (!strcasestr(text, PREFIX)) {
        xmlFree(f);
        return;
    }
    buf out = {0};
    char why[256] = "", where[64];
    if (rewrite(text, strlen(text), &out, why, sizeof why)) {
        xmlNsPtr ns = xmlSearchNsByHref(cell->doc, cell, (const xmlChar *)TABLE_NS);
        xmlSetNsProp(cell, ns, (const xmlChar *)"formula", (const xmlChar *)out.s);
        at->rewritten++;
    } else {
        cell_name(at, where, sizeof where);
        fprintf(stderr, "%s: %s; left as it was\n", where, why);
        at->left++;
    }
    free(out.s);
    xmlFree(f);
}

static void walk(xmlNode *node, place *at)
{
    for (xmlNode *n = node; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) {
            continue;
        }
        const char *name = (const char *)n->name;
        if (strcmp(name, "table") == 0 && n->ns && strcmp((const char *)n->ns->href, TABLE_NS) == 0) {
            xmlChar *sheet = xmlGetNsProp(n, (const xmlChar *)"name", (const xmlChar *)TABLE_NS);
            place inner = {(const char *)sheet, 0, 0, 0, 0};
            walk(n->children, &inner);
            at->rewritten += inner.rewritten;
            at->left += inner.left;
            xmlFree(sheet);
        } else if (strcmp(name, "table-row") == 0) {
            at->col = 0;
            walk(n->children, at);
            at->row += repeat(n, "number-rows-repeated");
        } else if (strcmp(name, "table-cell") == 0 || strcmp(name, "covered-table-cell") == 0) {
            visit_cell(n, at);
            at->col += repeat(n, "number-columns-repeated");
        } else {
            walk(n->children, at);
        }
    }
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fputs("usage: kpi_to_standard IN.fods OUT.fods\n", stderr);
        return 2;
    }
    xmlDocPtr doc = xmlReadFile(argv[1], NULL, XML_PARSE_NONET | XML_PARSE_HUGE);
    if (!doc) {
        fprintf(stderr, "kpi_to_standard: cannot read %s as XML\n", argv[1]);
        return 2;
    }
    place all = {NULL, 0, 0, 0, 0};
    walk(xmlDocGetRootElement(doc), &all);
    int saved = xmlSaveFileEnc(argv[2], doc, "UTF-8");
    xmlFreeDoc(doc);
    xmlCleanupParser();
    if (saved < 0) {
        fprintf(stderr, "kpi_to_standard: cannot write %s\n", argv[2]);
        return 2;
    }
    fprintf(stderr, "kpi_to_standard: %d formulas rewritten, %d left as they were\n", all.rewritten, all.left);
    return all.left ? 1 : 0;
}
