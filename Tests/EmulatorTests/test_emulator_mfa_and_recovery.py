"""MFA setup, code challenges and recovery in the emulator, driven by boto3,
pycognito's SRP and pyotp (independent of the Swift client)."""
import pyotp
from support import NEW, TEMP, error_of, srp_sign_in


def password_step(e, pool, client, username, password):
    """What the password brings: both of srp_sign_in's steps at once."""
    _, answer = srp_sign_in(e, pool, client, username, password)
    return answer()


def to_mfa_setup(e):
    pool, client = e.make_pool(mfa=True)
    e.create_user(pool, "ada", TEMP, email="ada@example.com")
    challenge = password_step(e, pool, client, "ada", TEMP)
    done = e.idp.respond_to_auth_challenge(ClientId=client["ClientId"], ChallengeName="NEW_PASSWORD_REQUIRED",
                                           Session=challenge["Session"],
                                           ChallengeResponses={"USERNAME": "ada", "NEW_PASSWORD": NEW})
    assert done["ChallengeName"] == "MFA_SETUP"
    assert done["ChallengeParameters"]["MFAS_CAN_SETUP"] == '["SOFTWARE_TOKEN_MFA"]'
    return pool, client, done["Session"]


def test_totp_setup_then_code_challenge(emulator):
    pool, client, session = to_mfa_setup(emulator)
    associated = emulator.idp.associate_software_token(Session=session)
    secret = associated["SecretCode"]
    assert len(secret) == 32 and secret != "asdfasdfasdf", "a secret of the user's own"
    assert error_of(lambda: emulator.idp.verify_software_token(Session=associated["Session"], UserCode="000000")) == (
        "EnableSoftwareTokenMFAException", "Code mismatch and fail enable Software Token MFA")
    verified = emulator.idp.verify_software_token(Session=associated["Session"], UserCode=pyotp.TOTP(secret).now(),
                                                  FriendlyDeviceName="laptop")
    assert verified["Status"] == "SUCCESS"
    done = emulator.idp.respond_to_auth_challenge(ClientId=client["ClientId"], ChallengeName="MFA_SETUP",
                                                  Session=verified["Session"], ChallengeResponses={"USERNAME": "ada"})
    assert "AccessToken" in done["AuthenticationResult"]
    later = password_step(emulator, pool, client, "ada", NEW)
    assert later["ChallengeName"] == "SOFTWARE_TOKEN_MFA"
    answer = {"USERNAME": "ada", "SOFTWARE_TOKEN_MFA_CODE": "123456"}
    assert error_of(lambda: emulator.idp.respond_to_auth_challenge(
        ClientId=client["ClientId"], ChallengeName="SOFTWARE_TOKEN_MFA", Session=later["Session"],
        ChallengeResponses=answer)) == ("CodeMismatchException", "Invalid code or auth state for the user.")
    answer["SOFTWARE_TOKEN_MFA_CODE"] = pyotp.TOTP(secret).now()
    ok = emulator.idp.respond_to_auth_challenge(ClientId=client["ClientId"], ChallengeName="SOFTWARE_TOKEN_MFA",
                                                Session=later["Session"], ChallengeResponses=answer)
    assert "AccessToken" in ok["AuthenticationResult"]


def test_forgot_password(emulator):
    pool, client = emulator.make_pool()
    emulator.confirmed_user(pool, "ada", NEW, email="ada@example.com")
    sent = emulator.idp.forgot_password(ClientId=client["ClientId"], Username="ada")["CodeDeliveryDetails"]
    assert sent == {"Destination": "a***@e***", "DeliveryMedium": "EMAIL", "AttributeName": "email"}
    code = emulator.outbox("ada", "FORGOT_PASSWORD")[-1]["code"]
    assert error_of(lambda: emulator.idp.confirm_forgot_password(
        ClientId=client["ClientId"], Username="ada", ConfirmationCode="000000", Password="An0ther#Pass"))[0] == "CodeMismatchException"
    emulator.idp.confirm_forgot_password(ClientId=client["ClientId"], Username="ada", ConfirmationCode=code,
                                         Password="An0ther#Pass")
    assert "AuthenticationResult" in password_step(emulator, pool, client, "ada", "An0ther#Pass")


