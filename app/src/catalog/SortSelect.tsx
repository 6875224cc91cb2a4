import { useId } from 'react';
import type { ReactElement } from 'react';
import type { ProductSort } from '../gql/graphql.js';
import { SORTS } from './catalogSearchOf.js';

/** The catalog's order, one of `SORTS`; `onChange` gets `NEWEST` for a value it does not know. */
export function SortSelect({
  sort,
  onChange,
}: {
  sort: ProductSort;
  onChange: (sort: ProductSort) => void;
}): ReactElement {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={`${id}-sort`}>Sort by</label>
      <select
        id={`${id}-sort`}
        value={sort}
        onChange={(event) =>
          onChange(SORTS.find((option) => option.value === event.target.value)?.value ?? 'NEWEST')
        }
      >
        {SORTS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
