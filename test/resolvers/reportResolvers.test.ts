// The reports resolvers, each bundled as `npm run build` bundles it and run in the AppSync twin's sandbox:
// the reports function payload they build (the caller from the identity, never from arguments), their
// refusal of everyone but admins before the function is invoked, and how they raise its answers.
import { beforeAll, describe, expect, it } from 'vitest';
import { expectFunctionAnswers, IAM_CALLER } from '../support/expectFunctionAnswers.js';
import { cognitoCaller, sandboxResolvers } from '../support/resolverSandbox.js';
import type { SandboxedResolver } from '../support/resolverSandbox.js';

const FILES = [
  'resolvers/Mutation.runDailySalesReport.ts',
  'resolvers/Query.salesReport.ts',
  'resolvers/Query.salesReports.ts',
] as const;
type File = (typeof FILES)[number];

const CASES = [
  ['resolvers/Mutation.runDailySalesReport.ts', 'runDailySalesReport', { date: '2026-06-17' }],
  ['resolvers/Mutation.runDailySalesReport.ts', 'runDailySalesReport', {}],
  ['resolvers/Query.salesReport.ts', 'salesReport', { date: '2026-06-17' }],
  ['resolvers/Query.salesReports.ts', 'salesReports', { from: '2026-06-01', to: '2026-06-30' }],
] as const;

const ADMIN = cognitoCaller('admin-sub', ['admins']);
const SHOPPER = cognitoCaller('ann-sub');
const REPORT = {
  date: '2026-06-17',
  orders: 2,
  itemsSold: 3,
  revenue: { cents: 2_000, currency: 'EUR' },
  averageOrderValue: { cents: 1_000, currency: 'EUR' },
  discounts: { cents: 0, currency: 'EUR' },
  cancelled: 0,
  rejected: 1,
  topProducts: [],
  generatedAt: '2026-06-18T00:15:01.000Z',
};

describe('the reports resolvers in the sandbox', () => {
  let r: Readonly<Record<File, SandboxedResolver>>;
  beforeAll(async () => {
    r = await sandboxResolvers(FILES);
  });

  it('invokes the reports function with the operation, the arguments and the admin from the identity', () => {
    for (const [file, operation, args] of CASES) {
      expect(r[file].request({ identity: ADMIN, arguments: args })).toEqual({
        kind: 'value',
        value: {
          operation: 'Invoke',
          payload: { operation, arguments: args, caller: { kind: 'user', sub: 'admin-sub', admin: true } },
        },
        effects: expect.anything() as unknown,
      });
    }
  });

  it('answers Unauthorized to a shopper, the API key and IAM without invoking the function', () => {
    for (const [file, , args] of CASES) {
      for (const identity of [SHOPPER, null, IAM_CALLER]) {
        expect(r[file].request({ identity, arguments: args }), file).toMatchObject({
          kind: 'error',
          error: { errorType: 'Unauthorized' },
        });
      }
    }
  });

  it('answers the function’s data, raises its error as chosen, and a failed invocation as AppSync’s', () => {
    const answers: Readonly<Record<File, unknown>> = {
      'resolvers/Mutation.runDailySalesReport.ts': REPORT,
      'resolvers/Query.salesReport.ts': null,
      'resolvers/Query.salesReports.ts': [REPORT],
    };
    for (const file of FILES) {
      expectFunctionAnswers(r[file], {
        identity: ADMIN,
        data: answers[file],
        failure: {
          type: 'ValidationError',
          message: "date: 2026-06-18 has not ended yet in the shop's time zone (Europe/Berlin)",
          info: { field: 'date', latest: '2026-06-17' },
        },
        unhandled: 'Task timed out after 20.00 seconds',
      });
    }
  });
});
