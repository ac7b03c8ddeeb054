"""Whatever ends the wizard, the terminal is left as it was found."""
import os
import signal
import subprocess
import time

import pytest

from e2e_support import BINARY, TEMP, write_config
from tmux_session import TmuxSession


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_signal_mid_form_restores_the_terminal(emulator, tmp_path, sig):
    pool, client = emulator.make_pool(required=["name"])
    emulator.create_user(pool, "ada", TEMP)
    config = write_config(tmp_path, emulator, pool, client)
    s = TmuxSession("bash --norc --noprofile", env={"PS1": "$ "})
    try:
        s.wait_for("$")
        s.type(f"{BINARY} --config {config}")
        s.send("Enter")
        s.wait_for("Temporary password")
        s.type("ada")
        s.send("Tab")
        s.type("half-typed")
        time.sleep(0.3)
        pid = int(subprocess.run(["pgrep", "-f", f"{BINARY} --config {config}"], capture_output=True, text=True)
                  .stdout.split()[0])
        os.kill(pid, sig)
        s.wait_gone("Temporary password")
        s.send("Enter")
        s.type("stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(echo|icanon)' | tr '\\n' ' '; echo MODES$((1+1))")
        s.send("Enter")
        screen = s.wait_for("MODES2")
        lines = [line for line in screen.splitlines() if "MODES2" in line and "$((" not in line][0].split()
        assert "echo" in lines and "icanon" in lines, screen
        assert "-echo" not in lines and "-icanon" not in lines, screen
        assert s.display("#{cursor_flag}") == "1", "the cursor is visible"
    finally:
        s.kill()
