import { randomBytes, randomUUID } from 'node:crypto';
import { defined } from '@app/platform/errors';

/**
 * A provincial Order's panel at the provider (seed 004): its own credentials, its own mailboxes.
 */
export interface PanelAccount {
  ordine: string;
  name: string;
  user: string;
  password: string;
  boxes?: NewBox[];
}

/** An Order outside the convention: a transfer there is paperwork (the *Trasferimenti* sheet). */
export interface OutsideOrder {
  ordine: string;
  name: string;
}

export interface NewBox {
  nome: string;
  cognome: string;
  codiceFiscale: string;
  emailRiferimento: string;
  telefono?: string | null;
  fax?: string | null;
  indirizzoResidenza?: string | null;
}

export type BoxState = 'attiva' | 'non-attiva' | 'cancellata' | 'trasferita';

export interface Box extends NewBox {
  indirizzo: string;
  ordine: string;
  stato: BoxState;
  piano: string;
  creataIl: string;
  attivataIl: string | null;
  cancellataIl: string | null;
  tokenAttivazione?: string;
}

export interface Message {
  da: 'ordine' | 'gestore';
  testo: string;
  il: string;
}

/**
 * A case the provider's back office works by hand: a transfer outside the convention, an anomaly
 * report.
 */
export interface Case {
  id: string;
  tipo: 'trasferimento' | 'segnalazione';
  ordine: string;
  stato: 'in-lavorazione' | 'eseguita' | 'respinta';
  esito: string | null;
  motivo: string | null;
  indirizzo: string | null;
  messaggi: Message[];
  ordineDestinazione?: string;
  foglio?: string;
  apertaIl: string;
  chiusaIl: string | null;
}

/** The provider's refusal: its code and its reason in words, as the Order reads it. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly codice: string,
    motivo: string,
  ) {
    super(motivo);
  }
}

const now = () => new Date().toISOString();
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/**
 * The provider's mailboxes split into the Orders' panels, as the convention keeps them: boxes named
 * `nome.cognome@domain`, the next free number appended on a clash (an address once given is never
 * given again), one box per codice fiscale, transfers between panels, cases for the back office.
 */
/** The provider's side of the panels: the boxes it holds, the cases it works, each Order's panel. */
export class PartnerPanels {
  readonly boxes = new Map<string, Box>();
  readonly cases = new Map<string, Case>();
  readonly panels: Map<string, PanelAccount>;

  constructor(
    private readonly domain: string,
    accounts: PanelAccount[],
    private readonly outside: OutsideOrder[],
  ) {
    this.panels = new Map(accounts.map((account) => [account.ordine, account]));
    for (const account of accounts)
      for (const holder of account.boxes ?? []) this.create(account.ordine, holder, true);
  }

  private addressFor(nome: string, cognome: string): string {
    const base = `${plain(nome)}.${plain(cognome)}`;
    for (let n = 0; ; n++) {
      const address = `${base}${n ? n : ''}@${this.domain}`;
      if (!this.boxes.has(address)) return address;
    }
  }
  private liveBoxOf(codiceFiscale: string) {
    return [...this.boxes.values()].find(
      (box) =>
        box.codiceFiscale === codiceFiscale.toUpperCase() &&
        (box.stato === 'attiva' || box.stato === 'non-attiva'),
    );
  }

  create(ordine: string, holder: NewBox, activeAtOnce: boolean): Box {
    const existing = this.liveBoxOf(holder.codiceFiscale);
    if (existing) {
      const where =
        existing.ordine === ordine
          ? 'in questo pannello'
          : `nel pannello di ${this.panels.get(existing.ordine)?.name ?? existing.ordine}: ` +
            `chiedi il trasferimento`;
      throw new Refusal(
        409,
        'CASELLA-ESISTENTE',
        `Il titolare ${holder.codiceFiscale.toUpperCase()} ha già la casella ${existing.indirizzo} ` +
          `${where}.`,
      );
    }
    const box: Box = {
      ...holder,
      codiceFiscale: holder.codiceFiscale.toUpperCase(),
      indirizzo: this.addressFor(holder.nome, holder.cognome),
      ordine,
      piano: 'Base',
      stato: activeAtOnce ? 'attiva' : 'non-attiva',
      creataIl: now(),
      attivataIl: activeAtOnce ? now() : null,
      cancellataIl: null,
      ...(activeAtOnce ? {} : { tokenAttivazione: randomBytes(16).toString('hex') }),
    };
    this.boxes.set(box.indirizzo, box);
    return box;
  }

