#!/usr/bin/env bash
# Check the drafts a change adds or edits against the published archive, for
# CI. The example workflow (docs/ci/claimcheck.yml) runs this script, and
# cmd/claimcheck's tests run it too, so what the docs show is what is tested.
#
#   check-drafts.sh BASE_REF ARCHIVE [DRAFTS_DIR]
#
# Writes claimcheck.sarif (for code scanning upload), appends a Markdown
# summary to $GITHUB_STEP_SUMMARY when set, prints GitHub annotations, and
# exits with claimcheck's status (0 clean, 1 findings at --fail-on, 2 errors).
# CLAIMCHECK names the binary (default: claimcheck on PATH).
set -euo pipefail

base=${1:?usage: check-drafts.sh BASE_REF ARCHIVE [DRAFTS_DIR]}
archive=${2:?usage: check-drafts.sh BASE_REF ARCHIVE [DRAFTS_DIR]}
drafts_dir=${3:-drafts}
claimcheck=${CLAIMCHECK:-claimcheck}

# Drafts added or modified since the merge base; deleted files are not checked.
mapfile -t drafts < <(git diff --name-only --diff-filter=AM "$base...HEAD" -- \
	"$drafts_dir/*.md" "$drafts_dir/*.markdown" "$drafts_dir/*.txt")
if [ ${#drafts[@]} -eq 0 ]; then
	echo "claimcheck: no drafts changed since $base"
	exit 0
fi

status=0
"$claimcheck" check "${drafts[@]}" --against "$archive" --format sarif --out claimcheck.sarif --fail-on never || status=$?
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
	"$claimcheck" check "${drafts[@]}" --against "$archive" --format markdown --fail-on never >>"$GITHUB_STEP_SUMMARY" || status=$?
fi
[ "$status" -le 1 ] || exit "$status"
"$claimcheck" check "${drafts[@]}" --against "$archive" --format github
