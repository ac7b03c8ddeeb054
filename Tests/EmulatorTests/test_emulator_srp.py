"""The emulator's SRP server, checked against an independent client's
arithmetic (pycognito's AWSSRP): the SALT it sends is the hex of a number, as
the service writes it, so every client agrees on x whatever the salt."""
import base64
import datetime
import hashlib
import hmac

from pycognito.aws_srp import AWSSRP

from cognito_emulator import srp

POOL = "eu-west-1_Test"


def pycognito_signature(session, password, salt, timestamp):
    """PASSWORD_CLAIM_SIGNATURE as pycognito computes it from the challenge."""
    client = AWSSRP("ada", password, POOL, "client", client=object())
    client.small_a_value = 12345678901234567890
    client.large_a_value = client.calculate_a()
    session.A = client.large_a_value
    key = client.get_password_authentication_key(session.user_id, password, session.B, salt)
    message = (srp.pool_name(POOL).encode() + session.user_id.encode()
               + base64.b64decode(session.secret_block) + timestamp.encode())
    return base64.b64encode(hmac.new(key, message, hashlib.sha256).digest()).decode()


def test_a_salt_never_starts_with_a_zero_byte():
    # 1 in 256 did, and Amplify-style clients (this project) then hashed a
    # different salt than the emulator: "Incorrect username or password" now and then.
    salts = [srp.new_salt() for _ in range(4000)]
    assert all(not (len(s) % 2 == 0 and s.startswith("00")) for s in salts)
    assert any(len(s) % 2 for s in salts), "odd lengths occur, as at the service"
    assert all(int(s, 16) < 2 ** 128 for s in salts)


def test_x_takes_the_salt_as_a_number():
    assert srp.private_x(POOL, "ada", "pw", "00ab12") == srp.private_x(POOL, "ada", "pw", "ab12")
    assert srp.private_x(POOL, "ada", "pw", "0ab12") == srp.private_x(POOL, "ada", "pw", "ab12")


def test_pycognito_signs_for_salts_of_every_shape():
    stamp = datetime.datetime(2026, 11, 26, 9, 5, 7).strftime("%a %b %-d %H:%M:%S UTC %Y")
    for salt in ["d1c1181916afc59efe7eb71674d627c", "8bb7dcf905f418bf27b6623aa4d2f58f", "1a", "7f00"]:
        session = srp.ServerSession(POOL, "ada", "Pass#word1", "2")
        session.salt = salt
        x = srp.private_x(POOL, "ada", "Pass#word1", salt)
        session.v = pow(srp.G, x, srp.N)
        session.B = (srp.K * session.v + pow(srp.G, session.b, srp.N)) % srp.N
        signature = pycognito_signature(session, "Pass#word1", salt, stamp)
        assert session.verify(stamp, signature), salt
