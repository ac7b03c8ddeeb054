"""python -m cognito_emulator [--port 0] [--seed FILE] [--session-ttl SECONDS]

Serves on a loopback address and prints one JSON line when ready:
{"endpoint": "http://127.0.0.1:PORT", "pools": [...seeded pools...]}.
It stops on SIGTERM or SIGINT, or when its standard input closes if
--exit-on-stdin-eof is given (so a test that dies cannot leave it behind)."""
import argparse
import ipaddress
import json
import os
import signal
import sys
import threading

os.environ.setdefault("MOTO_COGNITO_IDP_USER_POOL_ENABLE_TOTP", "true")

import logging  # noqa: E402

from werkzeug.serving import make_server  # noqa: E402

from .app import EmulatorApp  # noqa: E402
from .seed import Seeder, wizard_config  # noqa: E402


def loopback(host):
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def main(argv=None):
    parser = argparse.ArgumentParser(prog="cognito_emulator")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--seed", help="JSON file of pools, clients and users to create")
    parser.add_argument("--session-ttl", type=float, help="challenge session lifetime in seconds")
    parser.add_argument("--exit-on-stdin-eof", action="store_true")
    parser.add_argument("--write-config", metavar="FILE",
                        help="write cognito-onboard's config for the first seeded pool to FILE")
    args = parser.parse_args(argv)
    if not loopback(args.host):
        parser.error("the emulator serves loopback addresses only")

    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    app = EmulatorApp(session_ttl=args.session_ttl)
    seeded = []
    if args.seed:
        with open(args.seed, encoding="utf-8") as f:
            seeded = Seeder(app).seed(json.load(f))

    server = make_server(args.host, args.port, app, threaded=True)
    host = f"[{args.host}]" if ":" in args.host else args.host
    endpoint = f"http://{host}:{server.server_port}/"
    if args.write_config and seeded:
        with open(args.write_config, "w", encoding="utf-8") as f:
            json.dump(wizard_config(seeded[0], endpoint), f, indent=2)
            f.write("\n")
    summary = [{k: v for k, v in p.items() if k not in ("pool", "config")} for p in seeded]
    print(json.dumps({"endpoint": endpoint, "pools": summary}), flush=True)

    def stop(*_):
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    if args.exit_on_stdin_eof:
        threading.Thread(target=lambda: (sys.stdin.read(), stop()), daemon=True).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
