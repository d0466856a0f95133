import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { postAcs, startIdentityWorld, type IdentityWorld } from './harness.js';
import { gaio } from './people.js';
import {
  craftedResponse,
  find,
  pendingRequest,
  remove,
  type Crafting,
} from './spid-crafted-response.js';
import { defined } from '@app/platform/errors';

const set = (name: string, attribute: string, value: string) => (root: Element) =>
  void (name === root.localName ? root : find(root, name)).setAttribute(attribute, value);
const unset = (name: string, attribute: string) => (root: Element) =>
  void (name === root.localName ? root : find(root, name)).removeAttribute(attribute);
const drop = (name: string) => (root: Element) => void remove(find(root, name));
const textOf = (name: string, value: string) => (root: Element) =>
  void (find(root, name).textContent = value);
const anomaly = (code: number) => (response: Element) => {
  const status = find(response, 'Status');
  while (status.firstChild) status.removeChild(status.firstChild);
  const doc = response.ownerDocument;
  const outer = doc.createElementNS('urn:oasis:names:tc:SAML:2.0:protocol', 'samlp:StatusCode');
  outer.setAttribute('Value', 'urn:oasis:names:tc:SAML:2.0:status:Responder');
  const inner = doc.createElementNS('urn:oasis:names:tc:SAML:2.0:protocol', 'samlp:StatusCode');
  inner.setAttribute('Value', 'urn:oasis:names:tc:SAML:2.0:status:AuthnFailed');
  outer.appendChild(inner);
  const message = doc.createElementNS(
    'urn:oasis:names:tc:SAML:2.0:protocol',
    'samlp:StatusMessage',
  );
  message.textContent = `ErrorCode nr${code}`;
  status.appendChild(outer);
  status.appendChild(message);
  remove(find(response, 'Assertion'));
};
const future = '2099-01-01T00:00:00Z';
const past = '2018-01-01T00:00:00Z';

