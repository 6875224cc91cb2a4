/**
 * Splits a migration file into statements on `;` that stands outside quotes and comments.
 *
 * Recognised: `'…'`, `"…"` and `` `…` `` quoted text (a quote is escaped by doubling it, the form both
 * SQLite and MySQL accept), `-- …` line comments and `/* … *\/` block comments. Comments are removed
 * from the returned statements (a line comment keeps its newline, a block comment becomes a space):
 * MySQL only treats `--` as a comment when whitespace follows, so stripping them here makes the
 * splitter's reading the one the engine executes. Statements are trimmed; empty and comment-only ones
 * are dropped; the last statement needs no `;`.
 *
 * Not recognised, because they are engine-specific: backslash escapes in strings, `#` comments,
 * `/*! … *\/` executable comments, and `BEGIN … END` bodies (triggers, procedures), whose inner `;` would
 * split the statement.
 *
 * Throws an Error naming the line where an unterminated quote or block comment starts.
 *
 * @example
 * splitStatements("INSERT INTO t VALUES ('a;b'); -- note\nSELECT 1")
 * // => ["INSERT INTO t VALUES ('a;b')", 'SELECT 1']
 */
export function splitStatements(sql: string): readonly string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;

  const flush = (): void => {
    const statement = current.trim();
    if (statement !== '') statements.push(statement);
    current = '';
  };

  while (i < sql.length) {
    const ch = sql.charAt(i);
    const next = sql.charAt(i + 1);
    if (ch === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      if (end === -1) break;
      current += '\n';
      i = end + 1;
    } else if (ch === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      if (end === -1) throw new Error(`Unterminated /* comment starting on line ${lineAt(sql, i)}`);
      current += ' ';
      i = end + 2;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      const end = closingQuote(sql, i);
      current += sql.slice(i, end + 1);
      i = end + 1;
    } else if (ch === ';') {
      flush();
      i += 1;
    } else {
      current += ch;
      i += 1;
    }
  }
  flush();
  return statements;
}

/** Index of the quote that closes the one at `start`; a doubled quote is part of the text. */
function closingQuote(sql: string, start: number): number {
  const quote = sql.charAt(start);
  let from = start + 1;
  for (;;) {
    const end = sql.indexOf(quote, from);
    if (end === -1) throw new Error(`Unterminated ${quote} quote starting on line ${lineAt(sql, start)}`);
    if (sql.charAt(end + 1) !== quote) return end;
    from = end + 2;
  }
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) if (text.charAt(i) === '\n') line += 1;
  return line;
}
