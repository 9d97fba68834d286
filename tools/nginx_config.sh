#!/usr/bin/env bash
# Writes a runnable nginx configuration for the built site from web/nginx.conf.in.
# usage: tools/nginx_config.sh <site dir> <listen addr:port> <runtime dir>   (prints the config path)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
site=$(cd "$1" && pwd); listen=$2; runtime=$3
mkdir -p "$runtime"
runtime=$(cd "$runtime" && pwd)
user_line=
# As root, nginx's workers would switch to 'nobody', who may not read a checkout under /root.
[ "$(id -u)" = 0 ] && user_line="user root;"
sed -e "s|@ROOT@|$site|g" -e "s|@LISTEN@|$listen|g" -e "s|@RUNTIME@|$runtime|g" \
    -e "s|@USER@|$user_line|g" -e "s|@CONF_DIR@|$ROOT/web|g" "$ROOT/web/nginx.conf.in" > "$runtime/nginx.conf"
echo "$runtime/nginx.conf"
