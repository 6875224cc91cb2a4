/**
 * An offset in seconds as Java's `ZoneOffset.getId()` prints it: `Z` for zero, else `+HH:MM` or
 * `+HH:MM:SS` when the seconds are not zero.
 */
export function formatOffsetId(totalSeconds: number): string {
  if (totalSeconds === 0) return 'Z';
  const abs = Math.abs(totalSeconds);
  const hours = Math.floor(abs / 3600);
  const minutes = Math.floor(abs / 60) % 60;
  const seconds = abs % 60;
  const sign = totalSeconds < 0 ? '-' : '+';
  const hhmm = `${sign}${two(hours)}:${two(minutes)}`;
  return seconds === 0 ? hhmm : `${hhmm}:${two(seconds)}`;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
