"""The emulator checked by an independent client, pycognito: SRP is really
verified, NEW_PASSWORD_REQUIRED looks like the real service's, attributes are
enforced and stored, sessions expire and are single-use."""
import json
import time

import pytest
from botocore.exceptions import ClientError
from pycognito.aws_srp import AWSSRP
from pycognito.exceptions import ForceChangePasswordException
from support import NEW, TEMP, error_of, srp_sign_in


def sign_in(e, pool, client, username, password, secret=None):
    """pycognito's own SRP sign-in (AWSSRP.authenticate_user), against the emulator."""
    srp = AWSSRP(username, password, pool, client["ClientId"], client=e.idp, client_secret=secret)
    return srp.authenticate_user()


def srp_to_new_password(e, pool, client, username, password=TEMP):
    """Signs in with pycognito's SRP and returns the NEW_PASSWORD_REQUIRED response."""
    first, answer = srp_sign_in(e, pool, client, username, password)
    assert first["ChallengeName"] == "PASSWORD_VERIFIER"
    return answer()


def test_right_password_signs_in(emulator):
    pool, client = emulator.make_pool()
    emulator.confirmed_user(pool, "ada", NEW, email="ada@example.com")
    tokens = sign_in(emulator, pool, client, "ada", NEW)["AuthenticationResult"]
    assert tokens["AccessToken"] and tokens["IdToken"] and tokens["RefreshToken"]


def test_wrong_password_is_refused(emulator):
    pool, client = emulator.make_pool()
    emulator.confirmed_user(pool, "ada", NEW, email="ada@example.com")
    with pytest.raises(ClientError) as refused:
        sign_in(emulator, pool, client, "ada", "Wrong#Pass123")
    assert refused.value.response["Error"]["Code"] == "NotAuthorizedException"
    assert refused.value.response["Error"]["Message"] == "Incorrect username or password."


def test_srp_challenge_is_real_shaped(emulator):
    pool, client = emulator.make_pool()
    emulator.confirmed_user(pool, "ada", NEW, email="ada@example.com")
    first, _ = srp_sign_in(emulator, pool, client, "ada", NEW)
    p = first["ChallengeParameters"]
    assert set(p) == {"SALT", "SRP_B", "SECRET_BLOCK", "USER_ID_FOR_SRP", "USERNAME"}
    assert len(p["SRP_B"]) > 700  # a real 3072-bit B, not a uuid


def test_new_password_required_is_real_shaped(emulator):
    pool, client = emulator.make_pool(required=["name", "birthdate"])
    emulator.idp.admin_create_user(UserPoolId=pool, Username="ada", TemporaryPassword=TEMP,
                                   UserAttributes=[{"Name": "email", "Value": "ada@example.com"}])
    with pytest.raises(ForceChangePasswordException):
        sign_in(emulator, pool, client, "ada", TEMP)
    challenge = srp_to_new_password(emulator, pool, client, "ada")
    assert challenge["ChallengeName"] == "NEW_PASSWORD_REQUIRED"
    p = challenge["ChallengeParameters"]
    assert json.loads(p["requiredAttributes"]) == ["userAttributes.name", "userAttributes.birthdate"]
    assert json.loads(p["userAttributes"]) == {"email": "ada@example.com"}
    assert p["USER_ID_FOR_SRP"] == "ada"


def answer_new_password(e, client, challenge, **attrs):
    responses = {"USERNAME": "ada", "NEW_PASSWORD": attrs.pop("password", NEW)}
    responses.update({f"userAttributes.{k}": v for k, v in attrs.items()})
    return e.idp.respond_to_auth_challenge(ClientId=client["ClientId"], ChallengeName="NEW_PASSWORD_REQUIRED",
                                           Session=challenge["Session"], ChallengeResponses=responses)



def test_required_attributes_are_enforced_and_stored(emulator):
    pool, client = emulator.make_pool(required=["name"])
    emulator.idp.admin_create_user(UserPoolId=pool, Username="ada", TemporaryPassword=TEMP)
    challenge = srp_to_new_password(emulator, pool, client, "ada")
    assert error_of(lambda: answer_new_password(emulator, client, challenge)) == (
        "InvalidParameterException", "Invalid attributes given, name is missing")
    assert error_of(lambda: answer_new_password(emulator, client, challenge, name="Ada", email_verified="true")) == (
        "InvalidParameterException", "Cannot modify the non-mutable attribute email_verified")
    assert error_of(lambda: answer_new_password(emulator, client, challenge, name="Ada", password="weak")) == (
        "InvalidPasswordException", "Password does not conform to policy: Password not long enough")
    done = answer_new_password(emulator, client, challenge, name="Ada Lovelace")
    assert "AccessToken" in done["AuthenticationResult"]
    got = emulator.idp.admin_get_user(UserPoolId=pool, Username="ada")
    assert got["UserStatus"] == "CONFIRMED"
    assert {"Name": "name", "Value": "Ada Lovelace"} in got["UserAttributes"]
    assert error_of(lambda: answer_new_password(emulator, client, challenge, name="Again")) == (
        "NotAuthorizedException", "Invalid session for the user, session can only be used once.")


def test_unwritable_attribute_is_refused(emulator):
    pool, client = emulator.make_pool(required=["name"], WriteAttributes=["name"])
    emulator.idp.admin_create_user(UserPoolId=pool, Username="ada", TemporaryPassword=TEMP)
    challenge = srp_to_new_password(emulator, pool, client, "ada")
    assert error_of(lambda: answer_new_password(emulator, client, challenge, name="Ada", email="a@b.co")) == (
        "NotAuthorizedException", "A client attempted to write unauthorized attribute")


def test_sessions_expire(short_lived_emulator):
    e = short_lived_emulator
    pool, client = e.make_pool(required=["name"])
    e.idp.admin_create_user(UserPoolId=pool, Username="ada", TemporaryPassword=TEMP)
    challenge = srp_to_new_password(e, pool, client, "ada")
    time.sleep(1.5)
    assert error_of(lambda: answer_new_password(e, client, challenge, name="Ada")) == (
        "NotAuthorizedException", "Invalid session for the user, session is expired.")


def test_secret_hash_uses_internal_username(emulator):
    pool, client = emulator.make_pool(GenerateSecret=True)
    emulator.confirmed_user(pool, "ada", NEW, email="ada@example.com")
    tokens = sign_in(emulator, pool, client, "ada", NEW, secret=client["ClientSecret"])
    assert tokens["AuthenticationResult"]["AccessToken"]
    with pytest.raises(ClientError) as refused:
        emulator.idp.initiate_auth(AuthFlow="USER_SRP_AUTH", ClientId=client["ClientId"],
                                   AuthParameters={"USERNAME": "ada", "SRP_A": "ab", "SECRET_HASH": "bad"})
    assert refused.value.response["Error"]["Message"].startswith("Unable to verify secret hash")
