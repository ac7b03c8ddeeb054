"""MFA the way the real service runs it: which challenge follows the password,
TOTP setup with a secret of the user's own, codes by SMS and email, and the
choice when several kinds are enabled."""
import json

from . import settings
from .codes import mask_email, mask_phone, new_totp_secret, totp_matches
from .errors import ServiceError, invalid_parameter

# The real message for a wrong MFA or one-time code (cognito-wire.md, "More
# messages of the real service"; amplify-js issues 3066 and 11069 quote it for
# SMS_MFA). moto's own text differs.
CODE_MISMATCH = "Invalid code or auth state for the user."
# VerifySoftwareToken with a wrong code (cognito-wire.md, "More messages of the real service").
ENABLE_TOTP_MISMATCH = "Code mismatch and fail enable Software Token MFA"
CODE_KEYS = {"SOFTWARE_TOKEN_MFA": "SOFTWARE_TOKEN_MFA_CODE", "SMS_MFA": "SMS_MFA_CODE",
             "EMAIL_OTP": "EMAIL_OTP_CODE", "SMS_OTP": "SMS_OTP_CODE"}


def enabled_kinds(user):
    kinds = []
    if user.software_token_mfa_enabled:
        kinds.append("SOFTWARE_TOKEN_MFA")
    if user.sms_mfa_enabled:
        kinds.append("SMS_MFA")
    if getattr(user, "email_mfa_enabled", False):
        kinds.append("EMAIL_OTP")
    return kinds


def setup_kinds(pool):
    kinds = []
    if pool.token_mfa_config == {"Enabled": True}:
        kinds.append("SOFTWARE_TOKEN_MFA")
    if pool.sms_mfa_config:
        kinds.append("SMS_MFA")
    if getattr(pool, "email_mfa_enabled", False):
        kinds.append("EMAIL_OTP")
    return kinds


class MFA:
    def __init__(self, sessions, outbox):
        self.sessions = sessions
        self.outbox = outbox
        self.pending_secrets = {}

    def next_challenge(self, pool, client, user, issue_tokens):
        """What follows a proven password (and a new one, if it was needed)."""
        kinds = enabled_kinds(user)
        if len(kinds) > 1 and user.preferred_mfa_setting not in kinds:
            return self._challenge("SELECT_MFA_TYPE", pool, client, user, {"MFAS_CAN_CHOOSE": json.dumps(kinds)})
        if kinds:
            kind = user.preferred_mfa_setting if user.preferred_mfa_setting in kinds else kinds[0]
            return self.code_challenge(kind, pool, client, user)
        if pool.mfa_config == "ON":
            can_setup = setup_kinds(pool)
            if can_setup:
                return self._challenge("MFA_SETUP", pool, client, user, {"MFAS_CAN_SETUP": json.dumps(can_setup)})
        return issue_tokens()

    def code_challenge(self, kind, pool, client, user, first_factor=False):
        """A code by SMS or email (sent to the outbox), or a TOTP challenge.
        Sign-in codes (first factor: EMAIL_OTP / SMS_OTP under USER_AUTH) are 8
        digits; email MFA codes have the pool's length; SMS MFA codes 6."""
        parameters = {"USER_ID_FOR_SRP": user.username}
        if kind in ("SMS_MFA", "SMS_OTP"):
            number = user.attribute_lookup.get("phone_number", "")
            digits = settings.SIGN_IN_CODE_LENGTH if first_factor else settings.SMS_MFA_CODE_LENGTH
            self.outbox.send(pool, user.username, kind, "SMS", number, digits=digits)
            parameters.update(CODE_DELIVERY_DELIVERY_MEDIUM="SMS", CODE_DELIVERY_DESTINATION=mask_phone(number))
        elif kind == "EMAIL_OTP":
            address = user.attribute_lookup.get("email", "")
            digits = settings.SIGN_IN_CODE_LENGTH if first_factor else settings.email_mfa_code_length(pool)
            self.outbox.send(pool, user.username, kind, "EMAIL", address, digits=digits)
            parameters.update(CODE_DELIVERY_DELIVERY_MEDIUM="EMAIL", CODE_DELIVERY_DESTINATION=mask_email(address))
        return self._challenge(kind, pool, client, user, parameters, {"first_factor": first_factor})

    def _challenge(self, name, pool, client, user, parameters, data=None):
        session = self.sessions.issue(name, user.username, pool, client, data)
        return {"ChallengeName": name, "ChallengeParameters": parameters, "Session": session.token}

    # -- answers -----------------------------------------------------------------

    def answer_code(self, name, pool, user, responses):
        """A wrong code leaves the session as it was, so the person can type the
        code again (what Amplify's clients expect of the service: they answer
        again with the same Session; the real limit on retries is unconfirmed)."""
        key = CODE_KEYS[name]
        code = responses.get(key)
        if not code:
            raise invalid_parameter(f"Missing required parameter {key}")
        if name == "SOFTWARE_TOKEN_MFA":
            if not totp_matches(getattr(user, "totp_secret", ""), code):
                raise ServiceError("CodeMismatchException", CODE_MISMATCH)
            return
        outcome = self.outbox.check(pool, user.username, name, code)
        if outcome == "expired":
            raise ServiceError("ExpiredCodeException", "Your software token has already been used once.")
        if outcome != "ok":
            raise ServiceError("CodeMismatchException", CODE_MISMATCH)

    def select(self, pool, client, user, responses):
        answer = responses.get("ANSWER", "")
        if answer not in enabled_kinds(user):
            raise invalid_parameter(f"Invalid value for ANSWER: {answer}")
        return self.code_challenge(answer, pool, client, user)

    def setup_answer(self, pool, client, user, responses, issue_tokens):
        """MFA_SETUP: after VerifySoftwareToken, or with an EMAIL for email MFA."""
        email = responses.get("EMAIL")
        if email:
            if "EMAIL_OTP" not in setup_kinds(pool):
                raise invalid_parameter("Email MFA is not enabled for this user pool.")
            user.update_attributes([{"Name": "email", "Value": email}])
            user.email_mfa_enabled = True
            return self.code_challenge("EMAIL_OTP", pool, client, user)
        if not user.token_verified:
            raise invalid_parameter("The software token has not been verified.")
        return issue_tokens()

    def set_email_preference(self, user, settings_):
        user.email_mfa_enabled = bool(settings_.get("Enabled"))
        if user.email_mfa_enabled and settings_.get("PreferredMfa"):
            user.preferred_mfa_setting = "EMAIL_OTP"
        elif not user.email_mfa_enabled and user.preferred_mfa_setting == "EMAIL_OTP":
            user.preferred_mfa_setting = ""

    # -- TOTP setup --------------------------------------------------------------

    def associate(self, session):
        secret = new_totp_secret()
        self.pending_secrets[(session.pool.id, session.username)] = secret
        return secret

    def verify(self, session, code):
        secret = self.pending_secrets.get((session.pool.id, session.username))
        if not secret or not totp_matches(secret, code):
            raise ServiceError("EnableSoftwareTokenMFAException", ENABLE_TOTP_MISMATCH)
        user = session.pool._get_user(session.username)
        user.totp_secret = secret
        user.token_verified = True
        user.software_token_mfa_enabled = True
        user.preferred_mfa_setting = "SOFTWARE_TOKEN_MFA"
        del self.pending_secrets[(session.pool.id, session.username)]
