"""The traps a newcomer met (issue 10), each walked through as they would:
in tmux against the emulator, or through a pipe in plain mode."""
import os
import select
import subprocess
import time
from urllib.parse import parse_qs, urlparse

import pyotp
import pytest

import qr_reader
from e2e_support import BINARY, NEW, TEMP, Emulator, fill_in, run_plain, sign_in, write_config

QUESTION = "?" + NEW  # a password that starts with a question mark


def sign_in_and_choose(s, password=NEW):
    sign_in(s)
    s.wait_for("Choose your password")
    fill_in(s, password, password)


def secret_on(screen):
    return parse_qs(urlparse(qr_reader.decode(screen)).query)["secret"][0]


def totp_pool(emulator, tmp_path):
    pool, client = emulator.make_pool(mfa=True)
    emulator.create_user(pool, "ada", TEMP, email="ada@example.com")
    return pool, write_config(tmp_path, emulator, pool, client, user_pool_name="Acme", mfa_configuration="REQUIRED")


# Trap 1 (and 7): after the password changed, Esc on the authenticator screen
# explains what remains and offers to quit — never a sign-in that needs the
# temporary password — and the person can still finish. The counter counts
# what they really see.
def test_esc_after_the_password_changed_never_leads_back_to_the_temporary_password(emulator, sessions, tmp_path):
    pool, config = totp_pool(emulator, tmp_path)
    s = sessions("--config", config)
    screen = s.wait_for("Temporary password")
    assert "Step" not in screen, "no counter before the total can be known"
    fill_in(s, "ada", TEMP)
    assert "Step 2 of 3" in s.wait_for("Choose your password")
    fill_in(s, NEW, NEW)
    screen = s.wait_for("Secret")
    assert "Step 3 of 3" in screen and "Time left to finish this step:" in screen
    s.send("Escape")
    screen = s.wait_for("Quit now and sign in later with your new")
    assert "Temporary password" not in screen and "Your new password is saved" in screen
    assert "[ y Yes ] [ n No ]" in screen and "(Enter: No)" in screen, "the keys as buttons, the default visible"
    s.send("Enter")  # the default: stay
    screen = s.wait_for("Secret")
    s.type(pyotp.TOTP(secret_on(screen)).now()); s.send("Enter")
    screen = s.wait_for("You're all set")
    assert "authenticator app" in screen, "the done screen says the app is needed from now on"
    assert emulator.user(pool, "ada")[0] == "CONFIRMED"


def test_quitting_after_the_password_changed_then_signing_in_with_the_new_one(emulator, sessions, tmp_path):
    pool, config = totp_pool(emulator, tmp_path)
    s = sessions("--config", config)
    sign_in_and_choose(s)
    s.wait_for("Secret")
    s.send("Escape"); s.wait_for("Quit now and sign in later"); s.type("y")
    s.wait_for("EXIT=130")
    later = sessions("--config", config, "--username", "ada")
    sign_in(later, None, NEW)
    screen = later.wait_for("Secret")
    later.type(pyotp.TOTP(secret_on(screen)).now()); later.send("Enter")
    later.wait_for("You're all set")


# Trap 1 and 3: the challenge session ends during authenticator setup (the
# emulator's sessions live 6 seconds here). The wizard signs in again with the
# new password by itself and shows the NEW secret with a note to replace the
# entry already scanned; a code from the new one finishes.
def test_the_session_ending_during_authenticator_setup(sessions, tmp_path):
    with Emulator("--session-ttl", "6") as emulator:
        pool, config = totp_pool(emulator, tmp_path)
        s = sessions("--config", config)
        sign_in_and_choose(s)
        first = secret_on(s.wait_for("Secret"))
        time.sleep(7)
        s.type(pyotp.TOTP(first).now()); s.send("Enter")
        # The wizard signs in again with the new password by itself. Where
        # the service still knows the secret already scanned, its code
        # finishes the set-up; where it hands out a new one, the screen says
        # to replace the entry, and the new secret's code finishes.
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            screen = s.screen()
            if "You're all set" in screen or "NEW key" in screen:
                break
            time.sleep(0.2)
        assert "Temporary password" not in screen, screen
        if "NEW key" in screen:
            assert "new password" in screen, screen
            second = secret_on(s.wait_for("Secret"))
            assert second != first
            s.type(pyotp.TOTP(second).now()); s.send("Enter")
        s.wait_for("You're all set")
        assert emulator.user(pool, "ada")[0] == "CONFIRMED"


