import { runServiceProcess } from '@app/platform/service';
import { loadServiceConfig } from './config.js';
import { definition } from './service.js';

await runServiceProcess(definition, loadServiceConfig());
