#!/usr/bin/env bash
# Proves the README's two commands on a clean Debian 12 root file system: debootstraps
# bookworm (minbase), binds /proc /sys /dev, copies a clean clone of this repository's
# HEAD (and ../shared, as CI has it) in, then runs `tools/dev test` and `tools/dev serve`
# there and times both. Needs root and the Debian mirror; takes 20-40 minutes.
# usage: sudo tools/fresh_machine_check.sh [work dir]   (default /var/tmp/atlas-fresh)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=${1:-/var/tmp/atlas-fresh}
FS=$WORK/rootfs
MIRROR=${ATLAS_DEBIAN_MIRROR:-http://deb.debian.org/debian}
log() { printf '[fresh] %s\n' "$*"; }

cleanup() {
  for m in "$FS/dev" "$FS/sys" "$FS/proc"; do mountpoint -q "$m" && umount -R "$m" || true; done
}
trap cleanup EXIT

command -v debootstrap >/dev/null || { apt-get update -qq; apt-get install -y -qq debootstrap; }
cleanup
rm -rf "$WORK"
mkdir -p "$WORK"
log "debootstrap bookworm (minbase) from $MIRROR"
start=$(date +%s)
debootstrap --variant=minbase bookworm "$FS" "$MIRROR" > "$WORK/debootstrap.log"
log "root file system ready in $(( $(date +%s) - start )) s"

mount --bind /proc "$FS/proc"
mount --rbind /sys "$FS/sys"
mount --rbind /dev "$FS/dev"
cp /etc/resolv.conf "$FS/etc/resolv.conf"
# The machine's own network trust (e.g. a TLS-inspecting egress proxy's CA that this
# workplace installs on every machine) is part of the machine, not of the project's
# set-up: carry it over so npm reaches its registry as it does here.
if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
  mkdir -p "$FS/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$FS/usr/local/share/ca-certificates/"
fi

log "copying a clean clone of HEAD ($(git -C "$ROOT" rev-parse --short HEAD)) and ../shared"
git clone -q "$ROOT" "$FS/root/work/main"
[ -d "$ROOT/../shared" ] && cp -r "$ROOT/../shared" "$FS/root/work/shared"

extra_ca=
[ -n "${NODE_EXTRA_CA_CERTS:-}" ] && extra_ca="NODE_EXTRA_CA_CERTS=$NODE_EXTRA_CA_CERTS"
run_in() { chroot "$FS" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin TERM=dumb LANG=C.UTF-8 $extra_ca bash -c "$1"; }

log "command 1 of 2: tools/dev test"
start=$(date +%s)
run_in 'cd /root/work/main && tools/dev test' > "$WORK/test.log" 2>&1 || { tail -50 "$WORK/test.log"; log "tools/dev test FAILED"; exit 1; }
test_s=$(( $(date +%s) - start ))
tail -5 "$WORK/test.log"
log "tools/dev test passed in $test_s s (first run, including set-up)"

log "command 2 of 2: tools/dev serve (stopped once the page answers)"
start=$(date +%s)
run_in 'cd /root/work/main && ATLAS_PORT=18080 tools/dev serve' > "$WORK/serve.log" 2>&1 &
serve_pid=$!
until grep -q 'served at' "$WORK/serve.log" 2>/dev/null; do
  kill -0 $serve_pid 2>/dev/null || { cat "$WORK/serve.log"; log "tools/dev serve FAILED"; exit 1; }
  sleep 1
done
for _ in $(seq 1 30); do
  code=$(chroot "$FS" node -e "require('http').get('http://127.0.0.1:18080/',r=>{console.log(r.statusCode);process.exit(0)}).on('error',()=>{console.log(0);process.exit(0)})")
  [ "$code" = 200 ] && break
  sleep 1
done
serve_s=$(( $(date +%s) - start ))
pkill -f 'nginx.*build/web/nginx' || true
wait $serve_pid 2>/dev/null || true
[ "$code" = 200 ] || { log "served page did not answer 200"; exit 1; }
log "tools/dev serve was serving in $serve_s s (after the test command had set up)"

log "second run of the set-up (idempotence)"
start=$(date +%s)
run_in 'cd /root/work/main && bash tools/setup.sh' > "$WORK/setup2.log" 2>&1
log "set-up again: $(( $(date +%s) - start )) s"
log "summary: test ${test_s}s, serve ${serve_s}s"
