/*
 * The menu command Tools > Inkoop KPI > Save a copy for Excel...: a
 * protocol handler (XDispatchProvider, XDispatch, XInitialization) for
 * URLs org.inkoopkpi.menu:*, in C like the add-in.  It asks where to save
 * (.xlsx, or .ods), stores the open document as flat ODF in a temporary
 * folder (storeToURL: the document, its file and its modified state stay
 * as they are), lets the bridge rewrite the add-in calls (the same code as
 * kpi_to_standard), opens that hidden, recalculates it, stores it where
 * the user chose, and says what it did.  No macro, so no security prompt.
 */
#define _GNU_SOURCE /* mkdtemp */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <osl/file.h>

#include "kpi_bridge.h"
#include "kpi_call.h"
#include "kpi_menu.h"
#include "kpi_uno.h"

#define MENU_PROTOCOL "org.inkoopkpi.menu:"
#define MENU_SERVICE "com.sun.star.frame.ProtocolHandler"
#define XLSX_FILTER "Calc MS Excel 2007 XML"
#define ODS_FILTER "calc8"
#define FLAT_FILTER "OpenDocument Spreadsheet Flat XML"

typedef struct {
    uno_Interface iface;
    atomic_int refs;
    uno_Interface *ctx;   /* XComponentContext */
    uno_Interface *frame; /* XFrame of the document, from initialize */
} menu;

/* ---- texts, Dutch or English after the office's language ------------- */

typedef struct {
    const char *title, *xlsx, *ods, *all, *none, *some, *same, *failed, *default_name;
} texts;

static const texts NL = {
    "Kopie voor Excel opslaan", "Excel 2007-365 (.xlsx)", "ODF-rekenblad (.ods)",
    "Kopie opgeslagen als %s.\n\nAlle %d formules met Inkoop KPI-functies zijn herschreven naar "
    "standaardfuncties; het geopende document is niet veranderd.",
    "Kopie opgeslagen als %s.\n\nHet document bevat geen formules met Inkoop KPI-functies.",
    "Kopie opgeslagen als %s.\n\n%d formules zijn herschreven. Deze %d konden niet worden herschreven en "
    "rekenen zonder de uitbreiding niet:\n%s",
    "Kies een andere naam: de kopie mag het geopende document niet vervangen.",
    "De kopie is niet opgeslagen: %s", "kopie-voor-excel"};
static const texts EN = {
    "Save a copy for Excel", "Excel 2007-365 (.xlsx)", "ODF Spreadsheet (.ods)",
    "Copy saved as %s.\n\nAll %d formulas with Inkoop KPI functions were rewritten into standard "
    "functions; the open document is unchanged.",
    "Copy saved as %s.\n\nThe document has no formulas with Inkoop KPI functions.",
    "Copy saved as %s.\n\n%d formulas were rewritten. These %d could not be rewritten and do not compute "
    "without the extension:\n%s",
    "Choose another name: the copy may not replace the open document.",
    "The copy was not saved: %s", "copy-for-excel"};

/* ---- small helpers on top of kpi_call ---------------------------------- */

static uno_Interface *get_iface(uno_Interface *obj, const char *method, kpi_call_error *err)
{
    uno_Interface *out = NULL;
    return kpi_uno_call(obj, method, &out, NULL, err) ? out : NULL;
}

static uno_Interface *service_manager(menu *m, kpi_call_error *err)
{
    return get_iface(m->ctx, "com.sun.star.uno.XComponentContext::getServiceManager", err);
}

static uno_Interface *create(menu *m, const char *service, kpi_call_error *err)
{
    uno_Interface *smgr = service_manager(m, err), *out = NULL;
    rtl_uString *name = kpi_ustr(service);
    void *args[] = {&name, &m->ctx};
    if (smgr)
        kpi_uno_call(smgr, "com.sun.star.lang.XMultiComponentFactory::createInstanceWithContext", &out, args, err);
    rtl_uString_release(name);
    kpi_release(smgr);
    return out;
}

/* Call a method taking one string and returning nothing. */
static bool call_string(uno_Interface *obj, const char *method, const char *value, kpi_call_error *err)
{
    rtl_uString *s = kpi_ustr(value);
    void *args[] = {&s};
    bool ok = kpi_uno_call(obj, method, NULL, args, err);
    rtl_uString_release(s);
    return ok;
}

