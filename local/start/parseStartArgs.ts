import { parseArgs } from 'node:util';
import { UsageError } from './UsageError.js';

/** What `npm start` was asked for. Options win over their environment variables. */
export interface StartArgs {
  readonly help: boolean;
  /** The base port: the twin takes it and the next 7; 0 gives every service a free port. */
  readonly port: number;
  /** The state folder as given (`--state`, SHOPSYNC_STATE), not resolved; undefined: the default. */
  readonly state: string | undefined;
  /** Build and serve the shop app and the GraphQL console (false with `--no-app`). */
  readonly app: boolean;
  /** Log a REPORT line for every Lambda call (`--verbose`, SHOPSYNC_VERBOSE=1). */
  readonly verbose: boolean;
  /** Serve the base port over TLS too, with a certificate kept in the state folder (`--https`, SHOPSYNC_HTTPS=1). */
  readonly https: boolean;
  readonly shopperEmail: string | undefined;
  readonly shopperPassword: string | undefined;
  readonly adminEmail: string | undefined;
  readonly adminPassword: string | undefined;
}

/** The one line `npm start` prints after a mistake in its arguments. */
export const START_USAGE =
  'Usage: npm start -- [--port <base port, default 4000; 0: free ports>] [--state <folder, default .shopsync>] [--no-app] [--https] [--verbose] [--help]';

/** What `npm start -- --help` prints. */
export const START_HELP = `${START_USAGE}
  --port N      the twin takes ports N to N+7 (default 4000, or SHOPSYNC_PORT); 0 takes free ports
  --state DIR   the state folder (default .shopsync, or SHOPSYNC_STATE); npm run reset deletes it
  --no-app      neither build nor serve the shop app and the GraphQL console: starts faster
  --https       serve the base port over TLS as well (or SHOPSYNC_HTTPS=1), with a certificate made once
                and kept in the state folder (tls/cert.pem); the README says how to trust it
  --verbose     log a REPORT line for every Lambda call (or SHOPSYNC_VERBOSE=1)
  --shopper-email E  --shopper-password P  --admin-email E  --admin-password P
                the demo accounts of a new state folder (or SHOPSYNC_SHOPPER_EMAIL, SHOPSYNC_SHOPPER_PASSWORD,
                SHOPSYNC_ADMIN_EMAIL, SHOPSYNC_ADMIN_PASSWORD)
  DATABASE_URL=mysql://user:password@host:3306  runs the Data API twin on MySQL or MariaDB instead of SQLite
npm passes the twin only what follows --: npm start -- --port 4100, not npm start --port 4100.`;

const OPTIONS = {
  port: { type: 'string' },
  state: { type: 'string' },
  'no-app': { type: 'boolean' },
  https: { type: 'boolean' },
  verbose: { type: 'boolean' },
  'shopper-email': { type: 'string' },
  'shopper-password': { type: 'string' },
  'admin-email': { type: 'string' },
  'admin-password': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;
type OptionName = keyof typeof OPTIONS;

// `--help` and `--verbose` given before `--` are npm's own (its help, its log level): only these reach npm.
const NPM_OWN: readonly OptionName[] = ['help', 'verbose'];

/**
 * Reads `npm start`'s arguments (`process.argv.slice(2)`) and environment. Throws a `UsageError` for an
 * unknown option, a missing or bad value, a stray argument, and an option npm took for itself because it
 * came before `--` (npm then sets `npm_config_<name>` and passes a value as a stray argument): the
 * message shows the command to type instead.
 *
 * @example
 * parseStartArgs(['--port', '4100'], {}).port // => 4100
 * parseStartArgs(['4100'], { npm_config_port: 'true' }) // throws: npm start -- --port 4100
 */
export function parseStartArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): StartArgs {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const tookByNpm = npmTaken(env);
  if (tookByNpm.length > 0) {
    throw new UsageError(
      `npm took ${tookByNpm.map((name) => `--${name}`).join(' and ')} for itself: put -- before the ` +
        `twin's options, as in: npm start -- ${retyped(tookByNpm, env, positionals)}`,
    );
  }
  for (const token of tokens) {
    if (token.kind === 'positional') {
      throw new UsageError(
        `unexpected argument '${token.value}' (npm passes the twin only what follows --: npm start -- --port 4100)`,
      );
    }
    if (token.kind !== 'option') continue;
    const option = (OPTIONS as Record<string, { readonly type: string }>)[token.name];
    if (option === undefined) throw new UsageError(`unknown option '${token.rawName}'`);
    if (option.type === 'string' && token.value === undefined) {
      throw new UsageError(`${token.rawName} needs a value`);
    }
    if (option.type === 'boolean' && token.value !== undefined) {
      throw new UsageError(`${token.rawName} takes no value`);
    }
  }
  const text = (name: OptionName): string | undefined => values[name] as string | undefined;
  const portText = text('port') ?? env.SHOPSYNC_PORT ?? '4000';
  const port = /^\d+$/.test(portText) ? Number(portText) : Number.NaN;
  if (!Number.isInteger(port) || port > 65_528) {
    throw new UsageError(
      `--port must be a whole number from 0 to 65528 (the twin takes the next 7 too), not '${portText}'`,
    );
  }
  return {
    help: values.help === true,
    port,
    state: text('state') ?? env.SHOPSYNC_STATE,
    app: values['no-app'] !== true,
    verbose: values.verbose === true || ['1', 'true'].includes(env.SHOPSYNC_VERBOSE ?? ''),
    https: values.https === true || ['1', 'true'].includes(env.SHOPSYNC_HTTPS ?? ''),
    shopperEmail: text('shopper-email') ?? env.SHOPSYNC_SHOPPER_EMAIL,
    shopperPassword: text('shopper-password') ?? env.SHOPSYNC_SHOPPER_PASSWORD,
    adminEmail: text('admin-email') ?? env.SHOPSYNC_ADMIN_EMAIL,
    adminPassword: text('admin-password') ?? env.SHOPSYNC_ADMIN_PASSWORD,
  };
}

/** The twin's options npm read as its own config: `--port 4100` before `--` sets `npm_config_port`. */
function npmTaken(env: Readonly<Record<string, string | undefined>>): OptionName[] {
  return (Object.keys(OPTIONS) as OptionName[]).filter(
    (name) => !NPM_OWN.includes(name) && env[npmConfigName(name)] !== undefined,
  );
}

// npm reads `--no-app` as `app=false` and `--shopper-email` as `shopper_email`.
function npmConfigName(name: OptionName): string {
  return `npm_config_${name.replace(/^no-/, '').replaceAll('-', '_')}`;
}

/**
 * The options as they should have been typed: npm keeps `--port=4100`'s value, and sets `true` for
 * `--port 4100`, passing `4100` on as an argument (taken here in order).
 */
function retyped(
  names: readonly OptionName[],
  env: Readonly<Record<string, string | undefined>>,
  positionals: readonly string[],
): string {
  const strays = [...positionals];
  return names
    .map((name) => {
      if (OPTIONS[name].type === 'boolean') return `--${name}`;
      const value = env[npmConfigName(name)];
      return `--${name} ${value === 'true' ? (strays.shift() ?? '<value>') : value}`;
    })
    .join(' ');
}
