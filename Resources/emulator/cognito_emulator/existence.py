"""PreventUserExistenceErrors, per app client: what an unknown username gets.

botocore's service-2.json (CreateUserPoolClientRequest.PreventUserExistenceErrors):
with ENABLED, authentication answers as if the username or password were wrong,
and password recovery "return[s] a response indicating a code was sent to a
simulated destination"; with LEGACY, those APIs answer UserNotFoundException.
cognito-wire.md ("More messages of the real service"): under ENABLED an unknown
user at USER_SRP_AUTH gets a simulated PASSWORD_VERIFIER, then NotAuthorizedException
"Incorrect username or password."; under LEGACY, UserNotFoundException "User does
not exist.".

The API's default is LEGACY (botocore: "Defaults to LEGACY"); the console's, for
new clients, ENABLED. The emulator keeps ENABLED when a client does not say, as it
always has (its existing tests and the demo rely on it): set the key explicitly
to see LEGACY.

moto answers an unknown user with UserNotFoundException whatever the client says.
"""
import secrets

from . import challenges, settings
from .codes import mask_email, mask_phone
from .errors import ServiceError, invalid_parameter, not_authorized, user_not_found
from .mfa import CODE_MISMATCH
from .srp import ServerSession

EMULATOR_DEFAULT = "ENABLED"


def prevents(client):
    return client.extended_config.get("PreventUserExistenceErrors", EMULATOR_DEFAULT) == "ENABLED"


class Simulation:
    """Answers for a username the pool does not have, under ENABLED: challenges
    that look like a real user's and fail at the step that proves something.
    (The simulated USER_AUTH answers, SELECT_CHALLENGE and the code challenges,
    follow the same idea; their exact shape on the real service is unconfirmed.)"""

    def __init__(self, sessions):
        self.sessions = sessions

    def initiate(self, pool, client, flow, params):
        username = params.get("USERNAME", "")
        if not prevents(client):
            raise user_not_found()
        if flow == "USER_SRP_AUTH":
            return self._verifier(pool, client, username, params, with_session=False)
        if flow == "USER_PASSWORD_AUTH":
            raise not_authorized()
        preferred = params.get("PREFERRED_CHALLENGE")
        available = self._available(pool)
        if preferred in available:
            return self._begin(preferred, pool, client, username, params)
        return challenges.select_challenge(self.sessions, pool, client, username, available, {"simulated": True})

    def respond(self, pool, client, session, name, responses):
        if name == "SELECT_CHALLENGE":
            answer = responses.get("ANSWER", "")
            if answer not in session.data.get("available", []):
                raise invalid_parameter(f"Invalid ANSWER: {answer}")
            self.sessions.consume(session)
            return self._begin(answer, pool, client, session.username, responses)
        if name in ("EMAIL_OTP", "SMS_OTP"):
            raise ServiceError("CodeMismatchException", CODE_MISMATCH)
        self.sessions.consume(session)
        raise not_authorized()

    def _available(self, pool):
        allowed = settings.allowed_first_factors(pool)
        return ["PASSWORD", "PASSWORD_SRP"] + [f for f in ("EMAIL_OTP", "SMS_OTP") if f in allowed]

    def _begin(self, factor, pool, client, username, params):
        if factor == "PASSWORD_SRP":
            return self._verifier(pool, client, username, params, with_session=True)
        if factor == "PASSWORD":
            raise not_authorized()
        medium, destination = ("EMAIL", mask_email(username if "@" in username else "a@e")) if factor == "EMAIL_OTP" \
            else ("SMS", mask_phone("+10000000000"))
        session = self.sessions.issue(factor, username, pool, client, {"simulated": True})
        return {"ChallengeName": factor, "Session": session.token,
                "ChallengeParameters": {"CODE_DELIVERY_DELIVERY_MEDIUM": medium, "CODE_DELIVERY_DESTINATION": destination}}

    def _verifier(self, pool, client, username, params, with_session):
        try:
            # A password nobody knows: the signature can never match.
            srp = ServerSession(pool.id, username, secrets.token_hex(16), params.get("SRP_A", ""))
        except ValueError:
            raise not_authorized()
        return challenges.password_verifier(self.sessions, pool, client, username, srp, with_session, {"simulated": True})
