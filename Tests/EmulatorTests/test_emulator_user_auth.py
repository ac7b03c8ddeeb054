"""Choice-based sign-in (USER_AUTH) in the emulator, checked with boto3 and
pycognito's SRP: the preferred challenge, SELECT_CHALLENGE with AvailableChallenges
at the top level, the password answers, one-time codes by email and SMS (8 digits,
from the outbox), stale codes, email MFA code lengths and the tier."""
import time

import pytest
from pycognito.aws_srp import AWSSRP
from support import NEW, TEMP, confirmed_user, error_of, srp_sign_in

MISMATCH = ("CodeMismatchException", "Invalid code or auth state for the user.")


def initiate(e, client, username, **params):
    return e.idp.initiate_auth(AuthFlow="USER_AUTH", ClientId=client["ClientId"],
                               AuthParameters=dict(params, USERNAME=username))


def respond(e, client, name, session, **responses):
    return e.idp.respond_to_auth_challenge(ClientId=client["ClientId"], ChallengeName=name, Session=session,
                                           ChallengeResponses=responses)


def srp_verifier(e, pool, client, username, password, answer_select=None):
    """PASSWORD_SRP as the preferred challenge (or as the answer to a SELECT_CHALLENGE
    session), then PASSWORD_VERIFIER answered with the Session it came with."""
    srp = AWSSRP(username, password, pool, client["ClientId"], client=e.idp)
    params = srp.get_auth_params()
    if answer_select:
        first = respond(e, client, "SELECT_CHALLENGE", answer_select, USERNAME=username, ANSWER="PASSWORD_SRP",
                        SRP_A=params["SRP_A"])
    else:
        first = initiate(e, client, username, PREFERRED_CHALLENGE="PASSWORD_SRP", SRP_A=params["SRP_A"])
    assert first["ChallengeName"] == "PASSWORD_VERIFIER"
    assert first["Session"], "USER_AUTH's PASSWORD_VERIFIER carries a Session"
    assert set(first["ChallengeParameters"]) == {"SALT", "SRP_B", "SECRET_BLOCK", "USER_ID_FOR_SRP", "USERNAME"}
    answer = srp.process_challenge(first["ChallengeParameters"], params)
    return e.idp.respond_to_auth_challenge(ClientId=client["ClientId"], ChallengeName="PASSWORD_VERIFIER",
                                           Session=first["Session"], ChallengeResponses=answer)


def test_client_with_only_user_auth_refuses_the_other_flows(emulator):
    pool, client = emulator.choice_pool()
    confirmed_user(emulator, pool)
    assert error_of(lambda: srp_sign_in(emulator, pool, client, "ada", NEW)) == (
        "InvalidParameterException", "USER_SRP_AUTH is not enabled for the client.")
    assert error_of(lambda: emulator.idp.initiate_auth(
        AuthFlow="USER_PASSWORD_AUTH", ClientId=client["ClientId"], AuthParameters={"USERNAME": "ada", "PASSWORD": NEW})) == (
        "InvalidParameterException", "USER_PASSWORD_AUTH flow not enabled for this client")


def test_user_auth_needs_the_client_to_allow_it(emulator):
    pool, client = emulator.choice_pool(flows=["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"])
    confirmed_user(emulator, pool)
    assert error_of(lambda: initiate(emulator, client, "ada"))[0] == "InvalidParameterException"


def test_preferred_password_srp_signs_in(emulator):
    pool, client = emulator.choice_pool()
    confirmed_user(emulator, pool)
    done = srp_verifier(emulator, pool, client, "ada", NEW)
    assert done["AuthenticationResult"]["AccessToken"]


def test_password_srp_with_the_temporary_password_asks_for_a_new_one(emulator):
    pool, client = emulator.choice_pool()
    emulator.create_user(pool, "ada", TEMP, email="ada@example.com")
    challenge = srp_verifier(emulator, pool, client, "ada", TEMP)
    assert challenge["ChallengeName"] == "NEW_PASSWORD_REQUIRED"
    assert challenge["ChallengeParameters"]["requiredAttributes"] == "[]"
    done = respond(emulator, client, "NEW_PASSWORD_REQUIRED", challenge["Session"], USERNAME="ada", NEW_PASSWORD=NEW)
    assert done["AuthenticationResult"]["AccessToken"]
    assert emulator.user(pool, "ada")[0] == "CONFIRMED"


