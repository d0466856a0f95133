import { test } from 'node:test';
import type { UncheckedJson } from '@app/platform/testing';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Service, ConfigMap, Namespace } from 'kubernetes-models/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { serviceNames } from '@app/events';
import { serviceUrlVariable } from '@app/gateway';
import { requestRoleOf } from '@app/platform/db';
import { defined } from '@app/platform/errors';

type Manifest = {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec?: UncheckedJson;
  data?: Record<string, string>;
};

const here = (file: string) => new URL(`base/${file}`, import.meta.url);
const kustomization = defined(
  parseAllDocuments(readFileSync(here('kustomization.yaml'), 'utf8'))[0],
).toJS() as { resources: string[] };
const manifests: Manifest[] = kustomization.resources.flatMap((file) =>
  parseAllDocuments(readFileSync(here(file), 'utf8')).map((doc) => doc.toJS() as Manifest),
);
const ofKind = (kind: string) => manifests.filter((m) => m.kind === kind);
const models: Record<string, new (value: UncheckedJson) => { validate(): void }> = {
  Deployment,
  Service,
  ConfigMap,
  Namespace,
  PodDisruptionBudget,
  HorizontalPodAutoscaler,
  Job,
};

test('when the manifests are read, then every core object is valid against the Kubernetes schema', () => {
  for (const manifest of manifests) {
    const Model = models[manifest.kind];
    if (!Model) continue; // operator resources (CloudNativePG, RabbitMQ) are checked by their operators
    assert.doesNotThrow(
      () => new Model(manifest).validate(),
      `${manifest.kind}/${manifest.metadata.name}`,
    );
  }
});

test('when every service and the gateway are deployed, then each has probes, a Service, a PDB and an autoscaler that point at it', () => {
  const deployments = ofKind('Deployment');
  assert.deepEqual(
    deployments.map((d) => d.metadata.name).sort(),
    [...serviceNames, 'gateway', 'web'].sort(),
  );
  for (const deployment of deployments) {
    const name = deployment.metadata.name;
    const labels = deployment.spec.template.metadata.labels;
    for (const [key, value] of Object.entries(deployment.spec.selector.matchLabels))
      assert.equal(labels[key], value, `${name} selector`);
    const container = deployment.spec.template.spec.containers[0];
    assert.equal(
      container.livenessProbe.httpGet.path,
      '/healthz',
      `${name} liveness never depends on database or broker`,
    );
    assert.ok(container.startupProbe, `${name} startup probe`);
    assert.ok(container.readinessProbe, `${name} readiness probe`);
    const matches = (selector: Record<string, string>) =>
      Object.entries(selector).every(([k, v]) => labels[k] === v);
    assert.ok(
      ofKind('Service').some((s) => s.metadata.name === name && matches(s.spec.selector)),
      `${name} Service`,
    );
    assert.ok(
      ofKind('PodDisruptionBudget').some((p) => matches(p.spec.selector.matchLabels)),
      `${name} PDB`,
    );
    const hpa = ofKind('HorizontalPodAutoscaler').some(
      (h) => h.spec.scaleTargetRef.name === name && h.spec.scaleTargetRef.kind === 'Deployment',
    );
    const scaledObject = ofKind('ScaledObject').some((o) => o.spec.scaleTargetRef.name === name);
    assert.ok(
      hpa !== scaledObject,
      `${name}: one autoscaler (an HPA, or KEDA's ScaledObject which makes its own)`,
    );
    const port = container.ports[0].containerPort;
    const service = defined(ofKind('Service').find((s) => s.metadata.name === name));
    assert.equal(service.spec.ports[0].port, port, `${name} Service port`);
  }
});

test('when the gateway reads its configuration, then every service URL names a deployed Service on its port', () => {
  const config = defined(defined(ofKind('ConfigMap')[0]).data);
  const gateway = defined(ofKind('Deployment').find((d) => d.metadata.name === 'gateway'));
  const gatewayEnv = Object.fromEntries(
    (gateway.spec.template.spec.containers[0].env as { name: string; value?: string }[]).map(
      (v) => [v.name, v.value],
    ),
  );
  for (const name of serviceNames) {
    const url = new URL(defined(gatewayEnv[serviceUrlVariable(name)]));
    const service = defined(ofKind('Service').find((s) => s.metadata.name === name));
    assert.equal(url.hostname.split('.')[0], name);
    assert.equal(Number(url.port), service.spec.ports[0].port);
  }
  assert.equal(config.MIGRATIONS_ON_START, 'false', 'the release Job runs the migrations');
  assert.ok(ofKind('Job').some((j) => j.metadata.name === 'negozio-migrations'));
});

test("when the database cluster is declared, then every service's request role exists and the application user may take it", () => {
  const cluster = defined(ofKind('Cluster')[0]);
  const roles = cluster.spec.managed.roles as {
    name: string;
    login: boolean;
    inRoles?: string[];
  }[];
  const owner = cluster.spec.bootstrap.initdb.owner as string;
  const application = defined(roles.find((role) => role.name === owner));
  for (const service of serviceNames) {
    const role = requestRoleOf(service);
    assert.ok(
      roles.some((declared) => declared.name === role && !declared.login),
      `${role} declared, without login`,
    );
    assert.ok(application.inRoles?.includes(role), `${owner} may SET ROLE ${role}`);
  }
});
