/**
 * The receipts a PEC provider sends back (DPR 68/2005 and its technical rules), and what each means
 * here.
 */
export const receiptKinds = {
  accettazione: 'Ricevuta di accettazione',
  'non-accettazione': 'Avviso di non accettazione',
  'presa-in-carico': 'Ricevuta di presa in carico',
  'avvenuta-consegna': 'Ricevuta di avvenuta consegna',
  'preavviso-errore-consegna': 'Preavviso di mancata consegna',
  'errore-consegna': 'Avviso di mancata consegna',
} as const;
export type ReceiptKind = keyof typeof receiptKinds;

export type PecState = 'accettato' | 'consegnato' | 'non-consegnato';
export const pecStates: Record<PecState, string> = {
  accettato: 'Accettato dal gestore',
  consegnato: 'Consegnato',
  'non-consegnato': 'Non consegnato',
};

/**
 * The state a receipt leads to, from the one before: a delivery (or its failure) is final, an
 * acceptance arriving late never undoes it, a receipt whose signature does not verify changes
 * nothing.
 */
export function stateAfter(
  current: PecState | null,
  kind: string,
  signatureValid: boolean,
): PecState | null {
  if (!signatureValid) return current;
  if (kind === 'avvenuta-consegna') return 'consegnato';
  if (kind === 'errore-consegna' || kind === 'non-accettazione') return 'non-consegnato';
  if (kind === 'accettazione' && current === null) return 'accettato';
  return current;
}

/**
 * What `daticert.xml` certifies: its type, the original message id, the mailbox, the error if any.
 */
export function readDaticert(
  xml: string,
): { kind: string; messageId: string; recipient: string | null; error: string | null } | undefined {
  const kind = /<postacert\b[^>]*\btipo="([^"]+)"/.exec(xml)?.[1];
  const messageId = /<msgid>([^<]*)<\/msgid>/.exec(xml)?.[1];
  if (!kind || !messageId) return undefined;
  const unescape = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const recipient = /<consegna>([^<]*)<\/consegna>/.exec(xml)?.[1];
  const error = /<errore-esteso>([^<]*)<\/errore-esteso>/.exec(xml)?.[1];
  return {
    kind,
    messageId: unescape(messageId),
    recipient: recipient ? unescape(recipient) : null,
    error: error ? unescape(error) : null,
  };
}

/** Message ids compared without their angle brackets. */
export const bareMessageId = (id: string) => id.trim().replace(/^<|>$/g, '');
