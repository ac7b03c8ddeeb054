#!/usr/bin/env python3
"""How many copies of the last person's secrets a kiosk keeps in memory.

As root: the wizard in kiosk mode in tmux against the emulator, in a pool that
requires TOTP MFA; one person's first sign-in with a known temporary and a
known new password, and the authenticator setup (the secret read from the QR
code on screen, pyotp's code typed); the kiosk reset (Enter on the last
screen); then every writable mapping of the process (/proc/PID/maps) is read
through /proc/PID/mem and counted in it: the passwords, as UTF-8, as UTF-16
and as Swift's [Character] (16 bytes a character); every challenge session,
token (access, ID, refresh) and TOTP secret the emulator handed out in the run
(GET /_emulator/issued), as UTF-8, and the TOTP secret also as the screen
shows it (in groups of four), whole and its first two groups (a line of it
when the screen wraps it). The process is not dumpable (PR_SET_DUMPABLE 0),
which keeps other users' processes out; root's CAP_SYS_PTRACE still reads it.

It prints figures; Tests/EndToEndTests/test_kiosk.py uses `measure` to check
that a kiosk keeps no copy (`PASSWORDS` and `ISSUED` tell the labels apart).

    sudo .build/venv/bin/python Resources/bench/secret_copies.py [--binary PATH]
        [--unit-environment] [--runs N] [--context BYTES]
"""
import argparse
import os
import re
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pyotp

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "Tests" / "EndToEndTests"))
import qr_reader  # noqa: E402
from e2e_support import BINARY, Emulator, TmuxSession, fill_in, pid_of, sign_in, write_config  # noqa: E402

#: The labels' first words: the two passwords, and what the emulator issued.
PASSWORDS = ("new password", "temporary password")
ISSUED = ("session", "access token", "ID token", "refresh token", "TOTP secret")


def unit_environment():
    """GLIBC_TUNABLES as Resources/kiosk/cognito-onboard-kiosk.service sets it."""
    unit = (ROOT / "Resources" / "kiosk" / "cognito-onboard-kiosk.service").read_text()
    for line in unit.splitlines():
        if line.startswith("Environment=GLIBC_TUNABLES="):
            return {"GLIBC_TUNABLES": line.split("=", 2)[2]}
    sys.exit("the kiosk unit sets no GLIBC_TUNABLES")


def as_characters(ascii_text):
    """The text as Swift's [Character] holds it (a line editor's storage): 16
    bytes a character on x86_64, a small string each: the byte, zeros, and
    0xE1 (small, ASCII, one byte)."""
    return b"".join(c.encode() + bytes(14) + b"\xe1" for c in ascii_text)


def writable_regions(pid):
    with open(f"/proc/{pid}/maps") as maps:
        for line in maps:
            fields = line.split()
            start, end = (int(x, 16) for x in fields[0].split("-"))
            name = fields[5] if len(fields) > 5 else "[anonymous]"
            if "w" in fields[1] and name != "[vvar]":
                yield start, end, name


def count_copies(pid, needles, context=0):
    counts = {label: 0 for label in needles}
    where = {label: {} for label in needles}
    seen = []
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for start, end, name in writable_regions(pid):
            try:
                mem.seek(start)
                data = mem.read(end - start)
            except OSError:
                continue
            for label, needle in needles.items():
                hits = [m.start() for m in re.finditer(re.escape(needle), data)]
                n = len(hits)
                for at in hits if context else ():
                    seen.append((label, start + at, data[max(0, at - context):at + len(needle) + context]))
                if n:
                    counts[label] += n
                    where[label][name] = where[label].get(name, 0) + n
    return counts, where, seen


def show(label, address, piece):
    """A copy and the bytes around it: what holds it (a JSON body, a string
    object's header, a freed malloc chunk) is usually plain to see."""
    print(f"  {label} at {address:#x}:")
    for row in range(0, len(piece), 32):
        chunk = piece[row:row + 32]
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"    {chunk.hex(' ', 8):<100} {text}")


def grouped(secret):
    """The TOTP secret as its screen shows it: in groups of four (OTPAuthURI.grouped)."""
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


