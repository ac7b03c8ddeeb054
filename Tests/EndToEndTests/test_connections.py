"""The wizard's connections to the service, counted at a TLS relay that keeps
them open as the real service does (the emulator itself closes every
connection after one response)."""
import sys

from e2e_support import NEW, ROOT, TEMP, run_plain, write_config

sys.path.insert(0, str(ROOT / "Resources" / "bench"))
from tls_relay import Relay  # noqa: E402


def test_a_first_sign_in_uses_one_connection_and_one_handshake(emulator, tmp_path):
    pool, client = emulator.make_pool(required=["name"])
    emulator.create_user(pool, "ada", TEMP)
    relay = Relay(emulator.endpoint, delay=0.02).start()
    try:
        config = tmp_path / "config.json"
        config.write_text(open(write_config(tmp_path, emulator, pool, client)).read()
                          .replace(emulator.endpoint, relay.endpoint))
        result = run_plain("--config", str(config), answers=["ada", TEMP, NEW, NEW, "Ada"],
                           env={"SSL_CERT_FILE": relay.ca, "TERM": "dumb"})
        assert result.returncode == 0, result.stdout + result.stderr
        assert "You're all set" in result.stdout
        stats = relay.stats()
        # The warm-up (HEAD) and the sign-in's requests, all on one connection.
        assert stats["requests"] >= 3, stats
        assert stats["tcp_connections"] == 1, stats
        assert stats["tls_handshakes"] == 1, stats
    finally:
        relay.stop()
    assert emulator.user(pool, "ada")[0] == "CONFIRMED"


def test_the_network_bench_drives_a_first_sign_in(emulator):
    """`make bench`'s network figures come from cognito-bench's flow mode; a
    change to the core must not leave it broken until someone benchmarks
    (the debug build here: the figures themselves are the bench's)."""
    import network_bench
    pool, client = emulator.make_pool(mfa=True)
    emulator.create_user(pool, "bench", network_bench.TEMP)
    waited, stats, connections = network_bench.ours(str(ROOT / ".build" / "debug" / "cognito-bench"), emulator, pool,
                                                    client, "bench", typing=0.2)
    assert waited > 0 and connections == 1, (waited, connections)
    assert stats["tls_handshakes"] == 1, stats
