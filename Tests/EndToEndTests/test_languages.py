"""The wizard in the newcomer's language: Japanese in tmux, German through a
pipe, and a kiosk's language switch."""
import json
import re

from e2e_support import NEW, ROOT, TEMP, fill_in, run_plain, write_config

STRINGS = ROOT / "Sources" / "Onboarding" / "Resources" / "strings"
# Keycaps and names stay as they are in every language.
KEYCAPS = re.compile(r"\b(Tab|Enter|Esc|Shift-Tab|Ctrl-[A-Z]|Alt-[A-Z]|F\d)\b")


def english_phrases():
    """English sentences and labels of en.json, as they would show on a screen."""
    english = json.loads((STRINGS / "en.json").read_text())
    phrases = set()
    for key, value in english.items():
        if key == "language.name" or key.startswith("check."):
            continue
        for line in value.split("\n"):
            text = KEYCAPS.sub("", re.sub(r"\{[a-z]+\}", "", line)).strip(" :,.")
            if len(text) >= 8 and " " in text:
                phrases.add(text)
    return phrases


def english_on(screen, phrases):
    return sorted(p for p in phrases if p in screen)


def test_a_first_sign_in_in_japanese(emulator, sessions, tmp_path):
    pool, client = emulator.make_pool(required=["name"])
    emulator.create_user(pool, "ada", TEMP, email="ada@example.com")
    config = write_config(tmp_path, emulator, pool, client)
    ja = json.loads((STRINGS / "ja.json").read_text())
    phrases = english_phrases()
    s = sessions("--config", config, env={"LANG": "ja_JP.UTF-8", "LC_ALL": "ja_JP.UTF-8"})
    screen = s.wait_for(ja["signin.password"])
    assert not english_on(screen, phrases), english_on(screen, phrases)
    fill_in(s, "ada", TEMP)
    screen = s.wait_for(ja["newpassword.title"])
    assert not english_on(screen, phrases), english_on(screen, phrases)
    assert ja["rule.lowercase"] in screen
    fill_in(s, NEW, NEW, "山田 太郎")
    screen = s.wait_for(ja["done.title"])
    assert not english_on(screen, phrases), english_on(screen, phrases)
    assert emulator.user(pool, "ada")[1]["name"] == "山田 太郎"


def test_plain_mode_in_german_through_a_pipe(emulator, tmp_path):
    pool, client = emulator.make_pool(required=["name"])
    emulator.create_user(pool, "ada", TEMP)
    config = write_config(tmp_path, emulator, pool, client)
    de = json.loads((STRINGS / "de.json").read_text())
    env = {"LANG": "de_DE.UTF-8", "PATH": "/usr/bin:/bin"}
    result = run_plain("--config", config, answers=["ada", TEMP, "schwach", NEW, NEW, "Ada Lovelace"], env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert de["plain.rules"] in out and de["done.title"] in out and de["problem.passwordRules"] in out
    leaked = english_on(out, english_phrases())
    assert not leaked, leaked
    assert result.stderr == "", "German is shipped: nothing to warn about"


def test_a_missing_language_is_said_on_standard_error(emulator, tmp_path):
    pool, client = emulator.make_pool()
    config = write_config(tmp_path, emulator, pool, client)
    result = run_plain("--config", config, "--lang", "sv", answers=[])
    assert "sv is not one of the shipped languages" in result.stderr


def test_a_kiosk_offers_its_languages_and_starts_each_person_in_the_sites(emulator, sessions, tmp_path):
    pool, client = emulator.make_pool()
    config = write_config(tmp_path, emulator, pool, client, languages=["en", "de", "ja"],
                          welcome_title={"en": "Welcome to Acme", "de": "Willkommen bei Acme", "ja": "Acme へようこそ"})
    s = sessions("--config", config, "--kiosk")
    screen = s.wait_for("Welcome to Acme")
    assert "F3 Deutsch" in screen, "the next language, named in its own words"
    s.type("ada")
    s.send("F3")
    screen = s.wait_for("Willkommen bei Acme")
    assert "Temporäres Passwort" in screen and "ada" in screen, "what was typed stays"
    assert "F3 日本語" in screen
    s.send("C-c")
    s.wait_for("?")
    s.send("y")
    s.wait_for("Welcome to Acme")
