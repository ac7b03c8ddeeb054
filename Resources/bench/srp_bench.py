#!/usr/bin/env python3
"""SRP benchmark: the client-side work of one USER_SRP_AUTH sign-in, ours
(release build of cognito-bench) against pycognito's, in the same run.

Not a test: it prints figures and a ratio, it does not pass or fail.
Goal: ours at most 0.15 of pycognito's time; OpenSSL's three modular
exponentiations are the floor.

    .build/venv/bin/python Resources/bench/srp_bench.py [--iterations N]
"""
import argparse
import base64
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from pycognito.aws_srp import AWSSRP

ROOT = Path(__file__).resolve().parents[2]


def pycognito_samples(n):
    salt = os.urandom(16).hex()
    srp_b = "1" + os.urandom(383).hex()
    block = base64.b64encode(os.urandom(96)).decode()
    params = {"USER_ID_FOR_SRP": "3f1c2b6e-9a1d-4c5e-8f00-1234567890ab", "SALT": salt, "SRP_B": srp_b,
              "SECRET_BLOCK": block, "USERNAME": "3f1c2b6e-9a1d-4c5e-8f00-1234567890ab"}
    samples = []
    for _ in range(n):
        started = time.perf_counter()
        srp = AWSSRP("ada", "Temp#Pass123", "eu-west-1_BenchPool", "client", client=object())
        srp.process_challenge(params, {"USERNAME": "ada"})
        samples.append(time.perf_counter() - started)
    return samples


def bench_binary():
    """cognito-bench, built in release (the network bench uses it too)."""
    subprocess.run(["swift", "build", "-c", "release", "--product", "cognito-bench"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()
    return f"{path}/cognito-bench"


def ours_samples(n):
    out = subprocess.run([bench_binary(), "srp", str(n)], check=True, capture_output=True, text=True).stdout
    return json.loads(out)["samples"]


def describe(name, samples):
    ms = sorted(s * 1000 for s in samples)
    p90 = ms[int(len(ms) * 0.9) - 1] if len(ms) >= 10 else ms[-1]
    print(f"{name:<22} median {statistics.median(ms):8.2f} ms   p90 {p90:8.2f} ms   ({len(ms)} sign-ins)")
    return statistics.median(ms)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=50)
    args = parser.parse_args()
    ours = describe("cognito-onboard (Swift)", ours_samples(args.iterations))
    theirs = describe("pycognito", pycognito_samples(args.iterations))
    ratio = ours / theirs
    print(f"ratio ours/pycognito: {ratio:.3f}  (goal: at most 0.15) -> {'met' if ratio <= 0.15 else 'NOT met'}")


if __name__ == "__main__":
    sys.exit(main())
