"""Helpers the emulator's tests share: the error a call ends in, pycognito's SRP
sign-in, and the users choice-based sign-in needs (the pools come from
cognito_emulator.testing's Emulator, which the end-to-end tests share)."""
import pytest
from botocore.exceptions import ClientError
from pycognito.aws_srp import AWSSRP

TEMP = "Temp#Pass123"
NEW = "N3w!Password"


def error_of(call):
    with pytest.raises(ClientError) as refused:
        call()
    return refused.value.response["Error"]["Code"], refused.value.response["Error"]["Message"]


def srp_sign_in(e, pool, client, username, password):
    """pycognito's SRP, step by step (not AWSSRP.authenticate_user, which hides
    the challenge): its InitiateAuth (USER_SRP_AUTH) is sent at once and its
    answer returned with a call that answers PASSWORD_VERIFIER, so a test can
    look at the challenge, or at the error either step ends in."""
    srp = AWSSRP(username, password, pool, client["ClientId"], client=e.idp)
    params = srp.get_auth_params()
    first = e.idp.initiate_auth(AuthFlow="USER_SRP_AUTH", AuthParameters=params, ClientId=client["ClientId"])
    return first, lambda: e.idp.respond_to_auth_challenge(
        ClientId=client["ClientId"], ChallengeName="PASSWORD_VERIFIER",
        ChallengeResponses=srp.process_challenge(first["ChallengeParameters"], params))


def confirmed_user(e, pool, name="ada", verified=True, phone="+15555550100"):
    """A user who has chosen a password, with an email address and a phone number
    (verified, unless told otherwise): every one-time code can reach them."""
    flag = "true" if verified else "false"
    e.confirmed_user(pool, name, NEW, email=f"{name}@example.com", email_verified=flag,
                     phone_number=phone, phone_number_verified=flag)
