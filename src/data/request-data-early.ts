// Kept in a small chunk of its own (see vite.config.ts) that the built page also loads as a
// module script of its own (vite-plugins/early-data-requests.ts), so that its requests leave
// as soon as that chunk arrives, while the large libraries are still being fetched. The entry
// imports it first as well: in development, and as a guard, since a page evaluates it once.
import { TOURS_FILE } from '../tours/tour-types';
import { SNAPSHOT_FILE } from './dataset-snapshot';
import { requestEarly } from './early-requests';
import { DATA_FILES } from './types';

// A build has a dataset snapshot beside the files (dataset-snapshot.ts), and its first view
// needs only that; the files are compared with it afterwards (load-dataset.ts). Development
// has none and reads the files.
const firstViewData = import.meta.env.ATLAS_DATASET_STAMP
  ? [SNAPSHOT_FILE]
  : Object.values(DATA_FILES);
requestEarly([...firstViewData, TOURS_FILE]);
