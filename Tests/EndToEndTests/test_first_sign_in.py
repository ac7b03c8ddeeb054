"""What a person does: first sign-in in a real terminal, keys and all."""
import os
import stat

from e2e_support import NEW, TEMP, fill_in, sign_in, write_config


def test_first_sign_in_with_required_attributes(emulator, sessions, tmp_path):
    pool, client = emulator.make_pool(required=["name", "birthdate", "phone_number"])
    emulator.create_user(pool, "ada", TEMP, email="ada@example.com")
    tokens = tmp_path / "tokens.json"
    s = sessions("--config", write_config(tmp_path, emulator, pool, client), "--tokens-out", str(tokens))
    sign_in(s)
    screen = s.wait_for("Choose your password")
    assert "ada@example.com" in screen, "the attribute on file is shown for context"
    s.type(NEW); s.send("Tab"); s.type(NEW); s.send("Tab")
    s.type("Ada Lovelace"); s.send("Tab")
    s.type("1815-12-10"); s.send("Tab")
    s.type("+44 20 7946 0958")
    assert "+44 20 7946 0958" in s.wait_for("7946 0958"), "the phone number is kept as typed (sent as E.164)"
    s.send("Enter")
    s.wait_for("You're all set")
    status, attrs = emulator.user(pool, "ada")
    assert status == "CONFIRMED"
    assert attrs["name"] == "Ada Lovelace"
    assert attrs["birthdate"] == "1815-12-10"
    assert attrs["phone_number"] == "+442079460958"
    assert stat.S_IMODE(os.stat(tokens).st_mode) == 0o600
    assert "AccessToken" in tokens.read_text()
    s.send("Enter")
    s.wait_for("EXIT=0")


def test_weak_password_shows_unmet_rules_and_sends_nothing(emulator, sessions, tmp_path):
    pool, client = emulator.make_pool(required=["name"])
    emulator.create_user(pool, "ada", TEMP)
    policy = {"min_length": 8, "require_uppercase": True, "require_lowercase": True, "require_numbers": True,
              "require_symbols": True}
    s = sessions("--config", write_config(tmp_path, emulator, pool, client, password_policy=policy))
    sign_in(s)
    s.wait_for("Choose your password")
    s.type("weak"); s.send("Tab"); s.type("weak"); s.send("Tab"); s.type("Ada")
    before = emulator.requests().get("RespondToAuthChallenge", 0)
    s.send("Enter")
    screen = s.wait_for("does not meet every rule")
    for unmet in ("○ At least 8 characters", "○ An uppercase letter", "○ A number", "○ A symbol"):
        assert unmet in screen, unmet
    for met in ("✓ A lowercase letter", "✓ Both passwords match", "✓ Not the temporary password"):
        assert met in screen, met
    assert emulator.requests().get("RespondToAuthChallenge", 0) == before, "nothing was sent"
    assert emulator.user(pool, "ada")[0] == "FORCE_CHANGE_PASSWORD"
    assert "▸ New password" in s.wait_for("▸ New password"), "focus moved to the first invalid field"


def test_resize_to_40x12_and_back_keeps_everything(emulator, sessions, tmp_path):
    pool, client = emulator.make_pool(required=["name", "birthdate", "phone_number"])
    emulator.create_user(pool, "ada", TEMP)
    s = sessions("--config", write_config(tmp_path, emulator, pool, client))
    sign_in(s)
    s.wait_for("Choose your password")
    s.type(NEW); s.send("Tab"); s.type(NEW); s.send("Tab"); s.type("山田 太郎"); s.send("Tab"); s.type("1990-04-2")
    s.wait_for("1990-04-2")
    s.resize(40, 12)
    small = s.wait_for("more above")
    assert "1990-04-2" in small and "▸ Date of birth" in small, "the focused field stays in view"
    assert len(small.rstrip("\n").splitlines()) <= 12
    s.resize(30, 10)
    s.wait_for("Please enlarge")
    s.resize(80, 24)
    screen = s.wait_for("Step 2 of 2")
    assert "山田 太郎" in screen and "1990-04-2" in screen
    assert "✓ Both passwords match" in screen, "the passwords survived too"
    fill_in(s, "1", "+15550100199")
    s.wait_for("You're all set")
    attrs = emulator.user(pool, "ada")[1]
    assert attrs["name"] == "山田 太郎" and attrs["birthdate"] == "1990-04-21"


def test_escape_sequences_from_the_service_are_inert(emulator, sessions, tmp_path):
    pool, client = emulator.make_pool(required=["name"])
    evil = "Evil\x1b[31mRED\x1b]2;pwned\x07\u202eTAIL"
    emulator.create_user(pool, "ada", TEMP, nickname=evil)
    s = sessions("--config", write_config(tmp_path, emulator, pool, client))
    title_before = s.display("#{pane_title}")
    sign_in(s)
    screen = s.wait_for("Choose your password")
    assert "Evil\ufffdRED\ufffd\ufffdTAIL" in screen
    assert s.display("#{pane_title}") == title_before != "pwned"
    assert "\x1b[31m" not in s.screen(escapes=True).split("Evil")[1].split("TAIL")[0]
