#!/usr/bin/env bash
# Installs whatever skincare needs to build and test that is missing, from
# Debian's archive. Runs apt-get as root, or through sudo when available;
# otherwise prints the exact command to run and stops.
set -euo pipefail

packages=(
  g++ cmake make pkg-config        # toolchain
  libcli11-dev libfmt-dev libyaml-cpp-dev libsimdjson-dev doctest-dev  # libraries
  python3                          # end-to-end tests (standard library only)
  mandoc                           # man page lint test
  bash-completion zsh fish         # completion tests in real shells
  man-db binutils                  # install tests: man -l, objdump
  dpkg-dev lintian fakeroot        # Debian package: cpack -G DEB (dpkg-shlibdeps), lintian, dpkg --root
  clang libclang-rt-14-dev libfuzzer-14-dev  # asan preset: ASan/UBSan runtimes and the libFuzzer targets
)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

if ((EUID == 0)); then
  run=()
elif command -v sudo >/dev/null 2>&1; then
  run=(sudo)
else
  echo "skincare setup: these packages are missing: ${missing[*]}" >&2
  echo "Install them as root with:" >&2
  echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "skincare setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
