// Digit groups separated by one space or hyphen, after an optional "+" that introduces a country code.
const SHAPE = /^(?<plus>\+)?(?<groups>\d+(?:[ -]\d+)*)$/;
// North American Numbering Plan: NXX NXX XXXX, N being 2–9 (an area or exchange code never starts 0 or 1).
const NANP = /^[2-9]\d{2}[2-9]\d{6}$/;
// E.164: a country code (never starting 0; 1 is the NANP) and at most 15 digits in all. The shortest
// plans in use (e.g. +290 XXXX) give 7 digits.
const INTERNATIONAL = /^[2-9]\d{6,14}$/;

function isNanp(digits: string): boolean {
  return NANP.test(digits) || (digits.startsWith('1') && NANP.test(digits.slice(1)));
}

/**
 * Whether `value` is a phone number as AppSync's AWSPhone describes it: digits in groups separated by
 * spaces or hyphens; with a leading `+` country code, or else a US/North American (NANP) number, which may
 * carry the trunk prefix 1 (`555-764-4377`, `1 555 764 4377`, `+1 555 764 4377`, `+44 20 7946 0958`).
 */
export function isAwsPhone(value: string): boolean {
  const groups = SHAPE.exec(value)?.groups;
  if (groups?.groups === undefined) return false;
  const digits = groups.groups.replace(/[ -]/g, '');
  if (groups.plus === undefined) return isNanp(digits);
  return digits.startsWith('1') ? NANP.test(digits.slice(1)) : INTERNATIONAL.test(digits);
}
