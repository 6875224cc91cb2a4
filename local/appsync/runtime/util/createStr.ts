import type { Util } from '@aws-appsync/utils';

const FORMS = { nfc: 'NFC', nfd: 'NFD', nfkc: 'NFKC', nfkd: 'NFKD' } as const;

/**
 * `util.str`: in APPSYNC_JS only `normalize(value, 'nfc' | 'nfd' | 'nfkc' | 'nfkd')` (the typings and
 * the built-in-util-js docs; `toUpper`/`toLower`/`toReplace` are VTL's `$util.str`). An unknown form
 * throws, as Java's `Normalizer.Form.valueOf` does.
 */
export function createStr(): Util['str'] {
  return {
    normalize: (value: string, normalizationType: string) => {
      const form = Object.hasOwn(FORMS, normalizationType)
        ? FORMS[normalizationType as keyof typeof FORMS]
        : null;
      if (form === null) throw new Error(`No normalization form ${String(normalizationType)}`);
      return String(value).normalize(form);
    },
  };
}