static char *get_string(uno_Interface *obj, const char *method, kpi_call_error *err)
{
    rtl_uString *s = NULL;
    if (!kpi_uno_call(obj, method, &s, NULL, err))
        return NULL;
    char *out = kpi_utf8(s);
    rtl_uString_release(s);
    return out;
}

static void free_properties(uno_Sequence *props)
{
    if (!props)
        return;
    typelib_TypeDescriptionReference *pv = kpi_type(typelib_TypeClass_STRUCT, "com.sun.star.beans.PropertyValue");
    typelib_TypeDescriptionReference *seq = NULL;
    typelib_static_sequence_type_init(&seq, pv);
    uno_type_destructData(&props, seq, NULL);
    typelib_typedescriptionreference_release(seq);
    typelib_typedescriptionreference_release(pv);
}

/* Is the office's user interface Dutch?  (/org.openoffice.Setup/L10N/ooLocale) */
static bool dutch(menu *m)
{
    kpi_call_error err;
    bool nl = false;
    uno_Interface *provider = create(m, "com.sun.star.configuration.ConfigurationProvider", &err);
    uno_Interface *factory = provider ? kpi_query(provider, "com.sun.star.lang.XMultiServiceFactory") : NULL;
    const char *names[] = {"nodepath"};
    const typelib_TypeClass kinds[] = {typelib_TypeClass_STRING};
    const void *values[] = {"/org.openoffice.Setup/L10N"};
    uno_Sequence *props = kpi_properties(1, names, kinds, values);
    if (factory && props) {
        /* createInstanceWithArguments wants sequence<any>: the property in an any. */
        typelib_TypeDescriptionReference *pv = kpi_type(typelib_TypeClass_STRUCT, "com.sun.star.beans.PropertyValue");
        typelib_TypeDescriptionReference *any_seq = NULL;
        typelib_static_sequence_type_init(&any_seq, *typelib_static_type_getByTypeClass(typelib_TypeClass_ANY));
        uno_Any arg;
        uno_type_any_construct(&arg, props->elements, pv, NULL);
        uno_Sequence *args_seq = NULL;
        uno_type_sequence_construct(&args_seq, any_seq, &arg, 1, NULL);
        uno_any_destruct(&arg, NULL);
        rtl_uString *service = kpi_ustr("com.sun.star.configuration.ConfigurationAccess");
        uno_Interface *access = NULL;
        void *args[] = {&service, &args_seq};
        if (kpi_uno_call(factory, "com.sun.star.lang.XMultiServiceFactory::createInstanceWithArguments", &access, args,
                     &err)) {
            uno_Interface *names_access = kpi_query(access, "com.sun.star.container.XNameAccess");
            rtl_uString *key = kpi_ustr("ooLocale");
            uno_Any value;
            void *kargs[] = {&key};
            if (names_access && kpi_uno_call(names_access, "com.sun.star.container.XNameAccess::getByName", &value,
                                         kargs, &err)) {
                if (value.pType->eTypeClass == typelib_TypeClass_STRING) {
                    char *locale = kpi_utf8(*(rtl_uString **)value.pData);
                    nl = locale && strncmp(locale, "nl", 2) == 0;
                    free(locale);
                }
                uno_any_destruct(&value, NULL);
            }
            rtl_uString_release(key);
            kpi_release(names_access);
            kpi_release(access);
        }
        rtl_uString_release(service);
        uno_type_destructData(&args_seq, any_seq, NULL);
        typelib_typedescriptionreference_release(any_seq);
        typelib_typedescriptionreference_release(pv);
    }
    free_properties(props);
    kpi_release(factory);
    kpi_release(provider);
    return nl;
}

