// Lookups by id, built once per dataset (the dataset never changes after loading), so a
// render never scans every event or claim to find one.
import type { AtlasEvent, Claim, Dataset, Figure, Site, Source } from '../data/types';

interface DatasetIndex {
  readonly events: ReadonlyMap<string, AtlasEvent>;
  readonly sites: ReadonlyMap<string, Site>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly claims: ReadonlyMap<string, Claim>;
  readonly figures: ReadonlyMap<string, Figure>;
}

const indexes = new WeakMap<Dataset, DatasetIndex>();

function indexOf(dataset: Dataset): DatasetIndex {
  let index = indexes.get(dataset);
  if (!index) {
    index = {
      events: new Map(dataset.events.map((event) => [event.id, event])),
      sites: new Map(dataset.sites.map((site) => [site.id, site])),
      sources: new Map(dataset.sources.map((source) => [source.id, source])),
      claims: new Map(
        dataset.events.flatMap((event) => event.claims.map((claim) => [claim.id, claim] as const)),
      ),
      figures: new Map(dataset.figures.map((figure) => [figure.id, figure])),
    };
    indexes.set(dataset, index);
  }
  return index;
}

export function findEvent(dataset: Dataset, eventId: string | null): AtlasEvent | undefined {
  return eventId === null ? undefined : indexOf(dataset).events.get(eventId);
}

export function findSite(dataset: Dataset, siteId: string | null): Site | undefined {
  return siteId === null ? undefined : indexOf(dataset).sites.get(siteId);
}
