/**
 * Italian explanations of ANAC's most frequent error codes (tipologica "errori"), for the person
 * who must act on them.
 */
const explanations: Record<string, string> = {
  ERR1:
    "L'utente non è autorizzato su ANAC a operare per la stazione appaltante: " +
    'verifica il profilo del RUP sulla Piattaforma Contratti Pubblici.',
  ERR2:
    "La scheda non è ammessa in questa fase dell'appalto: controlla le schede " +
    "già inviate (per esempio, un annullamento dopo l'avvio dell'esecuzione).",
  ERR3: 'Il codice della scheda non è tra quelli gestiti.',
  ERR4:
    'I dati inviati non rispettano il modello dati di ANAC: completa i campi ' +
    'obbligatori indicati e riprova.',
  ERR14:
    'Due lotti hanno lo stesso identificativo: ogni lotto deve avere un lotIdentifier diverso.',
  ERR16: "L'appalto non è nello stato richiesto dall'operazione.",
  ERR18: 'Una conferma è già in corso presso ANAC: attendi l’esito.',
  ERR38: 'Il codice appalto è già stato usato per un altro appalto.',
  ERR98:
    "Il CIG dell'accordo quadro o della convenzione non è riconosciuto da " +
    'ANAC: verifica il CIG principale del contratto.',
  ERR9999: 'Errore generico di ANAC: riprova più tardi; se si ripete, contatta il supporto ANAC.',
  SEC01:
    "L'utente non risulta registrato su ANAC: il RUP deve accedere almeno una " +
    'volta alla Piattaforma Contratti Pubblici.',
  SEC05: "L'utente non ha un ruolo sulla stazione appaltante presso ANAC.",
};

export interface ExplainedError {
  codice: string;
  dettaglio: string;
  spiegazione: string;
}

export function explain(errors: { codice?: string; dettaglio?: string }[]): ExplainedError[] {
  return errors.map((error) => ({
    codice: error.codice ?? 'SCONOSCIUTO',
    dettaglio: error.dettaglio ?? '',
    spiegazione:
      explanations[error.codice ?? ''] ??
      `ANAC ha segnalato l'errore ${error.codice ?? 'sconosciuto'}: ` +
        `${error.dettaglio ?? 'nessun dettaglio'}.`,
  }));
}

/**
 * The errors of a refused PCP call, explained; a refusal without ANAC codes is named by its HTTP
 * status.
 */
export function explainRefusal(answer: {
  status: number;
  body: Record<string, unknown>;
}): ExplainedError[] {
  const errors = answer.body.errori as { codice?: string; dettaglio?: string }[] | undefined;
  return explain(
    errors?.length
      ? errors
      : [
          {
            codice: `HTTP${answer.status}`,
            dettaglio: String(answer.body.detail ?? answer.body.title ?? ''),
          },
        ],
  );
}

/**
 * Our own refusal (a rule checked before ANAC, or no CIG returned) in the shape of ANAC's explained
 * errors.
 */
export function explainOwnRefusal(error: {
  code: string;
  title: string;
  detail?: string | undefined;
}): ExplainedError[] {
  const text = error.detail ?? error.title;
  return [{ codice: error.code, dettaglio: text, spiegazione: text }];
}
