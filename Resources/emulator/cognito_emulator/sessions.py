"""Challenge sessions as the real service keeps them: each lives a limited time
(AuthSessionValidity, 3 minutes by default) and can be used once.

moto's sessions never expire and can be replayed. Every session this emulator
hands out is registered here and, so that moto's own handlers still find it,
in moto's session table too.
"""
import secrets
import threading
import time

from .errors import not_authorized

EXPIRED = "Invalid session for the user, session is expired."
USED = "Invalid session for the user, session can only be used once."


class Session:
    def __init__(self, token, kind, username, pool, client_id, ttl, data=None):
        self.token = token
        self.kind = kind
        self.username = username
        self.pool = pool
        self.client_id = client_id
        self.expires_at = time.monotonic() + ttl
        self.data = data or {}
        self.used = False


class SessionStore:
    def __init__(self, default_ttl=None):
        self._lock = threading.Lock()
        self._sessions = {}
        self.default_ttl = default_ttl

    def ttl_for(self, client):
        if self.default_ttl is not None:
            return self.default_ttl
        minutes = client.extended_config.get("AuthSessionValidity", 3)
        return float(minutes) * 60

    def issue(self, kind, username, pool, client, data=None, token=None):
        token = token or secrets.token_urlsafe(96)
        session = Session(token, kind, username, pool, client.id, self.ttl_for(client), data)
        with self._lock:
            self._sessions[token] = session
        pool.backend.sessions[token] = (username, pool)
        return session

    def peek(self, token, client_id=None):
        """The live session for this token (issued to `client_id`, when given),
        or the real service's error."""
        with self._lock:
            session = self._sessions.get(token or "")
        if session is None or (client_id is not None and session.client_id != client_id):
            raise not_authorized("Invalid session for the user.")
        if session.used:
            raise not_authorized(USED)
        if time.monotonic() > session.expires_at:
            raise not_authorized(EXPIRED)
        return session

    def consume(self, session):
        with self._lock:
            session.used = True
        session.pool.backend.sessions.pop(session.token, None)
