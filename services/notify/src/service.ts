import { adhesionEvents, catalogEvents, identityEvents, orderingEvents } from '@app/events';
import { eventContracts } from '@app/platform/events';
import type { EventHandler } from '@app/platform/messaging';
import type { ServiceDefinition } from '@app/platform/service';
import type { Config } from './config.js';
import { Inbox1765000000000 } from './db/migrations/1765000000000-inbox.js';
import { OutgoingMail1765100000000 } from './db/migrations/1765100000000-outgoing-mail.js';
import { PartnerEvents1765200000000 } from './db/migrations/1765200000000-partner-events.js';
import { AmqpSubscriptions1765300000000 } from './db/migrations/1765300000000-amqp-subscriptions.js';
import { Communications1765400000000 } from './db/migrations/1765400000000-communications.js';
import { PecReceipts1765500000000 } from './db/migrations/1765500000000-pec-receipts.js';
import { CommunicationAttachments1765600000000 } from './db/migrations/1765600000000-communication-attachments.js';
import { RowSecurityCommunications1766300000000 } from './db/migrations/1766300000000-row-security-communications.js';
import { RowSecurityInbox1766400000000 } from './db/migrations/1766400000000-row-security-inbox.js';
import { NotificationsByContract1767300000000 } from './db/migrations/1767300000000-notifications-by-contract.js';
import { MailAttachments1767400000000 } from './db/migrations/1767400000000-mail-attachments.js';
import { NotificationsByMonth1767600000000 } from './db/migrations/1767600000000-notifications-by-month.js';
import { FeedAndAttemptsByMonth1767600000001 } from './db/migrations/1767600000001-feed-and-attempts-by-month.js';
import { FanOuts1767700000000 } from './db/migrations/1767700000000-fan-outs.js';
import { QueueLanes1767700000001 } from './db/migrations/1767700000001-queue-lanes.js';
import { RowSecurity1766000000000 } from './db/migrations/1766000000000-row-security.js';
import {
  Documents1764200000000,
  DocumentSignatureStatus1766200000000,
  documentStoreFrom,
  pendingSignatureGauges,
  recheckPendingSignatures,
  trustListFrom,
} from '@app/signed-documents';
import { pecReceiptReader } from './pec/receipt.service.js';
import { communicationRoutes } from './communications/communication.routes.js';
import { feedRoutes } from './feed/feed.routes.js';
import { cursorCodec, record } from './feed/feed.service.js';
import { notificationRoutes } from './inbox/notification.routes.js';
import { mailRoutes } from './mail/mail.routes.js';
import { mailSender } from './mail/mail.service.js';
import { fanOutWorker } from './fan-out/fan-out.service.js';
import { notifyParties } from './notices/notice.service.js';
import { notices } from './notices/notice.rules.js';
import { contractFacts } from './recipients/recipients.store.js';
import * as recipients from './recipients/recipients.service.js';
import { subscriptionRoutes } from './subscriptions/subscription.routes.js';
import { adminOf, amqpRelay } from './subscriptions/subscription.service.js';
import { templateRoutes } from './templates/template.routes.js';
import { webhookRoutes } from './webhooks/webhook.routes.js';
import { fanOut, webhookSecretsResealer, webhookSender } from './webhooks/webhook.service.js';

const configOf = (deps: { config: unknown }) => deps.config as Config;

/**
 * Every event also goes to partners who may see it: the feed first (its number), then the webhooks.
 */
const forPartners: EventHandler = async (event, manager) => {
  const contractId = (event.data as { contractId?: string })?.contractId;
  const banditore =
    event.type.startsWith('catalog.ceiling.') && contractId
      ? (await contractFacts(manager, contractId))?.banditoreAgencyId
      : undefined;
  const row = await record(manager, event, banditore);
  if (row) await fanOut(manager, row);
};

const both = (first: EventHandler, second: EventHandler | undefined): EventHandler =>
  second
    ? async (event, manager) => {
        await second(event, manager);
        await first(event, manager);
      }
    : first;

/**
 * The notify service: seed 001's automatic notifications in each profile's inbox, by e-mail and by
 * PEC, from templates; every event partners may see in the commit-ordered feed, on their webhooks
 * and on their own AMQP queues.
 */
