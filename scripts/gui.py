"""A real office window for tests that look at what a person sees.

    with gui.Screen() as screen, lo.Office(oxt) as office, \\
            lo.Session(office, display=screen.display) as s:
        doc = s.load(path, hidden=False)
        screen.wait_for_window("Calc")
        screen.keys("ctrl+Home"); screen.type("5\\n")
        screen.shot("after.png")

Xvfb runs a virtual screen (no access control, so the office may run as the
unprivileged test user); xdotool types and clicks into the focused window;
ImageMagick's `import` photographs the screen.
"""
import os
import subprocess
import time


class Screen:
    """An Xvfb screen, WIDTHxHEIGHT at 24 bits.  Use as a context manager."""

    def __init__(self, width=1400, height=900):
        self.size = "%dx%dx24" % (width, height)

    def __enter__(self):
        # Xvfb picks a free display itself and writes its number once it
        # accepts connections (-displayfd): no race with another test
        # choosing the same display at the same moment.
        read, write = os.pipe()
        self.proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", self.size, "-ac",
                                      "-nolisten", "tcp"], pass_fds=(write,),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as f:
            number = f.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = ":" + number
        return self

    def __exit__(self, *exc):
        self.proc.terminate()
        self.proc.wait(timeout=10)

    def _run(self, cmd, check=True, timeout=30):
        # xdotool's --sync waits for a window manager's answer; with none on
        # the screen it can wait for ever, so every call has a time limit.
        try:
            return subprocess.run(cmd, env=dict(os.environ, DISPLAY=self.display), check=check,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            if check:
                raise
            return subprocess.CompletedProcess(cmd, None, "", "")

    def xdotool(self, *args, check=True):
        return self._run(["xdotool"] + list(args), check=check).stdout

    def windows(self, name):
        """Ids of the visible windows whose title contains name."""
        return self.xdotool("search", "--onlyvisible", "--name", name, check=False).split()

    def wait_for_window(self, name, timeout=60):
        """The id of a visible window whose title contains name, once it appears."""
        end = time.time() + timeout
        while time.time() < end:
            found = self.windows(name)
            if found:
                return found[-1]
            time.sleep(0.3)
        raise AssertionError("no window titled like %r appeared within %d s" % (name, timeout))

    def focus(self, window):
        self.xdotool("windowactivate", "--sync", window, check=False)
        self.xdotool("windowfocus", "--sync", window, check=False)

    def keys(self, *keys):
        """Key presses as xdotool names them: ctrl+Home, Return, alt+t."""
        self.xdotool("key", "--delay", "120", *keys)

    def type(self, text):
        self.xdotool("type", "--delay", "40", text)

    def shot(self, path):
        """A PNG of the whole screen."""
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        self._run(["import", "-window", "root", path])
        return path