def test_expired_temporary_password_and_lockout(emulator):
    pool, client = emulator.make_pool()
    emulator.create_user(pool, "ada", TEMP)
    emulator.age_user(pool, "ada", 8)
    assert error_of(lambda: password_step(emulator, pool, client, "ada", TEMP)) == (
        "NotAuthorizedException", "Temporary password has expired and must be reset by an administrator.")
    emulator.create_user(pool, "bob", TEMP)
    for _ in range(5):
        error_of(lambda: password_step(emulator, pool, client, "bob", "Wrong#1234"))
    assert error_of(lambda: password_step(emulator, pool, client, "bob", TEMP)) == (
        "NotAuthorizedException", "Password attempts exceeded")


def test_password_changes_are_counted(emulator):
    """GET /_emulator/password-changes: the lost-reply tests check a password changes at most once."""
    pool, client, _ = to_mfa_setup(emulator)
    assert emulator.password_changes(pool, "ada") == 1
    emulator.idp.forgot_password(ClientId=client["ClientId"], Username="ada")
    code = emulator.outbox("ada", "FORGOT_PASSWORD")[-1]["code"]
    emulator.idp.confirm_forgot_password(ClientId=client["ClientId"], Username="ada", ConfirmationCode=code,
                                         Password="An0ther#Pass")
    assert emulator.password_changes(pool, "ada") == 2
    assert emulator.password_changes(pool, "nobody") == 0


def test_every_secret_handed_out_is_listed_in_order(emulator):
    """GET /_emulator/issued: the sessions, tokens and TOTP secrets of a first
    sign-in with authenticator setup, as boto3 received them (secret_copies.py
    counts these in the kiosk's memory), and the secret moto itself hands out
    to a signed-in user."""
    pool, client = emulator.make_pool(mfa=True)
    emulator.create_user(pool, "ada", TEMP)
    first, answer = srp_sign_in(emulator, pool, client, "ada", TEMP)
    challenge = answer()
    changed = emulator.idp.respond_to_auth_challenge(
        ClientId=client["ClientId"], ChallengeName="NEW_PASSWORD_REQUIRED", Session=challenge["Session"],
        ChallengeResponses={"USERNAME": "ada", "NEW_PASSWORD": NEW})
    associated = emulator.idp.associate_software_token(Session=changed["Session"])
    verified = emulator.idp.verify_software_token(Session=associated["Session"],
                                                  UserCode=pyotp.TOTP(associated["SecretCode"]).now())
    done = emulator.idp.respond_to_auth_challenge(ClientId=client["ClientId"], ChallengeName="MFA_SETUP",
                                                  Session=verified["Session"], ChallengeResponses={"USERNAME": "ada"})
    tokens = done["AuthenticationResult"]
    received = [("Session", answer["Session"]) for answer in (first, challenge, changed) if "Session" in answer]
    received += [("SecretCode", associated["SecretCode"]), ("Session", associated["Session"]),
                 ("Session", verified["Session"])]
    received += [(kind, tokens[kind]) for kind in ("AccessToken", "IdToken", "RefreshToken")]
    issued = emulator.issued()
    assert [(s["kind"], s["value"]) for s in issued] == received
    # USER_SRP_AUTH's PASSWORD_VERIFIER carries no Session: InitiateAuth hands out nothing.
    assert {s["operation"] for s in issued} == {"RespondToAuthChallenge", "AssociateSoftwareToken",
                                                "VerifySoftwareToken"}
    assert [s["value"] for s in emulator.issued("SecretCode")] == [associated["SecretCode"]]

    by_moto = emulator.idp.associate_software_token(AccessToken=tokens["AccessToken"])["SecretCode"]
    assert emulator.issued()[-1] == {"operation": "AssociateSoftwareToken", "kind": "SecretCode", "value": by_moto}
