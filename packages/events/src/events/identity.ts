import { z } from 'zod';
import { defineEvent } from '@app/platform/events';

const uuid = z.uuid();
const profileFacts = z.object({
  profileId: uuid,
  personId: uuid,
  fiscalCode: z.string().length(16),
  agencyId: uuid,
  officeId: uuid.nullable(),
  roles: z.array(z.string()).min(1),
});

export const identityEvents = {
  personRegistered: defineEvent({
    type: 'identity.person.registered.v1',
    summary: 'A person (keyed by codice fiscale) is known to the platform.',
    data: z.object({
      personId: uuid,
      fiscalCode: z.string().length(16),
      givenName: z.string(),
      familyName: z.string(),
      email: z.string().nullable(),
    }),
  }),
  profileCreated: defineEvent({
    type: 'identity.profile.created.v1',
    summary: 'A person received a profile in an agency (office and roles).',
    data: profileFacts,
  }),
  profileUpdated: defineEvent({
    type: 'identity.profile.updated.v1',
    summary: "A profile's roles changed (granted or revoked by the agency's administrator).",
    data: profileFacts,
  }),
  profileDisabled: defineEvent({
    type: 'identity.profile.disabled.v1',
    summary: 'A profile was disabled: its holder can no longer act for the agency.',
    data: profileFacts,
  }),
  agencyRegistered: defineEvent({
    type: 'identity.agency.registered.v1',
    summary:
      'The Gestore registered an agency (ente, supplier or professional order) with its offices.',
    data: z.object({
      agencyId: uuid,
      name: z.string(),
      kind: z.string(),
      fiscalCode: z.string(),
      ipaCode: z.string().nullable(),
      ausaCode: z.string().nullable(),
      ocpCode: z.string().nullable(),
      offices: z.array(z.object({ officeId: uuid, name: z.string() })),
    }),
  }),
  registrationApproved: defineEvent({
    type: 'identity.registration.approved.v1',
    summary:
      "The Gestore approved an agency's registration to a convention; its " +
      "users' profiles exist and first access is announced.",
    data: z.object({
      registrationId: uuid,
      agencyId: uuid,
      contractId: z.string(),
      users: z.array(
        z.object({
          profileId: uuid,
          personId: uuid,
          fiscalCode: z.string(),
          email: z.string().nullable(),
          roles: z.array(z.string()),
        }),
      ),
    }),
  }),
  registrationRejected: defineEvent({
    type: 'identity.registration.rejected.v1',
    summary: "The Gestore rejected an agency's registration to a convention, with the reason.",
    data: z.object({
      registrationId: uuid,
      agencyId: uuid,
      contractId: z.string(),
      reason: z.string(),
    }),
  }),
  credentialsIssued: defineEvent({
    type: 'identity.credentials.issued.v1',
    summary:
      'The platform made username and temporary password for a person (first ' +
      'access, or a reset by the Gestore) and is delivering them by e-mail; the ' +
      'secret never travels in events.',
    data: z.object({
      personId: uuid,
      username: z.string(),
      reason: z.enum(['primo-accesso', 'reimpostazione']),
      issuedBy: uuid.nullable(),
      expiresAt: z.iso.datetime({ offset: true }),
    }),
  }),
  sessionLoggedOut: defineEvent({
    type: 'identity.session.logged-out.v1',
    summary: 'A login session ended; its access tokens are no longer accepted.',
    data: z.object({ sessionId: uuid, personId: uuid, method: z.string(), reason: z.string() }),
  }),
};
