import { textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';

/**
 * Claims the telling of an order's changes for `claim`: one row matched means this teller holds it;
 * zero means another teller does (and a claim older than `staleBefore`, of a teller that crashed, is
 * taken over). Claims are `<ISO time><random>`, so they compare by age as strings.
 */
export function claimTelling(orderId: string, claim: string, staleBefore: string): SqlRequest {
  return {
    sql:
      'UPDATE orders SET telling_claim = :claim ' +
      'WHERE id = :id AND (telling_claim IS NULL OR telling_claim < :stale_before)',
    parameters: [textParam('claim', claim), textParam('id', orderId), textParam('stale_before', staleBefore)],
  };
}

/** Gives the telling of an order back, if `claim` still holds it. */
export function releaseTelling(orderId: string, claim: string): SqlRequest {
  return {
    sql: 'UPDATE orders SET telling_claim = NULL WHERE id = :id AND telling_claim = :claim',
    parameters: [textParam('id', orderId), textParam('claim', claim)],
  };
}
