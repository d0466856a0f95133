#!/usr/bin/env bash
# Builds the Dockerfile with buildah (no daemon): the base made by base.sh, npm installing offline from
# this machine's npm cache (mounted, never copied into the image; no certificate is added to it).
#   deploy/image/build.sh [target] [tag]   (default: production, localhost/negozio-elettronico:local)
set -euo pipefail
cd "$(dirname "$0")/../.."
target="${1:-production}"
tag="${2:-localhost/negozio-elettronico:local}"
base="localhost/negozio-node-base:24"
deploy/image/base.sh "${base}"
cache="$(npm config get cache)"
log="$(mktemp)"
# RUN steps get 1024 open files by default: npm ci reading the cache needs more (EMFILE); this process's own limit.
buildah --storage-driver vfs bud --isolation chroot --layers=false --format docker --ulimit "nofile=$(ulimit -Hn):$(ulimit -Hn)" \
  --build-arg "NODE_IMAGE=${base}" --build-arg NPM_CACHE=/npm-cache --build-arg NPM_CI_FLAGS=--offline \
  --volume "${cache}:/npm-cache" --target "${target}" --tag "${tag}" . > "${log}" 2>&1 || {
  tail -60 "${log}" >&2
  echo "image: the build failed (whole log: ${log})" >&2
  exit 1
}
rm -f "${log}"
# The image this tag named before, now untagged: vfs keeps whole copies, so they go at once.
buildah --storage-driver vfs rmi --prune >/dev/null 2>&1 || true
echo "image: ${tag} (${target}) built"
