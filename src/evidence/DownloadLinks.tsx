// Download buttons: the dataset files as they are, one combined JSON, and the events
// currently shown (filters and window) as CSV.
import { DATA_FILES } from '../data/types';
import { strings } from '../i18n/strings';
import { selectFilteredEvents, selectVisibleEvents } from '../state/selectors';
import { useAtlasState, useDataset } from '../state/store-context';
import { downloadText } from './download-file';
import { datasetToJson, eventsToCsv } from './export-data';

export function DownloadLinks() {
  const dataset = useDataset();
  const filters = useAtlasState((state) => state.filters);
  const window = useAtlasState((state) => state.window);
  const shown = selectVisibleEvents(selectFilteredEvents(dataset, filters), window);
  return (
    <section className="download-links" aria-labelledby="downloads-heading" data-testid="downloads">
      <h3 id="downloads-heading">{strings.downloadsHeading}</h3>
      <ul>
        <li>
          <button
            type="button"
            data-testid="download-shown-csv"
            onClick={() =>
              downloadText('atlas-events-shown.csv', eventsToCsv(shown, dataset), 'text/csv')
            }
          >
            {strings.downloadShown(shown.length)}
          </button>
        </li>
        <li>
          <button
            type="button"
            data-testid="download-json"
            onClick={() =>
              downloadText('atlas-dataset.json', datasetToJson(dataset), 'application/json')
            }
          >
            {strings.downloadJson}
          </button>
        </li>
        {Object.values(DATA_FILES).map((path) => (
          <li key={path}>
            <a href={`${import.meta.env.BASE_URL}${path}`} download>
              {path}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
