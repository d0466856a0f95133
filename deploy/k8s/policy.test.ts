import assert from 'node:assert/strict';
import type { UncheckedJson } from '@app/platform/testing';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { ConfigMap, Namespace, Service } from 'kubernetes-models/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { CronJob } from 'kubernetes-models/batch/v1/CronJob';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { kubectlSkip, renderOverlay as render, selects } from './cluster-model.js';
import { defined } from '@app/platform/errors';

const root = fileURLToPath(new URL('../..', import.meta.url));
const models: Record<string, new (value: UncheckedJson) => { validate(): void }> = {
  Deployment,
  Service,
  ConfigMap,
  Namespace,
  PodDisruptionBudget,
  HorizontalPodAutoscaler,
  Job,
  CronJob,
  NetworkPolicy,
  Ingress,
};
/** Consumers of events (a queue each): KEDA scales them; the HTTP-only ones scale on CPU. */
const consumers = ['catalog', 'adhesion', 'ordering', 'anac-gateway', 'notify', 'pec-admin'];
/**
 * The only components that call systems outside the cluster (catalog, adhesion and ordering: signers'
 * certification authorities, about revocation; the database and the broker: the Kubernetes API and the
 * object store).
 */
const callOut = [
  'identity',
  'catalog',
  'adhesion',
  'ordering',
  'anac-gateway',
  'notify',
  'pec-admin',
  'negozio-db',
  'negozio-mq',
];

/** The metric names the platform's code produces (counters, histograms, gauges). */
function producedMetrics(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (entry === 'node_modules' || entry === 'test') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.ts')) {
        // Counters, histograms and gauges by their call, and a service's own gauges by their `name`.
        const source = readFileSync(path, 'utf8');
        for (const [, made, declared] of source.matchAll(
          /(?:create(?:Counter|Histogram|ObservableGauge)|observeGauge)\(\s*'([a-z_]+)'|name: '([a-z_]+_(?:seconds|total|depth|backlog))'/g,
        ))
          names.add(defined(made ?? declared));
      }
    }
  };
  for (const dir of ['packages/platform/src', 'packages/signed-documents/src', 'services'])
    walk(join(root, dir));
  return names;
}