/** Each case of AgID's response checks (numbers as in its validators), with the reason the person reads. */
const refusals: [string, Crafting, RegExp][] = [
  [
    '08/09 Response without ID',
    { response: (r) => r.setAttribute('ID', '') },
    /Risposta SPID: manca l'identificativo/,
  ],
  [
    '10 Response Version not 2.0',
    { response: set('Response', 'Version', '1.0') },
    /Risposta SPID: versione SAML diversa da 2.0/,
  ],
  [
    '11 Response IssueInstant empty',
    { response: set('Response', 'IssueInstant', '') },
    /Risposta SPID: manca l'attributo IssueInstant/,
  ],
  [
    '12 Response IssueInstant missing',
    { response: unset('Response', 'IssueInstant') },
    /Risposta SPID: manca l'attributo IssueInstant/,
  ],
  [
    '13 Response IssueInstant malformed',
    { response: set('Response', 'IssueInstant', '29/11/2026 10:00') },
    /Risposta SPID: IssueInstant non è una data/,
  ],
  [
    '14 Response issued before the request',
    { response: set('Response', 'IssueInstant', past) },
    /Risposta SPID: emessa prima della richiesta/,
  ],
  [
    '15 Response issued in the future',
    { response: set('Response', 'IssueInstant', future) },
    /Risposta SPID: emessa in un istante futuro/,
  ],
  [
    '16 Response InResponseTo empty',
    { response: set('Response', 'InResponseTo', '') },
    /richiesta di accesso in corso/,
  ],
  [
    '17 Response InResponseTo missing',
    { response: unset('Response', 'InResponseTo') },
    /richiesta di accesso in corso/,
  ],
  [
    '18 Response InResponseTo of another request',
    { response: set('Response', 'InResponseTo', '_inresponsetodiversodaidrequest') },
    /richiesta di accesso in corso/,
  ],
  [
    '19 Response Destination empty',
    { response: set('Response', 'Destination', '') },
    /manca la destinazione/,
  ],
  [
    '20 Response Destination missing',
    { response: unset('Response', 'Destination') },
    /manca la destinazione/,
  ],
  [
    '21 Response Destination not the ACS',
    { response: set('Response', 'Destination', 'https://altro.example/acs') },
    /altro indirizzo \(Destination\)/,
  ],
  ['22/23 Status missing', { response: drop('Status') }, /manca l'esito/],
  ['24 StatusCode missing', { response: drop('StatusCode') }, /manca l'esito/],
  [
    '26 StatusCode not Success',
    { response: set('StatusCode', 'Value', 'urn:oasis:names:tc:SAML:2.0:status:Requester') },
    /non ha autenticato la persona/,
  ],
  [
    '27 Response Issuer empty',
    {
      response: (r) =>
        void (defined(
          Array.from(r.childNodes).find((n) => (n as Element).localName === 'Issuer'),
        ).textContent = ''),
    },
    /Risposta SPID: manca l'emittente/,
  ],
  [
    '28 Response Issuer missing',
    {
      response: (r) =>
        void remove(
          Array.from(r.childNodes).find((n) => (n as Element).localName === 'Issuer') as Element,
        ),
    },
    /Risposta SPID: manca l'emittente/,
  ],
  [
    '29 Response Issuer not the IdP',
    {
      response: (r) =>
        void ((
          Array.from(r.childNodes).find((n) => (n as Element).localName === 'Issuer') as Element
        ).textContent = 'https://altro-idp.example'),
    },
    /Risposta SPID: l'emittente non è l'identity provider/,
  ],
  [
    '30 Response Issuer Format other',
    {
      response: (r) =>
        (
          Array.from(r.childNodes).find((n) => (n as Element).localName === 'Issuer') as Element
        ).setAttribute('Format', 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient'),
    },
    /Risposta SPID: l'emittente non ha il formato/,
  ],
  ['32 Assertion missing', { response: drop('Assertion') }, /manca l'asserzione/],
  [
    '33/34 Assertion without ID',
    { assertion: (a) => a.setAttribute('ID', '') },
    /Asserzione SPID: manca l'identificativo/,
  ],
  [
    '35 Assertion Version not 2.0',
    { assertion: set('Assertion', 'Version', '1.0') },
    /Asserzione SPID: versione SAML diversa/,
  ],
  [
    '36 Assertion IssueInstant empty',
    { assertion: set('Assertion', 'IssueInstant', '') },
    /Asserzione SPID: manca l'attributo IssueInstant/,
  ],
  [
    '37 Assertion IssueInstant missing',
    { assertion: unset('Assertion', 'IssueInstant') },
    /Asserzione SPID: manca l'attributo IssueInstant/,
  ],
  [
    '38 Assertion IssueInstant malformed',
    { assertion: set('Assertion', 'IssueInstant', '2026-13-45') },
    /Asserzione SPID: IssueInstant non è una data/,
  ],
  [
    '39 Assertion issued before the request',
    { assertion: set('Assertion', 'IssueInstant', past) },
    /Asserzione SPID: emessa prima della richiesta/,
  ],
  [
    '40 Assertion issued in the future',
    { assertion: set('Assertion', 'IssueInstant', future) },
    /Asserzione SPID: emessa in un istante futuro/,
  ],
  ['41/42 Subject missing', { assertion: drop('Subject') }, /manca il soggetto/],
  ['43 NameID empty', { assertion: textOf('NameID', '') }, /manca l'identificativo della persona/],
  ['44 NameID missing', { assertion: drop('NameID') }, /manca l'identificativo della persona/],
  ['45 NameID Format empty', { assertion: set('NameID', 'Format', '') }, /non è di tipo transient/],
  ['46 NameID Format missing', { assertion: unset('NameID', 'Format') }, /non è di tipo transient/],
  [
    '47 NameID Format persistent',
    { assertion: set('NameID', 'Format', 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent') },
    /non è di tipo transient/,
  ],
  ['48 NameQualifier empty', { assertion: set('NameID', 'NameQualifier', '') }, /NameQualifier/],
  ['49 NameQualifier missing', { assertion: unset('NameID', 'NameQualifier') }, /NameQualifier/],
  [
    '51/52 SubjectConfirmation missing',
    { assertion: drop('SubjectConfirmation') },
    /manca la conferma del soggetto/,
  ],
  [
    '53 SubjectConfirmation Method empty',
    { assertion: set('SubjectConfirmation', 'Method', '') },
    /non è di tipo bearer/,
  ],
  [
    '54 SubjectConfirmation Method missing',
    { assertion: unset('SubjectConfirmation', 'Method') },
    /non è di tipo bearer/,
  ],
  [
    '55 SubjectConfirmation Method other',
    {
      assertion: set(
        'SubjectConfirmation',
        'Method',
        'urn:oasis:names:tc:SAML:2.0:cm:holder-of-key',
      ),
    },
    /non è di tipo bearer/,
  ],
  [
    '56 SubjectConfirmationData missing',
    { assertion: drop('SubjectConfirmationData') },
    /mancano i dati di conferma/,
  ],
  [
    '57 Recipient empty',
    { assertion: set('SubjectConfirmationData', 'Recipient', '') },
    /manca il destinatario \(Recipient\)/,
  ],
  [
    '58 Recipient missing',
    { assertion: unset('SubjectConfirmationData', 'Recipient') },
    /manca il destinatario \(Recipient\)/,
  ],
  [
    '59 Recipient not the ACS',
    { assertion: set('SubjectConfirmationData', 'Recipient', 'https://altro.example/acs') },
    /altro indirizzo \(Recipient\)/,
  ],
  [
    '60 SubjectConfirmationData InResponseTo empty',
    { assertion: set('SubjectConfirmationData', 'InResponseTo', '') },
    /Asserzione SPID: non corrisponde alla richiesta/,
  ],
  [
    '61 SubjectConfirmationData InResponseTo missing',
    { assertion: unset('SubjectConfirmationData', 'InResponseTo') },
    /Asserzione SPID: non corrisponde alla richiesta/,
  ],
  [
    '62 SubjectConfirmationData InResponseTo other',
    { assertion: set('SubjectConfirmationData', 'InResponseTo', '_altra-richiesta') },
    /Asserzione SPID: non corrisponde alla richiesta/,
  ],
  [
    '63 SubjectConfirmationData NotOnOrAfter empty',
    { assertion: set('SubjectConfirmationData', 'NotOnOrAfter', '') },
    /SubjectConfirmationData\): manca l'attributo NotOnOrAfter/,
  ],
  [
    '64 SubjectConfirmationData NotOnOrAfter missing',
    { assertion: unset('SubjectConfirmationData', 'NotOnOrAfter') },
    /SubjectConfirmationData\): manca l'attributo NotOnOrAfter/,
  ],
  [
    '65 SubjectConfirmationData NotOnOrAfter malformed',
    { assertion: set('SubjectConfirmationData', 'NotOnOrAfter', 'domani') },
    /NotOnOrAfter non è una data/,
  ],
  [
    '66 SubjectConfirmationData NotOnOrAfter past',
    { assertion: set('SubjectConfirmationData', 'NotOnOrAfter', past) },
    /Asserzione SPID: è scaduta/,
  ],
  [
    '68 Assertion Issuer missing',
    {
      assertion: (a) =>
        void remove(
          Array.from(a.childNodes).find((n) => (n as Element).localName === 'Issuer') as Element,
        ),
    },
    /Asserzione SPID: manca l'emittente/,
  ],
  [
    '69 Assertion Issuer not the IdP',
    {
      assertion: (a) =>
        void ((
          Array.from(a.childNodes).find((n) => (n as Element).localName === 'Issuer') as Element
        ).textContent = 'https://altro-idp.example'),
    },
    /Asserzione SPID: l'emittente non è l'identity provider/,
  ],
  [
    '70 Assertion Issuer Format empty',
    {
      assertion: (a) =>
        (
          Array.from(a.childNodes).find((n) => (n as Element).localName === 'Issuer') as Element
        ).setAttribute('Format', ''),
    },
    /Asserzione SPID: l'emittente non ha il formato/,
  ],
  [
    '71 Assertion Issuer Format missing',
    {
      assertion: (a) =>
        (
          Array.from(a.childNodes).find((n) => (n as Element).localName === 'Issuer') as Element
        ).removeAttribute('Format'),
    },
    /Asserzione SPID: l'emittente non ha il formato/,
  ],
  [
    '72 Assertion Issuer Format other',
    {
      assertion: (a) =>
        (
          Array.from(a.childNodes).find((n) => (n as Element).localName === 'Issuer') as Element
        ).setAttribute('Format', 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient'),
    },
    /Asserzione SPID: l'emittente non ha il formato/,
  ],
  [
    '73/74 Conditions missing',
    { assertion: drop('Conditions') },
    /mancano le condizioni di validità/,
  ],
  [
    '75 Conditions NotBefore empty',
    { assertion: set('Conditions', 'NotBefore', '') },
    /Conditions\): manca l'attributo NotBefore/,
  ],
  [
    '76 Conditions NotBefore missing',
    { assertion: unset('Conditions', 'NotBefore') },
    /Conditions\): manca l'attributo NotBefore/,
  ],
  [
    '77 Conditions NotBefore malformed',
    { assertion: set('Conditions', 'NotBefore', 'ieri') },
    /NotBefore non è una data/,
  ],
  [
    '78 Conditions NotBefore in the future',
    { assertion: set('Conditions', 'NotBefore', future) },
    /non è ancora valida/,
  ],
  [
    '79 Conditions NotOnOrAfter empty',
    { assertion: set('Conditions', 'NotOnOrAfter', '') },
    /Conditions\): manca l'attributo NotOnOrAfter/,
  ],
  [
    '80 Conditions NotOnOrAfter missing',
    { assertion: unset('Conditions', 'NotOnOrAfter') },
    /Conditions\): manca l'attributo NotOnOrAfter/,
  ],
  [
    '81 Conditions NotOnOrAfter malformed',
    { assertion: set('Conditions', 'NotOnOrAfter', 'mai') },
    /NotOnOrAfter non è una data/,
  ],
  [
    '82 Conditions NotOnOrAfter past',
    { assertion: set('Conditions', 'NotOnOrAfter', past) },
    /Asserzione SPID: è scaduta/,
  ],
  [
    '83 AudienceRestriction missing',
    { assertion: drop('AudienceRestriction') },
    /AudienceRestriction/,
  ],
  [
    '85 Audience empty',
    { assertion: textOf('Audience', '') },
    /manca il service provider destinatario/,
  ],
  [
    '86 Audience missing',
    { assertion: drop('Audience') },
    /manca il service provider destinatario/,
  ],
  [
    '87 Audience another SP',
    { assertion: textOf('Audience', 'https://altro-sp.example/metadata') },
    /altro service provider/,
  ],
  ['88/89 AuthnStatement missing', { assertion: drop('AuthnStatement') }, /AuthnStatement/],
  ['90 AuthnContext missing', { assertion: drop('AuthnContext') }, /AuthnContext\)/],
  [
    '92 AuthnContextClassRef empty',
    { assertion: textOf('AuthnContextClassRef', '') },
    /manca il livello di autenticazione/,
  ],
  [
    '93 AuthnContextClassRef missing',
    { assertion: drop('AuthnContextClassRef') },
    /manca il livello di autenticazione/,
  ],
  [
    '97 AuthnContextClassRef of the old specification',
    { assertion: textOf('AuthnContextClassRef', 'urn:oasis:names:tc:SAML:2.0:ac:classes:SpidL1') },
    /livello di autenticazione SPID non è riconosciuto/,
  ],
  ['94 SpidL1 for a level-2 request', { level: 1 }, /livello 1 inferiore al livello 2/],
  [
    '98 AttributeStatement without Attribute',
    {
      assertion: (a) => {
        const s = find(a, 'AttributeStatement');
        while (s.firstChild) s.removeChild(s.firstChild);
      },
    },
    /elenco degli attributi è vuoto/,
  ],
  [
    '99 Attribute without Name',
    { assertion: unset('Attribute', 'Name') },
    /elenco degli attributi è vuoto o incompleto/,
  ],
  ['signature with SHA-1', { signatureAlgorithm: 'sha1' }, /SHA-1/],
];

const anomalies: [number, RegExp][] = [
  [19, /credenziali errate inserite ripetutamente/],
  [20, /credenziali del livello di sicurezza richiesto/],
  [21, /Tempo scaduto/],
  [22, /negato il consenso/],
  [23, /sospesa o revocata/],
  [25, /annullato l'autenticazione/],
];

describe('the SPID ACS refuses every response AgID’s rules refuse, saying why, and opens no session', () => {
  let world: IdentityWorld;
  before(async () => {
    world = await startIdentityWorld([gaio]);
  });
  after(() => world.stop());
  const sessions = async () =>
    (await world.service.deps.dataSource.query('SELECT count(*)::int AS n FROM login_sessions'))[0]
      .n as number;
  const answer = async (crafting: Crafting, level = 2) => {
    const requestId = await pendingRequest(world, level);
    return postAcs(world, {
      SAMLResponse: craftedResponse(world, requestId, gaio, crafting),
      RelayState: requestId,
    });
  };

  for (const [name, crafting, reason] of refusals) {
    test(`when the response has case ${name}, then it is refused and no session opens`, async () => {
      const before = await sessions();
      const response = await answer(crafting);
      const problem = await response.json();
      assert.equal(response.status, 401, JSON.stringify(problem));
      assert.equal(problem.code, 'SPID_RESPONSE_REFUSED');
      assert.match(problem.detail, reason);
      assert.equal(await sessions(), before);
    });
  }

  for (const [code, message] of anomalies) {
    test(`when the IdP answers ErrorCode nr${code}, then the person reads AgID's reason for anomaly ${code}`, async () => {
      const before = await sessions();
      const response = await answer({ response: anomaly(code) });
      assert.equal(response.status, 401);
      const problem = await response.json();
      assert.equal(problem.spidAnomaly, code);
      assert.match(problem.detail, message);
      assert.equal(await sessions(), before);
    });
  }

  test('when a browser gets an anomaly back from the IdP, then the access page shows the reason', async () => {
    const requestId = await pendingRequest(world);
    const page = await fetch(`${world.url}/api/v1/auth/spid/acs`, {
      method: 'POST',
      headers: { accept: 'text/html' },
      body: new URLSearchParams({
        SAMLResponse: craftedResponse(world, requestId, gaio, { response: anomaly(22) }),
        RelayState: requestId,
      }),
    });
    assert.equal(page.status, 401);
    const html = await page.text();
    assert.match(html, /role="alert"/);
    assert.match(
      html,
      /Hai negato il consenso all&#x27;invio dei tuoi dati|Hai negato il consenso all'invio dei tuoi dati/,
    );
  });

  for (const [name, crafting, level] of [
    ['a correct response', {}, 2],
    [
      '31 Response Issuer without Format',
      {
        response: (r: Element) =>
          (
            Array.from(r.childNodes).find((n) => (n as Element).localName === 'Issuer') as Element
          ).removeAttribute('Format'),
      },
      2,
    ],
    ['110 IssueInstant with milliseconds', {}, 2],
    ['96 SpidL3 for a level-2 request', { level: 3 }, 2],
  ] as [string, Crafting, number][]) {
    test(`when the response is ${name}, then the session opens`, async () => {
      const response = await answer(crafting, level);
      assert.equal(response.status, 200, await response.clone().text());
      assert.equal((await response.json()).person.fiscalCode, gaio.fiscalCode);
    });
  }

  test('when a refused response is followed by a correct one to the same request, then that is refused too: a request is answered once', async () => {
    const requestId = await pendingRequest(world);
    assert.equal(
      (
        await postAcs(world, {
          SAMLResponse: craftedResponse(world, requestId, gaio, {
            response: set('Response', 'Version', '1.0'),
          }),
          RelayState: requestId,
        })
      ).status,
      401,
    );
    const second = await postAcs(world, {
      SAMLResponse: craftedResponse(world, requestId, gaio),
      RelayState: requestId,
    });
    assert.equal(second.status, 401);
  });
});
