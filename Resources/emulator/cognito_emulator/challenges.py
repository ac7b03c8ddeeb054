"""Challenge responses shaped as the real service shapes them, shared by the
password flows, choice-based sign-in and the simulated answers for unknown users."""


def password_verifier(sessions, pool, client, username, srp, with_session, data=None):
    """PASSWORD_VERIFIER. Under USER_SRP_AUTH it carries no Session (the answer is
    found by its SECRET_BLOCK); under USER_AUTH (PASSWORD_SRP) it carries one
    (cognito-wire.md, "Choice-based sign-in": "PASSWORD_VERIFIER for PASSWORD_SRP,
    with a Session")."""
    token = None if with_session else srp.secret_block
    session = sessions.issue("PASSWORD_VERIFIER", username, pool, client, dict(data or {}, srp=srp), token=token)
    response = {
        "ChallengeName": "PASSWORD_VERIFIER",
        "ChallengeParameters": {
            "SALT": srp.salt,
            "SRP_B": format(srp.B, "x"),
            "SECRET_BLOCK": srp.secret_block,
            "USER_ID_FOR_SRP": username,
            "USERNAME": username,
        },
    }
    if with_session:
        response["Session"] = session.token
    return response


def select_challenge(sessions, pool, client, username, available, data=None):
    """SELECT_CHALLENGE: AvailableChallenges is a top-level member of the response,
    not a challenge parameter (botocore's service-2.json: InitiateAuthResponse has
    ChallengeName, Session, ChallengeParameters, AuthenticationResult and
    AvailableChallenges; cognito-wire.md, "Choice-based sign-in")."""
    session = sessions.issue("SELECT_CHALLENGE", username, pool, client, dict(data or {}, available=list(available)))
    return {"ChallengeName": "SELECT_CHALLENGE", "ChallengeParameters": {}, "Session": session.token,
            "AvailableChallenges": list(available)}
