import { useId } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { FILTER_MAX_LENGTH } from './catalogSearchOf.js';

/**
 * The catalog's search box (`role="search"`), showing `search` at first; on submit it calls `onSearch`
 * with the trimmed text ('' for none). The box is uncontrolled: give it a new `key` to show a new `search`.
 */
export function CatalogSearchForm({
  search,
  onSearch,
}: {
  search: string;
  onSearch: (text: string) => void;
}): ReactElement {
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const text = new FormData(event.currentTarget).get('q');
    onSearch(typeof text === 'string' ? text.trim() : '');
  };
  return (
    <form role="search" aria-label="Products" className="search" onSubmit={submit}>
      <label htmlFor={`${id}-q`}>Search</label>
      <input
        id={`${id}-q`}
        name="q"
        type="search"
        defaultValue={search}
        maxLength={FILTER_MAX_LENGTH}
        placeholder="Name or SKU"
        autoComplete="off"
      />
      <button type="submit">Search</button>
    </form>
  );
}
