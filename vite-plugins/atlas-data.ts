// Serves data/ and seeds/ in development and copies them into the build, so the static
// site fetches its dataset at run time from its own origin.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Plugin } from 'vite';

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
  return {
    name: 'atlas-data',
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
    generateBundle() {
      for (const folder of FOLDERS) {
        for (const fileName of listFiles(root, folder)) {
          this.emitFile({ type: 'asset', fileName, source: readFileSync(join(root, fileName)) });
        }
      }
    },
  };
}