/* storeToURL(url, FilterName=filter) on a document. */
static bool store(uno_Interface *doc, const char *url, const char *filter, kpi_call_error *err)
{
    uno_Interface *storable = kpi_query(doc, "com.sun.star.frame.XStorable");
    const char *names[] = {"FilterName"};
    const typelib_TypeClass kinds[] = {typelib_TypeClass_STRING};
    const void *values[] = {filter};
    uno_Sequence *props = kpi_properties(1, names, kinds, values);
    rtl_uString *u = kpi_ustr(url);
    void *args[] = {&u, &props};
    bool ok = storable && props && kpi_uno_call(storable, "com.sun.star.frame.XStorable::storeToURL", NULL, args, err);
    if (!props)
        snprintf(err->text, sizeof err->text, "unexpected binary layout of PropertyValue");
    rtl_uString_release(u);
    free_properties(props);
    kpi_release(storable);
    return ok;
}

/* ---- the dialogs -------------------------------------------------------- */

static void message(menu *m, bool error, const char *title, const char *text)
{
    kpi_call_error err;
    uno_Interface *toolkit = create(m, "com.sun.star.awt.Toolkit", &err);
    uno_Interface *factory = toolkit ? kpi_query(toolkit, "com.sun.star.awt.XMessageBoxFactory") : NULL;
    uno_Interface *window = get_iface(m->frame, "com.sun.star.frame.XFrame::getContainerWindow", &err);
    uno_Interface *peer = window ? kpi_query(window, "com.sun.star.awt.XWindowPeer") : NULL;
    sal_Int32 type = error ? 3 : 1; /* MessageBoxType ERRORBOX, INFOBOX */
    sal_Int32 buttons = 1;          /* MessageBoxButtons BUTTONS_OK */
    rtl_uString *t = kpi_ustr(title), *s = kpi_ustr(text);
    void *args[] = {&peer, &type, &buttons, &t, &s};
    uno_Interface *box = NULL;
    if (factory && kpi_uno_call(factory, "com.sun.star.awt.XMessageBoxFactory::createMessageBox", &box, args, &err)) {
        sal_Int16 pressed;
        kpi_uno_call(box, "com.sun.star.awt.XMessageBox::execute", &pressed, NULL, &err);
    } else {
        fprintf(stderr, "Inkoop KPI: %s\n", text);
    }
    rtl_uString_release(t);
    rtl_uString_release(s);
    kpi_release(box);
    kpi_release(peer);
    kpi_release(window);
    kpi_release(factory);
    kpi_release(toolkit);
}

static bool ends_with(const char *s, const char *tail)
{
    size_t a = strlen(s), b = strlen(tail);
    return a >= b && strcasecmp(s + a - b, tail) == 0;
}

