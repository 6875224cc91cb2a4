import { useState } from 'react';
import type { ReactElement } from 'react';
import { Link, useLocation } from 'react-router';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { LoadMoreButton } from '../../ui/LoadMoreButton.js';
import { StatusMessage } from '../../ui/StatusMessage.js';
import { useDocumentTitle } from '../../ui/useDocumentTitle.js';
import { useShopSettings } from '../useShopSettings.js';
import { PromoCodeTable } from './PromoCodeTable.js';
import { usePromoCodes } from './usePromoCodes.js';

/** Every promo code with its discount, redemptions, dates and state; a link to create one. */
export function PromoCodesPage(): ReactElement {
  const { currency, timeZone } = useShopSettings();
  const list = usePromoCodes();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  // The moment the states are judged at: when the page was opened.
  const [now] = useState(() => Date.now());
  useDocumentTitle('Promo codes');

  return (
    <>
      <div className="page-title">
        <h1>Promo codes</h1>
        <Link className="button" to="/admin/promo-codes/new">
          New promo code
        </Link>
      </div>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {!list.promoCodes && !list.error && <StatusMessage>Loading promo codes…</StatusMessage>}
      {list.error && !list.loadingMore && <ErrorAlert error={list.error} onRetry={list.retry} />}
      {list.promoCodes?.length === 0 && <StatusMessage>No promo codes yet.</StatusMessage>}
      {list.promoCodes && list.promoCodes.length > 0 && (
        <>
          <PromoCodeTable promoCodes={list.promoCodes} currency={currency} timeZone={timeZone} now={now} />
          {list.hasMore && (
            <p className="list-footer">
              <LoadMoreButton loadingMore={list.loadingMore} onLoadMore={list.loadMore} />
            </p>
          )}
        </>
      )}
    </>
  );
}
