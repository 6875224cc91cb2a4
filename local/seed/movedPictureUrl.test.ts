import { describe, expect, it } from 'vitest';
import { movedPictureUrl } from './movedPictureUrl.js';

describe('movedPictureUrl', () => {
  it('moves a picture the twin draws for the product to the address the twin runs at now', () => {
    expect(
      movedPictureUrl('http://127.0.0.1:4000/images/CFT-001.svg', 'CFT-001', 'http://127.0.0.1:4100/'),
    ).toBe('http://127.0.0.1:4100/images/CFT-001.svg');
    expect(
      movedPictureUrl('http://localhost:4000/images/KIT-016.svg', 'KIT-016', 'http://127.0.0.1:39001'),
    ).toBe('http://127.0.0.1:39001/images/KIT-016.svg');
  });

  it('leaves a picture already at that address, and every picture the twin does not draw', () => {
    const base = 'http://127.0.0.1:4100';
    expect(movedPictureUrl(`${base}/images/CFT-001.svg`, 'CFT-001', base)).toBeUndefined();
    for (const url of [
      'https://images.example.com/images/CFT-001.svg', // an admin's picture elsewhere
      'http://127.0.0.1:4000/images/CFT-002.svg', // another product's picture
      'http://127.0.0.1:4000/shop/images/CFT-001.svg',
      'http://127.0.0.1.example.com/images/CFT-001.svg',
    ])
      expect(movedPictureUrl(url, 'CFT-001', base), url).toBeUndefined();
  });
});
