"""The seed file's keys for choice-based sign-in (Resources/emulator/examples/
user-auth-seed.json) and the config --write-config writes for it."""
import json
from pathlib import Path

import pytest
from cognito_emulator.testing import Emulator
from support import error_of

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "Resources" / "emulator" / "examples" / "user-auth-seed.json"
DEMO = ROOT / "Resources" / "demo" / "demo-seed.json"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    config = tmp_path_factory.mktemp("seed") / "config.json"
    with Emulator("--seed", str(EXAMPLE), "--write-config", str(config)) as e:
        yield e, json.loads(config.read_text())


def user_auth(e, client, username, **params):
    return e.idp.initiate_auth(AuthFlow="USER_AUTH", ClientId=client,
                               AuthParameters=dict(params, USERNAME=username))


def test_config_names_user_auth_for_a_client_with_only_that_flow(seeded):
    e, config = seeded
    choice = e.ready["pools"][0]["clients"][0]
    assert config["user_pool_client_id"] == choice["id"]
    assert config["auth_flow"] == "USER_AUTH"
    assert choice["flows"] == ["ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]


def test_each_seeded_user_meets_their_path(seeded):
    e, config = seeded
    client = config["user_pool_client_id"]
    assert user_auth(e, client, "ada")["AvailableChallenges"] == ["PASSWORD", "PASSWORD_SRP"]
    assert user_auth(e, client, "grace")["AvailableChallenges"] == ["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP"]
    assert user_auth(e, client, "joan")["AvailableChallenges"] == ["PASSWORD", "PASSWORD_SRP", "WEB_AUTHN"]
    mfa = user_auth(e, client, "hedy", PREFERRED_CHALLENGE="PASSWORD", PASSWORD="Chosen-2-Acme!")
    assert mfa["ChallengeName"] == "EMAIL_OTP" and len(e.outbox("hedy", "EMAIL_OTP")[-1]["code"]) == 8
    assert error_of(lambda: user_auth(e, client, "ida", PREFERRED_CHALLENGE="PASSWORD", PASSWORD="Chosen-2-Acme!")) == (
        "NotAuthorizedException", "User is disabled.")
    assert error_of(lambda: e.idp.forgot_password(ClientId=client, Username="ada")) == (
        "NotAuthorizedException", "User password cannot be reset in the current state.")


def test_second_client_and_lite_pool(seeded):
    e, _ = seeded
    legacy = e.ready["pools"][0]["clients"][1]["id"]
    assert error_of(lambda: user_auth(e, legacy, "nobody")) == ("UserNotFoundException", "User does not exist.")
    lite = e.ready["pools"][1]["clients"][0]["id"]
    assert error_of(lambda: user_auth(e, lite, "ada"))[0] == "FeatureUnavailableInTierException"


def test_demo_config_keeps_the_default_flow(tmp_path):
    config = tmp_path / "config.json"
    with Emulator("--seed", str(DEMO), "--write-config", str(config)):
        assert "auth_flow" not in json.loads(config.read_text())
