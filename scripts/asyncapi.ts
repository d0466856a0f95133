// Writes docs/asyncapi.yaml from the contracts; a test fails when the file and the code disagree.
import { writeFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import { buildAsyncApi } from '@app/events';

await writeFile(new URL('../docs/asyncapi.yaml', import.meta.url), stringify(buildAsyncApi()));
console.log('docs/asyncapi.yaml written');
