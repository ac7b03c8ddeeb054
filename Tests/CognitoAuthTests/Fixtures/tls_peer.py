"""A local HTTPS peer for the transport tests, on loopback only.

Prints one JSON line with its ports and the CA file, then serves until stdin
closes:

- "https": an echo server (HTTP/1.1, keep-alive). A POST answers with JSON:
  the X-Amz-Target header, the body length, the serial number of the TCP
  connection it came on and how many connections were accepted so far;
  chunked when the path is /chunked. After /close-when-idle the server closes
  the connection 100 ms later without saying so, as a service does with an
  idle connection. HEAD answers 200 with no body (the warm-up).
  Its certificate names localhost, cognito.test, 127.0.0.1 and 2001:db8::1.
- "wrongname": HTTPS whose certificate names only elsewhere.test.
- "expired": HTTPS whose certificate (for localhost, 127.0.0.1) has expired.
- "silent": accepts and never answers.
- "proxy": an HTTP CONNECT proxy; "tlsproxy": the same behind TLS (the
  https:// proxy), which also requires the credentials user:pw. Both tunnel
  only to cognito.test and [2001:db8::1] (bracketed, as RFC 9110 writes an
  IPv6 authority), always to the echo server on 127.0.0.1.
- "hostile": plain HTTP answers that break the rules, by path (see HOSTILE).

All three certificates are self-signed and in the CA file, so each test sees
exactly the one problem it is about."""
import base64
import datetime
import http.server
import json
import os
import socket
import socketserver
import ssl
import sys
import tempfile
import threading
import time

# Resources/bench, on PYTHONPATH (TLSPeer.swift puts it there).
from certificates import make_certificate

DAY = datetime.timedelta(days=1)


def server_context(cert, key):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


