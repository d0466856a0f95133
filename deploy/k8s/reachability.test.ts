// Every connection the platform needs, read from each component's own settings and from the operators'
// objects (ServiceMonitors, ScaledObjects, the backup store), and the connections that must stay closed,
// evaluated against the rendered NetworkPolicies of both overlays as Kubernetes evaluates them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { platformServices } from '../../scripts/platform-services.js';
import { configLoaders } from '../components.js';
import {
  connectionAllowed,
  kubectlSkip,
  containerEnvironment,
  namespace,
  operatorServices,
  podTemplates,
  providedObjects,
  renderOverlay,
  selects,
  type Endpoint,
  type Manifest,
} from './cluster-model.js';
import { defined } from '@app/platform/errors';

interface Destination {
  to: string;
  port: number;
}
interface Connection extends Destination {
  from: string;
  protocol?: string;
  why: string;
}

/** Settings that name the platform or a counterpart, not an address it connects to. */
const identifiers = new Set([
  'PUBLIC_URL',
  'SPID_ENTITY_ID',
  'JWT_ISSUER',
  'CORS_ORIGINS',
  'PDND_ASSERTION_AUDIENCE',
  'AMQP_PUBLIC_URL',
]);
const defaultPorts: Record<string, number> = {
  'http:': 80,
  'https:': 443,
  'postgres:': 5432,
  'postgresql:': 5432,
  'amqp:': 5672,
  'amqps:': 5671,
  'smtp:': 25,
  'smtps:': 465,
  'imap:': 143,
  'imaps:': 993,
  's3:': 443,
};

/** A component's settings as its own configuration schema reads them (only what it reads, defaults included). */
function settingsOf(component: string, env: Record<string, string>): Record<string, unknown> {
  // The Jobs' scripts read their variables directly.
  return (configLoaders[component]?.(env) ?? env) as Record<string, unknown>;
}

function addressesIn(name: string, value: unknown): { variable: string; url: URL }[] {
  if (identifiers.has(defined(name.split(/[.[]/)[0])) || name.endsWith('.audience')) return [];
  if (typeof value === 'string')
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) && URL.canParse(value)
      ? [{ variable: name, url: new URL(value) }]
      : [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => addressesIn(`${name}[${index}]`, item));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => addressesIn(`${name}.${key}`, item));
  return [];
}

function clusterModel(manifests: Manifest[]) {
  const pods = new Map<string, Endpoint>();
  for (const template of podTemplates(manifests)) {
    pods.set(template.name, {
      namespace,
      labels: template.labels,
      ports: template.containers.flatMap((c) => c.ports ?? []),
    });
  }
  // The operators' pods, with the labels they put on them.
  pods.set('negozio-db primary', {
    namespace,
    labels: {
      'cnpg.io/cluster': 'negozio-db',
      'cnpg.io/instanceRole': 'primary',
      'cnpg.io/podRole': 'instance',
    },
  });
  pods.set('negozio-db replica', {
    namespace,
    labels: {
      'cnpg.io/cluster': 'negozio-db',
      'cnpg.io/instanceRole': 'replica',
      'cnpg.io/podRole': 'instance',
    },
  });
  pods.set('negozio-mq node', {
    namespace,
    labels: { 'app.kubernetes.io/name': 'negozio-mq', 'app.kubernetes.io/component': 'rabbitmq' },
  });
  pods.set('negozio-mq other node', {
    namespace,
    labels: { 'app.kubernetes.io/name': 'negozio-mq', 'app.kubernetes.io/component': 'rabbitmq' },
  });
  pods.set('ingress controller', {
    namespace: 'ingress-nginx',
    labels: { 'app.kubernetes.io/name': 'ingress-nginx' },
  });
  pods.set('prometheus', {
    namespace: 'monitoring',
    labels: { 'app.kubernetes.io/name': 'prometheus' },
  });
  pods.set('keda operator', {
    namespace: 'keda',
    labels: { 'app.kubernetes.io/name': 'keda-operator' },
  });
  pods.set('cnpg operator', {
    namespace: 'cnpg-system',
    labels: { 'app.kubernetes.io/name': 'cloudnative-pg' },
  });
  pods.set('kube-dns', { namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } });
  pods.set('pod without labels', { namespace, labels: {} });
  pods.set('pod of another namespace', {
    namespace: 'default',
    labels: { 'app.kubernetes.io/name': 'catalog' },
  });
  pods.set('outside', { ip: '203.0.113.10' });
  pods.set('kubernetes API', { ip: '10.0.0.1' });

  /** A host and port as a client resolves it: a Service of ours or of an operator, else the outside. */
  const resolve = (host: string, port: number): Destination => {
    const [serviceName, serviceNamespace = namespace] = host
      .replace(/\.svc(\.cluster\.local)?$/, '')
      .split('.') as [string, string?];
    const outside =
      host.includes('.') && !/\.svc(\.cluster\.local)?$/.test(host) && host.split('.').length !== 2;
    if (outside || serviceNamespace !== namespace) return { to: 'outside', port };
    const service = manifests.find((m) => m.kind === 'Service' && m.metadata.name === serviceName);
    if (service) {
      const servicePort = (
        service.spec.ports as { port: number; targetPort?: number | string }[]
      ).find((p) => p.port === port);
      assert.ok(servicePort, `Service ${serviceName} has no port ${port}`);
      const [podName, pod] = defined(
        [...pods].find(
          ([, endpoint]) =>
            endpoint.labels &&
            Object.keys(service.spec.selector).length &&
            selects({ matchLabels: service.spec.selector }, endpoint.labels),
        ),
      );
      const targetPort =
        typeof servicePort.targetPort === 'string'
          ? defined(defined(pod.ports).find((p) => p.name === servicePort.targetPort)).containerPort
          : (servicePort.targetPort ?? port);
      return { to: podName, port: targetPort };
    }
    const operatorService = operatorServices[serviceName];
    assert.ok(operatorService, `${host}: no such Service in the cluster`);
    assert.ok(operatorService.ports.includes(port), `${host}: no port ${port}`);
    const [podName] = defined(
      [...pods].find(
        ([, endpoint]) =>
          endpoint.labels && selects({ matchLabels: operatorService.selector }, endpoint.labels),
      ),
    );
    return { to: podName, port };
  };
  return { pods, resolve };
}

