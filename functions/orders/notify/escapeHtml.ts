const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * `value` as HTML text, safe in element content and in quoted attribute values: `&`, `<`, `>`, `"` and
 * `'` become entities. Every value from outside (names, addresses, reasons, SKUs) goes through it.
 *
 * @example
 * escapeHtml('<b>Ann & Bob</b>') // => '&lt;b&gt;Ann &amp; Bob&lt;/b&gt;'
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}