  /** A box of this panel only: another Order's box does not exist for it. */
  boxOf(ordine: string, address: string): Box {
    const box = this.boxes.get(address.toLowerCase());
    if (!box || box.ordine !== ordine)
      throw new Refusal(
        404,
        'CASELLA-SCONOSCIUTA',
        `La casella ${address} non è nel pannello dell'Ordine.`,
      );
    return box;
  }
  live(box: Box): Box {
    if (box.stato === 'cancellata' || box.stato === 'trasferita')
      throw new Refusal(409, 'CASELLA-NON-ATTIVA', `La casella ${box.indirizzo} è ${box.stato}.`);
    return box;
  }

  transferIn(ordine: string, address: string, codiceFiscale: string): Box {
    const box = this.boxes.get(address.toLowerCase());
    if (!box || box.codiceFiscale !== codiceFiscale.toUpperCase()) {
      throw new Refusal(
        422,
        'TITOLARE-DIVERSO',
        `La casella ${address} non risulta intestata al codice fiscale ` +
          `${codiceFiscale.toUpperCase()}.`,
      );
    }
    if (box.ordine === ordine)
      throw new Refusal(
        409,
        'GIA-NEL-PANNELLO',
        `La casella ${address} è già nel pannello dell'Ordine.`,
      );
    this.live(box);
    box.ordine = ordine;
    return box;
  }

  transferOut(ordine: string, address: string, destination: string): Case | Box {
    const box = this.live(this.boxOf(ordine, address));
    if (this.panels.has(destination)) {
      throw new Refusal(
        422,
        'DESTINAZIONE-IN-CONVENZIONE',
        `L'Ordine di ${defined(this.panels.get(destination)).name} aderisce alla convenzione: ` +
          `il trasferimento lo chiede l'Ordine di destinazione.`,
      );
    }
    const target = this.outside.find((order) => order.ordine === destination);
    if (!target)
      throw new Refusal(
        422,
        'ORDINE-SCONOSCIUTO',
        `L'Ordine ${destination} non è tra quelli noti al gestore.`,
      );
    const sheet = [
      'Indirizzo PEC;Nome;Cognome;Codice Fiscale;Ordine di provenienza;Ordine di destinazione',
      [
        box.indirizzo,
        box.nome,
        box.cognome,
        box.codiceFiscale,
        defined(this.panels.get(ordine)).name,
        target.name,
      ].join(';'),
    ].join('\r\n');
    return this.open({
      tipo: 'trasferimento',
      ordine,
      indirizzo: box.indirizzo,
      ordineDestinazione: destination,
      foglio: sheet,
      messaggi: [
        {
          da: 'gestore',
          testo:
            `Trasferimento verso ${target.name}, Ordine fuori convenzione: foglio ` +
            `"Trasferimenti" predisposto, in attesa di conferma.`,
          il: now(),
        },
      ],
    });
  }

  open(fields: Omit<Case, 'id' | 'stato' | 'esito' | 'motivo' | 'apertaIl' | 'chiusaIl'>): Case {
    const opened: Case = {
      id: randomUUID(),
      stato: 'in-lavorazione',
      esito: null,
      motivo: null,
      apertaIl: now(),
      chiusaIl: null,
      ...fields,
    };
    this.cases.set(opened.id, opened);
    return opened;
  }

  /**
   * The back office closes a case: a transfer confirmed moves the box out; an anomaly moved,
   * corrected or rejected.
   */
  close(
    id: string,
    esito: 'eseguito' | 'spostata' | 'corretta' | 'respinta',
    motivo: string,
  ): Case {
    const found = this.cases.get(id);
    if (!found) throw new Refusal(404, 'PRATICA-SCONOSCIUTA', 'Pratica sconosciuta.');
    if (found.stato !== 'in-lavorazione') return found;
    found.stato = esito === 'respinta' ? 'respinta' : 'eseguita';
    found.esito = esito;
    found.motivo = motivo;
    found.chiusaIl = now();
    found.messaggi.push({ da: 'gestore', testo: motivo, il: found.chiusaIl });
    const box = found.indirizzo ? this.boxes.get(found.indirizzo) : undefined;
    if (found.tipo === 'trasferimento' && box && found.stato === 'eseguita') {
      box.stato = 'trasferita';
      box.ordine = defined(found.ordineDestinazione);
    }
    return found;
  }
}

export function partnerPanels(domain: string, accounts: PanelAccount[], outside: OutsideOrder[]) {
  return new PartnerPanels(domain, accounts, outside);
}
