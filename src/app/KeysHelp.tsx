// The list of keys, opened with ? or the header's Keys button. The page-wide keys come from
// the same table that handles them, so a key added there is listed here too.
import { ModalDialog } from '../evidence/ModalDialog';
import { strings } from '../i18n/strings';
import { useAtlasState, useDispatch } from '../state/store-context';
import { SHORTCUTS } from './keyboard-shortcuts';

interface KeyRow {
  readonly keyNames: readonly string[];
  readonly description: string;
}

const TIMELINE_KEYS: readonly KeyRow[] = [
  { keyNames: ['↑', '↓'], description: strings.keysTimelineUpDown },
  { keyNames: ['+', '−'], description: strings.keysTimelineZoom },
];

const MAP_KEYS: readonly KeyRow[] = [
  { keyNames: ['←', '→', '↑', '↓'], description: strings.keysMapArrows },
  { keyNames: ['+', '−'], description: strings.keysMapZoom },
];

function KeyList({ rows }: { rows: readonly KeyRow[] }) {
  return (
    <dl className="keys-list">
      {rows.map((row) => (
        <div key={row.description} className="keys-row">
          <dt>
            {row.keyNames.map((name, index) => (
              <span key={name}>
                {index > 0 && ' '}
                <kbd>{name}</kbd>
              </span>
            ))}
          </dt>
          <dd>{row.description}</dd>
        </div>
      ))}
    </dl>
  );
}

export function KeysHelp() {
  const open = useAtlasState((state) => state.keysHelpOpen);
  const dispatch = useDispatch();
  if (!open) return null;
  return (
    <ModalDialog
      labelledBy="keys-title"
      testId="keys-help"
      onClose={() => dispatch({ type: 'set-keys-help', open: false, origin: 'panel' })}
    >
      <h2 id="keys-title">{strings.keysTitle}</h2>
      <h3>{strings.keysAnywhere}</h3>
      <KeyList rows={SHORTCUTS} />
      <h3>{strings.keysTimeline}</h3>
      <KeyList rows={TIMELINE_KEYS} />
      <h3>{strings.keysMap}</h3>
      <KeyList rows={MAP_KEYS} />
    </ModalDialog>
  );
}
