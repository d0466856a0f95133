import { readdirSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { euroText } from '@app/italian-codes';
import { refuse } from '@app/platform/errors';
import {
  channels,
  previewData,
  splitTemplate,
  templateRefusals,
  type Channel,
} from './template.rules.js';

const folder = new URL('../../templates/', import.meta.url);

/** Words on their own: text channels take them as written, the HTML layout escapes them. */
const text = Handlebars.create();
text.registerHelper('euro', (cents: number) => euroText(cents));
text.registerHelper('date', (iso: string) =>
  new Intl.DateTimeFormat('it-IT', { dateStyle: 'long', timeZone: 'Europe/Rome' }).format(
    new Date(iso),
  ),
);
text.registerHelper('isNumber', (value: unknown) => typeof value === 'number');
text.registerHelper('eq', (a: unknown, b: unknown) => a === b);
const html = Handlebars.create();

type Compiled = Handlebars.TemplateDelegate;
interface Message {
  title: Compiled;
  body: Compiled;
}

const compileText = (source: string) => text.compile(source, { noEscape: true, strict: false });

function load() {
  const messages = new Map<string, Message>();
  for (const file of readdirSync(new URL('messages/', folder)).filter((name) =>
    name.endsWith('.hbs'),
  )) {
    const { title, body } = splitTemplate(
      readFileSync(new URL(`messages/${file}`, folder), 'utf8'),
    );
    messages.set(file.slice(0, -4), { title: compileText(title), body: compileText(body) });
  }
  const layout = (name: string) => readFileSync(new URL(`layouts/${name}.hbs`, folder), 'utf8');
  return {
    messages,
    layouts: {
      emailText: compileText(layout('email.text')),
      emailHtml: html.compile(layout('email.html')),
      pecText: compileText(layout('pec.text')),
    },
  };
}

// Read once at start-up: a missing or broken template stops the service before it takes any event.
const templates = load();

/**
 * What a message says on a channel: the key's own words for that channel if it has them, else its
 * common ones.
 */
function words(key: string, channel: Channel, data: unknown): { title: string; body: string } {
  const message = templates.messages.get(`${key}.${channel}`) ?? templates.messages.get(key);
  if (!message) throw new Error(`Modello di messaggio mancante: ${key}`);
  return { title: message.title(data), body: message.body(data) };
}

export interface Rendered {
  subject: string;
  text: string;
  html?: string;
}
export interface Addressee {
  recipient: string;
  link: string;
  sender?: string;
}

export function renderInbox(key: string, data: unknown): { title: string; body: string } {
  return words(key, 'inbox', data);
}

export function renderEmail(key: string, data: unknown, to: Addressee): Rendered {
  const { title, body } = words(key, 'email', data);
  const model = { ...to, title, body };
  return {
    subject: title,
    text: templates.layouts.emailText(model),
    html: templates.layouts.emailHtml(model),
  };
}

export function renderPec(key: string, data: unknown, to: Addressee): Rendered {
  const { title, body } = words(key, 'pec', data);
  return { subject: title, text: templates.layouts.pecText({ ...to, title, body }) };
}

/** The templates, each with the channels that have words of their own. */
export async function listTemplates() {
  const keys = [...templates.messages.keys()].filter((key) => !key.includes('.')).sort();
  return {
    items: keys.map((key) => ({
      key,
      channels: channels.map((channel) => ({
        channel,
        own: templates.messages.has(`${key}.${channel}`),
      })),
    })),
  };
}

/**
 * A template on a channel with example data, links pointing at the portal: what its recipients
 * would read.
 */
export async function preview(key: string, channel: Channel, portalUrl: string) {
  const data = previewData[key];
  if (!data || !templates.messages.has(key))
    throw refuse(templateRefusals.TEMPLATE_UNKNOWN, `Non esiste un modello «${key}».`);
  const to = {
    recipient: 'Luca Ferri',
    link: `${portalUrl}/notifiche`,
    sender: 'Negozio Elettronico',
  };
  if (channel === 'inbox') return { key, channel, ...renderInbox(key, data) };
  return {
    key,
    channel,
    ...(channel === 'email' ? renderEmail(key, data, to) : renderPec(key, data, to)),
  };
}