/* The file URL the user chose (malloc'd), NULL if cancelled. */
static char *ask_target(menu *m, const texts *tx, const char *doc_url, kpi_call_error *err)
{
    uno_Interface *smgr = service_manager(m, err), *picker = NULL;
    if (!smgr)
        return NULL;
    /* FilePicker with TemplateDescription FILESAVE_AUTOEXTENSION (10). */
    rtl_uString *service = kpi_ustr("com.sun.star.ui.dialogs.FilePicker");
    sal_Int16 template_kind = 10;
    uno_Any arg;
    uno_type_any_construct(&arg, &template_kind, *typelib_static_type_getByTypeClass(typelib_TypeClass_SHORT), NULL);
    typelib_TypeDescriptionReference *any_seq = NULL;
    typelib_static_sequence_type_init(&any_seq, *typelib_static_type_getByTypeClass(typelib_TypeClass_ANY));
    uno_Sequence *pargs = NULL;
    uno_type_sequence_construct(&pargs, any_seq, &arg, 1, NULL);
    void *cargs[] = {&service, &pargs, &m->ctx};
    kpi_uno_call(smgr, "com.sun.star.lang.XMultiComponentFactory::createInstanceWithArgumentsAndContext", &picker,
             cargs, err);
    uno_any_destruct(&arg, NULL);
    uno_type_destructData(&pargs, any_seq, NULL);
    typelib_typedescriptionreference_release(any_seq);
    rtl_uString_release(service);
    kpi_release(smgr);
    if (!picker)
        return NULL;

    char *result = NULL;
    uno_Interface *filters = kpi_query(picker, "com.sun.star.ui.dialogs.XFilterManager");
    uno_Interface *files = kpi_query(picker, "com.sun.star.ui.dialogs.XFilePicker");
    uno_Interface *dialog = kpi_query(picker, "com.sun.star.ui.dialogs.XExecutableDialog");
    if (filters && files && dialog) {
        rtl_uString *a = kpi_ustr(tx->xlsx), *b = kpi_ustr("*.xlsx"), *c = kpi_ustr(tx->ods), *d = kpi_ustr("*.ods");
        void *x[] = {&a, &b}, *o[] = {&c, &d};
        kpi_uno_call(filters, "com.sun.star.ui.dialogs.XFilterManager::appendFilter", NULL, x, err);
        kpi_uno_call(filters, "com.sun.star.ui.dialogs.XFilterManager::appendFilter", NULL, o, err);
        rtl_uString_release(a);
        rtl_uString_release(b);
        rtl_uString_release(c);
        rtl_uString_release(d);
        call_string(filters, "com.sun.star.ui.dialogs.XFilterManager::setCurrentFilter", tx->xlsx, err);
        call_string(dialog, "com.sun.star.ui.dialogs.XExecutableDialog::setTitle", tx->title, err);
        /* Beside the document, under its name. */
        char name[512];
        snprintf(name, sizeof name, "%s.xlsx", tx->default_name);
        const char *slash = doc_url ? strrchr(doc_url, '/') : NULL;
        if (slash && strncmp(doc_url, "file://", 7) == 0) {
            char folder[4096];
            snprintf(folder, sizeof folder, "%.*s", (int)(slash - doc_url), doc_url);
            call_string(files, "com.sun.star.ui.dialogs.XFilePicker::setDisplayDirectory", folder, err);
            rtl_uString *u = kpi_ustr(doc_url), *path = NULL;
            if (osl_getSystemPathFromFileURL(u, &path) == osl_File_E_None) {
                char *p = kpi_utf8(path), *base = p ? strrchr(p, '/') : NULL, *dot;
                if (base && (dot = strrchr(base, '.')) != NULL)
                    *dot = '\0';
                if (base)
                    snprintf(name, sizeof name, "%s.xlsx", base + 1);
                free(p);
                rtl_uString_release(path);
            }
            rtl_uString_release(u);
        }
        call_string(files, "com.sun.star.ui.dialogs.XFilePicker::setDefaultName", name, err);
        sal_Int16 answer = 0;
        uno_Sequence *chosen = NULL;
        if (kpi_uno_call(dialog, "com.sun.star.ui.dialogs.XExecutableDialog::execute", &answer, NULL, err) &&
            answer == 1 && kpi_uno_call(files, "com.sun.star.ui.dialogs.XFilePicker::getFiles", &chosen, NULL, err)) {
            if (chosen->nElements > 0)
                result = kpi_utf8(((rtl_uString **)chosen->elements)[0]);
            typelib_TypeDescriptionReference *string_seq = NULL;
            typelib_static_sequence_type_init(&string_seq, *typelib_static_type_getByTypeClass(typelib_TypeClass_STRING));
            uno_type_destructData(&chosen, string_seq, NULL);
            typelib_typedescriptionreference_release(string_seq);
        }
        /* No extension typed: the chosen filter's. */
        if (result && !ends_with(result, ".xlsx") && !ends_with(result, ".ods")) {
            char *current = get_string(filters, "com.sun.star.ui.dialogs.XFilterManager::getCurrentFilter", err);
            const char *ext = current && strcmp(current, tx->ods) == 0 ? ".ods" : ".xlsx";
            char *longer = malloc(strlen(result) + 6);
            if (longer)
                sprintf(longer, "%s%s", result, ext);
            free(result);
            free(current);
            result = longer;
        }
    }
    kpi_release(dialog);
    kpi_release(files);
    kpi_release(filters);
    /* The picker is a component: dispose of it. */
    uno_Interface *component = kpi_query(picker, "com.sun.star.lang.XComponent");
    if (component)
        kpi_uno_call(component, "com.sun.star.lang.XComponent::dispose", NULL, NULL, err);
    kpi_release(component);
    kpi_release(picker);
    return result;
}

/* ---- the command ------------------------------------------------------- */

