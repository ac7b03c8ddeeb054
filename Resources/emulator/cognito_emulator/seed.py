"""Seeding pools, app clients and users from a small JSON file.

The file: {"pools": [{"pool": {CreateUserPool request}, "mfa": {SetUserPoolMfaConfig
request, without UserPoolId}, "emulator": {POST /_emulator/pool-settings, without
UserPoolId}, "clients": [{CreateUserPoolClient request, without UserPoolId}],
"users": [{AdminCreateUser request, without UserPoolId, and these keys of the seed's
own}], "config": {keys for the wizard's config}}]}.

A user's own keys, each a request made after AdminCreateUser:
  "PermanentPassword": "..."  AdminSetUserPassword with Permanent (status CONFIRMED)
  "Enabled": false            AdminDisableUser
  "MFAPreference": {...}      AdminSetUserMFAPreference (SMSMfaSettings,
                              SoftwareTokenMfaSettings, EmailMfaSettings)
  "Passkey": true             POST /_emulator/user-settings (WEB_AUTHN available)

Real pool settings go in the CreateUserPool request as the API has them, e.g.
"UserPoolTier": "LITE" and "Policies": {"SignInPolicy": {"AllowedFirstAuthFactors":
["PASSWORD", "EMAIL_OTP", "SMS_OTP"]}}; a client's PreventUserExistenceErrors and
ExplicitAuthFlows go in its CreateUserPoolClient request.
Every request goes through the emulator's own HTTP app, as a client's would.
"""
import json

from werkzeug.test import Client


class Seeder:
    def __init__(self, app):
        self.client = Client(app)

    def call(self, operation, request, path="/"):
        response = self.client.post(
            path,
            data=json.dumps(request),
            headers={
                "Content-Type": "application/x-amz-json-1.1",
                "X-Amz-Target": f"AWSCognitoIdentityProviderService.{operation}",
            },
        )
        payload = json.loads(response.get_data() or b"{}")
        if response.status_code != 200:
            raise RuntimeError(f"{operation}: {payload.get('__type')}: {payload.get('message')}")
        return payload

    def seed(self, spec):
        return [self.seed_pool(entry) for entry in spec.get("pools", [])]

    def seed_pool(self, entry):
        pool = self.call("CreateUserPool", entry["pool"])["UserPool"]
        if entry.get("mfa"):
            self.call("SetUserPoolMfaConfig", dict(entry["mfa"], UserPoolId=pool["Id"]))
        if entry.get("emulator"):
            self.call("", dict(entry["emulator"], UserPoolId=pool["Id"]), path="/_emulator/pool-settings")
        clients = []
        for spec in entry.get("clients", []):
            made = self.call("CreateUserPoolClient", dict(spec, UserPoolId=pool["Id"]))["UserPoolClient"]
            clients.append({"name": made["ClientName"], "id": made["ClientId"], "secret": made.get("ClientSecret"),
                            "flows": made.get("ExplicitAuthFlows") or []})
        users = []
        for spec in entry.get("users", []):
            self.seed_user(pool["Id"], spec)
            users.append(spec["Username"])
        return {"name": pool["Name"], "id": pool["Id"], "clients": clients, "users": users,
                "pool": pool, "config": entry.get("config", {})}

    def seed_user(self, pool_id, spec):
        own = {k: spec[k] for k in USER_KEYS if k in spec}
        request = {k: v for k, v in spec.items() if k not in USER_KEYS}
        who = {"UserPoolId": pool_id, "Username": spec["Username"]}
        self.call("AdminCreateUser", dict(request, UserPoolId=pool_id))
        if "PermanentPassword" in own:
            self.call("AdminSetUserPassword", dict(who, Password=own["PermanentPassword"], Permanent=True))
        if "MFAPreference" in own:
            self.call("AdminSetUserMFAPreference", dict(own["MFAPreference"], **who))
        if own.get("Passkey"):
            self.call("", dict(who, Passkey=True), path="/_emulator/user-settings")
        if own.get("Enabled") is False:
            self.call("AdminDisableUser", who)


USER_KEYS = ("PermanentPassword", "Enabled", "MFAPreference", "Passkey")
SIGN_IN_FLOWS = ("ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_AUTH")


def auth_flow(flows):
    """"USER_AUTH" when, of the sign-in flows, the client allows only choice-based
    sign-in (the wizard's default, USER_SRP_AUTH, would be refused); else None."""
    allowed = [f for f in SIGN_IN_FLOWS if f in flows]
    return "USER_AUTH" if allowed == ["ALLOW_USER_AUTH"] else None


def wizard_config(seeded, endpoint):
    """cognito-onboard's own config file for a seeded pool: what a client may
    know of it without IAM, as an operator would write it once."""
    pool = seeded["pool"]
    policy = pool.get("Policies", {}).get("PasswordPolicy", {})
    mfa = pool.get("MfaConfiguration", "OFF")
    config = {
        "user_pool_id": seeded["id"],
        "user_pool_client_id": seeded["clients"][0]["id"],
        "aws_region": seeded["id"].split("_")[0],
        "user_pool_name": seeded["name"],
        "endpoint_url": endpoint,
        "password_policy": {
            "min_length": policy.get("MinimumLength", 8),
            "require_uppercase": policy.get("RequireUppercase", True),
            "require_lowercase": policy.get("RequireLowercase", True),
            "require_numbers": policy.get("RequireNumbers", True),
            "require_symbols": policy.get("RequireSymbols", True),
        },
        "standard_required_attributes": [
            a["Name"] for a in pool.get("SchemaAttributes", []) if a.get("Required") and not a["Name"].startswith("custom:")
        ],
        "mfa_configuration": {"ON": "REQUIRED", "OPTIONAL": "OPTIONAL"}.get(mfa, "NONE"),
    }
    if auth_flow(seeded["clients"][0].get("flows", [])):
        config["auth_flow"] = "USER_AUTH"
    config.update(seeded.get("config", {}))
    return config
