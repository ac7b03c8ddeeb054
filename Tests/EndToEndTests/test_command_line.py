"""The command line's contract: exit codes, errors before the screen opens,
and where tokens may be written."""
import json
import os
import subprocess

import pytest

from e2e_support import BINARY, NEW, run_plain, write_config


def run(*args, stdin=None):
    return subprocess.run([BINARY, *args], capture_output=True, text=True, input=stdin, timeout=30)


def test_help_and_version():
    result = run("--help")
    assert result.returncode == 0
    for flag in ("--region", "--user-pool-id", "--client-id", "--client-secret-file", "--endpoint-url", "--username",
                 "--tokens-out", "--config", "--amplify-outputs", "--auth-flow", "--lang", "--plain", "--kiosk"):
        assert flag in result.stdout, flag
    assert run("--version").returncode == 0


def test_usage_errors_exit_2():
    assert run("--no-such-flag").returncode == 2
    assert run("--auth-flow", "MAGIC", "--user-pool-id", "us-east-1_X", "--client-id", "c").returncode == 2
    missing = run()
    assert missing.returncode == 2 and "--config" in missing.stderr


@pytest.mark.parametrize("args", [
    ["--no-such-flag"], ["--config"], ["--idle-timeout", "x", "--plain"], ["--help"], ["-h", "--plain"],
    ["--version", "--plain"], ["--plain", "stray"], ["--user-pool-id", "us-east-1_X", "--client-id", "c", "--plain"],
    ["--username", "check", "--config", "/nonexistent", "--plain"], ["--config", "/nonexistent", "--plain"],
])
def test_without_a_subcommand_the_wizard_parses_as_wizard_does(args):
    """Without a subcommand the wizard's flags are parsed by the wizard alone
    (start-up time), and anything it does not take by the root: either way the
    same output and exit code as the root's own parse."""
    ours, root = run(*args, stdin=""), run("wizard", *args, stdin="")
    if args[0] in ("--help", "-h", "--version"):  # the root's own flags, not the wizard's
        assert ours.returncode == 0 and ours.stdout and not ours.stderr
        return
    assert (ours.returncode, ours.stdout, ours.stderr) == (root.returncode, root.stdout, root.stderr)


def test_a_bad_config_names_the_file_and_the_key(tmp_path):
    config = tmp_path / "acme.json"
    config.write_text(json.dumps({"user_pool_id": "us-east-1_X", "user_pool_client_id": "c",
                                  "password_policy": {"min_length": 2}}))
    result = run("--config", str(config), "--plain")
    assert result.returncode == 2
    assert f"{config}: password_policy.min_length: must be from 6 to 99" in result.stderr
    insecure = run("--user-pool-id", "us-east-1_X", "--client-id", "c", "--endpoint-url", "http://example.com/", "--plain")
    assert insecure.returncode == 2 and "loopback" in insecure.stderr


def test_tokens_are_never_written_through_a_symlink(emulator, tmp_path):
    pool, client = emulator.make_pool()
    target = tmp_path / "elsewhere.json"
    link = tmp_path / "tokens.json"
    os.symlink(target, link)
    result = run_plain("--config", write_config(tmp_path, emulator, pool, client), "--tokens-out", str(link), "--plain",
                       answers=["ada", "pw"], timeout=30)
    assert result.returncode == 2 and "symbolic link" in result.stderr
    assert not target.exists()


def test_tokens_out_in_plain_mode(emulator, tmp_path):
    pool, client = emulator.make_pool()
    emulator.confirmed_user(pool, "ada", NEW)
    tokens = tmp_path / "tokens.json"
    result = run_plain("--config", write_config(tmp_path, emulator, pool, client), "--tokens-out", str(tokens), "--plain",
                       answers=["ada", NEW], timeout=30)
    assert result.returncode == 0, result.stdout + result.stderr
    saved = json.loads(tokens.read_text())
    assert set(saved) >= {"AccessToken", "IdToken", "RefreshToken", "ExpiresIn", "TokenType"}
    assert oct(os.stat(tokens).st_mode & 0o777) == "0o600"
    assert NEW not in result.stdout + result.stderr


