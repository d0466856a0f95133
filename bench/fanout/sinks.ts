// The far side of bench/fanout in a process of its own, as the mail server and the partners are
// in life: the mail simulator and the partners' endpoints, parsing and counting off notify's CPU.
// Tells its parent where to send, then answers each 'tally' with what arrived.
import { startMailSimulator } from '@app/sim-mail';
import { startEndpoints } from '../webhooks/endpoints.js';

const endpointCount = Number(process.argv[2]);
const smtp = await startMailSimulator({ smtpPort: 0, httpPort: 0 });
const endpoints = await startEndpoints(
  Array.from({ length: endpointCount }, () => ({ kind: 'fast' as const })),
);

export interface SinkTally {
  mails: { subject: string; to: string[]; receivedAt: number }[];
  hooks: [string, number][];
  duplicateHooks: number;
}

process.on('message', (message) => {
  if (message === 'stop') {
    void Promise.all([smtp.stop(), endpoints.close()]).then(() => process.exit(0));
    return;
  }
  const tally: SinkTally = {
    mails: smtp.messages.map((mail) => ({
      subject: mail.subject,
      to: mail.envelope.to,
      receivedAt: Date.parse(mail.receivedAt),
    })),
    hooks: [...endpoints.tally.delivered.entries()],
    duplicateHooks: endpoints.tally.duplicates,
  };
  process.send?.(tally);
});
process.send?.({ smtpUrl: smtp.smtpUrl, hookBase: endpoints.url(0).replace(/0$/, '') });
