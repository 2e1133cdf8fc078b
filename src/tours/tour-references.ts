// What a tour may name: the dataset's events and sites.
import type { Dataset } from '../data/types';
import type { TourReferences } from './tour-types';

export function referencesOf(dataset: Dataset): TourReferences {
  return {
    eventIds: new Set(dataset.events.map((event) => event.id)),
    siteIds: new Set(dataset.sites.map((site) => site.id)),
  };
}
