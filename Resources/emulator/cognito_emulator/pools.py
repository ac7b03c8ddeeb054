"""moto's user pools, across the regions it has made: the one place the
emulator looks them up (requests without SigV4 carry no region)."""
from moto.cognitoidp.models import cognitoidp_backends
from moto.core import DEFAULT_ACCOUNT_ID


def all_pools():
    for backend in cognitoidp_backends[DEFAULT_ACCOUNT_ID].values():
        yield from backend.user_pools.values()


def pool_by_id(pool_id):
    return next((pool for pool in all_pools() if pool.id == pool_id), None)