static char *file_url(const char *path)
{
    rtl_uString *p = kpi_ustr(path), *u = NULL;
    char *out = NULL;
    if (osl_getFileURLFromSystemPath(p, &u) == osl_File_E_None) {
        out = kpi_utf8(u);
        rtl_uString_release(u);
    }
    rtl_uString_release(p);
    return out;
}

/* The rewritten flat ODF: opened hidden, recalculated, stored as target. */
static bool write_copy(menu *m, const char *flat, const char *target, kpi_call_error *err)
{
    uno_Interface *desktop = create(m, "com.sun.star.frame.Desktop", err);
    uno_Interface *loader = desktop ? kpi_query(desktop, "com.sun.star.frame.XComponentLoader") : NULL;
    char *url = file_url(flat);
    const char *names[] = {"Hidden"};
    const typelib_TypeClass kinds[] = {typelib_TypeClass_BOOLEAN};
    const int yes = 1;
    const void *values[] = {&yes};
    uno_Sequence *props = kpi_properties(1, names, kinds, values);
    rtl_uString *u = url ? kpi_ustr(url) : NULL, *frame_name = kpi_ustr("_blank");
    sal_Int32 flags = 0;
    void *args[] = {&u, &frame_name, &flags, &props};
    uno_Interface *doc = NULL;
    bool ok = loader && u && props &&
              kpi_uno_call(loader, "com.sun.star.frame.XComponentLoader::loadComponentFromURL", &doc, args, err) && doc;
    if (ok) {
        uno_Interface *calc = kpi_query(doc, "com.sun.star.sheet.XCalculatable");
        if (calc)
            kpi_uno_call(calc, "com.sun.star.sheet.XCalculatable::calculateAll", NULL, NULL, err);
        kpi_release(calc);
        ok = store(doc, target, ends_with(target, ".ods") ? ODS_FILTER : XLSX_FILTER, err);
        uno_Interface *closeable = kpi_query(doc, "com.sun.star.util.XCloseable");
        sal_Bool deliver = 1;
        void *cargs[] = {&deliver};
        kpi_call_error ignored;
        if (closeable)
            kpi_uno_call(closeable, "com.sun.star.util.XCloseable::close", NULL, cargs, &ignored);
        kpi_release(closeable);
    }
    if (u)
        rtl_uString_release(u);
    rtl_uString_release(frame_name);
    free_properties(props);
    free(url);
    kpi_release(doc);
    kpi_release(loader);
    kpi_release(desktop);
    return ok;
}

static char *shorten_notes(const char *notes)
{
    /* At most 20 cells in a message box; the rest counted. */
    size_t n = 0, lines = 0;
    while (notes && notes[n] && lines < 20)
        if (notes[n++] == '\n')
            lines++;
    char *out = malloc(n + 64);
    if (!out)
        return NULL;
    memcpy(out, notes ? notes : "", n);
    out[n] = '\0';
    if (notes && notes[n])
        strcat(out, "...\n");
    return out;
}

