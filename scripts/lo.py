"""A headless LibreOffice with the extension installed in a throwaway profile.

The machine's own office and profiles are never touched: every run gets a
fresh profile directory.  unopkg refuses a per-user install as root, so when
we are root the office runs as an unprivileged user (created if missing).
"""
import os
import pwd
import shutil
import subprocess
import tempfile

PROGRAM = os.environ.get("LO_PROGRAM", "/usr/lib/libreoffice/program")
TEST_USER = "inkoopkpi-test"
# LO_CHROOT: the root of a chroot holding another office (LibreOffice 25.2,
# scripts/setup-office25.sh); PROGRAM is then inside it.  /tmp and the
# repository are bound in at the same paths (scripts/in-chroot.sh).
CHROOT = os.environ.get("LO_CHROOT") or None
IN_CHROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "in-chroot.sh")


def _uno():
    """python3-uno, started with the types of the office we talk to: our
    7.4 must know a newer office's types, or the bridge breaks on the first
    reply that carries a new one (loading a document did)."""
    if CHROOT and "UNO_TYPES" not in os.environ:
        types = "file://" + os.path.join(CHROOT, PROGRAM.lstrip("/"))
        os.environ["UNO_TYPES"] = " ".join(
            types + "/" + f for f in ("types.rdb", "types/offapi.rdb", "types/oovbaapi.rdb"))
        try:
            import uno  # bootstraps once, reading UNO_TYPES
        finally:
            del os.environ["UNO_TYPES"]  # not for the offices we start
    import uno
    return uno


def _command(cmd, user):
    """cmd run as user (None: ourselves), in the chroot if there is one."""
    if CHROOT:
        return [IN_CHROOT, CHROOT, user or "root"] + cmd
    return ["runuser", "-u", user, "--"] + cmd if user else cmd


def _unprivileged_user():
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(TEST_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--create-home", TEST_USER], check=True)
    return TEST_USER


class Office:
    """One throwaway profile with the .oxt installed.  Use as a context manager."""

    def __init__(self, oxt, recalc_on_load=True, extra=(), locale=None, ui_language=None):
        """oxt: the extension to install, or None for a bare office; extra:
        more extensions (the benchmark's floor).  recalc_on_load:
        recalculate documents on load (else never).  locale: the office's
        locale setting, e.g. "nl-NL" (default: the system's).  ui_language:
        the language of the user interface, e.g. "nl" (its language pack
        installed; default: the system's)."""
        self.oxt = os.path.abspath(oxt) if oxt else None
        self.extra = [os.path.abspath(x) for x in extra]
        self.recalc_on_load = recalc_on_load
        self.locale = locale
        self.ui_language = ui_language
        self.user = _unprivileged_user()

    def __enter__(self):
        self.dir = tempfile.mkdtemp(prefix="inkoopkpi-office-")
        os.chmod(self.dir, 0o755)
        self.profile = os.path.join(self.dir, "profile")
        self._write_recalc_settings()
        self._give_to_user(self.dir)
        _print_version_once()
        for oxt in ([self.oxt] if self.oxt else []) + self.extra:
            shutil.copy(oxt, self.dir)
            self._give_to_user(self.dir)
            self.run([os.path.join(PROGRAM, "unopkg"), "add", "-s", self.env(),
                      os.path.join(self.dir, os.path.basename(oxt))])
        return self

    def __exit__(self, *exc):
        shutil.rmtree(self.dir, ignore_errors=True)

    def env(self):
        return "-env:UserInstallation=file://" + self.profile

    def _write_recalc_settings(self):
        # Recalculate ODF and OOXML documents on load (0 = always), so that a
        # reopened document shows what the add-in computes now; or never (1),
        # to see the results a file carries.
        user = os.path.join(self.profile, "user")
        os.makedirs(user, exist_ok=True)
        items = "".join(
            '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
            '<prop oor:name="%s" oor:op="fuse"><value>%d</value></prop></item>\n'
            % (name, 0 if self.recalc_on_load else 1)
            for name in ("ODFRecalcMode", "OOXMLRecalcMode"))
        if self.locale:
            items += ('<item oor:path="/org.openoffice.Setup/L10N">'
                      '<prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>%s</value></prop>'
                      '</item>\n' % self.locale)
        if self.ui_language:
            items += ('<item oor:path="/org.openoffice.Office.Linguistic/General">'
                      '<prop oor:name="UILocale" oor:op="fuse"><value>%s</value></prop></item>\n'
                      '<item oor:path="/org.openoffice.Setup/L10N">'
                      '<prop oor:name="ooLocale" oor:op="fuse"><value>%s</value></prop></item>\n'
                      % (self.ui_language, self.ui_language))
        with open(os.path.join(user, "registrymodifications.xcu"), "w") as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                    'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
                    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                    + items + '</oor:items>\n')

    def _give_to_user(self, path):
        if self.user:
            subprocess.run(["chown", "-R", self.user, path], check=True)

    def run(self, cmd, timeout=600, **kw):
        return subprocess.run(_command(cmd, self.user), check=True, timeout=timeout, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, **kw)

    def workdir(self, name):
        """A directory inside the profile's folder that the office may write."""
        path = os.path.join(self.dir, name)
        os.makedirs(path, exist_ok=True)
        self._give_to_user(path)
        return path

    def convert(self, src, fmt, outdir):
        """soffice --convert-to fmt into outdir; returns the path of the
        written file (a filter writing one file per sheet writes more)."""
        work = self.workdir("in")
        local = os.path.join(work, os.path.basename(src))
        shutil.copy(src, local)
        self._give_to_user(local)
        out = self.workdir("out")
        self.run([os.path.join(PROGRAM, "soffice"), "--headless", "--norestore", self.env(),
                  "--convert-to", fmt, "--outdir", out, local])
        os.makedirs(outdir, exist_ok=True)
        base = os.path.splitext(os.path.basename(src))[0]
        written = [f for f in os.listdir(out) if f.startswith(base)]
        for f in written:
            shutil.move(os.path.join(out, f), os.path.join(outdir, f))
        ext = fmt.split(":")[0]
        return os.path.join(outdir, base + "." + ext)

    def list_extensions(self):
        return self.run([os.path.join(PROGRAM, "unopkg"), "list", self.env()]).stdout


