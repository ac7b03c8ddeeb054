"""The operations this emulator answers itself instead of moto: the sign-in
flow, where moto is least like the real service. Everything else goes to moto.
Each handler takes the decoded JSON request and returns the JSON response, or
raises a ServiceError shaped like the real one."""
import base64
import hashlib
import hmac
import re
import time
from datetime import datetime, timezone

from datetime import timedelta

from . import attributes, challenges, policy
from .choice import ChoiceSignIn, check_tier
from .existence import Simulation, prevents
from .errors import ServiceError, invalid_parameter, invalid_password, not_authorized, user_not_found
from .mfa import MFA
from .pools import all_pools, known_pool, known_user
from .recovery import Recovery, refuse_unconfirmed_reset
from .srp import ServerSession

TIMESTAMP = re.compile(
    r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    r"([1-9]|[12][0-9]|3[01]) [0-2][0-9]:[0-5][0-9]:[0-5][0-9] UTC [0-9]{4}"
)
CLOCK_SKEW_SECONDS = 300
DEFAULT_FLOWS = ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_CUSTOM_AUTH"]
MAX_FAILED_ATTEMPTS = 5
TEMPORARY_PASSWORD_EXPIRED = "Temporary password has expired and must be reset by an administrator."


def secret_hash(secret, client_id, username):
    digest = hmac.new(secret.encode(), (username + client_id).encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


class Faithful:
    def __init__(self, sessions, outbox):
        self.password_changes = {}
        self.sessions = sessions
        self.mfa = MFA(sessions, outbox)
        self.recovery = Recovery(outbox)
        self.simulation = Simulation(sessions)
        self.choice = ChoiceSignIn(self)
        self.handlers = {
            "InitiateAuth": self.initiate_auth,
            "RespondToAuthChallenge": self.respond_to_auth_challenge,
            "AssociateSoftwareToken": self.associate_software_token,
            "VerifySoftwareToken": self.verify_software_token,
            "ForgotPassword": self.forgot_password,
            "ConfirmForgotPassword": self.confirm_forgot_password,
            "SetUserPoolMfaConfig": self.set_user_pool_mfa_config,
            "AdminSetUserMFAPreference": self.admin_set_user_mfa_preference,
        }

    # -- lookups -------------------------------------------------------------

    def _client(self, client_id):
        for pool in all_pools():
            if client_id in pool.clients:
                return pool, pool.clients[client_id]
        raise ServiceError("ResourceNotFoundException", f"User pool client {client_id} does not exist.")

    def _check_secret_hash(self, client, username, given):
        if not client.generate_secret:
            return
        if not given or not hmac.compare_digest(secret_hash(client.secret, client.id, username), given):
            raise not_authorized(f"Unable to verify secret hash for client {client.id}")

    def _check_flow(self, client, flow):
        """An app client allows only the flows it lists (ExplicitAuthFlows; without
        a list: USER_SRP_AUTH, REFRESH_TOKEN_AUTH, CUSTOM_AUTH, as CreateUserPoolClient
        documents). The messages differ per flow (cognito-wire.md, "Choice-based
        sign-in"): "USER_SRP_AUTH is not enabled for the client." and
        "USER_PASSWORD_AUTH flow not enabled for this client". USER_AUTH's is
        unconfirmed and follows the second form."""
        allowed = client.extended_config.get("ExplicitAuthFlows") or DEFAULT_FLOWS
        if "ALLOW_" + flow in allowed or flow in allowed:
            return
        if flow == "USER_SRP_AUTH":
            raise invalid_parameter("USER_SRP_AUTH is not enabled for the client.")
        raise invalid_parameter(f"{flow} flow not enabled for this client")

    # -- InitiateAuth ----------------------------------------------------------

    def initiate_auth(self, req):
        pool, client = self._client(req.get("ClientId", ""))
        flow = req.get("AuthFlow", "")
        params = req.get("AuthParameters") or {}
        username = params.get("USERNAME", "")
        if flow not in ("USER_SRP_AUTH", "USER_PASSWORD_AUTH", "USER_AUTH"):
            return None  # refresh tokens and custom auth: moto's own handling
        self._check_flow(client, flow)
        if flow == "USER_AUTH":
            check_tier(pool)
        self._check_secret_hash(client, username, params.get("SECRET_HASH"))
        user = pool._get_user(username)
        if user is None:
            return self.simulation.initiate(pool, client, flow, params)
        self._check_can_sign_in(user)
        if flow == "USER_AUTH":
            return self.choice.initiate(pool, client, user, params)
        if flow == "USER_PASSWORD_AUTH":
            return self.password_factor(pool, client, user, params.get("PASSWORD"))
        return self.srp_factor(pool, client, user, params.get("SRP_A", ""), with_session=False)

    def password_factor(self, pool, client, user, password):
        self._check_attempts(user)
        if user.password != password:
            self._failed(user)
        return self._after_password(pool, client, user)

    def srp_factor(self, pool, client, user, srp_a, with_session):
        self._check_attempts(user)
        try:
            srp = ServerSession(pool.id, user.username, user.password or "", srp_a)
        except ValueError:
            raise not_authorized()
        return challenges.password_verifier(self.sessions, pool, client, user.username, srp, with_session)

    def _check_can_sign_in(self, user):
        """Before the password. A disabled user is refused only after it (see
        _check_enabled)."""
        if user.status == "UNCONFIRMED":
            raise ServiceError("UserNotConfirmedException", "User is not confirmed.")
        if user.status == "RESET_REQUIRED":
            raise ServiceError("PasswordResetRequiredException", "Password reset required for the user")

    def _check_enabled(self, user):
        """A disabled user (AdminDisableUser) is told so only once the first factor
        is proven: a wrong password still says "Incorrect username or password."
        (cognito-wire.md, "More messages of the real service": NotAuthorizedException
        "User is disabled."). moto refuses before looking at the password."""
        if not user.enabled:
            raise not_authorized("User is disabled.")

    def _check_attempts(self, user):
        if getattr(user, "failed_attempts", 0) >= MAX_FAILED_ATTEMPTS:
            raise not_authorized("Password attempts exceeded")

    def _failed(self, user):
        user.failed_attempts = getattr(user, "failed_attempts", 0) + 1
        raise not_authorized()

    # -- after the password is proven --------------------------------------------

    def _after_password(self, pool, client, user):
        user.failed_attempts = 0
        self._check_enabled(user)
        if user.status == "FORCE_CHANGE_PASSWORD":
            days = pool.extended_config.get("Policies", {}).get("PasswordPolicy", {}).get("TemporaryPasswordValidityDays", 7)
            if datetime.now(timezone.utc) - user.create_date.replace(tzinfo=timezone.utc) > timedelta(days=days):
                raise not_authorized(TEMPORARY_PASSWORD_EXPIRED)
            session = self.sessions.issue("NEW_PASSWORD_REQUIRED", user.username, pool, client)
            return {
                "ChallengeName": "NEW_PASSWORD_REQUIRED",
                "ChallengeParameters": attributes.challenge_parameters(pool, user),
                "Session": session.token,
            }
        return self._after_confirmed(pool, client, user)

    def after_first_factor(self, pool, client, user):
        """After a one-time sign-in code (USER_AUTH's EMAIL_OTP / SMS_OTP)."""
        self._check_enabled(user)
        return self._after_confirmed(pool, client, user)

    def _after_confirmed(self, pool, client, user):
        return self.mfa.next_challenge(pool, client, user, lambda: pool.backend._log_user_in(pool, client, user.username))

    # -- RespondToAuthChallenge --------------------------------------------------

    def respond_to_auth_challenge(self, req):
        pool, client = self._client(req.get("ClientId", ""))
        name = req.get("ChallengeName", "")
        responses = req.get("ChallengeResponses") or {}
        token = req.get("Session")
        if name == "PASSWORD_VERIFIER":
            token = token or responses.get("PASSWORD_CLAIM_SECRET_BLOCK")
        session = self.sessions.peek(token, client.id)
        if session.kind != name:
            raise invalid_parameter(f"Invalid challenge name {name}; the session expects {session.kind}.")
        if session.data.get("simulated"):
            return self.simulation.respond(pool, client, session, name, responses)
        user = pool._get_user(responses.get("USERNAME", ""))
        if user is None or user.username != session.username:
            raise not_authorized()
        self._check_secret_hash(client, session.username, responses.get("SECRET_HASH"))
        if name == "PASSWORD_VERIFIER":
            return self._password_verifier(pool, client, user, session, responses)
        if name == "NEW_PASSWORD_REQUIRED":
            return self._new_password(pool, client, user, session, responses)
        if name == "SELECT_CHALLENGE":
            return self.choice.select(pool, client, user, session, responses)
        if name in ("EMAIL_OTP", "SMS_OTP") and session.data.get("first_factor"):
            return self.choice.answer_code(name, pool, client, user, session, responses)
        tokens = lambda: pool.backend._log_user_in(pool, client, user.username)  # noqa: E731
        if name in ("SOFTWARE_TOKEN_MFA", "SMS_MFA", "EMAIL_OTP"):
            self.mfa.answer_code(name, pool, user, responses)
            self.sessions.consume(session)
            return tokens()
        if name == "SELECT_MFA_TYPE":
            result = self.mfa.select(pool, client, user, responses)
            self.sessions.consume(session)
            return result
        if name == "MFA_SETUP":
            result = self.mfa.setup_answer(pool, client, user, responses, tokens)
            self.sessions.consume(session)
            return result
        raise invalid_parameter(f"Challenge {name} is not supported.")

    def _password_verifier(self, pool, client, user, session, responses):
        srp = session.data["srp"]
        if responses.get("PASSWORD_CLAIM_SECRET_BLOCK") != srp.secret_block:
            raise not_authorized()
        stamp = responses.get("TIMESTAMP", "")
        if not TIMESTAMP.fullmatch(stamp):
            raise invalid_parameter("TIMESTAMP format is invalid.")
        sent = datetime.strptime(stamp, "%a %b %d %H:%M:%S UTC %Y").replace(tzinfo=timezone.utc)
        if abs(sent.timestamp() - time.time()) > CLOCK_SKEW_SECONDS:
            raise not_authorized("Incorrect username or password.")
        self.sessions.consume(session)
        if not srp.verify(stamp, responses.get("PASSWORD_CLAIM_SIGNATURE")):
            self._failed(user)
        return self._after_password(pool, client, user)

    def _new_password(self, pool, client, user, session, responses):
        new_password = responses.get("NEW_PASSWORD")
        if not new_password:
            raise invalid_parameter("Missing required parameter NEW_PASSWORD")
        to_store = attributes.check_answer(pool, client, user, attributes.answered(responses))
        reason = policy.first_failure(pool, new_password)
        if reason:
            raise invalid_password(reason)
        self.sessions.consume(session)
        user.update_attributes(to_store)
        user.password = new_password
        self.count_password_change(user)
        user.status = "CONFIRMED"
        return self._after_confirmed(pool, client, user)

    # -- TOTP setup: the same session rules, and a new session each step ---------

    def associate_software_token(self, req):
        token = req.get("Session")
        if not token:
            return None  # with an access token: moto's own handling
        session = self.sessions.peek(token)
        secret = self.mfa.associate(session)
        return {"SecretCode": secret, "Session": self._rotate(session).token}

    def verify_software_token(self, req):
        token = req.get("Session")
        if not token:
            return None
        session = self.sessions.peek(token)
        self.mfa.verify(session, req.get("UserCode", ""))
        return {"Status": "SUCCESS", "Session": self._rotate(session).token}

    def _rotate(self, session):
        self.sessions.consume(session)
        client = session.pool.clients[session.client_id]
        return self.sessions.issue(session.kind, session.username, session.pool, client, session.data)

    # -- password recovery -------------------------------------------------------

    def _recovering(self, req):
        """The pool, client and user of a recovery request; an unknown user is
        UserNotFoundException unless the client prevents user existence
        errors (then recovery pretends, as the service does)."""
        pool, client = self._client(req.get("ClientId", ""))
        username = req.get("Username", "")
        self._check_secret_hash(client, username, req.get("SecretHash"))
        user = pool._get_user(username)
        if user is None and not prevents(client):
            raise user_not_found()
        return pool, client, user

    def forgot_password(self, req):
        pool, client, user = self._recovering(req)
        refuse_unconfirmed_reset(user)
        return self.recovery.forgot_password(pool, client, user)

    def confirm_forgot_password(self, req):
        pool, _, user = self._recovering(req)
        self.recovery.confirm(pool, user, req.get("ConfirmationCode", ""), req.get("Password"))
        self.count_password_change(user)
        return {}

    def count_password_change(self, user):
        """For tests of lost replies: a password must change once, never twice."""
        key = f"{user.user_pool_id}/{user.username}"
        self.password_changes[key] = self.password_changes.get(key, 0) + 1

    # -- pool settings moto does not keep ---------------------------------------

    def set_user_pool_mfa_config(self, req):
        """moto knows no email MFA: keep that part here, the rest in moto."""
        pool = known_pool(req.get("UserPoolId", ""))
        pool.email_mfa_enabled = bool(req.get("EmailMfaConfiguration"))
        pool.mfa_config = req.get("MfaConfiguration", "OFF")
        pool.sms_mfa_config = req.get("SmsMfaConfiguration")
        pool.token_mfa_config = req.get("SoftwareTokenMfaConfiguration")
        return {
            "SmsMfaConfiguration": pool.sms_mfa_config,
            "SoftwareTokenMfaConfiguration": pool.token_mfa_config,
            "EmailMfaConfiguration": req.get("EmailMfaConfiguration"),
            "MfaConfiguration": pool.mfa_config,
        }

    def admin_set_user_mfa_preference(self, req):
        """moto ignores EmailMfaSettings (botocore: AdminSetUserMFAPreferenceRequest
        has SMSMfaSettings, SoftwareTokenMfaSettings and EmailMfaSettings, each
        {Enabled, PreferredMfa}): keep that part here, the rest in moto."""
        email = req.get("EmailMfaSettings")
        if email is None:
            return None
        pool = known_pool(req.get("UserPoolId", ""))
        user = known_user(pool, req.get("Username", ""))
        pool.backend.admin_set_user_mfa_preference(
            pool.id, user.username, req.get("SoftwareTokenMfaSettings") or {}, req.get("SMSMfaSettings") or {})
        self.mfa.set_email_preference(user, email)
        return {}
