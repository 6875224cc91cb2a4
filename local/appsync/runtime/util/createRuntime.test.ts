import { describe, expect, it } from 'vitest';
import { createRuntime } from './createRuntime.js';

const DOCS = 'https://docs.aws.amazon.com/appsync/latest/devguide/runtime-utils-js.html';

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe(`runtime.earlyReturn (${DOCS})`, () => {
  const runtime = createRuntime();

  it('throws the value with the skipTo given', () => {
    expect(thrown(() => runtime.earlyReturn({ hello: 'world' }, { skipTo: 'END' }))).toEqual({
      __earlyReturn: true,
      value: { hello: 'world' },
      skipTo: 'END',
    });
    expect(thrown(() => runtime.earlyReturn([1], { skipTo: 'NEXT' }))).toEqual({
      __earlyReturn: true,
      value: [1],
      skipTo: 'NEXT',
    });
  });

  it('without options goes on to the next handler, as a function request handler does by default', () => {
    expect(thrown(() => runtime.earlyReturn({ hello: 'world' }))).toEqual({
      __earlyReturn: true,
      value: { hello: 'world' },
      skipTo: 'NEXT',
    });
  });

  it('without a value returns null', () => {
    expect(thrown(() => runtime.earlyReturn())).toEqual({ __earlyReturn: true, value: null, skipTo: 'NEXT' });
  });
});
