// About the sources: what the five documents are, who publishes them, what that means for
// reading them, how the dataset was built, and how many events each supports.

import { OutsideContextSection } from '../context/OutsideContextSection';
import { formatEdtf } from '../i18n/format-date';
import { strings } from '../i18n/strings';
import { useDataset, useDispatch } from '../state/store-context';
import { DownloadLinks } from './DownloadLinks';
import { ModalDialog } from './ModalDialog';
import { citingEvents } from './SourceReader';

export function AboutSources() {
  const dataset = useDataset();
  const dispatch = useDispatch();
  return (
    <ModalDialog
      labelledBy="about-title"
      onClose={() => dispatch({ type: 'set-page', page: 'atlas', origin: 'panel' })}
      testId="about-sources"
    >
      <h2 id="about-title">{strings.aboutTitle}</h2>
      {strings.aboutParagraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <h3>{strings.aboutDocumentsHeading}</h3>
      <ul className="about-sources-list">
        {dataset.sources.map((source) => (
          <li key={source.id} data-testid="about-source">
            <strong>{source.title}</strong> — {source.publisher}
            {source.author ? `, ${source.author}` : ''}, {formatEdtf(source.published)}.
            <br />
            {source.perspective}
            <br />
            {strings.aboutSupports(citingEvents(dataset, source.id).length)}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() =>
                dispatch({
                  type: 'open-reader',
                  target: { sourceId: source.id, passageId: null },
                  page: 'atlas',
                  origin: 'panel',
                })
              }
            >
              {strings.aboutReadDocument}
            </button>
          </li>
        ))}
      </ul>
      <OutsideContextSection />
      <h3>{strings.aboutRulesHeading}</h3>
      <ul>
        {strings.aboutRules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <DownloadLinks />
    </ModalDialog>
  );
}
