import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pino } from 'pino';
import { createTokenVerifier } from '@app/platform/auth';
import { schemaOf } from '@app/platform/db';
import { InProcessTransport } from '@app/platform/messaging';
import { startService, type RunningService } from '@app/platform/service';
import {
  createTestAuthority,
  startTestIssuer,
  testDatabaseUrl,
  uniqueName,
  waitFor,
  type TestIssuer,
  dropSchema,
} from '@app/platform/testing';
import { addSignatureTimestamp, signCades } from '@app/signed-documents';
import {
  opensslSigningFixtures,
  simplePdf,
  type OpensslFixtures,
} from '@app/signed-documents/testing';
import { createQualifiedCaSimulator } from '@app/sim-qualified-ca';
import * as catalog from '@app/catalog';
import { definition, loadServiceConfig } from '@app/adhesion';

export const agencies = {
  regione: '0b5f5d6e-1c1a-4b7e-9d4e-0000000000a1',
  prato: '0b5f5d6e-1c1a-4b7e-9d4e-0000000000a2',
  firenze: '0b5f5d6e-1c1a-4b7e-9d4e-0000000000a3',
  estar: '0b5f5d6e-1c1a-4b7e-9d4e-0000000000a4',
};

/** A contract shaped like Sistema Cloud Toscana: round 0 for A and B (plan and project only in B), round 1 only in B. */
export const cloudLike = (cig: string, ceilingCents: number) => ({
  kind: 'accordo-quadro',
  title: `Sistema Cloud di prova ${cig}`,
  description: 'Accordo quadro di prova per le adesioni.',
  cig,
  cpv: ['72000000-5'],
  lots: [{ number: 1, title: 'Servizi cloud', amountCents: ceilingCents }],
  rup: { name: 'Gaio Giulio Cesare', fiscalCode: 'CSRGGL70A01D612B' },
  ceilingCents,
  startDate: '2024-01-01',
  expiryDate: '2029-12-31',
  supplier: {
    name: 'Servizi Integrati S.p.A.',
    fiscalCode: '12345678903',
    pec: 'gare@pec.serviziintegrati.example',
  },
  rounds: [
    {
      title: 'Round 0 — Manifestazione di interesse',
      documents: [
        { name: 'Manifestazione di interesse', signed: true },
        { name: 'Piano dei fabbisogni', ipotesi: 'B', signed: true },
        { name: 'Progetto dei fabbisogni', ipotesi: 'B' },
      ],
    },
    {
      title: 'Round 1 — Data Protection Agreement',
      documents: [{ name: 'Data Protection Agreement', ipotesi: 'B', signed: true }],
    },
  ],
});

