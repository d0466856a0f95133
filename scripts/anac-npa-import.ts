import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { copyPublished } from './published-files.js';

/**
 * Copies ANAC's published interface files (github.com/anticorruzione/npa, folder docs/) that the
 * PCP simulator serves and the tests validate against, unchanged, and records their SHA-256 in
 * npa/manifest.json; a test refuses any file that differs from it. Usage: npm run anac:import --
 * <checkout of anticorruzione/npa> --commit <sha>
 */
const target = join(process.cwd(), 'simulators', 'anac-pcp', 'npa');

/** The code lists the schede we send use, and the ones the services answer with. */
export const codeLists = [
  'ccnl',
  'categoria',
  'codIstat',
  'codNUTS',
  'CPV',
  'tipoFinanziamento',
  'oggettoContratto',
  'ruoloOE',
  'tipoOE',
  'tipoClassificazione',
  'funzioniSvolte',
  'subappalto',
  'motivoDeroga',
  'misurePremiali',
  'tipologiaAvvalimento',
  'accessibilita',
  'lingue',
  'causaInterruzioneAnticipata',
  'motiviRisoluzione',
  'oneriEconomiciRisoluzioneRecesso',
  'motivoAnnullamento',
  'motivoAnnullamentoComunicazione',
  'codiceScheda',
  'esito',
  'esitoOperazione',
  'tipoOperazione',
  'tipoRicercaOperazione',
  'statoAppalto',
  'statoScheda',
  'statoLotto',
  'errori',
];

function selected(docs: string): string[] {
  const yamlIn = (folder: string) =>
    readdirSync(join(docs, folder))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => `${folder}/${name}`);
  return [
    'specifiche-interfacce/specifiche-servizi-appalto.yaml',
    'specifiche-jws/jws.yaml',
    ...yamlIn('modello-dati'),
    ...yamlIn('modello-dati/schede'),
    ...codeLists.map((list) => `modello-dati/tipologiche/${list}.json`),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [source, flag, commit] = process.argv.slice(2);
  if (!source || flag !== '--commit' || !commit) {
    console.error('uso: npm run anac:import -- <checkout di anticorruzione/npa> --commit <sha>');
    process.exit(2);
  }
  const docs = join(source, 'docs');
  const copied = copyPublished(target, [
    {
      repository: 'https://github.com/anticorruzione/npa (docs/)',
      ref: 'main',
      commit,
      checkout: docs,
      files: selected(docs),
    },
  ]);
  console.log(`${copied} file di ANAC copiati in ${target}`);
}
