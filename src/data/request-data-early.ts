// Imported first by the page's entry module, and kept in a small chunk of its own (see
// vite.config.ts), so that its requests leave before the large libraries are evaluated.
import { TOURS_FILE } from '../tours/tour-types';
import { requestEarly } from './early-requests';
import { DATA_FILES } from './types';

requestEarly([...Object.values(DATA_FILES), TOURS_FILE]);
