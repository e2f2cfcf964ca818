#!/bin/sh
# claimcheck-pre-publish.sh: the check a CMS runs before a story goes live.
#
#   claimcheck-pre-publish.sh DRAFT
#
# Posts DRAFT (Markdown, HTML or plain text, by its extension) to a running
# `claimcheck serve` and prints the findings as `claimcheck check` does.
# Exits as check does: 0 nothing at or above the server's fail-on level
# (error unless CLAIMCHECK_FAIL_ON says otherwise), 1 findings that should
# stop publication, 2 the check could not be made (no server, a draft it
# cannot read) -- a CMS should hold the story on 1 and alert on 2.
#
# Environment: CLAIMCHECK_URL (default http://127.0.0.1:8080),
# CLAIMCHECK_FAIL_ON (error, warning, info or never; default error).
# Needs only sh and curl: the server's X-Claimcheck-Exit-Status header
# carries the verdict, so no JSON parsing is needed.
set -u

draft=${1:?usage: claimcheck-pre-publish.sh DRAFT}
url=${CLAIMCHECK_URL:-http://127.0.0.1:8080}
fail_on=${CLAIMCHECK_FAIL_ON:-error}

if [ ! -r "$draft" ]; then
	echo "claimcheck: cannot read $draft" >&2
	exit 2
fi
case "$draft" in
*.html | *.htm) type=text/html ;;
*.txt) type=text/plain ;;
*) type=text/markdown ;;
esac

headers=$(mktemp) || exit 2
body=$(mktemp) || exit 2
trap 'rm -f "$headers" "$body"' EXIT

# The draft's name, URL-encoded enough for a path: it names the draft in
# the report's positions.
name=$(printf '%s' "$draft" | sed 's/%/%25/g; s/ /%20/g; s/&/%26/g; s/?/%3F/g; s/#/%23/g; s/+/%2B/g')
if ! status=$(curl -sS -o "$body" -D "$headers" -w '%{http_code}' \
	-H "Content-Type: $type; charset=utf-8" --data-binary @"$draft" \
	"$url/v1/check?format=text&fail_on=$fail_on&name=$name"); then
	echo "claimcheck: no answer from $url" >&2
	exit 2
fi
if [ "$status" != 200 ]; then
	echo "claimcheck: $url answered $status:" >&2
	cat "$body" >&2
	exit 2
fi
cat "$body"
verdict=$(tr -d '\r' <"$headers" | sed -n 's/^[Xx]-[Cc]laimcheck-[Ee]xit-[Ss]tatus: *//p')
case "$verdict" in
0 | 1 | 2) exit "$verdict" ;;
*)
	echo "claimcheck: no verdict in the answer from $url" >&2
	exit 2
	;;
esac
