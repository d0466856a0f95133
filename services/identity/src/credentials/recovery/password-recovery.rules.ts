import { refuse, refusals } from '@app/platform/errors';
import { recoveryMinutes } from '../credentials.rules.js';

export { recoveryMinutes };

/** Requests for one username in an hour: enough for a person, too few to flood their mailbox. */
export const recoveriesPerUsernamePerHour = 3;

export const recoveryRefusals = refusals({
  RECOVERY_LINK_INVALID: { status: 400, title: 'Collegamento non valido' },
});

/**
 * The answer to every request, whether the username exists or not: nobody learns from it who has
 * an account.
 */
export const recoveryRequested =
  'Se lo username corrisponde a un’utenza con un indirizzo e-mail, riceverai a quell’indirizzo un ' +
  `collegamento per scegliere una nuova password, valido ${recoveryMinutes} minuti.`;

export const recoveryLinkInvalid = () =>
  refuse(
    recoveryRefusals.RECOVERY_LINK_INVALID,
    'Il collegamento non è valido, è già stato usato o è scaduto: chiedi un nuovo recupero ' +
      'della password da «Hai dimenticato la password?».',
  );

/** A token as the link carries it: 43 base64url characters, anything else is no token. */
export const isRecoveryToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