def test_wrong_password_srp_is_refused(emulator):
    pool, client = emulator.choice_pool()
    confirmed_user(emulator, pool)
    assert error_of(lambda: srp_verifier(emulator, pool, client, "ada", "Wrong#Pass1")) == (
        "NotAuthorizedException", "Incorrect username or password.")


def test_select_challenge_lists_what_the_pool_and_user_allow(emulator):
    pool, client = emulator.choice_pool(factors=("PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"))
    confirmed_user(emulator, pool, "ada")
    confirmed_user(emulator, pool, "bob", verified=False)
    emulator.create_user(pool, "cy", TEMP, email="cy@example.com", email_verified="true")
    confirmed_user(emulator, pool, "dee")
    emulator.hook("user-settings", UserPoolId=pool, Username="dee", Passkey=True)

    choice = initiate(emulator, client, "ada")
    assert choice["ChallengeName"] == "SELECT_CHALLENGE"
    assert choice["Session"]
    assert choice["AvailableChallenges"] == ["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP"]
    assert "AvailableChallenges" not in choice["ChallengeParameters"]
    assert initiate(emulator, client, "bob")["AvailableChallenges"] == ["PASSWORD", "PASSWORD_SRP"]
    # Still on the temporary password: only the password factors, even when a code is preferred.
    cy = initiate(emulator, client, "cy", PREFERRED_CHALLENGE="EMAIL_OTP")
    assert (cy["ChallengeName"], cy["AvailableChallenges"]) == ("SELECT_CHALLENGE", ["PASSWORD", "PASSWORD_SRP"])
    assert error_of(lambda: respond(emulator, client, "SELECT_CHALLENGE", cy["Session"], USERNAME="cy",
                                    ANSWER="EMAIL_OTP"))[0] == "InvalidParameterException"
    dee = initiate(emulator, client, "dee")
    assert dee["AvailableChallenges"] == ["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"]
    web = respond(emulator, client, "SELECT_CHALLENGE", dee["Session"], USERNAME="dee", ANSWER="WEB_AUTHN")
    assert web["ChallengeName"] == "WEB_AUTHN" and "CREDENTIAL_REQUEST_OPTIONS" in web["ChallengeParameters"]


def test_pool_without_a_sign_in_policy_offers_passwords_only(emulator):
    pool, client = emulator.make_pool(ExplicitAuthFlows=["ALLOW_USER_AUTH"])
    emulator.confirmed_user(pool, "ada", NEW, email="ada@example.com", email_verified="true")
    assert initiate(emulator, client, "ada")["AvailableChallenges"] == ["PASSWORD", "PASSWORD_SRP"]


def test_select_password(emulator):
    pool, client = emulator.choice_pool()
    emulator.create_user(pool, "ada", TEMP)
    session = initiate(emulator, client, "ada")["Session"]
    assert error_of(lambda: respond(emulator, client, "SELECT_CHALLENGE", session, USERNAME="ada", ANSWER="PASSWORD",
                                    PASSWORD="Wrong#Pass1")) == ("NotAuthorizedException", "Incorrect username or password.")
    session = initiate(emulator, client, "ada")["Session"]
    challenge = respond(emulator, client, "SELECT_CHALLENGE", session, USERNAME="ada", ANSWER="PASSWORD", PASSWORD=TEMP)
    assert challenge["ChallengeName"] == "NEW_PASSWORD_REQUIRED"
    done = respond(emulator, client, "NEW_PASSWORD_REQUIRED", challenge["Session"], USERNAME="ada", NEW_PASSWORD=NEW)
    assert done["AuthenticationResult"]["AccessToken"]
    signed_in = initiate(emulator, client, "ada", PREFERRED_CHALLENGE="PASSWORD", PASSWORD=NEW)
    assert signed_in["AuthenticationResult"]["AccessToken"]


def test_select_password_srp(emulator):
    pool, client = emulator.choice_pool()
    confirmed_user(emulator, pool)
    session = initiate(emulator, client, "ada")["Session"]
    assert srp_verifier(emulator, pool, client, "ada", NEW, answer_select=session)["AuthenticationResult"]


