"""The wizard in plain mode through pipes, answered prompt by prompt as a
person would: for tests where a failure must be met by trying again."""
import os
import re
import select
import subprocess
import time

from e2e_support import BINARY


class PlainWizard:
    def __init__(self, *args, env=None):
        self.process = subprocess.Popen([BINARY, "--plain", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, env=env)
        self.output = ""
        self.stderr = b""

    def next_prompt(self, timeout=30):
        """Reads until the wizard waits for an answer; returns the prompt line,
        or None when the wizard ended."""
        fd = self.process.stdout.fileno()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                chunk = os.read(fd, 65536)
                if not chunk:
                    return None
                self.output += chunk.decode("utf-8", "replace")
                continue
            last = self.output.rsplit("\n", 1)[-1]
            if last.endswith(": "):
                return last
            if self.process.poll() is not None:
                return None
        raise TimeoutError("no prompt in time; output so far:\n" + self.output[-2000:])

    def answer(self, text):
        self.output += "\n"
        self.process.stdin.write((text + "\n").encode())
        self.process.stdin.flush()

    def finish(self, timeout=20):
        rest, self.stderr = self.process.communicate(timeout=timeout)
        self.output += rest.decode("utf-8", "replace")
        return self.process.returncode

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def totp_secret(self):
        """The authenticator secret shown last (the URI's, or the grouped text)."""
        found = re.findall(r"secret=([A-Z2-7]+)", self.output)
        found += [g.replace(" ", "") for g in re.findall(r"Secret: ([A-Z2-7 ]+)", self.output)]
        return found[-1] if found else None
