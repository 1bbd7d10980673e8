#!/usr/bin/env bash
# Runs Neovim (headless, its built-in LSP client) against the built `codefind serve` and fails
# loudly when completion, hover or diagnostics are missing. Needs `nvim` (Debian's neovim package)
# and a built codefind (`swift build`). Usage: Tests/Editors/neovim/run.sh [path/to/codefind]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
binary="${1:-$(cd "$root" && swift build --show-bin-path)/codefind}"
command -v nvim >/dev/null || { echo "nvim is not installed (apt-get install neovim)" >&2; exit 2; }
[ -x "$binary" ] || { echo "no codefind executable at $binary: run swift build first" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Build the index before the editor starts, so that the server answers initialize at once.
"$binary" index build --out "$work/index.cfidx" >/dev/null
printf 'diab typ 2 neuro\nE11.4\nHover E11.40 here\nE11\n' >"$work/claim.txt"

CODEFIND_INDEX="$work/index.cfidx" CODEFIND_BIN="$binary" CODEFIND_CHECK_FILE="$work/claim.txt" \
  timeout 300 nvim --headless --clean -c "luafile $here/check-lsp.lua"