/** What each component connects to, read from its settings as its own schema parses them. */
function configuredConnections(
  manifests: Manifest[],
  resolve: (host: string, port: number) => Destination,
): Connection[] {
  const provided = providedObjects();
  const connections: Connection[] = [];
  for (const template of podTemplates(manifests)) {
    for (const container of template.containers) {
      const env = containerEnvironment(container, manifests, provided);
      const settings = container.command?.includes('--wait') ? env : settingsOf(template.name, env);
      for (const [name, value] of Object.entries(settings)) {
        for (const { variable, url } of addressesIn(name, value)) {
          const destination = resolve(
            url.hostname,
            Number(url.port) || defined(defaultPorts[url.protocol]),
          );
          connections.push({
            from: template.name,
            ...destination,
            why: `${template.name}/${container.name} ${variable}`,
          });
        }
      }
      // A service that verifies signatures asks each signer's authority where its certificate says:
      // OCSP and CRLs over plain HTTP (RFC 5019, RFC 5280), some over HTTPS.
      if (Array.isArray(settings.SIGNATURE_TRUSTED_CA_FILES)) {
        for (const port of [80, 443])
          connections.push({
            from: template.name,
            to: 'outside',
            port,
            why: `${template.name}/${container.name} revocation of signers' certificates (OCSP, CRL)`,
          });
      }
    }
  }
  return connections;
}

