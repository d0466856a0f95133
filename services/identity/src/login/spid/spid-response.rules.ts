import { levelOf, type SpidLevel } from '../../sessions/levels.rules.js';
import { defined } from '@app/platform/errors';

export const samlAssertionNs = 'urn:oasis:names:tc:SAML:2.0:assertion';
export const samlProtocolNs = 'urn:oasis:names:tc:SAML:2.0:protocol';
export const entityFormat = 'urn:oasis:names:tc:SAML:2.0:nameid-format:entity';
const saml = samlAssertionNs;
const samlp = samlProtocolNs;

/**
 * The SPID technical rules' checks on an IdP's Response and its Assertion (AgID "Regole tecniche",
 * single-sign-on; the cases AgID's validators build), each with the message the person reads. Pure:
 * the signature is node-saml's job; this only ever refuses.
 */
export interface ResponseContext {
  acsUrl: string;
  spEntityId: string;
  idpEntityId: string;
  requestId: string;
  requestInstant: Date;
  requestedLevel: SpidLevel;
  now: Date;
  skewMs: number;
}

export type Verdict = { refused: string; anomaly?: number } | undefined;

const transient = 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient';
const bearer = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';
const success = 'urn:oasis:names:tc:SAML:2.0:status:Success';
const dsNs = 'http://www.w3.org/2000/09/xmldsig#';
// xs:dateTime in UTC, optionally with fractions of a second (AgID's case 110 accepts milliseconds).
const utcDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

const elements = (parent: Element, ns: string, name: string): Element[] =>
  Array.from(parent.childNodes).filter(
    (n): n is Element =>
      n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === name,
  );
const child = (parent: Element | undefined, ns: string, name: string): Element | undefined =>
  parent ? elements(parent, ns, name)[0] : undefined;
const attr = (element: Element | undefined, name: string): string =>
  element?.hasAttribute(name) ? (element.getAttribute(name) ?? '') : '';
const text = (element: Element | undefined) => element?.textContent?.trim() ?? '';
const refuse = (refused: string, anomaly?: number): Verdict => ({ refused, anomaly });

/** An instant attribute: present, an xs:dateTime in UTC, and a real date. */
function instant(element: Element | undefined, name: string, what: string): Date | string {
  const value = attr(element, name);
  if (!value) return `${what}: manca l'attributo ${name}.`;
  const date = new Date(value);
  if (!utcDateTime.test(value) || Number.isNaN(date.getTime()))
    return `${what}: ${name} non è una data e ora nel formato previsto.`;
  return date;
}

/** Response and Assertion were issued after our request and not in the future. */
function issuedInWindow(element: Element, what: string, c: ResponseContext): string | undefined {
  const issued = instant(element, 'IssueInstant', what);
  if (typeof issued === 'string') return issued;
  if (issued.getTime() < c.requestInstant.getTime() - c.skewMs)
    return `${what}: emessa prima della richiesta di autenticazione.`;
  if (issued.getTime() > c.now.getTime() + c.skewMs) return `${what}: emessa in un istante futuro.`;
  return undefined;
}

function checkIssuer(
  issuer: Element | undefined,
  what: string,
  c: ResponseContext,
  formatRequired: boolean,
): string | undefined {
  if (!issuer || !text(issuer)) return `${what}: manca l'emittente (Issuer).`;
  if (text(issuer) !== c.idpEntityId)
    return `${what}: l'emittente non è l'identity provider a cui è stata inviata la richiesta.`;
  const format = issuer.hasAttribute('Format') ? issuer.getAttribute('Format') : undefined;
  if (formatRequired ? format !== entityFormat : format !== undefined && format !== entityFormat)
    return `${what}: l'emittente non ha il formato previsto (entity).`;
  return undefined;
}

