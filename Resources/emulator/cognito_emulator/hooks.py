"""The emulator's own endpoints for tests and seeds, beside the service's API:
POST /_emulator/age-user, /_emulator/pool-settings and /_emulator/user-settings,
each a JSON object in and out (errors shaped like the service's)."""
from datetime import timedelta

from . import settings
from .errors import ServiceError
from .pools import pool_by_id


def _pool(request):
    pool = pool_by_id(request.get("UserPoolId", ""))
    if pool is None:
        raise ServiceError("ResourceNotFoundException", "User pool does not exist.")
    return pool


def _user(request):
    user = _pool(request)._get_user(request.get("Username", ""))
    if user is None:
        raise ServiceError("UserNotFoundException", "User does not exist.")
    return user


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
