import { ianaTimeZone } from './ianaTimeZone.js';

/** Whether `Intl` knows `name` as a time zone, that is whether `ianaTimeZone(name)` succeeds. */
export function isTimeZone(name: string): boolean {
  try {
    ianaTimeZone(name);
    return true;
  } catch {
    return false;
  }
}