def set_up_the_authenticator(session):
    """The authenticator setup as a person does it: the secret read from the
    QR code on screen, the app's code typed. The secret, for checking."""
    screen = session.wait_for("Secret")
    secret = parse_qs(urlparse(qr_reader.decode(screen)).query)["secret"][0]
    session.type(pyotp.TOTP(secret).now())
    session.send("Enter")
    return secret


def password_needles(temporary, new):
    needles = {}
    for label, password in (("new password", new), ("temporary password", temporary)):
        needles[f"{label}, UTF-8"] = password.encode()
        needles[f"{label}, UTF-16"] = password.encode("utf-16-le")
        needles[f"{label}, [Character]"] = as_characters(password)
    return needles


def issued_needles(issued):
    """Each session, token and TOTP secret the emulator handed out, as UTF-8
    (the TOTP secret also grouped as on screen); sessions numbered in order."""
    names = {"AccessToken": "access token", "IdToken": "ID token", "RefreshToken": "refresh token"}
    needles = {}
    sessions = 0
    for item in issued:
        kind, value = item["kind"], item["value"]
        if kind == "Session":
            sessions += 1
            needles[f"session {sessions}, UTF-8"] = value.encode()
        elif kind == "SecretCode":
            needles["TOTP secret, UTF-8"] = value.encode()
            needles["TOTP secret, as shown"] = grouped(value).encode()
            # A wrapped line of it holds a part: its first two groups, as the first line starts.
            needles["TOTP secret, first 8 as shown"] = grouped(value)[:9].encode()
        else:
            needles[f"{names[kind]}, UTF-8"] = value.encode()
    return needles


def measure(binary=BINARY, environment=None, context=0):
    """One person's first sign-in with authenticator setup in the kiosk, the
    reset, then the count: (pid, counts, where, seen) as count_copies gives
    them, the labels starting with one of PASSWORDS or ISSUED."""
    temporary = "Tmp#" + secrets.token_hex(6)
    new = "New#Pw" + secrets.token_hex(6).upper()
    emulator = Emulator()
    session = None
    try:
        pool, client = emulator.make_pool(required=["name"], mfa=True)
        emulator.create_user(pool, "ada", temporary)
        config = write_config(Path(tempfile.mkdtemp()), emulator, pool, client)
        command = f"{binary} --config {config} --kiosk"
        session = TmuxSession(command, env=environment)
        sign_in(session, "ada", temporary)
        session.wait_for("Choose your password")
        fill_in(session, new, new, "Ada Lovelace")
        secret = set_up_the_authenticator(session)
        session.wait_for("You're all set")
        session.send("Enter")  # the kiosk's reset: the next person
        session.wait_for("Temporary password")
        time.sleep(1)
        pid = pid_of(command, binary)
        issued = emulator.issued()
        assert [i["value"] for i in issued if i["kind"] == "SecretCode"] == [secret], "the secret on screen is the one issued"
        needles = {**password_needles(temporary, new), **issued_needles(issued)}
        return (pid, *count_copies(pid, needles, context))
    finally:
        if session:
            session.kill()
        emulator.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=BINARY)
    parser.add_argument("--unit-environment", action="store_true",
                        help="run with the kiosk unit's GLIBC_TUNABLES (freed memory overwritten), as a kiosk runs")
    parser.add_argument("--context", type=int, default=0, metavar="BYTES",
                        help="also print each copy with this many bytes either side (to find its holder)")
    parser.add_argument("--runs", type=int, default=1, help="measure this many times (the count varies a little)")
    args = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("run as root: /proc/PID/mem of a non-dumpable process needs CAP_SYS_PTRACE")
    for _ in range(args.runs):
        pid, counts, where, seen = measure(args.binary, unit_environment() if args.unit_environment else None,
                                           args.context)
        print(f"after one first sign-in and the kiosk reset, pid {pid}:")
        for label in counts:
            places = ", ".join(f"{name} {n}" for name, n in sorted(where[label].items())) or "-"
            print(f"  {label:32} {counts[label]:3} copies  ({places})")
        for label, address, piece in seen:
            show(label, address, piece)


if __name__ == "__main__":
    main()