describe(
  'the Kubernetes overlays, rendered by kustomize, against the schemas and our policy',
  { skip: kubectlSkip },
  () => {
    for (const overlay of ['dev', 'prod']) {
      const manifests = render(overlay);
      const ofKind = (kind: string) => manifests.filter((m) => m.kind === kind);
      const config = defined(
        defined(ofKind('ConfigMap').find((m) => m.metadata.name === 'negozio-config')).data,
      );

      test(`${overlay}: every core object is valid against its Kubernetes schema`, () => {
        for (const manifest of manifests) {
          const Model = models[manifest.kind];
          if (Model)
            assert.doesNotThrow(
              () => new Model(manifest).validate(),
              `${manifest.kind}/${manifest.metadata.name}`,
            );
        }
        assert.ok(ofKind('Deployment').length >= 9);
      });

      test(`${overlay}: every Deployment has probes, requests and limits, a locked-down security context, spread over zones, and a grace that holds its stop`, () => {
        const stopSeconds =
          (Number(config.SHUTDOWN_DELAY_MS) + Number(config.SHUTDOWN_GRACE_MS)) / 1000;
        for (const deployment of ofKind('Deployment')) {
          const name = deployment.metadata.name;
          const pod = deployment.spec.template.spec;
          assert.ok(pod.securityContext.runAsNonRoot, `${name} runAsNonRoot`);
          assert.equal(
            pod.securityContext.seccompProfile?.type,
            'RuntimeDefault',
            `${name} seccomp`,
          );
          assert.ok(
            pod.topologySpreadConstraints?.some(
              (c: { topologyKey: string }) => c.topologyKey === 'topology.kubernetes.io/zone',
            ),
            `${name} spread over zones`,
          );
          assert.ok(
            pod.terminationGracePeriodSeconds > stopSeconds,
            `${name}: grace ${pod.terminationGracePeriodSeconds} s > ${stopSeconds} s of stop`,
          );
          for (const container of pod.containers) {
            for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe'])
              assert.ok(container[probe], `${name} ${probe}`);
            assert.ok(
              container.resources?.requests?.cpu && container.resources?.requests?.memory,
              `${name} requests`,
            );
            assert.ok(
              container.resources?.limits?.cpu && container.resources?.limits?.memory,
              `${name} limits`,
            );
            const security = container.securityContext ?? {};
            assert.equal(security.readOnlyRootFilesystem, true, `${name} read-only root`);
            assert.equal(
              security.allowPrivilegeEscalation,
              false,
              `${name} no privilege escalation`,
            );
            assert.deepEqual(security.capabilities?.drop, ['ALL'], `${name} capabilities dropped`);
            for (const variable of container.env ?? []) {
              if (/SECRET|PASSWORD|_KEY$|TOKEN/.test(variable.name))
                assert.ok(
                  variable.valueFrom,
                  `${name}: ${variable.name} comes from a Secret, never the manifest`,
                );
            }
          }
        }
        assert.equal(ofKind('Secret').length, 0, 'no Secret in the manifests');
      });

      test(`${overlay}: every queue consumer scales on its queue with KEDA, every HTTP-only component on CPU`, () => {
        for (const deployment of ofKind('Deployment')) {
          const name = deployment.metadata.name;
          const scaled = ofKind('ScaledObject').find((o) => o.spec.scaleTargetRef.name === name);
          const hpa = ofKind('HorizontalPodAutoscaler').find(
            (h) => h.spec.scaleTargetRef.name === name,
          );
          if (consumers.includes(name)) {
            assert.ok(scaled, `${name} ScaledObject`);
            assert.ok(!hpa, `${name}: KEDA makes its HPA; a second one would fight it`);
            const queue = scaled.spec.triggers.find((t: { type: string }) => t.type === 'rabbitmq');
            assert.equal(queue?.metadata.queueName, name, `${name} scales on its own queue`);
            assert.ok(
              ofKind('TriggerAuthentication').some(
                (a) => a.metadata.name === queue.authenticationRef.name,
              ),
              `${name} trigger authentication`,
            );
          } else {
            assert.ok(hpa && !scaled, `${name} HPA on CPU`);
          }
        }
      });

      test(`${overlay}: default deny, every Service covered by a NetworkPolicy, the way out only for those that call external systems`, () => {
        const policies = ofKind('NetworkPolicy');
        assert.ok(
          policies.some(
            (p) =>
              Object.keys(p.spec.podSelector).length === 0 &&
              p.spec.policyTypes.includes('Ingress') &&
              p.spec.policyTypes.includes('Egress') &&
              !p.spec.ingress &&
              !p.spec.egress,
          ),
          'default deny',
        );
        for (const service of ofKind('Service')) {
          const covering = policies.filter(
            (p) =>
              p.spec.ingress &&
              Object.keys(p.spec.podSelector.matchLabels ?? {}).length &&
              selects(p.spec.podSelector, service.spec.selector),
          );
          assert.ok(covering.length, `Service ${service.metadata.name} covered by a NetworkPolicy`);
        }
        for (const policy of policies) {
          const outside = (policy.spec.egress ?? []).some(
            (rule: { to?: { ipBlock?: { cidr: string } }[] }) =>
              rule.to?.some((peer) => peer.ipBlock?.cidr === '0.0.0.0/0'),
          );
          if (outside)
            assert.ok(
              callOut.includes(policy.metadata.name),
              `${policy.metadata.name} may not leave the cluster`,
            );
        }
        const gateway = defined(policies.find((p) => p.metadata.name === 'gateway'));
        for (const name of [...consumers, 'identity', 'web']) {
          assert.ok(
            gateway.spec.egress.some(
              (rule: { to: { podSelector?: { matchLabels: Record<string, string> } }[] }) =>
                rule.to.some(
                  (peer) => peer.podSelector?.matchLabels['app.kubernetes.io/name'] === name,
                ),
            ),
            `gateway → ${name}`,
          );
        }
      });

      test(`${overlay}: the alerts are the same as compose's, and read only metrics the platform produces; backups, key rotation and the dashboard are there`, () => {
        const rule = defined(ofKind('PrometheusRule')[0]);
        const alerts = parse(
          readFileSync(join(root, 'deploy/observability/alerts.yaml'), 'utf8'),
        ) as { groups: { name: string }[] };
        assert.deepEqual(
          rule.spec.groups.slice(0, alerts.groups.length),
          alerts.groups,
          "the platform's alerts are compose's",
        );
        const produced = producedMetrics();
        for (const group of rule.spec.groups as {
          name: string;
          rules: { alert: string; expr: string; annotations: { runbook_url?: string } }[];
        }[]) {
          for (const { alert, expr, annotations } of group.rules) {
            const read = [
              ...expr.matchAll(
                /\b([a-z_]+_(?:total|seconds|bucket|depth|backlog|timestamp|lag|count|watermark))\b/g,
              ),
            ].map(([, name]) => defined(name).replace(/_(bucket|count|sum)$/, ''));
            assert.ok(read.length || /\bup\{/.test(expr), `${alert} reads a metric`);
            // The platform's group reads what the platform produces; the cluster's what CloudNativePG, RabbitMQ and KEDA export.
            for (const name of read)
              assert.ok(
                group.name.endsWith('-cluster')
                  ? /^(cnpg_|rabbitmq_|keda_)/.test(name)
                  : produced.has(name),
                `${alert}: ${name} is produced`,
              );
            assert.ok(
              annotations.runbook_url && existsSync(join(root, annotations.runbook_url)),
              `${alert}: runbook ${annotations.runbook_url}`,
            );
          }
        }
        assert.equal(
          rule.metadata.labels?.release,
          'kube-prometheus-stack',
          'kube-prometheus-stack selects the rule',
        );
        for (const name of ['identity', ...consumers, 'gateway', 'web']) {
          const monitor = ofKind('ServiceMonitor').find(
            (m) => m.spec.selector.matchLabels['app.kubernetes.io/name'] === name,
          );
          assert.ok(monitor, `${name} ServiceMonitor`);
          assert.equal(
            monitor.metadata.labels?.release,
            'kube-prometheus-stack',
            `${name}: kube-prometheus-stack selects the ServiceMonitor`,
          );
        }
        const cron = defined(
          ofKind('CronJob').find((c) => c.metadata.name === 'negozio-keys-rotate'),
        );
        assert.ok(
          cron.spec.jobTemplate.spec.template.spec.containers[0].command.includes(
            'scripts/rotate-keys.js',
          ),
        );
        assert.ok(
          defined(ofKind('Cluster')[0]).spec.plugins.some(
            (p: { name: string; isWALArchiver?: boolean }) =>
              p.name === 'barman-cloud.cloudnative-pg.io' && p.isWALArchiver,
          ),
        );
        assert.match(
          defined(ofKind('ObjectStore')[0]).spec.configuration.destinationPath,
          overlay === 'prod' ? /\/production\// : /\/development\//,
          'each overlay backs up to its own path',
        );
        assert.ok(ofKind('ScheduledBackup').some((b) => b.spec.cluster.name === 'negozio-db'));
        const dashboard = JSON.parse(
          defined(
            defined(
              defined(ofKind('ConfigMap').find((m) => m.metadata.name === 'negozio-dashboard'))
                .data,
            )['dashboard.json'],
          ),
        ) as { panels: { title: string }[] };
        assert.ok(dashboard.panels.length >= 8);
      });
    }
  },
);
