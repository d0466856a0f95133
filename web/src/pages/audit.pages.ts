import { Router, type Request, type Response } from 'express';
import { itemsOf, type ListOrPage } from '../answers.js';
import { page, type PageTools, type WebDeps } from '../page.js';

interface AuditLine {
  at: string;
  action: string;
  actionLabel: string;
  agencyId: string | null;
  person: string | null;
  profile: string | null;
  authMethod: string | null;
  ip?: string | null;
}

/**
 * The entities whose Registro delle operazioni an administrator reads, and where they live. A
 * thread is not read for its subject: reading it would mark it read for the administrator.
 */
const trails: Trail[] = [
  { path: '/ordini', api: 'orders', name: 'Ordinativo', field: 'code' },
  { path: '/adesioni', api: 'adhesions', name: 'Adesione', field: 'code' },
  { path: '/contratti', api: 'contracts', name: 'Contratto', field: 'title' },
  { path: '/comunicazioni', api: 'communications', name: 'Comunicazione' },
];

interface Trail {
  path: string;
  api: string;
  name: string;
  field?: string;
}

const accessLabels: Record<string, string> = {
  spid: 'SPID',
  cie: 'CIE',
  cns: 'CNS',
  password: 'Password',
  client: 'Sistema partner',
};

/**
 * «Registro delle operazioni»: every audited change of an order, adhesion, contract or thread, for
 * the administrator of an agency that may see it (the API decides who).
 */
export function auditPages(deps: WebDeps): Router {
  const router = Router();
  for (const trail of trails)
    router.get(`${trail.path}/:id/registro`, page(deps, showTrail(trail), { signedIn: true }));
  return router;
}

type People = ListOrPage<{ id: string; personId: string; displayName: string }>;

function showTrail(trail: Trail) {
  return async (req: Request, _res: Response, { api, me, show }: PageTools): Promise<void> => {
    const id = String(req.params.id);
    const [entity, lines, users] = await Promise.all([
      trail.field ? api.get<Record<string, string>>(`/api/v1/${trail.api}/${id}`) : undefined,
      api.get<AuditLine[]>(`/api/v1/${trail.api}/${id}/audit`),
      api.get<People>('/api/v1/users').catch(() => undefined),
    ]);
    const named = new Map(
      (itemsOf(users) ?? []).flatMap((user) => [
        [user.id, user.displayName],
        [user.personId, user.displayName],
      ]),
    );
    const own = me?.selectedProfile?.agency;
    const label = `${trail.name} ${trail.field ? (entity?.[trail.field] ?? '') : ''}`.trim();
    show('audit/trail', {
      title: `Registro delle operazioni — ${label}`,
      section: trail.api === 'contracts' ? 'contratti' : 'amministrazione',
      entityLabel: label,
      back: `${trail.path}/${id}`,
      lines: lines.map((line) => ({
        ...line,
        who:
          named.get(line.profile ?? '') ??
          named.get(line.person ?? '') ??
          (line.person ? 'Persona di un altro ente' : 'Piattaforma'),
        agency:
          line.agencyId === null
            ? 'Piattaforma'
            : line.agencyId === own?.id
              ? own.name
              : 'Altro ente',
        access: accessLabels[line.authMethod ?? ''] ?? '—',
      })),
      breadcrumbs: [{ label, href: `${trail.path}/${id}` }, { label: 'Registro delle operazioni' }],
    });
  };
}
