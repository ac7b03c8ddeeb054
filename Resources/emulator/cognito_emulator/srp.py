"""The server side of Cognito's SRP-6a variant.

moto answers USER_SRP_AUTH with random numbers and never checks the client's
signature, so any password passes. This module does what the real service does:
it derives the verifier from the user's password, sends a real B, and checks the
PASSWORD_CLAIM_SIGNATURE the client computed.
"""
import base64
import hashlib
import hmac
import secrets

N = int(
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74"
    "020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F1437"
    "4FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
    "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF05"
    "98DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB"
    "9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
    "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF695581718"
    "3995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33"
    "A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7"
    "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864"
    "D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E2"
    "08E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF",
    16,
)
G = 2
INFO = b"Caldera Derived Key"


def pad_hex(value):
    """Hex the way Java's BigInteger.toByteArray does: even length, and a
    leading 00 when the top bit is set (so the number reads as positive)."""
    h = value if isinstance(value, str) else format(value, "x")
    if len(h) % 2:
        h = "0" + h
    elif h[0] in "89abcdefABCDEF":
        h = "00" + h
    return h


def h_hex(*hex_parts):
    return hashlib.sha256(bytes.fromhex("".join(hex_parts))).hexdigest()


K = int(h_hex(pad_hex(N), pad_hex(G)), 16)


def pool_name(pool_id):
    return pool_id.split("_", 1)[1]


def private_x(pool_id, user_id, password, salt_hex):
    """x = H(pad(salt) | H(poolName + user + ":" + password)), the salt taken
    as the number it is: leading zeros are not part of it (Amplify's
    AuthenticationHelper reads SALT into a BigInteger before padding)."""
    inner = hashlib.sha256(
        f"{pool_name(pool_id)}{user_id}:{password}".encode("utf-8")
    ).hexdigest()
    return int(h_hex(pad_hex(int(salt_hex, 16)), inner), 16)


def new_salt():
    """128 random bits written as the service writes SALT: the hex of a
    number (Java's BigInteger.toString(16)), so never with a leading zero
    byte and now and then of odd length, like the reference vector
    "d1c1181916afc59efe7eb71674d627c". A salt written with a leading 00 is
    hashed with it by clients that pad the text (pycognito) and without it by
    those that read the number (Amplify, this project): 1 sign-in in 256
    failed in the emulator, never at the service."""
    return format(secrets.randbits(128), "x")


def hkdf(ikm, salt):
    prk = hmac.new(salt, ikm, hashlib.sha256).digest()
    return hmac.new(prk, INFO + b"\x01", hashlib.sha256).digest()[:16]


class ServerSession:
    """One PASSWORD_VERIFIER exchange: created at InitiateAuth, checked once."""

    def __init__(self, pool_id, user_id, password, srp_a_hex):
        self.A = int(srp_a_hex, 16)
        if self.A % N == 0:
            raise ValueError("SRP_A mod N is zero")
        self.pool_id = pool_id
        self.user_id = user_id
        self.salt = new_salt()
        x = private_x(pool_id, user_id, password, self.salt)
        self.v = pow(G, x, N)
        self.b = secrets.randbits(256) | 1
        self.B = (K * self.v + pow(G, self.b, N)) % N
        self.secret_block = base64.b64encode(secrets.token_bytes(96)).decode()

    def expected_signature(self, timestamp):
        u = int(h_hex(pad_hex(self.A), pad_hex(self.B)), 16)
        if u == 0:
            raise ValueError("u is zero")
        s = pow(self.A * pow(self.v, u, N), self.b, N)
        key = hkdf(bytes.fromhex(pad_hex(s)), bytes.fromhex(pad_hex(u)))
        message = (
            pool_name(self.pool_id).encode()
            + self.user_id.encode()
            + base64.b64decode(self.secret_block)
            + timestamp.encode()
        )
        return base64.b64encode(hmac.new(key, message, hashlib.sha256).digest()).decode()

    def verify(self, timestamp, signature):
        return hmac.compare_digest(self.expected_signature(timestamp), signature or "")
