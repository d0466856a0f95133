import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { euro, dateInputValue, italianDate, italianDateTime } from './format.js';

/** What every page gives the layout besides its own data. */
export interface PageContext {
  title: string;
  /** The logged person, as the header shows them. */
  person?:
    { name: string; profile?: string; agency?: string; unread?: number | undefined } | undefined;
  breadcrumbs?: { label: string; href?: string }[];
  csrfToken?: string;
  /** Where the page is in the main navigation ('contratti', 'ordini'…). */
  section?: string;
  [key: string]: unknown;
}

export type PageRenderer = (view: string, context: PageContext) => string;

const layoutViews = new URL('../views/', import.meta.url);

/**
 * Handlebars with the shared layout, header, footer and helpers, plus the caller's own views and
 * partials (files named `_name.hbs` are partials). Every page goes through the layout: one look.
 */
export function pageRenderer(viewsDir?: string): PageRenderer {
  const engine = Handlebars.create();
  engine.registerHelper('euro', (cents: number) => euro(cents));
  engine.registerHelper('date', (value: string) => italianDate(value));
  engine.registerHelper('dateTime', (value: string) => italianDateTime(value));
  engine.registerHelper('dateInput', (value: unknown) => dateInputValue(value));
  engine.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  engine.registerHelper(
    'includes',
    (list: unknown, item: unknown) => Array.isArray(list) && list.includes(item),
  );
  engine.registerHelper('or', (...values: unknown[]) => values.slice(0, -1).find(Boolean));
  engine.registerHelper('inc', (index: number) => index + 1);
  engine.registerHelper('concat', (...parts: unknown[]) => parts.slice(0, -1).join(''));
  engine.registerHelper('json', (value: unknown) => JSON.stringify(value));
  const views = new Map<string, HandlebarsTemplateDelegate>();
  for (const dir of [layoutViews.pathname, ...(viewsDir ? [viewsDir] : [])]) {
    for (const file of readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.hbs'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      const name = file.replace(/\\/g, '/').replace(/\.hbs$/, '');
      if (basename(name).startsWith('_'))
        engine.registerPartial(name.replace(/(^|\/)_/, '$1'), source);
      else views.set(name, engine.compile(source));
    }
  }
  const layout = views.get('layout');
  if (!layout) throw new Error(`no layout.hbs among the views`);
  return (view, context) => {
    const template = views.get(view);
    if (!template) throw new Error(`pagina sconosciuta: ${view}`);
    return layout({ ...context, body: template(context) });
  };
}
