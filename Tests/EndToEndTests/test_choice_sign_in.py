"""Every sign-in path a real pool can take, in a real terminal: a client that
allows only choice-based sign-in (USER_AUTH), a code by email as the first
factor, an email MFA code whose session ends before it is typed, "forgot
password" before the first sign-in, and a disabled account."""
import time

import pytest

from e2e_support import NEW, TEMP, Emulator, ask_for_a_reset, fill_in, sign_in, write_config


def confirmed_user(e, pool, name="ada"):
    """A user who has chosen a password, with a verified email address: a code
    by email can reach them."""
    e.confirmed_user(pool, name, NEW, email=f"{name}@example.com", email_verified="true")


@pytest.mark.parametrize("auth_flow", [None, "USER_AUTH"])
def test_first_sign_in_through_a_client_that_allows_only_user_auth(emulator, sessions, tmp_path, auth_flow):
    """(a) Configured for USER_AUTH, or left at the default (SRP, which the
    client refuses: the wizard falls back to USER_AUTH by itself)."""
    pool, client = emulator.choice_pool(required=("name",))
    emulator.create_user(pool, "ada", TEMP, email="ada@example.com")
    extra = {"auth_flow": auth_flow} if auth_flow else {}
    tokens = tmp_path / "tokens.json"
    s = sessions("--config", write_config(tmp_path, emulator, pool, client, required=["name"], **extra),
                 "--tokens-out", str(tokens))
    sign_in(s)
    screen = s.wait_for("Choose your password")
    assert "not configured correctly" not in screen
    fill_in(s, NEW, NEW, "Ada Lovelace")
    s.wait_for("You're all set")
    status, attrs = emulator.user(pool, "ada")
    assert status == "CONFIRMED" and attrs["name"] == "Ada Lovelace"
    assert "RefreshToken" in tokens.read_text()
    s.send("Enter")
    s.wait_for("EXIT=0")


def test_a_code_by_email_signs_in_with_the_eight_digits_from_the_outbox(emulator, sessions, tmp_path):
    """(b) The password left empty: the choice, then a code by email."""
    pool, client = emulator.choice_pool(factors=("PASSWORD", "EMAIL_OTP", "WEB_AUTHN"))
    confirmed_user(emulator, pool)
    s = sessions("--config", write_config(tmp_path, emulator, pool, client, auth_flow="USER_AUTH"))
    s.wait_for("Leave it empty")
    sign_in(s, password=None)
    screen = s.wait_for("Choose how to sign in")
    assert "Your password" in screen, "the password is the default"
    s.send("Right")
    s.wait_for("A code by email")
    s.send("Enter")
    assert "a***@e***" in s.wait_for("Enter your code")
    code = emulator.outbox("ada", "EMAIL_OTP")[-1]["code"]
    assert len(code) == 8
    s.type(code[:4])
    s.wait_for("6 to 8 digits")  # the hint, under what is typed
    s.type(code[4:])
    s.send("Enter")
    s.wait_for("Already set up")


def test_a_passkey_is_explained_never_sent(emulator, sessions, tmp_path):
    pool, client = emulator.choice_pool(factors=("PASSWORD", "WEB_AUTHN"))
    confirmed_user(emulator, pool, "joan")
    emulator.hook("user-settings", UserPoolId=pool, Username="joan", Passkey=True)
    s = sessions("--config", write_config(tmp_path, emulator, pool, client, auth_flow="USER_AUTH"))
    sign_in(s, "joan", password=None)
    s.wait_for("Choose how to sign in")
    s.send("Right")
    s.wait_for("passkey (not possible in a terminal)")
    before = emulator.requests().get("RespondToAuthChallenge", 0)
    s.send("Enter")
    s.wait_for("terminal cannot offer")
    assert emulator.requests().get("RespondToAuthChallenge", 0) == before, "nothing was sent"


def test_an_email_mfa_code_whose_session_ended_is_replaced_and_never_resent(sessions, tmp_path):
    """(c) The code's session ends before it is typed: the wizard signs in
    again, the service sends a new code, and only that one is submitted."""
    with Emulator("--session-ttl", "3") as e:
        pool, client = e.make_pool()
        e.idp.set_user_pool_mfa_config(UserPoolId=pool, MfaConfiguration="OPTIONAL",
                                       EmailMfaConfiguration={"Subject": "Your code"})
        e.hook("pool-settings", UserPoolId=pool, EmailMfaCodeLength=8)
        confirmed_user(e, pool)
        e.idp.admin_set_user_mfa_preference(UserPoolId=pool, Username="ada",
                                            EmailMfaSettings={"Enabled": True, "PreferredMfa": True})
        s = sessions("--config", write_config(tmp_path, e, pool, client), "--username", "ada")
        sign_in(s, None, NEW)
        s.wait_for("Enter your code")
        old = e.outbox("ada", "EMAIL_OTP")[-1]["code"]
        assert len(old) == 8
        time.sleep(3.5)
        s.type(old)
        s.wait_for("6 to 8 digits")
        s.send("Enter")
        screen = s.wait_for("a new code is on its way")
        sent = e.outbox("ada", "EMAIL_OTP")
        assert len(sent) == 2, "signing in again sent a new code"
        assert old not in screen.split("Code")[-1].split("\n")[0], "the old code is cleared"
        answered = e.requests().get("RespondToAuthChallenge", 0)
        # PASSWORD_VERIFIER, the stale code (session expired), PASSWORD_VERIFIER again: never the old code twice.
        assert answered == 3
        s.type(sent[-1]["code"])
        s.send("Enter")
        s.wait_for("Already set up")
        assert e.requests().get("RespondToAuthChallenge", 0) == 4


def test_forgot_password_before_the_first_sign_in_gets_the_right_advice(emulator, sessions, tmp_path):
    """(d) F2 for a user still on the temporary password."""
    pool, client = emulator.make_pool()
    emulator.create_user(pool, "ada", TEMP, email="ada@example.com", email_verified="true")
    s = sessions("--config", write_config(tmp_path, emulator, pool, client), "--username", "ada")
    ask_for_a_reset(s)
    screen = s.wait_for("Not set up yet")
    assert "Reset your password" in screen
    assert "temporary password" in screen and "new invitation" in screen, screen


def test_a_disabled_account_is_told_so_on_the_sign_in_screen(emulator, sessions, tmp_path):
    """(e)"""
    pool, client = emulator.make_pool()
    confirmed_user(emulator, pool)
    emulator.idp.admin_disable_user(UserPoolId=pool, Username="ada")
    s = sessions("--config", write_config(tmp_path, emulator, pool, client))
    sign_in(s, password=NEW)
    screen = s.wait_for("This account is disabled")
    assert "Sign in" in screen and "Incorrect username or password" not in screen
