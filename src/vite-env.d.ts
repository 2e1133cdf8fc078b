/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** An online MapLibre style URL set at build time, or '' for the offline basemap. */
  readonly ATLAS_MAP_STYLE_URL?: string;
  /** The stamp of the dataset code in a build (src/data/dataset-snapshot.ts); '' in development. */
  readonly ATLAS_DATASET_STAMP?: string;
}
