/**
 * The names of the `:name` placeholders of `sql`, in order of first use, as the Data API reads them: a
 * colon followed by letters, digits or underscores, outside quoted text (`'…'`, `"…"`, `` `…` ``, a quote
 * escaped by doubling it) and comments (`-- …`, `/* … *\/`). `::` and `:=` are not placeholders.
 *
 * @example
 * placeholderNames("SELECT * FROM t WHERE a = :a AND b = ':x' AND c = :a") // => ['a']
 */
export function placeholderNames(sql: string): readonly string[] {
  // One pass over the text, whatever the number of placeholders (a batch insert may have thousands).
  const names = new Set<string>();
  const name = /[A-Za-z0-9_]+/y;
  let i = 0;
  while (i < sql.length) {
    const ch = sql.charAt(i);
    const next = sql.charAt(i + 1);
    if (ch === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end + 1;
    } else if (ch === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end === -1 ? sql.length : end + 2;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      i = afterQuoted(sql, i);
    } else if (ch === ':' && next === ':') {
      i += 2;
    } else if (ch === ':') {
      name.lastIndex = i + 1;
      const match = name.exec(sql);
      if (match !== null) names.add(match[0]);
      i += 1 + (match?.[0].length ?? 0);
    } else {
      i += 1;
    }
  }
  return [...names];
}

/** Index just after the quoted text starting at `start`; a doubled quote is part of the text. */
function afterQuoted(sql: string, start: number): number {
  const quote = sql.charAt(start);
  let from = start + 1;
  for (;;) {
    const end = sql.indexOf(quote, from);
    if (end === -1) return sql.length;
    if (sql.charAt(end + 1) !== quote) return end + 1;
    from = end + 2;
  }
}
