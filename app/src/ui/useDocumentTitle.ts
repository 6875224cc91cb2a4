import { useEffect } from 'react';

/** Sets the browser tab's title to `<title> · ShopSync` while the page shows. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · ShopSync` : 'ShopSync';
  }, [title]);
}
