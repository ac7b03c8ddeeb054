"""Errors shaped like the real service's: an HTTP 400 with
{"__type": "...Exception", "message": "..."} and the x-amzn-errortype header."""


class ServiceError(Exception):
    def __init__(self, error_type, message, status=400):
        super().__init__(message)
        self.error_type = error_type
        self.message = message
        self.status = status


def not_authorized(message="Incorrect username or password."):
    return ServiceError("NotAuthorizedException", message)


def user_not_found():
    """A username the pool does not have, where the answer may say so."""
    return ServiceError("UserNotFoundException", "User does not exist.")


def invalid_parameter(message):
    return ServiceError("InvalidParameterException", message)


def invalid_password(reason):
    return ServiceError(
        "InvalidPasswordException", f"Password does not conform to policy: {reason}"
    )
