"""The pool's password policy, checked with the real service's messages
(moto's check answers every failure with the same bare message)."""
import re

SYMBOLS = set("^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ")


def policy_of(pool):
    policy = pool.extended_config.get("Policies", {}).get("PasswordPolicy", {})
    return {
        "MinimumLength": int(policy.get("MinimumLength", 8)),
        "RequireUppercase": bool(policy.get("RequireUppercase", True)),
        "RequireLowercase": bool(policy.get("RequireLowercase", True)),
        "RequireNumbers": bool(policy.get("RequireNumbers", True)),
        "RequireSymbols": bool(policy.get("RequireSymbols", True)),
    }


def first_failure(pool, password):
    """The reason the real service gives for the first rule broken, or None."""
    p = policy_of(pool)
    if len(password) < p["MinimumLength"]:
        return "Password not long enough"
    if len(password) > 256:
        return "Password must have less than 256 characters"
    if password != password.strip():
        return "Password must not have leading or trailing whitespace"
    if p["RequireLowercase"] and not re.search(r"[a-z]", password):
        return "Password must have lowercase characters"
    if p["RequireUppercase"] and not re.search(r"[A-Z]", password):
        return "Password must have uppercase characters"
    if p["RequireNumbers"] and not re.search(r"[0-9]", password):
        return "Password must have numeric characters"
    if p["RequireSymbols"] and not any(c in SYMBOLS for c in password):
        return "Password must have symbol characters"
    return None