export function checkResponse(response: Element, c: ResponseContext): Verdict {
  const what = 'Risposta SPID';
  if (!attr(response, 'ID')) return refuse(`${what}: manca l'identificativo (ID).`);
  if (response.getAttribute('Version') !== '2.0')
    return refuse(`${what}: versione SAML diversa da 2.0.`);
  const window = issuedInWindow(response, what, c);
  if (window) return refuse(window);
  if (attr(response, 'InResponseTo') !== c.requestId)
    return refuse(`${what}: non corrisponde alla richiesta di autenticazione (InResponseTo).`);
  if (!attr(response, 'Destination'))
    return refuse(`${what}: manca la destinazione (Destination).`);
  if (attr(response, 'Destination') !== c.acsUrl)
    return refuse(`${what}: è destinata a un altro indirizzo (Destination).`);
  const status = checkStatus(response);
  if (status) return status;
  const issuer = checkIssuer(child(response, saml, 'Issuer'), what, c, false);
  if (issuer) return refuse(issuer);
  const weak = weakSignature(response);
  if (weak) return refuse(weak);
  const assertions = elements(response, saml, 'Assertion');
  if (assertions.length !== 1)
    return refuse(
      assertions.length
        ? `${what}: contiene più di un'asserzione.`
        : `${what}: manca l'asserzione.`,
    );
  return checkAssertion(defined(assertions[0]), c);
}

/**
 * A Status other than Success ends the login; SPID's user anomalies (nr19–nr25) get AgID's reason.
 */
function checkStatus(response: Element): Verdict {
  const status = child(response, samlp, 'Status');
  const code = child(status, samlp, 'StatusCode');
  if (!status || !code || !attr(code, 'Value'))
    return refuse("Risposta SPID: manca l'esito dell'autenticazione (Status).");
  if (code.getAttribute('Value') === success) return undefined;
  const anomaly = Number(
    /ErrorCode nr(\d+)/.exec(text(child(status, samlp, 'StatusMessage')))?.[1],
  );
  return refuse(
    anomalyMessages[anomaly] ?? "L'identity provider non ha autenticato la persona.",
    anomalyMessages[anomaly] ? anomaly : undefined,
  );
}

/**
 * What the person reads for each user anomaly of the SPID rules' error table; the IdP already told
 * them, the service says it again in its own page.
 */
export const anomalyMessages: Record<number, string> = {
  19:
    'Autenticazione non riuscita: credenziali errate inserite ripetutamente, ' +
    'oltre il numero di tentativi consentito (anomalia SPID 19).',
  20:
    'La tua identità SPID non ha credenziali del livello di sicurezza ' +
    'richiesto da questo servizio (anomalia SPID 20).',
  21: "Tempo scaduto durante l'autenticazione: ripeti l'accesso (anomalia SPID 21).",
  22: "Hai negato il consenso all'invio dei tuoi dati a questo servizio (anomalia SPID 22).",
  23:
    'La tua identità SPID è sospesa o revocata, oppure le credenziali sono ' +
    'bloccate: rivolgiti al tuo gestore di identità (anomalia SPID 23).',
  25: "Hai annullato l'autenticazione (anomalia SPID 25).",
};

function checkAssertion(assertion: Element, c: ResponseContext): Verdict {
  const what = 'Asserzione SPID';
  if (!attr(assertion, 'ID')) return refuse(`${what}: manca l'identificativo (ID).`);
  if (assertion.getAttribute('Version') !== '2.0')
    return refuse(`${what}: versione SAML diversa da 2.0.`);
  const problem =
    issuedInWindow(assertion, what, c) ??
    checkSubject(child(assertion, saml, 'Subject'), what, c) ??
    checkIssuer(child(assertion, saml, 'Issuer'), what, c, true) ??
    checkConditions(child(assertion, saml, 'Conditions'), what, c) ??
    checkAuthnStatement(child(assertion, saml, 'AuthnStatement'), what, c) ??
    checkAttributes(assertion, what);
  return problem ? refuse(problem) : undefined;
}

