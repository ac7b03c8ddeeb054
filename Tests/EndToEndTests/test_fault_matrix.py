"""Every fault of the fault relay at every step of a first sign-in with TOTP
setup, through the real wizard in plain mode: a clear message, what was typed
kept, success once the fault clears, and the password changed exactly once."""
import pyotp
import pytest

from e2e_support import NEW, TEMP, write_config
from fault_relay import FAULTS, FaultRelay
from plain_driver import PlainWizard

STEPS = ["InitiateAuth", "PASSWORD_VERIFIER", "NEW_PASSWORD_REQUIRED", "AssociateSoftwareToken",
         "VerifySoftwareToken", "MFA_SETUP"]
#: The messages a person may see for a fault (en.json); nothing else is clear enough.
CLEAR = ["Cannot reach the sign-in service", "did not answer in time", "refused the connection",
         "too many requests", "Too many requests", "The sign-in service had a problem", "secure connection",
         "Secure connection", "TLS", "Your new password is set", "Your authenticator app is set up"]
REQUEST_TIMEOUT = 2
results = {"passed": 0, "failed": 0}


@pytest.fixture(scope="module")
def relay(emulator):
    r = FaultRelay(emulator.endpoint)
    yield r
    r.stop()


def sign_in(wizard, relay, totp):
    """Answers every prompt; clears the network after the first error it sees.
    Returns (errors seen, prompts answered after the first error, with their text)."""
    errors, after = [], []
    prompts = 0
    while (prompt := wizard.next_prompt()) is not None:
        prompts += 1
        assert prompts < 30, wizard.output
        shown = wizard.output[:-len(prompt)]
        new_errors = [line for line in shown.splitlines() if line.startswith("Error:")][len(errors):]
        if new_errors:
            errors += new_errors
            relay.clear()
        if errors:
            after.append(prompt)
        if prompt.startswith("Username"):
            wizard.answer("" if "[ada]" in prompt else "ada")
        elif prompt.startswith("Temporary password"):
            wizard.answer(TEMP)
        elif prompt.startswith(("New password", "Confirm")):
            wizard.answer(NEW)
        elif "code" in prompt.lower():
            totp[0] = wizard.totp_secret() or totp[0]
            wizard.answer(pyotp.TOTP(totp[0]).now())
        else:
            wizard.answer("")
    return errors, after


@pytest.mark.parametrize("fault", list(FAULTS))
@pytest.mark.parametrize("step", STEPS)
def test_fault(emulator, relay, tmp_path, step, fault):
    pool, client = emulator.make_pool(mfa=True)
    emulator.create_user(pool, "ada", TEMP)
    config = write_config(tmp_path, emulator, pool, client, mfa_configuration="REQUIRED", mfa_methods=["TOTP"],
                          endpoint_url=relay.endpoint)
    relay.clear()
    relay.arm(step, fault)
    wizard = PlainWizard("--config", config, "--request-timeout", str(REQUEST_TIMEOUT),
                         env={"SSL_CERT_FILE": relay.ca, "TERM": "dumb", "LANG": "C.UTF-8"})
    ok = False
    try:
        errors, after = sign_in(wizard, relay, [None])
        status = wizard.finish()
        relay.clear()
        output = wizard.output
        assert status == 0, output + wizard.stderr.decode()
        assert "You're all set" in output
        for error in errors:
            assert any(c in error for c in CLEAR), f"unclear message: {error}"
        assert "unexpected" not in output.lower(), output
        if any(p.startswith("Username") for p in after):
            assert any("[ada]" in p for p in after), "the username was kept"
        assert emulator.password_changes(pool, "ada") == 1, "the password changed exactly once"
        assert emulator.user(pool, "ada")[0] == "CONFIRMED"
        ok = True
    finally:
        wizard.kill()
        results["passed" if ok else "failed"] += 1


def test_zz_report_the_matrix():
    """Runs last in this file: the count a person reads in the test output."""
    total = len(STEPS) * len(FAULTS)
    line = f"fault matrix: {results['passed']} passed, {results['failed']} failed of {total}"
    results["line"] = line  # printed in the summary by conftest.py
    assert results["passed"] + results["failed"] == total, line
    assert results["failed"] == 0, line
