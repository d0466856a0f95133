import type { Logger } from 'pino';
import type { RunningService } from '@app/platform/service';
import type { Config } from '../../services/anac-gateway/src/config.js';
import { ad4Scheda } from '../../services/anac-gateway/src/cig-requests/ad4-scheda.rules.js';
import { pcpClient } from '../../services/anac-gateway/src/pcp/pcp-client.js';
import { pdndCredentials } from '../../services/anac-gateway/src/pdnd/pdnd-credentials.js';
import {
  noAppaltoYet,
  type RupIdentity,
} from '../../services/anac-gateway/src/pdnd/tracking-evidence.js';
import { voucherClient } from '../../services/anac-gateway/src/pdnd/voucher-client.js';
import { defined } from '@app/platform/errors';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The RUP the baseline acts as, named to ANAC as the gateway's client names one. */
const rup: RupIdentity = {
  fiscalCode: 'CLMSRA90P55D612W',
  idpType: 'SPID',
  loa: '3',
  ausaCode: '0000166523',
  agencyFiscalCode: '84006890481',
};

/**
 * The baseline: the same four PCP exchanges an order needs (crea-appalto, conferma-appalto,
 * esito-operazione until OK, recupera-cig), made straight to the simulator with the gateway's own
 * PCP client (vouchers, tracking JWS, retries), with no queue, outbox or state machine in between.
 */
export function directCalls(
  anac: RunningService,
  logger: Logger,
  requestData: Parameters<typeof ad4Scheda>[0],
) {
  const config = anac.deps.config as Config;
  const credentials = defined(pdndCredentials(config));
  const vouchers = voucherClient({
    tokenUrl: config.PDND_TOKEN_URL,
    assertionAudience: config.PDND_ASSERTION_AUDIENCE,
    credentials,
    timeoutMs: config.PCP_TIMEOUT_MS,
  });
  const pcp = pcpClient({
    config,
    credentials,
    vouchers,
    dataSource: anac.deps.dataSource,
    logger,
  });
  return async function oneOrder(index: number): Promise<void> {
    const scheda = ad4Scheda(
      { ...requestData, codiceAppalto: `BENCH-DIRECT-${Date.now()}-${index}` },
      { fiscalCode: rup.agencyFiscalCode, ausaCode: rup.ausaCode },
    );
    const base = { rup, businessFlowID: noAppaltoYet };
    const created = await pcp.call({
      ...base,
      eservice: 'ComunicaAppalto',
      operation: 'crea-appalto',
      method: 'POST',
      body: { scheda },
      repeatable: false,
    });
    const idAppalto = String(created.body.idAppalto);
    const flow = { rup, businessFlowID: idAppalto };
    await pcp.call({
      ...flow,
      eservice: 'ComunicaAppalto',
      operation: 'conferma-appalto',
      method: 'POST',
      body: { idAppalto },
      repeatable: true,
    });
    await untilConfirmed(pcp, flow, idAppalto, config.PCP_POLL_MS);
    await pcp.call({
      ...flow,
      eservice: 'ComunicaAppalto',
      operation: 'recupera-cig',
      method: 'GET',
      repeatable: true,
      query: { idAppalto, page: '1', perPage: '20' },
    });
  };
}

type Pcp = ReturnType<typeof pcpClient>;

/** esito-operazione asked again until ANAC's answer to conferma-appalto is OK. */
async function untilConfirmed(
  pcp: Pcp,
  flow: { rup: RupIdentity; businessFlowID: string },
  idAppalto: string,
  pollMs: number,
) {
  for (;;) {
    const esito = await pcp.call({
      ...flow,
      eservice: 'ServiziComuni',
      operation: 'esito-operazione',
      method: 'GET',
      repeatable: true,
      query: { idAppalto, tipoOperazione: 'AP_CONF', tipoRicerca: 'ULTIMO_ESITO' },
    });
    const esiti = (esito.body.listaEsiti as { esito?: { codice?: string } }[] | undefined) ?? [];
    if (esiti[0]?.esito?.codice === 'OK') return;
    await sleep(pollMs);
  }
}
