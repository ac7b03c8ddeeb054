"""Plain mode: the same wizard as line prompts, for scripts and screen readers."""
from e2e_support import NEW, TEMP, run_plain, write_config


def test_a_first_sign_in_through_a_pipe(emulator, tmp_path):
    pool, client = emulator.make_pool(required=["name", "birthdate"])
    emulator.create_user(pool, "ada", TEMP, email="ada@example.com")
    config = write_config(tmp_path, emulator, pool, client)
    result = run_plain("--config", config, answers=["ada", TEMP, NEW, NEW, "Ada Lovelace", "1815-12-10"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "You're all set" in result.stdout
    assert "\x1b" not in result.stdout, "no cursor movement, no colour"
    assert TEMP not in result.stdout and NEW not in result.stdout, "secrets are not echoed"
    status, attrs = emulator.user(pool, "ada")
    assert status == "CONFIRMED" and attrs["name"] == "Ada Lovelace" and attrs["birthdate"] == "1815-12-10"


def test_an_invalid_phone_number_re_prompts_with_the_reason(emulator, tmp_path):
    pool, client = emulator.make_pool(required=["phone_number"])
    emulator.create_user(pool, "ada", TEMP)
    config = write_config(tmp_path, emulator, pool, client)
    result = run_plain("--config", config,
                       answers=["ada", TEMP, "weak", NEW, NEW, "020 7946 0958", "+44 20 7946 0958"])
    assert result.returncode == 0, result.stdout
    assert "Start with + and the country code" in result.stdout
    assert result.stdout.count("Phone (") == 2, "asked again"
    assert result.stdout.count("New password:") == 2, "a weak password is asked again at once"
    assert "The new password needs:" in result.stdout, "the rules before the first try"
    assert "Still needed: An uppercase letter" in result.stdout, "the unmet rules, in words, after a refusal"
    assert emulator.user(pool, "ada")[1]["phone_number"] == "+442079460958"


def test_end_of_input_cancels(emulator, tmp_path):
    pool, client = emulator.make_pool()
    result = run_plain("--config", write_config(tmp_path, emulator, pool, client), answers=["ada"])
    assert result.returncode == 130


def test_term_dumb_selects_plain_mode(emulator, sessions, tmp_path):
    pool, client = emulator.make_pool(required=["name"])
    emulator.create_user(pool, "ada", TEMP)
    config = write_config(tmp_path, emulator, pool, client, alias_attributes=["email"])
    s = sessions("--config", config, env={"TERM": "dumb"})
    s.wait_for("Username (Or your email address):")
    s.type("ada"); s.send("Enter")
    s.wait_for("Temporary password:")
    s.type(TEMP); s.send("Enter")
    screen = s.wait_for("New password:")
    assert TEMP not in screen, "no echo of secrets at a terminal"
    s.type(NEW); s.send("Enter"); s.wait_for("Confirm password:"); s.type(NEW); s.send("Enter")
    s.wait_for("Full name"); s.type("Ada"); s.send("Enter")
    s.wait_for("You're all set")
    s.wait_for("EXIT=0")
