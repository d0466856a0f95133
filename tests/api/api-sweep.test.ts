import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { waitFor, type UncheckedJson } from '@app/platform/testing';
import { simplePdf } from '@app/signed-documents/testing';
import { demoSigning, type DemoSigning } from '../../scripts/demo-signing.js';
import {
  startDemoPlatform,
  unlimitedRates,
  type DemoPlatform,
} from '../../scripts/demo-platform.js';
import { jsonHeaders, passwordSession } from '../../scripts/gateway-client.js';
import { dataSourcesOf } from '../../scripts/demo-world.js';
import { spidToken } from '../../scripts/spid-session.js';
import { defined } from '@app/platform/errors';

type Operation = {
  method: string;
  path: string;
  public: boolean;
  bodyTypes: string[];
  query: string[];
  bodyFields: string[];
};
type Sent = { status: number; text: string };

const cigBody = (amountCents: number) => ({
  parentCig: '7154112FF8',
  subject: 'Proroga dei servizi cloud del Comune di Prato',
  adhesionDate: '2026-11-23',
  costCentre: 'CDC-SI-01',
  singleProcedureReport: true,
  supplier: { fiscalCode: '12345678903', name: 'Servizi Integrati S.p.A.' },
  lots: [
    {
      lotIdentifier: 'LOT-0001',
      subject: 'Servizi cloud',
      contractObject: 'servizi',
      amountCents,
      cpv: '72000000-5',
      nuts: 'ITI15',
      istat: '009100005',
      ccnl: 'H01',
      category: 'FS',
      financing: [{ type: 'A', amountCents }],
    },
  ],
});

/** A valid body for each operation that takes one, so a refusal is about who asks, not what is sent. */
const validBodies: Record<string, unknown> = {
  'POST /api/v1/agencies/{id}/offices': { name: 'Ufficio di un altro ente' },
  'PUT /api/v1/users/{id}/roles': { roles: ['buyer'] },
  'POST /api/v1/registrations/{id}/reject': { reason: 'Richiesta respinta da un altro ente' },
  'PATCH /api/v1/contracts/{id}': { description: 'Descrizione cambiata da un altro ente' },
  'PUT /api/v1/contracts/{id}/price-list/items': {
    items: [{ code: 'X-1', description: 'Voce', unit: 'pz', unitPriceCents: 100 }],
  },
  'POST /api/v1/contracts/{id}/price-list/revisions': {
    effectiveFrom: '2026-01-01',
    percentBasisPoints: 100,
    note: 'Revisione',
  },
  'POST /api/v1/contracts/{id}/price-list/reprice': {
    draftedAt: '2026-01-01',
    lines: [{ code: 'X-1', quantity: 1 }],
  },
  'POST /api/v1/contracts/{id}/ceiling/reservations': {
    reference: 'riferimento-prova',
    amountCents: 100,
  },
  'POST /api/v1/contracts/{id}/ceiling/reservations/{reference}/consume': { amountCents: 100 },
  'POST /api/v1/contracts/{id}/clarifications': { question: 'Domanda posta da un altro ente?' },
  'POST /api/v1/contracts/{id}/clarifications/{clarificationId}/answer': {
    answer: 'Risposta di un altro ente.',
  },
  'POST /api/v1/contracts/{contractId}/adhesions': { ipotesi: 'A', amountCents: 100_00 },
  'PUT /api/v1/adhesions/{id}': { ipotesi: 'A', amountCents: 100_00 },
  'POST /api/v1/adhesions/{id}/rounds/{round}/reject': { reason: 'Rifiutata da un altro ente' },
  'PUT /api/v1/cig-requests/{id}': cigBody(1_000_00),
  'POST /api/v1/cig-requests/{id}/schede': { code: 'ANN' },
  'POST /api/v1/schede/{id}/rollback': { reason: '2' },
  'POST /api/v1/contracts/{contractId}/orders': {
    cigRequestId: '3f1c2a9e-5b7d-4c1e-9f00-000000000002',
    lines: [],
  },
  'PUT /api/v1/orders/{id}': {
    lines: [{ description: 'Riga di un altro ente', unitPriceCents: 100, quantity: 1 }],
  },
  'POST /api/v1/orders/{id}/reject': { reason: 'Rifiutato da un altro ente' },
  'POST /api/v1/orders/{id}/dispute': { reason: 'Contestato da un altro ente' },
  'POST /api/v1/orders/{id}/outcome': { awardDate: '2026-11-29' },
  'POST /api/v1/orders/{id}/order-response': { code: 'AP' },
  'PATCH /api/v1/webhooks/{id}': { url: 'https://93.184.216.34/altro-ente' },
  'POST /api/v1/webhooks/{id}/replay': { since: '2026-01-01T00:00:00Z' },
  'POST /api/v1/contracts/{contractId}/communications': {
    kind: 'comunicazione',
    to: { party: 'banditore' },
    subject: 'Da un altro ente',
    body: 'Testo',
  },
  'POST /api/v1/communications/{id}/replies': { body: 'Risposta di un altro ente' },
  'PATCH /api/v1/pec/members/{id}': { phone: '+39 055 000000' },
  'POST /api/v1/pec/mailboxes/{id}/transfer': { destinationOrder: 'RM' },
  'POST /api/v1/pec/imports/{id}/apply': { rows: [1] },
};

