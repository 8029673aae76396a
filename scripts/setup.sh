#!/usr/bin/env bash
# Installs the Debian packages skincare needs that are missing:
#   scripts/setup.sh run    what building and running need (scripts/start.sh)
#   scripts/setup.sh test   that, and the tools the tests use (scripts/test.sh)
# Runs apt-get as root, or through sudo when available; otherwise prints the
# exact command to run and stops.
set -euo pipefail

# Building and running: the toolchain and the libraries.
run_packages=(
  g++ cmake make pkg-config        # toolchain
  libcli11-dev libfmt-dev libyaml-cpp-dev  # libraries
)

# Testing, in addition to the above. Add a package here with what needs it.
test_packages=(
  doctest-dev                      # unit tests
  libsimdjson-dev                  # unit and fuzz tests: a JSON parser we did not write, to check ours against
  python3                          # end-to-end tests (standard library only)
  mandoc                           # man page lint test
  bash-completion zsh fish         # completion tests in real shells
  man-db binutils                  # install tests: man -l, objdump
  dpkg-dev lintian fakeroot        # Debian package: cpack -G DEB (dpkg-shlibdeps), lintian, dpkg --root
  clang libclang-rt-14-dev libfuzzer-14-dev  # asan preset: ASan/UBSan runtimes and the libFuzzer targets
  chromium tidy poppler-utils fonts-dejavu-core  # --format html tests: print to PDF, validate, read the PDF back
  nodejs                           # FHIR checks (tests/fhir): npm ci, then node check.mjs
  parallel                         # the README's split-across-cores example (tests/cli/test_interop.py)
)

case ${1:-} in
  run) packages=("${run_packages[@]}") ;;
  test) packages=("${run_packages[@]}" "${test_packages[@]}") ;;
  *)
    echo "usage: scripts/setup.sh run|test" >&2
    exit 2
    ;;
esac

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$package")
done

# Debian's nodejs comes without npm (other builds of nodejs include it).
if [[ ${1:-} == test ]] && ! command -v npm >/dev/null 2>&1 && [[ ! " ${missing[*]} " == *" nodejs "* ]]; then
  missing+=(npm)
fi

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
  echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

echo "skincare setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
if [[ ${1:-} == test ]] && ! command -v npm >/dev/null 2>&1; then
  "${run[@]}" apt-get install -y -qq --no-install-recommends npm >/dev/null
fi