class Session:
    """An API session (python3-uno) with a headless office started on the
    profile of `office`; talks over a loopback socket, so it works when the
    office runs as another user.  Use as a context manager."""

    def __init__(self, office, port=None, display=None):
        """display: an X display (scripts/gui.py) to show real windows on,
        instead of running headless."""
        import random
        self.office = office
        self.port = port or random.randint(20000, 40000)
        self.display = display

    def __enter__(self):
        import time
        uno = _uno()
        cmd = [os.path.join(PROGRAM, "soffice"), "--norestore", "--nologo", "--nodefault",
               self.office.env(), "--accept=socket,host=127.0.0.1,port=%d;urp;" % self.port]
        if self.display is None:
            cmd.insert(1, "--headless")
        else:
            cmd = ["env", "DISPLAY=" + self.display] + cmd
        self.proc = subprocess.Popen(_command(cmd, self.office.user),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        url = "uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % self.port
        for _ in range(120):
            try:
                self.ctx = resolver.resolve(url)
                break
            except Exception:
                if self.proc.poll() is not None:
                    raise RuntimeError("the office ended before accepting a connection")
                time.sleep(0.5)
        else:
            raise RuntimeError("no connection to the office")
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        return self

    def __exit__(self, *exc):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()

    def load(self, path, hidden=True):
        import uno
        from com.sun.star.beans import PropertyValue
        props = (PropertyValue(Name="Hidden", Value=hidden),)
        return self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)),
                                                 "_blank", 0, props)


def pdf_page_texts(pdf):
    """The text of each page of a PDF the office wrote, laid out as printed."""
    info = subprocess.run(["pdfinfo", pdf], stdout=subprocess.PIPE, text=True, check=True).stdout
    pages = int(info.split("Pages:")[1].split()[0])
    return [subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), pdf, "-"],
                           stdout=subprocess.PIPE, text=True, check=True).stdout for p in range(1, pages + 1)]


def office_version():
    """The office's version, as soffice --version prints it."""
    out = subprocess.run(_command([os.path.join(PROGRAM, "soffice"), "--version"], None),
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout
    return out.strip()


_version_printed = []


def _print_version_once():
    # Every office test says which office it ran against (7.4 or 25.2).
    if not _version_printed:
        _version_printed.append(True)
        print("office: %s" % office_version(), flush=True)
