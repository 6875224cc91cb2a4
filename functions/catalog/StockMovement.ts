/** One change of a product's stock, as `stock_movements` records it. */
export interface StockMovement {
  readonly id: string;
  readonly productId: string;
  /** Units added (positive) or taken (negative). */
  readonly delta: number;
  readonly reason: string;
  /** Who changed it: the admin's Cognito sub. */
  readonly actor: string;
  /** ISO 8601 UTC. */
  readonly createdAt: string;
}
