import { useId, useState } from 'react';
import type { ReactElement } from 'react';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import type { AdminProductFieldsFragment } from '../gql/graphql.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { useArchiveProduct } from './useArchiveProduct.js';
import { useUpdateProduct } from './useUpdateProduct.js';

/**
 * Whether the product is in the catalog: archiving (`deleteProduct`, after a confirmation) takes it out
 * and keeps everything; restoring (`updateProduct` with `active: true`) brings it back.
 */
export function ArchivePanel({ product }: { product: AdminProductFieldsFragment }): ReactElement {
  const id = useId();
  const { archive, pending: archiving } = useArchiveProduct();
  const { update, pending: restoring } = useUpdateProduct();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError>();
  const fail = (failure: unknown): void => setError(apiErrorOf(failure));

  const confirmArchive = (): void => {
    setError(undefined);
    archive(product.id).then(() => setConfirming(false), fail);
  };
  const restore = (): void => {
    setError(undefined);
    update(product.id, { active: true }, product.version).then(() => undefined, fail);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>Visibility</h2>
      {product.active ? (
        <>
          <p>In the catalog: shoppers see it, and can buy it while it is in stock.</p>
          {confirming ? (
            <div className="confirm" role="group" aria-label="Confirm archiving">
              <p>
                Archive {product.name}? It leaves the catalog; past orders keep it, and you can restore it.
              </p>
              <div className="actions">
                <button type="button" className="danger" onClick={confirmArchive} disabled={archiving}>
                  {archiving ? 'Archiving…' : 'Yes, archive it'}
                </button>
                <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              Archive product
            </button>
          )}
        </>
      ) : (
        <>
          <p role="status">
            Archived: not in the catalog. Shoppers cannot see or buy it; past orders keep it.
          </p>
          <button type="button" onClick={restore} disabled={restoring}>
            {restoring ? 'Restoring…' : 'Restore to the catalog'}
          </button>
        </>
      )}
      {error && <ErrorAlert error={error} />}
    </section>
  );
}
