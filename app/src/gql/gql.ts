/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ProfileFields on User {\n    id\n    email\n    name\n    shippingAddress {\n      name\n      line1\n      line2\n      city\n      postalCode\n      country\n    }\n  }\n": typeof types.ProfileFieldsFragmentDoc,
    "\n  query Profile {\n    me {\n      ...ProfileFields\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  fragment AdminProductFields on Product {\n    id\n    sku\n    name\n    description\n    category\n    price {\n      cents\n      currency\n    }\n    imageUrl\n    inStock\n    stock\n    lowStockThreshold\n    active\n    version\n    updatedAt\n  }\n": typeof types.AdminProductFieldsFragmentDoc,
    "\n  fragment AdminOrderFields on Order {\n    ...AdminOrderRowFields\n    ...OrderContentFields\n    history {\n      status\n      reason\n      at\n      by\n    }\n  }\n": typeof types.AdminOrderFieldsFragmentDoc,
    "\n  fragment AdminOrderRowFields on Order {\n    id\n    userId\n    status\n    statusReason\n    total {\n      cents\n      currency\n    }\n    items {\n      productId\n      quantity\n    }\n    shippingAddress {\n      name\n      city\n      country\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.AdminOrderRowFieldsFragmentDoc,
    "\n  query AdminOrder($id: ID!) {\n    order(id: $id) {\n      ...AdminOrderFields\n    }\n  }\n": typeof types.AdminOrderDocument,
    "\n  query AdminOrders($filter: OrderFilter, $limit: Int, $nextToken: String) {\n    orders(filter: $filter, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...AdminOrderRowFields\n      }\n      nextToken\n    }\n  }\n": typeof types.AdminOrdersDocument,
    "\n  subscription AdminOrderStatusEvents($orderId: ID) {\n    onOrderStatusChanged(orderId: $orderId) {\n      orderId\n      userId\n      status\n      reason\n      at\n    }\n  }\n": typeof types.AdminOrderStatusEventsDocument,
    "\n  mutation AdminUpdateOrderStatus($id: ID!, $status: OrderStatus!, $reason: String) {\n    updateOrderStatus(id: $id, status: $status, reason: $reason) {\n      ...AdminOrderFields\n    }\n  }\n": typeof types.AdminUpdateOrderStatusDocument,
    "\n  fragment PromoCodeFields on PromoCode {\n    code\n    kind\n    value\n    minSubtotal {\n      cents\n      currency\n    }\n    maxRedemptions\n    perCustomerLimit\n    redemptions\n    startsAt\n    expiresAt\n    active\n  }\n": typeof types.PromoCodeFieldsFragmentDoc,
    "\n  mutation AdminCreatePromoCode($input: CreatePromoCodeInput!) {\n    createPromoCode(input: $input) {\n      ...PromoCodeFields\n    }\n  }\n": typeof types.AdminCreatePromoCodeDocument,
    "\n  query AdminPromoCodes($limit: Int, $nextToken: String) {\n    promoCodes(limit: $limit, nextToken: $nextToken) {\n      items {\n        ...PromoCodeFields\n      }\n      nextToken\n    }\n  }\n": typeof types.AdminPromoCodesDocument,
    "\n  mutation AdminUpdatePromoCode($code: String!, $input: UpdatePromoCodeInput!) {\n    updatePromoCode(code: $code, input: $input) {\n      ...PromoCodeFields\n    }\n  }\n": typeof types.AdminUpdatePromoCodeDocument,
    "\n  fragment SalesDayFields on SalesReport {\n    date\n    orders\n    itemsSold\n    revenue {\n      cents\n      currency\n    }\n    averageOrderValue {\n      cents\n      currency\n    }\n    discounts {\n      cents\n      currency\n    }\n    cancelled\n    rejected\n    generatedAt\n  }\n": typeof types.SalesDayFieldsFragmentDoc,
    "\n  mutation AdminRunDailySalesReport($date: AWSDate) {\n    runDailySalesReport(date: $date) {\n      ...SalesDayFields\n    }\n  }\n": typeof types.AdminRunDailySalesReportDocument,
    "\n  query AdminSalesReport($date: AWSDate!) {\n    salesReport(date: $date) {\n      ...SalesDayFields\n      topProducts {\n        productId\n        sku\n        name\n        quantity\n        revenue {\n          cents\n          currency\n        }\n      }\n    }\n  }\n": typeof types.AdminSalesReportDocument,
    "\n  query AdminSalesReports($from: AWSDate!, $to: AWSDate!) {\n    salesReports(from: $from, to: $to) {\n      ...SalesDayFields\n    }\n  }\n": typeof types.AdminSalesReportsDocument,
    "\n  mutation AdjustStock($id: ID!, $delta: Int!, $reason: String!) {\n    adjustStock(id: $id, delta: $delta, reason: $reason) {\n      ...AdminProductFields\n    }\n  }\n": typeof types.AdjustStockDocument,
    "\n  query AdminProduct($id: ID!) {\n    product(id: $id) {\n      ...AdminProductFields\n    }\n  }\n": typeof types.AdminProductDocument,
    "\n  query AdminProducts($filter: ProductFilter, $limit: Int, $nextToken: String) {\n    products(filter: $filter, sort: NEWEST, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...AdminProductFields\n      }\n      nextToken\n    }\n  }\n": typeof types.AdminProductsDocument,
    "\n  mutation DeleteProduct($id: ID!) {\n    deleteProduct(id: $id) {\n      ...AdminProductFields\n    }\n  }\n": typeof types.DeleteProductDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ...AdminProductFields\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  query LowStockProducts {\n    lowStockProducts {\n      ...AdminProductFields\n    }\n  }\n": typeof types.LowStockProductsDocument,
    "\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!, $expectedVersion: Int) {\n    updateProduct(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...AdminProductFields\n    }\n  }\n": typeof types.UpdateProductDocument,
    "\n  subscription Watch {\n    onOrderStatusChanged {\n      orderId\n    }\n  }\n": typeof types.WatchDocument,
    "\n  fragment CartFields on Cart {\n    items {\n      productId\n      quantity\n      product {\n        ...ProductCardFields\n      }\n    }\n    subtotal {\n      cents\n      currency\n    }\n    updatedAt\n  }\n": typeof types.CartFieldsFragmentDoc,
    "\n  query ShopperCart {\n    cart {\n      ...CartFields\n    }\n  }\n": typeof types.ShopperCartDocument,
    "\n  mutation SetCartItem($productId: ID!, $quantity: Int!) {\n    setCartItem(productId: $productId, quantity: $quantity) {\n      ...CartFields\n    }\n  }\n": typeof types.SetCartItemDocument,
    "\n  mutation MergeCart($items: [CartItemInput!]!) {\n    mergeCart(items: $items) {\n      ...CartFields\n    }\n  }\n": typeof types.MergeCartDocument,
    "\n  mutation ClearCart {\n    clearCart {\n      ...CartFields\n    }\n  }\n": typeof types.ClearCartDocument,
    "\n  query CartProduct($id: ID!) {\n    product(id: $id) {\n      ...ProductCardFields\n    }\n  }\n": typeof types.CartProductDocument,
    "\n  fragment ProductCardFields on Product {\n    id\n    sku\n    name\n    category\n    price {\n      cents\n      currency\n    }\n    imageUrl\n    inStock\n  }\n": typeof types.ProductCardFieldsFragmentDoc,
    "\n  query CatalogProducts($filter: ProductFilter, $sort: ProductSort, $limit: Int, $nextToken: String) {\n    products(filter: $filter, sort: $sort, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...ProductCardFields\n      }\n      nextToken\n    }\n  }\n": typeof types.CatalogProductsDocument,
    "\n  query Categories {\n    categories {\n      name\n      productCount\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  query ProductDetails($id: ID!) {\n    product(id: $id) {\n      ...ProductCardFields\n      description\n    }\n  }\n": typeof types.ProductDetailsDocument,
    "\n  fragment PromoQuoteFields on PromoQuote {\n    code\n    valid\n    reason\n    discount {\n      cents\n      currency\n    }\n  }\n": typeof types.PromoQuoteFieldsFragmentDoc,
    "\n  query PromoQuote($code: String!, $subtotalCents: Int!) {\n    quotePromoCode(code: $code, subtotalCents: $subtotalCents) {\n      ...PromoQuoteFields\n    }\n  }\n": typeof types.PromoQuoteDocument,
    "\n  fragment OrderContentFields on Order {\n    items {\n      productId\n      sku\n      name\n      quantity\n      unitPrice {\n        cents\n        currency\n      }\n      lineTotal {\n        cents\n        currency\n      }\n    }\n    subtotal {\n      cents\n      currency\n    }\n    discount {\n      cents\n      currency\n    }\n    promoCode\n    shippingAddress {\n      name\n      line1\n      line2\n      city\n      postalCode\n      country\n    }\n  }\n": typeof types.OrderContentFieldsFragmentDoc,
    "\n  fragment ShopperOrderFields on Order {\n    id\n    status\n    statusReason\n    ...OrderContentFields\n    total {\n      cents\n      currency\n    }\n    createdAt\n    updatedAt\n    history {\n      status\n      reason\n      at\n    }\n  }\n": typeof types.ShopperOrderFieldsFragmentDoc,
    "\n  query ShopperOrder($id: ID!) {\n    order(id: $id) {\n      ...ShopperOrderFields\n    }\n  }\n": typeof types.ShopperOrderDocument,
    "\n  query ShopperOrders($limit: Int, $nextToken: String) {\n    myOrders(limit: $limit, nextToken: $nextToken) {\n      items {\n        id\n        status\n        createdAt\n        total {\n          cents\n          currency\n        }\n        items {\n          productId\n          name\n          quantity\n        }\n      }\n      nextToken\n    }\n  }\n": typeof types.ShopperOrdersDocument,
    "\n  mutation ShopperPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      ...ShopperOrderFields\n    }\n  }\n": typeof types.ShopperPlaceOrderDocument,
    "\n  mutation ShopperCancelOrder($id: ID!) {\n    cancelOrder(id: $id) {\n      ...ShopperOrderFields\n    }\n  }\n": typeof types.ShopperCancelOrderDocument,
    "\n  subscription ShopperOrderStatus($orderId: ID) {\n    onOrderStatusChanged(orderId: $orderId) {\n      orderId\n      status\n      reason\n      at\n    }\n  }\n": typeof types.ShopperOrderStatusDocument,
};
const documents: Documents = {
    "\n  fragment ProfileFields on User {\n    id\n    email\n    name\n    shippingAddress {\n      name\n      line1\n      line2\n      city\n      postalCode\n      country\n    }\n  }\n": types.ProfileFieldsFragmentDoc,
    "\n  query Profile {\n    me {\n      ...ProfileFields\n    }\n  }\n": types.ProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  fragment AdminProductFields on Product {\n    id\n    sku\n    name\n    description\n    category\n    price {\n      cents\n      currency\n    }\n    imageUrl\n    inStock\n    stock\n    lowStockThreshold\n    active\n    version\n    updatedAt\n  }\n": types.AdminProductFieldsFragmentDoc,
    "\n  fragment AdminOrderFields on Order {\n    ...AdminOrderRowFields\n    ...OrderContentFields\n    history {\n      status\n      reason\n      at\n      by\n    }\n  }\n": types.AdminOrderFieldsFragmentDoc,
    "\n  fragment AdminOrderRowFields on Order {\n    id\n    userId\n    status\n    statusReason\n    total {\n      cents\n      currency\n    }\n    items {\n      productId\n      quantity\n    }\n    shippingAddress {\n      name\n      city\n      country\n    }\n    createdAt\n    updatedAt\n  }\n": types.AdminOrderRowFieldsFragmentDoc,
    "\n  query AdminOrder($id: ID!) {\n    order(id: $id) {\n      ...AdminOrderFields\n    }\n  }\n": types.AdminOrderDocument,
    "\n  query AdminOrders($filter: OrderFilter, $limit: Int, $nextToken: String) {\n    orders(filter: $filter, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...AdminOrderRowFields\n      }\n      nextToken\n    }\n  }\n": types.AdminOrdersDocument,
    "\n  subscription AdminOrderStatusEvents($orderId: ID) {\n    onOrderStatusChanged(orderId: $orderId) {\n      orderId\n      userId\n      status\n      reason\n      at\n    }\n  }\n": types.AdminOrderStatusEventsDocument,
    "\n  mutation AdminUpdateOrderStatus($id: ID!, $status: OrderStatus!, $reason: String) {\n    updateOrderStatus(id: $id, status: $status, reason: $reason) {\n      ...AdminOrderFields\n    }\n  }\n": types.AdminUpdateOrderStatusDocument,
    "\n  fragment PromoCodeFields on PromoCode {\n    code\n    kind\n    value\n    minSubtotal {\n      cents\n      currency\n    }\n    maxRedemptions\n    perCustomerLimit\n    redemptions\n    startsAt\n    expiresAt\n    active\n  }\n": types.PromoCodeFieldsFragmentDoc,
    "\n  mutation AdminCreatePromoCode($input: CreatePromoCodeInput!) {\n    createPromoCode(input: $input) {\n      ...PromoCodeFields\n    }\n  }\n": types.AdminCreatePromoCodeDocument,
    "\n  query AdminPromoCodes($limit: Int, $nextToken: String) {\n    promoCodes(limit: $limit, nextToken: $nextToken) {\n      items {\n        ...PromoCodeFields\n      }\n      nextToken\n    }\n  }\n": types.AdminPromoCodesDocument,
    "\n  mutation AdminUpdatePromoCode($code: String!, $input: UpdatePromoCodeInput!) {\n    updatePromoCode(code: $code, input: $input) {\n      ...PromoCodeFields\n    }\n  }\n": types.AdminUpdatePromoCodeDocument,
    "\n  fragment SalesDayFields on SalesReport {\n    date\n    orders\n    itemsSold\n    revenue {\n      cents\n      currency\n    }\n    averageOrderValue {\n      cents\n      currency\n    }\n    discounts {\n      cents\n      currency\n    }\n    cancelled\n    rejected\n    generatedAt\n  }\n": types.SalesDayFieldsFragmentDoc,
    "\n  mutation AdminRunDailySalesReport($date: AWSDate) {\n    runDailySalesReport(date: $date) {\n      ...SalesDayFields\n    }\n  }\n": types.AdminRunDailySalesReportDocument,
    "\n  query AdminSalesReport($date: AWSDate!) {\n    salesReport(date: $date) {\n      ...SalesDayFields\n      topProducts {\n        productId\n        sku\n        name\n        quantity\n        revenue {\n          cents\n          currency\n        }\n      }\n    }\n  }\n": types.AdminSalesReportDocument,
    "\n  query AdminSalesReports($from: AWSDate!, $to: AWSDate!) {\n    salesReports(from: $from, to: $to) {\n      ...SalesDayFields\n    }\n  }\n": types.AdminSalesReportsDocument,
    "\n  mutation AdjustStock($id: ID!, $delta: Int!, $reason: String!) {\n    adjustStock(id: $id, delta: $delta, reason: $reason) {\n      ...AdminProductFields\n    }\n  }\n": types.AdjustStockDocument,
    "\n  query AdminProduct($id: ID!) {\n    product(id: $id) {\n      ...AdminProductFields\n    }\n  }\n": types.AdminProductDocument,
    "\n  query AdminProducts($filter: ProductFilter, $limit: Int, $nextToken: String) {\n    products(filter: $filter, sort: NEWEST, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...AdminProductFields\n      }\n      nextToken\n    }\n  }\n": types.AdminProductsDocument,
    "\n  mutation DeleteProduct($id: ID!) {\n    deleteProduct(id: $id) {\n      ...AdminProductFields\n    }\n  }\n": types.DeleteProductDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ...AdminProductFields\n    }\n  }\n": types.CreateProductDocument,
    "\n  query LowStockProducts {\n    lowStockProducts {\n      ...AdminProductFields\n    }\n  }\n": types.LowStockProductsDocument,
    "\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!, $expectedVersion: Int) {\n    updateProduct(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...AdminProductFields\n    }\n  }\n": types.UpdateProductDocument,
    "\n  subscription Watch {\n    onOrderStatusChanged {\n      orderId\n    }\n  }\n": types.WatchDocument,
    "\n  fragment CartFields on Cart {\n    items {\n      productId\n      quantity\n      product {\n        ...ProductCardFields\n      }\n    }\n    subtotal {\n      cents\n      currency\n    }\n    updatedAt\n  }\n": types.CartFieldsFragmentDoc,
    "\n  query ShopperCart {\n    cart {\n      ...CartFields\n    }\n  }\n": types.ShopperCartDocument,
    "\n  mutation SetCartItem($productId: ID!, $quantity: Int!) {\n    setCartItem(productId: $productId, quantity: $quantity) {\n      ...CartFields\n    }\n  }\n": types.SetCartItemDocument,
    "\n  mutation MergeCart($items: [CartItemInput!]!) {\n    mergeCart(items: $items) {\n      ...CartFields\n    }\n  }\n": types.MergeCartDocument,
    "\n  mutation ClearCart {\n    clearCart {\n      ...CartFields\n    }\n  }\n": types.ClearCartDocument,
    "\n  query CartProduct($id: ID!) {\n    product(id: $id) {\n      ...ProductCardFields\n    }\n  }\n": types.CartProductDocument,
    "\n  fragment ProductCardFields on Product {\n    id\n    sku\n    name\n    category\n    price {\n      cents\n      currency\n    }\n    imageUrl\n    inStock\n  }\n": types.ProductCardFieldsFragmentDoc,
    "\n  query CatalogProducts($filter: ProductFilter, $sort: ProductSort, $limit: Int, $nextToken: String) {\n    products(filter: $filter, sort: $sort, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...ProductCardFields\n      }\n      nextToken\n    }\n  }\n": types.CatalogProductsDocument,
    "\n  query Categories {\n    categories {\n      name\n      productCount\n    }\n  }\n": types.CategoriesDocument,
    "\n  query ProductDetails($id: ID!) {\n    product(id: $id) {\n      ...ProductCardFields\n      description\n    }\n  }\n": types.ProductDetailsDocument,
    "\n  fragment PromoQuoteFields on PromoQuote {\n    code\n    valid\n    reason\n    discount {\n      cents\n      currency\n    }\n  }\n": types.PromoQuoteFieldsFragmentDoc,
    "\n  query PromoQuote($code: String!, $subtotalCents: Int!) {\n    quotePromoCode(code: $code, subtotalCents: $subtotalCents) {\n      ...PromoQuoteFields\n    }\n  }\n": types.PromoQuoteDocument,
    "\n  fragment OrderContentFields on Order {\n    items {\n      productId\n      sku\n      name\n      quantity\n      unitPrice {\n        cents\n        currency\n      }\n      lineTotal {\n        cents\n        currency\n      }\n    }\n    subtotal {\n      cents\n      currency\n    }\n    discount {\n      cents\n      currency\n    }\n    promoCode\n    shippingAddress {\n      name\n      line1\n      line2\n      city\n      postalCode\n      country\n    }\n  }\n": types.OrderContentFieldsFragmentDoc,
    "\n  fragment ShopperOrderFields on Order {\n    id\n    status\n    statusReason\n    ...OrderContentFields\n    total {\n      cents\n      currency\n    }\n    createdAt\n    updatedAt\n    history {\n      status\n      reason\n      at\n    }\n  }\n": types.ShopperOrderFieldsFragmentDoc,
    "\n  query ShopperOrder($id: ID!) {\n    order(id: $id) {\n      ...ShopperOrderFields\n    }\n  }\n": types.ShopperOrderDocument,
    "\n  query ShopperOrders($limit: Int, $nextToken: String) {\n    myOrders(limit: $limit, nextToken: $nextToken) {\n      items {\n        id\n        status\n        createdAt\n        total {\n          cents\n          currency\n        }\n        items {\n          productId\n          name\n          quantity\n        }\n      }\n      nextToken\n    }\n  }\n": types.ShopperOrdersDocument,
    "\n  mutation ShopperPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      ...ShopperOrderFields\n    }\n  }\n": types.ShopperPlaceOrderDocument,
    "\n  mutation ShopperCancelOrder($id: ID!) {\n    cancelOrder(id: $id) {\n      ...ShopperOrderFields\n    }\n  }\n": types.ShopperCancelOrderDocument,
    "\n  subscription ShopperOrderStatus($orderId: ID) {\n    onOrderStatusChanged(orderId: $orderId) {\n      orderId\n      status\n      reason\n      at\n    }\n  }\n": types.ShopperOrderStatusDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileFields on User {\n    id\n    email\n    name\n    shippingAddress {\n      name\n      line1\n      line2\n      city\n      postalCode\n      country\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileFields on User {\n    id\n    email\n    name\n    shippingAddress {\n      name\n      line1\n      line2\n      city\n      postalCode\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile {\n    me {\n      ...ProfileFields\n    }\n  }\n"): (typeof documents)["\n  query Profile {\n    me {\n      ...ProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminProductFields on Product {\n    id\n    sku\n    name\n    description\n    category\n    price {\n      cents\n      currency\n    }\n    imageUrl\n    inStock\n    stock\n    lowStockThreshold\n    active\n    version\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment AdminProductFields on Product {\n    id\n    sku\n    name\n    description\n    category\n    price {\n      cents\n      currency\n    }\n    imageUrl\n    inStock\n    stock\n    lowStockThreshold\n    active\n    version\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminOrderFields on Order {\n    ...AdminOrderRowFields\n    ...OrderContentFields\n    history {\n      status\n      reason\n      at\n      by\n    }\n  }\n"): (typeof documents)["\n  fragment AdminOrderFields on Order {\n    ...AdminOrderRowFields\n    ...OrderContentFields\n    history {\n      status\n      reason\n      at\n      by\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminOrderRowFields on Order {\n    id\n    userId\n    status\n    statusReason\n    total {\n      cents\n      currency\n    }\n    items {\n      productId\n      quantity\n    }\n    shippingAddress {\n      name\n      city\n      country\n    }\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment AdminOrderRowFields on Order {\n    id\n    userId\n    status\n    statusReason\n    total {\n      cents\n      currency\n    }\n    items {\n      productId\n      quantity\n    }\n    shippingAddress {\n      name\n      city\n      country\n    }\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrder($id: ID!) {\n    order(id: $id) {\n      ...AdminOrderFields\n    }\n  }\n"): (typeof documents)["\n  query AdminOrder($id: ID!) {\n    order(id: $id) {\n      ...AdminOrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrders($filter: OrderFilter, $limit: Int, $nextToken: String) {\n    orders(filter: $filter, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...AdminOrderRowFields\n      }\n      nextToken\n    }\n  }\n"): (typeof documents)["\n  query AdminOrders($filter: OrderFilter, $limit: Int, $nextToken: String) {\n    orders(filter: $filter, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...AdminOrderRowFields\n      }\n      nextToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdminOrderStatusEvents($orderId: ID) {\n    onOrderStatusChanged(orderId: $orderId) {\n      orderId\n      userId\n      status\n      reason\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription AdminOrderStatusEvents($orderId: ID) {\n    onOrderStatusChanged(orderId: $orderId) {\n      orderId\n      userId\n      status\n      reason\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateOrderStatus($id: ID!, $status: OrderStatus!, $reason: String) {\n    updateOrderStatus(id: $id, status: $status, reason: $reason) {\n      ...AdminOrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateOrderStatus($id: ID!, $status: OrderStatus!, $reason: String) {\n    updateOrderStatus(id: $id, status: $status, reason: $reason) {\n      ...AdminOrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PromoCodeFields on PromoCode {\n    code\n    kind\n    value\n    minSubtotal {\n      cents\n      currency\n    }\n    maxRedemptions\n    perCustomerLimit\n    redemptions\n    startsAt\n    expiresAt\n    active\n  }\n"): (typeof documents)["\n  fragment PromoCodeFields on PromoCode {\n    code\n    kind\n    value\n    minSubtotal {\n      cents\n      currency\n    }\n    maxRedemptions\n    perCustomerLimit\n    redemptions\n    startsAt\n    expiresAt\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreatePromoCode($input: CreatePromoCodeInput!) {\n    createPromoCode(input: $input) {\n      ...PromoCodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreatePromoCode($input: CreatePromoCodeInput!) {\n    createPromoCode(input: $input) {\n      ...PromoCodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPromoCodes($limit: Int, $nextToken: String) {\n    promoCodes(limit: $limit, nextToken: $nextToken) {\n      items {\n        ...PromoCodeFields\n      }\n      nextToken\n    }\n  }\n"): (typeof documents)["\n  query AdminPromoCodes($limit: Int, $nextToken: String) {\n    promoCodes(limit: $limit, nextToken: $nextToken) {\n      items {\n        ...PromoCodeFields\n      }\n      nextToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdatePromoCode($code: String!, $input: UpdatePromoCodeInput!) {\n    updatePromoCode(code: $code, input: $input) {\n      ...PromoCodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdatePromoCode($code: String!, $input: UpdatePromoCodeInput!) {\n    updatePromoCode(code: $code, input: $input) {\n      ...PromoCodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SalesDayFields on SalesReport {\n    date\n    orders\n    itemsSold\n    revenue {\n      cents\n      currency\n    }\n    averageOrderValue {\n      cents\n      currency\n    }\n    discounts {\n      cents\n      currency\n    }\n    cancelled\n    rejected\n    generatedAt\n  }\n"): (typeof documents)["\n  fragment SalesDayFields on SalesReport {\n    date\n    orders\n    itemsSold\n    revenue {\n      cents\n      currency\n    }\n    averageOrderValue {\n      cents\n      currency\n    }\n    discounts {\n      cents\n      currency\n    }\n    cancelled\n    rejected\n    generatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRunDailySalesReport($date: AWSDate) {\n    runDailySalesReport(date: $date) {\n      ...SalesDayFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRunDailySalesReport($date: AWSDate) {\n    runDailySalesReport(date: $date) {\n      ...SalesDayFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSalesReport($date: AWSDate!) {\n    salesReport(date: $date) {\n      ...SalesDayFields\n      topProducts {\n        productId\n        sku\n        name\n        quantity\n        revenue {\n          cents\n          currency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSalesReport($date: AWSDate!) {\n    salesReport(date: $date) {\n      ...SalesDayFields\n      topProducts {\n        productId\n        sku\n        name\n        quantity\n        revenue {\n          cents\n          currency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSalesReports($from: AWSDate!, $to: AWSDate!) {\n    salesReports(from: $from, to: $to) {\n      ...SalesDayFields\n    }\n  }\n"): (typeof documents)["\n  query AdminSalesReports($from: AWSDate!, $to: AWSDate!) {\n    salesReports(from: $from, to: $to) {\n      ...SalesDayFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustStock($id: ID!, $delta: Int!, $reason: String!) {\n    adjustStock(id: $id, delta: $delta, reason: $reason) {\n      ...AdminProductFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdjustStock($id: ID!, $delta: Int!, $reason: String!) {\n    adjustStock(id: $id, delta: $delta, reason: $reason) {\n      ...AdminProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProduct($id: ID!) {\n    product(id: $id) {\n      ...AdminProductFields\n    }\n  }\n"): (typeof documents)["\n  query AdminProduct($id: ID!) {\n    product(id: $id) {\n      ...AdminProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProducts($filter: ProductFilter, $limit: Int, $nextToken: String) {\n    products(filter: $filter, sort: NEWEST, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...AdminProductFields\n      }\n      nextToken\n    }\n  }\n"): (typeof documents)["\n  query AdminProducts($filter: ProductFilter, $limit: Int, $nextToken: String) {\n    products(filter: $filter, sort: NEWEST, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...AdminProductFields\n      }\n      nextToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProduct($id: ID!) {\n    deleteProduct(id: $id) {\n      ...AdminProductFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteProduct($id: ID!) {\n    deleteProduct(id: $id) {\n      ...AdminProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ...AdminProductFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ...AdminProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LowStockProducts {\n    lowStockProducts {\n      ...AdminProductFields\n    }\n  }\n"): (typeof documents)["\n  query LowStockProducts {\n    lowStockProducts {\n      ...AdminProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!, $expectedVersion: Int) {\n    updateProduct(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...AdminProductFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!, $expectedVersion: Int) {\n    updateProduct(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...AdminProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Watch {\n    onOrderStatusChanged {\n      orderId\n    }\n  }\n"): (typeof documents)["\n  subscription Watch {\n    onOrderStatusChanged {\n      orderId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CartFields on Cart {\n    items {\n      productId\n      quantity\n      product {\n        ...ProductCardFields\n      }\n    }\n    subtotal {\n      cents\n      currency\n    }\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment CartFields on Cart {\n    items {\n      productId\n      quantity\n      product {\n        ...ProductCardFields\n      }\n    }\n    subtotal {\n      cents\n      currency\n    }\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopperCart {\n    cart {\n      ...CartFields\n    }\n  }\n"): (typeof documents)["\n  query ShopperCart {\n    cart {\n      ...CartFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCartItem($productId: ID!, $quantity: Int!) {\n    setCartItem(productId: $productId, quantity: $quantity) {\n      ...CartFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCartItem($productId: ID!, $quantity: Int!) {\n    setCartItem(productId: $productId, quantity: $quantity) {\n      ...CartFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCart($items: [CartItemInput!]!) {\n    mergeCart(items: $items) {\n      ...CartFields\n    }\n  }\n"): (typeof documents)["\n  mutation MergeCart($items: [CartItemInput!]!) {\n    mergeCart(items: $items) {\n      ...CartFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearCart {\n    clearCart {\n      ...CartFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClearCart {\n    clearCart {\n      ...CartFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CartProduct($id: ID!) {\n    product(id: $id) {\n      ...ProductCardFields\n    }\n  }\n"): (typeof documents)["\n  query CartProduct($id: ID!) {\n    product(id: $id) {\n      ...ProductCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCardFields on Product {\n    id\n    sku\n    name\n    category\n    price {\n      cents\n      currency\n    }\n    imageUrl\n    inStock\n  }\n"): (typeof documents)["\n  fragment ProductCardFields on Product {\n    id\n    sku\n    name\n    category\n    price {\n      cents\n      currency\n    }\n    imageUrl\n    inStock\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogProducts($filter: ProductFilter, $sort: ProductSort, $limit: Int, $nextToken: String) {\n    products(filter: $filter, sort: $sort, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...ProductCardFields\n      }\n      nextToken\n    }\n  }\n"): (typeof documents)["\n  query CatalogProducts($filter: ProductFilter, $sort: ProductSort, $limit: Int, $nextToken: String) {\n    products(filter: $filter, sort: $sort, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...ProductCardFields\n      }\n      nextToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories {\n      name\n      productCount\n    }\n  }\n"): (typeof documents)["\n  query Categories {\n    categories {\n      name\n      productCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductDetails($id: ID!) {\n    product(id: $id) {\n      ...ProductCardFields\n      description\n    }\n  }\n"): (typeof documents)["\n  query ProductDetails($id: ID!) {\n    product(id: $id) {\n      ...ProductCardFields\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PromoQuoteFields on PromoQuote {\n    code\n    valid\n    reason\n    discount {\n      cents\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment PromoQuoteFields on PromoQuote {\n    code\n    valid\n    reason\n    discount {\n      cents\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromoQuote($code: String!, $subtotalCents: Int!) {\n    quotePromoCode(code: $code, subtotalCents: $subtotalCents) {\n      ...PromoQuoteFields\n    }\n  }\n"): (typeof documents)["\n  query PromoQuote($code: String!, $subtotalCents: Int!) {\n    quotePromoCode(code: $code, subtotalCents: $subtotalCents) {\n      ...PromoQuoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderContentFields on Order {\n    items {\n      productId\n      sku\n      name\n      quantity\n      unitPrice {\n        cents\n        currency\n      }\n      lineTotal {\n        cents\n        currency\n      }\n    }\n    subtotal {\n      cents\n      currency\n    }\n    discount {\n      cents\n      currency\n    }\n    promoCode\n    shippingAddress {\n      name\n      line1\n      line2\n      city\n      postalCode\n      country\n    }\n  }\n"): (typeof documents)["\n  fragment OrderContentFields on Order {\n    items {\n      productId\n      sku\n      name\n      quantity\n      unitPrice {\n        cents\n        currency\n      }\n      lineTotal {\n        cents\n        currency\n      }\n    }\n    subtotal {\n      cents\n      currency\n    }\n    discount {\n      cents\n      currency\n    }\n    promoCode\n    shippingAddress {\n      name\n      line1\n      line2\n      city\n      postalCode\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShopperOrderFields on Order {\n    id\n    status\n    statusReason\n    ...OrderContentFields\n    total {\n      cents\n      currency\n    }\n    createdAt\n    updatedAt\n    history {\n      status\n      reason\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment ShopperOrderFields on Order {\n    id\n    status\n    statusReason\n    ...OrderContentFields\n    total {\n      cents\n      currency\n    }\n    createdAt\n    updatedAt\n    history {\n      status\n      reason\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopperOrder($id: ID!) {\n    order(id: $id) {\n      ...ShopperOrderFields\n    }\n  }\n"): (typeof documents)["\n  query ShopperOrder($id: ID!) {\n    order(id: $id) {\n      ...ShopperOrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopperOrders($limit: Int, $nextToken: String) {\n    myOrders(limit: $limit, nextToken: $nextToken) {\n      items {\n        id\n        status\n        createdAt\n        total {\n          cents\n          currency\n        }\n        items {\n          productId\n          name\n          quantity\n        }\n      }\n      nextToken\n    }\n  }\n"): (typeof documents)["\n  query ShopperOrders($limit: Int, $nextToken: String) {\n    myOrders(limit: $limit, nextToken: $nextToken) {\n      items {\n        id\n        status\n        createdAt\n        total {\n          cents\n          currency\n        }\n        items {\n          productId\n          name\n          quantity\n        }\n      }\n      nextToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopperPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      ...ShopperOrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShopperPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      ...ShopperOrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopperCancelOrder($id: ID!) {\n    cancelOrder(id: $id) {\n      ...ShopperOrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShopperCancelOrder($id: ID!) {\n    cancelOrder(id: $id) {\n      ...ShopperOrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ShopperOrderStatus($orderId: ID) {\n    onOrderStatusChanged(orderId: $orderId) {\n      orderId\n      status\n      reason\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription ShopperOrderStatus($orderId: ID) {\n    onOrderStatusChanged(orderId: $orderId) {\n      orderId\n      status\n      reason\n      at\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;