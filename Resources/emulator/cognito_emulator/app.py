"""The WSGI application: requests for the operations in faithful.py are answered
there, everything else by moto's cognito-idp app. One lock serialises requests,
because moto's in-memory backend is not thread-safe."""
import io
import json
import threading

from moto.core.exceptions import JsonRESTError
from moto.moto_server.werkzeug_app import create_backend_app

from .codes import Outbox
from .errors import ServiceError
from .faithful import Faithful
from .hooks import HOOKS
from .issued import Issued
from .sessions import SessionStore

JSON_TYPE = "application/x-amz-json-1.1"


def _respond(start_response, status, payload, error_type=None):
    body = json.dumps(payload).encode()
    headers = [("Content-Type", JSON_TYPE), ("Content-Length", str(len(body)))]
    if error_type:
        headers.append(("x-amzn-errortype", error_type))
    start_response(f"{status} {'OK' if status == 200 else 'Bad Request'}", headers)
    return [body]


class EmulatorApp:
    def __init__(self, session_ttl=None):
        self.moto = create_backend_app("cognito-idp")
        self.sessions = SessionStore(session_ttl)
        self.outbox = Outbox()
        self.issued = Issued()
        self.faithful = Faithful(self.sessions, self.outbox)
        self.lock = threading.Lock()
        self.counts = {}

    def __call__(self, environ, start_response):
        with self.lock:
            return self._handle(environ, start_response)

    def _handle(self, environ, start_response):
        if environ.get("PATH_INFO") == "/_emulator/health":
            return _respond(start_response, 200, {"ok": True})
        if environ.get("PATH_INFO") == "/_emulator/requests":
            return _respond(start_response, 200, self.counts)
        if environ.get("PATH_INFO") == "/_emulator/password-changes":
            return _respond(start_response, 200, self.faithful.password_changes)
        if environ.get("PATH_INFO") == "/_emulator/outbox":
            return _respond(start_response, 200, self.outbox.sent)
        if environ.get("PATH_INFO") == "/_emulator/issued":
            return _respond(start_response, 200, self.issued.secrets)
        hook = HOOKS.get(environ.get("PATH_INFO"))
        if hook is not None:
            return self._hook(hook, environ, start_response)
        operation = environ.get("HTTP_X_AMZ_TARGET", "").rsplit(".", 1)[-1]
        self.counts[operation] = self.counts.get(operation, 0) + 1
        length = int(environ.get("CONTENT_LENGTH") or 0)
        raw = environ["wsgi.input"].read(length) if length else b""
        environ["wsgi.input"] = io.BytesIO(raw)
        handler = self.faithful.handlers.get(operation)
        if handler is not None:
            try:
                request = json.loads(raw or b"{}")
                result = handler(request)
                if result is not None:
                    self.issued.record(operation, result)
                    return _respond(start_response, 200, result)
            except ServiceError as e:
                return _respond(start_response, e.status, {"__type": e.error_type, "message": e.message}, e.error_type)
            except JsonRESTError as e:
                return _respond(start_response, e.code, {"__type": e.error_type, "message": e.message}, e.error_type)
            except ValueError:
                return _respond(start_response, 400, {"__type": "SerializationException", "message": "Malformed request body."}, "SerializationException")
        return self._moto(operation, environ, start_response)

    def _moto(self, operation, environ, start_response):
        """moto's answer, read whole so that the secrets in it are noted too."""
        answer = self.moto(environ, start_response)
        try:
            body = b"".join(answer)
        finally:
            if hasattr(answer, "close"):
                answer.close()
        self.issued.record_body(operation, body)
        return [body]

    def _hook(self, hook, environ, start_response):
        length = int(environ.get("CONTENT_LENGTH") or 0)
        try:
            return _respond(start_response, 200, hook(json.loads(environ["wsgi.input"].read(length) or b"{}")))
        except ServiceError as e:
            return _respond(start_response, e.status, {"__type": e.error_type, "message": e.message}, e.error_type)
