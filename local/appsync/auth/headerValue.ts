import type { AuthRequest } from './AuthRequest.js';

/** The value of a header whatever the case of its name; repeated values joined by commas (RFC 9110 5.3). */
export function headerValue(headers: AuthRequest['headers'], name: string): string | undefined {
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    if (typeof value === 'string') values.push(value);
    else values.push(...value);
  }
  return values.length === 0 ? undefined : values.join(',');
}
