import type { ReactElement } from 'react';

/**
 * A product's picture, or a neutral placeholder when it has none. Decorative (`alt=""`) where the name is
 * written beside it; `alt` names it where the picture stands alone.
 */
export function ProductImage({
  url,
  alt = '',
  size,
}: {
  url: string | null | undefined;
  alt?: string;
  size: 'card' | 'page';
}): ReactElement {
  if (!url)
    return <div className={`product-image product-image-${size} product-image-none`} aria-hidden="true" />;
  return (
    <img
      className={`product-image product-image-${size}`}
      src={url}
      alt={alt}
      width={size === 'card' ? 320 : 640}
      height={size === 'card' ? 240 : 480}
      loading={size === 'card' ? 'lazy' : 'eager'}
      decoding="async"
    />
  );
}
