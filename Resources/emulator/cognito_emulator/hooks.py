"""The emulator's own endpoints for tests and seeds, beside the service's API:
POST /_emulator/age-user, /_emulator/pool-settings and /_emulator/user-settings,
each a JSON object in and out (errors shaped like the service's)."""
from datetime import timedelta

from . import settings
from .pools import known_pool, known_user


def _pool(request):
    return known_pool(request.get("UserPoolId", ""))


def _user(request):
    return known_user(_pool(request), request.get("Username", ""))


def age_user(request):
    """Make a user's account (and temporary password) N days older."""
    user = _user(request)
    user.create_date -= timedelta(days=float(request.get("Days", 0)))
    return {"ok": True}


def pool_settings(request):
    """{"UserPoolId", "EmailMfaCodeLength": 6..8} (see settings.py)."""
    return settings.set_pool_settings(_pool(request), request)


def user_settings(request):
    """{"UserPoolId", "Username", "Passkey": bool} (see settings.py)."""
    return settings.set_user_settings(_user(request), request)


HOOKS = {
    "/_emulator/age-user": age_user,
    "/_emulator/pool-settings": pool_settings,
    "/_emulator/user-settings": user_settings,
}