/** What the operators' objects make others connect to: scrapes, KEDA's queue readings, backups. */
function operatorConnections(
  manifests: Manifest[],
  resolve: (host: string, port: number) => Destination,
): Connection[] {
  const connections: Connection[] = [];
  for (const monitor of manifests.filter((m) => m.kind === 'ServiceMonitor')) {
    const selector = monitor.spec.selector.matchLabels as Record<string, string>;
    const service = manifests.find(
      (m) => m.kind === 'Service' && selects({ matchLabels: selector }, m.metadata.labels ?? {}),
    );
    for (const endpoint of monitor.spec.endpoints as { port: string }[]) {
      const port = service
        ? defined(
            (service.spec.ports as { name: string; port: number }[]).find(
              (p) => p.name === endpoint.port,
            ),
          ).port
        : defined({ prometheus: 15692 }[endpoint.port]);
      const host =
        service?.metadata.name ??
        defined(
          Object.entries(operatorServices).find(([, s]) =>
            selects({ matchLabels: selector }, s.selector),
          ),
        )[0];
      connections.push({
        from: 'prometheus',
        ...resolve(host, port),
        why: `ServiceMonitor ${monitor.metadata.name}`,
      });
    }
  }
  const provided = providedObjects();
  for (const scaled of manifests.filter((m) => m.kind === 'ScaledObject')) {
    for (const trigger of (
      scaled.spec.triggers as {
        type: string;
        metadata: { protocol?: string };
        authenticationRef?: { name: string };
      }[]
    ).filter((t) => t.type === 'rabbitmq')) {
      const authentication = defined(
        manifests.find(
          (m) =>
            m.kind === 'TriggerAuthentication' &&
            m.metadata.name === trigger.authenticationRef?.name,
        ),
      );
      const reference = defined(
        (
          authentication.spec.secretTargetRef as { parameter: string; name: string; key: string }[]
        ).find((r) => r.parameter === 'host'),
      );
      const url = new URL(defined(defined(provided.secrets[reference.name])[reference.key]));
      const destination = resolve(
        url.hostname,
        trigger.metadata.protocol === 'http' ? 15672 : Number(url.port) || 5672,
      );
      connections.push({
        from: 'keda operator',
        ...destination,
        why: `ScaledObject ${scaled.metadata.name}`,
      });
    }
  }
  for (const store of manifests.filter((m) => m.kind === 'ObjectStore')) {
    connections.push({
      from: 'negozio-db primary',
      to: 'outside',
      port: 443,
      why: `WAL archive and backups to ${store.spec.configuration.destinationPath}`,
    });
  }
  for (const ingress of manifests.filter((m) => m.kind === 'Ingress')) {
    for (const rule of ingress.spec.rules as {
      http: {
        paths: {
          backend: { service: { name: string; port: { name?: string; number?: number } } };
        }[];
      };
    }[]) {
      for (const { backend } of rule.http.paths) {
        const service = defined(
          manifests.find((m) => m.kind === 'Service' && m.metadata.name === backend.service.name),
        );
        const port = defined(
          (service.spec.ports as { name: string; port: number }[]).find(
            (p) => p.name === backend.service.port.name || p.port === backend.service.port.number,
          ),
        ).port;
        connections.push({
          from: 'ingress controller',
          ...resolve(`${service.metadata.name}.negozio.svc`, port),
          why: `Ingress ${ingress.metadata.name}`,
        });
      }
    }
  }
  const cluster = defined(manifests.find((m) => m.kind === 'Cluster'));
  if (cluster.spec.monitoring?.enablePodMonitor)
    connections.push({
      from: 'prometheus',
      to: 'negozio-db primary',
      port: 9187,
      why: 'CloudNativePG PodMonitor',
    });
  return connections;
}

/** What the operators need among their own pods (from their documentation). */
const infrastructure: Connection[] = [
  {
    from: 'negozio-db replica',
    to: 'negozio-db primary',
    port: 5432,
    why: 'streaming replication',
  },
  {
    from: 'negozio-db primary',
    to: 'negozio-db replica',
    port: 8000,
    why: 'instance manager status (switchover)',
  },
  {
    from: 'cnpg operator',
    to: 'negozio-db primary',
    port: 8000,
    why: 'CloudNativePG operator → instance manager',
  },
  {
    from: 'cnpg operator',
    to: 'negozio-db replica',
    port: 8000,
    why: 'CloudNativePG operator → instance manager',
  },
  {
    from: 'negozio-db primary',
    to: 'kubernetes API',
    port: 443,
    why: 'the instance manager watches its Cluster',
  },
  {
    from: 'negozio-mq node',
    to: 'negozio-mq other node',
    port: 25672,
    why: 'RabbitMQ clustering (Erlang distribution)',
  },
  {
    from: 'negozio-mq node',
    to: 'negozio-mq other node',
    port: 4369,
    why: 'RabbitMQ clustering (epmd)',
  },
  { from: 'negozio-mq node', to: 'kubernetes API', port: 443, why: 'RabbitMQ peer discovery' },
  {
    from: 'outside',
    to: 'negozio-mq node',
    port: 5671,
    why: "partners' AMQP subscriptions over TLS",
  },
  ...['gateway', 'web', 'identity', 'catalog', 'negozio-migrations', 'negozio-db primary'].map(
    (from) => ({ from, to: 'kube-dns', port: 53, protocol: 'UDP', why: 'DNS' }),
  ),
];

const services = platformServices.map(({ definition }) => definition.name);

