/** A product as the `products` table stores it (`migrations/0001_create_products.sql`), in camel case. */
export interface ProductRecord {
  /** A ULID made by the catalog function. */
  readonly id: string;
  readonly sku: string;
  readonly name: string;
  /** Empty when there is none. */
  readonly description: string;
  readonly category: string;
  /** Integer cents of the shop currency. */
  readonly priceCents: number;
  readonly imageUrl: string | null;
  readonly stock: number;
  readonly lowStockThreshold: number;
  /** False once archived. Stored as 0/1. */
  readonly active: boolean;
  /** Counts changes to the catalog fields (those `updateProduct` writes, and archiving). */
  readonly version: number;
  /** ISO 8601 UTC. */
  readonly createdAt: string;
  /** ISO 8601 UTC; stock changes included. */
  readonly updatedAt: string;
}
