import { describe, expect, it } from 'vitest';
import { demoCatalog } from './demoCatalog.js';
import { productImagePath } from './productImagePath.js';
import { productImageSvg } from './productImageSvg.js';

describe('productImageSvg', () => {
  it('draws a labelled, accessible image of the product', () => {
    const svg = productImageSvg({
      sku: 'CFT-001',
      name: 'Ethiopian Yirgacheffe Coffee Beans',
      category: 'Coffee & Tea',
    });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 400 400"/);
    expect(svg).toContain('role="img" aria-labelledby="title-cft-001 desc-cft-001"');
    expect(svg).toContain('<title id="title-cft-001">Ethiopian Yirgacheffe Coffee Beans</title>');
    expect(svg).toContain('<desc id="desc-cft-001">Coffee &amp; Tea product CFT-001</desc>');
    expect(svg).toContain('>EY</text>');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('escapes markup in the name, and shortens long names with an ellipsis', () => {
    const svg = productImageSvg({
      sku: 'X-1',
      name: '<Bold> & "Quoted" Tea with an extraordinarily long name that will not fit on two lines',
      category: 'Tea',
    });
    expect(svg).toContain('&lt;Bold&gt; &amp; &quot;Quoted&quot;');
    expect(svg).not.toContain('<Bold>');
    expect(svg).toContain('\u2026</tspan>');
  });

  it('gives every demo product its own image, the same on every call', () => {
    const catalog = demoCatalog('http://localhost:4000');
    const images = catalog.map(productImageSvg);
    expect(new Set(images).size).toBe(catalog.length);
    expect(catalog.map(productImageSvg)).toEqual(images);
    expect(Math.max(...images.map((svg) => svg.length))).toBeLessThan(2048);
  });

  it('is served at /images/<sku>.svg', () => {
    expect(productImagePath('CFT-001')).toBe('/images/CFT-001.svg');
  });
});
