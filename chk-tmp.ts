import { projectGraph } from './scripts/dependency-graph.js';
import { brokenRules } from './scripts/dependency-rules.js';
const { workspaces, files } = projectGraph();
const broken = brokenRules(workspaces, files);
console.log(broken.length);
const undeclared = new Map<string, Set<string>>();
for (const b of broken) { const m = /^(.+?): imports (\S+), not declared in (\S+)\/package.json/.exec(b); if (m) { const k = m[3]!; undeclared.set(k, (undeclared.get(k) ?? new Set()).add(m[2]! + (/test/.test(m[1]!) ? ' (test)' : ''))); } }
for (const [k, v] of undeclared) console.log(k, [...v].join(' '));
for (const b of broken.filter((b) => !b.includes('not declared'))) console.log(b);
