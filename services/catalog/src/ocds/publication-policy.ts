import type { Config } from '../config.js';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The publication policy OCDS asks every publisher to state (publicationPolicy): what, how, under
 * which terms.
 */
export function publicationPolicyPage(config: Config): string {
  const publisher = escape(config.OCDS_PUBLISHER_NAME);
  return `<!doctype html><html lang="it"><head><meta charset="utf-8">
<title>Politica di pubblicazione dei dati OCDS — ${publisher}</title></head>
<body><main><h1>Politica di pubblicazione dei dati OCDS</h1>
<p>${publisher} pubblica in formato Open Contracting Data Standard (OCDS 1.1) le convenzioni e gli
accordi quadro
dei soggetti banditori che vi operano, dal momento della loro pubblicazione.</p>
<h2>Che cosa si pubblica</h2>
<ul><li>Per ogni contratto un processo di affidamento con identificativo
<code>${escape(config.OCDS_PREFIX)}-&lt;id del contratto&gt;</code>:
il soggetto banditore, il fornitore, i lotti, il massimale come valore massimo dell'aggiudicazione,
la durata, i codici CPV e il CUP.</li>
<li>Ogni modifica del contratto produce una nuova release, disponibile subito all'indirizzo
<code>${escape(config.PUBLIC_URL)}/api/v1/contracts/&lt;id&gt;/ocds</code>.</li>
<li>Le bozze non sono pubblicate. Non si pubblicano dati personali: le parti sono enti e imprese,
identificati dal codice fiscale (schema IT-CF).</li></ul>
<h2>Condizioni d'uso</h2>
<p>I dati sono rilasciati con licenza Creative Commons Attribuzione 4.0 (CC BY 4.0).</p>
<h2>Estensioni</h2>
<p>Lotti (lots 1.1.5), tecniche di affidamento (techniques) e il valore massimo dell'aggiudicazione
della bozza OCDS 1.2.</p>
<h2>Editore</h2>
<p>${publisher} — ${escape(config.OCDS_PUBLISHER_SCHEME)} ${escape(config.OCDS_PUBLISHER_UID)}.</p>
</main></body></html>`;
}
