"""The operator's commands: `init` from what the AWS CLI prints for three pool
shapes (made with boto3 against the emulator), the wizard with the config it
writes, and `check` against the emulator and against a wrong-name certificate."""
import http.server
import json
import os
import signal
import ssl
import subprocess
import sys
import threading
import time

from e2e_support import BINARY, NEW, ROOT, TEMP, run_plain, sign_in, wizard_in_a_shell

sys.path.insert(0, str(ROOT / "Resources" / "bench"))
from certificates import make_certificate  # noqa: E402


def run(*args, stdin=None, env=None):
    return subprocess.run([BINARY, *args], capture_output=True, text=True, input=stdin, timeout=60,
                          env=dict(os.environ, **(env or {})))


def describe(emulator, tmp_path, pool, client_id):
    """What `aws cognito-idp describe-user-pool` / `-client` / `get-user-pool-mfa-config` print."""
    idp = emulator.idp
    files = {}
    for name, answer in (("pool", idp.describe_user_pool(UserPoolId=pool)),
                         ("client", idp.describe_user_pool_client(UserPoolId=pool, ClientId=client_id)),
                         ("mfa", idp.get_user_pool_mfa_config(UserPoolId=pool))):
        answer.pop("ResponseMetadata", None)
        files[name] = tmp_path / f"{name}.json"
        files[name].write_text(json.dumps(answer, default=str, indent=2))
    return files


def init(emulator, tmp_path, pool, client_id, with_mfa=True):
    f = describe(emulator, tmp_path, pool, client_id)
    config = tmp_path / "config.json"
    args = ["init", "--describe-user-pool", str(f["pool"]), "--describe-user-pool-client", "-",
            "--endpoint-url", emulator.endpoint, "--output", str(config)]
    if with_mfa:
        args += ["--get-user-pool-mfa-config", str(f["mfa"])]
    result = run(*args, stdin=f["client"].read_text())
    assert result.returncode == 0, result.stderr
    return config, result


def schema(required=(), custom=()):
    attributes = [{"Name": n, "AttributeDataType": "String", "Required": True, "Mutable": True} for n in required]
    return attributes + list(custom)


