import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../../infra/paths.js';
import { shop } from '../../../infra/shop.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../test/support/chromium.js';
import { ensureUser } from '../../cognito/index.js';
import { startTwin } from '../../twin.js';
import type { Twin } from '../../twin.js';
import { tokenClaims } from './app/tokenClaims.js';
import { buildConsole } from './buildConsole.js';

const ADMIN = { email: 'e2e-admin@shopsync.local', password: 'E2e-Admin-Pass-9!', groups: ['admins'] };

/** A request of the console to `/graphql`, as the browser sent it. */
interface GraphqlRequest {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: { readonly query: string; readonly operationName?: string | null };
}

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
interface BrowserRequest {
  url(): string;
  method(): string;
  headers(): Record<string, string>;
  postData(): string | null;
}
interface BrowserResponse {
  request(): BrowserRequest;
  status(): number;
  json(): Promise<unknown>;
}
interface Page {
  goto(url: string): Promise<unknown>;
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', listener: (error: Error) => void): void;
  on(event: 'request', listener: (request: BrowserRequest) => void): void;
  on(event: 'response', listener: (response: BrowserResponse) => void): void;
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
    /** The console's requests to `/graphql`, as the browser sent them. */
    const requests: GraphqlRequest[] = [];
    /** The answers to its introspection queries, as the browser received them. */
    const introspectionAnswers: Promise<{ status: number; body: unknown }>[] = [];
    const browserRequests: string[] = [];
    const problems: string[] = [];
    let twin: Twin;
    let base: string;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      if (!playwright)
        throw new Error('The console e2e test needs playwright-core: npm install -D playwright-core');
      await buildConsole(outDir);
      // The whole twin: the console at /console, its /config.json, and /graphql with the real engine
      // (auth, validation, the query depth limit of the stack description) over the project's schema.
      twin = await startTwin({
        description: shop,
        rootDir: ROOT_DIR,
        port: 0,
        stateDir: path.join(root, 'state'),
        consoleDir: outDir,
      });
      await ensureUser(twin.services.cognito, ADMIN);
      base = twin.url;
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
      page.on('request', (request) => {
        browserRequests.push(request.url());
        if (request.url() === twin.config.graphqlUrl && request.method() === 'POST') {
          requests.push({
            headers: request.headers(),
            body: JSON.parse(request.postData() ?? '{}') as GraphqlRequest['body'],
          });
        }
      });
      page.on('response', (response) => {
        const request = response.request();
        if (request.url() === twin.config.graphqlUrl && request.postData()?.includes('__schema')) {
          // Never rejects: a late answer may still be unread when the browser closes after the last test.
          introspectionAnswers.push(
            response.json().then(
              (body: unknown) => ({ status: response.status(), body }),
              (error: unknown) => ({ status: response.status(), body: { unreadable: String(error) } }),
            ),
          );
        }
      });
    });

    afterAll(async () => {
      await browser?.close();
      await twin?.stop();
      rmSync(root, { recursive: true, force: true });
    });

    const introspectionsSince = (count: number): GraphqlRequest[] =>
      requests.slice(count).filter((request) => request.body.query.includes('__schema'));

    it('loads the editor and lists Query in the Docs explorer, introspecting with the API key', async () => {
      await page.goto(`${base}/console`);
      await page.locator('.graphiql-container').waitFor();
      await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 30_000 });
      await page.locator('.graphiql-query-editor .view-line').first().waitFor();
      expect(await page.locator('.graphiql-query-editor .view-lines').textContent()).toContain('Schema');
      await page.getByText(`x-api-key: ${twin.config.apiKey}`).waitFor();

      await page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click();
      await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
      // The explorer lists the schema's own root fields, read from the twin's answer.
      await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
      await page.locator('.graphiql-doc-explorer').getByText('products', { exact: true }).first().waitFor();

      const introspections = introspectionsSince(0);
      expect(introspections.length).toBeGreaterThan(0);
      expect(introspections[0]!.headers['x-api-key']).toBe(twin.config.apiKey);
      // Answered by the engine under the API's query depth limit (10), though the query is 15 deep.
      const first = await introspectionAnswers[0]!;
      expect(first.status).toBe(200);
      expect(first.body).not.toHaveProperty('errors');
      expect(first.body).toMatchObject({ data: { __schema: { queryType: { name: 'Query' } } } });
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
          !url.startsWith(`${twin.services.cognito.endpoint}/`) &&
          !/^(data|blob):/.test(url),
      );
      expect(elsewhere).toEqual([]);
      expect(problems).toEqual([]);
    });
  },
);