static void save_copy(menu *m)
{
    const texts *tx = dutch(m) ? &NL : &EN;
    kpi_call_error err = {""};
    uno_Interface *controller = get_iface(m->frame, "com.sun.star.frame.XFrame::getController", &err);
    uno_Interface *model = controller ? get_iface(controller, "com.sun.star.frame.XController::getModel", &err) : NULL;
    char *doc_url = model ? get_string(model, "com.sun.star.frame.XModel::getURL", &err) : NULL;
    char *target = model ? ask_target(m, tx, doc_url, &err) : NULL;
    char dir[] = "/tmp/inkoopkpi-copy-XXXXXX", flat[64], std[64], text[4096];
    bool made_dir = false;
    if (!model) {
        snprintf(text, sizeof text, tx->failed, err.text);
        message(m, true, tx->title, text);
    } else if (!target) {
        /* cancelled, or the dialog failed */
        if (err.text[0])
            fprintf(stderr, "Inkoop KPI: %s\n", err.text);
    } else if (doc_url && strcmp(doc_url, target) == 0) {
        message(m, true, tx->title, tx->same);
    } else if (!(made_dir = mkdtemp(dir) != NULL)) {
        snprintf(text, sizeof text, tx->failed, "no temporary folder");
        message(m, true, tx->title, text);
    } else {
        snprintf(flat, sizeof flat, "%s/document.fods", dir);
        snprintf(std, sizeof std, "%s/standard.fods", dir);
        char *flat_url = file_url(flat);
        kpi_report report = {0};
        char why[KPI_BRIDGE_MESSAGE_MAX] = "";
        bool ok = flat_url && store(model, flat_url, FLAT_FILTER, &err);
        if (ok && !kpi_rewrite_fods(flat, std, &report, why, sizeof why)) {
            snprintf(err.text, sizeof err.text, "%s", why);
            ok = false;
        }
        if (ok)
            ok = write_copy(m, std, target, &err);
        rtl_uString *tu = kpi_ustr(target), *tpath = NULL;
        char *shown = osl_getSystemPathFromFileURL(tu, &tpath) == osl_File_E_None ? kpi_utf8(tpath) : NULL;
        if (tpath)
            rtl_uString_release(tpath);
        rtl_uString_release(tu);
        if (!ok) {
            snprintf(text, sizeof text, tx->failed, err.text);
        } else if (report.left) {
            char *list = shorten_notes(report.notes);
            snprintf(text, sizeof text, tx->some, shown ? shown : target, report.rewritten, report.left,
                     list ? list : "");
            free(list);
        } else if (report.rewritten) {
            snprintf(text, sizeof text, tx->all, shown ? shown : target, report.rewritten);
        } else {
            snprintf(text, sizeof text, tx->none, shown ? shown : target);
        }
        message(m, !ok, tx->title, text);
        kpi_report_free(&report);
        free(shown);
        free(flat_url);
        unlink(flat);
        unlink(std);
    }
    if (made_dir)
        rmdir(dir);
    free(target);
    free(doc_url);
    kpi_release(model);
    kpi_release(controller);
}

/* ---- the UNO object ---------------------------------------------------- */

static const char *const MENU_TYPES[] = {
    "com.sun.star.uno.XInterface",          "com.sun.star.lang.XTypeProvider",
    "com.sun.star.lang.XServiceInfo",       "com.sun.star.frame.XDispatchProvider",
    "com.sun.star.frame.XDispatch",         "com.sun.star.lang.XInitialization"};
#define MENU_TYPE_COUNT (sizeof MENU_TYPES / sizeof MENU_TYPES[0])

static void SAL_CALL menu_acquire(uno_Interface *iface)
{
    atomic_fetch_add(&((menu *)iface)->refs, 1);
}

static void SAL_CALL menu_release(uno_Interface *iface)
{
    menu *m = (menu *)iface;
    if (atomic_fetch_sub(&m->refs, 1) == 1) {
        kpi_release(m->frame);
        kpi_release(m->ctx);
        free(m);
    }
}

static bool url_is_ours(const void *url_struct)
{
    /* com.sun.star.util.URL starts with Complete. */
    const rtl_uString *complete = *(rtl_uString *const *)url_struct;
    sal_Int32 n = (sal_Int32)strlen(MENU_PROTOCOL);
    return complete && complete->length >= n &&
           rtl_ustr_ascii_shortenedCompare_WithLength(complete->buffer, complete->length, MENU_PROTOCOL, n) == 0;
}

static typelib_TypeDescriptionReference *sequence_of_type(const char *element, typelib_TypeClass cls)
{
    typelib_TypeDescriptionReference *e = kpi_type(cls, element), *seq = NULL;
    typelib_static_sequence_type_init(&seq, e);
    typelib_typedescriptionreference_release(e);
    return seq;
}

