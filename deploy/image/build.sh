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
buildah --storage-driver vfs bud --isolation chroot --layers=false --quiet --format docker \
  --build-arg "NODE_IMAGE=${base}" --build-arg NPM_CACHE=/npm-cache --build-arg NPM_CI_FLAGS=--offline \
  --volume "${cache}:/npm-cache" --target "${target}" --tag "${tag}" . >/dev/null
echo "image: ${tag} (${target}) built"
