"""A real terminal for end-to-end tests: tmux at a fixed size, keys sent with
send-keys, the screen read with capture-pane. Each session has its own tmux
server socket so tests cannot disturb each other (or a developer's tmux)."""
import shlex
import subprocess
import time
import uuid


class TmuxSession:
    def __init__(self, command, width=80, height=24, env=None):
        self.socket = f"e2e-{uuid.uuid4().hex[:10]}"
        self.name = "wizard"
        environment = {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color"}
        environment.update(env or {})
        assignments = " ".join(f"{k}={shlex.quote(v)}" for k, v in environment.items())
        self._tmux("new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height),
                   f"env {assignments} {command}; echo EXIT=$?; sleep 600")
        self._tmux("set-option", "-t", self.name, "remain-on-exit", "on")

    def _tmux(self, *args, check=True):
        return subprocess.run(["tmux", "-f", "/dev/null", "-L", self.socket, *args], check=check,
                              capture_output=True, text=True)

    def send(self, *keys):
        """Key names as tmux knows them: Enter, Tab, BTab, Escape, C-c, Up ..."""
        self._tmux("send-keys", "-t", self.name, *keys)

    def type(self, text):
        self._tmux("send-keys", "-t", self.name, "-l", text)

    def screen(self, escapes=False):
        args = ["capture-pane", "-p", "-t", self.name] + (["-e"] if escapes else [])
        return self._tmux(*args).stdout

    def scrollback(self):
        return self._tmux("capture-pane", "-p", "-S", "-", "-t", self.name).stdout

    def display(self, fmt):
        return self._tmux("display-message", "-p", "-t", self.name, fmt).stdout.strip()

    def resize(self, width, height):
        self._tmux("resize-window", "-t", self.name, "-x", str(width), "-y", str(height))

    def wait_for(self, text, timeout=15):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} did not appear; the screen:\n{self.screen()}")

    def wait_gone(self, text, timeout=10):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text not in self.screen():
                return
            time.sleep(0.1)
        raise AssertionError(f"{text!r} is still there:\n{self.screen()}")

    def pane_pid(self):
        return int(self.display("#{pane_pid}"))

    def kill(self):
        self._tmux("kill-server", check=False)
