import { describe, expect, it } from 'vitest';
import { splitStatements } from './splitStatements.js';

describe('splitStatements', () => {
  it('splits on semicolons, trims, and keeps a last statement without one', () => {
    expect(splitStatements('  CREATE TABLE a (id INT);\n\nCREATE TABLE b (id INT)  \n')).toEqual([
      'CREATE TABLE a (id INT)',
      'CREATE TABLE b (id INT)',
    ]);
  });

  it('keeps semicolons inside single, double and backtick quotes', () => {
    const sql = `INSERT INTO t (a, "b;c", \`d;e\`) VALUES ('x;y', 'it''s; ok');SELECT 1`;
    expect(splitStatements(sql)).toEqual([
      `INSERT INTO t (a, "b;c", \`d;e\`) VALUES ('x;y', 'it''s; ok')`,
      'SELECT 1',
    ]);
  });

  it('treats doubled quotes as part of the text in every quote kind', () => {
    expect(splitStatements(`SELECT "a"";b", \`c\`\`;d\`; SELECT 2`)).toEqual([
      `SELECT "a"";b", \`c\`\`;d\``,
      'SELECT 2',
    ]);
  });

  it('removes comments and ignores semicolons and quotes inside them', () => {
    const sql = [
      "-- header; with a semicolon and a quote '",
      'CREATE TABLE a (id INT); -- trailing; comment',
      '/* block; comment "with quote */ CREATE TABLE b (/* inline */ id INT);',
    ].join('\n');
    expect(splitStatements(sql)).toEqual(['CREATE TABLE a (id INT)', 'CREATE TABLE b (  id INT)']);
  });

  it('keeps comment markers that are inside quotes', () => {
    expect(splitStatements("INSERT INTO t VALUES ('--not a comment', '/* nor this */')")).toEqual([
      "INSERT INTO t VALUES ('--not a comment', '/* nor this */')",
    ]);
  });

  it('drops empty and comment-only statements', () => {
    expect(splitStatements(';;\n -- only a comment\n ; /* just this */ ;\n')).toEqual([]);
    expect(splitStatements('SELECT 1; -- the end, no newline')).toEqual(['SELECT 1']);
  });

  it('keeps the newline a line comment ends, so the tokens around it stay apart', () => {
    expect(splitStatements('SELECT 1 -- one\nAS x')).toEqual(['SELECT 1 \nAS x']);
  });

  it('rejects an unterminated quote or block comment, naming its line', () => {
    expect(() => splitStatements("SELECT 1;\nSELECT 'open;")).toThrow(
      "Unterminated ' quote starting on line 2",
    );
    expect(() => splitStatements('SELECT 1;\n\n/* open')).toThrow(
      'Unterminated /* comment starting on line 3',
    );
    expect(() => splitStatements('SELECT `open')).toThrow('Unterminated ` quote starting on line 1');
  });
});