# Trap 2 (and 8): "?Str0ng#Passw0rd" typed in both fields is the password the
# service stores; Ctrl-R on sign-in does not carry over to the new password.
def test_a_password_starting_with_a_question_mark_is_kept_whole(emulator, sessions, tmp_path):
    pool, client = emulator.make_pool()
    emulator.create_user(pool, "ada", TEMP)
    config = write_config(tmp_path, emulator, pool, client)
    s = sessions("--config", config)
    s.wait_for("Temporary password")
    s.type("ada"); s.send("Tab"); s.type(TEMP)
    s.send("C-r")
    assert TEMP in s.wait_for(TEMP), "shown on request"
    s.send("Enter")
    s.wait_for("Choose your password")
    s.type(QUESTION)
    screen = s.screen()
    assert QUESTION not in screen and "Keys" not in screen, "hidden again on a new screen; no help opened"
    s.send("Tab"); s.type(QUESTION); s.send("Enter")
    s.wait_for("You're all set")
    s.send("Enter")
    s.wait_for("EXIT=0")
    later = sessions("--config", config, "--username", "ada")
    sign_in(later, None, QUESTION)
    later.wait_for("Already set up")


def read_until(process, marker, buffer, timeout=20):
    deadline = time.monotonic() + timeout
    while marker not in buffer[0]:
        left = deadline - time.monotonic()
        assert left > 0, f"no {marker!r} in:\n{buffer[0]}"
        ready, _, _ = select.select([process.stdout], [], [], left)
        if ready:
            chunk = os.read(process.stdout.fileno(), 4096).decode()
            assert chunk, f"output ended before {marker!r}:\n{buffer[0]}"
            buffer[0] += chunk
    return buffer[0]


