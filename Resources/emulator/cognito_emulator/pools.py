"""moto's user pools, across the regions it has made: the one place the
emulator looks them up (requests without SigV4 carry no region), and the
answers for a pool or a user a request names that is not there."""
from moto.cognitoidp.models import cognitoidp_backends
from moto.core import DEFAULT_ACCOUNT_ID

from .errors import ServiceError, user_not_found


def all_pools():
    for backend in cognitoidp_backends[DEFAULT_ACCOUNT_ID].values():
        yield from backend.user_pools.values()


def known_pool(pool_id):
    """The pool a request names by UserPoolId; ResourceNotFoundException where
    there is none, for every operation the emulator answers itself."""
    pool = next((pool for pool in all_pools() if pool.id == pool_id), None)
    if pool is None:
        raise ServiceError("ResourceNotFoundException", "User pool does not exist.")
    return pool


def known_user(pool, username):
    """The pool's user a request names by Username (moto's lookup: the username,
    or the email address or phone number where the pool signs in with those);
    UserNotFoundException where there is none. Only for requests that may say
    so: sign-in and recovery answer an unknown user as the client's
    PreventUserExistenceErrors says (existence.py)."""
    user = pool._get_user(username)
    if user is None:
        raise user_not_found()
    return user
