/*
 * Writes what is derived from the function table (src/kpi_table.c):
 *   idl        the UNO interface and service (method order = table order,
 *              which the add-in's dispatcher relies on)
 *   xcu        CalcAddIns.xcu, the Function Wizard texts in nl and en-US
 *   reference  docs/FUNCTIONS-REFERENCE.md
 *
 *   kpi_describe write idl=PATH xcu=PATH reference=PATH
 *   kpi_describe check idl=PATH xcu=PATH reference=PATH   (exit 1 if stale)
 *   kpi_describe write --floor idl=PATH xcu=PATH       (the benchmark's floor)
 *   kpi_describe write --floor-read idl=PATH xcu=PATH  (the floor that reads)
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kpi.h"

/* The names differ for the benchmark's floor components (tests/bench). */
typedef struct {
    const char *module_open, *module_close, *interface, *service, *service_full, *prefix;
} names;

static const names product = {"module org { module inkoopkpi {", "}; };", "XKPIFunctions",
                              "KPIFunctions", "org.inkoopkpi.KPIFunctions", ""};
static const names floor_names = {"module org { module inkoopkpi { module bench {", "}; }; };",
                                  "XKPIFloor", "KPIFloor", "org.inkoopkpi.bench.KPIFloor", "FLOOR_"};
static const names floor_read_names = {"module org { module inkoopkpi { module bench {",
                                       "}; }; };", "XKPIFloorRead", "KPIFloorRead",
                                       "org.inkoopkpi.bench.KPIFloorRead", "FLOORREAD_"};
static const names *N = &product;

/* A growing text buffer; the generator is a build tool, so out of memory
 * simply ends it. */
typedef struct {
    char *s;
    size_t len, cap;
} text;

