"""Whatever ends the wizard, the terminal is left as it was found."""
import os
import signal
import time

import pytest

from e2e_support import TEMP, terminal_modes, wizard_in_a_shell, write_config


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_signal_mid_form_restores_the_terminal(emulator, tmp_path, sig):
    pool, client = emulator.make_pool(required=["name"])
    emulator.create_user(pool, "ada", TEMP)
    config = write_config(tmp_path, emulator, pool, client)
    s, pid = wizard_in_a_shell("--config", config)
    try:
        s.type("ada")
        s.send("Tab")
        s.type("half-typed")
        time.sleep(0.3)
        os.kill(pid, sig)
        s.wait_gone("Temporary password")
        modes = terminal_modes(s)
        assert "echo" in modes and "icanon" in modes, modes
        assert "-echo" not in modes and "-icanon" not in modes, modes
        assert s.display("#{cursor_flag}") == "1", "the cursor is visible"
    finally:
        s.kill()
