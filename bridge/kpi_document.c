/*
 * A flat ODF spreadsheet's formulas rewritten in place: the document is
 * read with libxml2, every table:formula that calls the add-in gets its
 * standard equivalent, and the tree is written back as it was otherwise.
 * Add-in calls in places other than cells (conditional formats,
 * validations, named expressions) are reported, not rewritten.
 */
#define _GNU_SOURCE /* strcasestr */
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kpi_bridge.h"

#define TABLE_NS "urn:oasis:names:tc:opendocument:xmlns:table:1.0"

void kpi_report_free(kpi_report *r)
{
    free(r->notes);
    r->notes = NULL;
    r->notes_len = 0;
}

static void note(kpi_report *r, const char *fmt, ...)
{
    char line[KPI_BRIDGE_MESSAGE_MAX];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line - 1, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n > sizeof line - 2)
        n = sizeof line - 2;
    line[n++] = '\n';
    char *grown = realloc(r->notes, r->notes_len + (size_t)n + 1);
    if (!grown)
        return; /* the count still says a call was left */
    memcpy(grown + r->notes_len, line, (size_t)n);
    r->notes = grown;
    r->notes_len += (size_t)n;
    r->notes[r->notes_len] = '\0';
}

/* Where we are in the document, for messages. */
typedef struct {
    const char *sheet;
    long row, col;
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

static bool is_table(xmlNode *n, const char *name)
{
    return strcmp((const char *)n->name, name) == 0 && n->ns &&
           strcmp((const char *)n->ns->href, TABLE_NS) == 0;
}

static void visit_cell(xmlNode *cell, const place *at, kpi_report *r)
{
    xmlChar *f = xmlGetNsProp(cell, (const xmlChar *)"formula", (const xmlChar *)TABLE_NS);
    if (!f)
        return;
    if (strcasestr((const char *)f, KPI_CALL_PREFIX)) {
        char *out, why[256] = "", where[64];
        bool array;
        if (kpi_rewrite_formula((const char *)f, &out, &array, why, sizeof why)) {
            xmlNsPtr ns = xmlSearchNsByHref(cell->doc, cell, (const xmlChar *)TABLE_NS);
            xmlSetNsProp(cell, ns, (const xmlChar *)"formula", (const xmlChar *)out);
            /* A one-cell array formula, unless it is one already. */
            if (array && !xmlHasNsProp(cell, (const xmlChar *)"number-matrix-columns-spanned",
                                       (const xmlChar *)TABLE_NS)) {
                xmlSetNsProp(cell, ns, (const xmlChar *)"number-matrix-columns-spanned", (const xmlChar *)"1");
                xmlSetNsProp(cell, ns, (const xmlChar *)"number-matrix-rows-spanned", (const xmlChar *)"1");
            }
            free(out);
            r->rewritten++;
        } else {
            cell_name(at, where, sizeof where);
            note(r, "%s: %s", where, why);
            r->left++;
        }
    }
    xmlFree(f);
}

/* An add-in call in an attribute other than a cell's formula. */
static void visit_other(xmlNode *n, const place *at, kpi_report *r)
{
    for (xmlAttr *a = n->properties; a; a = a->next) {
        if (is_table(n, "table-cell") && strcmp((const char *)a->name, "formula") == 0)
            continue;
        xmlChar *v = xmlNodeGetContent((xmlNode *)a);
        if (v && strcasestr((const char *)v, KPI_CALL_PREFIX)) {
            xmlChar *name = xmlGetNsProp(n, (const xmlChar *)"name", (const xmlChar *)TABLE_NS);
            note(r, "%s: an add-in call in %s %s is not rewritten", at->sheet ? at->sheet : "document",
                 (const char *)n->name, name ? (const char *)name : "");
            xmlFree(name);
            r->left++;
        }
        xmlFree(v);
    }
}

static void walk(xmlNode *node, place *at, kpi_report *r)
{
    for (xmlNode *n = node; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        visit_other(n, at, r);
        if (is_table(n, "table")) {
            xmlChar *sheet = xmlGetNsProp(n, (const xmlChar *)"name", (const xmlChar *)TABLE_NS);
            place inner = {(const char *)sheet, 0, 0};
            walk(n->children, &inner, r);
            xmlFree(sheet);
        } else if (is_table(n, "table-row")) {
            at->col = 0;
            walk(n->children, at, r);
            at->row += repeat(n, "number-rows-repeated");
        } else if (is_table(n, "table-cell") || is_table(n, "covered-table-cell")) {
            visit_cell(n, at, r);
            at->col += repeat(n, "number-columns-repeated");
        } else {
            walk(n->children, at, r);
        }
    }
}

bool kpi_rewrite_fods(const char *in, const char *out, kpi_report *r, char *err, size_t errlen)
{
    memset(r, 0, sizeof *r);
    xmlDocPtr doc = xmlReadFile(in, NULL, XML_PARSE_NONET | XML_PARSE_HUGE | XML_PARSE_NOERROR |
                                              XML_PARSE_NOWARNING);
    if (!doc) {
        snprintf(err, errlen, "%s is not a readable flat ODF spreadsheet (XML)", in);
        return false;
    }
    xmlNode *root = xmlDocGetRootElement(doc);
    if (!root || strcmp((const char *)root->name, "document") != 0) {
        xmlFreeDoc(doc);
        snprintf(err, errlen, "%s is XML but not an ODF document", in);
        return false;
    }
    place all = {NULL, 0, 0};
    walk(root, &all, r);
    int saved = xmlSaveFileEnc(out, doc, "UTF-8");
    xmlFreeDoc(doc);
    if (saved < 0) {
        snprintf(err, errlen, "cannot write %s", out);
        kpi_report_free(r);
        return false;
    }
    return true;
}
