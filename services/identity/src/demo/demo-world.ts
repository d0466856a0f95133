import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { DataSource } from 'typeorm';
import { lockForTransaction } from '@app/platform/db';
import { roles } from '@app/roles';
import {
  agencyById,
  agencyKinds,
  registerAgency,
  type Agency,
} from '../agencies/agencies.service.js';
import * as agencyStore from '../agencies/agencies.store.js';
import * as passwords from '../login/password/password.store.js';
import * as profiles from '../profiles/profiles.store.js';
import { setPassword } from '../login/password/password.service.js';
import { checkFiscalCode } from '@app/italian-codes';
import { registerPerson } from '../persons/persons.service.js';
import { createProfile } from '../profiles/profiles.service.js';
import { defined } from '@app/platform/errors';

const agencyFile = z.array(
  z.object({
    name: z.string(),
    kind: z.enum(agencyKinds),
    fiscalCode: z.string(),
    ipaCode: z.string().optional(),
    ausaCode: z.string().optional(),
    ocpCode: z.string().optional(),
    pec: z.string().optional(),
    offices: z.array(z.string()).min(1),
  }),
);

export const identityFile = z.array(
  z.object({
    username: z.string(),
    password: z.string().min(12),
    fiscalCode: z.string().refine((cf) => checkFiscalCode(cf).valid, 'codice fiscale non valido'),
    displayName: z.string(),
    email: z.string().optional(),
    profiles: z.array(
      z.object({
        agency: z.string(),
        office: z.string().optional(),
        roles: z.array(z.enum(roles)).min(1),
      }),
    ),
  }),
);

export type DemoIdentity = z.output<typeof identityFile>[number];

export async function readDemoIdentities(path: string): Promise<DemoIdentity[]> {
  return identityFile.parse(JSON.parse(await readFile(path, 'utf8')));
}

/**
 * Loads the demo world (agencies, people, profiles, passwords) into the identity schema. It runs at
 * every start and adds only what is missing, so changes made while trying the platform survive.
 */
export async function seedDemoWorld(
  dataSource: DataSource,
  agenciesPath: string,
  identitiesPath: string,
): Promise<{ agencies: Agency[]; people: number }> {
  const agencies = agencyFile.parse(JSON.parse(await readFile(agenciesPath, 'utf8')));
  const identities = await readDemoIdentities(identitiesPath);
  return dataSource.transaction(async (manager) => {
    await lockForTransaction(manager, 'identity:demo-world');
    const agencyIds = new Map<string, string>();
    const seeded: Agency[] = [];
    for (const agency of agencies) {
      const existingId = await agencyStore.agencyIdWithFiscalCode(manager, agency.fiscalCode);
      const existing = existingId ? await agencyById(manager, existingId) : undefined;
      const stored = existing ?? (await registerAgency(manager, agency));
      agencyIds.set(agency.name, stored.id);
      seeded.push(stored);
    }
    for (const identity of identities) {
      const [givenName, ...family] = identity.displayName.split(' ');
      const person = await registerPerson(manager, {
        fiscalCode: identity.fiscalCode.toUpperCase(),
        givenName: defined(givenName),
        familyName: family.join(' '),
        email: identity.email ?? `${identity.username}@example.it`,
      });
      const credential = await passwords.credentialOfPerson(manager, person.id);
      if (!credential) await setPassword(manager, person.id, identity.username, identity.password);
      for (const profile of identity.profiles) {
        const agencyId = agencyIds.get(profile.agency);
        if (!agencyId)
          throw new Error(`demo identity ${identity.username}: unknown agency ${profile.agency}`);
        const officeId = profile.office
          ? ((await agencyStore.officeNamed(manager, agencyId, profile.office)) ?? null)
          : null;
        const wanted = { personId: person.id, agencyId, officeId, roles: profile.roles };
        if (!(await profiles.profileAt(manager, wanted))) await createProfile(manager, wanted);
      }
    }
    return { agencies: seeded, people: identities.length };
  });
}
