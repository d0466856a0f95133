export { startMailSimulator, type MailSimulator, type ReceivedMail } from './mail-simulator.js';
