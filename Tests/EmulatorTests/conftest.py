"""Starts the emulator (Resources/emulator) on a free loopback port for the
tests in this folder, and gives them boto3 clients pointed at it."""
import json
import os
import subprocess
import sys
from pathlib import Path

import boto3
import pytest

EMULATOR_DIR = Path(__file__).resolve().parents[2] / "Resources" / "emulator"


class Emulator:
    def __init__(self, *args):
        env = dict(os.environ, PYTHONPATH=str(EMULATOR_DIR))
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

    def make_pool(self, required=(), mfa=None, **client_args):
        schema = [{"Name": n, "AttributeDataType": "String", "Required": True, "Mutable": True} for n in required]
        schema.append({"Name": "email", "AttributeDataType": "String", "Required": False, "Mutable": True})
        pool = self.idp.create_user_pool(PoolName="p", Schema=schema)["UserPool"]["Id"]
        if mfa:
            self.idp.set_user_pool_mfa_config(UserPoolId=pool, SoftwareTokenMfaConfiguration={"Enabled": True}, MfaConfiguration="ON")
        client = self.idp.create_user_pool_client(UserPoolId=pool, ClientName="c", **client_args)["UserPoolClient"]
        return pool, client


@pytest.fixture
def emulator():
    e = Emulator()
    yield e
    e.stop()


@pytest.fixture
def short_lived_emulator():
    e = Emulator("--session-ttl", "1")
    yield e
    e.stop()
