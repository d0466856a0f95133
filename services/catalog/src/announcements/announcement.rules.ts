import { z } from 'zod';
import { refuse, refusals } from '@app/platform/errors';

export type AnnouncementKind = 'comunicato' | 'avviso';

export interface Announcement {
  id: string;
  kind: AnnouncementKind;
  title: string;
  body: string;
  visibleFrom: string;
  visibleUntil: string | null;
  withdrawnAt: string | null;
}

export const announcementRefusals = refusals({
  ANNOUNCEMENT_WITHDRAWN: { status: 409, title: 'Già ritirato' },
});

/**
 * What the Gestore publishes: a «comunicato» stays in «Tutti i comunicati informativi»; an «avviso»
 * is the banner every page shows between its two times (from now when not given).
 */
export const newAnnouncementSchema = z
  .object({
    kind: z.enum(['comunicato', 'avviso'], { error: 'Tipo: comunicato o avviso.' }),
    title: z.string().trim().min(3, 'Il titolo è troppo corto.').max(200),
    body: z.string().trim().min(3, 'Il testo è troppo corto.').max(5_000),
    visibleFrom: z.iso.datetime({ offset: true, error: 'Data e ora non valide.' }).optional(),
    visibleUntil: z.iso.datetime({ offset: true, error: 'Data e ora non valide.' }).optional(),
  })
  .refine(
    (input) => !input.visibleFrom || !input.visibleUntil || input.visibleUntil > input.visibleFrom,
    { path: ['visibleUntil'], message: 'La fine deve seguire l’inizio.' },
  )
  .refine((input) => input.kind !== 'avviso' || input.visibleUntil, {
    path: ['visibleUntil'],
    message: 'Un avviso ha una fine: indica fino a quando mostrarlo.',
  });

export type NewAnnouncement = z.output<typeof newAnnouncementSchema>;

/** The banner's words, as seed 002 shows it: «Avviso - Si informa che …». */
export const bannerText = (announcement: Pick<Announcement, 'body'>) =>
  `Avviso - ${announcement.body}`;

export function checkNotWithdrawn(announcement: Pick<Announcement, 'withdrawnAt'>): void {
  if (announcement.withdrawnAt)
    throw refuse(
      announcementRefusals.ANNOUNCEMENT_WITHDRAWN,
      'Il comunicato è già stato ritirato.',
    );
}
