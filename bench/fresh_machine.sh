#!/usr/bin/env bash
# Times the README's quick start on a fresh Debian 12: a minimal root made
# with debootstrap (plus git, to clone), entered with chroot, where
#   1. scripts/start.sh runs on a terminal (script(1)) until the first
#      question of `skincare assess` appears, and
#   2. scripts/test.sh runs after it, as the README has them.
# Usage (as root, on Debian with debootstrap installed, from the repository):
#   bench/fresh_machine.sh [WORK_DIR]      (default /var/tmp/skincare-fresh)
# Clones the committed HEAD, not the work tree. Prints each command's time
# and the load average; the logs stay in WORK_DIR/root/root/. The root's
# mounts are undone on exit; the folder is left for you to remove.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/var/tmp/skincare-fresh}
root=$work/root
if ((EUID != 0)); then
  echo "fresh_machine.sh: run as root (debootstrap, chroot and mount need it)" >&2
  exit 2
fi
if [[ -e $root ]]; then
  echo "fresh_machine.sh: $root exists; remove it (after checking nothing is mounted under it) or give another folder" >&2
  exit 2
fi
mkdir -p "$work"
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "debootstrap begins $(date -u +%T), load $(load)"
debootstrap --variant=minbase --include=git,ca-certificates bookworm "$root" http://deb.debian.org/debian \
  > "$work/debootstrap.log"
# The same package sources, name servers and certificate authorities as this
# machine (a network that inspects TLS needs its authority on the fresh root too).
if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
  cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/"
  rm -f "$root/etc/apt/sources.list"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/" 2>/dev/null || true
chroot "$root" update-ca-certificates > /dev/null 2>&1
[[ -f $HOME/.npmrc ]] && cp "$HOME/.npmrc" "$root/root/.npmrc"

undo_mounts() { umount -R "$root/dev" 2>/dev/null || true; umount -R "$root/sys" 2>/dev/null || true; umount "$root/proc" 2>/dev/null || true; }
trap undo_mounts EXIT
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --rbind /dev "$root/dev"

git clone -q "$PWD" "$root/root/skincare"
cat > "$root/root/quick-start.sh" <<'EOF'
#!/bin/bash
cd /root/skincare
load() { cut -d' ' -f1-3 /proc/loadavg; }
# start.sh ends in the questionnaire, which waits for an answer: it is timed
# to its first question, then interrupted as a person would with Ctrl-C.
# (Its terminal gets no input: script(1) reads a pipe that stays silent.)
interrupt_assess() {
  for dir in /proc/[0-9]*; do
    if tr '\0' ' ' < "$dir/cmdline" 2>/dev/null | grep -q '^build/release/skincare assess'; then
      kill -INT "${dir#/proc/}"
    fi
  done
}
s=$(date +%s)
echo "start.sh begins $(date -u +%T), load $(load)"
mkfifo /root/silence
sleep 100000 > /root/silence &
silence=$!
script -qfec scripts/start.sh /root/start.out > /dev/null 2>&1 < /root/silence &
until grep -q 'How old are you' /root/start.out 2>/dev/null; do
  sleep 1
  if ! kill -0 $! 2>/dev/null; then
    echo "start.sh ended before the first question: see /root/start.out"
    kill "$silence"
    exit 1
  fi
done
echo "start.sh showed the first question after $(( $(date +%s) - s )) s, load $(load)"
interrupt_assess
wait $!
kill "$silence"
s=$(date +%s)
echo "test.sh begins $(date -u +%T)"
scripts/test.sh > /root/test.out 2>&1
status=$?
echo "test.sh exit $status after $(( $(date +%s) - s )) s, load $(load)"
grep '^== scripts/test.sh' /root/test.out
exit $status
EOF
chmod +x "$root/root/quick-start.sh"
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin TERM=xterm \
  NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt /root/quick-start.sh