def test_email_username_with_an_authenticator_required(emulator, tmp_path):
    idp = emulator.idp
    pool = idp.create_user_pool(
        PoolName="Acme staff", Schema=schema(["email", "name"]), UsernameAttributes=["email"],
        Policies={"PasswordPolicy": {"MinimumLength": 12, "RequireUppercase": True, "RequireLowercase": True,
                                     "RequireNumbers": True, "RequireSymbols": True,
                                     "TemporaryPasswordValidityDays": 3}})["UserPool"]["Id"]
    idp.set_user_pool_mfa_config(UserPoolId=pool, SoftwareTokenMfaConfiguration={"Enabled": True},
                                 MfaConfiguration="ON")
    client = idp.create_user_pool_client(UserPoolId=pool, ClientName="kiosk",
                                         ExplicitAuthFlows=["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                                         WriteAttributes=["email", "name"])["UserPoolClient"]
    config, _ = init(emulator, tmp_path, pool, client["ClientId"])
    written = json.loads(config.read_text())
    assert written["password_policy"]["min_length"] == 12
    assert written["password_policy"]["temporary_password_validity_days"] == 3
    assert written["standard_required_attributes"] == ["email", "name"]
    assert written["username_attributes"] == ["email"]
    assert (written["mfa_configuration"], written["mfa_methods"]) == ("REQUIRED", ["TOTP"])
    assert written["user_pool_name"] == "Acme staff" and written["auth_flow"] == "USER_SRP_AUTH"

    emulator.create_user(pool, "ada@example.com", TEMP, email="ada@example.com")
    # "Short#Pass1" has every kind but is 11 characters: the pool's 12 shows, not Cognito's default 8.
    result = run_plain("--config", str(config), "--plain",
                       answers=["ada@example.com", TEMP, "Short#Pass1", NEW, NEW, "Ada Lovelace"])
    assert "  - At least 12 characters" in result.stdout, result.stdout
    assert "Full name" in result.stdout and "Email (" not in result.stdout
    assert "authenticator" in result.stdout.lower(), "then the authenticator set-up the pool requires"
    assert result.returncode == 130, "input ends at the code"

    checked = run("check", "--config", str(config))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    for expected in ("USER_SRP_AUTH", "At least 12 characters", "Full name", "Required: Authenticator app", "exists"):
        assert expected in checked.stdout, expected
    assert "\x1b" not in checked.stdout


def test_phone_username_with_sms(emulator, tmp_path):
    idp = emulator.idp
    pool = idp.create_user_pool(
        PoolName="Field team", Schema=schema(["phone_number", "birthdate"]), UsernameAttributes=["phone_number"],
        SmsConfiguration={"SnsCallerArn": "arn:aws:iam::123456789012:role/sms", "ExternalId": "x"},
        Policies={"PasswordPolicy": {"MinimumLength": 10, "RequireUppercase": False, "RequireLowercase": True,
                                     "RequireNumbers": True, "RequireSymbols": False}})["UserPool"]["Id"]
    idp.set_user_pool_mfa_config(UserPoolId=pool, MfaConfiguration="OPTIONAL", SmsMfaConfiguration={
        "SmsConfiguration": {"SnsCallerArn": "arn:aws:iam::123456789012:role/sms", "ExternalId": "x"}})
    client = idp.create_user_pool_client(UserPoolId=pool, ClientName="kiosk")["UserPoolClient"]
    config, _ = init(emulator, tmp_path, pool, client["ClientId"])
    written = json.loads(config.read_text())
    assert written["username_attributes"] == ["phone_number"]
    assert (written["mfa_configuration"], written["mfa_methods"]) == ("OPTIONAL", ["SMS"])
    assert written["password_policy"]["require_uppercase"] is False

    emulator.create_user(pool, "+447700900123", TEMP, phone_number="+447700900123")
    result = run_plain("--config", str(config), "--plain",
                       answers=["+447700900123", TEMP, "short1a", "longer1pass", "longer1pass", "1990-04-21"])
    assert "  - At least 10 characters" in result.stdout, result.stdout
    assert "An uppercase letter" not in result.stdout, "the pool does not ask for one"
    assert result.returncode == 0, result.stdout + result.stderr
    status, attributes = emulator.user(pool, "+447700900123")
    assert status == "CONFIRMED" and attributes["birthdate"] == "1990-04-21"
    assert run("check", "--config", str(config)).returncode == 0


def test_custom_attributes_asked_within_what_the_client_may_write(emulator, tmp_path):
    idp = emulator.idp
    custom = [{"Name": "team", "AttributeDataType": "String", "Mutable": True,
               "StringAttributeConstraints": {"MinLength": "2", "MaxLength": "32"}},
              {"Name": "level", "AttributeDataType": "Number", "Mutable": True,
               "NumberAttributeConstraints": {"MinValue": "1", "MaxValue": "9"}}]
    pool = idp.create_user_pool(PoolName="Lab", Schema=schema(["name"], custom))["UserPool"]["Id"]
    client = idp.create_user_pool_client(
        UserPoolId=pool, ClientName="kiosk", ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        WriteAttributes=["name", "custom:team"], AuthSessionValidity=7)["UserPoolClient"]
    config, made = init(emulator, tmp_path, pool, client["ClientId"], with_mfa=False)
    assert "set \"ask\": true" in made.stderr and "the password is sent" in made.stderr
    written = json.loads(config.read_text())
    assert written["auth_flow"] == "USER_PASSWORD_AUTH" and written["session_validity_minutes"] == 7
    assert written["writable_attributes"] == ["name", "custom:team"]
    team, level = written["custom_attributes"]
    assert (team["name"], team["min_length"], team["max_length"]) == ("custom:team", 2, 32)
    assert (level["name"], level["type"], level["min_value"], level["max_value"]) == ("custom:level", "Number", 1, 9)
    # The operator asks for both, as init's note says; the client may write only the team.
    team["ask"] = level["ask"] = True
    config.write_text(json.dumps(written))

    emulator.create_user(pool, "ada", TEMP)
    result = run_plain("--config", str(config), "--plain", answers=["ada", TEMP, NEW, NEW, "Ada Lovelace", "Platform"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Level" not in result.stdout and "custom:level" not in result.stdout
    assert emulator.user(pool, "ada")[1]["custom:team"] == "Platform"


def test_init_notes_unknown_fields_and_never_writes_the_secret(emulator, tmp_path):
    pool, client = emulator.make_pool(GenerateSecret=True)
    f = describe(emulator, tmp_path, pool, client["ClientId"])
    described = json.loads(f["pool"].read_text())
    described["UserPool"]["FutureSetting"] = {"x": 1}
    f["pool"].write_text(json.dumps(described))
    result = run("init", "--describe-user-pool", str(f["pool"]), "--describe-user-pool-client", str(f["client"]))
    assert result.returncode == 0, result.stderr
    assert "UserPool.FutureSetting: not known to this version, ignored" in result.stderr
    assert "client-secret.txt" in result.stderr
    secret = json.loads(f["client"].read_text())["UserPoolClient"]["ClientSecret"]
    assert secret not in result.stdout and json.loads(result.stdout)["client_secret_file"] == "client-secret.txt"
    broken = run("init", "--describe-user-pool", str(f["client"]))
    assert broken.returncode == 2 and f"{f['client']}: UserPool: is missing" in broken.stderr


def test_check_names_a_missing_app_client(emulator, tmp_path):
    pool, client = emulator.make_pool()
    config, _ = init(emulator, tmp_path, pool, client["ClientId"])
    result = run("check", "--config", str(config), "--client-id", "no-such-client")
    assert result.returncode == 1
    assert "User pool client no-such-client does not exist" in result.stderr


def wrong_name_peer(folder):
    """An HTTPS server on loopback whose (trusted) certificate names only other.test."""
    cert_path, key_path = make_certificate(str(folder), "other", names=("other.test",), addresses=())
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, cert_path


def test_check_names_a_certificate_for_another_name(tmp_path):
    server, ca = wrong_name_peer(tmp_path)
    try:
        result = run("check", "--user-pool-id", "us-east-1_X", "--client-id", "c",
                     "--endpoint-url", f"https://127.0.0.1:{server.server_address[1]}/", env={"SSL_CERT_FILE": str(ca)})
    finally:
        server.shutdown()
    assert result.returncode == 1
    assert "TLS to https://127.0.0.1:" in result.stderr and "certificate was not accepted" in result.stderr, result.stderr
    assert "mismatch" in result.stderr.lower() or "name" in result.stderr.lower(), "the transport says which check failed"


def test_completions_and_version_come_from_the_parser():
    for shell in ("bash", "zsh", "fish"):
        script = run("--generate-completion-script", shell)
        assert script.returncode == 0, shell
        assert "describe-user-pool" in script.stdout and "amplify-outputs" in script.stdout, shell
    version = run("--version")
    assert version.returncode == 0 and version.stdout.strip().count(".") == 2
    help_text = run("--help").stdout
    assert "init" in help_text and "check" in help_text and "--tokens-out" in help_text


def closed_port():
    """A loopback port nothing listens on (bound, then let go)."""
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def failure_lines(text):
    return [line for line in text.splitlines() if line.startswith("cognito-onboard: ") and " failed: " in line]


def wait_for_words(s, text, timeout=15):
    """The screen once `text` shows on it, however its lines are wrapped."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        words = " ".join(line.strip() for line in s.screen().splitlines() if line.strip())
        if text in words:
            return words
        time.sleep(0.1)
    raise AssertionError(f"{text!r} did not appear; the screen:\n{s.screen()}")


def test_a_failure_is_one_line_on_standard_error_and_named_on_screen(sessions, tmp_path):
    """A kiosk's journal is its standard error: each failed request is one line
    there (the endpoint and the cause, never a secret), and the screen says the
    same where it asks to check the network."""
    port = closed_port()
    journal = tmp_path / "journal.txt"
    s = sessions("--user-pool-id", "us-east-1_X", "--client-id", "c", "--endpoint-url", f"http://127.0.0.1:{port}/",
                 "--request-timeout", "2", f"2>{journal}")
    sign_in(s)
    screen = s.wait_for("refused the connection")
    assert "127.0.0.1" in screen
    s.send("Enter")  # the same again: a second failure, a second line
    s.wait_for("refused the connection")
    deadline = time.monotonic() + 10
    while len(failure_lines(journal.read_text())) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    lines = failure_lines(journal.read_text())
    assert lines == [f"cognito-onboard: InitiateAuth to http://127.0.0.1:{port}/ failed: 127.0.0.1 refused the connection"] * 2, \
        journal.read_text()
    assert TEMP not in journal.read_text() and "ada" not in journal.read_text()


def test_the_screen_names_the_endpoint_and_the_cause_where_it_says_check_your_network(sessions, tmp_path):
    """A TLS failure other than the certificate: something answers in plain text."""
    import socket
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    port = server.getsockname()[1]

    def answer_in_plain_text():
        while True:
            try:
                connection, _ = server.accept()
            except OSError:
                return
            connection.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
            connection.close()

    threading.Thread(target=answer_in_plain_text, daemon=True).start()
    journal = tmp_path / "journal.txt"
    try:
        s = sessions("--user-pool-id", "us-east-1_X", "--client-id", "c", "--endpoint-url", f"https://127.0.0.1:{port}/",
                     "--request-timeout", "2", f"2>{journal}", width=120, height=30)
        sign_in(s)
        screen = wait_for_words(s, "Check your network connection, then press Enter to try again.")
    finally:
        server.close()
    assert "Cannot reach the sign-in service at 127.0.0.1 (secure connection failed:" in screen, screen
    lines = failure_lines(journal.read_text())
    assert len(lines) == 1 and lines[0].startswith(f"cognito-onboard: InitiateAuth to https://127.0.0.1:{port}/ failed: "
                                                   "secure connection failed: "), journal.read_text()


def refused_in_a_shell(*args):
    """The wizard (with `args`) from a shell in tmux, signing in as ada to a
    loopback port nothing listens on, once it has said the connection was
    refused; returns the session, the line standard error gets for it, and
    the wizard's process id."""
    port = closed_port()
    s, pid = wizard_in_a_shell(*args, "--user-pool-id", "us-east-1_X", "--client-id", "c",
                             "--endpoint-url", f"http://127.0.0.1:{port}/", "--username", "ada")
    try:
        s.type(TEMP)
        s.send("Enter")
        s.wait_for("refused the connection")
    except BaseException:
        s.kill()
        raise
    return s, f"cognito-onboard: InitiateAuth to http://127.0.0.1:{port}/ failed: 127.0.0.1 refused the connection", pid


def unwrapped_scrollback(s, expected, timeout=5):
    """The session's scrollback with the line breaks taken out (a long line
    wraps at the pane's width), once `expected` is in it or after `timeout`."""
    deadline = time.monotonic() + timeout
    while expected not in s.scrollback().replace("\n", "") and time.monotonic() < deadline:
        time.sleep(0.1)
    return s.scrollback().replace("\n", "")


def test_nothing_is_written_over_the_screen_and_the_lines_follow_it(tmp_path):
    """Standard error on the screen's own terminal: the line waits until the
    screen has closed, then stays in the scrollback."""
    s, expected, _ = refused_in_a_shell()
    try:
        assert "cognito-onboard:" not in s.screen()
        s.send("C-c")
        s.wait_for("Quit")
        s.send("y")
        s.wait_for("$ ")
        assert expected in unwrapped_scrollback(s, expected), s.scrollback()
    finally:
        s.kill()


def test_the_lines_held_are_written_when_a_signal_ends_the_run(tmp_path):
    """SIGTERM (a kiosk stopped by systemd) ends the run from a signal
    handler: the lines held for the screen still follow it."""
    s, expected, pid = refused_in_a_shell()
    try:
        os.kill(pid, signal.SIGTERM)
        s.wait_for("$ ")
        assert expected in unwrapped_scrollback(s, expected), s.scrollback()
    finally:
        s.kill()


def test_plain_mode_on_a_terminal_keeps_the_lines_out_of_its_questions():
    """Plain mode in a terminal: the operator's line does not land between
    its questions; it follows once the wizard has ended."""
    s, expected, _ = refused_in_a_shell("--plain")
    try:
        assert "cognito-onboard: InitiateAuth" not in s.scrollback()
        s.send("C-d")
        s.wait_for("$ ")
        assert expected in unwrapped_scrollback(s, expected), s.scrollback()
    finally:
        s.kill()


def test_a_certificate_refused_is_one_line_in_plain_mode(tmp_path):
    server, ca = wrong_name_peer(tmp_path)
    try:
        result = run_plain("--plain", "--user-pool-id", "us-east-1_X", "--client-id", "c",
                           "--endpoint-url", f"https://127.0.0.1:{server.server_address[1]}/", answers=["ada", TEMP],
                           env=dict(os.environ, SSL_CERT_FILE=str(ca)))
    finally:
        server.shutdown()
    assert result.returncode == 130
    assert failure_lines(result.stderr) == [
        f"cognito-onboard: InitiateAuth to https://127.0.0.1:{server.server_address[1]}/ failed: "
        "certificate of 127.0.0.1 refused: the certificate is for another name"], result.stderr
    assert TEMP not in result.stderr
