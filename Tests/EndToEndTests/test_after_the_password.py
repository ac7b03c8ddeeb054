"""After the password: TOTP setup from the QR code on screen, a wrong code, a
code challenge on a later sign-in, and "Forgot password?"."""
from urllib.parse import parse_qs, urlparse

import pyotp

import qr_reader
from e2e_support import NEW, TEMP, ask_for_a_reset, fill_in, sign_in, write_config


def first_sign_in(s):
    sign_in(s)
    s.wait_for("Choose your password")
    fill_in(s, NEW, NEW, "Ada Lovelace")


def secret_from_qr(s):
    screen = s.wait_for("Set up your authenticator app")
    screen = s.wait_for("Secret")
    uri = qr_reader.decode(screen)
    assert uri.startswith("otpauth://totp/Acme%20staff:ada?"), uri
    query = parse_qs(urlparse(uri).query)
    assert query["issuer"] == ["Acme staff"]
    secret = query["secret"][0]
    assert " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))[:9] in screen, "the secret is shown too"
    return secret


def test_totp_setup_from_the_qr_code_with_a_wrong_code_first(emulator, sessions, tmp_path):
    pool, client = emulator.make_pool(required=["name"], mfa=True)
    emulator.create_user(pool, "ada", TEMP, email="ada@example.com")
    config = write_config(tmp_path, emulator, pool, client, user_pool_name="Acme staff")
    s = sessions("--config", config)
    first_sign_in(s)
    secret = secret_from_qr(s)
    totp = pyotp.TOTP(secret)
    wrong = "000000" if totp.now() != "000000" else "111111"
    s.type(wrong)
    s.send("Enter")
    screen = s.wait_for("That code is not right")
    assert qr_reader.decode(screen).startswith("otpauth://"), "the QR code is still there"
    s.send("C-u")
    s.type(totp.now())
    s.send("Enter")
    s.wait_for("You're all set")
    got = emulator.idp.admin_get_user(UserPoolId=pool, Username="ada")
    assert got["UserStatus"] == "CONFIRMED"
    assert "SOFTWARE_TOKEN_MFA" in got["UserMFASettingList"]

    # A later sign-in of the same user meets the code challenge.
    later = sessions("--config", config, "--username", "ada")
    sign_in(later, None, NEW)
    later.wait_for("Enter your code")
    assert "authenticator app" in later.screen() and "Acme staff" in later.screen()
    later.type(totp.now())
    later.send("Enter")
    later.wait_for("Already set up")


def test_forgot_password_end_to_end(emulator, sessions, tmp_path):
    pool, client = emulator.make_pool()
    emulator.confirmed_user(pool, "ada", NEW, email="ada@example.com")
    s = sessions("--config", write_config(tmp_path, emulator, pool, client), "--username", "ada")
    ask_for_a_reset(s)
    s.wait_for("We sent a code to a***@e***")
    code = emulator.outbox("ada", "FORGOT_PASSWORD")[-1]["code"]
    fill_in(s, "999999" if code != "999999" else "888888", "An0ther#Passw0rd", "An0ther#Passw0rd")
    s.wait_for("That code is not right")
    assert "▸ Code" in s.screen(), "the code field has the focus and the error"
    s.send("C-u")
    s.type(code)
    s.send("Enter", "Enter", "Enter")
    s.wait_for("Your password was changed")
    s.type("An0ther#Passw0rd")
    s.send("Enter")
    s.wait_for("Already set up")
