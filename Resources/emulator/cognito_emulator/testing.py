"""For tests: the emulator in a child process on a free loopback port, with a
boto3 client pointed at it. It exits when the test process closes its stdin.

Both test suites (Tests/EmulatorTests and Tests/EndToEndTests, separate pytest
roots) and the benchmarks import this module, so the pools and users more than
one of them makes are made here, once."""
import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import boto3

PACKAGE_DIR = Path(__file__).resolve().parent.parent
#: An app client as today's console makes one for choice-based sign-in.
USER_AUTH_ONLY = ["ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]


class Emulator:
    def __init__(self, *args):
        env = dict(os.environ, PYTHONPATH=str(PACKAGE_DIR))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "cognito_emulator", "--exit-on-stdin-eof", *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True,
        )
        self.ready = json.loads(self.process.stdout.readline())
        self.endpoint = self.ready["endpoint"]
        self.idp = boto3.client(
            "cognito-idp", region_name="us-east-1", endpoint_url=self.endpoint,
            aws_access_key_id="testing", aws_secret_access_key="testing",
        )

    def stop(self):
        self.process.stdin.close()
        self.process.wait(timeout=10)

    def __enter__(self):
        return self

    def __exit__(self, *_):
        """`with Emulator(...) as e:` stops the child however the block ends,
        for fixtures and for tests that need an emulator started otherwise."""
        self.stop()

    def requests(self):
        """How many requests of each operation the emulator has answered."""
        with urllib.request.urlopen(self.endpoint + "_emulator/requests") as r:
            return json.load(r)

    def password_changes(self, pool, username):
        """How many times the user's password was changed (NEW_PASSWORD_REQUIRED, ConfirmForgotPassword)."""
        with urllib.request.urlopen(self.endpoint + "_emulator/password-changes") as r:
            return json.load(r).get(f"{pool}/{username}", 0)

    def outbox(self, username=None, purpose=None):
        """The codes the emulator 'sent' by SMS or email, newest last."""
        with urllib.request.urlopen(self.endpoint + "_emulator/outbox") as r:
            sent = json.load(r)
        return [m for m in sent if (username is None or m["username"] == username)
                and (purpose is None or m["purpose"] == purpose)]

    def issued(self, kind=None):
        """The secrets the emulator has handed out, oldest first: each a dict of
        operation, kind (Session, AccessToken, IdToken, RefreshToken, SecretCode)
        and value; only those of `kind` when given."""
        with urllib.request.urlopen(self.endpoint + "_emulator/issued") as r:
            issued = json.load(r)
        return [s for s in issued if kind is None or s["kind"] == kind]

    def hook(self, name, **request):
        """POST /_emulator/<name> (hooks.py)."""
        call = urllib.request.Request(self.endpoint + "_emulator/" + name, method="POST",
                                      data=json.dumps(request).encode())
        with urllib.request.urlopen(call) as r:
            return json.load(r)

    def age_user(self, pool, username, days):
        self.hook("age-user", UserPoolId=pool, Username=username, Days=days)

    def make_pool(self, required=(), mfa=None, policy=None, **client_args):
        schema = [{"Name": n, "AttributeDataType": "String", "Required": True, "Mutable": True} for n in required]
        for name in ("email", "nickname", "phone_number", "birthdate", "name"):
            if name not in required:
                schema.append({"Name": name, "AttributeDataType": "String", "Required": False, "Mutable": True})
        extra = {"Policies": {"PasswordPolicy": policy}} if policy else {}
        pool = self.idp.create_user_pool(PoolName="p", Schema=schema, **extra)["UserPool"]["Id"]
        if mfa:
            self.idp.set_user_pool_mfa_config(UserPoolId=pool, SoftwareTokenMfaConfiguration={"Enabled": True},
                                              MfaConfiguration="ON" if mfa is True else mfa)
        client = self.idp.create_user_pool_client(UserPoolId=pool, ClientName="c", **client_args)["UserPoolClient"]
        return pool, client

    def choice_pool(self, factors=("PASSWORD",), required=(), tier=None, flows=None, **client_args):
        """A pool whose sign-in policy allows `factors` (email, phone number and
        name in its schema, `required` of them required), and an app client that
        allows only choice-based sign-in and refresh unless `flows` says otherwise:
        the shape USER_AUTH needs, which make_pool's default client refuses."""
        schema = [{"Name": n, "AttributeDataType": "String", "Required": n in required, "Mutable": True}
                  for n in ("email", "phone_number", "name")]
        extra = {"UserPoolTier": tier} if tier else {}
        pool = self.idp.create_user_pool(PoolName="choice", Schema=schema,
                                         Policies={"SignInPolicy": {"AllowedFirstAuthFactors": list(factors)}},
                                         **extra)["UserPool"]["Id"]
        client = self.idp.create_user_pool_client(UserPoolId=pool, ClientName="c",
                                                  ExplicitAuthFlows=flows or USER_AUTH_ONLY,
                                                  **client_args)["UserPoolClient"]
        return pool, client

    def confirmed_user(self, pool, username, password, **attributes):
        """A user past the first sign-in (CONFIRMED, signing in with `password`),
        made as an operator would: AdminCreateUser, then AdminSetUserPassword
        with Permanent. The temporary password is `password` too: it is replaced
        at once and never used."""
        self.create_user(pool, username, password, **attributes)
        self.idp.admin_set_user_password(UserPoolId=pool, Username=username, Password=password, Permanent=True)

    def create_user(self, pool, username, temporary_password, **attributes):
        self.idp.admin_create_user(
            UserPoolId=pool, Username=username, TemporaryPassword=temporary_password, MessageAction="SUPPRESS",
            UserAttributes=[{"Name": k, "Value": v} for k, v in attributes.items()])

    def user(self, pool, username):
        got = self.idp.admin_get_user(UserPoolId=pool, Username=username)
        return got["UserStatus"], {a["Name"]: a["Value"] for a in got["UserAttributes"]}
