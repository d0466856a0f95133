export { definition } from './service.js';
export { loadServiceConfig, configSchema } from './config.js';
export {
  saveAgency as rememberAgency,
  saveContract as rememberContract,
} from './directory/directory.store.js';
export { rememberSigner as rememberMember } from '@app/signed-documents';
export { contractOf } from './directory/directory.service.js';
export { saveRegisteredPeople as rememberRegistration } from './directory/registered-people.store.js';
export { saveSettings as rememberNsoSettings } from './nso/nso.store.js';
export { ublOrder, ublOrderResponse, type UblOrder } from './nso/nso-ubl.js';
