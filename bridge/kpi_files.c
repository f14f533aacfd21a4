/*
 * The files users have: which format a file holds (from its content), and
 * the conversion of any of them into a copy without add-in calls.  The
 * rewrite itself works on flat ODF; an .ods, .ots or .xlsx goes there and
 * back through a headless LibreOffice in a throwaway profile.  Why an
 * office rather than our own zip + OOXML code: this is a Calc extension's
 * tool, the office is there, and only the office writes an .xlsx that
 * keeps every style, chart, conditional format and validation as Calc
 * itself would save them.  Flat ODF in and out needs no office.
 */
#define _GNU_SOURCE /* nftw flags, mkdtemp */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kpi_bridge.h"

/* Room for a temporary folder's path and a name inside it. */
#define PATH_ROOM (PATH_MAX + 64)

#define ODS_MIME "application/vnd.oasis.opendocument.spreadsheet"
#define OTS_MIME "application/vnd.oasis.opendocument.spreadsheet-template"

kpi_format kpi_format_of_name(const char *path)
{
    const char *dot = strrchr(path, '.');
    if (!dot || strchr(dot, '/'))
        return KPI_FMT_NONE;
    static const struct {
        const char *ext;
        kpi_format fmt;
    } names[] = {{".fods", KPI_FMT_FODS}, {".ods", KPI_FMT_ODS}, {".ots", KPI_FMT_OTS}, {".xlsx", KPI_FMT_XLSX}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcasecmp(dot, names[i].ext) == 0)
            return names[i].fmt;
    return KPI_FMT_NONE;
}

static unsigned le16(const unsigned char *p) { return p[0] | (unsigned)p[1] << 8; }
static uint32_t le32(const unsigned char *p) { return le16(p) | (uint32_t)le16(p + 2) << 16; }

/* A zip file: an ODF spreadsheet (its first entry "mimetype", stored), an
 * .xlsx (an entry xl/workbook.xml), or neither. */
static bool sniff_zip(FILE *fp, const char *path, kpi_format *fmt, char *err, size_t errlen)
{
    unsigned char head[30 + 8 + 80];
    size_t n = fread(head, 1, sizeof head, fp);
    if (n >= 38 && le16(head + 8) == 0 && le16(head + 26) == 8 && memcmp(head + 30, "mimetype", 8) == 0) {
        size_t len = le32(head + 18), extra = le16(head + 28);
        char mime[81] = "";
        if (len < sizeof mime && fseek(fp, 38 + (long)extra, SEEK_SET) == 0 && fread(mime, 1, len, fp) == len)
            mime[len] = '\0';
        if (strcmp(mime, ODS_MIME) == 0 || strcmp(mime, OTS_MIME) == 0) {
            *fmt = strcmp(mime, ODS_MIME) == 0 ? KPI_FMT_ODS : KPI_FMT_OTS;
            return true;
        }
        snprintf(err, errlen, "%s is an ODF document but not a spreadsheet (%s)", path, mime);
        return false;
    }
    /* The central directory, found from the end record (no archive comment
     * longer than 64 KiB). */
    long size = fseek(fp, 0, SEEK_END) == 0 ? ftell(fp) : -1;
    long tail = size < 65557 ? size : 65557;
    unsigned char *t = tail > 0 ? malloc((size_t)tail) : NULL;
    bool xlsx = false, found = false;
    if (t && fseek(fp, size - tail, SEEK_SET) == 0 && fread(t, 1, (size_t)tail, fp) == (size_t)tail) {
        for (long i = tail - 22; i >= 0 && !found; i--) {
            if (le32(t + i) != 0x06054b50)
                continue;
            found = true;
            uint32_t cd_size = le32(t + i + 12), cd_off = le32(t + i + 16);
            unsigned char *cd = cd_size < 64u << 20 ? malloc(cd_size) : NULL;
            if (cd && fseek(fp, (long)cd_off, SEEK_SET) == 0 && fread(cd, 1, cd_size, fp) == cd_size) {
                for (uint32_t p = 0; p + 46 <= cd_size && le32(cd + p) == 0x02014b50;) {
                    unsigned name_len = le16(cd + p + 28);
                    if (p + 46 + name_len <= cd_size && name_len == 15 && memcmp(cd + p + 46, "xl/workbook.xml", 15) == 0)
                        xlsx = true;
                    p += 46 + name_len + le16(cd + p + 30) + le16(cd + p + 32);
                }
            }
            free(cd);
        }
    }
    free(t);
    if (xlsx) {
        *fmt = KPI_FMT_XLSX;
        return true;
    }
    snprintf(err, errlen, "%s is a zip file but not a spreadsheet (no ODF mimetype, no xl/workbook.xml)", path);
    return false;
}

