/** The states of a message leaving by e-mail or PEC, with the words the sender agency reads. */
export const mailStatuses = {
  'in-coda': 'In coda di invio',
  inviato: 'Inviato',
  fallito: 'Non recapitato',
} as const;
export type MailStatus = keyof typeof mailStatuses;

/**
 * What to do after a failed attempt: try again after the schedule's next delay, or give up. A mail
 * server's 5xx answer is final (the mailbox does not exist, the message is refused): trying again
 * would only delay telling the sender.
 */
export function afterFailure(
  attempts: number,
  scheduleSeconds: number[],
  smtpCode: number | undefined,
): { retryInSeconds: number } | { give: 'up' } {
  if (smtpCode !== undefined && smtpCode >= 500) return { give: 'up' };
  const delay = scheduleSeconds[attempts - 1];
  return delay === undefined ? { give: 'up' } : { retryInSeconds: delay };
}

/** A server's reply code, when the error carries one (nodemailer's `responseCode`). */
export const smtpCodeOf = (error: unknown): number | undefined => {
  const code = (error as { responseCode?: unknown })?.responseCode;
  return typeof code === 'number' ? code : undefined;
};
