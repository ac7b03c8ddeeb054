"""ForgotPassword and ConfirmForgotPassword with a real six-digit code from the
outbox (moto accepts any code), the password policy, and the real errors."""
from . import policy
from .codes import mask_email, mask_phone
from .errors import ServiceError, invalid_password, not_authorized


class Recovery:
    def __init__(self, outbox):
        self.outbox = outbox

    def forgot_password(self, pool, client, user):
        if user is None:
            # The real service does not tell whether the user exists.
            return {"CodeDeliveryDetails": {"Destination": "a***@e***", "DeliveryMedium": "EMAIL", "AttributeName": "email"}}
        email = user.attribute_lookup.get("email")
        phone = user.attribute_lookup.get("phone_number")
        if email:
            self.outbox.send(pool, user.username, "FORGOT_PASSWORD", "EMAIL", email, ttl=3600)
            return {"CodeDeliveryDetails": {"Destination": mask_email(email), "DeliveryMedium": "EMAIL", "AttributeName": "email"}}
        if phone:
            self.outbox.send(pool, user.username, "FORGOT_PASSWORD", "SMS", phone, ttl=3600)
            return {"CodeDeliveryDetails": {"Destination": mask_phone(phone), "DeliveryMedium": "SMS", "AttributeName": "phone_number"}}
        raise ServiceError("InvalidParameterException",
                           "Cannot reset password for the user as there is no registered/verified email or phone_number")

    def confirm(self, pool, user, code, password):
        if user is None:
            raise ServiceError("CodeMismatchException", "Invalid verification code provided, please try again.")
        outcome = self.outbox.check(pool, user.username, "FORGOT_PASSWORD", code)
        if outcome == "expired":
            raise ServiceError("ExpiredCodeException", "Invalid code provided, please request a code again.")
        if outcome != "ok":
            raise ServiceError("CodeMismatchException", "Invalid verification code provided, please try again.")
        reason = policy.first_failure(pool, password or "")
        if reason:
            raise invalid_password(reason)
        user.password = password
        user.status = "CONFIRMED"
        user.failed_attempts = 0


def refuse_unconfirmed_reset(user):
    if user is not None and user.status == "FORCE_CHANGE_PASSWORD":
        raise not_authorized("User password cannot be reset in the current state.")
