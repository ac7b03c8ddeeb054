"""Settings the real API has no request for, kept beside moto's pools and users,
and the pool settings of the real API that moto stores but never acts on.

Emulator-only (set with POST /_emulator/pool-settings and /_emulator/user-settings,
or a seed's "emulator" keys):
- EmailMfaCodeLength (pool, 6 to 8, default 6): the length of email MFA codes.
  The real length is unconfirmed (cognito-wire.md, "Choice-based sign-in": "The
  length of email MFA codes is unconfirmed: accept 6 to 8"), so tests can try both.
- Passkey (user, default false): the user has registered a passkey. Nothing here
  can register one (no WebAuthn), so this only makes WEB_AUTHN available.
"""
from .errors import invalid_parameter

DEFAULT_EMAIL_MFA_CODE_LENGTH = 6
# One-time sign-in codes by email and SMS (first factor) are always 8 digits:
# cognito-wire.md, "Choice-based sign-in" ("8 digits (fixed; Amplify maintainers, 2025)").
SIGN_IN_CODE_LENGTH = 8
# Codes sent for SMS MFA: 6 digits, as the service's SMS_MFA messages have always had.
SMS_MFA_CODE_LENGTH = 6

# Botocore's cognito-idp service-2.json: CreateUserPoolRequest.UserPoolTier (LITE,
# ESSENTIALS, PLUS) "Defaults to ESSENTIALS".
DEFAULT_TIER = "ESSENTIALS"


def email_mfa_code_length(pool):
    return getattr(pool, "emulator_settings", {}).get("EmailMfaCodeLength", DEFAULT_EMAIL_MFA_CODE_LENGTH)


def has_passkey(user):
    return bool(getattr(user, "emulator_settings", {}).get("Passkey", False))


def tier(pool):
    return pool.extended_config.get("UserPoolTier") or DEFAULT_TIER


def allowed_first_factors(pool):
    """Policies.SignInPolicy.AllowedFirstAuthFactors of CreateUserPool / UpdateUserPool
    (botocore: SignInPolicyType, a list of AuthFactorType: PASSWORD, EMAIL_OTP,
    SMS_OTP, WEB_AUTHN, SOFTWARE_TOKEN). Without a SignInPolicy a pool signs in
    with passwords only; PASSWORD is always allowed (the CDK's SignInPolicy
    documentation: "password authentication must be enabled")."""
    policy = (pool.extended_config.get("Policies") or {}).get("SignInPolicy") or {}
    factors = policy.get("AllowedFirstAuthFactors") or ["PASSWORD"]
    return set(factors) | {"PASSWORD"}


def set_pool_settings(pool, request):
    settings = dict(getattr(pool, "emulator_settings", {}))
    if "EmailMfaCodeLength" in request:
        length = request["EmailMfaCodeLength"]
        if not isinstance(length, int) or not 6 <= length <= 8:
            raise invalid_parameter("EmailMfaCodeLength must be 6, 7 or 8.")
        settings["EmailMfaCodeLength"] = length
    pool.emulator_settings = settings
    return settings


def set_user_settings(user, request):
    settings = dict(getattr(user, "emulator_settings", {}))
    if "Passkey" in request:
        settings["Passkey"] = bool(request["Passkey"])
    user.emulator_settings = settings
    return settings
