// Imported first by the page's entry module, and kept in a small chunk of its own (see
// vite.config.ts), so that its requests leave before the large libraries are evaluated.
import { TOURS_FILE } from '../tours/tour-types';
import { SNAPSHOT_FILE } from './dataset-snapshot';
import { requestEarly } from './early-requests';
import { DATA_FILES } from './types';

// A build has a dataset snapshot beside the files (dataset-snapshot.ts); development has none.
const snapshot = import.meta.env.ATLAS_DATASET_STAMP ? [SNAPSHOT_FILE] : [];
requestEarly([...Object.values(DATA_FILES), ...snapshot, TOURS_FILE]);
