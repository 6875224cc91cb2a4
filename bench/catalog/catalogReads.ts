/** One read of the benchmark: its label and its requests in turn. */
export interface CatalogRead {
  readonly label: string;
  /** `POST /graphql` bodies (JSON text), sent in turn by every connection. */
  readonly bodies: readonly string[];
}

// The fields of the shop's product card (`app/src/catalog/ProductCardFields.ts`).
const CARD_FIELDS = 'id sku name category price { cents currency } imageUrl inStock';

/** The shop's catalog page query (`app/src/catalog/useCatalogProducts.ts`), its card fields inlined. */
const CATALOG_PRODUCTS =
  'query CatalogProducts($filter: ProductFilter, $limit: Int) { ' +
  `products(filter: $filter, limit: $limit) { items { ${CARD_FIELDS} } nextToken } }`;

/** The shop's product page query (`app/src/catalog/useProduct.ts`), its card fields inlined. */
const PRODUCT_DETAILS = `query ProductDetails($id: ID!) { product(id: $id) { ${CARD_FIELDS} description } }`;

/**
 * The benchmark's three reads, as the shop's pages ask them with the API key (a guest): the first
 * catalog page (`products(limit: 20)`), a product page for each of `ids` in turn (`product(id)`), and a
 * search (`products(filter: {search}, limit: 20)`).
 */
export function catalogReads(ids: readonly string[], search: string): readonly CatalogRead[] {
  const products = (label: string, args: { limit: number; filter?: { search: string } }): CatalogRead => ({
    label,
    bodies: [JSON.stringify({ query: CATALOG_PRODUCTS, variables: args })],
  });
  return [
    products('products(limit: 20)', { limit: 20 }),
    {
      label: `product(id), ${ids.length} ids`,
      bodies: ids.map((id) => JSON.stringify({ query: PRODUCT_DETAILS, variables: { id } })),
    },
    products(`products(search: "${search}")`, { filter: { search }, limit: 20 }),
  ];
}
