"""Kiosk mode: one newcomer after another on the same screen."""
import os
import shutil
import signal
import subprocess
import time

import pytest

from e2e_support import BINARY, NEW, ROOT, TEMP, terminal_modes, wizard_in_a_shell, write_config


def onboard(s, username, name):
    s.wait_for("Temporary password")
    s.type(username); s.send("Tab"); s.type(TEMP); s.send("Enter")
    s.wait_for("Choose your password")
    s.type(NEW); s.send("Tab"); s.type(NEW); s.send("Tab"); s.type(name); s.send("Enter")
    s.wait_for("You're all set")


def test_two_people_one_after_the_other(emulator, sessions, tmp_path):
    pool, client = emulator.make_pool(required=["name"])
    emulator.create_user(pool, "ada", TEMP)
    emulator.create_user(pool, "grace", TEMP)
    received = tmp_path / "received.json"
    hook = tmp_path / "provision.sh"
    hook.write_text(f"#!/bin/sh\ncat >> {received}\necho >> {received}\n")
    hook.chmod(0o755)
    config = write_config(tmp_path, emulator, pool, client, welcome_title="Welcome to Acme",
                          welcome_text="Sign in with the temporary password from your letter.")
    s = sessions("--config", config, "--kiosk", "--exec-on-success", str(hook))
    s.wait_for("Welcome to Acme")
    onboard(s, "ada", "Ada Lovelace")
    s.send("Enter")
    screen = s.wait_for("Welcome to Acme")
    for trace in ("ada", "Ada Lovelace", "all set"):
        assert trace not in screen, trace
        assert trace not in s.scrollback(), f"{trace} is in the scrollback"
    onboard(s, "grace", "Grace Hopper")
    assert emulator.user(pool, "ada")[1]["name"] == "Ada Lovelace"
    assert emulator.user(pool, "grace")[1]["name"] == "Grace Hopper"
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and received.read_text().count("AccessToken") < 2:
        time.sleep(0.1)
    lines = [line for line in received.read_text().splitlines() if line.strip()]
    assert len(lines) == 2 and all('"AccessToken"' in line for line in lines), "the tokens came on standard input"
    assert "AccessToken" not in " ".join(open(f"/proc/{os.getpid()}/cmdline").read().split("\0"))


def test_keys_cannot_leave_and_idle_resets(emulator, sessions, tmp_path):
    pool, client = emulator.make_pool(required=["name"])
    config = write_config(tmp_path, emulator, pool, client)
    s = sessions("--config", config, "--kiosk", "--idle-timeout", "20")
    s.wait_for("Temporary password")
    s.type("half-typed-user")
    s.send("C-c")
    s.wait_for("Quit?")
    s.send("y")
    s.wait_gone("half-typed-user")
    screen = s.wait_for("Temporary password")
    assert "half-typed-user" not in screen, "a cancelled form is wiped"
    for key in ("C-c", "C-z", "C-\\"):
        s.send(key)
        time.sleep(0.3)
        assert "EXIT=" not in s.screen(), f"{key} left the program"
        assert "Temporary password" in s.screen()
    s.type("someone")
    s.wait_for("starting over in", timeout=20)
    s.wait_gone("someone", timeout=25)
    assert "someone" not in s.screen() and "Temporary password" in s.screen()


def test_sigterm_ends_it_with_the_terminal_restored(emulator, tmp_path):
    pool, client = emulator.make_pool()
    config = write_config(tmp_path, emulator, pool, client)
    s, pid = wizard_in_a_shell("--kiosk", "--config", config)
    try:
        s.type("secret-user")
        os.kill(pid, signal.SIGTERM)
        s.wait_gone("Temporary password")
        assert "secret-user" not in s.scrollback()
        modes = terminal_modes(s)
        assert "echo" in modes and "icanon" in modes
    finally:
        s.kill()


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_the_systemd_unit_verifies(tmp_path):
    unit = (ROOT / "Resources" / "kiosk" / "cognito-onboard-kiosk.service").read_text()
    assert "/usr/local/bin/cognito-onboard" in unit
    # verify checks that ExecStart exists: point it at the binary just built.
    copy = tmp_path / "cognito-onboard-kiosk.service"
    copy.write_text(unit.replace("/usr/local/bin/cognito-onboard", BINARY))
    result = subprocess.run(["systemd-analyze", "verify", str(copy)], capture_output=True, text=True)
    problems = [line for line in (result.stdout + result.stderr).splitlines() if "cognito-onboard-kiosk" in line]
    assert result.returncode == 0 and not problems, result.stdout + result.stderr


@pytest.mark.skipif(os.geteuid() != 0, reason="reading a non-dumpable process's memory needs root")
@pytest.mark.parametrize("as_the_unit_runs_it", [True, False], ids=["unit-environment", "plain-malloc"])
def test_no_secret_in_memory_after_the_reset(as_the_unit_runs_it):
    """After one first sign-in with authenticator setup and the reset, no
    password, challenge session, token or TOTP secret of that person is
    anywhere in the process's writable memory: passwords are wiped buffers
    from the line editor to the wire, the session, tokens and TOTP secret are
    read into wiped buffers, the TOTP secret's two Strings for the screen are
    zeroed in place (TOTPSecretText), and libcurl's freed memory is zeroed, so
    this holds without the kiosk unit's malloc settings too (README, "Secrets
    in memory")."""
    import sys
    sys.path.insert(0, str(ROOT / "Resources" / "bench"))
    from secret_copies import ISSUED, PASSWORDS, measure, unit_environment

    _, counts, where, _ = measure(BINARY, unit_environment() if as_the_unit_runs_it else None)
    measured = {label.split(",")[0].rstrip("0123456789 ") for label in counts}
    assert measured == set(PASSWORDS) | set(ISSUED), "every kind of secret was handed out and looked for"
    # The terminal layer wraps the secret's line anew each frame (TextWrap
    # builds each line as a new String, freed unwiped): without the unit's
    # malloc setting 0 to 3 of those lines (32 runs), each holding the first
    # groups, were left (README, "Secrets in memory"). Everything else: none.
    partial = "TOTP secret, first 8 as shown"
    assert counts[partial] <= (0 if as_the_unit_runs_it else 3), where[partial]
    left = {label: places for label, places in where.items() if places and label != partial}
    assert not left, left
