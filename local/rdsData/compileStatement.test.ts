import { describe, expect, it } from 'vitest';
import { compileStatement } from './compileStatement.js';

describe('compileStatement', () => {
  it('turns each Data API value into the value an engine binds, keeping the SQL as written', () => {
    const statement = compileStatement('INSERT INTO t VALUES (:n, :l, :d, :b, :s, :x, :at)', [
      { name: 'n', value: { isNull: true } },
      { name: 'l', value: { longValue: 42 } },
      { name: 'd', value: { doubleValue: 1.5 } },
      { name: 'b', value: { booleanValue: false } },
      { name: 's', value: { stringValue: '19.99' }, typeHint: 'DECIMAL' },
      { name: 'x', value: { blobValue: Buffer.from([1, 2]).toString('base64') } },
      { name: 'at', value: { stringValue: '2026-11-26 06:35:50.790' }, typeHint: 'TIMESTAMP' },
    ]);
    expect(statement).toEqual({
      sql: 'INSERT INTO t VALUES (:n, :l, :d, :b, :s, :x, :at)',
      values: {
        n: null,
        l: 42n,
        d: 1.5,
        b: false,
        s: '19.99',
        x: Buffer.from([1, 2]),
        at: '2026-11-26 06:35:50.790',
      },
    });
  });

  it('refuses malformed parameters with BadRequestException', () => {
    const refused = (parameters: unknown, sql = 'SELECT :p'): unknown => {
      try {
        compileStatement(sql, parameters);
      } catch (error) {
        return { code: (error as { code: string }).code, message: (error as Error).message };
      }
      return undefined;
    };
    expect(refused([{ value: { longValue: 1 } }])).toMatchObject({ code: 'BadRequestException' });
    expect(refused([{ name: 'p', value: { longValue: 1, stringValue: 'x' } }])).toMatchObject({
      message: 'The value of parameter p must have exactly one member',
    });
    expect(refused([{ name: 'p', value: { longValue: 1.5 } }])).toMatchObject({
      message: 'Parameter p: longValue must be an integer',
    });
    expect(refused([{ name: 'p', value: { arrayValue: { longValues: [1] } } }])).toMatchObject({
      message: 'Parameter p: array parameters are not supported for MySQL',
    });
    expect(refused([{ name: 'p', value: { stringValue: '{' }, typeHint: 'JSON' }])).toMatchObject({
      message: "Parameter p: '{' is not a valid JSON value (expected JSON text)",
    });
    expect(refused([{ name: 'p', value: { stringValue: '2026-13' }, typeHint: 'DATE' }])).toMatchObject({
      message: "Parameter p: '2026-13' is not a valid DATE value (expected YYYY-MM-DD)",
    });
    expect(refused([], 'SELECT :p')).toMatchObject({ message: 'No value specified for parameter :p' });
    expect(refused([], 'SELECT :constructor')).toMatchObject({
      message: 'No value specified for parameter :constructor',
    });
  });
});