function checkSubject(
  subject: Element | undefined,
  what: string,
  c: ResponseContext,
): string | undefined {
  if (!subject) return `${what}: manca il soggetto (Subject).`;
  const nameId = child(subject, saml, 'NameID');
  if (!nameId || !text(nameId)) return `${what}: manca l'identificativo della persona (NameID).`;
  if (nameId.getAttribute('Format') !== transient)
    return `${what}: l'identificativo della persona non è di tipo transient.`;
  if (!attr(nameId, 'NameQualifier'))
    return `${what}: l'identificativo della persona non riporta il NameQualifier.`;
  const confirmation = child(subject, saml, 'SubjectConfirmation');
  if (!confirmation) return `${what}: manca la conferma del soggetto (SubjectConfirmation).`;
  if (confirmation.getAttribute('Method') !== bearer)
    return `${what}: la conferma del soggetto non è di tipo bearer.`;
  const data = child(confirmation, saml, 'SubjectConfirmationData');
  if (!data) return `${what}: mancano i dati di conferma del soggetto (SubjectConfirmationData).`;
  if (!attr(data, 'Recipient')) return `${what}: manca il destinatario (Recipient).`;
  if (attr(data, 'Recipient') !== c.acsUrl)
    return `${what}: è destinata a un altro indirizzo (Recipient).`;
  if (attr(data, 'InResponseTo') !== c.requestId)
    return `${what}: non corrisponde alla richiesta di autenticazione (InResponseTo).`;
  const until = instant(data, 'NotOnOrAfter', `${what} (SubjectConfirmationData)`);
  if (typeof until === 'string') return until;
  if (until.getTime() <= c.now.getTime() - c.skewMs) return `${what}: è scaduta.`;
  return undefined;
}

function checkConditions(
  conditions: Element | undefined,
  what: string,
  c: ResponseContext,
): string | undefined {
  if (!conditions) return `${what}: mancano le condizioni di validità (Conditions).`;
  const from = instant(conditions, 'NotBefore', `${what} (Conditions)`);
  if (typeof from === 'string') return from;
  if (from.getTime() > c.now.getTime() + c.skewMs) return `${what}: non è ancora valida.`;
  const until = instant(conditions, 'NotOnOrAfter', `${what} (Conditions)`);
  if (typeof until === 'string') return until;
  if (until.getTime() <= c.now.getTime() - c.skewMs) return `${what}: è scaduta.`;
  const restriction = child(conditions, saml, 'AudienceRestriction');
  if (!restriction) return `${what}: manca la restrizione sul destinatario (AudienceRestriction).`;
  const audience = child(restriction, saml, 'Audience');
  if (!audience || !text(audience))
    return `${what}: manca il service provider destinatario (Audience).`;
  if (text(audience) !== c.spEntityId)
    return `${what}: è destinata a un altro service provider (Audience).`;
  return undefined;
}

function checkAuthnStatement(
  statement: Element | undefined,
  what: string,
  c: ResponseContext,
): string | undefined {
  if (!statement) return `${what}: manca la dichiarazione di autenticazione (AuthnStatement).`;
  const context = child(statement, saml, 'AuthnContext');
  if (!context) return `${what}: manca il contesto di autenticazione (AuthnContext).`;
  const classRef = child(context, saml, 'AuthnContextClassRef');
  if (!classRef || !text(classRef))
    return `${what}: manca il livello di autenticazione (AuthnContextClassRef).`;
  const level = levelOf(text(classRef));
  if (!level) return `${what}: il livello di autenticazione SPID non è riconosciuto.`;
  // The IdP may authenticate at a higher level than asked, never at a lower one.
  if (level < c.requestedLevel)
    return `Autenticazione di livello ${level} inferiore al livello ${c.requestedLevel} richiesto.`;
  return undefined;
}

function checkAttributes(assertion: Element, what: string): string | undefined {
  const statement = child(assertion, saml, 'AttributeStatement');
  if (!statement) return undefined;
  const attributes = elements(statement, saml, 'Attribute');
  if (attributes.length === 0 || attributes.some((a) => !attr(a, 'Name')))
    return `${what}: l'elenco degli attributi è vuoto o incompleto.`;
  return undefined;
}

/** SPID asks for SHA-256 or stronger: a signature with SHA-1 anywhere is refused. */
function weakSignature(response: Element): string | undefined {
  const algorithms = ['SignatureMethod', 'DigestMethod'].flatMap((name) =>
    Array.from(response.getElementsByTagNameNS(dsNs, name)).map(
      (e) => e.getAttribute('Algorithm') ?? '',
    ),
  );
  return algorithms.some((a) => /sha1$/i.test(a))
    ? 'Risposta SPID: firmata con un algoritmo non ammesso (SHA-1).'
    : undefined;
}
