"""Differential oracle: PASSWORD_CLAIM_SIGNATURE as pycognito computes it.

Reads a JSON list of cases on stdin (pool_id, user_id, password, a, salt,
srp_b, secret_block, timestamp) and prints a JSON list of
{"srp_a": hex, "signature": base64}. Only pycognito's code computes them."""
import json
import sys

from pycognito.aws_srp import AWSSRP

out = []
for case in json.load(sys.stdin):
    srp = AWSSRP(case["user_id"], case["password"], case["pool_id"], "client", client=object())
    srp.small_a_value = int(case["a"], 16)
    srp.large_a_value = srp.calculate_a()
    AWSSRP.get_cognito_formatted_timestamp = staticmethod(lambda _now, t=case["timestamp"]: t)
    answer = srp.process_challenge(
        {
            "USER_ID_FOR_SRP": case["user_id"],
            "SALT": case["salt"],
            "SRP_B": case["srp_b"],
            "SECRET_BLOCK": case["secret_block"],
            "USERNAME": case["user_id"],
        },
        {"USERNAME": case["user_id"]},
    )
    out.append({"srp_a": format(srp.large_a_value, "x"), "signature": answer["PASSWORD_CLAIM_SIGNATURE"]})
json.dump(out, sys.stdout)
