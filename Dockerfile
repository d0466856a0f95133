# One image for every service, the portal, the gateway and the jobs; the command picks which:
#   node services/<name>/src/main.js | gateway/src/main.js | web/src/main.js
#   node scripts/migrate.js [--wait <service>] | scripts/rotate-keys.js | scripts/replay-dead-letters.js <service>
# The default target is the production image: compiled JavaScript and production dependencies only (no
# simulator, bench, tsx, esbuild or embedded PostgreSQL). `--target simulators` builds the external
# systems' simulators for compose's dev profile.
#
# NODE_IMAGE: any Debian-based image with Node.js 24 and npm (the public node:24-bookworm-slim, or one made
# from Debian's packages: deploy/image/base.sh). NPM_CACHE and NPM_CI_FLAGS let a build without network
# install from a mounted npm cache: --build-arg NPM_CACHE=/npm-cache --build-arg NPM_CI_FLAGS=--offline
# --volume ~/.npm:/npm-cache (deploy/image/build.sh).
ARG NODE_IMAGE=node:24-bookworm-slim

# Build: every dependency, the TypeScript compiled to dist/full and dist/production (npm run build).
FROM ${NODE_IMAGE} AS build
ARG NPM_CACHE=/tmp/npm-cache
ARG NPM_CI_FLAGS=
WORKDIR /src
COPY . .
RUN npm ci --no-audit --no-fund --cache ${NPM_CACHE} ${NPM_CI_FLAGS} && npm run build && rm -rf /tmp/npm-cache

# The external systems' simulators (development only: SPID IdP, CIE provider, PDND/ANAC PCP, mail, PEC).
FROM ${NODE_IMAGE} AS simulators
ARG NPM_CACHE=/tmp/npm-cache
ARG NPM_CI_FLAGS=
WORKDIR /app
ENV NODE_ENV=development
COPY --from=build /src/dist/full ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts --cache ${NPM_CACHE} ${NPM_CI_FLAGS} && rm -rf /tmp/npm-cache
USER node
CMD ["node", "scripts/simulators-main.js"]

# Run: the compiled platform with its production dependencies only, as an unprivileged user; nothing is
# written under /app, so the root filesystem can be read-only (/tmp is the only place written to).
FROM ${NODE_IMAGE} AS production
ARG NPM_CACHE=/tmp/npm-cache
ARG NPM_CI_FLAGS=
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /src/dist/production ./
# The lock file still names the tools' workspaces: npm lays their nested packages out; they go.
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts --cache ${NPM_CACHE} ${NPM_CI_FLAGS} && rm -rf /tmp/npm-cache simulators bench
USER node
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "gateway/src/main.js"]
