"""Shared by the end-to-end tests: where the binary is, the emulator, tmux, the
wizard run with piped answers, and the keys a person types to sign in."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "Resources" / "emulator"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from cognito_emulator.testing import Emulator  # noqa: E402,F401
from tmux_session import TmuxSession  # noqa: E402,F401

BINARY = os.environ.get("COGNITO_ONBOARD_BIN", str(ROOT / ".build" / "debug" / "cognito-onboard"))
TEMP = "Temp#Pass123"
NEW = "Str0ng#Passw0rd"


def write_config(tmp_path, emulator, pool, client, required=(), **extra):
    config = {"user_pool_id": pool, "user_pool_client_id": client["ClientId"], "endpoint_url": emulator.endpoint,
              "standard_required_attributes": list(required)}
    config.update(extra)
    path = tmp_path / "config.json"
    path.write_text(json.dumps(config))
    return str(path)


def run_plain(*args, answers, env=None, timeout=60):
    """The wizard with `args`, its answers piped to standard input one a line
    and its output captured: with no terminal it asks in plain mode, as in a
    script. The input always ends in a newline (an empty list is one empty
    line). `env`, where given, is the whole environment, as subprocess takes it."""
    return subprocess.run([BINARY, *args], input="\n".join(answers) + "\n", capture_output=True, text=True,
                          timeout=timeout, env=env)


def fill_in(s, *values):
    """A screen of the wizard filled in as a person does: each value typed into
    the next field, Tab between them, Enter to submit. An empty value leaves its
    field as it is."""
    for i, value in enumerate(values):
        if i:
            s.send("Tab")
        if value:
            s.type(value)
    s.send("Enter")


def sign_in(s, username="ada", password=TEMP):
    """The sign-in screen, once it shows: the username and the (temporary)
    password, submitted. `username=None` is for a wizard started with
    --username, whose focus is on the password already; `password=None` leaves
    the password empty, which asks the service for the other ways to sign in."""
    s.wait_for("Temporary password")
    if username is None:
        fill_in(s, password)
    else:
        fill_in(s, username, password)


def ask_for_a_reset(s):
    """F2 ("forgot password") on the sign-in screen, confirmed with Enter on
    the reset screen: what follows depends on the user."""
    s.wait_for("F2 forgot password")
    s.send("F2")
    s.wait_for("Reset your password")
    s.send("Enter")


def pid_of(command, binary=None):
    """The process id of the wizard running `command`. `pgrep -f` alone also
    matches a tmux server whose command line holds the wizard's (and which
    ignores the signals a test sends), so the match must run the binary."""
    wanted = os.path.realpath(binary or BINARY)
    for pid in map(int, subprocess.run(["pgrep", "-f", command], capture_output=True, text=True).stdout.split()):
        try:
            if os.path.realpath(f"/proc/{pid}/exe") == wanted:
                return pid
        except OSError:
            continue
    raise LookupError(f"no process runs {wanted}: {command}")


def terminal_modes(s):
    """At the shell prompt in `s`: whether echo and icanon are on, from stty."""
    s.send("Enter")
    s.type("stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(echo|icanon)' | tr '\\n' ' '; echo MODES$((1+1))")
    s.send("Enter")
    screen = s.wait_for("MODES2")
    return [line for line in screen.splitlines() if "MODES2" in line and "$((" not in line][0].split()


def wizard_in_a_shell(*args):
    """The wizard started from an interactive shell in tmux (so the shell's
    terminal can be inspected after the wizard ends); returns (session, pid)."""
    s = TmuxSession("bash --norc --noprofile", env={"PS1": "$ "})
    s.wait_for("$")
    command = " ".join([BINARY, *args])
    s.type(command)
    s.send("Enter")
    s.wait_for("Temporary password")
    return s, pid_of(command)
