// bench/logins: password logins a second through the gateway (identity checks the argon2id hash,
// opens a session, signs the access token), beside the hash check alone in the same run: the
// floor every login pays. Then SPID level 2 logins through the same gateway and the IdP simulator,
// and CIE id logins through the OpenID Connect federation simulator.
// Against the national peak of docs/capacity.md (≈ 370 logins a minute).
// npm run bench:logins   (DATABASE_URL; BENCH_SECONDS=10, BENCH_CONCURRENCY=4)
import { cpus, totalmem } from 'node:os';
import { defined } from '@app/platform/errors';
import { startDemoPlatform, unlimitedRates } from '../../scripts/demo-platform.js';
import { demoPassword } from '../../scripts/gateway-client.js';
import { spidToken } from '../../scripts/spid-session.js';
import { cieToken } from '../../scripts/cie-session.js';
import {
  hashPassword,
  passwordMatches,
} from '../../services/identity/src/login/password/password-hash.js';
import { percentile } from '../percentile.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 4);
const peakPerSecond = 370 / 60;
const people = ['luca.ferri', 'sara.colombo', 'gaio.cesare', 'giorgio.pelli', 'paola.marini'];

/** `work` as often as it goes, `concurrency` at once, for `seconds`: how many a second, and how long. */
async function repeatedly(work: (n: number) => Promise<void>) {
  const times: number[] = [];
  const until = performance.now() + seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        await work(next++);
        times.push(performance.now() - started);
      }
    }),
  );
  return {
    perSecond: times.length / seconds,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
  };
}

const figures = (run: { perSecond: number; p50: number; p99: number }) =>
  `${run.perSecond.toFixed(1)}/s, p50 ${run.p50.toFixed(0)} ms, p99 ${run.p99.toFixed(0)} ms`;

// One address stands for a nation's offices: neither the gateway's limits nor identity's attempts a
// minute by address may stand in the way of what is measured.
const demo = await startDemoPlatform({ ...unlimitedRates, LOGIN_ATTEMPTS_PER_MINUTE: '1000000' });
try {
  const stored = await hashPassword(demoPassword);
  const alone = await repeatedly(async () => {
    if (!(await passwordMatches(stored, demoPassword))) throw new Error('hash non verificato');
  });
  console.log(`argon2id check alone (the same parameters): ${figures(alone)}`);
  const logins = await repeatedly(async (n) => {
    const response = await fetch(`${demo.gateway}/api/v1/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        username: defined(people[n % people.length]),
        password: demoPassword,
      }),
    });
    const body = (await response.json()) as { accessToken?: string };
    if (response.status !== 200 || !body.accessToken)
      throw new Error(`login ${response.status}: ${JSON.stringify(body)}`);
  });
  console.log(`password logins through the gateway: ${figures(logins)}`);
  // SPID level 2 as a person does it: the gateway's AuthnRequest, the IdP's form and answer, the
  // signed assertion checked at the ACS. The IdP (the simulator, signing each response) runs on the
  // same cores, so this is a floor for the platform's own share.
  const spid = await repeatedly(async (n) => {
    const token = await spidToken(
      demo.gateway,
      demo.simulators.urls.spidIdp,
      defined(people[n % people.length]),
    );
    if (!token) throw new Error('login SPID senza token');
  });
  console.log(`SPID level 2 logins through the gateway, IdP simulator included: ${figures(spid)}`);
  // CIE id through the OpenID Connect federation: the platform signs its request object and checks
  // the provider's ID token and userinfo against the trust chain; the provider runs here too.
  const cie = await repeatedly(async (n) => {
    if (!(await cieToken(demo.gateway, defined(people[n % people.length]))))
      throw new Error('login CIE senza token');
  });
  console.log(`CIE id logins through the gateway, provider simulator included: ${figures(cie)}`);
  console.log(
    `ratio logins / hash check alone: ${(logins.perSecond / alone.perSecond).toFixed(2)}; ` +
      `national peak ${peakPerSecond.toFixed(1)} logins/s: ` +
      `${logins.perSecond >= peakPerSecond ? 'met' : 'NOT met'} on this machine ` +
      `(${(logins.perSecond / peakPerSecond).toFixed(1)}× the peak)`,
  );
  for (const [name, run] of [
    ['SPID', spid],
    ['CIE id', cie],
  ] as const)
    console.log(
      `${name}: national peak ${peakPerSecond.toFixed(1)} logins/s, all of them ${name}: ` +
        `${run.perSecond >= peakPerSecond ? 'met' : 'NOT met'} on this machine ` +
        `(${(run.perSecond / peakPerSecond).toFixed(1)}× the peak)`,
    );
  console.log(`machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
} finally {
  await demo.stop();
}