export interface Harness {
  catalog: RunningService;
  adhesion: RunningService;
  fixtures: OpensslFixtures;
  /** A PDF signed in CAdES by a trusted signer (Luca Ferri). */
  signedPdf: Buffer;
  call(
    who: Who,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  upload(
    who: Who,
    adhesionId: string,
    requirementId: string,
    file: Buffer | Blob,
    fileName?: string,
  ): Promise<Response>;
  publishContract(
    contract: ReturnType<typeof cloudLike>,
    banditore?: 'rupRegione' | 'rupEstar',
  ): Promise<string>;
  stop(): Promise<void>;
}

export type Who = 'rupRegione' | 'buyerPrato' | 'rupPrato' | 'buyerFirenze' | 'rupEstar';

/** Catalog and adhesion, on one in-process transport, with tokens of a test issuer and an openssl-made trust list. */
export async function startHarness(adhesionEnv: Record<string, string> = {}): Promise<Harness> {
  const issuer: TestIssuer = await startTestIssuer();
  const verifyToken = createTokenVerifier({
    jwksUrl: issuer.jwksUrl,
    issuer: issuer.issuer,
    audience: issuer.audience,
  });
  const transport = new InProcessTransport();
  const logger = pino({ level: 'silent' });
  const base = {
    DATABASE_URL: testDatabaseUrl(),
    LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
  };
  const catalogService = await startService(
    { ...catalog.definition, schema: uniqueName('catalog') },
    { config: catalog.loadServiceConfig(base), transport, logger, verifyToken },
  );
  await catalogService.deps.dataSource.query(
    `INSERT INTO agency_directory (agency_id, name, kind, fiscal_code) VALUES ($1, 'Regione Toscana', 'ente', '01386030488'), ($2, 'Comune di Prato', 'ente', '84006890481'),
       ($3, 'Comune di Firenze', 'ente', '01307110484'), ($4, 'Estar', 'ente', '06485540485')`,
    [agencies.regione, agencies.prato, agencies.firenze, agencies.estar],
  );
  // The trusted authority with its OCSP, CRL and time-stamping; openssl's fixtures for an authority nobody trusts.
  const fixtures = opensslSigningFixtures();
  const authority = await createTestAuthority('CN=Certificatore qualificato di prova, C=IT');
  const caServer = createServer();
  await new Promise<void>((resolve) => caServer.listen(0, '127.0.0.1', resolve));
  const qualifiedCa = await createQualifiedCaSimulator({
    authority,
    baseUrl: `http://127.0.0.1:${(caServer.address() as AddressInfo).port}`,
  });
  caServer.on('request', qualifiedCa.app);
  const luca = await qualifiedCa.issueSigner({
    fiscalCode: 'FRRLCU68M20B354K',
    displayName: 'Luca Ferri',
  });
  const trustFile = join(tmpdir(), `${uniqueName('trust')}.pem`);
  writeFileSync(trustFile, authority.certificatePem);
  const adhesionService = await startService(
    { ...definition, schema: uniqueName('adhesion') },
    {
      config: loadServiceConfig({
        ...base,
        CATALOG_URL: catalogService.url,
        SIGNATURE_TRUSTED_CA_FILES: trustFile,
        DOCUMENT_MAX_MB: '20',
        ...adhesionEnv,
      }),
      transport,
      logger,
      verifyToken,
    },
  );
  const tokens: Record<Who, string> = {
    rupRegione: await issuer.sign({
      sub: 'p-rup-regione',
      profile_id: 'prof-rup-regione',
      tenant: agencies.regione,
      roles: ['rup'],
      auth_method: 'spid',
    }),
    buyerPrato: await issuer.sign({
      sub: 'p-buyer-prato',
      profile_id: 'prof-buyer-prato',
      tenant: agencies.prato,
      roles: ['buyer'],
      auth_method: 'password',
    }),
    rupPrato: await issuer.sign({
      sub: 'p-rup-prato',
      profile_id: 'prof-rup-prato',
      tenant: agencies.prato,
      roles: ['rup'],
      auth_method: 'spid',
    }),
    buyerFirenze: await issuer.sign({
      sub: 'p-buyer-firenze',
      profile_id: 'prof-buyer-firenze',
      tenant: agencies.firenze,
      roles: ['buyer'],
      auth_method: 'password',
    }),
    rupEstar: await issuer.sign({
      sub: 'p-rup-estar',
      profile_id: 'prof-rup-estar',
      tenant: agencies.estar,
      roles: ['rup'],
      auth_method: 'spid',
    }),
  };
  const call = (
    who: Who,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const url =
      path.includes('/ceiling') ||
      (path.startsWith('/api/v1/contracts') && !path.includes('/adhesions'))
        ? catalogService.url
        : adhesionService.url;
    return fetch(`${url}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${tokens[who]}`,
        ...headers,
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  };
  return {
    catalog: catalogService,
    adhesion: adhesionService,
    fixtures,
    signedPdf: await addSignatureTimestamp(
      await signCades(simplePdf('Manifestazione di interesse'), luca),
      qualifiedCa.urls.tsa,
    ),
    call,
    upload(who, adhesionId, requirementId, file, fileName = 'documento.pdf.p7m') {
      const form = new FormData();
      form.append('file', file instanceof Blob ? file : new Blob([new Uint8Array(file)]), fileName);
      return fetch(
        `${adhesionService.url}/api/v1/adhesions/${adhesionId}/documents/${requirementId}`,
        { method: 'PUT', headers: { authorization: `Bearer ${tokens[who]}` }, body: form },
      );
    },
    async publishContract(contract, banditore = 'rupRegione') {
      const created = await call(banditore, 'POST', '/api/v1/contracts', contract);
      if (created.status !== 201) throw new Error(`contract not created: ${await created.text()}`);
      const { id } = await created.json();
      await call(banditore, 'POST', `/api/v1/contracts/${id}/publish`);
      // Adhesion learns the contract from catalog's event, never from catalog's tables.
      await waitFor(
        async () =>
          (
            await adhesionService.deps.dataSource.query(
              'SELECT 1 FROM known_contracts WHERE contract_id = $1',
              [id],
            )
          ).length > 0,
      );
      return id;
    },
    async stop() {
      // Each service first: its background jobs end before its schema goes.
      for (const service of [adhesionService, catalogService]) {
        const schema = schemaOf(service.deps.dataSource);
        await service.stop();
        await dropSchema(schema);
      }
      await transport.close();
      await issuer.close();
      fixtures.close();
      caServer.closeAllConnections();
      caServer.close();
    },
  };
}
