/** A column of an email table; numbers are right-aligned in the HTML part. */
export interface EmailColumn {
  readonly title: string;
  readonly numeric?: boolean;
}

/**
 * One block of an email, written once and shown both ways by `renderEmail`, so that the plain-text and
 * HTML parts say the same. All strings are plain text: `renderEmail` escapes them for HTML.
 */
export type EmailBlock =
  /** A paragraph. */
  | { readonly kind: 'paragraph'; readonly text: string }
  /** A bulleted list (`- item` in the text part), under an optional title. */
  | { readonly kind: 'list'; readonly title?: string; readonly items: readonly string[] }
  /** Lines kept as they are (an address), under an optional title. */
  | { readonly kind: 'lines'; readonly title?: string; readonly lines: readonly string[] }
  /**
   * A table in the HTML part; in the text part, one line per row (`textRows`), since columns of text
   * do not line up in proportional fonts.
   */
  | {
      readonly kind: 'table';
      readonly title?: string;
      readonly columns: readonly EmailColumn[];
      readonly rows: readonly (readonly string[])[];
      readonly textRows: readonly string[];
    }
  /** Labelled amounts (subtotal, discount, total); the `strong` ones in bold. */
  | {
      readonly kind: 'totals';
      readonly rows: readonly { readonly label: string; readonly value: string; readonly strong?: boolean }[];
    };
