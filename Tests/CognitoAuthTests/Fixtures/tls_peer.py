"""A local HTTPS peer for the transport tests, on loopback only.

Prints one JSON line: {"https": port, "silent": port, "proxy": port,
"ca": path}. The HTTPS server's certificate (made here, self-signed) names
localhost, 127.0.0.1 and cognito.test; it answers every POST with a JSON echo
of the X-Amz-Target header and the body length, chunked when the path is
/chunked. "silent" accepts and never answers. "proxy" is an HTTP CONNECT proxy
that sends cognito.test to 127.0.0.1. Exits when stdin closes."""
import datetime
import http.server
import ipaddress
import json
import os
import socket
import socketserver
import ssl
import sys
import tempfile
import threading

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def make_certificate(folder, dns_names=("localhost", "cognito.test"), ip_names=("127.0.0.1",)):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, dns_names[0])])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(n) for n in dns_names]
                                                       + [x509.IPAddress(ipaddress.ip_address(a)) for a in ip_names]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
    with open(cert_path, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    with open(key_path, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    return cert_path, key_path


class Echo(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        self.rfile.read(length)
        body = json.dumps({"target": self.headers.get("X-Amz-Target"), "length": length}).encode()
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


class Threaded(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


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


def proxy_client(client, https_port):
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = client.recv(4096)
        if not chunk:
            return
        head += chunk
    target = head.split(b" ")[1].decode()
    host, port = target.rsplit(":", 1)
    if host != "cognito.test":
        client.sendall(b"HTTP/1.1 403 Forbidden\r\n\r\n")
        client.close()
        return
    upstream = socket.create_connection(("127.0.0.1", int(port)))
    client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
    threading.Thread(target=pipe, args=(client, upstream), daemon=True).start()
    pipe(upstream, client)


def serve_forever(listener, handler):
    while True:
        connection, _ = listener.accept()
        threading.Thread(target=handler, args=(connection,), daemon=True).start()


def main():
    folder = tempfile.mkdtemp()
    cert, key = make_certificate(folder)
    https = Threaded(("127.0.0.1", 0), Echo)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    https.socket = context.wrap_socket(https.socket, server_side=True)
    threading.Thread(target=https.serve_forever, daemon=True).start()
    silent = socket.create_server(("127.0.0.1", 0))
    held = []
    threading.Thread(target=serve_forever, args=(silent, held.append), daemon=True).start()
    proxy = socket.create_server(("127.0.0.1", 0))
    port = https.server_address[1]
    threading.Thread(target=serve_forever, args=(proxy, lambda c: proxy_client(c, port)), daemon=True).start()
    print(json.dumps({"https": port, "silent": silent.getsockname()[1], "proxy": proxy.getsockname()[1], "ca": cert}),
          flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    main()
