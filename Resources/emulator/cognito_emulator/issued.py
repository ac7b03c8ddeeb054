"""Every secret the emulator hands out, in order, for tests to read
(GET /_emulator/issued): challenge sessions, the tokens of an
AuthenticationResult, and TOTP secrets (AssociateSoftwareToken's SecretCode).

Read from the answers themselves, whichever handler made them (this emulator's
or moto's), so nothing handed out is missed: Resources/bench/secret_copies.py
counts what of these a kiosk still holds in memory after its reset."""
import json
import threading

TOKENS = ("AccessToken", "IdToken", "RefreshToken")


class Issued:
    def __init__(self):
        self._lock = threading.Lock()
        self.secrets = []

    def record(self, operation, answer):
        """Note the secrets in one answer (a decoded JSON object)."""
        if not isinstance(answer, dict):
            return
        found = []
        for key, value in answer.items():  # in the answer's order
            if key in ("Session", "SecretCode") and isinstance(value, str):
                found.append((key, value))
            elif key == "AuthenticationResult" and isinstance(value, dict):
                found += [(kind, value[kind]) for kind in TOKENS if isinstance(value.get(kind), str)]
        with self._lock:
            self.secrets += [{"operation": operation, "kind": kind, "value": value} for kind, value in found]

    def record_body(self, operation, body):
        """The same for an answer still in bytes (moto's); anything not a JSON object is left alone."""
        try:
            self.record(operation, json.loads(body or b"null"))
        except ValueError:
            pass