def test_help_shows_examples_and_exit_codes_and_no_readme():
    text = run("--help").stdout
    for example in ("cognito-onboard --config acme.json", "cognito-onboard --plain --config acme.json",
                    "cognito-onboard --kiosk --config /etc/cognito-onboard/config.json",
                    "cognito-onboard init --describe-user-pool pool.json", "cognito-onboard check --config acme.json"):
        assert example in text, example
    for code in ("0    done", "1    failed", "2    usage or configuration error", "130  cancelled"):
        assert code in text, code
    # An installed binary has no README beside it: only what the package installs is named.
    assert "see README" not in text
    assert "/usr/share/doc/cognito-onboard/README.md.gz" in text and "cognito-onboard(1)" in text
    assert all(len(line) <= 80 for line in text.splitlines()), "no example is wrapped mid-command"


def config_error(tmp_path, text, name="acme.json"):
    config = tmp_path / name
    config.write_text(text)
    result = run("--config", str(config), "--plain")
    assert result.returncode == 2
    return config, result.stderr


def test_a_typoed_key_is_told_what_it_likely_meant(tmp_path):
    config, stderr = config_error(tmp_path, json.dumps({"user_pool_id": "us-east-1_X", "user_pool_client_id": "c",
                                                        "password_policy": {"min_lenght": 10}}))
    assert stderr == f"cognito-onboard: {config}: password_policy.min_lenght: is not a known setting " \
                     "(did you mean password_policy.min_length?)\n"
    config, stderr = config_error(tmp_path, json.dumps({"userPoolId": "us-east-1_X"}))
    assert "userPoolId: is not a known setting (did you mean user_pool_id?)" in stderr


def test_invalid_json_names_the_line_and_the_column(tmp_path):
    config, stderr = config_error(tmp_path, '{\n  "user_pool_id": "us-east-1_X"\n  "user_pool_client_id": "c"\n}\n')
    assert stderr == f"cognito-onboard: {config}: is not valid JSON at line 3, column 3: " \
                     "a comma or } was expected, not '\"'\n"


def test_a_file_that_cannot_be_read_says_why(tmp_path):
    missing = run("--config", str(tmp_path / "missing.json"), "--plain")
    assert missing.returncode == 2
    assert missing.stderr == f"cognito-onboard: {tmp_path / 'missing.json'}: cannot be read: No such file or directory\n"
    folder = run("--config", str(tmp_path), "--plain")
    assert folder.returncode == 2 and folder.stderr.endswith(": cannot be read: Is a directory\n")


def test_a_file_without_permission_says_so(tmp_path):
    config = tmp_path / "acme.json"
    config.write_text("{}")
    config.chmod(0o600)
    command = [BINARY, "--config", str(config), "--plain"]
    if os.geteuid() == 0:
        # root reads every file: the check runs as nobody.
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    result = subprocess.run(command, capture_output=True, text=True, timeout=30)
    if result.returncode == 127 or "setpriv" in result.stderr:
        import pytest
        pytest.skip(f"cannot run as another user here: {result.stderr}")
    assert result.returncode == 2, result.stderr
    assert result.stderr == f"cognito-onboard: {config}: cannot be read: Permission denied\n"


def test_a_language_not_shipped_is_said_with_those_that_are(tmp_path):
    config = tmp_path / "acme.json"
    config.write_text(json.dumps({"user_pool_id": "us-east-1_X", "user_pool_client_id": "c"}))
    result = run("--config", str(config), "--plain", "--lang", "xx", stdin="")
    assert "cognito-onboard: --lang: xx is not one of the shipped languages (de, en, es, fr, it, ja, ko, nl, pt-BR, zh-Hans)" \
        in result.stderr, result.stderr
