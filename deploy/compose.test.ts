import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadGatewayConfig } from '@app/gateway';
import { loadWebConfig } from '@app/web';
import { platformServices } from '../scripts/platform-services.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const composeInstalled = (() => {
  try {
    execFileSync('docker-compose', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

interface ComposeService { command?: string[]; environment?: Record<string, string | null>; depends_on?: Record<string, { condition: string }>; healthcheck?: { test?: string[]; disable?: boolean }; read_only?: boolean; profiles?: string[]; volumes?: { source?: string; type?: string }[]; image?: string }

describe('docker-compose.yml', { skip: composeInstalled || process.env.CI === 'true' ? false : 'docker-compose is not installed' }, () => {
  // `config` validates the file against the Compose schema and prints it with every variable resolved.
  const resolved = () => parse(execFileSync('docker-compose', ['--profile', 'dev', '--profile', 'observability', 'config'], { cwd: root, encoding: 'utf8', env: { ...process.env, COMPOSE_PROJECT_NAME: 'negozio' } })) as { services: Record<string, ComposeService> };

  test('when docker-compose reads it, then it is valid (config -q)', () => {
    execFileSync('docker-compose', ['config', '-q'], { cwd: root });
  });

  test('when each service starts in compose, then its environment passes its own configuration schema', () => {
    const { services } = resolved();
    const env = (name: string) => Object.fromEntries(Object.entries(services[name]!.environment ?? {}).map(([key, value]) => [key, value ?? '']));
    for (const { definition, loadConfig } of platformServices) {
      const service = services[definition.name];
      assert.ok(service, `${definition.name} is in compose`);
      assert.deepEqual(service.command?.slice(-1), [`services/${definition.name}/src/main.js`], `${definition.name} runs its own entry point`);
      assert.doesNotThrow(() => loadConfig(env(definition.name)), `${definition.name}'s environment`);
      assert.equal(loadConfig(env(definition.name)).MIGRATIONS_ON_START, false, `${definition.name}: the migrations job runs them`);
    }
    assert.doesNotThrow(() => loadGatewayConfig(env('gateway')));
    assert.doesNotThrow(() => loadWebConfig(env('web')));
  });

  test('when it starts, then every platform container waits for what it needs, has a health check, a read-only root and the one image', () => {
    const { services } = resolved();
    for (const name of [...platformServices.map((s) => s.definition.name), 'gateway', 'web']) {
      const service = services[name]!;
      assert.equal(service.image, 'negozio-elettronico:latest', `${name} image`);
      assert.equal(service.read_only, true, `${name} read-only root`);
      assert.ok(service.healthcheck?.test?.join(' ').includes('readyz'), `${name} health check`);
    }
    for (const { definition } of platformServices) assert.equal(services[definition.name]!.depends_on?.migrations?.condition, 'service_completed_successfully', `${definition.name} after the migrations`);
    for (const [name, dependency] of Object.entries(services.gateway!.depends_on ?? {})) assert.equal(dependency.condition, 'service_healthy', `gateway waits for ${name}`);
    assert.deepEqual(services.simulators!.profiles, ['dev']);
    for (const name of ['otel-collector', 'jaeger', 'prometheus', 'grafana']) assert.deepEqual(services[name]!.profiles, ['observability'], name);
    for (const volume of Object.values(services).flatMap((service) => service.volumes ?? [])) {
      if (volume.type === 'bind') assert.ok(existsSync(volume.source!), `${volume.source} exists`);
    }
    assert.ok(existsSync(join(root, 'scripts/simulators-main.ts')), 'the simulators entry (compiled to scripts/simulators-main.js)');
  });
});
