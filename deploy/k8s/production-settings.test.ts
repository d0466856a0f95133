// The overlays' settings as each pod gets them (ConfigMaps, Secrets with values of their real shape),
// fed to the component's own configuration schema in production mode: they must start every component,
// and production must refuse what only development may use.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '@app/platform/config';
import { platformServices } from '../../scripts/platform-services.js';
import { configLoaders as loaders } from '../components.js';
import {
  containerEnvironment,
  kubectlSkip,
  podTemplates,
  providedObjects,
  renderOverlay,
  type Container,
  type Manifest,
} from './cluster-model.js';
import { defined } from '@app/platform/errors';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Names that hold a secret, or an address with credentials in it. */
const secretVariable =
  /SECRET|PASSWORD|_KEY$|_TOKEN$|ACCOUNTS|^DATABASE_URL$|^AMQP_URL$|^SMTP_URL$|^PEC_SMTP_URL$|^PEC_IMAP_URL$|^MQ_/;

function refusal(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.problems;
  }
  return [];
}

for (const overlay of ['dev', 'prod']) {
  describe(
    `${overlay}: production settings, read by each component's own schema`,
    { skip: kubectlSkip },
    () => {
      const manifests: Manifest[] = renderOverlay(overlay);
      const deployments = podTemplates(manifests).filter((pod) => pod.kind === 'Deployment');
      const mainContainer = (name: string): Container =>
        defined(
          defined(deployments.find((d) => d.name === name)).containers.find((c) => c.name === name),
        );
      const environmentOf = (name: string) => containerEnvironment(mainContainer(name), manifests);

      test("when each Deployment's environment is read in production mode, then every component accepts it", () => {
        assert.deepEqual(
          deployments.map((d) => d.name).sort(),
          Object.keys(loaders).sort(),
          'a Deployment for each component',
        );
        for (const { name } of deployments) {
          const env = environmentOf(name);
          assert.equal(env.NODE_ENV, 'production', `${name} runs in production mode`);
          assert.deepEqual(
            refusal(() => defined(loaders[name])(env)),
            [],
            `${name}'s settings`,
          );
        }
      });

      test('when a setting holds a secret, then it comes from a Secret, never from the manifests', () => {
        for (const pod of podTemplates(manifests)) {
          for (const container of pod.containers) {
            for (const variable of (container.env ?? []) as {
              name: string;
              value?: string;
              valueFrom?: { secretKeyRef?: unknown };
            }[]) {
              if (variable.name === 'AMQP_MANAGEMENT_URL') {
                assert.match(
                  defined(variable.value),
                  /\$\(MQ_USERNAME\):\$\(MQ_PASSWORD\)@/,
                  "the management URL is made of the broker Secret's user",
                );
                continue;
              }
              if (secretVariable.test(variable.name))
                assert.ok(
                  variable.valueFrom?.secretKeyRef,
                  `${pod.name}/${container.name}: ${variable.name} from a Secret`,
                );
            }
          }
        }
        assert.equal(
          manifests.filter((m) => m.kind === 'Secret').length,
          0,
          'no Secret in the manifests',
        );
        for (const name of ['negozio-config', 'negozio-site']) {
          for (const [key, value] of Object.entries(
            defined(
              defined(manifests.find((m) => m.kind === 'ConfigMap' && m.metadata.name === name))
                .data,
            ),
          )) {
            assert.ok(!secretVariable.test(key), `${name}.${key} is not a secret`);
            assert.doesNotMatch(
              value,
              /:\/\/[^/@\s]+:[^/@\s]+@/,
              `${name}.${key} carries no credentials`,
            );
          }
        }
      });

      test('when a secret is missing, then production refuses the development value that would stand in, naming the variable', () => {
        const cases: [string, string][] = [
          ['identity', 'CNS_FORWARD_SECRET'],
          ['gateway', 'PORTAL_FORWARD_SECRET'],
          ['gateway', 'CNS_FORWARD_SECRET'],
          ['web', 'CSRF_SECRET'],
          ['notify', 'FEED_CURSOR_SECRET'],
          ['notify', 'SECRETS_KEYS'],
          ['anac-gateway', 'PDND_CLIENT_ID'],
        ];
        for (const [component, variable] of cases) {
          const env = environmentOf(component);
          delete env[variable];
          const problems = refusal(() => defined(loaders[component])(env));
          assert.ok(
            problems.some((p) => p.startsWith(`${variable}: valore di sviluppo`)),
            `${component} without ${variable}: ${problems.join('; ')}`,
          );
        }
      });

      test('when a setting points at this machine, a simulator or the demo IdP, or keeps cookies off HTTPS, then production refuses it', () => {
        const cases: [string, string, string, RegExp][] = [
          [
            'catalog',
            'REVOKED_SESSIONS_URL',
            'http://127.0.0.1:8081/.well-known/revoked-sessions',
            /indirizzo locale/,
          ],
          [
            'gateway',
            'JWKS_URL',
            'http://localhost:8081/.well-known/jwks.json',
            /indirizzo locale/,
          ],
          [
            'ordering',
            'DATABASE_URL',
            'postgres://postgres@[::1]:5432/negozio',
            /indirizzo locale/,
          ],
          ['identity', 'SMTP_URL', 'smtp://simulators:8025', /simulatore/],
          [
            'identity',
            'SPID_IDPS',
            'demo=https://demo.spid.gov.it/metadata.xml',
            /simulatore|«demo»/,
          ],
          ['identity', 'COOKIE_SECURE', 'false', /COOKIE_SECURE deve essere true/],
          ['web', 'COOKIE_SECURE', 'false', /COOKIE_SECURE deve essere true/],
          ['identity', 'PUBLIC_URL', 'http://negozio.example.it', /https/],
          [
            'anac-gateway',
            'PDND_TOKEN_URL',
            'http://127.0.0.1:8092/token.oauth2',
            /indirizzo locale/,
          ],
          [
            'web',
            'CSRF_SECRET',
            'development-only-csrf-secret-change-me-please',
            /segreto di sviluppo/,
          ],
          [
            'notify',
            'DATABASE_URL',
            'postgres://negozio:negozio-development@negozio-db-rw.negozio:5432/negozio',
            /password di sviluppo/,
          ],
        ];
        for (const [component, variable, value, expected] of cases) {
          const problems = refusal(() =>
            defined(loaders[component])({ ...environmentOf(component), [variable]: value }),
          );
          assert.ok(
            problems.some((p) => p.startsWith(`${variable}`) && expected.test(p)),
            `${component} with ${variable}=${value}: ${problems.join('; ') || 'accepted'}`,
          );
        }
      });

      test('when the release Job and the init containers run, then they name the database through the Secret', () => {
        const provided = providedObjects();
        for (const pod of podTemplates(manifests).filter(
          (p) => p.kind !== 'Deployment' || p.containers.length > 1,
        )) {
          for (const container of pod.containers.filter((c) =>
            c.command?.some((part) => part.startsWith('scripts/')),
          )) {
            const env = containerEnvironment(container, manifests, provided);
            assert.match(
              env.DATABASE_URL ?? '',
              /@negozio-db-rw\.negozio:5432\//,
              `${pod.name}/${container.name}`,
            );
          }
        }
        const waiting = deployments.filter((d) =>
          d.containers.some((c) => c.name === 'wait-for-migrations'),
        );
        assert.deepEqual(
          waiting.map((d) => d.name).sort(),
          platformServices.map((s) => s.definition.name).sort(),
          'every service waits for its schema',
        );
        for (const deployment of waiting) {
          assert.deepEqual(defined(deployment.containers[0]).command, [
            'node',
            'scripts/migrate.js',
            '--wait',
            deployment.name,
          ]);
        }
      });

      test("when every service is at its autoscaler's maximum, a rollout's surge pod included, with full pools, then PostgreSQL's max_connections holds them", () => {
        const cluster = defined(manifests.find((m) => m.kind === 'Cluster'));
        const parameters = (cluster.spec.postgresql?.parameters ?? {}) as Record<string, string>;
        const maxConnections = Number(parameters.max_connections ?? 100);
        const reserved = Number(parameters.superuser_reserved_connections ?? 3);
        const scalerOf = (name: string) =>
          manifests.find(
            (m) =>
              ['ScaledObject', 'HorizontalPodAutoscaler'].includes(m.kind) &&
              m.spec.scaleTargetRef.name === name,
          );
        let needed = 0;
        const perService: string[] = [];
        for (const { name } of deployments) {
          const env = environmentOf(name);
          if (!env.DATABASE_URL) continue;
          const { DATABASE_POOL_SIZE: pool } = defined(loaders[name])(env) as {
            DATABASE_POOL_SIZE: number;
          };
          const manifest = defined(
            manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === name),
          );
          const scaler = scalerOf(name);
          const replicas = Number(
            scaler?.spec.maxReplicaCount ?? scaler?.spec.maxReplicas ?? manifest.spec.replicas ?? 1,
          );
          const surge = Number(manifest.spec.strategy?.rollingUpdate?.maxSurge ?? 1);
          needed += (replicas + surge) * pool;
          perService.push(`${name} ${replicas}+${surge}×${pool}`);
        }
        // A Job or CronJob's container may hold pg's default pool of 10 while it runs.
        const jobs = podTemplates(manifests).filter((p) => p.kind !== 'Deployment');
        for (const job of jobs)
          for (const container of job.containers)
            if (containerEnvironment(container, manifests).DATABASE_URL) needed += 10;
        assert.ok(
          needed <= maxConnections - reserved,
          `${needed} connections (${perService.join(', ')}, jobs) for max_connections ${maxConnections}` +
            ` less ${reserved} reserved`,
        );
      });
    },
  );
}

test(
  'when a component starts in production with a development secret, then it refuses to start and names the variable',
  { skip: kubectlSkip },
  () => {
    const manifests = renderOverlay('prod');
    const gateway = defined(
      defined(podTemplates(manifests).find((p) => p.name === 'gateway')).containers[0],
    );
    const env = containerEnvironment(gateway, manifests);
    // Everything else as production has it (the CNS port's files are mounted in the cluster, not here).
    for (const variable of [
      'PORTAL_FORWARD_SECRET',
      'CNS_TLS_PORT',
      'TLS_CERT_FILE',
      'TLS_KEY_FILE',
    ])
      delete env[variable];
    const started = spawnSync(process.execPath, ['--import', 'tsx', 'gateway/src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, ...env, PORT: '0', METRICS_PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.notEqual(started.status, 0, 'it does not start');
    assert.match(
      started.stderr,
      /PORTAL_FORWARD_SECRET: valore di sviluppo, non ammesso in produzione/,
    );
  },
);
