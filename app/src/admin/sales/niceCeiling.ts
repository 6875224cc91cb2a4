/**
 * The top of a chart's scale for values up to `max`: the smallest 1, 2 or 5 times a power of ten that is
 * at least `max` (and at least `floor`), so the axis's halves read as round numbers.
 *
 * @example
 * niceCeiling(1234) // => 2000
 */
export function niceCeiling(max: number, floor = 1): number {
  const target = Math.max(max, floor);
  const power = 10 ** Math.floor(Math.log10(target));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= target) ?? 10;
  return step * power;
}
