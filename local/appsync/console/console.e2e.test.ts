import { shop } from '../../../infra/shop.js';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../../schema/loadSchema.js';
import { ensureUser, startCognito } from '../../cognito/index.js';
import type { CognitoTwin } from '../../cognito/index.js';
import { close, listen } from '../../listen.js';
import type { ConsoleConfig } from './app/consoleConfig.js';
import { tokenClaims } from './app/tokenClaims.js';
import { buildConsole } from './buildConsole.js';
import { consoleHandler } from './consoleHandler.js';
import { stubGraphqlHandler } from './stubGraphqlHandler.js';
import type { StubRequest } from './stubGraphqlHandler.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../test/support/chromium.js';

const ADMIN = { email: 'e2e-admin@shopsync.local', password: 'E2e-Admin-Pass-9!', groups: ['admins'] };

/** The little of playwright-core's API this test uses (the package is optional: see the skip below). */
interface Locator {
  click(): Promise<void>;
  check(): Promise<void>;
  fill(value: string): Promise<void>;
  first(): Locator;
  waitFor(options?: { readonly state?: 'visible' | 'attached'; readonly timeout?: number }): Promise<void>;
  textContent(): Promise<string | null>;
  getByText(text: string | RegExp, options?: { readonly exact?: boolean }): Locator;
}
interface Page {
  goto(url: string): Promise<unknown>;
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', listener: (error: Error) => void): void;
  on(event: 'request', listener: (request: { url(): string }) => void): void;
  locator(selector: string): Locator;
  getByLabel(text: string, options?: { readonly exact?: boolean }): Locator;
  getByRole(role: string, options?: { readonly name?: string | RegExp; readonly exact?: boolean }): Locator;
  getByText(text: string | RegExp, options?: { readonly exact?: boolean }): Locator;
  screenshot(options: { readonly path: string; readonly fullPage?: boolean }): Promise<unknown>;
}
interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface Playwright {
  readonly chromium: {
    launch(options: { executablePath: string; args: string[]; headless: boolean }): Promise<Browser>;
  };
}

// A variable name keeps tsc and Vite from resolving the optional package when it is absent.
const playwrightModule = 'playwright-core';
const playwright = (await import(playwrightModule).catch(() => undefined)) as Playwright | undefined;
const hasChromium = existsSync(CHROMIUM);

