"""Shared by the end-to-end tests: where the binary is, the emulator, tmux."""
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "Resources" / "emulator"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from cognito_emulator.testing import Emulator  # noqa: E402,F401
from tmux_session import TmuxSession  # noqa: E402,F401

BINARY = os.environ.get("COGNITO_ONBOARD_BIN", str(ROOT / ".build" / "debug" / "cognito-onboard"))
TEMP = "Temp#Pass123"
NEW = "Str0ng#Passw0rd"


def write_config(tmp_path, emulator, pool, client, required=(), **extra):
    config = {"user_pool_id": pool, "user_pool_client_id": client["ClientId"], "endpoint_url": emulator.endpoint,
              "standard_required_attributes": list(required)}
    config.update(extra)
    path = tmp_path / "config.json"
    path.write_text(json.dumps(config))
    return str(path)
