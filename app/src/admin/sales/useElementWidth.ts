import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * The width in CSS pixels of the element `ref` holds, kept current as it resizes (`ResizeObserver`);
 * `fallback` until it is measured. Lets a chart draw at the size it is shown, so its text stays legible
 * on a phone instead of shrinking with a scaled drawing.
 */
export function useElementWidth(ref: RefObject<Element | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
