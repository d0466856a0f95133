import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defined } from '@app/platform/errors';
import { projectGraph } from '../../scripts/dependency-graph.js';
import {
  brokenRules,
  capabilityCycles,
  importsOf,
  moduleCycles,
  type SourceFile,
  type Workspace,
} from '../../scripts/dependency-rules.js';

const graph = projectGraph();

describe('dependency rules of the project', () => {
  it('every file of every workspace keeps them', () => {
    assert.ok(graph.files.length > 100, 'the graph should hold the whole project');
    assert.deepEqual(brokenRules(graph.workspaces, graph.files), []);
  });

  it('no two capabilities of a service import each other', () => {
    assert.deepEqual(capabilityCycles(graph.files), []);
  });

  it('no file of any workspace imports itself round a loop of files', () => {
    assert.deepEqual(moduleCycles(graph.files), []);
  });
});

describe('the dependency checker', () => {
  const workspace = (
    name: string,
    folder: string,
    kind: Workspace['kind'],
    declared: string[],
  ): Workspace => ({ name, folder, kind, declared: new Set(declared) });
  const workspaces = [
    workspace('@app/ordering', 'services/ordering', 'service', [
      '@app/platform',
      '@app/events',
      '@app/catalog',
      '@app/sim-mail',
      'zod',
    ]),
    workspace('@app/platform', 'packages/platform', 'package', ['@app/roles', 'pg']),
  ];
  const file = (workspaceName: string, path: string, text: string): SourceFile => ({
    workspace: workspaceName,
    path,
    test: path.includes('/test/'),
    imports: importsOf(text),
  });
  const check = (...files: SourceFile[]) => brokenRules(workspaces, files);

  it('refuses a service that imports another service', () => {
    const broken = check(
      file(
        '@app/ordering',
        'services/ordering/src/orders/order.service.ts',
        "import { findContract } from '@app/catalog';\n",
      ),
    );
    assert.match(broken.join('\n'), /a service may not import @app\/catalog/);
  });

  it('lets a service use the platform and the event contracts', () => {
    assert.deepEqual(
      check(
        file(
          '@app/ordering',
          'services/ordering/src/orders/order.service.ts',
          "import { withTransaction } from '@app/platform/db';\nimport type { OrderIssued } from '@app/events';\n",
        ),
      ),
      [],
    );
  });

  it("refuses a service's test that starts another service (flows across services are tested from tests/)", () => {
    const broken = check(
      file(
        '@app/ordering',
        'services/ordering/test/harness.ts',
        "import * as catalog from '@app/catalog';\n",
      ),
    );
    assert.match(broken.join('\n'), /a service may not import @app\/catalog/);
    assert.deepEqual(
      check(
        file(
          '@app/ordering',
          'services/ordering/test/harness.ts',
          "import { startMailSimulator } from '@app/sim-mail';\n",
        ),
      ),
      [],
    );
  });

  it('refuses a portal that reaches a service instead of the public API', () => {
    const portal = workspace('@app/web', 'web', 'portal', [
      '@app/platform',
      '@app/page-layout',
      '@app/ordering',
    ]);
    const page = (text: string) =>
      brokenRules(
        [portal, ...workspaces],
        [
          {
            workspace: '@app/web',
            path: 'web/src/pages/order.pages.ts',
            test: false,
            imports: importsOf(text),
          },
        ],
      );
    assert.match(
      page("import { orderView } from '@app/ordering';\n").join('\n'),
      /a portal may not import @app\/ordering/,
    );
    assert.deepEqual(page("import { pageRenderer } from '@app/page-layout';\n"), []);
  });

  it('refuses the platform naming a business package', () => {
    const broken = check(
      file(
        '@app/platform',
        'packages/platform/src/auth/caller.ts',
        "import { roles } from '@app/roles';\n",
      ),
    );
    assert.match(broken.join('\n'), /the platform imports the business package @app\/roles/);
  });

  it('refuses a rules file that reaches a database, a store or a service', () => {
    const rules = 'services/ordering/src/orders/order.rules.ts';
    assert.match(
      check(file('@app/ordering', rules, "import { Pool } from 'pg';\n")).join('\n'),
      /not declared|I\/O/,
    );
    assert.match(
      check(file('@app/ordering', rules, "import { orderStore } from './order.store.js';\n")).join(
        '\n',
      ),
      /not pure/,
    );
    assert.match(
      check(file('@app/ordering', rules, "export { issue } from './order.service.js';\n")).join(
        '\n',
      ),
      /not pure/,
    );
    assert.match(
      check(
        file('@app/ordering', rules, "import { withTransaction } from '@app/platform/db';\n"),
      ).join('\n'),
      /I\/O/,
    );
    assert.deepEqual(
      check(
        file(
          '@app/ordering',
          rules,
          "import type { OrderRow } from './order.store.js';\nimport { money } from './money.rules.js';\nimport { problem } from '@app/platform/errors';\n",
        ),
      ),
      [],
    );
  });

  it('refuses an import the workspace does not declare', () => {
    const broken = check(
      file(
        '@app/ordering',
        'services/ordering/src/orders/order.store.ts',
        "import { DataSource } from 'typeorm';\n",
      ),
    );
    assert.match(
      broken.join('\n'),
      /imports typeorm, not declared in services\/ordering\/package.json/,
    );
  });

  it('finds a loop of files, type imports and folder indexes included, and lets a chain without one pass', () => {
    const files = [
      file(
        '@app/platform',
        'packages/platform/src/auth/guards.ts',
        "import type { RouteAccess } from '../http/route.js';\n",
      ),
      file(
        '@app/platform',
        'packages/platform/src/http/route.ts',
        "import type { Command } from '../commands/index.js';\n",
      ),
      file(
        '@app/platform',
        'packages/platform/src/commands/index.ts',
        "import { requireTenant } from '../auth/guards.js';\n",
      ),
    ];
    assert.deepEqual(moduleCycles(files), [
      'packages/platform/src/auth/guards.ts ↔ packages/platform/src/commands/index.ts ↔ packages/platform/src/http/route.ts',
    ]);
    assert.deepEqual(moduleCycles(files.slice(1)), []);
  });

  it('finds two capabilities that import each other, and lets one that imports the other alone', () => {
    const files = [
      file(
        '@app/ordering',
        'services/ordering/src/orders/order.service.ts',
        "import { contract } from '../contracts/contract.service.js';\n",
      ),
      file(
        '@app/ordering',
        'services/ordering/src/contracts/contract.service.ts',
        "import { order } from '../orders/order.store.js';\n",
      ),
    ];
    assert.deepEqual(capabilityCycles(files), [
      'services/ordering/src/contracts ↔ services/ordering/src/orders',
    ]);
    assert.deepEqual(
      capabilityCycles([
        defined(files[0]),
        file(
          '@app/ordering',
          'services/ordering/src/contracts/contract.service.ts',
          "import type { Order } from '../orders/order.rules.js';\n",
        ),
      ]),
      [],
    );
  });

  it('reads dynamic imports and re-exports as imports', () => {
    const broken = check(
      file(
        '@app/ordering',
        'services/ordering/src/orders/order.service.ts',
        "const later = await import('@app/catalog');\nexport * from '@app/catalog';\n",
      ),
    );
    assert.equal(broken.length, 2);
  });
});
