// The list of keys, opened with ? or the header's Keys button. The page-wide keys come from
// the same table that handles them, so a key added there is listed here too.
import { ModalDialog } from '../evidence/ModalDialog';
import { keyName } from '../i18n/key-names';
import { presentStrings } from '../i18n/present-strings';
import { strings } from '../i18n/strings';
import { presentationKeyRows } from '../present/presentation-keys';
import { useAtlasState, useDispatch } from '../state/store-context';
import { SHORTCUTS } from './keyboard-shortcuts';
import './keys-help.css';

interface KeyRow {
  readonly keyNames: readonly string[];
  readonly description: string;
}

const TIMELINE_KEYS: readonly KeyRow[] = [
  { keyNames: ['↑', '↓'], description: strings.keysTimelineUpDown },
  { keyNames: ['+', '−'], description: strings.keysTimelineZoom },
];

const PAGE_KEYS: readonly KeyRow[] = SHORTCUTS.map((shortcut) => ({
  keyNames: shortcut.keys.map(keyName),
  description: shortcut.description,
}));

const PRESENTATION_KEYS: readonly KeyRow[] = presentationKeyRows(presentStrings.keyCommands);

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
            {row.keyNames.map((name) => (
              <kbd key={name}>{name}</kbd>
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
      className="keys-help-dialog"
      onClose={() => dispatch({ type: 'set-keys-help', open: false, origin: 'panel' })}
    >
      <h2 id="keys-title">{strings.keysTitle}</h2>
      <h3>{strings.keysAnywhere}</h3>
      <KeyList rows={PAGE_KEYS} />
      <h3>{strings.keysTimeline}</h3>
      <KeyList rows={TIMELINE_KEYS} />
      <h3>{strings.keysMap}</h3>
      <KeyList rows={MAP_KEYS} />
      <h3>{presentStrings.keysHeading}</h3>
      <KeyList rows={PRESENTATION_KEYS} />
    </ModalDialog>
  );
}
