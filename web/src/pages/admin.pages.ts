import { Router, type Request, type Response } from 'express';
import { type ListOrPage, itemsOf } from '../answers.js';
import { roleLabels } from '@app/roles';
import { partnerScopes } from '@app/events';
import { page, type PageTools, type WebDeps } from '../page.js';
import { action } from '../form.js';
import { fileForm } from '../upload.js';
import { offers } from './roles.js';
import { passFile } from './adhesion.pages.js';

const roleChoices = Object.entries(roleLabels)
  .filter(([role]) => role !== 'gestore-piattaforma')
  .map(([code, label]) => ({ code, label }));
const list = (value: unknown) => [value ?? []].flat().map(String);

const amministrazionePage = (deps: WebDeps) => page(deps, showAdministration, { signedIn: true });

const amministrazioneUtentiAction = (deps: WebDeps) =>
  action(deps, showAdministration, async (req, { api }) => {
    const { fiscalCode, givenName, familyName, email } = req.body;
    await api.post('/api/v1/users', {
      fiscalCode,
      givenName,
      familyName,
      ...(email ? { email } : {}),
      roles: list(req.body.roles),
    });
    return '/amministrazione#utenti';
  });

const amministrazioneUtentiRuoliAction = (deps: WebDeps) =>
  action(deps, showAdministration, async (req, { api }) => {
    await api.putJson(`/api/v1/users/${req.params.id}/roles`, { roles: list(req.body.roles) });
    return '/amministrazione#utenti';
  });

const amministrazioneUtentiDisabilitaAction = (deps: WebDeps) =>
  action(deps, showAdministration, async (req, { api }) => {
    await api.post(`/api/v1/users/${req.params.id}/disable`);
    return '/amministrazione#utenti';
  });

const amministrazioneRegistrazioniAction = (deps: WebDeps) =>
  action(deps, showAdministration, async (req, { api }) => {
    const body = req.body as Record<string, unknown>;
    const assistente = registeredPerson(body, 'assistente');
    const puntoOrdinante = registeredPerson(body, 'puntoOrdinante');
    await api.post('/api/v1/registrations', {
      contractId: body.contractId,
      // Left blank: seed 000's «Richiesta nuove utenze» of an agency already registered.
      ...(puntoOrdinante ? { puntoOrdinante } : {}),
      puntiRichiedenti: [0, 1, 2]
        .map((row) => registeredPerson(body, `puntiRichiedenti.${row}`))
        .filter((person) => person !== undefined),
      ...(assistente ? { assistente } : {}),
    });
    return '/amministrazione#registrazioni';
  });

/**
 * A person of seed 000's registration form, its fields named as the API's paths (so each message
 * sits beside its field); a row left blank is no person.
 */
function registeredPerson(body: Record<string, unknown>, prefix: string) {
  const fields = ['fiscalCode', 'givenName', 'familyName', 'email'] as const;
  const person = Object.fromEntries(
    fields.map((field) => {
      const value = body[`${prefix}.${field}`];
      return [field, typeof value === 'string' ? value.trim() : ''];
    }),
  );
  return Object.values(person).some(Boolean) ? person : undefined;
}

interface RegistrationRow {
  contractId: string;
  status: string;
  kind?: string;
  users?: { givenName: string; familyName: string; role: string }[];
}

const registrationStatuses: Record<string, string> = {
  'in-attesa': 'In attesa',
  approvata: 'Approvata',
  respinta: 'Respinta',
};

/** Seed 000's names of the people a registration enables. */
const registrationRoles: Record<string, string> = {
  'punto-ordinante': 'Punto Ordinante',
  'punto-richiedente': 'Punto Richiedente',
  'assistente-punto-ordinante': 'Assistente del Punto Ordinante',
};

const registrazioneDecisioneAction = (deps: WebDeps) =>
  action(deps, showAdministration, async (req, { api }) => {
    const decision = req.params.decision === 'approva' ? 'approve' : 'reject';
    await api.post(
      `/api/v1/registrations/${req.params.id}/${decision}`,
      decision === 'reject' ? { reason: req.body.reason } : {},
    );
    return '/amministrazione#registrazioni';
  });

const amministrazioneSistemiPartnerAction = (deps: WebDeps) =>
  action(deps, showAdministration, async (req, tools) => {
    const created = await tools.api.post('/api/v1/api-clients', {
      name: req.body.name,
      scopes: list(req.body.scopes),
    });
    // The secret is shown once, on this answer only: never kept by the portal, never in a URL.
    const show: PageTools['show'] = (view, context) =>
      tools.show(view, { ...context, createdClient: created });
    await showAdministration(req, undefined as never, { ...tools, show });
  });

