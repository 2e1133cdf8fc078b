// A link-styled button that opens one of the atlas's pages (about the sources, disputes).
import type { ReactNode } from 'react';
import type { AtlasPage } from '../state/atlas-state';
import { useDispatch } from '../state/store-context';

export function PageLink({
  page,
  testId,
  children,
}: {
  page: AtlasPage;
  testId?: string;
  children: ReactNode;
}) {
  const dispatch = useDispatch();
  return (
    <button
      type="button"
      className="link-button"
      data-testid={testId}
      onClick={() => dispatch({ type: 'set-page', page, origin: 'panel' })}
    >
      {children}
    </button>
  );
}
