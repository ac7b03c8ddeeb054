/// What `--help` (and the man page generated from the same parser) says
/// beyond the flags: how the command is used, in examples, and what its exit
/// codes mean. An installed binary has no README beside it, so nothing here
/// points at one; the Debian package's documentation folder is named instead.
/// Lines stay within 76 columns: the parser wraps longer ones mid-command.
enum HelpText {
    static let discussion = """
        Examples:
          First sign-in at a person's own terminal (the config from the operator):
            cognito-onboard --config acme.json --username ada
          The same as line prompts (screen readers, scripts; answers on stdin):
            cognito-onboard --plain --config acme.json
          A kiosk on a console (the Debian package's systemd unit runs this):
            cognito-onboard --kiosk --config /etc/cognito-onboard/config.json
          Write a config from the AWS CLI's description of the pool:
            aws cognito-idp describe-user-pool --user-pool-id ID > pool.json
            cognito-onboard init --describe-user-pool pool.json --output acme.json
          Check a config against the pool before the first newcomer sits down:
            cognito-onboard check --config acme.json

        Exit codes:
          0    done
          1    failed (the reason on standard error)
          2    usage or configuration error (the file and the key on standard
               error, before the screen opens)
          130  cancelled (Ctrl-C, or the end of input in plain mode)

        Failures (the endpoint and the cause) and notes go to standard error,
        the journal under systemd. The config file's keys and setting up a
        kiosk: /usr/share/doc/cognito-onboard/README.md.gz, installed with the
        Debian package, as is the man page cognito-onboard(1).
        """
}