class Echo(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_HEAD(self):
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        self.rfile.read(length)
        body = json.dumps({"target": self.headers.get("X-Amz-Target"), "length": length,
                           "connection": self.connection_number,
                           "connections": self.server.accepted}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/x-amz-json-1.1")
        if self.path == "/chunked":
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for piece in (body[:5], body[5:]):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        if self.path == "/close-when-idle":
            self.wfile.flush()
            threading.Timer(0.1, self.drop).start()

    def drop(self):
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


class Counting(socketserver.ThreadingMixIn, http.server.HTTPServer):
    """Numbers the TCP connections it accepts."""
    daemon_threads = True

    def __init__(self, *args):
        super().__init__(*args)
        self.accepted = 0
        self.lock = threading.Lock()

    def finish_request(self, request, client_address):
        with self.lock:
            self.accepted += 1
            number = self.accepted
        handler = type("Numbered", (self.RequestHandlerClass,), {"connection_number": number})
        handler(request, client_address, self)


def https_server(cert, key):
    server = Counting(("127.0.0.1", 0), Echo)
    server.socket = server_context(cert, key).wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def read_head(connection):
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = connection.recv(4096)
        if not chunk:
            return None
        head += chunk
    return head


def pipe(a, b):
    try:
        while data := a.recv(65536):
            b.sendall(data)
    except OSError:
        pass
    finally:
        for s in (a, b):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


TUNNEL_TARGETS = {"cognito.test", "[2001:db8::1]"}
CREDENTIALS = "Basic " + base64.b64encode(b"user:pw").decode()


def proxy_client(client, https_port, require_credentials):
    head = read_head(client)
    if head is None:
        return
    lines = head.decode("latin-1").split("\r\n")
    target = lines[0].split(" ")[1]
    host, port = target.rsplit(":", 1)
    authorization = next((l.split(":", 1)[1].strip() for l in lines[1:] if l.lower().startswith("proxy-authorization:")),
                         None)
    if require_credentials and authorization != CREDENTIALS:
        client.sendall(b"HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"t\"\r\n"
                       b"Content-Length: 0\r\n\r\n")
        client.close()
        return
    if host not in TUNNEL_TARGETS or int(port) != https_port:
        client.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
        client.close()
        return
    upstream = socket.create_connection(("127.0.0.1", https_port))
    client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
    threading.Thread(target=pipe, args=(client, upstream), daemon=True).start()
    pipe(upstream, client)


def stream(connection, block, total):
    """Sends `block` repeatedly, lazily, up to `total` bytes or until the client leaves."""
    sent = 0
    try:
        while sent < total:
            connection.sendall(block)
            sent += len(block)
    except OSError:
        pass


GIB = 1 << 30
BLOCK = b"x" * 65536
CHUNK = b"%x\r\n%s\r\n" % (len(BLOCK), BLOCK)

# Path -> what the hostile server sends after reading the request.
HOSTILE = {
    "/content-length-negative": lambda c: c.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n{}"),
    "/content-length-huge": lambda c: c.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999999\r\n\r\n{}"),
    "/content-length-gigabyte": lambda c: (c.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % GIB),
                                           stream(c, BLOCK, GIB)),
    "/gigabyte-unannounced": lambda c: (c.sendall(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n"),
                                        stream(c, BLOCK, GIB)),
    "/gigabyte-chunked": lambda c: (c.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"),
                                    stream(c, CHUNK, GIB)),
    "/chunk-negative": lambda c: c.sendall(
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n0\r\n\r\n"),
    "/chunk-huge": lambda c: (c.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n7fffffffffffffff\r\n"),
                              stream(c, BLOCK, GIB)),
    "/endless-header": lambda c: (c.sendall(b"HTTP/1.1 200 OK\r\nX-Endless: "), stream(c, BLOCK, GIB)),
    "/many-headers": lambda c: c.sendall(b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-H%d: 1\r\n" % i for i in range(5000))
                                         + b"Content-Length: 2\r\n\r\n{}"),
    "/not-http": lambda c: c.sendall(b"SSH-2.0-OpenSSH_9.2\r\n\r\n"),
}


def hostile_client(connection):
    head = read_head(connection)
    if head is not None:
        path = head.split(b" ")[1].decode("latin-1")
        HOSTILE.get(path, lambda c: c.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"))(connection)
        # Hold the connection a while, so that an answer read "until close"
        # must still end on its own terms (a limit, an error or the timeout).
        time.sleep(2)
    connection.close()


def serve_forever(listener, handler, context=None):
    while True:
        connection, _ = listener.accept()

        def run(c=connection):
            if context is not None:
                try:
                    c = context.wrap_socket(c, server_side=True)
                except (ssl.SSLError, OSError):
                    c.close()
                    return
            handler(c)

        threading.Thread(target=run, daemon=True).start()


def listener():
    return socket.create_server(("127.0.0.1", 0))


def main():
    folder = tempfile.mkdtemp()
    now = datetime.datetime.now(datetime.timezone.utc)
    main_cert, main_key = make_certificate(folder, "main", ["localhost", "cognito.test"], ["127.0.0.1", "2001:db8::1"])
    wrong_cert, wrong_key = make_certificate(folder, "wrongname", ["elsewhere.test"], [])
    expired_cert, expired_key = make_certificate(folder, "expired", ["localhost"], ["127.0.0.1"], now - 3 * DAY,
                                                 now - DAY)
    ca = os.path.join(folder, "ca.pem")
    with open(ca, "wb") as out:
        for path in (main_cert, wrong_cert, expired_cert):
            with open(path, "rb") as f:
                out.write(f.read())

    echo = https_server(main_cert, main_key)
    wrong = https_server(wrong_cert, wrong_key)
    expired = https_server(expired_cert, expired_key)
    port = echo.server_address[1]
    silent, proxy, tls_proxy, hostile = listener(), listener(), listener(), listener()
    held = []
    threading.Thread(target=serve_forever, args=(silent, held.append), daemon=True).start()
    threading.Thread(target=serve_forever, args=(proxy, lambda c: proxy_client(c, port, False)), daemon=True).start()
    threading.Thread(target=serve_forever, args=(tls_proxy, lambda c: proxy_client(c, port, True),
                                                 server_context(main_cert, main_key)), daemon=True).start()
    threading.Thread(target=serve_forever, args=(hostile, hostile_client), daemon=True).start()
    print(json.dumps({"https": port, "wrongname": wrong.server_address[1], "expired": expired.server_address[1],
                      "silent": silent.getsockname()[1], "proxy": proxy.getsockname()[1],
                      "tlsproxy": tls_proxy.getsockname()[1], "hostile": hostile.getsockname()[1], "ca": ca}),
          flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    main()
