// "Cite": a plain-text citation of the atlas event with its permalink and of the documents
// behind it, plus CSL-JSON for reference managers.
import { useMemo } from 'react';
import type { AtlasEvent } from '../data/types';
import { strings } from '../i18n/strings';
import { useDataset } from '../state/store-context';
import { downloadText } from './download-file';
import { cslJson, eventPermalink, plainCitation } from './export-data';
import { ModalDialog } from './ModalDialog';

export function CiteDialog({ event, onClose }: { event: AtlasEvent; onClose: () => void }) {
  const dataset = useDataset();
  const { text, csl } = useMemo(() => {
    const link = eventPermalink(window.location.href, event.id);
    const now = new Date();
    return {
      text: plainCitation(event, dataset.sources, link, now),
      csl: cslJson(event, dataset.sources, link, now),
    };
  }, [event, dataset.sources]);
  return (
    <ModalDialog labelledBy="cite-title" onClose={onClose} testId="cite-dialog">
      <h2 id="cite-title">{strings.citeTitle}</h2>
      <label className="cite-field">
        <span>{strings.citePlain}</span>
        <textarea readOnly value={text} rows={6} data-testid="cite-text" />
      </label>
      <label className="cite-field">
        <span>{strings.citeCsl}</span>
        <textarea readOnly value={csl} rows={8} />
      </label>
      <button
        type="button"
        onClick={() =>
          downloadText(`${event.id}.csl.json`, csl, 'application/vnd.citationstyles.csl+json')
        }
      >
        {strings.citeDownload}
      </button>
    </ModalDialog>
  );
}
