#!/usr/bin/env bash
# dev/tokens.sh: prints bearer tokens for trying the API's writes in dev mode.
#
#   dev/tokens.sh                 an editor's and a moderator's token, as GraphiQL's request headers
#   dev/tokens.sh --raw ROLE...   one token whose groups are the roles given (none: a token without roles)
#
# The tokens are signed with the development key pair under dev/jwt/, which only dev mode trusts: the packaged
# application refuses to start with it. They are valid for 12 hours. JWT_KEY (a PKCS#8 PEM private key) and
# JWT_ISSUER sign with another key and issuer, as bench/faults.sh does with a key of its own. Needs openssl.
set -euo pipefail

cd "$(dirname "$0")/.."
JWT_KEY=${JWT_KEY:-dev/jwt/private-key.pem}
JWT_ISSUER=${JWT_ISSUER:-newsgraph-dev}
LIFETIME_SECONDS=$((12 * 3600))

base64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# token <subject> <role>...
token() {
    local subject=$1
    shift
    local groups now header payload signature
    groups=$(printf '"%s",' "$@")
    groups="[${groups%,}]"
    [[ $# -gt 0 ]] || groups="[]"
    now=$(date +%s)
    header=$(printf '{"alg":"RS256","typ":"JWT"}' | base64url)
    payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":%s,"iat":%d,"exp":%d}' \
        "$JWT_ISSUER" "$subject" "$subject" "$groups" "$now" $((now + LIFETIME_SECONDS)) | base64url)
    signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$JWT_KEY" -binary | base64url)
    printf '%s.%s.%s\n' "$header" "$payload" "$signature"
}

if [[ ${1:-} == --raw ]]; then
    shift
    token "dev-${1:-reader}" "$@"
    exit 0
fi
if [[ $# -gt 0 ]]; then
    sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
    exit 2
fi
for role in editor moderator; do
    printf '%s:\n{"Authorization": "Bearer %s"}\n\n' "$role" "$(token "dev-$role" "$role")"
done
