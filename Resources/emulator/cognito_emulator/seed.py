"""Seeding pools, app clients and users from a small JSON file.

The file: {"pools": [{"pool": {CreateUserPool request}, "mfa": {SetUserPoolMfaConfig
request, without UserPoolId}, "clients": [{CreateUserPoolClient request, without
UserPoolId}], "users": [{AdminCreateUser request, without UserPoolId}]}]}.
Every request goes through the emulator's own HTTP app, as a client's would.
"""
import json

from werkzeug.test import Client


class Seeder:
    def __init__(self, app):
        self.client = Client(app)

    def call(self, operation, request):
        response = self.client.post(
            "/",
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
        clients = []
        for spec in entry.get("clients", []):
            made = self.call("CreateUserPoolClient", dict(spec, UserPoolId=pool["Id"]))["UserPoolClient"]
            clients.append({"name": made["ClientName"], "id": made["ClientId"], "secret": made.get("ClientSecret")})
        users = []
        for spec in entry.get("users", []):
            self.call("AdminCreateUser", dict(spec, UserPoolId=pool["Id"]))
            users.append(spec["Username"])
        return {"name": pool["Name"], "id": pool["Id"], "clients": clients, "users": users,
                "pool": pool, "config": entry.get("config", {})}


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
    config.update(seeded.get("config", {}))
    return config