export const definition: ServiceDefinition = {
  name: 'notify',
  schema: 'notify',
  version: '0.4.0',
  migrations: [
    Inbox1765000000000,
    OutgoingMail1765100000000,
    PartnerEvents1765200000000,
    AmqpSubscriptions1765300000000,
    Communications1765400000000,
    PecReceipts1765500000000,
    Documents1764200000000,
    CommunicationAttachments1765600000000,
    RowSecurity1766000000000,
    DocumentSignatureStatus1766200000000,
    RowSecurityCommunications1766300000000,
    RowSecurityInbox1766400000000,
    NotificationsByContract1767300000000,
    MailAttachments1767400000000,
    NotificationsByMonth1767600000000,
    FeedAndAttemptsByMonth1767600000001,
    FanOuts1767700000000,
    QueueLanes1767700000001,
  ],
  keptTables: (env) => {
    const config = env as Config;
    return [
      {
        table: 'notifications',
        column: 'created_at',
        retentionMonths: config.NOTIFICATION_RETENTION_MONTHS,
      },
      {
        table: 'partner_events',
        column: 'recorded_at',
        retentionMonths: config.FEED_RETENTION_MONTHS,
      },
      {
        table: 'webhook_attempts',
        column: 'attempted_at',
        retentionMonths: config.WEBHOOK_ATTEMPT_RETENTION_MONTHS,
      },
    ];
  },
  routes: (deps) => {
    const config = configOf(deps);
    return [
      ...notificationRoutes({ dataSource: deps.dataSource, livePollMs: config.LIVE_POLL_MS }),
      ...mailRoutes(deps),
      ...templateRoutes({ portalUrl: config.PUBLIC_URL }),
      ...feedRoutes({ dataSource: deps.dataSource, codec: cursorCodec(config.FEED_CURSOR_SECRET) }),
      ...webhookRoutes({ dataSource: deps.dataSource, config }),
      ...subscriptionRoutes({ dataSource: deps.dataSource, config, admin: adminOf(config) }),
      ...communicationRoutes({
        dataSource: deps.dataSource,
        config,
        documents: {
          store: documentStoreFrom(config, 'notify'),
          trust: trustListFrom(config),
          maxUploadBytes: config.DOCUMENT_MAX_MB * 1_048_576,
        },
      }),
    ];
  },
  handlers: (deps) => {
    const tellParties = notifyParties(configOf(deps));
    const own: Record<string, EventHandler> = {
      [identityEvents.personRegistered.type]: recipients.personRegistered,
      [identityEvents.profileCreated.type]: recipients.profileChanged,
      [identityEvents.profileUpdated.type]: recipients.profileChanged,
      [identityEvents.profileDisabled.type]: recipients.profileDisabled,
      [identityEvents.agencyRegistered.type]: recipients.agencyRegistered,
      [catalogEvents.contractPublished.type]: recipients.contractChanged,
      [catalogEvents.contractUpdated.type]: recipients.contractChanged,
      ...Object.fromEntries(Object.keys(notices).map((type) => [type, tellParties])),
    };
    for (const type of [adhesionEvents.submitted.type, orderingEvents.orderSubmitted.type])
      own[type] = both(recipients.contractMemberJoined, own[type]);
    // The partner channels come last in each event's transaction: the feed's lock is held the
    // shortest.
    return Object.fromEntries(
      eventContracts.map(({ type }) => [type, both(forPartners, own[type])]),
    );
  },
  jobs: (deps) => {
    const relay = configOf(deps).AMQP_URL
      ? amqpRelay(deps.dataSource, configOf(deps), deps.logger)
      : undefined;
    return [
      {
        name: 'mail-sender',
        everyMs: configOf(deps).MAIL_POLL_MS,
        ...mailSender(deps.dataSource, configOf(deps), deps.logger),
      },
      {
        name: 'fan-out',
        everyMs: configOf(deps).FANOUT_POLL_MS,
        run: fanOutWorker(deps.dataSource, configOf(deps)),
      },
      {
        name: 'webhook-sender',
        everyMs: configOf(deps).WEBHOOK_POLL_MS,
        ...webhookSender(deps.dataSource, configOf(deps), deps.logger),
      },
      {
        name: 'webhook-secrets-reseal',
        everyMs: 60_000,
        run: webhookSecretsResealer(deps.dataSource, configOf(deps), deps.logger),
      },
      {
        name: 'signature-recheck',
        everyMs: configOf(deps).SIGNATURE_RECHECK_MS,
        run: recheckPendingSignatures(
          deps.dataSource,
          documentStoreFrom(configOf(deps), 'notify'),
          trustListFrom(configOf(deps)),
        ),
      },
      // On RabbitMQ only: the partner exchange lives there.
      ...(configOf(deps).PEC_IMAP_URL
        ? [
            {
              name: 'pec-receipts',
              everyMs: configOf(deps).PEC_POLL_MS,
              run: pecReceiptReader(deps.dataSource, configOf(deps), deps.logger),
            },
          ]
        : []),
      ...(relay
        ? [
            {
              name: 'amqp-relay',
              everyMs: configOf(deps).AMQP_RELAY_POLL_MS,
              run: relay.relay,
              stop: relay.stop,
            },
          ]
        : []),
    ];
  },
  gauges: ({ dataSource }) => pendingSignatureGauges(dataSource),
};