/** Electronic orders through NSO: the agency's Codice Univoco Ufficio, and on or off. */
const amministrazioneNsoAction = (deps: WebDeps) =>
  action(deps, showAdministration, async (req, { api }) => {
    await api.putJson('/api/v1/nso/settings', {
      officeCode: String(req.body.officeCode ?? ''),
      enabled: req.body.enabled === 'si',
    });
    return '/amministrazione?nso=salvato#nso';
  });

const amministrazioneSistemiPartnerDisabilitaAction = (deps: WebDeps) =>
  action(deps, showAdministration, async (req, { api }) => {
    await api.post(`/api/v1/api-clients/${req.params.id}/disable`);
    return '/amministrazione#sistemi-partner';
  });

/** The agency's administration: users and roles, registrations to the platform, partner clients. */
export function adminPages(deps: WebDeps): Router {
  const router = Router();
  router.get('/amministrazione', amministrazionePage(deps));
  router.post('/amministrazione/utenti', amministrazioneUtentiAction(deps));
  router.post('/amministrazione/utenti/:id/ruoli', amministrazioneUtentiRuoliAction(deps));
  router.post(
    '/amministrazione/utenti/:id/disabilita',
    amministrazioneUtentiDisabilitaAction(deps),
  );
  router.post('/amministrazione/registrazioni', amministrazioneRegistrazioniAction(deps));
  router.post(
    '/amministrazione/indirizzario/:id/:decision',
    action(deps, showAdministration, async (req, { api }) => {
      const approve = req.params.decision === 'approva';
      await api.post(
        `/api/v1/supplier-registrations/${req.params.id}/${approve ? 'approve' : 'reject'}`,
        approve ? {} : { reason: req.body.reason },
      );
      return '/amministrazione#indirizzario';
    }),
  );
  router.post(
    '/amministrazione/registrazioni/:id/modulo',
    action(deps, showAdministration, async (req, { api }) => {
      await api.put(`/api/v1/registrations/${req.params.id}/module`, fileForm(req));
      return '/amministrazione#registrazioni';
    }),
  );
  router.get(
    '/amministrazione/registrazioni/:id/modulo',
    passFile(deps, (req) => `/api/v1/registrations/${req.params.id}/module`),
  );
  router.post('/amministrazione/registrazioni/:id/:decision', registrazioneDecisioneAction(deps));
  router.post('/amministrazione/sistemi-partner', amministrazioneSistemiPartnerAction(deps));
  router.post('/amministrazione/nso', amministrazioneNsoAction(deps));
  router.post(
    '/amministrazione/sistemi-partner/:id/disabilita',
    amministrazioneSistemiPartnerDisabilitaAction(deps),
  );
  return router;
}

async function showAdministration(
  _req: Request,
  _res: Response,
  { api, me, callable, show }: PageTools,
): Promise<void> {
  // Each section shows what the person's roles let the API answer; the rest says it is not theirs.
  const optional = <T = unknown>(path: string) =>
    api.get<ListOrPage<T>>(path).catch(() => undefined);
  const [users, registrations, clients, contracts, suppliers, nso] = await Promise.all([
    optional('/api/v1/users'),
    optional<RegistrationRow>('/api/v1/registrations'),
    optional('/api/v1/api-clients'),
    optional<{ id: string; title: string }>('/api/v1/contracts?kind=convenzione&pageSize=100'),
    // The Gestore's alone: «Registrazione indirizzario» of the economic operators.
    optional('/api/v1/supplier-registrations'),
    // The agency's administrator's alone: electronic orders through NSO.
    api.get('/api/v1/nso/settings').catch(() => undefined),
  ]);
  show('admin/administration', {
    title: 'Amministrazione',
    section: 'amministrazione',
    suppliers: itemsOf(suppliers),
    nso,
    breadcrumbs: [{ label: 'Amministrazione' }],
    users: itemsOf(users),
    registrations: itemsOf(registrations)?.map((registration) => ({
      ...registration,
      statusLabel: registrationStatuses[registration.status] ?? registration.status,
      kindLabel: registration.kind === 'nuove-utenze' ? 'Richiesta nuove utenze' : 'Registrazione',
      convention: (itemsOf(contracts) ?? []).find((c) => c.id === registration.contractId)?.title,
      people: registration.users?.map(
        (user) =>
          `${user.givenName} ${user.familyName} (${registrationRoles[user.role] ?? user.role})`,
      ),
    })),
    registrationRows: [0, 1, 2].map((row) => ({
      number: row + 1,
      prefix: `puntiRichiedenti.${row}`,
      id: `reg-pr${row}`,
    })),
    clients: itemsOf(clients),
    roleChoices,
    conventions: itemsOf(contracts) ?? [],
    can: offers(me, callable),
    scopes: Object.entries(partnerScopes).map(([code, label]) => ({ code, label })),
  });
}
