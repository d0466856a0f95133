import type { WorldPerson } from './harness.js';

/** Lucrezia Borgia holds profiles in two agencies (seed 002); the Gestore's code is the one forged in XSW tests. */
export const lucrezia: WorldPerson = {
  username: 'lucrezia.borgia',
  password: 'Lucrezia-Borgia-2026',
  fiscalCode: 'BRGLCR75C45D612D',
  displayName: 'Lucrezia Borgia',
  profiles: [
    {
      agency: 'Regione Toscana',
      office: 'Ufficio Amministrativo',
      roles: ['buyer', 'responsabile-eprocurement'],
    },
    { agency: 'Comune di Prato', office: 'Ufficio Contratti', roles: ['rup'] },
  ],
};

export const gaio: WorldPerson = {
  username: 'gaio.cesare',
  password: 'Gaio-Giulio-Cesare-2026',
  fiscalCode: 'CSRGGL70A01D612B',
  displayName: 'Gaio Giulio Cesare',
  profiles: [
    {
      agency: 'Regione Toscana',
      office: 'Ufficio Amministrativo',
      roles: ['responsabile-eprocurement', 'amministratore-ente'],
    },
  ],
};

export const pratoAdmin: WorldPerson = {
  username: 'admin.prato',
  password: 'Amministratore-Prato-2026',
  fiscalCode: 'VRDGPP72B12F205C',
  displayName: 'Giuseppe Verdi',
  profiles: [
    { agency: 'Comune di Prato', office: 'Ufficio Contratti', roles: ['amministratore-ente'] },
  ],
};

export const gestore: WorldPerson = {
  username: 'gestore',
  password: 'Gestore-Piattaforma-2026',
  fiscalCode: 'RSSMRA80A01H501U',
  displayName: 'Mario Rossi',
  profiles: [
    {
      agency: 'Gestore del Negozio Elettronico',
      office: 'Assistenza',
      roles: ['gestore-piattaforma'],
    },
  ],
};

/** Known to the SPID IdP but without any profile on the platform. */
export const stranger: WorldPerson = {
  username: 'nuovo.utente',
  password: 'Nuovo-Utente-2026!',
  fiscalCode: 'BNCLRA85D50G702Y',
  displayName: 'Laura Bianchi',
  profiles: [],
};

export const everyone = [lucrezia, gaio, pratoAdmin, gestore, stranger];
