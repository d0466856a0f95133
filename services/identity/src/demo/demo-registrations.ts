import type { DataSource, EntityManager } from 'typeorm';
import type { ProfileView } from '../profiles/profiles.rules.js';
import { lockForTransaction } from '@app/platform/db';
import { activeProfilesWithRole } from '../profiles/profiles.store.js';
import * as registrations from '../registrations/registration.store.js';

export interface DemoRegistration {
  registrationId: string;
  agencyId: string;
  contractId: string;
  fiscalCodes: string[];
}

/**
 * Seed 000 in the demo world: each agency's Punto Ordinante registered to every demo convention,
 * as if the Gestore had approved the signed module. Loaded again, it adds nothing.
 */
export function seedDemoRegistrations(
  dataSource: DataSource,
  conventionIds: string[],
): Promise<DemoRegistration[]> {
  return dataSource.transaction(async (manager) => {
    await lockForTransaction(manager, 'identity:demo-registrations');
    const seeded: DemoRegistration[] = [];
    for (const profile of await activeProfilesWithRole(manager, 'punto-ordinante'))
      for (const contractId of conventionIds) {
        const agencyId = profile.agency.id;
        const registrationId =
          (await registrations.approvedFor(manager, agencyId, contractId)) ??
          (await approvedRegistration(manager, { agencyId, contractId, profile }));
        seeded.push({ registrationId, agencyId, contractId, fiscalCodes: [profile.fiscalCode] });
      }
    return seeded;
  });
}

async function approvedRegistration(
  manager: EntityManager,
  input: { agencyId: string; contractId: string; profile: ProfileView },
): Promise<string> {
  const [givenName, ...family] = input.profile.displayName.split(' ');
  const id = await registrations.insertRegistration(manager, {
    agencyId: input.agencyId,
    contractId: input.contractId,
    officeId: input.profile.office?.id ?? null,
    users: [
      {
        fiscalCode: input.profile.fiscalCode,
        givenName: givenName ?? '',
        familyName: family.join(' '),
        ...(input.profile.email ? { email: input.profile.email } : {}),
        role: 'punto-ordinante',
      },
    ],
    requestedBy: input.profile.personId,
  });
  await registrations.decide(manager, id, { status: 'approvata', by: input.profile.personId });
  return id;
}
