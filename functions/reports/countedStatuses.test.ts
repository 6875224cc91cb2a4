import { isEnumType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../schema/loadSchema.js';
import { COUNTED_STATUSES } from './countedStatuses.js';

const schema = loadSchema();

function describedField(typeName: string, field: string): string {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`no type ${typeName}`);
  return type.getFields()[field]?.description ?? '';
}

describe('the statuses a sales report counts', () => {
  it('are every OrderStatus of the schema but REJECTED and CANCELLED, which the report counts apart', () => {
    const statuses = schema.getType('OrderStatus');
    if (!isEnumType(statuses)) throw new Error('no enum OrderStatus');
    const all = statuses.getValues().map((value) => value.name);
    expect([...COUNTED_STATUSES].sort()).toEqual(
      all.filter((s) => s !== 'REJECTED' && s !== 'CANCELLED').sort(),
    );
  });

  it('are the ones schema.graphql names, in the words it uses for each figure', () => {
    const orders = describedField('SalesReport', 'orders');
    expect(orders).toMatch(/neither rejected nor cancelled/);
    for (const status of COUNTED_STATUSES) expect(orders).toContain(`\`${status}\``);
    expect(describedField('SalesReport', 'cancelled')).toMatch(/`CANCELLED`; not in `orders`/);
    expect(describedField('SalesReport', 'rejected')).toMatch(/`REJECTED`; not in `orders`/);
    for (const field of ['itemsSold', 'revenue', 'discounts', 'topProducts'])
      expect(describedField('SalesReport', field), field).toMatch(/those orders/);
    expect(schema.getType('SalesReport')?.description).toMatch(
      /by its status when the report\s+was computed/,
    );
  });
});