# Trap 4: plain mode through a pipe with a wrong code: the reason comes with
# the re-ask, the wrong code is not offered as the default, and a run that
# ends early says why on standard error.
def test_plain_mode_through_a_pipe_with_a_wrong_code(emulator, tmp_path):
    pool, config = totp_pool(emulator, tmp_path)
    p = subprocess.Popen([BINARY, "--config", config], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    out = [""]
    try:
        p.stdin.write(f"ada\n{TEMP}\n{NEW}\n{NEW}\n".encode()); p.stdin.flush()
        text = read_until(p, "Code (", out)
        assert "The new password needs:" in text, "the rules before the first try"
        secret = next(line for line in text.splitlines() if line.startswith("Secret: "))[8:].replace(" ", "")
        assert "\x1b" not in text, "no colours into a pipe: the secret, no QR code"
        totp = pyotp.TOTP(secret)
        wrong = "000000" if totp.now() != "000000" else "111111"
        p.stdin.write(f"{wrong}\n".encode()); p.stdin.flush()
        text = read_until(p, "not right", out)
        text = read_until(p, "Code (", [text[text.index("not right"):]])
        assert f"[{wrong}]" not in text, "the refused code is not the default"
        p.stdin.write(f"{totp.now()}\n".encode()); p.stdin.flush()
        p.stdin.close()
        assert p.wait(timeout=30) == 0
        rest = p.stdout.read().decode()
        assert "✓ Account ready for ada" in out[0] + rest, "a last line that says it worked"
    finally:
        if p.poll() is None:
            p.kill()


def test_plain_mode_says_why_when_input_ends(emulator, tmp_path):
    pool, client = emulator.make_pool()
    emulator.create_user(pool, "ada", TEMP)
    result = run_plain("--config", write_config(tmp_path, emulator, pool, client), answers=["ada", "wrong#Pass1"])
    assert result.returncode == 130
    assert "standard input ended before the sign-in finished" in result.stderr
    assert "Last problem:" in result.stderr, result.stderr


# Trap 5: without colour, a hint reads as a hint, not as a value.
def test_hints_are_bracketed_under_no_color(emulator, sessions, tmp_path):
    pool, client = emulator.make_pool(required=["name", "birthdate"])
    emulator.create_user(pool, "ada", TEMP, email="ada@example.com")
    config = write_config(tmp_path, emulator, pool, client, alias_attributes=["email"])
    s = sessions("--config", config, env={"NO_COLOR": "1"})
    screen = s.wait_for("Temporary password")
    assert "(Or your email address)" in screen
    sign_in_and_choose(s)
    screen = s.wait_for("Date of birth")
    assert "(YYYY-MM-DD)" in screen
    assert "ada@example.com (on file)" in screen


def at_the_attribute(emulator, sessions, tmp_path, attribute, label):
    """A new user of a pool that requires `attribute`, signed in with the new
    password chosen: the wizard shows the field labelled `label`."""
    pool, client = emulator.make_pool(required=[attribute])
    emulator.create_user(pool, "ada", TEMP)
    s = sessions("--config", write_config(tmp_path, emulator, pool, client))
    sign_in_and_choose(s)
    s.wait_for(label)
    return pool, s


# Trap 10: a date in the right form but with no such month says so.
def test_a_month_that_does_not_exist_is_named(emulator, sessions, tmp_path):
    _, s = at_the_attribute(emulator, sessions, tmp_path, "birthdate", "Date of birth")
    s.type("1990-13-01"); s.send("Enter")
    s.wait_for("There is no month 13")


# Trap 6: at 40x12 the authenticator screen says first what to do, shows the
# secret whole above the code field, cuts nothing with "…", and the note on
# getting a QR code is scrolled to with PgDn; the secret read off that screen
# finishes the set-up.
def test_the_authenticator_screen_at_40x12(emulator, sessions, tmp_path):
    pool, config = totp_pool(emulator, tmp_path)
    s = sessions("--config", config, width=40, height=12)
    sign_in_and_choose(s)
    screen = s.wait_for("Add this secret")
    lines = screen.rstrip("\n").splitlines()
    assert len(lines) <= 12 and "…" not in screen, screen
    assert lines[2].strip().startswith("Add this secret"), "the essential line first, under the title and the time left"
    assert "▸ Code" in screen and "↓ more below" in screen, screen
    start = next(i for i, line in enumerate(lines) if line.strip() == "Secret")
    end = next(i for i, line in enumerate(lines) if "▸ Code" in line)
    secret = "".join("".join(lines[start + 1:end]).split())
    assert len(secret) >= 16 and secret.isalnum(), screen
    s.send("PageDown")
    below = s.wait_for("For a QR code to scan instead")
    assert "enlarge" in below and "…" not in below, below
    assert "Add this secret" in below, "the instruction stays in place"
    s.type(pyotp.TOTP(secret).now())  # any key scrolls back to the field
    screen = s.wait_for("Secret")
    assert "▸ Code" in screen
    s.send("Enter")
    s.wait_for("You're all set")
    assert emulator.user(pool, "ada")[0] == "CONFIRMED"


# Trap 10: the username's hint follows the pool's sign-in attributes, and
# says nothing where the config does not say.
@pytest.mark.parametrize("extra, hint", [
    ({}, None),
    ({"username_attributes": ["phone_number"]}, "(Your phone number, with country code"),
    ({"alias_attributes": ["email", "phone_number"]}, "(Or your email address or phone number)"),
])
def test_the_username_hint_follows_the_pool(emulator, sessions, tmp_path, extra, hint):
    pool, client = emulator.make_pool()
    s = sessions("--config", write_config(tmp_path, emulator, pool, client, **extra))
    screen = s.wait_for("Temporary password")
    assert "▸ Username" in screen
    if hint:
        assert hint in screen, screen
    else:
        assert "(Or your" not in screen and "(Your" not in screen, screen


# Trap 10: spaces in a phone number stay as typed; the service gets E.164.
def test_a_phone_number_keeps_its_spaces(emulator, sessions, tmp_path):
    pool, s = at_the_attribute(emulator, sessions, tmp_path, "phone_number", "Phone")
    s.type("+44 20 7946-0958")
    assert "+44 20 7946-0958" in s.wait_for("7946-0958")
    s.send("Enter")
    s.wait_for("You're all set")
    assert emulator.user(pool, "ada")[1]["phone_number"] == "+442079460958"
