import type { Util } from '@aws-appsync/utils';

/**
 * `util.math` (math-helpers docs). `roundNum` rounds half up like Java's `Math.round`;
 * `randomWithinRange(start, end)` answers an integer from `start` to `end`, both included (assumed:
 * the docs say only "within the specified range").
 */
export function createMath(): Util['math'] {
  return {
    roundNum: (input: number) => Math.round(input),
    minVal: (a: number, b: number) => Math.min(a, b),
    maxVal: (a: number, b: number) => Math.max(a, b),
    randomDouble: () => Math.random(),
    randomWithinRange: (start: number, end: number) => {
      const low = Math.ceil(Math.min(start, end));
      const high = Math.floor(Math.max(start, end));
      return low + Math.floor(Math.random() * (high - low + 1));
    },
  };
}
