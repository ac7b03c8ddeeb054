"""A local Amazon Cognito user-pool emulator: moto, made faithful where a
first-sign-in client depends on it (see README.md beside this package)."""
