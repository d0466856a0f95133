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
COPY web/package.json web/
COPY simulators/anac-pcp/package.json simulators/anac-pcp/
COPY simulators/cie-op/package.json simulators/cie-op/
COPY simulators/mail/package.json simulators/mail/
COPY simulators/object-store/package.json simulators/object-store/
COPY simulators/pec-provider/package.json simulators/pec-provider/
COPY simulators/spid-idp/package.json simulators/spid-idp/
RUN npm ci --omit=dev --no-audit --no-fund
COPY packages packages
COPY services services
COPY gateway gateway
COPY web web
COPY simulators simulators
COPY scripts scripts
COPY demo demo
USER node
# Every component answers /healthz on its PORT (compose and Kubernetes probe /readyz themselves).
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--import", "tsx", "gateway/src/main.ts"]
