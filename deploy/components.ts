// Each deployable component by name, with the loader of its own configuration schema: what the
// deployment tests feed an environment to (compose's, a pod's), exactly as the component reads it at start.
import { loadGatewayConfig } from '@app/gateway';
import { loadWebConfig } from '@app/web';
import { platformServices } from '../scripts/platform-services.js';

export const configLoaders: Record<string, (env: NodeJS.ProcessEnv) => unknown> = {
  ...Object.fromEntries(
    platformServices.map(({ definition, loadConfig }) => [definition.name, loadConfig]),
  ),
  gateway: loadGatewayConfig,
  web: loadWebConfig,
};
