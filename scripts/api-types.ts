import { writeFileSync } from 'node:fs';
import { pino } from 'pino';
import { apiTypes, apiTypesFile, mergedDocument } from './api-document.js';
import { startDemoPlatform } from './demo-platform.js';

// Starts the platform as the tests do, reads its merged OpenAPI and writes the types the scripts
// use.
const demo = await startDemoPlatform();
try {
  writeFileSync(apiTypesFile, await apiTypes(await mergedDocument(demo.gateway)));
  pino().info({ file: apiTypesFile }, 'API types written');
} finally {
  await demo.stop();
}
process.exit(0);
