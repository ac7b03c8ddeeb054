#!/usr/bin/env python3
"""How many copies of the last person's passwords a kiosk keeps in memory.

As root: the wizard in kiosk mode in tmux against the emulator; one person's
first sign-in with a known temporary and a known new password; the kiosk
reset (Enter on the last screen); then every writable mapping of the process
(/proc/PID/maps) is read through /proc/PID/mem and the passwords counted, as
UTF-8 and as UTF-16. The process is not dumpable (PR_SET_DUMPABLE 0), which
keeps other users' processes out; root's CAP_SYS_PTRACE still reads it.

Not a test: it prints figures.

    sudo .build/venv/bin/python Resources/bench/secret_copies.py [--binary PATH]
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

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "Tests" / "EndToEndTests"))
from e2e_support import BINARY, Emulator, TmuxSession, write_config  # noqa: E402


def writable_regions(pid):
    with open(f"/proc/{pid}/maps") as maps:
        for line in maps:
            fields = line.split()
            start, end = (int(x, 16) for x in fields[0].split("-"))
            name = fields[5] if len(fields) > 5 else "[anonymous]"
            if "w" in fields[1] and name != "[vvar]":
                yield start, end, name


def count_copies(pid, needles):
    counts = {label: 0 for label in needles}
    where = {label: {} for label in needles}
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for start, end, name in writable_regions(pid):
            try:
                mem.seek(start)
                data = mem.read(end - start)
            except OSError:
                continue
            for label, needle in needles.items():
                n = len(re.findall(re.escape(needle), data))
                if n:
                    counts[label] += n
                    where[label][name] = where[label].get(name, 0) + n
    return counts, where


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=BINARY)
    args = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("run as root: /proc/PID/mem of a non-dumpable process needs CAP_SYS_PTRACE")
    temporary = "Tmp#" + secrets.token_hex(6)
    new = "New#Pw" + secrets.token_hex(6).upper()
    emulator = Emulator()
    session = None
    try:
        pool, client = emulator.make_pool(required=["name"])
        emulator.create_user(pool, "ada", temporary)
        config = write_config(Path(tempfile.mkdtemp()), emulator, pool, client)
        command = f"{args.binary} --config {config} --kiosk"
        session = TmuxSession(command)
        session.wait_for("Temporary password")
        session.type("ada"); session.send("Tab"); session.type(temporary); session.send("Enter")
        session.wait_for("Choose your password")
        session.type(new); session.send("Tab"); session.type(new); session.send("Tab")
        session.type("Ada Lovelace"); session.send("Enter")
        session.wait_for("You're all set")
        session.send("Enter")  # the kiosk's reset: the next person
        session.wait_for("Temporary password")
        time.sleep(1)
        pid = int(subprocess.run(["pgrep", "-f", command], capture_output=True, text=True).stdout.split()[0])
        needles = {}
        for label, password in (("new password", new), ("temporary password", temporary)):
            needles[f"{label}, UTF-8"] = password.encode()
            needles[f"{label}, UTF-16"] = password.encode("utf-16-le")
        counts, where = count_copies(pid, needles)
        print(f"after one first sign-in and the kiosk reset, pid {pid}:")
        for label in needles:
            places = ", ".join(f"{name} {n}" for name, n in sorted(where[label].items())) or "-"
            print(f"  {label:30} {counts[label]:3} copies  ({places})")
    finally:
        if session:
            session.kill()
        emulator.stop()


if __name__ == "__main__":
    main()
