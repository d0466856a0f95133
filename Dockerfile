# syntax=docker/dockerfile:1
# One image for every service, the portal, the gateway and the jobs; the command picks which:
#   node services/<name>/src/main.js | gateway/src/main.js | web/src/main.js
#   node scripts/migrate.js | scripts/rotate-keys.js | scripts/replay-dead-letters.js <service>
# scripts/image-steps.ts performs these steps without a Docker engine (CI), then starts a service.

# Build: every dependency, the TypeScript compiled to dist/ (npm run build).
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund && npm run build

# Run: the compiled platform with its production dependencies only, as an unprivileged user; nothing is
# written under /app, so the root filesystem can be read-only (/tmp is the only place written to).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /src/dist ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund --ignore-scripts
USER node
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "gateway/src/main.js"]
