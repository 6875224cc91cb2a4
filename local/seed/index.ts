export { CATALOG_SOURCE } from './catalogSource.js';
export type { CategorySource, ProductLine } from './catalogSource.js';
export { demoCatalog } from './demoCatalog.js';
export { productImagePath } from './productImagePath.js';
export { productImageSvg } from './productImageSvg.js';
export type { ImageSubject } from './productImageSvg.js';
export { seedCatalog } from './seedCatalog.js';
export type { SeedOptions } from './seedCatalog.js';
