// The shop as the end-to-end tests drive it: the built app (app/) served by the whole twin, and headless
// Chromium pages watched for errors and for anything reached outside the twin.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { ROOT_DIR } from '../../infra/paths.js';
import { shop } from '../../infra/shop.js';
import { startTwin } from '../../local/twin.js';
import type { DemoUser, Twin } from '../../local/twin.js';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';

/** Where the e2e tests write their screenshots (CI keeps them as artifacts). */
export const SCREENSHOTS = path.join(ROOT_DIR, 'test-results', 'screenshots');

/** Whether this machine has the Chromium the e2e tests drive. */
export const hasChromium = existsSync(CHROMIUM);

/** The e2e tests are skipped without Chromium, except in CI, where its absence is a failure. */
export const skipE2e = !hasChromium && !process.env.CI;

/** The note a skipped e2e suite's title ends with ('' when it runs). */
export const skipNote = skipE2e ? ` (skipped: ${CHROMIUM} is missing; apt-get install chromium)` : '';

/** A browser profile and its first page. */
export interface E2ePage {
  readonly context: BrowserContext;
  readonly page: Page;
}

/** What `startE2eShop` is asked for. */
export interface E2eShopOptions {
  /** The prefix of the temporary folder holding the built app and the twin's state. */
  readonly tmpPrefix: string;
  /** The users the twin's pool holds from the start. */
  readonly demoUsers: Readonly<Record<string, DemoUser>>;
  /** A script every browser profile runs at the start of each document. */
  readonly initScript?: string;
  /**
   * Whether the user pool's 400 answers (a wrong code or password, on purpose) may be logged: the browser
   * logs every 4xx as a console error.
   */
  readonly poolRefusalsExpected?: boolean;
}

/** The running shop: the twin serving the built app, and the browser. */
export interface E2eShop {
  readonly twin: Twin;
  readonly browser: Browser;
  /** The built app the twin serves. */
  readonly appDir: string;
  /** Every console error, page error, request or socket outside the twin, from any watched page. */
  readonly problems: readonly string[];
  /** A fresh browser profile (its own storage, so its own session), its page watched for `problems`. */
  readonly newPage: (who: string, viewport?: { width: number; height: number }) => Promise<E2ePage>;
  /** Closes the browser, stops the twin and removes the temporary folder. */
  readonly stop: () => Promise<void>;
}

/** Builds the app into `appDir` as `npm start` serves it (production). */
export async function buildShopApp(appDir: string): Promise<void> {
  // Vite builds for the NODE_ENV it finds, and vitest sets 'test': build what `npm start` serves.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(ROOT_DIR, 'app', 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: appDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/**
 * Builds the app, starts the whole twin serving it (seeded, with `demoUsers`) and launches headless
 * Chromium. Throws when CI lacks Chromium; whatever started is stopped again if a later step fails.
 */
export async function startE2eShop(options: E2eShopOptions): Promise<E2eShop> {
  if (!hasChromium) throw new Error(`CI is set but ${CHROMIUM} is missing: apt-get install chromium`);
  const root = mkdtempSync(path.join(tmpdir(), options.tmpPrefix));
  const appDir = path.join(root, 'app');
  let twin: Twin | undefined;
  let browser: Browser | undefined;
  const stop = async (): Promise<void> => {
    await browser?.close();
    await twin?.stop();
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await buildShopApp(appDir);
    twin = await startTwin({
      description: shop,
      rootDir: ROOT_DIR,
      port: 0,
      stateDir: path.join(root, 'state'),
      appDir,
      seed: true,
      demoUsers: options.demoUsers,
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS], headless: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
  } catch (error) {
    await stop();
    throw error;
  }
  const problems: string[] = [];
  const started = { twin, browser };
  return {
    ...started,
    appDir,
    problems,
    newPage: (who, viewport) => watchedPage(started, options, problems, who, viewport),
    stop,
  };
}

/** A fresh browser profile and its page, whose errors and requests outside the twin go to `problems`. */
async function watchedPage(
  { twin, browser }: { readonly twin: Twin; readonly browser: Browser },
  options: E2eShopOptions,
  problems: string[],
  who: string,
  viewport = { width: 1280, height: 900 },
): Promise<E2ePage> {
  const context = await browser.newContext({ locale: 'en-US', viewport });
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const refused = /^Failed to load resource: .* 400/.test(message.text());
    const fromPool = message.location().url.startsWith(twin.config.userPoolEndpoint);
    if (options.poolRefusalsExpected && refused && fromPool) return;
    problems.push(`${who} console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${who} page: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    const allowed = [`${twin.url}/`, twin.config.userPoolEndpoint].some((prefix) => url.startsWith(prefix));
    if (!allowed && !/^(data|blob):/.test(url)) problems.push(`${who} fetched ${url}`);
  });
  // The app's only socket is the real-time link.
  page.on('websocket', (socket) => {
    if (!socket.url().startsWith(twin.config.realtimeUrl))
      problems.push(`${who} opened a socket to ${socket.url()}`);
  });
  return { context, page };
}
