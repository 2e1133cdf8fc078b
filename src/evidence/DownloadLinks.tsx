// Download buttons: the dataset files as they are, one combined JSON, and the events
// currently shown (filters and window) as CSV.
import { DATA_FILES } from '../data/types';
import { strings } from '../i18n/strings';
import { useDataset, useVisibleEvents } from '../state/store-context';
import { downloadText } from './download-file';
import { datasetToJson, eventsToCsv } from './export-data';

export function DownloadLinks() {
  const dataset = useDataset();
  const shown = useVisibleEvents();
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
