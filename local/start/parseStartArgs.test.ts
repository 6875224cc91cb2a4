import { describe, expect, it } from 'vitest';
import { parseStartArgs, START_USAGE } from './parseStartArgs.js';
import { UsageError } from './UsageError.js';

const DEFAULTS = {
  help: false,
  port: 4000,
  state: undefined,
  app: true,
  verbose: false,
  https: false,
  shopperEmail: undefined,
  shopperPassword: undefined,
  adminEmail: undefined,
  adminPassword: undefined,
};

/** The message of the UsageError `parseStartArgs` throws. */
function mistake(argv: readonly string[], env: Record<string, string> = {}): string {
  try {
    parseStartArgs(argv, env);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`parseStartArgs accepted ${JSON.stringify(argv)}`);
}

describe('parseStartArgs', () => {
  it('defaults to port 4000, the default folder, the app built, REPORT lines left out', () => {
    expect(parseStartArgs([], {})).toEqual(DEFAULTS);
  });

  it('reads every option, in both spellings, over its environment variable', () => {
    expect(
      parseStartArgs(
        ['--port=0', '--state', 'tmp/s', '--no-app', '--verbose', '--admin-email', 'a@example.com'],
        { SHOPSYNC_PORT: '5000', SHOPSYNC_STATE: 'elsewhere', SHOPSYNC_ADMIN_PASSWORD: 'Secret-Word-1' },
      ),
    ).toEqual({
      ...DEFAULTS,
      port: 0,
      state: 'tmp/s',
      app: false,
      verbose: true,
      adminEmail: 'a@example.com',
      adminPassword: 'Secret-Word-1',
    });
    expect(parseStartArgs([], { SHOPSYNC_PORT: '5000', SHOPSYNC_VERBOSE: '1' })).toMatchObject({
      port: 5000,
      verbose: true,
    });
    expect(parseStartArgs(['-h'], {}).help).toBe(true);
    expect(parseStartArgs(['--https'], {}).https).toBe(true);
    expect(parseStartArgs([], { SHOPSYNC_HTTPS: '1' }).https).toBe(true);
  });

  it('shows the command to type when npm took options given before --', () => {
    // `npm start --port 4100`: npm sets npm_config_port=true and passes 4100 on.
    expect(mistake(['4100'], { npm_config_port: 'true' })).toBe(
      "npm took --port for itself: put -- before the twin's options, as in: npm start -- --port 4100",
    );
    // `npm start --port=4100 --no-app`: npm keeps the value, and reads --no-app as app=false.
    expect(mistake([], { npm_config_port: '4100', npm_config_app: '' })).toMatch(
      /npm took --port and --no-app for itself: .* npm start -- --port 4100 --no-app$/,
    );
    // npm's own --verbose (its log level) is npm's business.
    expect(parseStartArgs([], { npm_config_loglevel: 'verbose' })).toEqual(DEFAULTS);
    // `npm start --https`: npm reads it as its own config `https=true`.
    expect(mistake([], { npm_config_https: 'true' })).toMatch(/npm took --https .* npm start -- --https$/);
  });

  it('refuses unknown options, stray arguments, and missing, extra or bad values', () => {
    expect(mistake(['--prot', '4100'])).toBe("unknown option '--prot'");
    expect(mistake(['4100'])).toMatch(
      /^unexpected argument '4100' \(npm passes the twin only what follows --/,
    );
    expect(mistake(['--port'])).toBe('--port needs a value');
    expect(mistake(['--no-app=yes'])).toBe('--no-app takes no value');
    expect(mistake(['--https=yes'])).toBe('--https takes no value');
    for (const port of ['-1', '65529', '4e3', 'x', ''])
      expect(mistake(['--port', port])).toMatch(/^--port must be a whole number from 0 to 65528/);
    expect(mistake([], { SHOPSYNC_PORT: 'x' })).toMatch(/not 'x'/);
  });

  it('has a usage of one line that names every option', () => {
    expect(START_USAGE).not.toContain('\n');
    for (const option of ['--port', '--state', '--no-app', '--https', '--verbose', '--help'])
      expect(START_USAGE).toContain(option);
  });
});
