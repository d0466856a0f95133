import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { demoPassword } from '../../scripts/gateway-client.js';

export const chromiumPath = '/usr/bin/chromium';
/** Why a browser test is skipped on a machine without Chromium (never in CI, where it must run). */
export const chromiumMissing =
  !existsSync(chromiumPath) && !process.env.CI
    ? `Chromium non trovato in ${chromiumPath} (apt-get install chromium)`
    : false;
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 375, height: 740 },
} as const;
export type Width = keyof typeof viewports;

/**
 * axe-core on the page as it is, with the WCAG 2.0/2.1 A and AA rules: no violation of impact serious
 * or critical. axe runs through the debugging protocol, so the page's CSP (no inline scripts) stays on.
 */
export async function assertAccessible(page: Page, label: string): Promise<void> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{
            violations: {
              id: string;
              impact: string;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  const serious = result.violations.filter((violation) =>
    ['serious', 'critical'].includes(violation.impact),
  );
  assert.deepEqual(
    serious.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    ),
    [],
    `${label}: violazioni di accessibilità`,
  );
}

/** A screenshot kept as a CI artifact: artifacts/screenshots/<width>/<name>.png. */
export async function keepScreenshot(page: Page, width: Width, name: string): Promise<void> {
  const folder = new URL(`../../artifacts/screenshots/${width}/`, import.meta.url).pathname;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: `${folder}${name}.png`, fullPage: true });
}

/** A person's own browser (cookies of their own), at the given width. */
export async function personBrowser(
  browser: Browser,
  width: Width,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: viewports[width] });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return { context, page };
}

/** The password form of the access page. */
export async function passwordLogin(page: Page, gateway: string, username: string): Promise<void> {
  await page.goto(`${gateway}/api/v1/auth/login`);
  await page.fill('#username', username);
  await page.fill('#password', demoPassword);
  await page.click('button:has-text("Accedi")');
  await page.waitForSelector('text=Vai al Negozio Elettronico');
}

/** SPID level 2 on the IdP simulator, as the person would: choose the IdP, log in there, come back. */
export async function spidLogin(page: Page, gateway: string, username: string): Promise<void> {
  await page.goto(`${gateway}/api/v1/auth/login`);
  await page.selectOption('#level', '2');
  await page.click('button:has-text("Entra con SPID")');
  await page.waitForSelector('text=richiede un accesso SPID di livello 2');
  await page.fill('#username', username);
  await page.fill('#password', demoPassword);
  await page.click('button:has-text("Entra con SPID")');
  await page.click('text=Torna al servizio');
}

/**
 * Keyboard only: Tab until the element has the focus (as a person without a mouse would reach it),
 * failing if it cannot be reached within the page's tab order.
 */
export async function tabTo(page: Page, selector: string, maxTabs = 250): Promise<void> {
  const target = page.locator(selector).first();
  await target.waitFor();
  for (let tabs = 0; tabs < maxTabs; tabs++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`${selector} non raggiungibile con il tasto Tab`);
}

/** Types into a field reached with the keyboard. */
export async function typeWithKeyboard(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Presses a button reached with the keyboard, then waits for the page it leads to. */
export async function pressWithKeyboard(page: Page, selector: string): Promise<void> {
  await tabTo(page, selector);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
}

/** A person's own desktop browser, logged in with the password form. */
export async function signedInPage(
  browser: Browser,
  gateway: string,
  username: string,
): Promise<Page> {
  const { page } = await personBrowser(browser, 'desktop');
  await passwordLogin(page, gateway, username);
  return page;
}

/** Presses a form's button and waits for the page the form leads to. */
export const submitForm = (page: Page, button: string) =>
  Promise.all([page.waitForNavigation(), page.click(`button:has-text("${button}")`)]);

/**
 * Every link and button of the header can be clicked with a mouse: at the centre of each, the topmost
 * element is the control itself (or inside it), not a band of the header drawn over it.
 */
export async function assertHeaderClickable(page: Page, label: string): Promise<void> {
  const covered = await page.evaluate(() => {
    // Instantly: Bootstrap's smooth scrolling would still be under way when the points are read.
    window.scrollTo({ top: 0, behavior: 'instant' });
    return Array.from(document.querySelectorAll<HTMLElement>('header a, header button'))
      .filter((control) => control.offsetParent !== null)
      .filter((control) => {
        const box = control.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return !top || !(control === top || control.contains(top));
      })
      .map((control) => control.textContent?.trim() ?? control.tagName);
  });
  assert.deepEqual(covered, [], `${label}: controlli dell'intestazione coperti`);
}
