"""What the emulator tells a client about users it cannot sign in, with the real
service's messages: unknown users under PreventUserExistenceErrors ENABLED and
LEGACY, disabled users (after the password), a reset before the first sign-in."""
import pytest
from support import NEW, TEMP, confirmed_user, error_of, srp_sign_in

WRONG = ("NotAuthorizedException", "Incorrect username or password.")
NOT_FOUND = ("UserNotFoundException", "User does not exist.")


def password_sign_in(e, client, username, password):
    return e.idp.initiate_auth(AuthFlow="USER_PASSWORD_AUTH", ClientId=client["ClientId"],
                               AuthParameters={"USERNAME": username, "PASSWORD": password})


FLOWS = ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]


def test_unknown_user_when_existence_errors_are_prevented(emulator):
    pool, client = emulator.make_pool(PreventUserExistenceErrors="ENABLED", ExplicitAuthFlows=FLOWS)
    first, answer = srp_sign_in(emulator, pool, client, "nobody", NEW)
    p = first["ChallengeParameters"]
    assert first["ChallengeName"] == "PASSWORD_VERIFIER" and "Session" not in first
    assert set(p) == {"SALT", "SRP_B", "SECRET_BLOCK", "USER_ID_FOR_SRP", "USERNAME"}
    # SALT is the hex of a 128-bit number, as the service writes it: no
    # leading zero, so 31 digits or fewer one time in sixteen (srp.new_salt).
    assert len(p["SRP_B"]) > 700 and 0 < len(p["SALT"]) <= 32 and int(p["SALT"], 16) > 0
    assert not p["SALT"].startswith("0") and p["USER_ID_FOR_SRP"] == "nobody"
    assert error_of(answer) == WRONG
    assert error_of(lambda: password_sign_in(emulator, client, "nobody", NEW)) == WRONG
    choice = emulator.idp.initiate_auth(AuthFlow="USER_AUTH", ClientId=client["ClientId"],
                                        AuthParameters={"USERNAME": "nobody"})
    assert choice["ChallengeName"] == "SELECT_CHALLENGE" and choice["AvailableChallenges"] == ["PASSWORD", "PASSWORD_SRP"]
    sent = emulator.idp.forgot_password(ClientId=client["ClientId"], Username="nobody")["CodeDeliveryDetails"]
    assert sent["DeliveryMedium"] == "EMAIL" and "***" in sent["Destination"]


def test_unknown_user_under_legacy(emulator):
    pool, client = emulator.make_pool(PreventUserExistenceErrors="LEGACY", ExplicitAuthFlows=FLOWS)
    assert error_of(lambda: srp_sign_in(emulator, pool, client, "nobody", NEW)) == NOT_FOUND
    assert error_of(lambda: password_sign_in(emulator, client, "nobody", NEW)) == NOT_FOUND
    assert error_of(lambda: emulator.idp.initiate_auth(AuthFlow="USER_AUTH", ClientId=client["ClientId"],
                                                       AuthParameters={"USERNAME": "nobody"})) == NOT_FOUND
    assert error_of(lambda: emulator.idp.forgot_password(ClientId=client["ClientId"], Username="nobody")) == NOT_FOUND
    assert error_of(lambda: emulator.idp.confirm_forgot_password(
        ClientId=client["ClientId"], Username="nobody", ConfirmationCode="123456", Password=NEW)) == NOT_FOUND


def test_disabled_user_is_told_so_only_after_the_password(emulator):
    pool, client = emulator.make_pool(ExplicitAuthFlows=FLOWS)
    confirmed_user(emulator, pool)
    emulator.idp.admin_disable_user(UserPoolId=pool, Username="ada")
    disabled = ("NotAuthorizedException", "User is disabled.")
    assert error_of(lambda: srp_sign_in(emulator, pool, client, "ada", "Wrong#Pass1")[1]()) == WRONG
    assert error_of(lambda: srp_sign_in(emulator, pool, client, "ada", NEW)[1]()) == disabled
    assert error_of(lambda: password_sign_in(emulator, client, "ada", "Wrong#Pass1")) == WRONG
    assert error_of(lambda: password_sign_in(emulator, client, "ada", NEW)) == disabled
    emulator.idp.admin_enable_user(UserPoolId=pool, Username="ada")
    assert password_sign_in(emulator, client, "ada", NEW)["AuthenticationResult"]


def test_disabled_user_with_a_one_time_code(emulator):
    pool, client = emulator.choice_pool(factors=("PASSWORD", "EMAIL_OTP"))
    confirmed_user(emulator, pool)
    emulator.idp.admin_disable_user(UserPoolId=pool, Username="ada")
    challenge = emulator.idp.initiate_auth(AuthFlow="USER_AUTH", ClientId=client["ClientId"],
                                           AuthParameters={"USERNAME": "ada", "PREFERRED_CHALLENGE": "EMAIL_OTP"})
    code = emulator.outbox("ada", "EMAIL_OTP")[-1]["code"]
    assert error_of(lambda: emulator.idp.respond_to_auth_challenge(
        ClientId=client["ClientId"], ChallengeName="EMAIL_OTP", Session=challenge["Session"],
        ChallengeResponses={"USERNAME": "ada", "EMAIL_OTP_CODE": code})) == ("NotAuthorizedException", "User is disabled.")


def test_no_reset_before_the_first_sign_in(emulator):
    pool, client = emulator.make_pool()
    emulator.create_user(pool, "ada", TEMP, email="ada@example.com", email_verified="true")
    assert error_of(lambda: emulator.idp.forgot_password(ClientId=client["ClientId"], Username="ada")) == (
        "NotAuthorizedException", "User password cannot be reset in the current state.")


@pytest.mark.parametrize("setting", [None, "ENABLED"])
def test_default_and_enabled_answer_alike(emulator, setting):
    """The emulator's default when a client does not say is ENABLED (existence.py)."""
    extra = {"PreventUserExistenceErrors": setting} if setting else {}
    pool, client = emulator.make_pool(ExplicitAuthFlows=FLOWS, **extra)
    assert error_of(lambda: password_sign_in(emulator, client, "nobody", NEW)) == WRONG
