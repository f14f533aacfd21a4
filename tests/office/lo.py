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

    def __init__(self, oxt, recalc_on_load=True):
        self.oxt = os.path.abspath(oxt)
        self.recalc_on_load = recalc_on_load
        self.user = _unprivileged_user()

    def __enter__(self):
        self.dir = tempfile.mkdtemp(prefix="inkoopkpi-office-")
        os.chmod(self.dir, 0o755)
        self.profile = os.path.join(self.dir, "profile")
        shutil.copy(self.oxt, self.dir)
        if self.recalc_on_load:
            self._write_recalc_settings()
        self._give_to_user(self.dir)
        self.run([os.path.join(PROGRAM, "unopkg"), "add", "-s", self.env(),
                  os.path.join(self.dir, os.path.basename(self.oxt))])
        return self

    def __exit__(self, *exc):
        shutil.rmtree(self.dir, ignore_errors=True)

    def env(self):
        return "-env:UserInstallation=file://" + self.profile

    def _write_recalc_settings(self):
        # Recalculate ODF and OOXML documents on load (0 = always), so that a
        # reopened document shows what the add-in computes now.
        user = os.path.join(self.profile, "user")
        os.makedirs(user, exist_ok=True)
        items = "".join(
            '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
            '<prop oor:name="%s" oor:op="fuse"><value>0</value></prop></item>\n' % name
            for name in ("ODFRecalcMode", "OOXMLRecalcMode"))
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
        if self.user:
            cmd = ["runuser", "-u", self.user, "--"] + cmd
        return subprocess.run(cmd, check=True, timeout=timeout, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, **kw)

    def workdir(self, name):
        """A directory inside the profile's folder that the office may write."""
        path = os.path.join(self.dir, name)
        os.makedirs(path, exist_ok=True)
        self._give_to_user(path)
        return path

    def convert(self, src, fmt, outdir):
        """soffice --convert-to fmt; returns the path of the written file."""
        work = self.workdir("in")
        local = os.path.join(work, os.path.basename(src))
        shutil.copy(src, local)
        self._give_to_user(local)
        out = self.workdir("out")
        self.run([os.path.join(PROGRAM, "soffice"), "--headless", "--norestore", self.env(),
                  "--convert-to", fmt, "--outdir", out, local])
        ext = fmt.split(":")[0]
        name = os.path.splitext(os.path.basename(src))[0] + "." + ext
        os.makedirs(outdir, exist_ok=True)
        shutil.copy(os.path.join(out, name), os.path.join(outdir, name))
        return os.path.join(outdir, name)

    def list_extensions(self):
        return self.run([os.path.join(PROGRAM, "unopkg"), "list", self.env()]).stdout
