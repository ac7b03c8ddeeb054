"""The same screens in colour, without (NO_COLOR), and on the Linux console."""
import re

from e2e_support import write_config

COLOUR = re.compile(r"\x1b\[[0-9;]*3[0-7]m|\x1b\[[0-9;]*38;")


def test_colour_no_color_and_the_linux_console(emulator, sessions, tmp_path):
    pool, client = emulator.make_pool()
    config = write_config(tmp_path, emulator, pool, client)
    coloured = sessions("--config", config)
    coloured.wait_for("Temporary password")
    assert COLOUR.search(coloured.screen(escapes=True)), "colour by default"

    plain = sessions("--config", config, env={"NO_COLOR": "1"})
    plain.wait_for("Temporary password")
    screen = plain.screen(escapes=True)
    assert not COLOUR.search(screen), "NO_COLOR: no colour at all"
    assert "\x1b[7m" in screen or "\x1b[4m" in screen, "attributes still mark the fields"

    console = sessions("--config", config, env={"TERM": "linux"})
    console.wait_for("Temporary password")
    screen = console.screen()
    assert "─" not in screen and "▸" not in screen and "> Username" in screen, "ASCII marks on the Linux console"


def test_shift_tab_goes_back_on_the_linux_console(emulator, sessions, tmp_path):
    """TERM=linux names no back-tab key, so ncurses alone would pass ESC [ Z
    on as three keys (ESC offering to quit); the wizard knows the sequence."""
    pool, client = emulator.make_pool()
    console = sessions("--config", write_config(tmp_path, emulator, pool, client), env={"TERM": "linux"})
    console.wait_for("Temporary password")
    console.type("ad")
    console.send("Tab")
    console.send("BTab")
    console.type("a")
    screen = console.wait_for("ada")
    assert "Quit" not in screen and "> Username" in screen, screen
