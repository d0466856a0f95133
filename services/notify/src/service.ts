import { catalogEvents, identityEvents } from '@app/events';
import type { ServiceDefinition } from '@app/platform/service';
import type { Config } from './config.js';
import { Inbox1765000000000 } from './db/migrations/1765000000000-inbox.js';
import { OutgoingMail1765100000000 } from './db/migrations/1765100000000-outgoing-mail.js';
import { notificationRoutes } from './inbox/notification.routes.js';
import { mailRoutes } from './mail/mail.routes.js';
import { mailSender } from './mail/mail.service.js';
import { notifyParties } from './notices/notice.service.js';
import { notices } from './notices/notice.rules.js';
import * as recipients from './recipients/recipients.service.js';
import { templateRoutes } from './templates/template.routes.js';

const configOf = (deps: { config: unknown }) => deps.config as Config;

/**
 * The notify service: seed 001's automatic notifications in each profile's inbox, by e-mail and by
 * PEC, from templates; partner delivery to come.
 */
export const definition: ServiceDefinition = {
  name: 'notify',
  schema: 'notify',
  version: '0.3.0',
  migrations: [Inbox1765000000000, OutgoingMail1765100000000],
  routes: (deps) => [...notificationRoutes(deps), ...mailRoutes(deps), ...templateRoutes({ portalUrl: configOf(deps).PUBLIC_URL })],
  handlers: (deps) => {
    const tellParties = notifyParties(configOf(deps));
    return {
      [identityEvents.personRegistered.type]: recipients.personRegistered,
      [identityEvents.profileCreated.type]: recipients.profileChanged,
      [identityEvents.profileUpdated.type]: recipients.profileChanged,
      [identityEvents.profileDisabled.type]: recipients.profileDisabled,
      [identityEvents.agencyRegistered.type]: recipients.agencyRegistered,
      [catalogEvents.contractPublished.type]: recipients.contractChanged,
      [catalogEvents.contractUpdated.type]: recipients.contractChanged,
      ...Object.fromEntries(Object.keys(notices).map((type) => [type, tellParties])),
    };
  },
  jobs: (deps) => [{ name: 'mail-sender', everyMs: configOf(deps).MAIL_POLL_MS, run: mailSender(deps.dataSource, configOf(deps), deps.logger) }],
};