// Runs wherever Chromium is installed and CI is set (then a missing playwright-core fails, never skips),
// or locally where both are installed.
describe.runIf(hasChromium && (Boolean(process.env.CI) || playwright !== undefined))(
  'the console in headless Chromium',
  () => {
    const root = mkdtempSync(path.join(tmpdir(), 'shopsync-console-e2e-'));
    const outDir = path.join(root, 'console');
    const requests: StubRequest[] = [];
    const browserRequests: string[] = [];
    const problems: string[] = [];
    let cognito: CognitoTwin;
    let server: Server;
    let base: string;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      if (!playwright)
        throw new Error('The console e2e test needs playwright-core: npm install -D playwright-core');
      await buildConsole(outDir);
      cognito = await startCognito({
        port: 0,
        region: 'us-east-1',
        accountId: '000000000000',
        userPool: shop.userPool,
      });
      await ensureUser(cognito, ADMIN);
      const routes = [
        consoleHandler({ outDir, configUrl: '/config.json' }),
        stubGraphqlHandler(loadSchema(), requests),
      ];
      server = createServer((request, response) => {
        if (request.url === '/config.json') {
          response.writeHead(200, { 'content-type': 'application/json' });
          const config: ConsoleConfig = {
            region: 'us-east-1',
            graphqlUrl: `${base}/graphql`,
            apiKey: 'da2-e2e-key',
            userPoolId: cognito.userPoolId,
            userPoolClientId: cognito.userPoolClientId,
            userPoolEndpoint: cognito.endpoint,
          };
          response.end(JSON.stringify(config));
          return;
        }
        if (routes.some((route) => route(request, response))) return;
        response.writeHead(404).end();
      });
      base = await listen(server, 0, 'console e2e');
      browser = await playwright.chromium.launch({
        executablePath: CHROMIUM,
        args: [...CHROMIUM_ARGS],
        headless: true,
      });
      page = await browser.newPage();
      page.on('console', (message) => {
        // Chromium logs every refused fetch; the 400 (wrong password) and 401s (no token yet) are the
        // answers these steps provoke on purpose. Anything else, a 404 included, is a problem.
        const provoked = /Failed to load resource: the server responded with a status of 40[01]/.test(
          message.text(),
        );
        if (message.type() === 'error' && !provoked) problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
      page.on('request', (request) => browserRequests.push(request.url()));
    });

    afterAll(async () => {
      await browser?.close();
      if (server) await close(server);
      await cognito?.stop();
      rmSync(root, { recursive: true, force: true });
    });

    const introspectionsSince = (count: number): StubRequest[] =>
      requests.slice(count).filter((request) => request.body.query.includes('__schema'));

    it('loads the editor and lists Query in the Docs explorer, introspecting with the API key', async () => {
      await page.goto(`${base}/console`);
      await page.locator('.graphiql-container').waitFor();
      await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 30_000 });
      await page.locator('.graphiql-query-editor .view-line').first().waitFor();
      expect(await page.locator('.graphiql-query-editor .view-lines').textContent()).toContain('Schema');
      await page.getByText('x-api-key: da2-e2e-key').waitFor();

      await page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click();
      await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();

      const introspections = introspectionsSince(0);
      expect(introspections.length).toBeGreaterThan(0);
      expect(introspections[0]!.headers['x-api-key']).toBe('da2-e2e-key');
      await page.screenshot({ path: path.join(tmpdir(), 'shopsync-console.png') });
    });

    it('signs in against the user pool, shows the user and groups, and sends the id token', async () => {
      const before = requests.length;
      await page.getByLabel('Sign in (user pool)').check();
      await page.getByLabel('Email').fill(ADMIN.email);
      await page.getByLabel('Password').fill('Wrong-Password-1!');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByText('Incorrect username or password. (NotAuthorizedException)').waitFor();

      await page.getByLabel('Password').fill(ADMIN.password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByText(`Signed in as ${ADMIN.email}`, { exact: false }).waitFor();
      expect(await page.locator('.console-groups').textContent()).toBe('admins');

      await expect
        .poll(() => introspectionsSince(before).some((request) => request.headers.authorization))
        .toBe(true);
      const token = introspectionsSince(before).find((request) => request.headers.authorization)!.headers
        .authorization!;
      expect(tokenClaims(token)).toMatchObject({ name: ADMIN.email, tokenUse: 'id', groups: ['admins'] });

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByLabel('Email').waitFor();
    });

    it('accepts a pasted token and refuses text that is not one', async () => {
      const token = requests.map((request) => request.headers.authorization).find(Boolean)!;
      await page.getByLabel('Token', { exact: true }).check();
      await page.getByLabel('Token (id or access JWT)').fill('not-a-token');
      await page.getByRole('button', { name: 'Use token' }).click();
      await page.getByText('A token has three dot-separated parts (a JWT)').waitFor();
      await page.getByLabel('Token (id or access JWT)').fill(`Bearer ${token}`);
      await page.getByRole('button', { name: 'Use token' }).click();
      await page.getByText(`Signed in as ${ADMIN.email}`, { exact: false }).waitFor();
      await page.getByLabel('API key').check();
    });

    it('started the Monaco workers from the twin, fetched nothing elsewhere, and logged no error', async () => {
      await expect
        .poll(() => browserRequests.some((url) => url.includes('/console/graphql.worker-')))
        .toBe(true);
      const elsewhere = browserRequests.filter(
        (url) =>
          !url.startsWith(`${base}/`) &&
          !url.startsWith(`${cognito.endpoint}/`) &&
          !/^(data|blob):/.test(url),
      );
      expect(elsewhere).toEqual([]);
      expect(problems).toEqual([]);
    });
  },
);
