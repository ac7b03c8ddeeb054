#!/usr/bin/env python3
"""Network benchmark: a first sign-in with TOTP setup (SRP sign-in with the
temporary password, NEW_PASSWORD_REQUIRED, MFA_SETUP with
AssociateSoftwareToken and VerifySoftwareToken) against the local emulator
through a TLS relay that adds 50 ms each way (tls_relay.py) — ours (the
release cognito-bench, CognitoAuth's SignInFlow on CurlTransport) beside boto3
making the same calls through the same kind of relay, in the same run.

Not a test: it prints figures. Counted at the relay: TCP connections and TLS
handshakes per run. Waiting: the time the person waits from Enter on the
sign-in screen to "You're all set", less their own typing (the sum of the
calls' times; for boto3 pycognito's SRP arithmetic is left out, so boto3's
figure is pure network and service time). Goals: one TLS handshake per run;
our waiting at most 1.1x boto3's.

Ours warms its connection when it starts (as the wizard does) and the person
types for `--typing` seconds before pressing Enter; boto3 has no warm-up and
pays its handshake in the first call.

    .build/venv/bin/python Resources/bench/network_bench.py [--runs N] [--typing S]
"""
import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import boto3
import pyotp
from botocore import UNSIGNED
from botocore.config import Config
from pycognito.aws_srp import AWSSRP

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "Resources" / "emulator"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from cognito_emulator.testing import Emulator  # noqa: E402
from srp_bench import bench_binary  # noqa: E402
from tls_relay import Relay  # noqa: E402

TEMP = "Temp#Pass123"
NEW = "Str0ng#Passw0rd"


def ours(binary, emulator, pool, client, username, typing):
    """One run of cognito-bench through a fresh relay; (waiting s, relay stats, connections it opened)."""
    relay = Relay(emulator.endpoint).start()
    try:
        process = subprocess.Popen([binary, "flow", relay.endpoint, pool, client["ClientId"], username],
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                   env={"SSL_CERT_FILE": relay.ca, "PATH": "/usr/bin:/bin"})
        time.sleep(typing)  # the person types; the connection warms meanwhile
        process.stdin.write(f"{TEMP}\n{NEW}\n")
        process.stdin.flush()
        secret = json.loads(process.stdout.readline())["secret"]
        process.stdin.write(pyotp.TOTP(secret).now() + "\n")
        process.stdin.flush()
        report = json.loads(process.stdout.readline())
        if process.wait(timeout=30) != 0:
            raise RuntimeError("cognito-bench failed")
        return report["waiting"], relay.stats(), report["connections"]
    finally:
        relay.stop()


def boto3_run(emulator, pool, client, username):
    """The same calls with boto3 (pycognito for the SRP values) through a fresh relay."""
    relay = Relay(emulator.endpoint).start()
    try:
        idp = boto3.client("cognito-idp", region_name="us-east-1", endpoint_url=relay.endpoint, verify=relay.ca,
                           config=Config(signature_version=UNSIGNED))
        client_id = client["ClientId"]
        waited = 0.0

        def call(method, **parameters):
            nonlocal waited
            started = time.perf_counter()
            answer = getattr(idp, method)(**parameters)
            waited += time.perf_counter() - started
            return answer

        srp = AWSSRP(username, TEMP, pool, client_id, client=idp)
        first = call("initiate_auth", AuthFlow="USER_SRP_AUTH", ClientId=client_id, AuthParameters=srp.get_auth_params())
        # pycognito's SRP arithmetic, between the calls, is not counted.
        answers = srp.process_challenge(first["ChallengeParameters"], srp.get_auth_params())
        second = call("respond_to_auth_challenge", ClientId=client_id, ChallengeName="PASSWORD_VERIFIER",
                      ChallengeResponses=answers)
        internal = second["ChallengeParameters"].get("USER_ID_FOR_SRP", username)
        third = call("respond_to_auth_challenge", ClientId=client_id, ChallengeName="NEW_PASSWORD_REQUIRED",
                     Session=second["Session"], ChallengeResponses={"USERNAME": internal, "NEW_PASSWORD": NEW})
        associated = call("associate_software_token", Session=third["Session"])
        verified = call("verify_software_token", Session=associated["Session"],
                        UserCode=pyotp.TOTP(associated["SecretCode"]).now(), FriendlyDeviceName="bench")
        done = call("respond_to_auth_challenge", ClientId=client_id, ChallengeName="MFA_SETUP",
                    Session=verified["Session"], ChallengeResponses={"USERNAME": internal})
        assert "AuthenticationResult" in done, done
        return waited, relay.stats()
    finally:
        relay.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--typing", type=float, default=0.5, help="seconds the person types before Enter")
    args = parser.parse_args()
    binary = bench_binary()
    emulator = Emulator()
    try:
        pool, client = emulator.make_pool(mfa=True)
        results = {"ours": [], "boto3": []}
        for run in range(args.runs):
            for who in ("ours", "boto3"):
                username = f"{who}{run}"
                emulator.create_user(pool, username, TEMP)
                if who == "ours":
                    waited, stats, _ = ours(binary, emulator, pool, client, username, args.typing)
                else:
                    waited, stats = boto3_run(emulator, pool, client, username)
                results[who].append((waited, stats))
    finally:
        emulator.stop()

    def summary(who):
        waits = [w for w, _ in results[who]]
        tcp = max(s["tcp_connections"] for _, s in results[who])
        tls = max(s["tls_handshakes"] for _, s in results[who])
        requests = statistics.median(s["requests"] for _, s in results[who])
        return statistics.median(waits), tcp, tls, requests

    print(f"first sign-in with TOTP setup through a TLS relay (+50 ms each way), {args.runs} runs each")
    w_ours, tcp_ours, tls_ours, req_ours = summary("ours")
    w_boto, tcp_boto, tls_boto, req_boto = summary("boto3")
    print(f"  cognito-onboard  waiting median {w_ours * 1000:7.1f} ms   per run (max): {tcp_ours} TCP connection(s),"
          f" {tls_ours} TLS handshake(s), {req_ours:.0f} requests (1 warm-up)")
    print(f"  boto3            waiting median {w_boto * 1000:7.1f} ms   per run (max): {tcp_boto} TCP connection(s),"
          f" {tls_boto} TLS handshake(s), {req_boto:.0f} requests")
    ratio = w_ours / w_boto
    print(f"  ratio ours/boto3: {ratio:.2f} (goal <= 1.1) -> {'met' if ratio <= 1.1 else 'NOT met'};"
          f" TLS handshakes per run: {tls_ours} (goal 1) -> {'met' if tls_ours == 1 else 'NOT met'}")


if __name__ == "__main__":
    sys.exit(main())
