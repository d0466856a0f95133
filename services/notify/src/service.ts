import { identityEvents } from '@app/events';
import type { ServiceDefinition } from '@app/platform/service';
import { Inbox1765000000000 } from './db/migrations/1765000000000-inbox.js';
import { notificationRoutes } from './inbox/notification.routes.js';
import { notifyParties } from './inbox/notification.service.js';
import { notices } from './inbox/notification.rules.js';
import { personRegistered, profileChanged, profileDisabled } from './recipients/recipients.service.js';

/** The notify service: the automatic notifications of seed 001 in each profile's inbox; messages and partner delivery to come. */
export const definition: ServiceDefinition = {
  name: 'notify',
  schema: 'notify',
  version: '0.2.0',
  migrations: [Inbox1765000000000],
  routes: (deps) => notificationRoutes(deps),
  handlers: () => ({
    [identityEvents.personRegistered.type]: personRegistered,
    [identityEvents.profileCreated.type]: profileChanged,
    [identityEvents.profileUpdated.type]: profileChanged,
    [identityEvents.profileDisabled.type]: profileDisabled,
    ...Object.fromEntries(Object.keys(notices).map((type) => [type, notifyParties])),
  }),
};
