#!/usr/bin/env bash
# Rewrites the expected results of the corpus fixtures (every document with an
# answer key, in all its formats). Review `git diff fixtures/` before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
files=()
for key in fixtures/*.gold.json; do
  name=${key%.gold.json}
  for ext in txt md docx pdf; do [ -f "$name.$ext" ] && files+=("$name.$ext"); done
done
node bin/cchc.js check --update "${files[@]}"