/** Connections that must stay closed, whatever the settings say. */
function forbidden(manifests: Manifest[], configured: Connection[]): Connection[] {
  const ports = Object.fromEntries(
    services.map((name) => [
      name,
      defined(manifests.find((m) => m.kind === 'Service' && m.metadata.name === name)).spec.ports[0]
        .port as number,
    ]),
  );
  const list: Connection[] = [];
  const add = (from: string, to: string, port: number, why: string) =>
    list.push({ from, to, port, why });
  for (const service of services) {
    add(
      'web',
      service,
      defined(ports[service]),
      'the portal calls the API through the gateway only',
    );
    add('pod without labels', service, defined(ports[service]), 'an unknown pod');
    add(
      'pod of another namespace',
      service,
      defined(ports[service]),
      'another namespace, even with a platform label',
    );
    add(
      'outside',
      service,
      defined(ports[service]),
      'the Internet reaches the gateway only, through the ingress',
    );
    if (service !== 'notify')
      add(service, 'negozio-mq node', 15672, "the broker's management API is notify's and KEDA's");
    for (const other of services) {
      if (other !== service && !configured.some((c) => c.from === service && c.to === other))
        add(service, other, defined(ports[other]), `${service} does not call ${other}`);
    }
    if (!configured.some((c) => c.from === service && c.to === 'outside'))
      add(service, 'outside', 443, `${service} calls no external system`);
  }
  for (const from of [
    'web',
    'gateway',
    'pod without labels',
    'pod of another namespace',
    'outside',
    'prometheus',
    'keda operator',
    'ingress controller',
  ]) {
    add(from, 'negozio-db primary', 5432, "the database is the services' and the Jobs' only");
  }
  for (const from of [
    'web',
    'gateway',
    'pod without labels',
    'pod of another namespace',
    'outside',
    'negozio-migrations',
  ])
    add(from, 'negozio-mq node', 5672, "the broker is the services' only");
  for (const from of ['prometheus', 'outside', 'pod without labels', 'web', 'gateway'])
    add(from, 'negozio-mq node', 15672, "the broker's management API is notify's and KEDA's");
  add('ingress controller', 'web', 8088, 'the portal is reached through the gateway');
  add('ingress controller', 'identity', 8081, 'services are reached through the gateway');
  add('pod without labels', 'gateway', 8080, 'an unknown pod');
  add('pod without labels', 'outside', 443, 'an unknown pod leaves the cluster');
  add('negozio-migrations', 'outside', 443, 'the release Job calls nothing outside');
  add('gateway', 'outside', 443, 'the gateway calls nothing outside');
  add('web', 'outside', 443, 'the portal calls nothing outside');
  add('identity', 'outside', 5432, 'external systems only on their ports');
  return list;
}

for (const overlay of ['dev', 'prod']) {
  describe(
    `${overlay}: the network policies, connection by connection`,
    { skip: kubectlSkip },
    () => {
      const manifests = renderOverlay(overlay);
      const policies = manifests.filter((m) => m.kind === 'NetworkPolicy');
      const { pods, resolve } = clusterModel(manifests);
      const configured = configuredConnections(manifests, resolve);
      const needed = [...configured, ...operatorConnections(manifests, resolve), ...infrastructure];
      const allowed = (c: Connection) =>
        connectionAllowed(
          policies,
          defined(pods.get(c.from)),
          defined(pods.get(c.to)),
          c.port,
          c.protocol,
        );
      const distinct = (list: Connection[]) => [
        ...new Map(
          list.map((c) => [`${c.from} → ${c.to}:${c.port}/${c.protocol ?? 'TCP'}`, c]),
        ).values(),
      ];

      test("when every component connects where its settings say, then every connection passes both ends' policies", () => {
        const blocked = distinct(needed)
          .filter((c) => !allowed(c))
          .map((c) => `${c.from} → ${c.to}:${c.port} (${c.why})`);
        assert.deepEqual(blocked, []);
        for (const service of services) {
          assert.ok(
            configured.some(
              (c) => c.from === service && c.to === 'negozio-db primary' && c.port === 5432,
            ),
            `${service} reaches its database`,
          );
          assert.ok(
            configured.some(
              (c) => c.from === service && c.to === 'negozio-mq node' && c.port === 5672,
            ),
            `${service} reaches the broker`,
          );
        }
        assert.ok(
          configured.some((c) => c.from === 'web' && c.to === 'gateway'),
          'the portal calls the gateway',
        );
        assert.ok(
          configured.some((c) => c.from === 'negozio-migrations' && c.to === 'negozio-db primary'),
          'the migrations reach the database',
        );
        for (const port of [8080, 8443])
          assert.ok(
            needed.some(
              (c) => c.from === 'ingress controller' && c.to === 'gateway' && c.port === port,
            ),
            `the Ingresses reach the gateway on ${port}`,
          );
        console.log(
          `${overlay}: ${distinct(needed).length} connections needed, ${distinct(needed).filter(allowed).length} allowed, ${distinct(needed).filter((c) => !allowed(c)).length} blocked`,
        );
      });

      test('when anything tries a connection the platform does not need, then the policies close it', () => {
        const closed = distinct(forbidden(manifests, configured));
        const open = closed.filter(allowed).map((c) => `${c.from} → ${c.to}:${c.port} (${c.why})`);
        assert.deepEqual(open, []);
        console.log(`${overlay}: ${closed.length} forbidden connections, all closed`);
      });
    },
  );
}

