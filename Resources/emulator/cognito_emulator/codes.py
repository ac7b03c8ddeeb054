"""One-time codes as the real service sends them, kept where tests can read
them: the emulator's outbox stands in for SMS and email (GET /_emulator/outbox).
TOTP codes are checked against each user's own secret (moto gives every user
the same fixed one)."""
import base64
import hashlib
import hmac
import secrets
import struct
import threading
import time

STEP = 30


def new_totp_secret():
    return base64.b32encode(secrets.token_bytes(20)).decode().rstrip("=")


def totp(secret, at=None):
    padded = secret + "=" * (-len(secret) % 8)
    key = base64.b32decode(padded, casefold=True)
    counter = int((at if at is not None else time.time()) // STEP)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def totp_matches(secret, code, window=1):
    now = time.time()
    return any(hmac.compare_digest(totp(secret, now + k * STEP), code or "") for k in range(-window, window + 1))


def mask_phone(number):
    return "+" + "*" * max(0, len(number) - 5) + number[-4:]


def mask_email(address):
    local, _, domain = address.partition("@")
    return f"{local[:1]}***@{domain[:1]}***"


class Outbox:
    """Codes 'sent' by SMS or email: the last one per (pool, user, purpose)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._codes = {}
        self.sent = []

    def send(self, pool, username, purpose, medium, destination, ttl=180, digits=6):
        """A new code replaces the last one for the same purpose: from then on
        only the new one is accepted (the real service sends a new code at each
        sign-in, so a client that resends a stale code is refused)."""
        code = f"{secrets.randbelow(10 ** digits):0{digits}d}"
        with self._lock:
            self._codes[(pool.id, username, purpose)] = (code, time.monotonic() + ttl)
            self.sent.append({"pool": pool.id, "username": username, "purpose": purpose, "medium": medium,
                              "destination": destination, "code": code, "digits": digits})
        return code

    def check(self, pool, username, purpose, code):
        """'ok', 'mismatch' or 'expired'."""
        with self._lock:
            entry = self._codes.get((pool.id, username, purpose))
        if entry is None or not hmac.compare_digest(entry[0], code or ""):
            return "mismatch"
        if time.monotonic() > entry[1]:
            return "expired"
        with self._lock:
            self._codes.pop((pool.id, username, purpose), None)
        return "ok"
