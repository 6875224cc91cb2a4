/** What `productImageSvg` draws from. */
export interface ImageSubject {
  readonly sku: string;
  readonly name: string;
  readonly category: string;
}

// Simple shapes, one per category (chosen by a hash of the category's name), centred on (200, 165).
const GLYPHS: readonly string[] = [
  '<circle cx="200" cy="165" r="92"/>',
  '<rect x="112" y="77" width="176" height="176" rx="36"/>',
  '<path d="M200 62 L300 248 L100 248 Z"/>',
  '<path d="M200 60 L305 165 L200 270 L95 165 Z"/>',
  '<path d="M200 68 L284 116 L284 214 L200 262 L116 214 L116 116 Z"/>',
  '<ellipse cx="200" cy="165" rx="112" ry="76"/>',
  '<path d="M120 90 H280 V240 H120 Z M150 120 V210 H250 V120 Z" fill-rule="evenodd"/>',
  '<path d="M200 62 L228 136 L306 136 L243 182 L267 258 L200 212 L133 258 L157 182 L94 136 L172 136 Z"/>',
  '<rect x="96" y="110" width="208" height="110" rx="55"/>',
  '<path d="M110 250 Q200 20 290 250 Z"/>',
];

/**
 * A 400 x 400 SVG image for a product, made from its SKU, name and category alone (so it needs no file
 * and no network): a two-colour background whose hues come from the SKU, a light shape standing for the
 * category, the name's initials in it and the name written below. Accessible: `role="img"` labelled by a
 * `<title>` (the name) and a `<desc>` (category and SKU), ids made unique by the SKU so that several
 * images can be inlined in one page. Deterministic: the same product always gives the same text.
 */
export function productImageSvg(product: ImageSubject): string {
  const hash = fnv1a(product.sku);
  const hue = hash % 360;
  const second = (hue + 40 + ((hash >>> 9) % 80)) % 360;
  const glyph = GLYPHS[fnv1a(product.category) % GLYPHS.length]!;
  const id = product.sku.toLowerCase().replace(/[^a-z0-9-]/g, '');
  const lines = wrap(product.name, 24, 2);
  const text = lines
    .map((line, index) => `<tspan x="200" dy="${index === 0 ? 0 : 30}">${escapeXml(line)}</tspan>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="400" height="400" role="img" aria-labelledby="title-${id} desc-${id}">`,
    `<title id="title-${id}">${escapeXml(product.name)}</title>`,
    `<desc id="desc-${id}">${escapeXml(`${product.category} product ${product.sku}`)}</desc>`,
    `<defs><linearGradient id="bg-${id}" x1="0" y1="0" x2="1" y2="1">`,
    `<stop offset="0" stop-color="hsl(${hue} 55% 42%)"/><stop offset="1" stop-color="hsl(${second} 60% 30%)"/>`,
    '</linearGradient></defs>',
    `<rect width="400" height="400" fill="url(#bg-${id})"/>`,
    `<g fill="#ffffff" fill-opacity="0.88">${glyph}</g>`,
    `<text x="200" y="165" dy="0.35em" text-anchor="middle" font-family="system-ui, sans-serif" font-size="64" font-weight="700" fill="hsl(${hue} 55% 28%)">${escapeXml(initials(product.name))}</text>`,
    `<text x="200" y="${lines.length > 1 ? 318 : 332}" text-anchor="middle" font-family="system-ui, sans-serif" font-size="24" fill="#ffffff">${text}</text>`,
    '</svg>',
  ].join('');
}

/** Up to two initials: of the first two words that start with a letter or digit. */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^[A-Za-z0-9]/.test(word))
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('');
}

/** Splits `text` into at most `maxLines` lines of about `width` characters, with an ellipsis if cut. */
function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, width - 1)}\u2026`;
  return kept;
}

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!,
  );
}

// FNV-1a, 32 bits: a small, stable hash of a string.
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
