"""A TLS relay on loopback in front of the emulator that injects one fault per
request, as a hostile network would: for tests of the wizard's behaviour when
the service cannot be reached or its reply is lost.

Requests are named by operation (`InitiateAuth`, `AssociateSoftwareToken`, ...)
or, for RespondToAuthChallenge, by the challenge answered (`PASSWORD_VERIFIER`,
`NEW_PASSWORD_REQUIRED`, `MFA_SETUP`). `arm(step, fault, nth)` makes the nth
request of that step (counted from now) get the fault. Faults in a reply fire
once; `refused` and `tls` change the connection itself and last until
`clear()`, so the test decides when the network comes back.
"""
import http.client
import json
import socket
import ssl
import struct
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "Resources" / "bench"))
from certificates import make_certificate  # noqa: E402

#: Every fault, with what the person's client sees.
FAULTS = {
    "refused": "nothing listens: the connection is refused (until cleared)",
    "reset_before_reply": "the request reaches the service, the connection is reset before the reply",
    "reset_mid_reply": "the request reaches the service, the connection is reset halfway through the reply",
    "no_reply": "the request reaches the service, no reply ever comes (a timeout)",
    "one_byte_a_second": "the request reaches the service, the reply trickles at one byte a second",
    "throttled": "TooManyRequestsException, without reaching the service (clears on the client's retry)",
    "server_error": "503 ServiceUnavailable, without reaching the service",
    "truncated_json": "the request reaches the service, the reply's JSON is cut short",
    "tls": "the TLS handshake fails: the relay answers in plain text (until cleared)",
}
#: Faults that fire in the reply to one request.
IN_REPLY = {"reset_before_reply", "reset_mid_reply", "no_reply", "one_byte_a_second", "throttled", "server_error",
            "truncated_json"}


def read_request(stream):
    """(head lines, body) of one HTTP/1.1 request, or None at the end of the connection."""
    head = []
    while True:
        line = stream.readline(65536)
        if not line:
            return None
        if line in (b"\r\n", b"\n"):
            break
        head.append(line.decode("latin-1").rstrip("\r\n"))
    headers = {k.strip().lower(): v.strip() for k, v in (h.split(":", 1) for h in head[1:] if ":" in h)}
    body = stream.read(int(headers.get("content-length", "0") or 0))
    return head[0], headers, body


def step_of(headers, body):
    operation = headers.get("x-amz-target", "").rsplit(".", 1)[-1] or "HEAD"
    if operation == "RespondToAuthChallenge":
        try:
            return json.loads(body).get("ChallengeName", operation)
        except ValueError:
            return operation
    return operation


def reset(connection):
    """Close with an RST, as a broken network does."""
    try:
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        connection.close()
    except OSError:
        pass


def http_reply(status, body, reason="OK", content_type="application/x-amz-json-1.1"):
    return (f"HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
            f"Connection: keep-alive\r\n\r\n").encode() + body


def error_reply(status, error_type, message):
    body = json.dumps({"__type": error_type, "message": message}).encode()
    return http_reply(status, body, reason="Error")


