#!/usr/bin/env bash
# Prints an access token for a QSP user, obtained through the real login flow
# (authorization code + PKCE S256, public client qsp-cli, the identity login form).
#
#   services/identity/bin/token.sh USER [PASSWORD]
#   TOKEN=$(services/identity/bin/token.sh ent-a)
#
# PASSWORD defaults to $QSP_DEMO_PASSWORD, then to qsp-demo.
# Identity is reached at $QSP_IDENTITY_URL (default http://localhost:9000, moved by $QSP_PORT_OFFSET like the stack).
# The code is read from the redirect to http://127.0.0.1:8400/callback; nothing needs to listen there.
set -euo pipefail

usage() { echo "usage: $(basename "$0") USER [PASSWORD]" >&2; exit 2; }
fail() { echo "token: $*" >&2; exit 1; }

[[ $# -ge 1 && $# -le 2 && -n $1 ]] || usage
user=$1
password=${2:-${QSP_DEMO_PASSWORD:-qsp-demo}}
identity=${QSP_IDENTITY_URL:-http://localhost:$((9000 + ${QSP_PORT_OFFSET:-0}))}
identity=${identity%/}
client_id=qsp-cli
redirect_uri=http://127.0.0.1:8400/callback

for tool in curl openssl; do
  command -v "$tool" >/dev/null || fail "$tool is required"
done

jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

browse() { curl -sS --max-time 10 -b "$jar" -c "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' "$@"; }
base64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

verifier=$(openssl rand 48 | base64url)
challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64url)
state=$(openssl rand -hex 16)

answer=$(browse -G -H 'Accept: text/html' "$identity/oauth2/authorize" \
    --data-urlencode response_type=code \
    --data-urlencode "client_id=$client_id" \
    --data-urlencode "redirect_uri=$redirect_uri" \
    --data-urlencode 'scope=openid profile' \
    --data-urlencode "state=$state" \
    --data-urlencode "code_challenge=$challenge" \
    --data-urlencode code_challenge_method=S256 2>/dev/null) \
  || fail "identity is not reachable at $identity (is it running? try 'make run')"
read -r status login_url <<<"$answer"
[[ $status == 302 && $login_url == */login ]] \
  || fail "unexpected answer from $identity/oauth2/authorize: HTTP $status ${login_url}"

csrf=$(curl -sS --max-time 10 -b "$jar" -c "$jar" "$login_url" \
  | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
[[ -n $csrf ]] || fail "no CSRF token in the login form at $login_url"

answer=$(browse "$identity/login" \
    --data-urlencode "username=$user" \
    --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$csrf")
read -r status after_login <<<"$answer"
[[ $after_login != *"/login?error"* ]] || fail "login refused for '$user': wrong user name or password"
[[ $status == 302 && -n $after_login ]] || fail "unexpected answer to the login form: HTTP $status"

answer=$(browse -H 'Accept: text/html' "$after_login")
read -r status callback <<<"$answer"
[[ $callback == "$redirect_uri?"* ]] || fail "no redirect to $redirect_uri after login (HTTP $status ${callback})"
query=${callback#*\?}
code=$(tr '&' '\n' <<<"$query" | sed -n 's/^code=//p')
returned_state=$(tr '&' '\n' <<<"$query" | sed -n 's/^state=//p')
[[ -n $code ]] || fail "no authorization code in $callback"
[[ $returned_state == "$state" ]] || fail "state mismatch in the redirect"

response=$(curl -sS --max-time 10 "$identity/oauth2/token" \
    --data-urlencode grant_type=authorization_code \
    --data-urlencode "code=$code" \
    --data-urlencode "redirect_uri=$redirect_uri" \
    --data-urlencode "client_id=$client_id" \
    --data-urlencode "code_verifier=$verifier")
token=$(sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' <<<"$response")
[[ -n $token ]] || fail "the token endpoint gave no access token: $response"
printf '%s\n' "$token"
