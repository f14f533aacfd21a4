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
        # A free display from :90 on.  Another test may take the same one at
        # the same moment: its Xvfb then wins the lock and ours exits, so a
        # display counts only once our own Xvfb still runs on it.
        for n in range(90, 200):
            if os.path.exists("/tmp/.X11-unix/X%d" % n) or os.path.exists("/tmp/.X%d-lock" % n):
                continue
            proc = subprocess.Popen(["Xvfb", ":%d" % n, "-screen", "0", self.size, "-ac", "-nolisten", "tcp"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for _ in range(100):
                if proc.poll() is not None:
                    break
                if os.path.exists("/tmp/.X11-unix/X%d" % n):
                    time.sleep(0.5)
                    if proc.poll() is None:
                        self.display, self.proc = ":%d" % n, proc
                        return self
                    break
                time.sleep(0.1)
            else:
                proc.kill()
                proc.wait()
        raise RuntimeError("Xvfb did not start on a free display")

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