class FaultRelay:
    def __init__(self, upstream):
        self.upstream = urlparse(upstream)
        folder = tempfile.mkdtemp(prefix="fault-relay-")
        self.ca, key = make_certificate(folder, "relay")
        self.tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.tls.load_cert_chain(self.ca, key)
        self.lock = threading.Lock()
        self.rules = {}        # step -> [nth remaining, fault]
        self.lasting = None    # "refused" or "tls"
        self.fired = []        # (step, fault) in order
        self.seen = {}         # step -> requests seen
        self.listener = None
        self.port = None
        self.open_connections = set()
        self.stopping = False
        self._listen()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def endpoint(self):
        return f"https://127.0.0.1:{self.port}/"

    # -- control ----------------------------------------------------------------

    def arm(self, step, fault, nth=1):
        assert fault in FAULTS, fault
        with self.lock:
            self.rules[step] = [nth, fault]

    def clear(self):
        """The network is back: lasting faults end, unfired rules are dropped."""
        with self.lock:
            self.rules.clear()
            lasting, self.lasting = self.lasting, None
        if lasting == "refused":
            self._listen()

    def stop(self):
        self.stopping = True
        self._reset_open_connections()
        if self.listener:
            self.listener.close()

    # -- serving ----------------------------------------------------------------

    def _listen(self):
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port or 0))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        self.listener = listener

    def _accept(self):
        while not self.stopping:
            listener = self.listener
            try:
                connection, _ = listener.accept()
            except OSError:
                time.sleep(0.05)  # closed while refusing; a new listener comes with clear()
                continue
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _refuse(self):
        """Stop listening, and drop every open connection: new ones are refused."""
        self.listener.close()
        self._reset_open_connections()

    def _reset_open_connections(self):
        """Every connection open now reset (RST), for stopping and refusing
        alike; each serving thread takes its own out of the set as it ends."""
        with self.lock:
            connections = list(self.open_connections)
        for c in connections:
            reset(c)

    def _serve(self, raw):
        with self.lock:
            if self.lasting == "tls":
                raw.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                raw.close()
                return
        try:
            connection = self.tls.wrap_socket(raw, server_side=True)
        except (ssl.SSLError, OSError):
            raw.close()
            return
        with self.lock:
            self.open_connections.add(connection)
        stream = connection.makefile("rb")
        try:
            while not self.stopping:
                request = read_request(stream)
                if request is None:
                    break
                if not self._answer(connection, *request):
                    break
        except (OSError, ssl.SSLError, ValueError):
            pass
        finally:
            with self.lock:
                self.open_connections.discard(connection)
            try:
                connection.close()
            except OSError:
                pass

    def _fault_for(self, step):
        with self.lock:
            self.seen[step] = self.seen.get(step, 0) + 1
            rule = self.rules.get(step)
            if rule is None:
                return None
            rule[0] -= 1
            if rule[0] > 0:
                return None
            del self.rules[step]
            self.fired.append((step, rule[1]))
            return rule[1]

    def _forward(self, request_line, headers, body):
        method, path, _ = request_line.split(" ", 2)
        upstream = http.client.HTTPConnection(self.upstream.hostname, self.upstream.port, timeout=30)
        keep = {k: v for k, v in headers.items() if k not in ("host", "connection", "content-length")}
        upstream.request(method, path, body=body if method != "HEAD" else None, headers=keep)
        answer = upstream.getresponse()
        data = answer.read()
        upstream.close()
        content_type = answer.getheader("Content-Type", "application/x-amz-json-1.1")
        if method == "HEAD":
            return (f"HTTP/1.1 {answer.status} {answer.reason}\r\nContent-Length: 0\r\n\r\n").encode(), answer.status
        return http_reply(answer.status, data, answer.reason, content_type), answer.status

    def _answer(self, connection, request_line, headers, body):
        """Answers one request; False when the connection is finished."""
        step = step_of(headers, body)
        fault = self._fault_for(step)
        if fault in ("refused", "tls"):
            with self.lock:
                self.lasting = fault
            if fault == "refused":
                self._refuse()
            reset(connection)
            return False
        if fault == "throttled":
            connection.sendall(error_reply(400, "TooManyRequestsException", "Rate exceeded"))
            return True
        if fault == "server_error":
            connection.sendall(error_reply(503, "ServiceUnavailable", "Service Unavailable"))
            return True
        reply, _ = self._forward(request_line, headers, body)
        if fault == "reset_before_reply":
            reset(connection)
            return False
        if fault == "reset_mid_reply":
            connection.sendall(reply[: len(reply) // 2])
            reset(connection)
            return False
        if fault == "no_reply":
            self._hold(connection)
            return False
        if fault == "one_byte_a_second":
            for i in range(len(reply)):
                try:
                    connection.sendall(reply[i:i + 1])
                except OSError:
                    return False
                time.sleep(1)
            return True
        if fault == "truncated_json":
            head, _, data = reply.partition(b"\r\n\r\n")
            cut = data[: max(1, len(data) // 2)]
            connection.sendall(http_reply(200, cut))
            return True
        connection.sendall(reply)
        return True

    def _hold(self, connection, seconds=60):
        """Say nothing until the client gives up (closes) or `seconds` pass."""
        connection.settimeout(0.2)
        ends = time.monotonic() + seconds
        while time.monotonic() < ends and not self.stopping:
            try:
                if connection.recv(1) == b"":
                    return
            except (socket.timeout, ssl.SSLWantReadError):
                continue
            except OSError:
                return
