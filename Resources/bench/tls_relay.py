#!/usr/bin/env python3
"""A TLS relay in front of the local emulator that behaves like a distant
service: the client's connection is kept open (keep-alive), and every byte
takes `delay` seconds each way (plus one round trip for the TCP handshake,
which loopback cannot show). Counts what a client costs: TCP connections,
TLS handshakes (and how many resumed a session), requests.

moto's server (werkzeug) closes every connection after one response, so the
relay answers the client itself and opens a connection of its own to the
emulator for each request, undelayed: that side stands for the service's
inside.

Two listeners: the "link" the client connects to (the delay line), and
behind it the TLS terminator, with a self-signed certificate for localhost
and 127.0.0.1 made at start (`ca` is its file, for SSL_CERT_FILE).

As a module: Relay(upstream).start() -> .endpoint, .ca, .stats(), .stop().
As a script: prints {"endpoint", "ca"} as one JSON line, then, when stdin
closes, the stats as another.

    .build/venv/bin/python Resources/bench/tls_relay.py --upstream http://127.0.0.1:9229/
"""
import argparse
import json
import os
import queue
import socket
import ssl
import sys
import tempfile
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from certificates import make_certificate  # noqa: E402


def close_quietly(s, how=socket.SHUT_RDWR):
    try:
        s.shutdown(how)
    except OSError:
        pass


def delay_line(source, target, delay, first_extra=0.0):
    """Copies source to target, each chunk `delay` seconds late, in order."""
    pending = queue.Queue()

    def read():
        extra = first_extra
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                data = b""
            pending.put((time.monotonic() + delay + extra, data))
            extra = 0.0
            if not data:
                return

    threading.Thread(target=read, daemon=True).start()
    while True:
        due, data = pending.get()
        wait = due - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        if not data:
            close_quietly(target, socket.SHUT_WR)
            return
        try:
            target.sendall(data)
        except OSError:
            return


def read_message(stream, head_only=False):
    """One HTTP message (head, body) from a socket, by Content-Length; None at EOF."""
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = stream.recv(65536)
        if not chunk:
            return None
        head += chunk
    head, _, body = head.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while not head_only and len(body) < length:
        chunk = stream.recv(65536)
        if not chunk:
            break
        body += chunk
    return head, body


def without_connection_headers(head):
    lines = head.split(b"\r\n")
    return [lines[0]] + [l for l in lines[1:] if l.split(b":")[0].strip().lower() not in (b"connection", b"keep-alive")]


class Relay:
    def __init__(self, upstream, delay=0.05):
        parsed = urllib.parse.urlsplit(upstream)
        self.upstream = (parsed.hostname, parsed.port or 80)
        self.delay = delay
        self.folder = tempfile.mkdtemp(prefix="tls-relay-")
        cert, key = make_certificate(self.folder, "relay")
        self.ca = cert
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.context.load_cert_chain(cert, key)
        self.lock = threading.Lock()
        self.counts = {"tcp_connections": 0, "tls_handshakes": 0, "tls_resumed": 0, "requests": 0}
        self.link = socket.create_server(("127.0.0.1", 0))
        self.terminator = socket.create_server(("127.0.0.1", 0))
        self.endpoint = f"https://localhost:{self.link.getsockname()[1]}/"

    def count(self, key):
        with self.lock:
            self.counts[key] += 1

    def stats(self):
        with self.lock:
            return dict(self.counts)

    def start(self):
        for listener, handler in ((self.link, self.serve_link), (self.terminator, self.serve_tls)):
            threading.Thread(target=self.accept, args=(listener, handler), daemon=True).start()
        return self

    def stop(self):
        for s in (self.link, self.terminator):
            s.close()

    @staticmethod
    def accept(listener, handler):
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=handler, args=(connection,), daemon=True).start()

    def serve_link(self, client):
        """The delay line: client <-> terminator, `delay` each way."""
        self.count("tcp_connections")
        inner = socket.create_connection(self.terminator.getsockname())
        # The first bytes also wait for the TCP handshake's round trip.
        threading.Thread(target=delay_line, args=(client, inner, self.delay, 2 * self.delay), daemon=True).start()
        delay_line(inner, client, self.delay)

    def serve_tls(self, connection):
        try:
            tls = self.context.wrap_socket(connection, server_side=True)
        except (ssl.SSLError, OSError):
            connection.close()
            return
        self.count("tls_handshakes")
        if tls.session_reused:
            self.count("tls_resumed")
        try:
            while (request := read_message(tls)) is not None:
                self.count("requests")
                tls.sendall(self.forward(*request))
        except OSError:
            pass
        finally:
            close_quietly(tls)
            tls.close()

    def forward(self, head, body):
        """One request to the emulator on a connection of its own; the answer
        made keep-alive for the client."""
        is_head = head.startswith(b"HEAD ")
        with socket.create_connection(self.upstream) as upstream:
            upstream.sendall(b"\r\n".join(without_connection_headers(head) + [b"Connection: close", b"", b""]) + body)
            answer = b""
            while chunk := upstream.recv(65536):
                answer += chunk
        head, _, body = answer.partition(b"\r\n\r\n")
        lines = without_connection_headers(head)
        lines[0] = b"HTTP/1.1" + lines[0][lines[0].index(b" "):]
        if not is_head:
            lines = [l for l in lines if not l.lower().startswith(b"content-length:")]
            lines.append(b"Content-Length: %d" % len(body))
        return b"\r\n".join(lines + [b"Connection: keep-alive", b"", b""]) + (b"" if is_head else body)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upstream", required=True, help="the emulator, e.g. http://127.0.0.1:9229/")
    parser.add_argument("--delay", type=float, default=0.05, help="seconds each way (default 0.05)")
    args = parser.parse_args()
    relay = Relay(args.upstream, args.delay).start()
    print(json.dumps({"endpoint": relay.endpoint, "ca": relay.ca}), flush=True)
    sys.stdin.read()
    print(json.dumps(relay.stats()), flush=True)


if __name__ == "__main__":
    main()
