"""The attribute rules of a NEW_PASSWORD_REQUIRED answer, as the real service
enforces them: required attributes must end up with a value, non-writable ones
are refused, formats are checked, and what is accepted is stored.
moto enforces none of this and stores nothing."""
import json
import re

from moto.cognitoidp.models import CognitoIdpUserPoolAttribute

from .errors import invalid_parameter, not_authorized

STANDARD = CognitoIdpUserPoolAttribute.STANDARD_SCHEMA
NEVER_WRITABLE = ("sub", "email_verified", "phone_number_verified")
PREFIX = "userAttributes."
MAX_LENGTH = 2048


def required_names(pool):
    return [a.name for a in pool.schema_attributes.values() if a.required]


def missing_required(pool, user):
    return [n for n in required_names(pool) if not user.attribute_lookup.get(n)]


def challenge_parameters(pool, user):
    """NEW_PASSWORD_REQUIRED parameters shaped like the real ones: both lists
    are JSON encoded inside strings."""
    visible = {k: v for k, v in user.attribute_lookup.items() if k != "sub"}
    return {
        "USER_ID_FOR_SRP": user.username,
        "requiredAttributes": json.dumps([PREFIX + n for n in missing_required(pool, user)]),
        "userAttributes": json.dumps(visible),
    }


def answered(responses):
    return {k[len(PREFIX):]: v for k, v in responses.items() if k.startswith(PREFIX)}


def _check_one(pool, client, user, name, value):
    schema = pool.schema_attributes.get(name)
    if name in NEVER_WRITABLE:
        raise invalid_parameter(f"Cannot modify the non-mutable attribute {name}")
    if schema is None and name not in STANDARD:
        raise invalid_parameter(f"user.{name}: Attribute does not exist in the schema.")
    writable = client.extended_config.get("WriteAttributes")
    if writable is not None and name not in writable:
        raise not_authorized("A client attempted to write unauthorized attribute")
    mutable = schema.mutable if schema is not None else STANDARD[name].get("Mutable", True)
    if not mutable and user.attribute_lookup.get(name):
        raise invalid_parameter(f"Cannot modify the non-mutable attribute {name}")
    if not isinstance(value, str):
        raise invalid_parameter(f"user.{name}: Attribute value must be a string.")
    if len(value) > MAX_LENGTH:
        raise invalid_parameter(f"user.{name}: String must be no longer than {MAX_LENGTH} characters")
    if name == "phone_number" and not re.fullmatch(r"\+[1-9][0-9]{3,14}", value):
        raise invalid_parameter("Invalid phone number format.")
    if name == "email" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        raise invalid_parameter("Invalid email address format.")
    if name == "birthdate" and not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        raise invalid_parameter(f"user.{name}: Invalid birthdate format.")
    if schema is not None and schema.custom:
        _check_constraints(schema, value)


def _check_constraints(schema, value):
    if schema.data_type == "Number":
        try:
            number = int(value)
        except ValueError:
            raise invalid_parameter(f"user.{schema.name}: Attribute value must be a number.")
        limits = schema.number_constraints or {}
        low, high = limits.get("MinValue"), limits.get("MaxValue")
        if (low not in (None, "") and number < int(low)) or (high not in (None, "") and number > int(high)):
            raise invalid_parameter(f"user.{schema.name}: Number is out of range.")
    elif schema.data_type == "String":
        limits = schema.string_constraints or {}
        low, high = limits.get("MinLength"), limits.get("MaxLength")
        if (low not in (None, "") and len(value) < int(low)) or (high not in (None, "") and len(value) > int(high)):
            raise invalid_parameter(f"user.{schema.name}: String length is out of range.")


def check_answer(pool, client, user, given):
    """Raise the real service's error for the first problem, else return the
    attributes to store."""
    for name, value in given.items():
        _check_one(pool, client, user, name, value)
    for name in required_names(pool):
        if not (given.get(name) or user.attribute_lookup.get(name)):
            raise invalid_parameter(f"Invalid attributes given, {name} is missing")
    return [{"Name": k, "Value": v} for k, v in given.items()]