/** Issue "Trust": every operation of the merged OpenAPI, walked as another agency, anonymously, and with broken input. */
describe('every operation of the API, as another agency, anonymously, and with NUL bytes, malformed JSON and wrong content types', () => {
  let demo: DemoPlatform;
  let operations: Operation[];
  const tokens: Record<string, string | undefined> = { anonimo: undefined };
  /** Resources of Comune di Prato and a draft contract of Regione Toscana, by path template. */
  /** `secret`: what a list of the resource must not show another agency (default: Prato's adhesion). */
  let fixtures: {
    pattern: RegExp;
    values: Record<string, string>;
    owner: string;
    method?: string;
    shared?: true;
    secret?: string;
  }[];
  let pratoAdhesionId = '';

  const send = async (
    who: string,
    method: string,
    path: string,
    init: { body?: BodyInit; headers?: Record<string, string> } = {},
  ): Promise<Sent> => {
    const token = tokens[who];
    const response = await fetch(`${demo.gateway}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...init.headers,
      },
      body: init.body,
    });
    // A live stream answers 200 and stays open: its first event is enough to see what it shows.
    if (/^text\/event-stream/.test(response.headers.get('content-type') ?? ''))
      return { status: response.status, text: await firstEvent(response) };
    return { status: response.status, text: await response.text() };
  };
  const fixtureOf = (operation: Operation) =>
    fixtures.find(
      (f) => f.pattern.test(operation.path) && (!f.method || f.method === operation.method),
    );
  const fill = (operation: Operation, values: Record<string, string>) =>
    operation.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
      encodeURIComponent(values[name] ?? 'x'),
    );
  const bodyOf = (operation: Operation): { body?: BodyInit; headers?: Record<string, string> } => {
    if (operation.bodyTypes.includes('multipart/form-data')) {
      const form = new FormData();
      form.append(
        'file',
        new Blob([new Uint8Array(simplePdf('Documento di un altro ente'))]),
        'documento.pdf',
      );
      return { body: form };
    }
    const body = validBodies[`${operation.method} ${operation.path}`];
    return body === undefined ? {} : { body: JSON.stringify(body), headers: jsonHeaders };
  };

  before(async () => {
    // Thousands of requests from one address in a minute: the edge's rate limit would answer them instead.
    demo = await startDemoPlatform({ ...unlimitedRates });
    const document = await (await fetch(`${demo.gateway}/api/v1/openapi.json`)).json();
    operations = Object.entries<Record<string, UncheckedJson>>(document.paths).flatMap(
      ([path, methods]) =>
        Object.entries(methods).map(([method, op]) => {
          const schema =
            op.requestBody?.content?.['application/json']?.schema ??
            op.requestBody?.content?.['application/x-www-form-urlencoded']?.schema;
          return {
            method: method.toUpperCase(),
            path,
            public: Array.isArray(op.security) && op.security.length === 0,
            bodyTypes: Object.keys(op.requestBody?.content ?? {}),
            query: (op.parameters ?? [])
              .filter((p: { in: string }) => p.in === 'query')
              .map((p: { name: string }) => p.name),
            bodyFields: Object.keys(schema?.properties ?? {}),
          };
        }),
    );
    for (const username of [
      'gaio.cesare',
      'luca.ferri',
      'paola.marini',
      'mario.rossi',
      'marco.neri',
      'anna.galli',
      'paolo.bruni',
    ])
      tokens[username] = (await passwordSession(demo.gateway, username)).token;
    for (const username of ['sara.colombo', 'giorgio.pelli'])
      tokens[username] = await spidToken(demo.gateway, demo.simulators.urls.spidIdp, username);
    const call = async (
      who: string,
      method: string,
      path: string,
      body?: unknown,
      status = 200,
    ) => {
      const sent = await send(
        who,
        method,
        path,
        body === undefined ? {} : { body: JSON.stringify(body), headers: jsonHeaders },
      );
      assert.equal(sent.status, status, `${method} ${path}: ${sent.text}`);
      return sent.text ? JSON.parse(sent.text) : undefined;
    };

    const cloud = (
      await call('luca.ferri', 'GET', '/api/v1/contracts?q=Sistema%20Cloud%20Toscana')
    ).items.find((c: { cig: string }) => c.cig === '7154112FF8');
    const prato = (await call('sara.colombo', 'GET', '/api/v1/agencies')).find(
      (a: { name: string }) => a.name === 'Comune di Prato',
    );
    const luca = (await call('sara.colombo', 'GET', '/api/v1/users')).find(
      (p: { fiscalCode: string }) => p.fiscalCode === 'FRRLCU68M20B354K',
    );
    const convention = (await call('luca.ferri', 'GET', '/api/v1/contracts?q=arredi')).items[0];
    await fetch(`${demo.gateway}/api/v1/supplier-registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Impresa in attesa S.r.l.',
        fiscalCode: '01234567897',
        pec: 'gare@pec.impresa.example',
        address: 'Via Roma 1, Firenze',
        referent: {
          fiscalCode: 'BNCLRA80A41D612H',
          givenName: 'Laura',
          familyName: 'Bianchi',
          email: 'laura.bianchi@impresa.example',
        },
      }),
    });
    const supplierRequest = (await call('mario.rossi', 'GET', '/api/v1/supplier-registrations'))
      .items[0];
    const announcement = await call(
      'mario.rossi',
      'POST',
      '/api/v1/announcements',
      { kind: 'comunicato', title: 'Proroga', body: 'Un comunicato informativo di prova.' },
      201,
    );
    const registration = await call(
      'sara.colombo',
      'POST',
      '/api/v1/registrations',
      {
        contractId: convention.id,
        puntoOrdinante: {
          fiscalCode: 'BNCGNN80A41D612B',
          givenName: 'Giovanna',
          familyName: 'Bianchi',
          email: 'giovanna.bianchi@comune.prato.it',
        },
      },
      201,
    );
    const client = await call(
      'sara.colombo',
      'POST',
      '/api/v1/api-clients',
      { name: 'Protocollo informatico di Prato', scopes: ['adhesions:read'] },
      201,
    );
    const pecMember = await call(
      'anna.galli',
      'POST',
      '/api/v1/pec/members',
      {
        givenName: 'Mario',
        familyName: 'Rossi',
        fiscalCode: 'RSSMRA80A01D612Y',
        registrationNumber: 'A-1',
        registeredOn: '2026-11-02',
        referenceEmail: 'mario.rossi@example.it',
      },
      201,
    );
    const pecBox = await call(
      'anna.galli',
      'POST',
      '/api/v1/pec/mailboxes',
      { memberId: pecMember.id },
      202,
    );
    const pecAnomaly = await call(
      'anna.galli',
      'POST',
      '/api/v1/pec/anomalies',
      { kind: 'mancante', description: 'Manca la casella di un iscritto.' },
      202,
    );
    const pecFile = new FormData();
    pecFile.append(
      'file',
      new Blob([`Bianchi;Laura;RSSMRA80A01D612Y;A-1;02/11/2026;laura@example.org;;`]),
      'iscritti.csv',
    );
    const pecImport = JSON.parse(
      (
        await send('anna.galli', 'POST', '/api/v1/pec/imports?formato=nuove-iscrizioni', {
          body: pecFile,
        })
      ).text,
    );
    const webhook = await call(
      'sara.colombo',
      'POST',
      '/api/v1/webhooks',
      { url: 'https://93.184.216.34/eventi', filters: [{ prefix: { type: 'ordering.' } }] },
      201,
    );
    const draft = await call(
      'gaio.cesare',
      'POST',
      '/api/v1/contracts',
      {
        kind: 'convenzione',
        title: 'Convenzione in bozza della Regione',
        description: 'Una convenzione non ancora pubblicata.',
        cig: 'Z010000045',
        cpv: ['09310000-5'],
        lots: [{ number: 1, title: 'Lotto unico', amountCents: 1_000_000_00 }],
        rup: { name: 'Gaio Giulio Cesare', fiscalCode: 'CSRGGL70A01D612B' },
        ceilingCents: 1_000_000_00,
        startDate: '2026-01-01',
        expiryDate: '2028-12-31',
        supplier: {
          name: 'Servizi Integrati S.p.A.',
          fiscalCode: '12345678903',
          pec: 'gare@pec.serviziintegrati.example',
        },
        documents: [{ title: 'Atto di adesione (modello)' }],
        rounds: [
          { title: 'Fase 0', documents: [{ name: 'Manifestazione di interesse', signed: true }] },
        ],
      },
      201,
    );
    const draftModel = new FormData();
    draftModel.append('file', new Blob([new Uint8Array(simplePdf('Modello'))]), 'modello.pdf');
    const attachedModel = await send(
      'gaio.cesare',
      'PUT',
      `/api/v1/contracts/${draft.id}/documents/0/file`,
      { body: draftModel },
    );
    assert.equal(attachedModel.status, 200, attachedModel.text);
    const adhesion = await call(
      'luca.ferri',
      'POST',
      `/api/v1/contracts/${cloud.id}/adhesions`,
      { ipotesi: 'A', amountCents: 5_000_00 },
      201,
    );
    pratoAdhesionId = adhesion.id;
    const signing = await demoSigning(demo.simulators.urls.qualifiedCa);
    const registrationModule = new FormData();
    registrationModule.append(
      'file',
      new Blob([new Uint8Array(await signing.sign(simplePdf('Modulo'), 'sara.colombo'))]),
      'modulo.pdf.p7m',
    );
    const attachedModule = await send(
      'sara.colombo',
      'PUT',
      `/api/v1/registrations/${registration.id}/module`,
      { body: registrationModule },
    );
    assert.equal(attachedModule.status, 200, attachedModule.text);
    const form = new FormData();
    form.append(
      'file',
      new Blob([
        new Uint8Array(await signing.sign(simplePdf('Manifestazione di interesse'), 'luca.ferri')),
      ]),
      'manifestazione.pdf.p7m',
    );
    const uploaded = await send(
      'luca.ferri',
      'PUT',
      `/api/v1/adhesions/${adhesion.id}/documents/0-1`,
      { body: form },
    );
    assert.equal(uploaded.status, 200, uploaded.text);
    const cigRequest = await call(
      'sara.colombo',
      'POST',
      '/api/v1/cig-requests',
      cigBody(5_000_00),
      201,
    );
    await call(
      'sara.colombo',
      'POST',
      `/api/v1/cig-requests/${cigRequest.id}/confirm`,
      undefined,
      202,
    );
    await waitFor(
      async () =>
        (await call('sara.colombo', 'GET', `/api/v1/cig-requests/${cigRequest.id}`)).status ===
        'confermato',
      20_000,
    );
    await call('sara.colombo', 'POST', `/api/v1/cig-requests/${cigRequest.id}/acquire`);
    const scheda = await call(
      'sara.colombo',
      'POST',
      `/api/v1/cig-requests/${cigRequest.id}/schede`,
      { code: 'ANN' },
      201,
    );
    const order = await pratoOrder(
      call,
      send,
      cloud.id,
      await demoSigning(demo.simulators.urls.qualifiedCa),
    );
    // An NSO document of the order, as NSO's delivery leaves it (this order is never approved).
    const nsoDocumentId = randomUUID();
    await dataSourcesOf(demo.platform)('ordering').query(
      `INSERT INTO nso_documents (id, order_id, kind, variant, nso_id, xml, sha256, status)
       VALUES ($1, $2, 'ordine', 'iniziale', $3, '<Order/>', '-', 'consegnato')`,
      [nsoDocumentId, order.id, `${order.id}#2026-12-07#UFG999`],
    );
    // Luca's inbox holds the notifications of his adhesion and order by now.
    const notification = (await waitFor(
      async () => (await call('luca.ferri', 'GET', '/api/v1/notifications')).items[0],
      10_000,
    )) as { id: string };
    // Prato is a party of the contract once notify has heard of its order.
    const thread = defined(
      await waitFor(async () => {
        const sent = await send(
          'luca.ferri',
          'POST',
          `/api/v1/contracts/${cloud.id}/communications`,
          {
            body: JSON.stringify({
              kind: 'chiarimento',
              to: { party: 'banditore' },
              subject: 'Riservato a Prato',
              body: 'Domanda',
            }),
            headers: jsonHeaders,
          },
        );
        return sent.status === 201 ? (JSON.parse(sent.text) as { id: string }) : undefined;
      }, 10_000),
    );
    const attachment = new FormData();
    attachment.append(
      'file',
      new Blob([new Uint8Array(simplePdf('Allegato riservato a Prato'))]),
      'allegato.pdf',
    );
    const attached = await send(
      'luca.ferri',
      'POST',
      `/api/v1/communications/${thread.id}/attachments`,
      { body: attachment },
    );
    assert.equal(attached.status, 201, attached.text);
    const attachedId = (
      await call('luca.ferri', 'GET', `/api/v1/communications/${thread.id}`)
    ).messages.at(-1).document.id as string;
    const payment = await call('sara.colombo', 'POST', '/api/v1/payments', {
      mandates: [
        {
          mandateNumber: '2026/0001',
          issuedOn: '2026-11-20',
          amountCents: 1_000_00,
          beneficiary: { name: 'Servizi Integrati S.p.A.' },
          cig: order.derivedCig,
        },
      ],
    });
    const mandate = (await call('sara.colombo', 'GET', '/api/v1/payments?verso=emessi')).find(
      (row: { mandateNumber: string }) => row.mandateNumber === '2026/0001',
    );
    assert.equal(payment.registered, 1);

    fixtures = [
      // An operator's request is the Gestore's to decide.
      {
        pattern: /^\/api\/v1\/supplier-registrations\/\{id\}/,
        values: { id: supplierRequest.id },
        owner: 'mario.rossi',
      },
      // A comunicato is the platform's: only the Gestore withdraws it.
      {
        pattern: /^\/api\/v1\/announcements\/\{id\}$/,
        values: { id: announcement.id },
        owner: 'mario.rossi',
      },
      // Registro delle operazioni: read by the owning agency's administrator.
      {
        pattern: /^\/api\/v1\/orders\/\{id\}\/audit$/,
        values: { id: order.id },
        owner: 'sara.colombo',
      },
      {
        pattern: /^\/api\/v1\/adhesions\/\{id\}\/audit$/,
        values: { id: adhesion.id },
        owner: 'sara.colombo',
      },
      {
        pattern: /^\/api\/v1\/communications\/\{id\}\/audit$/,
        values: { id: thread.id },
        owner: 'sara.colombo',
      },
      { pattern: /^\/api\/v1\/agencies\/\{id\}/, values: { id: prato.id }, owner: 'sara.colombo' },
      { pattern: /^\/api\/v1\/users\/\{id\}/, values: { id: luca.id }, owner: 'sara.colombo' },
      {
        pattern: /^\/api\/v1\/persons\/\{id\}/,
        values: { id: luca.personId },
        owner: 'mario.rossi',
      },
      {
        pattern: /^\/api\/v1\/registrations\/\{id\}/,
        values: { id: registration.id },
        owner: 'sara.colombo',
      },
      {
        pattern: /^\/api\/v1\/api-clients\/\{id\}/,
        values: { id: client.id },
        owner: 'sara.colombo',
      },
      // Each caller reads only its own standing on a contract (seed 000's registration).
      {
        pattern: /^\/api\/v1\/contracts\/\{contractId\}\/adhesions\/registration$/,
        values: { contractId: cloud.id },
        owner: 'luca.ferri',
      },
      // Adhesions are listed on a contract every agency may see: the list must not show Prato's.
      {
        pattern: /^\/api\/v1\/contracts\/\{contractId\}\/adhesions$/,
        method: 'GET',
        values: { contractId: cloud.id },
        owner: 'luca.ferri',
      },
      // Another agency that is no party of the contract sees no thread of it, and may not start one.
      {
        pattern: /^\/api\/v1\/contracts\/\{contractId\}\/communications$/,
        values: { contractId: cloud.id },
        owner: 'luca.ferri',
        secret: thread.id,
      },
      {
        pattern: /^\/api\/v1\/communications\/\{id\}/,
        values: { id: thread.id, documentId: attachedId },
        owner: 'luca.ferri',
      },
      {
        pattern: /^\/api\/v1\/contracts\/\{contractId\}\/adhesions$/,
        values: { contractId: draft.id },
        owner: 'gaio.cesare',
      },
      {
        pattern: /^\/api\/v1\/contracts\/\{id\}/,
        values: {
          id: draft.id,
          reference: 'riferimento-prova',
          clarificationId: randomUUID(),
          index: '0',
        },
        owner: 'gaio.cesare',
      },
      {
        pattern: /^\/api\/v1\/adhesions\/\{id\}/,
        values: {
          id: adhesion.id,
          requirementId: '0-1',
          documentId: JSON.parse(uploaded.text).id,
          round: '0',
        },
        owner: 'luca.ferri',
      },
      {
        pattern: /^\/api\/v1\/cig-requests\/\{id\}/,
        values: { id: cigRequest.id },
        owner: 'sara.colombo',
      },
      { pattern: /^\/api\/v1\/schede\/\{id\}/, values: { id: scheda.id }, owner: 'sara.colombo' },
      {
        pattern: /^\/api\/v1\/contracts\/\{contractId\}\/orders$/,
        method: 'GET',
        values: { contractId: cloud.id },
        owner: 'luca.ferri',
        secret: order.id,
      },
      {
        pattern: /^\/api\/v1\/contracts\/\{contractId\}\/orders$/,
        values: { contractId: draft.id },
        owner: 'gaio.cesare',
      },
      {
        pattern: /^\/api\/v1\/orders\/\{id\}\/payments$/,
        values: { id: order.id },
        owner: 'sara.colombo',
      },
      {
        pattern: /^\/api\/v1\/orders\/\{id\}\/nso-documents\/\{documentId\}$/,
        values: { id: order.id, documentId: nsoDocumentId },
        owner: 'luca.ferri',
      },
      {
        pattern: /^\/api\/v1\/orders\/\{id\}/,
        values: { id: order.id, requirementId: '1', documentId: order.documentId, kind: 'dpa' },
        owner: 'luca.ferri',
      },
      {
        pattern: /^\/api\/v1\/notifications\/\{id\}/,
        values: { id: notification.id },
        owner: 'luca.ferri',
      },
      {
        pattern: /^\/api\/v1\/payments\/\{id\}$/,
        values: { id: mandate.id },
        owner: 'sara.colombo',
      },
      {
        pattern: /^\/api\/v1\/webhooks\/\{id\}/,
        values: { id: webhook.id },
        owner: 'sara.colombo',
      },
      {
        pattern: /^\/api\/v1\/pec\/members\/\{id\}/,
        values: { id: pecMember.id },
        owner: 'anna.galli',
      },
      {
        pattern: /^\/api\/v1\/pec\/mailboxes\/\{id\}/,
        values: { id: pecBox.id },
        owner: 'anna.galli',
      },
      {
        pattern: /^\/api\/v1\/pec\/requests\/\{id\}/,
        values: { id: pecAnomaly.id },
        owner: 'anna.galli',
      },
      {
        pattern: /^\/api\/v1\/pec\/anomalies\/\{id\}/,
        values: { id: pecAnomaly.id },
        owner: 'anna.galli',
      },
      {
        pattern: /^\/api\/v1\/pec\/imports\/\{id\}/,
        values: { id: pecImport.id },
        owner: 'anna.galli',
      },
      // Without RabbitMQ no queue can be made; a subscription nobody has is still nobody else's.
      {
        pattern: /^\/api\/v1\/amqp-subscriptions\/\{id\}$/,
        values: { id: randomUUID() },
        owner: 'sara.colombo',
      },
      // The templates are the platform's, not an agency's: only the Gestore previews them.
      {
        pattern: /^\/api\/v1\/notification-templates\/\{key\}/,
        values: { key: 'adesione-inviata' },
        owner: 'mario.rossi',
      },
      // ANAC's code lists belong to no agency: every agency's people read them, nobody anonymous.
      {
        pattern: /^\/api\/v1\/code-lists\/\{list\}$/,
        values: { list: 'codIstat' },
        owner: 'sara.colombo',
        shared: true,
      },
    ];
  });
  after(() => demo.stop());

  test('when another agency calls any operation on a resource of Comune di Prato or a draft of Regione Toscana, then 403 or 404, and anonymously 401; a new route without a case fails here', async () => {
    const withParams = operations.filter((operation) => operation.path.includes('{'));
    const uncovered = withParams.filter((operation) => {
      const fixture = fixtureOf(operation);
      return (
        !fixture ||
        [...operation.path.matchAll(/\{(\w+)\}/g)].some(
          ([, name]) => !(defined(name) in fixture.values),
        )
      );
    });
    assert.deepEqual(
      uncovered.map((o) => `${o.method} ${o.path}`),
      [],
      'every operation with a path parameter has a resource of another agency to be tried on',
    );
    const leaks: string[] = [];
    for (const operation of withParams) {
      const fixture = defined(fixtureOf(operation));
      const path = fill(operation, fixture.values);
      const listed =
        operation.method === 'GET' && fixture.values.contractId && !operation.path.includes('{id}');
      // The Order's resources are also tried by another Order's administrator: the same role, another tenant.
      for (const intruder of [
        'paola.marini',
        'giorgio.pelli',
        ...(fixture.owner === 'anna.galli' ? ['paolo.bruni'] : []),
      ]) {
        const sent = await send(intruder, operation.method, path, bodyOf(operation));
        const hidden = !sent.text.includes(fixture.secret ?? pratoAdhesionId);
        const refused = fixture.shared
          ? sent.status === 200
          : listed
            ? sent.status === 200 && hidden
            : [403, 404].includes(sent.status);
        if (!refused)
          leaks.push(
            `${intruder} ${operation.method} ${path}: ${sent.status} ${sent.text.slice(0, 160)}`,
          );
      }
      const anonymous = await send('anonimo', operation.method, path, bodyOf(operation));
      if (anonymous.status !== (operation.public ? 404 : 401))
        leaks.push(`anonimo ${operation.method} ${path}: ${anonymous.status}`);
      if (operation.method === 'GET') {
        const owned = await send(fixture.owner, 'GET', path);
        if (owned.status !== 200)
          leaks.push(
            `the owner ${fixture.owner} cannot read ${path} (${owned.status}): the case proves nothing`,
          );
      }
    }
    assert.deepEqual(leaks, []);
  });

  test('when NUL bytes arrive in path, query and body of any operation, then a 400 names the field and no 5xx ever happens', async () => {
    const callers = [
      'anonimo',
      'gaio.cesare',
      'luca.ferri',
      'sara.colombo',
      'mario.rossi',
      'marco.neri',
      'anna.galli',
    ];
    const problems: string[] = [];
    for (const operation of operations) {
      const fixture = fixtureOf(operation)?.values ?? {};
      const variants: [string, string, { body?: BodyInit; headers?: Record<string, string> }][] =
        [];
      if (operation.path.includes('{'))
        variants.push(['path', operation.path.replace(/\{\w+\}/g, '%00'), {}]);
      if (operation.query.length)
        variants.push([
          'query',
          `${fill(operation, fixture)}?${operation.query.map((q) => `${q}=%00`).join('&')}`,
          {},
        ]);
      if (operation.bodyFields.length) {
        const poisoned = Object.fromEntries(
          operation.bodyFields.map((field) => [field, 'a\u0000b']),
        );
        const form = operation.bodyTypes.includes('application/json')
          ? { body: JSON.stringify(poisoned), headers: jsonHeaders }
          : {
              body: new URLSearchParams(poisoned).toString(),
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
            };
        variants.push(['body', fill(operation, fixture), form]);
      }
      for (const [where, path, init] of variants) {
        const statuses = await Promise.all(
          callers.map(async (who) => (await send(who, operation.method, path, init)).status),
        );
        if (statuses.some((status) => status >= 500))
          problems.push(`${operation.method} ${operation.path} (${where}): ${statuses.join(',')}`);
        else if (!statuses.includes(400))
          problems.push(
            `${operation.method} ${operation.path} (${where}): nobody reached validation (${statuses.join(',')})`,
          );
      }
    }
    assert.deepEqual(problems, []);
  });

  test('when a body is malformed JSON or of a type the operation does not read, then 400 or 415, never 5xx', async () => {
    const problems: string[] = [];
    for (const operation of operations.filter((o) => o.bodyTypes.length)) {
      const path = fill(operation, fixtureOf(operation)?.values ?? {});
      for (const who of ['anonimo', 'gaio.cesare', 'sara.colombo', 'luca.ferri']) {
        const malformed = await send(who, operation.method, path, {
          body: '{"ipotesi": "A", ',
          headers: jsonHeaders,
        });
        if (malformed.status !== 400)
          problems.push(
            `${who} ${operation.method} ${operation.path} malformed JSON: ${malformed.status}`,
          );
        const text = await send(who, operation.method, path, {
          body: 'ipotesi=A',
          headers: { 'content-type': 'text/plain' },
        });
        if (![401, 403, 415].includes(text.status))
          problems.push(`${who} ${operation.method} ${operation.path} text/plain: ${text.status}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});

type Call = (
  who: string,
  method: string,
  path: string,
  body?: unknown,
  status?: number,
) => Promise<UncheckedJson>;
type Send = (
  who: string,
  method: string,
  path: string,
  init?: { body?: BodyInit; headers?: Record<string, string> },
) => Promise<{ status: number; text: string }>;

/** An order of Comune di Prato with its CIG acquired and a document uploaded: every order route has something to be tried on. */
async function pratoOrder(call: Call, send: Send, contractId: string, signing: DemoSigning) {
  const adhesion = await call(
    'luca.ferri',
    'POST',
    `/api/v1/contracts/${contractId}/adhesions`,
    { ipotesi: 'A', amountCents: 2_000_00 },
    201,
  );
  const signed = async (text: string) =>
    new Blob([new Uint8Array(await signing.sign(simplePdf(text), 'luca.ferri'))]);
  const manifest = new FormData();
  manifest.append('file', await signed('Manifestazione di interesse'), 'manifestazione.pdf.p7m');
  assert.equal(
    (
      await send('luca.ferri', 'PUT', `/api/v1/adhesions/${adhesion.id}/documents/0-1`, {
        body: manifest,
      })
    ).status,
    200,
  );
  await call('luca.ferri', 'POST', `/api/v1/adhesions/${adhesion.id}/submit`);
  await call('gaio.cesare', 'POST', `/api/v1/adhesions/${adhesion.id}/rounds/0/approve`);
  // The ANAC gateway learns of the approval by event: the request waits for it, as the API's message says.
  const request = await waitFor(async () => {
    const sent = await send('luca.ferri', 'POST', '/api/v1/cig-requests', {
      body: JSON.stringify({ ...cigBody(1_000_00), adhesionId: adhesion.id }),
      headers: jsonHeaders,
    });
    return sent.status === 201 ? JSON.parse(sent.text) : undefined;
  }, 10_000);
  const order = await waitFor(async () => {
    const sent = await send('luca.ferri', 'POST', `/api/v1/contracts/${contractId}/orders`, {
      body: JSON.stringify({
        cigRequestId: request.id,
        adhesionId: adhesion.id,
        lines: [{ description: 'Canone', unitPriceCents: 1_000_00, quantity: 1 }],
      }),
      headers: jsonHeaders,
    });
    return sent.status === 201 ? JSON.parse(sent.text) : undefined;
  }, 10_000);
  await call('sara.colombo', 'POST', `/api/v1/orders/${order.id}/confirm-appalto`, undefined, 202);
  await waitFor(
    async () =>
      (await call('sara.colombo', 'GET', `/api/v1/orders/${order.id}`)).status ===
      'appalto-confermato'
        ? true
        : undefined,
    20_000,
  );
  await call('sara.colombo', 'POST', `/api/v1/orders/${order.id}/acquire-cig`, undefined, 202);
  const acquired = await waitFor(async () => {
    const current = await call('sara.colombo', 'GET', `/api/v1/orders/${order.id}`);
    return current.status === 'cig-acquisito' ? current : undefined;
  }, 20_000);
  const form = new FormData();
  form.append('file', await signed('Contratto attuativo'), 'contratto.pdf.p7m');
  const uploaded = await send('luca.ferri', 'PUT', `/api/v1/orders/${order.id}/documents/1`, {
    body: form,
  });
  assert.equal(uploaded.status, 200, uploaded.text);
  return {
    id: order.id as string,
    derivedCig: acquired.derivedCig as string,
    documentId: JSON.parse(uploaded.text).id as string,
  };
}

/** The text of a stream up to its first event, then the connection is closed. */
async function firstEvent(response: Response): Promise<string> {
  const reader = defined(response.body).pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  while (!/\nevent: [^\n]+\ndata: [^\n]*\n\n/.test(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += value;
  }
  await reader.cancel();
  return text;
}
