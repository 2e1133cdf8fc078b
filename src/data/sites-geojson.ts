// Reads data/sites.geojson: a FeatureCollection of Point features with the site properties.

import { dataMessages } from '../i18n/data-messages';
import { pointGeometrySchema, sitePropertiesSchema } from './schemas';
import type { DataIssue, Site } from './types';

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index += 1)
    if (text.charCodeAt(index) === 10) line += 1;
  return line;
}

/** Best guess at the line of the feature at `index`: where its id is written. */
function featureLine(text: string, id: unknown, index: number): number {
  if (typeof id === 'string') {
    const at = text.search(
      new RegExp(`"id"\\s*:\\s*"${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`),
    );
    if (at >= 0) return lineOfOffset(text, at);
  }
  let seen = -1;
  let at = -1;
  const pattern = /"type"\s*:\s*"Feature"/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    seen += 1;
    if (seen === index) {
      at = match.index;
      break;
    }
  }
  return at >= 0 ? lineOfOffset(text, at) : 1;
}

/** Offset of the first character that makes the JSON invalid (the shortest failing prefix). */
function firstBadJsonOffset(text: string): number {
  const failsBeforeEnd = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      // V8 names where it stopped; a prefix that stops at its own end is only incomplete
      // (a file cut short, or "Expected ':'" right after a name), not wrong yet.
      const position = /at position (\d+)/.exec(message);
      if (position) return Number(position[1]) < length;
      return !/end of (JSON )?(input|data)|Unterminated|EOF/i.test(message);
    }
  };
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (failsBeforeEnd(middle)) high = middle;
    else low = middle + 1;
  }
  return Math.max(0, low - 1);
}

export function readSites(
  file: string,
  text: string,
): { sites: { line: number; value: Site }[]; issues: DataIssue[]; rejectedIds: Set<string> } {
  const issues: DataIssue[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const line = lineOfOffset(text, firstBadJsonOffset(text));
    return {
      sites: [],
      rejectedIds: new Set(),
      issues: [
        {
          file,
          line,
          message: dataMessages.invalidJson(detail),
          wholeFile: true,
        },
      ],
    };
  }
  const features = (json as { type?: unknown; features?: unknown }) ?? {};
  if (
    features.type !== 'FeatureCollection' ||
    !Array.isArray(features.features) ||
    features.features.length === 0
  ) {
    return {
      sites: [],
      rejectedIds: new Set(),
      issues: [
        {
          file,
          line: 1,
          message: dataMessages.notFeatureCollection,
          wholeFile: true,
        },
      ],
    };
  }
  const sites: { line: number; value: Site }[] = [];
  const rejectedIds = new Set<string>();
  features.features.forEach((feature: unknown, index) => {
    const record = (feature ?? {}) as { properties?: { id?: unknown }; geometry?: unknown };
    const line = featureLine(text, record.properties?.id, index);
    const properties = sitePropertiesSchema.safeParse(record.properties ?? {});
    const geometry = pointGeometrySchema.safeParse(record.geometry ?? {});
    if (!properties.success || !geometry.success) {
      if (typeof record.properties?.id === 'string') rejectedIds.add(record.properties.id);
      for (const issue of properties.error?.issues ?? []) {
        const column = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
        issues.push({ file, line, ...(column ? { column } : {}), message: issue.message });
      }
      for (const issue of geometry.error?.issues ?? []) {
        issues.push({ file, line, column: 'geometry', message: issue.message });
      }
      return;
    }
    const [longitude, latitude] = geometry.data.coordinates;
    const value = properties.data;
    sites.push({
      line,
      value: {
        id: value.id,
        name: value.name,
        aliases: value.aliases,
        kind: value.kind,
        country: value.country,
        period: value.period,
        summary: value.summary,
        longitude,
        latitude,
        coordAccuracyM: value.coord_accuracy_m,
        coordSource: value.coord_source,
      },
    });
  });
  return { sites, issues, rejectedIds };
}