bool kpi_sniff(const char *path, kpi_format *fmt, char *err, size_t errlen)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        snprintf(err, errlen, "cannot read %s: %s", path, strerror(errno));
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s is not a file", path);
        return false;
    }
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        snprintf(err, errlen, "cannot read %s: %s", path, strerror(errno));
        return false;
    }
    char head[4096];
    size_t n = fread(head, 1, sizeof head - 1, fp);
    head[n] = '\0';
    bool ok = false;
    if (n >= 4 && memcmp(head, "PK\3\4", 4) == 0) {
        rewind(fp);
        ok = sniff_zip(fp, path, fmt, err, errlen);
    } else if (n >= 8 && memcmp(head, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) == 0) {
        snprintf(err, errlen, "%s is an old binary Office file (.xls?); save it as .xlsx or .ods first", path);
    } else if (strstr(head, "<office:document") && strstr(head, ODS_MIME)) {
        *fmt = KPI_FMT_FODS; /* the template's mimetype starts the same way */
        ok = true;
    } else if (strstr(head, "<?xml") || strstr(head, "<office:")) {
        snprintf(err, errlen, "%s is XML but not a flat ODF spreadsheet", path);
    } else {
        snprintf(err, errlen, "%s is not a spreadsheet (expected .ods, .ots, .fods or .xlsx)", path);
    }
    fclose(fp);
    return ok;
}

/* ---- a headless office in a throwaway profile --------------------------- */

static const char *soffice(void)
{
    const char *env = getenv("KPI_SOFFICE");
    if (env && *env)
        return env;
    return access("/usr/lib/libreoffice/program/soffice", X_OK) == 0 ? "/usr/lib/libreoffice/program/soffice"
                                                                      : "soffice";
}

static bool write_text(const char *path, const char *text)
{
    FILE *fp = fopen(path, "w");
    bool ok = fp && fputs(text, fp) >= 0;
    return fp ? fclose(fp) == 0 && ok : false;
}

/* A profile that recalculates on load, so the copy carries the values its
 * standard functions give rather than the add-in's last results. */
static bool make_profile(const char dir[PATH_MAX])
{
    char path[PATH_ROOM];
    snprintf(path, sizeof path, "%s/profile", dir);
    if (mkdir(path, 0700) != 0)
        return false;
    snprintf(path, sizeof path, "%s/profile/user", dir);
    if (mkdir(path, 0700) != 0)
        return false;
    snprintf(path, sizeof path, "%s/profile/user/registrymodifications.xcu", dir);
    return write_text(path,
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
                      "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
                      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                      "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop oor:name=\"ODFRecalcMode\" "
                      "oor:op=\"fuse\"><value>0</value></prop></item>\n"
                      "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop oor:name=\"OOXMLRecalcMode\" "
                      "oor:op=\"fuse\"><value>0</value></prop></item>\n"
                      "</oor:items>\n");
}

/* soffice --convert-to ext: `src` (whose base name is "doc.*") into
 * dir/out/doc.ext; false if the office wrote nothing. */
static bool office_convert(const char *dir, const char *src, const char *ext, char *result, size_t resultlen)
{
    char profile[PATH_ROOM], outdir[PATH_ROOM], log[PATH_ROOM];
    snprintf(profile, sizeof profile, "-env:UserInstallation=file://%s/profile", dir);
    snprintf(outdir, sizeof outdir, "%s/out", dir);
    snprintf(log, sizeof log, "%s/office.log", dir);
    snprintf(result, resultlen, "%s/doc.%s", outdir, ext);
    unlink(result);
    pid_t pid = fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        int fd = open(log, O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
        }
        execlp(soffice(), "soffice", "--headless", "--norestore", "--nologo", "--nodefault", profile, "--convert-to",
               ext, "--outdir", outdir, src, (char *)NULL);
        _exit(127);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    return access(result, R_OK) == 0;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0;
}

