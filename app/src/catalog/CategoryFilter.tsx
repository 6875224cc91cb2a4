import { useId } from 'react';
import type { ReactElement } from 'react';
import { useCategories } from './useCategories.js';

/**
 * The catalog's category choice: all categories, or one of those with active products (with its count).
 * A `category` the API does not list (a shared URL, a category just emptied) stays selectable as it is.
 */
export function CategoryFilter({
  category,
  onChange,
}: {
  category: string;
  onChange: (category: string) => void;
}): ReactElement {
  const id = useId();
  const { categories } = useCategories();
  return (
    <div className="field">
      <label htmlFor={`${id}-category`}>Category</label>
      <select id={`${id}-category`} value={category} onChange={(event) => onChange(event.target.value)}>
        <option value="">All categories</option>
        {category && !categories?.some((listed) => listed.name === category) && (
          <option value={category}>{category}</option>
        )}
        {categories?.map((listed) => (
          <option key={listed.name} value={listed.name}>
            {listed.name} ({listed.productCount})
          </option>
        ))}
      </select>
    </div>
  );
}
