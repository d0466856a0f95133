import { Router, type Request, type Response } from 'express';
import { page, type PageTools, type WebDeps } from '../page.js';
import { action } from '../form.js';

const crumbs = (label?: string) => [{ label: 'Caselle PEC degli iscritti', ...(label ? { href: '/pec/iscritti' } : {}) }, ...(label ? [{ label }] : [])];
/** Empty fields of a form are absent, not blank: the API keeps what is not sent. */
const filled = (body: Record<string, unknown>, names: string[]) =>
  Object.fromEntries(names.filter((name) => typeof body[name] === 'string' && (body[name] as string).trim() !== '').map((name) => [name, (body[name] as string).trim()]));
const memberFields = ['givenName', 'familyName', 'fiscalCode', 'registrationNumber', 'registeredOn', 'address', 'phone', 'fax', 'referenceEmail'];
const contactFields = ['address', 'phone', 'fax', 'referenceEmail'];

/** Seed 004: the Order's panel — its members, whose PEC mailboxes it manages. */
export function pecPages(deps: WebDeps): Router {
  const router = Router();
  router.get('/pec/iscritti', page(deps, showMembers, { signedIn: true }));
  router.post('/pec/iscritti', action(deps, showMembers, async (req, { api }) => {
    const created = await api.post('/api/v1/pec/members', filled(req.body, memberFields));
    return `/pec/iscritti/${created.id}`;
  }));
  router.get('/pec/iscritti/:id', page(deps, showMember, { signedIn: true }));
  router.post('/pec/iscritti/:id', action(deps, showMember, async (req, { api }) => {
    await api.patch(`/api/v1/pec/members/${req.params.id}`, filled(req.body, contactFields));
    return `/pec/iscritti/${req.params.id}`;
  }));
  return router;
}

async function showMembers(req: Request, _res: Response, { api, show }: PageTools): Promise<void> {
  const q = typeof req.query.q === 'string' && req.query.q.trim() ? req.query.q.trim() : undefined;
  const members = await api.get(`/api/v1/pec/members${q ? `?q=${encodeURIComponent(q)}` : ''}`);
  show('pec/members', { title: 'Caselle PEC degli iscritti', section: 'amministrazione', breadcrumbs: crumbs(), members: members.items, q });
}

async function showMember(req: Request, _res: Response, { api, show }: PageTools): Promise<void> {
  const member = await api.get(`/api/v1/pec/members/${req.params.id}`);
  show('pec/member', { title: `${member.givenName} ${member.familyName}`, section: 'amministrazione', breadcrumbs: crumbs(`${member.givenName} ${member.familyName}`), member });
}
