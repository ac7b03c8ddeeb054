"""The emulator (Resources/emulator) on a free loopback port for each test."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "Resources" / "emulator"))
from cognito_emulator.testing import Emulator  # noqa: E402


@pytest.fixture
def emulator():
    with Emulator() as e:
        yield e


@pytest.fixture
def short_lived_emulator():
    with Emulator("--session-ttl", "1") as e:
        yield e
