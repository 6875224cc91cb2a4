import type { SqlParameter } from '@aws-sdk/client-rds-data';
import type { ProductChanges } from '../ProductChanges.js';
import { flagParam, intParam, nullableTextParam, textParam } from './params.js';
import type { SqlRequest } from './SqlRequest.js';

/**
 * Writes the given catalog fields, increments `version` and sets `updated_at`. With `expectedVersion` the
 * row is matched only while it is still at that version (optimistic concurrency): zero rows matched
 * means an unknown id or a stale version.
 */
export function updateProductFields(
  id: string,
  changes: ProductChanges,
  updatedAt: string,
  expectedVersion: number | null,
): SqlRequest {
  const assignments: string[] = [];
  const parameters: SqlParameter[] = [];
  const set = (column: string, parameter: SqlParameter): void => {
    assignments.push(`${column} = :${parameter.name}`);
    parameters.push(parameter);
  };
  if (changes.name !== undefined) set('name', textParam('name', changes.name));
  if (changes.description !== undefined) set('description', textParam('description', changes.description));
  if (changes.category !== undefined) set('category', textParam('category', changes.category));
  if (changes.priceCents !== undefined) set('price_cents', intParam('price_cents', changes.priceCents));
  if (changes.imageUrl !== undefined) set('image_url', nullableTextParam('image_url', changes.imageUrl));
  if (changes.lowStockThreshold !== undefined)
    set('low_stock_threshold', intParam('low_stock_threshold', changes.lowStockThreshold));
  if (changes.active !== undefined) set('active', flagParam('active', changes.active));
  assignments.push('version = version + 1');
  set('updated_at', textParam('updated_at', updatedAt));

  const where = ['id = :id'];
  parameters.push(textParam('id', id));
  if (expectedVersion !== null) {
    where.push('version = :expected_version');
    parameters.push(intParam('expected_version', expectedVersion));
  }
  return {
    sql: `UPDATE products SET ${assignments.join(', ')} WHERE ${where.join(' AND ')}`,
    parameters,
  };
}
