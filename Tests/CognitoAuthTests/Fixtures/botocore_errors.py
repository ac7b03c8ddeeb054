"""Prints, as a JSON list, every error botocore's Cognito service model
documents for the operations a first sign-in uses (ServiceErrorTests)."""
import json

import botocore.loaders

OPERATIONS = ["InitiateAuth", "RespondToAuthChallenge", "ForgotPassword", "ConfirmForgotPassword",
              "AssociateSoftwareToken", "VerifySoftwareToken"]

model = botocore.loaders.Loader().load_service_model("cognito-idp", "service-2")
names = {error["shape"] for op in OPERATIONS for error in model["operations"][op].get("errors", [])}
print(json.dumps(sorted(names)))
