import { describe, expect, it } from 'vitest';
import { placeholderNames } from './placeholderNames.js';

describe('placeholderNames', () => {
  it('lists each :name once, in order of first use, including numeric names', () => {
    expect(placeholderNames('SELECT * FROM t WHERE a = :a AND b IN (:0, :b_2) AND c = :a')).toEqual([
      'a',
      '0',
      'b_2',
    ]);
  });

  it('skips quoted text, comments, :: and :=', () => {
    const sql = [
      "SELECT ':in_single', \":in_double\", `:in_backtick`, 'it'':s' -- :in_line_comment",
      "/* :in_block */ , @v := 1, x::int, '12:30' FROM t WHERE id = :id",
    ].join('\n');
    expect(placeholderNames(sql)).toEqual(['id']);
  });
});
