"""Helpers the emulator's tests share: the error a call ends in, and pools and
users for choice-based sign-in, made with boto3 as an operator would."""
import pytest
from botocore.exceptions import ClientError

TEMP = "Temp#Pass123"
NEW = "N3w!Password"
USER_AUTH_ONLY = ["ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]


def error_of(call):
    with pytest.raises(ClientError) as refused:
        call()
    return refused.value.response["Error"]["Code"], refused.value.response["Error"]["Message"]


def choice_pool(e, factors=("PASSWORD",), tier=None, flows=None, **client_args):
    """A pool whose sign-in policy allows `factors`, and an app client that allows
    only choice-based sign-in (and refresh), unless `flows` says otherwise."""
    schema = [{"Name": n, "AttributeDataType": "String", "Required": False, "Mutable": True}
              for n in ("email", "phone_number", "name")]
    extra = {"UserPoolTier": tier} if tier else {}
    pool = e.idp.create_user_pool(PoolName="choice", Schema=schema,
                                  Policies={"SignInPolicy": {"AllowedFirstAuthFactors": list(factors)}},
                                  **extra)["UserPool"]["Id"]
    client = e.idp.create_user_pool_client(UserPoolId=pool, ClientName="c", ExplicitAuthFlows=flows or USER_AUTH_ONLY,
                                           **client_args)["UserPoolClient"]
    return pool, client


def confirmed_user(e, pool, name="ada", verified=True, phone="+15555550100"):
    """A user who has chosen a password, with an email address and a phone number
    (verified, unless told otherwise)."""
    flag = "true" if verified else "false"
    e.create_user(pool, name, TEMP, email=f"{name}@example.com", email_verified=flag,
                  phone_number=phone, phone_number_verified=flag)
    e.idp.admin_set_user_password(UserPoolId=pool, Username=name, Password=NEW, Permanent=True)
