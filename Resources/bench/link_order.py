#!/usr/bin/env python3
"""Writes Resources/bench/link-order.txt: the functions the release binary runs
up to its first frame, then those it runs while a person types (the warm-up
that loads libcurl included), in that order. `make release` hands the file to
the linker (lld's --symbol-ordering-file), which places those functions side by
side at the start of the code.

Why: the kernel maps a program's code 64 KB at a time around each page it
touches, so functions scattered over 10 MB of code made 6.5 MB of it resident
before the first frame; side by side, the same functions fill a fraction of
that, with fewer page faults. A stale file costs nothing but that gain: names
that no longer exist are ignored, and new functions are placed as usual.

Run it again after large changes (it needs valgrind, `apt-get install valgrind`):

    .build/venv/bin/python Resources/bench/link_order.py [--no-build]
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ui_bench import ROOT, drain, read_until, spawn  # noqa: E402

OUTPUT = ROOT / "Resources" / "bench" / "link-order.txt"
SCRATCH = ROOT / ".build-order"


def functions(profile, binary_name):
    """The functions of `binary_name` that ran, from a callgrind profile written
    with --demangle=no (raw symbol names, as the linker knows them)."""
    objects, names, found, current = {}, {}, [], None
    for line in open(profile, errors="replace"):
        m = re.match(r"^(c?ob|c?fn)=\((\d+)\)(?: (.*))?$", line.rstrip("\n"))
        if not m:
            continue
        kind, key, name = m.groups()
        table = objects if kind.endswith("ob") else names
        if name:
            table[key] = name
        if kind == "ob":
            current = objects[key]
        elif kind == "fn" and current and os.path.basename(current) == binary_name:
            symbol = re.sub(r"'\d+$", "", names[key])  # callgrind marks recursion levels as name'2
            if not symbol.startswith("0x") and " " not in symbol:
                found.append(symbol)
    return found


def part_number(profile):
    for line in open(profile, errors="replace"):
        if line.startswith("part:"):
            return int(line.split()[1])
    return 0


def main():
    # The same build as `make release`, unstripped, in a folder of its own
    # (--no-build: the one already there).
    if "--no-build" not in sys.argv[1:]:
        subprocess.run(["make", "--no-print-directory", "release-build", f"RELEASE_SCRATCH={SCRATCH}", "RELEASE_ORDER="],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as tmp:
        # valgrind cannot read the toolchain's DWARF: keep the symbols only.
        binary = os.path.join(tmp, "cognito-onboard")
        shutil.copy(SCRATCH / "release" / "cognito-onboard", binary)
        subprocess.run(["strip", "--strip-debug", binary], check=True)
        os.symlink(SCRATCH / "release" / "cognito-onboard_OnboardingResources.resources",
                   os.path.join(tmp, "cognito-onboard_OnboardingResources.resources"))
        config = os.path.join(tmp, "config.json")
        with open(config, "w") as f:
            f.write('{"user_pool_id": "eu-west-1_Order", "user_pool_client_id": "order", "endpoint_url": "http://127.0.0.1:9/"}')
        profile = os.path.join(tmp, "callgrind.out")
        pid, fd = spawn(["valgrind", "--tool=callgrind", "--demangle=no", f"--callgrind-out-file={profile}",
                         binary, "--config", config])
        read_until(fd, b"quit", timeout=120)
        drain(fd, quiet=1.0)
        subprocess.run(["callgrind_control", "--dump=first-frame", str(pid)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for key in b"ada\tpassword":
            os.write(fd, bytes([key]))
            drain(fd, quiet=0.3)
        time.sleep(5)  # the warm-up loads libcurl 100 ms (here: much longer) after the first key
        drain(fd, quiet=1.0)
        os.kill(pid, 15)
        drain(fd, quiet=1.0)
        os.waitpid(pid, 0)
        # Each dump's file says which part of the run it holds ("part: N").
        parts = sorted((part_number(os.path.join(tmp, p)), p) for p in os.listdir(tmp) if p.startswith("callgrind.out"))
        order, seen = [], set()
        for _, part in parts:  # the first frame, then the rest
            for symbol in functions(os.path.join(tmp, part), "cognito-onboard"):
                if symbol not in seen:
                    seen.add(symbol)
                    order.append(symbol)
    OUTPUT.write_text("".join(f"{s}\n" for s in order))
    print(f"{OUTPUT.relative_to(ROOT)}: {len(order)} functions from {len(parts)} profiles")


if __name__ == "__main__":
    main()