static void put(text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void put(text *t, const char *fmt, ...)
{
    va_list ap;
    for (;;) {
        va_start(ap, fmt);
        int n = vsnprintf(t->s ? t->s + t->len : NULL, t->s ? t->cap - t->len : 0, fmt, ap);
        va_end(ap);
        if (n < 0)
            exit(2);
        if (t->s && t->len + (size_t)n < t->cap) {
            t->len += (size_t)n;
            return;
        }
        t->cap = (t->cap + (size_t)n + 1) * 2;
        t->s = realloc(t->s, t->cap);
        if (!t->s)
            exit(2);
    }
}

/* XML text with &, < and > escaped. */
static void put_xml(text *t, const char *s)
{
    for (; *s; s++) {
        if (*s == '&')
            put(t, "&amp;");
        else if (*s == '<')
            put(t, "&lt;");
        else if (*s == '>')
            put(t, "&gt;");
        else
            put(t, "%c", *s);
    }
}

static void localized(text *t, const char *indent, const char *prop, const char *en, const char *nl)
{
    put(t, "%s<prop oor:name=\"%s\">\n", indent, prop);
    put(t, "%s  <value xml:lang=\"en-US\">", indent);
    put_xml(t, en);
    put(t, "</value>\n%s  <value xml:lang=\"nl\">", indent);
    put_xml(t, nl);
    put(t, "</value>\n%s</prop>\n", indent);
}

/* Only `any` can be optional in Calc.  For a single cell, `any` and
 * sequence<sequence<any>> get 0 from an empty cell; strings get "". */
static const char *uno_type(const kpi_param *p)
{
    switch (p->kind) {
    case KPI_ARG_OPTIONAL:
        return "any";
    case KPI_ARG_AS_TEXT:
        return "sequence< sequence< string > >";
    case KPI_ARG_RANGE:
        break;
    }
    return "sequence< sequence< any > >";
}

/* UNOIDL rejects identifiers like green_norm: the IDL and the xcu node
 * names use greenNorm; the wizard shows the table's name. */
static void put_idl_name(text *t, const char *name)
{
    for (; *name; name++) {
        if (*name == '_' && name[1]) {
            name++;
            put(t, "%c", *name >= 'a' && *name <= 'z' ? *name - 32 : *name);
        } else {
            put(t, "%c", *name);
        }
    }
}

/* An argument's label in the Function Wizard: its name with spaces for `_`
 * and `~`, which GTK and VCL take for keyboard mnemonics and hide
 * ("green_norm" would show as "greennorm").  Names themselves never change. */
static const char *wizard_label(const char *name, char *buf, size_t size)
{
    size_t i = 0;
    for (; name[i] && i + 1 < size; i++)
        buf[i] = name[i] == '_' || name[i] == '~' ? ' ' : name[i];
    buf[i] = '\0';
    return buf;
}

static void make_idl(text *t)
{
    put(t, "/* Generated from src/kpi_table.c by addin/kpi_describe.c: edit the table,\n"
           "   then run `cmake --build build --target regenerate`. */\n\n"
           "%s\n\ninterface %s : com::sun::star::uno::XInterface\n{\n", N->module_open, N->interface);
    for (size_t i = 0; i < kpi_function_count; i++) {
        const kpi_function *f = &kpi_functions[i];
        put(t, "    %s %s%s(", f->result == KPI_RESULT_TEXT ? "string" : "double", N->prefix, f->name);
        for (unsigned a = 0; a < f->nargs; a++)
        {
            put(t, "%s[in] %s ", a ? ", " : "", uno_type(&f->args[a]));
            put_idl_name(t, f->args[a].name);
        }
        put(t, ");\n");
    }
    put(t, "};\n\nservice %s : %s;\n\n%s\n", N->service, N->interface, N->module_close);
}

static void make_xcu(text *t)
{
    put(t, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<!-- Generated from src/kpi_table.c by addin/kpi_describe.c. -->\n"
           "<oor:component-data xmlns:oor=\"http://openoffice.org/2001/registry\"\n"
           "    xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"\n"
           "    oor:name=\"CalcAddIns\" oor:package=\"org.openoffice.Office\">\n"
           "  <node oor:name=\"AddInInfo\">\n"
           "    <node oor:name=\"%s\" oor:op=\"replace\">\n"
           "      <node oor:name=\"AddInFunctions\">\n", N->service_full);
    for (size_t i = 0; i < kpi_function_count; i++) {
        const kpi_function *f = &kpi_functions[i];
        char name[64];
        snprintf(name, sizeof name, "%s%s", N->prefix, f->name);
        put(t, "        <node oor:name=\"%s\" oor:op=\"replace\">\n", name);
        localized(t, "          ", "DisplayName", name, name);
        localized(t, "          ", "Description", f->help_en, f->help_nl);
        put(t, "          <prop oor:name=\"Category\"><value>Add-In</value></prop>\n");
        put(t, "          <node oor:name=\"Parameters\">\n");
        for (unsigned a = 0; a < f->nargs; a++) {
            const kpi_param *p = &f->args[a];
            put(t, "            <node oor:name=\"");
            put_idl_name(t, p->name);
            put(t, "\" oor:op=\"replace\">\n");
            char en[64], nl[64];
            localized(t, "              ", "DisplayName", wizard_label(p->name, en, sizeof en),
                      wizard_label(p->display_nl, nl, sizeof nl));
            localized(t, "              ", "Description", p->help_en, p->help_nl);
            put(t, "            </node>\n");
        }
        put(t, "          </node>\n        </node>\n");
    }
    put(t, "      </node>\n    </node>\n  </node>\n</oor:component-data>\n");
}

static void make_reference(text *t)
{
    put(t, "# Inkoop KPI function reference\n\n"
           "Generated from the function table (`src/kpi_table.c`); do not edit by hand.\n"
           "Arguments are separated by `;` as in Calc. Every invalid argument shows\n"
           "`Err:502`; an input cell holding an error shows that error. Status words\n"
           "are Dutch in every UI language so documents stay portable.\n\n");
    for (size_t i = 0; i < kpi_function_count; i++) {
        const kpi_function *f = &kpi_functions[i];
        put(t, "## %s(", f->name);
        for (unsigned a = 0; a < f->nargs; a++)
            put(t, "%s%s%s%s", a ? "; " : "", f->args[a].kind == KPI_ARG_OPTIONAL ? "[" : "", f->args[a].name,
                f->args[a].kind == KPI_ARG_OPTIONAL ? "]" : "");
        put(t, ") -> %s\n\n%s\n\n*NL:* %s\n\n", f->result == KPI_RESULT_TEXT ? "text" : "number",
            f->help_en, f->help_nl);
        put(t, "| argument | Dutch name | meaning | betekenis |\n| --- | --- | --- | --- |\n");
        for (unsigned a = 0; a < f->nargs; a++) {
            char nl[64];
            put(t, "| `%s`%s | %s | %s | %s |\n", f->args[a].name,
                f->args[a].kind == KPI_ARG_OPTIONAL ? " (optional)" : "",
                wizard_label(f->args[a].display_nl, nl, sizeof nl), f->args[a].help_en, f->args[a].help_nl);
        }
        put(t, "\n**Rules.** %s\n\n**Example.** `%s`\n\n", f->rules, f->example);
        put(t, "**Without the add-in** (`kpi_to_standard`; ODF syntax, `$1`... the arguments):\n`%s`\n\n",
            f->standard);
        if (f->standard_short)
            put(t, "with the optional arguments left out: `%s`\n\n", f->standard_short);
        for (unsigned a = 0; a < f->nargs; a++)
            if (f->args[a].standard_default)
                put(t, "`%s` left out (or left empty) stands for `%s`\n\n", f->args[a].name,
                    f->args[a].standard_default);
        if (f->standard_array)
            put(t, "`kpi_to_standard` makes the cell an array formula: Gnumeric evaluates functions over a range "
                   "inside SUMPRODUCT only there.\n\n");
        if (f->standard_differs)
            put(t, "**Where the equivalent differs.** %s\n\n", f->standard_differs);
    }
}

static int emit(const char *mode, const char *path, const text *t)
{
    if (strcmp(mode, "write") == 0) {
        FILE *fp = fopen(path, "w");
        if (!fp || fwrite(t->s, 1, t->len, fp) != t->len || fclose(fp) != 0) {
            perror(path);
            return 1;
        }
        return 0;
    }
    FILE *fp = fopen(path, "r");
    int same = fp != NULL;
    for (size_t i = 0; same && i < t->len; i++)
        same = fgetc(fp) == (unsigned char)t->s[i];
    if (same)
        same = fgetc(fp) == EOF;
    if (fp)
        fclose(fp);
    if (!same)
        fprintf(stderr, "%s is not what the function table gives; run the 'regenerate' target\n", path);
    return !same;
}

int main(int argc, char **argv)
{
    if (argc < 3 || (strcmp(argv[1], "write") != 0 && strcmp(argv[1], "check") != 0)) {
        fprintf(stderr, "usage: %s write|check [--floor|--floor-read] idl=PATH xcu=PATH reference=PATH\n", argv[0]);
        return 2;
    }
    int failed = 0, first = 2;
    if (strcmp(argv[2], "--floor") == 0 || strcmp(argv[2], "--floor-read") == 0) {
        N = strcmp(argv[2], "--floor") == 0 ? &floor_names : &floor_read_names;
        first = 3;
    }
    for (int i = first; i < argc; i++) {
        text t = {0};
        const char *eq = strchr(argv[i], '=');
        if (!eq)
            return 2;
        size_t klen = (size_t)(eq - argv[i]);
        if (klen == 3 && strncmp(argv[i], "idl", 3) == 0)
            make_idl(&t);
        else if (klen == 3 && strncmp(argv[i], "xcu", 3) == 0)
            make_xcu(&t);
        else if (klen == 9 && strncmp(argv[i], "reference", 9) == 0)
            make_reference(&t);
        else
            return 2;
        failed |= emit(argv[1], eq + 1, &t);
        free(t.s);
    }
    return failed;
}
