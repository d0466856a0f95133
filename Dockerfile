# One image for every service, the gateway and the migrations Job; the command picks which.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY packages/platform/package.json packages/platform/
COPY packages/events/package.json packages/events/
COPY packages/italian-codes/package.json packages/italian-codes/
COPY packages/roles/package.json packages/roles/
COPY packages/signed-documents/package.json packages/signed-documents/
COPY gateway/package.json gateway/
COPY bench/package.json bench/
COPY services/identity/package.json services/identity/
COPY services/catalog/package.json services/catalog/
COPY services/adhesion/package.json services/adhesion/
COPY services/ordering/package.json services/ordering/
COPY services/anac-gateway/package.json services/anac-gateway/
COPY services/notify/package.json services/notify/
COPY services/pec-admin/package.json services/pec-admin/
RUN npm ci --omit=dev --no-audit --no-fund
COPY packages packages
COPY services services
COPY gateway gateway
COPY scripts scripts
USER node
CMD ["node", "--import", "tsx", "gateway/src/main.ts"]
