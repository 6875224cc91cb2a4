import type { SqlParameter } from '@aws-sdk/client-rds-data';
import { invariant } from '../../lib/invariant.js';
import type { ProductChanges } from '../ProductChanges.js';
import { flagParam, intParam, nullableTextParam, textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';

/**
 * Writes the given catalog fields, increments `version` and sets `updated_at`, only when at least one of
 * them differs from what the row holds: a change that changes nothing matches no row, and the version
 * stays. With `expectedVersion` the row is matched only while it is still at that version (optimistic
 * concurrency). Zero rows matched thus means an unknown id, a stale version, or nothing to change: the
 * caller reads the row to tell which. `changes` must name at least one field.
 */
export function updateProductFields(
  id: string,
  changes: ProductChanges,
  updatedAt: string,
  expectedVersion: number | null,
): SqlRequest {
  const assignments: string[] = [];
  const differences: string[] = [];
  const parameters: SqlParameter[] = [];
  const set = (column: string, parameter: SqlParameter, differs: string): void => {
    assignments.push(`${column} = :${parameter.name}`);
    differences.push(differs);
    parameters.push(parameter);
  };
  // Text is compared byte for byte (HEX, on both engines): MySQL's default collations take `Mug` and
  // `mug`, or `é` and `e`, as equal, and that would leave a real change without its new version.
  const text = (column: string, value: string): void =>
    set(column, textParam(column, value), `HEX(${column}) <> HEX(:${column})`);
  const integer = (column: string, parameter: SqlParameter): void =>
    set(column, parameter, `${column} <> :${column}`);
  if (changes.name !== undefined) text('name', changes.name);
  if (changes.description !== undefined) text('description', changes.description);
  if (changes.category !== undefined) text('category', changes.category);
  if (changes.priceCents !== undefined) integer('price_cents', intParam('price_cents', changes.priceCents));
  if (changes.imageUrl !== undefined) {
    // NULL compares as unknown: a change when exactly one side is NULL, else when the bytes differ.
    set(
      'image_url',
      nullableTextParam('image_url', changes.imageUrl),
      '((image_url IS NULL) <> (:image_url IS NULL) OR HEX(image_url) <> HEX(:image_url))',
    );
  }
  if (changes.lowStockThreshold !== undefined)
    integer('low_stock_threshold', intParam('low_stock_threshold', changes.lowStockThreshold));
  if (changes.active !== undefined) integer('active', flagParam('active', changes.active));
  invariant(assignments.length > 0, 'updateProductFields is given at least one field to change');
  assignments.push('version = version + 1', 'updated_at = :updated_at');
  parameters.push(textParam('updated_at', updatedAt));

  const where = ['id = :id'];
  parameters.push(textParam('id', id));
  if (expectedVersion !== null) {
    where.push('version = :expected_version');
    parameters.push(intParam('expected_version', expectedVersion));
  }
  where.push(`(${differences.join(' OR ')})`);
  return {
    sql: `UPDATE products SET ${assignments.join(', ')} WHERE ${where.join(' AND ')}`,
    parameters,
  };
}
