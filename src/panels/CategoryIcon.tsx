// The category's shape in its colour; decorative, since its label is always written beside it.
import type { Category } from '../data/types';
import { CATEGORY_STYLES } from '../theme/categories';

export function CategoryIcon({ category, size = 14 }: { category: Category; size?: number }) {
  const style = CATEGORY_STYLES[category];
  return (
    <svg
      className="category-icon"
      viewBox="0 0 16 16"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      <path d={style.shapePath} fill={style.colour} stroke="#1a1a1a" strokeWidth={1} />
    </svg>
  );
}