@pytest.mark.parametrize("factor, medium, destination, key", [
    ("EMAIL_OTP", "EMAIL", "a***@e***", "EMAIL_OTP_CODE"),
    ("SMS_OTP", "SMS", "+*******0100", "SMS_OTP_CODE"),
])
def test_one_time_code_signs_in_with_eight_digits(emulator, factor, medium, destination, key):
    pool, client = emulator.choice_pool(factors=("PASSWORD", "EMAIL_OTP", "SMS_OTP"))
    confirmed_user(emulator, pool)
    session = initiate(emulator, client, "ada")["Session"]
    challenge = respond(emulator, client, "SELECT_CHALLENGE", session, USERNAME="ada", ANSWER=factor)
    assert challenge["ChallengeName"] == factor and challenge["Session"]
    assert challenge["ChallengeParameters"]["CODE_DELIVERY_DELIVERY_MEDIUM"] == medium
    assert challenge["ChallengeParameters"]["CODE_DELIVERY_DESTINATION"] == destination
    sent = emulator.outbox("ada", factor)[-1]
    assert len(sent["code"]) == 8 and sent["code"].isdigit() and sent["medium"] == medium
    wrong = "0" * 8 if sent["code"] != "0" * 8 else "1" * 8
    assert error_of(lambda: respond(emulator, client, factor, challenge["Session"], USERNAME="ada", **{key: wrong})) == MISMATCH
    # The session survives a wrong code.
    done = respond(emulator, client, factor, challenge["Session"], USERNAME="ada", **{key: sent["code"]})
    assert done["AuthenticationResult"]["AccessToken"]
    preferred = initiate(emulator, client, "ada", PREFERRED_CHALLENGE=factor)
    assert preferred["ChallengeName"] == factor


def test_stale_code_is_refused_after_signing_in_again(short_lived_emulator):
    e = short_lived_emulator
    pool, client = e.choice_pool(factors=("PASSWORD", "EMAIL_OTP"))
    confirmed_user(e, pool)
    first = initiate(e, client, "ada", PREFERRED_CHALLENGE="EMAIL_OTP")
    old = e.outbox("ada", "EMAIL_OTP")[-1]["code"]
    time.sleep(1.5)
    assert error_of(lambda: respond(e, client, "EMAIL_OTP", first["Session"], USERNAME="ada", EMAIL_OTP_CODE=old)) == (
        "NotAuthorizedException", "Invalid session for the user, session is expired.")
    again = initiate(e, client, "ada", PREFERRED_CHALLENGE="EMAIL_OTP")
    new = e.outbox("ada", "EMAIL_OTP")[-1]["code"]
    assert len(e.outbox("ada", "EMAIL_OTP")) == 2, "signing in again sends a new code"
    if new != old:  # one chance in 10^8 that the new code is the old one
        assert error_of(lambda: respond(e, client, "EMAIL_OTP", again["Session"], USERNAME="ada",
                                        EMAIL_OTP_CODE=old)) == MISMATCH
    assert respond(e, client, "EMAIL_OTP", again["Session"], USERNAME="ada", EMAIL_OTP_CODE=new)["AuthenticationResult"]


@pytest.mark.parametrize("length", [None, 6, 8])
def test_email_mfa_code_has_the_pools_length(emulator, length):
    pool, client = emulator.choice_pool(factors=("PASSWORD", "EMAIL_OTP"))
    emulator.idp.set_user_pool_mfa_config(UserPoolId=pool, MfaConfiguration="OPTIONAL",
                                          EmailMfaConfiguration={"Subject": "Your code"})
    if length:
        emulator.hook("pool-settings", UserPoolId=pool, EmailMfaCodeLength=length)
    confirmed_user(emulator, pool)
    emulator.idp.admin_set_user_mfa_preference(UserPoolId=pool, Username="ada",
                                               EmailMfaSettings={"Enabled": True, "PreferredMfa": True})
    # MFA and passwordless sign-in do not go together: no EMAIL_OTP first factor now.
    assert initiate(emulator, client, "ada")["AvailableChallenges"] == ["PASSWORD", "PASSWORD_SRP"]
    challenge = srp_verifier(emulator, pool, client, "ada", NEW)
    assert challenge["ChallengeName"] == "EMAIL_OTP"
    code = emulator.outbox("ada", "EMAIL_OTP")[-1]["code"]
    assert len(code) == (length or 6) and code.isdigit()
    done = respond(emulator, client, "EMAIL_OTP", challenge["Session"], USERNAME="ada", EMAIL_OTP_CODE=code)
    assert done["AuthenticationResult"]["AccessToken"]


def test_lite_tier_has_no_choice_based_sign_in(emulator):
    pool, client = emulator.choice_pool(tier="LITE")
    confirmed_user(emulator, pool)
    assert error_of(lambda: initiate(emulator, client, "ada"))[0] == "FeatureUnavailableInTierException"
    pool, client = emulator.choice_pool(tier="PLUS")
    confirmed_user(emulator, pool)
    assert initiate(emulator, client, "ada")["ChallengeName"] == "SELECT_CHALLENGE"