test('when the evaluator meets the cases of the Kubernetes documentation, then it answers as Kubernetes does', () => {
  const policy = (spec: object): Manifest => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'p', namespace },
    spec,
  });
  const db: Endpoint = { namespace, labels: { role: 'db' } };
  const frontend: Endpoint = { namespace, labels: { role: 'frontend' } };
  const elsewhere: Endpoint = { namespace: 'other', labels: { role: 'frontend' } };
  // No policy: everything is open.
  assert.equal(connectionAllowed([], frontend, db, 5432), true);
  const ingressOnly = policy({
    podSelector: { matchLabels: { role: 'db' } },
    ingress: [
      { from: [{ podSelector: { matchLabels: { role: 'frontend' } } }], ports: [{ port: 5432 }] },
    ],
  });
  assert.equal(connectionAllowed([ingressOnly], frontend, db, 5432), true);
  assert.equal(connectionAllowed([ingressOnly], frontend, db, 5433), false, 'another port');
  assert.equal(
    connectionAllowed([ingressOnly], elsewhere, db, 5432),
    false,
    "a podSelector alone is the policy's own namespace",
  );
  // namespaceSelector and podSelector in one peer: both must match; in two peers: either.
  const both = policy({
    podSelector: {},
    policyTypes: ['Ingress'],
    ingress: [
      {
        from: [
          {
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'other' } },
            podSelector: { matchLabels: { role: 'x' } },
          },
        ],
      },
    ],
  });
  assert.equal(connectionAllowed([both], elsewhere, db, 1), false);
  const either = policy({
    podSelector: {},
    policyTypes: ['Ingress'],
    ingress: [
      {
        from: [
          { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'other' } } },
          { podSelector: { matchLabels: { role: 'x' } } },
        ],
      },
    ],
  });
  assert.equal(connectionAllowed([either], elsewhere, db, 1), true);
  // Default deny of egress blocks the sender even when the receiver admits it.
  const denyEgress = policy({ podSelector: {}, policyTypes: ['Egress'] });
  assert.equal(connectionAllowed([ingressOnly, denyEgress], frontend, db, 5432), false);
  // ipBlock with except; named ports resolve on the receiving pod.
  const out = policy({
    podSelector: {},
    policyTypes: ['Egress'],
    egress: [
      { to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }], ports: [{ port: 443 }] },
    ],
  });
  assert.equal(connectionAllowed([out], frontend, { ip: '203.0.113.1' }, 443), true);
  assert.equal(connectionAllowed([out], frontend, { ip: '10.1.2.3' }, 443), false);
  const named = policy({
    podSelector: { matchLabels: { role: 'db' } },
    ingress: [{ ports: [{ port: 'pg' }] }],
  });
  assert.equal(
    connectionAllowed(
      [named],
      frontend,
      { ...db, ports: [{ name: 'pg', containerPort: 5432 }] },
      5432,
    ),
    true,
  );
  assert.equal(
    connectionAllowed(
      [named],
      frontend,
      { ...db, ports: [{ name: 'pg', containerPort: 5432 }] },
      5433,
    ),
    false,
  );
  // matchExpressions.
  const expressions = policy({
    podSelector: { matchExpressions: [{ key: 'role', operator: 'In', values: ['db'] }] },
    policyTypes: ['Ingress'],
  });
  assert.equal(connectionAllowed([expressions], frontend, db, 1), false);
  assert.equal(connectionAllowed([expressions], db, frontend, 1), true);
});
