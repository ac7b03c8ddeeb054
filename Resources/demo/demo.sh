#!/usr/bin/env bash
# make demo: a local Cognito emulator seeded with the demo pool and user, the
# wizard pointed at it, and the emulator stopped afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
state=.build/demo
mkdir -p "$state"
coproc EMULATOR { PYTHONPATH=Resources/emulator exec .build/venv/bin/python -m cognito_emulator \
  --seed Resources/demo/demo-seed.json --write-config "$state/config.json" --exit-on-stdin-eof; }
trap 'exec {EMULATOR[1]}>&-; wait "$EMULATOR_PID" 2>/dev/null || true' EXIT
read -r ready <&"${EMULATOR[0]}"
endpoint=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["endpoint"])' "$ready")
cat <<TEXT

  Local Cognito emulator: $endpoint
  Demo pool "Acme staff" (config: $state/config.json)

  Username:            ada
  Temporary password:  Welcome-2-Acme!

  The pool requires an authenticator app: scan the QR code the wizard shows,
  or, without a phone, run in another terminal:  make totp-code SECRET=<secret>

TEXT
binary=$(swift build --show-bin-path)/cognito-onboard
if [ -t 0 ]; then
  "$binary" --config "$state/config.json" --username ada || true
  echo "  The wizard ended; the emulator stops now."
else
  echo "  (standard input is not a terminal: not starting the wizard)"
fi
