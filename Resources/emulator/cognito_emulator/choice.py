"""Choice-based sign-in (InitiateAuth AuthFlow USER_AUTH), which moto 5.2 does
not know at all.

Facts (cognito-wire.md, "Choice-based sign-in"; botocore's service-2.json, the
documentation of InitiateAuthRequest.AuthParameters and of
RespondToAuthChallengeRequest.ChallengeResponses):
- AuthParameters USERNAME, SECRET_HASH?, PREFERRED_CHALLENGE? (PASSWORD,
  PASSWORD_SRP, EMAIL_OTP, SMS_OTP, WEB_AUTHN), with SRP_A for PASSWORD_SRP and
  PASSWORD for PASSWORD.
- The answer is the preferred challenge itself, or SELECT_CHALLENGE with a
  Session and AvailableChallenges at the top level of the response.
- SELECT_CHALLENGE is answered with USERNAME and ANSWER, plus SRP_A (PASSWORD_SRP)
  or PASSWORD (PASSWORD); for EMAIL_OTP / SMS_OTP "your user pool will send a
  code for the user to submit in the next challenge response", answered with
  EMAIL_OTP_CODE / SMS_OTP_CODE.
- Which factors a pool offers: Policies.SignInPolicy.AllowedFirstAuthFactors.
- One-time sign-in codes are 8 digits.
- "MFA and passwordless cannot be used together": a user with MFA configured is
  not offered passwordless factors (Amplify's "Passwordless" concept page, citing
  the Cognito MFA prerequisites). The emulator also withholds them when the pool
  requires MFA (MfaConfiguration ON), which the console does not allow together.

The emulator's own choices where the real service is unconfirmed:
- A preferred challenge the user cannot use gets SELECT_CHALLENGE instead.
- A user still on the temporary password (FORCE_CHANGE_PASSWORD) is offered
  only the password factors, so NEW_PASSWORD_REQUIRED comes only after a
  password; an ANSWER outside AvailableChallenges is InvalidParameterException.
- USER_AUTH on a LITE pool: FeatureUnavailableInTierException (see check_tier).
"""
import json
import secrets

from . import challenges, settings
from .errors import ServiceError, invalid_parameter
from .mfa import enabled_kinds

PASSWORD_FACTORS = ("PASSWORD", "PASSWORD_SRP")


def _verified(user, attribute):
    return bool(user.attribute_lookup.get(attribute)) and \
        user.attribute_lookup.get(f"{attribute}_verified", "false").lower() == "true"


def available_challenges(pool, user):
    """In the order of botocore's AuthFactorType (PASSWORD, EMAIL_OTP, SMS_OTP,
    WEB_AUTHN), PASSWORD as its two challenges."""
    allowed = settings.allowed_first_factors(pool)
    available = list(PASSWORD_FACTORS) if user.password else []
    passwordless = user.status == "CONFIRMED" and not enabled_kinds(user) and pool.mfa_config != "ON"
    if passwordless and "EMAIL_OTP" in allowed and _verified(user, "email"):
        available.append("EMAIL_OTP")
    if passwordless and "SMS_OTP" in allowed and _verified(user, "phone_number"):
        available.append("SMS_OTP")
    if "WEB_AUTHN" in allowed and settings.has_passkey(user):
        available.append("WEB_AUTHN")
    return available


def check_tier(pool):
    """Choice-based sign-in needs the Essentials or Plus feature plan. Confirmed
    in botocore's model only for its parts: SignInPolicyType (the passwordless
    first factors) and EmailMfaConfigType say "your user pool must be in the
    Essentials tier or higher", and FeatureUnavailableInTierException is among
    InitiateAuth's errors. That USER_AUTH itself is refused on LITE, and the
    message, are unconfirmed (no public page found that says so)."""
    if settings.tier(pool) == "LITE":
        raise ServiceError("FeatureUnavailableInTierException",
                           "Choice-based authentication is not available in the user pool's feature plan.")


class ChoiceSignIn:
    """`flow` is the Faithful instance: its password and SRP steps are the same
    ones USER_PASSWORD_AUTH and USER_SRP_AUTH take."""

    def __init__(self, flow):
        self.flow = flow
        self.sessions = flow.sessions
        self.mfa = flow.mfa

    def initiate(self, pool, client, user, params):
        available = available_challenges(pool, user)
        preferred = params.get("PREFERRED_CHALLENGE")
        if preferred in available:
            return self._begin(preferred, pool, client, user, params)
        return challenges.select_challenge(self.sessions, pool, client, user.username, available)

    def select(self, pool, client, user, session, responses):
        answer = responses.get("ANSWER", "")
        if answer not in session.data.get("available", []):
            raise invalid_parameter(f"Invalid ANSWER: {answer}")
        result = self._begin(answer, pool, client, user, responses)
        self.sessions.consume(session)
        return result

    def answer_code(self, name, pool, client, user, session, responses):
        """EMAIL_OTP / SMS_OTP as a first factor: a wrong code keeps the session."""
        self.mfa.answer_code(name, pool, user, responses)
        self.sessions.consume(session)
        return self.flow.after_first_factor(pool, client, user)

    def _begin(self, factor, pool, client, user, params):
        if factor == "PASSWORD_SRP":
            return self.flow.srp_factor(pool, client, user, params.get("SRP_A", ""), with_session=True)
        if factor == "PASSWORD":
            if not params.get("PASSWORD"):
                raise invalid_parameter("Missing required parameter PASSWORD")
            return self.flow.password_factor(pool, client, user, params["PASSWORD"])
        if factor in ("EMAIL_OTP", "SMS_OTP"):
            return self.mfa.code_challenge(factor, pool, client, user, first_factor=True)
        return self._web_authn(pool, client, user)

    def _web_authn(self, pool, client, user):
        """WEB_AUTHN with CREDENTIAL_REQUEST_OPTIONS (botocore: answered with
        CREDENTIAL, an AuthenticationResponseJSON). The emulator cannot check a
        credential; it offers the challenge only so that a client's answer to
        "not possible here" can be tested."""
        options = {"challenge": secrets.token_urlsafe(32), "rpId": "localhost", "timeout": 180000,
                   "userVerification": "required", "allowCredentials": []}
        session = self.sessions.issue("WEB_AUTHN", user.username, pool, client)
        return {"ChallengeName": "WEB_AUTHN", "Session": session.token,
                "ChallengeParameters": {"CREDENTIAL_REQUEST_OPTIONS": json.dumps(options)}}