static bool copy_file(const char *from, int to_fd)
{
    FILE *in = fopen(from, "rb");
    if (!in)
        return false;
    char b[65536];
    size_t n;
    bool ok = true;
    while (ok && (n = fread(b, 1, sizeof b, in)) > 0)
        ok = write(to_fd, b, n) == (ssize_t)n;
    ok = ok && !ferror(in);
    fclose(in);
    return ok;
}

static const char *extension(kpi_format f)
{
    return f == KPI_FMT_FODS ? "fods" : f == KPI_FMT_ODS ? "ods" : f == KPI_FMT_OTS ? "ots" : "xlsx";
}

/* Is `out` the file `in` (same path, a link to it)? */
static bool same_file(const char *in, const char *out)
{
    struct stat a, b;
    return stat(in, &a) == 0 && stat(out, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

bool kpi_convert(const char *in, const char *out, kpi_report *r, char *err, size_t errlen)
{
    memset(r, 0, sizeof *r);
    kpi_format from, to = kpi_format_of_name(out);
    if (!kpi_sniff(in, &from, err, errlen))
        return false;
    if (to == KPI_FMT_NONE || to == KPI_FMT_OTS) {
        snprintf(err, errlen, "cannot write %s: the name must end in .xlsx, .ods or .fods", out);
        return false;
    }
    if (same_file(in, out)) {
        snprintf(err, errlen, "%s is the input file; write the copy under another name", out);
        return false;
    }
    /* The final file's temporary sibling first: an unwritable place fails
     * before any work, and the rename at the end is atomic. */
    char part[PATH_MAX];
    if (snprintf(part, sizeof part, "%s.part-XXXXXX", out) >= (int)sizeof part) {
        snprintf(err, errlen, "cannot write %s: name too long", out);
        return false;
    }
    int fd = mkstemp(part);
    if (fd < 0) {
        snprintf(err, errlen, "cannot write %s: %s", out, strerror(errno));
        return false;
    }
    char dir[PATH_MAX], src[2 * PATH_ROOM], flat[2 * PATH_ROOM], std[2 * PATH_ROOM], result[2 * PATH_ROOM];
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, sizeof dir, "%s/kpi_to_standard-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    bool ok = mkdtemp(dir) != NULL;
    if (!ok)
        snprintf(err, errlen, "cannot make a temporary folder: %s", strerror(errno));
    bool office = from != KPI_FMT_FODS || to != KPI_FMT_FODS;
    if (ok && office && !make_profile(dir)) {
        snprintf(err, errlen, "cannot make an office profile in %s", dir);
        ok = false;
    }
    /* In: to flat ODF.  The office names its output after its input. */
    snprintf(flat, sizeof flat, "%s", in);
    if (ok && from != KPI_FMT_FODS) {
        snprintf(src, sizeof src, "%s/doc.%s", dir, extension(from));
        int s = open(src, O_WRONLY | O_CREAT | O_EXCL, 0600);
        ok = s >= 0 && copy_file(in, s);
        if (s >= 0)
            close(s);
        if (ok)
            ok = office_convert(dir, src, "fods", flat, sizeof flat);
        if (!ok)
            snprintf(err, errlen, "the office could not read %s", in);
    }
    snprintf(std, sizeof std, "%s/standard.fods", dir);
    if (ok)
        ok = kpi_rewrite_fods(flat, std, r, err, errlen);
    /* Out: flat ODF to the asked format. */
    snprintf(result, sizeof result, "%s", std);
    if (ok && to != KPI_FMT_FODS) {
        snprintf(src, sizeof src, "%s/doc.fods", dir);
        ok = rename(std, src) == 0 && office_convert(dir, src, extension(to), result, sizeof result);
        if (!ok)
            snprintf(err, errlen, "the office could not write the copy as .%s", extension(to));
    }
    mode_t mask = umask(0);
    umask(mask);
    if (ok && (!copy_file(result, fd) || fchmod(fd, 0666 & ~mask) != 0 || fsync(fd) != 0)) {
        snprintf(err, errlen, "cannot write %s: %s", out, strerror(errno));
        ok = false;
    }
    close(fd);
    if (ok && rename(part, out) != 0) {
        snprintf(err, errlen, "cannot write %s: %s", out, strerror(errno));
        ok = false;
    }
    if (!ok) {
        unlink(part);
        kpi_report_free(r);
    }
    if (dir[0] && strstr(dir, "XXXXXX") == NULL)
        nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    return ok;
}