static void SAL_CALL menu_dispatch(uno_Interface *self, const typelib_TypeDescription *member, void *ret,
                                   void *args[], uno_Any **exc)
{
    menu *m = (menu *)self;
    *exc = NULL;
    if (kpi_uno_member_is(member, "queryInterface")) {
        typelib_TypeDescriptionReference *want = *(typelib_TypeDescriptionReference **)args[0];
        for (size_t i = 0; i < MENU_TYPE_COUNT; i++) {
            if (rtl_ustr_ascii_compare_WithLength(want->pTypeName->buffer, want->pTypeName->length, MENU_TYPES[i]) ==
                0) {
                uno_type_any_construct((uno_Any *)ret, &self, want, NULL);
                return;
            }
        }
        uno_any_construct((uno_Any *)ret, NULL, NULL, NULL);
    } else if (kpi_uno_member_is(member, "acquire")) {
        menu_acquire(self);
    } else if (kpi_uno_member_is(member, "release")) {
        menu_release(self);
    } else if (kpi_uno_member_is(member, "getTypes")) {
        typelib_TypeDescriptionReference *refs[MENU_TYPE_COUNT];
        for (size_t i = 0; i < MENU_TYPE_COUNT; i++)
            refs[i] = kpi_type(typelib_TypeClass_INTERFACE, MENU_TYPES[i]);
        uno_type_sequence_construct((uno_Sequence **)ret, kpi_uno_types_get()->type_sequence, refs,
                                    (sal_Int32)MENU_TYPE_COUNT, NULL);
        for (size_t i = 0; i < MENU_TYPE_COUNT; i++)
            typelib_typedescriptionreference_release(refs[i]);
    } else if (kpi_uno_member_is(member, "getImplementationId")) {
        uno_type_sequence_construct((uno_Sequence **)ret, kpi_uno_types_get()->byte_sequence, NULL, 0, NULL);
    } else if (kpi_uno_member_is(member, "getImplementationName")) {
        *(rtl_uString **)ret = kpi_ustr(KPI_MENU_IMPLEMENTATION);
    } else if (kpi_uno_member_is(member, "supportsService")) {
        const rtl_uString *s = *(rtl_uString **)args[0];
        *(sal_Bool *)ret = rtl_ustr_ascii_compare_WithLength(s->buffer, s->length, MENU_SERVICE) == 0;
    } else if (kpi_uno_member_is(member, "getSupportedServiceNames")) {
        rtl_uString *name = kpi_ustr(MENU_SERVICE);
        uno_type_sequence_construct((uno_Sequence **)ret, kpi_uno_types_get()->string_sequence, &name, 1, NULL);
        rtl_uString_release(name);
    } else if (kpi_uno_member_is(member, "initialize")) {
        /* The frame the command is for, among the arguments. */
        uno_Sequence *seq = *(uno_Sequence **)args[0];
        uno_Any *a = (uno_Any *)seq->elements;
        for (sal_Int32 i = 0; i < seq->nElements; i++) {
            if (a[i].pType->eTypeClass == typelib_TypeClass_INTERFACE && *(uno_Interface **)a[i].pData) {
                uno_Interface *frame = kpi_query(*(uno_Interface **)a[i].pData, "com.sun.star.frame.XFrame");
                if (frame) {
                    kpi_release(m->frame);
                    m->frame = frame;
                }
            }
        }
    } else if (kpi_uno_member_is(member, "queryDispatch")) {
        uno_Interface *answer = url_is_ours(args[0]) && m->frame ? self : NULL;
        if (answer)
            menu_acquire(answer);
        *(uno_Interface **)ret = answer;
    } else if (kpi_uno_member_is(member, "queryDispatches")) {
        typelib_TypeDescriptionReference *seq = sequence_of_type("com.sun.star.frame.XDispatch",
                                                                 typelib_TypeClass_INTERFACE);
        uno_type_sequence_construct((uno_Sequence **)ret, seq, NULL, 0, NULL);
        typelib_typedescriptionreference_release(seq);
    } else if (kpi_uno_member_is(member, "dispatch")) {
        if (url_is_ours(args[0]) && m->frame && m->ctx)
            save_copy(m);
    } else if (kpi_uno_member_is(member, "addStatusListener") ||
               kpi_uno_member_is(member, "removeStatusListener")) {
        /* always enabled: nothing to report */
    } else {
        kpi_uno_raise(exc, false, "unknown method of the Inkoop KPI menu command", -1);
    }
}

uno_Interface *kpi_menu_new(uno_Interface *ctx)
{
    menu *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->iface.acquire = menu_acquire;
    m->iface.release = menu_release;
    m->iface.pDispatcher = menu_dispatch;
    atomic_init(&m->refs, 1);
    if (ctx) {
        ctx->acquire(ctx);
        m->ctx = ctx;
    }
    return &m->iface;
}
