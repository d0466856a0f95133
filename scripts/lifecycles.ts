import { writeFileSync } from 'node:fs';
import { lifecyclePage, lifecyclesFile } from './lifecycle-page.js';

// Writes docs/lifecycles.md from the lifecycles the rules files declare.
writeFileSync(lifecyclesFile, `${lifecyclePage()}\n`);
console.log(`${lifecyclesFile} written`);
