export { createGatewayApp } from './app.js';
export { startGateway, createCnsTlsServer, type RunningGateway } from './server.js';
export {
  loadGatewayConfig,
  configSchema,
  serviceNames,
  serviceUrlVariable,
  type GatewayConfig,
} from './config.js';
export { ownerOf, routeTable } from './routes.table.js';
