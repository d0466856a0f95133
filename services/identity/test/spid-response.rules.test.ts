import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DOMParser } from '@xmldom/xmldom';
import { assertionXml, responseXml } from '@app/sim-spid-idp';
import { checkResponse, type ResponseContext } from '../src/login/spid/spid-response.rules.js';

const context: ResponseContext = {
  acsUrl: 'https://negozio.example/api/v1/auth/spid/acs',
  spEntityId: 'https://negozio.example/api/v1/auth/spid/metadata',
  idpEntityId: 'https://idp.example',
  requestId: '_req-1',
  requestInstant: new Date('2026-12-06T10:00:00Z'),
  requestedLevel: 2,
  now: new Date('2026-12-06T10:00:30Z'),
  skewMs: 3_000,
};

/** The IdP's answer, as the SPID simulator writes it, with the changes a case needs. */
function response(
  change: {
    level?: number;
    inResponseTo?: string;
    recipient?: string;
    issued?: Date;
    xml?: (xml: string) => string;
  } = {},
) {
  const facts = {
    idpEntityId: context.idpEntityId,
    spEntityId: context.spEntityId,
    acsUrl: context.acsUrl,
    inResponseTo: change.inResponseTo ?? context.requestId,
    level: change.level ?? 2,
    attributes: { fiscalNumber: 'TINIT-BRGLRZ80D58H501Q' },
    issueInstant: change.issued ?? new Date('2026-12-06T10:00:20Z'),
    ...(change.recipient ? { recipient: change.recipient } : {}),
  };
  const xml = responseXml(facts, assertionXml(facts));
  const root = new DOMParser().parseFromString(
    (change.xml ?? String)(xml),
    'text/xml',
  ).documentElement;
  assert.ok(root, 'the crafted Response parses');
  return root;
}

describe('the SPID rules on an IdP’s Response', () => {
  test('when the Response answers our request, at our ACS, in time, at the level asked, then nothing refuses it', () => {
    assert.equal(checkResponse(response(), context), undefined);
    assert.equal(checkResponse(response({ level: 3 }), context), undefined);
  });

  test('when it answers another request or goes to another address, then it is refused saying which', () => {
    assert.equal(
      checkResponse(response({ inResponseTo: '_other' }), context)?.refused,
      'Risposta SPID: non corrisponde alla richiesta di autenticazione (InResponseTo).',
    );
    assert.equal(
      checkResponse(response({ recipient: 'https://elsewhere.example/acs' }), context)?.refused,
      'Risposta SPID: è destinata a un altro indirizzo (Destination).',
    );
  });

  test('when it was issued before the request, or the level is lower than asked, then it is refused', () => {
    assert.equal(
      checkResponse(response({ issued: new Date('2026-12-06T09:59:00Z') }), context)?.refused,
      'Risposta SPID: emessa prima della richiesta di autenticazione.',
    );
    assert.equal(
      checkResponse(response({ level: 1 }), context)?.refused,
      'Autenticazione di livello 1 inferiore al livello 2 richiesto.',
    );
  });

  test('when the IdP reports SPID anomaly 22 (consent denied), then the person reads AgID’s reason and the number travels', () => {
    const denied = response({
      xml: (xml) =>
        xml.replace(
          '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>',
          '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Responder"/>' +
            '<samlp:StatusMessage>ErrorCode nr22</samlp:StatusMessage></samlp:Status>',
        ),
    });
    const verdict = checkResponse(denied, context);
    assert.equal(verdict?.anomaly, 22);
    assert.match(verdict?.refused ?? '', /negato il consenso/);
  });

  test('when the Response carries two assertions, then it is refused', () => {
    const twice = response({
      xml: (xml) => xml.replace(/(<saml:Assertion[\s\S]*<\/saml:Assertion>)/, '$1$1'),
    });
    assert.equal(
      checkResponse(twice, context)?.refused,
      "Risposta SPID: contiene più di un'asserzione.",
    );
  });
});
