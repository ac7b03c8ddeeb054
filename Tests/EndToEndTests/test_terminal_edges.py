"""The terminal's edge cases: modes left behind by a signal, stopping and
continuing (Ctrl-Z, kill -STOP), plain prompts interrupted with echo off, and
output paths that could only fail after the password was changed."""
import os
import re
import signal
import subprocess
import time

import pytest

from e2e_support import BINARY, TEMP, TmuxSession, pid_of, run_plain, terminal_modes, wizard_in_a_shell, write_config


def tty_modes(s):
    """The pane's terminal modes, read from outside while the program runs
    (at bash's prompt they would be readline's own)."""
    tty = s.display("#{pane_tty}")
    out = subprocess.run(["stty", "-a", "-F", tty], capture_output=True, text=True, check=True).stdout
    return set(re.split(r"[\s;]+", out))


def state_of(pid):
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()[0]


def wait_until(condition, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError("timed out")


def raw(modes):
    return "-echo" in modes and "-icanon" in modes


def cooked(modes):
    return "echo" in modes and "icanon" in modes


def test_a_signal_leaves_keypad_transmit_and_the_alternate_screen(emulator, tmp_path):
    pool, client = emulator.make_pool()
    s, pid = wizard_in_a_shell("--config", write_config(tmp_path, emulator, pool, client))
    try:
        assert s.display("#{keypad_cursor_flag}") == "1", "curses turned keypad transmit on"
        os.kill(pid, signal.SIGTERM)
        s.wait_gone("Temporary password")
        flags = s.display("#{keypad_cursor_flag} #{keypad_flag} #{alternate_on} #{mouse_any_flag}")
        assert flags == "0 0 0 0", flags
    finally:
        s.kill()


def wait_stopped(s, pid):
    wait_until(lambda: state_of(pid) == "T")
    s.wait_for("Stopped")


def continue_in_front(s, command="fg"):
    """`fg` at the shell: the wizard's screen comes back, in raw mode."""
    s.type(command)
    s.send("Enter")
    s.wait_for("Temporary password")
    wait_until(lambda: raw(tty_modes(s)))


def test_kill_stop_and_fg_repaint_and_take_back_raw_mode(emulator, tmp_path):
    pool, client = emulator.make_pool()
    s, pid = wizard_in_a_shell("--config", write_config(tmp_path, emulator, pool, client))
    try:
        os.kill(pid, signal.SIGSTOP)
        wait_stopped(s, pid)
        s.send("Enter")
        # SIGSTOP has no handler: the screen stays as the shell left it, so
        # after `clear` only a repaint can show the form again.
        continue_in_front(s, "clear; fg")
        s.type("ada")
        screen = s.wait_for("ada")
        assert "fg" not in screen, "the whole screen was painted again"
        assert s.display("#{alternate_on}") == "1"
    finally:
        s.kill()


def test_ctrl_z_suspends_outside_a_kiosk(emulator, tmp_path):
    pool, client = emulator.make_pool()
    s, pid = wizard_in_a_shell("--config", write_config(tmp_path, emulator, pool, client))
    try:
        s.type("ada")
        s.send("C-z")
        wait_stopped(s, pid)
        assert s.display("#{alternate_on}") == "0"
        assert cooked(set(terminal_modes(s))), "the shell gets its terminal back"
        continue_in_front(s)
        s.type("Lovelace")
        s.wait_for("adaLovelace")
    finally:
        s.kill()


def test_ctrl_z_does_nothing_in_a_kiosk(emulator, sessions, tmp_path):
    pool, client = emulator.make_pool()
    config = write_config(tmp_path, emulator, pool, client)
    s = sessions("--config", config, "--kiosk")
    s.wait_for("Temporary password")
    pid = pid_of(f"{BINARY} --config {config} --kiosk")
    s.send("C-z")
    os.kill(pid, signal.SIGTSTP)
    time.sleep(0.5)
    assert state_of(pid) != "T"
    s.type("ada")
    s.wait_for("ada")


def plain_in_dash(emulator, tmp_path):
    pool, client = emulator.make_pool()
    emulator.create_user(pool, "ada", TEMP)
    config = write_config(tmp_path, emulator, pool, client)
    s = TmuxSession("dash -i", env={"PS1": "$ ", "ENV": ""})
    s.wait_for("$")
    command = f"{BINARY} --plain --config {config}"
    s.type(command)
    s.send("Enter")
    s.wait_for("Username")
    s.type("ada")
    s.send("Enter")
    s.wait_for("Temporary password:")
    wait_until(lambda: "-echo" in tty_modes(s))
    return s, pid_of(command)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT])
def test_plain_mode_gives_echo_back_on_a_signal_under_dash(emulator, tmp_path, sig):
    s, pid = plain_in_dash(emulator, tmp_path)
    try:
        os.kill(pid, sig)
        wait_until(lambda: not os.path.exists(f"/proc/{pid}") or state_of(pid) == "Z")
        modes = tty_modes(s)
        assert cooked(modes), modes
    finally:
        s.kill()


def test_plain_mode_gives_echo_back_while_stopped_and_hides_again_after(emulator, tmp_path):
    s, pid = plain_in_dash(emulator, tmp_path)
    try:
        os.kill(pid, signal.SIGTSTP)
        wait_until(lambda: state_of(pid) == "T")
        assert "echo" in tty_modes(s)
        s.send("Enter")
        s.type("fg")
        s.send("Enter")
        wait_until(lambda: "-echo" in tty_modes(s))
        s.type("secret-typed-after-fg")
        time.sleep(0.3)
        assert "secret-typed-after-fg" not in s.screen()
    finally:
        s.kill()


def test_tokens_out_naming_a_folder_is_refused_before_anything_happens(emulator, tmp_path):
    pool, client = emulator.make_pool()
    result = run_plain("--config", write_config(tmp_path, emulator, pool, client), "--plain", "--tokens-out", str(tmp_path),
                       answers=["ada"], timeout=30)
    assert result.returncode == 2 and "is a folder, not a file" in result.stderr, result.stderr
    assert "Username" not in result.stdout


def test_exec_on_success_naming_a_folder_is_refused(emulator, sessions, tmp_path):
    pool, client = emulator.make_pool()
    s = sessions("--config", write_config(tmp_path, emulator, pool, client), "--kiosk", "--exec-on-success", str(tmp_path))
    screen = s.wait_for("EXIT=2")
    assert "is a folder, not a program" in screen
