// Serves data/ and seeds/ in development and copies them into the build, so the static
// site fetches its dataset at run time from its own origin. The build also writes the
// dataset snapshot (src/data/dataset-snapshot.ts) and gives the app the stamp of the code
// that made it; in development there is neither, and the files are read as they are.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import type * as SnapshotWriter from '../src/data/snapshot-writer';

/**
 * The snapshot writer is the app's own TypeScript (it runs the dataset builder); it is loaded
 * through tsx when the build needs it, so Vite's config loader does not bundle the app's data
 * code into the config.
 */
let snapshotWriter: Promise<typeof SnapshotWriter> | undefined;
function loadSnapshotWriter(): Promise<typeof SnapshotWriter> {
  snapshotWriter ??= import('tsx/esm/api').then(({ tsImport }) =>
    tsImport('../src/data/snapshot-writer.ts', import.meta.url),
  );
  return snapshotWriter;
}

const FOLDERS = ['data', 'seeds'] as const;
const CONTENT_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

function listFiles(root: string, folder: string): string[] {
  const directory = join(root, folder);
  try {
    return readdirSync(directory)
      .filter((name) => statSync(join(directory, name)).isFile() && extname(name) in CONTENT_TYPES)
      .map((name) => `${folder}/${name}`);
  } catch {
    return [];
  }
}

export function atlasData(): Plugin {
  let root = process.cwd();
  let stamp = '';
  return {
    name: 'atlas-data',
    async config(config, { command }) {
      stamp =
        command === 'build'
          ? (await loadSnapshotWriter()).datasetCodeStamp(resolve(config.root ?? '.'))
          : '';
      return { define: { 'import.meta.env.ATLAS_DATASET_STAMP': JSON.stringify(stamp) } };
    },
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(
          /^\/+/,
          '',
        );
        const folder = FOLDERS.find((name) => path.startsWith(`${name}/`));
        const file = normalize(join(root, path));
        if (!folder || !file.startsWith(join(root, folder) + sep)) return next();
        try {
          const body = readFileSync(file);
          response.setHeader(
            'Content-Type',
            CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          );
          response.end(body);
        } catch {
          next();
        }
      });
    },
    async generateBundle() {
      for (const folder of FOLDERS) {
        for (const fileName of listFiles(root, folder)) {
          this.emitFile({ type: 'asset', fileName, source: readFileSync(join(root, fileName)) });
        }
      }
      const writer = await loadSnapshotWriter();
      const snapshot = writer.makeSnapshot(root, stamp);
      if (snapshot) {
        this.emitFile({
          type: 'asset',
          fileName: writer.SNAPSHOT_FILE,
          source: JSON.stringify(snapshot),
        });
      } else {
        this.warn(`a data file is missing, so ${writer.SNAPSHOT_FILE} is not written`);
      }
    },
  };
}
