"""End-to-end: the real cognito-onboard binary in tmux, against the emulator."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e2e_support import BINARY, Emulator, TmuxSession  # noqa: E402


@pytest.fixture(scope="session")
def emulator():
    with Emulator() as e:
        yield e


@pytest.fixture
def sessions():
    made = []

    def start(*args, width=80, height=24, env=None):
        s = TmuxSession(" ".join([BINARY, *args]), width=width, height=height, env=env)
        made.append(s)
        return s

    yield start
    for s in made:
        s.kill()


def pytest_terminal_summary(terminalreporter):
    """The fault matrix's count (test_fault_matrix.py), when it ran."""
    matrix = sys.modules.get("test_fault_matrix")
    if matrix is not None and "line" in matrix.results:
        terminalreporter.write_line(matrix.results["line"])
