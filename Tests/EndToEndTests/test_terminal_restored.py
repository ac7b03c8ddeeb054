"""Whatever ends the wizard, the terminal is left as it was found."""
import os
import signal
import time

import pytest

from e2e_support import BINARY, TEMP, pid_of, terminal_modes, write_config
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
        os.kill(pid_of(f"{BINARY} --config {config}"), sig)
        s.wait_gone("Temporary password")
        modes = terminal_modes(s)
        assert "echo" in modes and "icanon" in modes, modes
        assert "-echo" not in modes and "-icanon" not in modes, modes
        assert s.display("#{cursor_flag}") == "1", "the cursor is visible"
    finally:
        s.kill()
