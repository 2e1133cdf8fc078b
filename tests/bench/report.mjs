// Turns the loads into medians, prints the table with TimelineJS beside the atlas and the
// ratio between them, and compares with the previous bench/results.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { median } from './page-probes.mjs';

/** Every reported figure: lower is better for all of them. */
export const FIGURES = [
  { key: 'firstItemMs', label: 'first timeline item', unit: 'ms' },
  { key: 'interactiveMs', label: 'interactive (1 s with no long task)', unit: 'ms' },
  { key: 'mapDrawnMs', label: 'map drawn', unit: 'ms' },
  { key: 'scriptMs', label: 'script time at load', unit: 'ms' },
  { key: 'layoutMs', label: 'layout time at load', unit: 'ms' },
  { key: 'styleMs', label: 'style time at load', unit: 'ms' },
  { key: 'layouts', label: 'layouts at load', unit: '' },
  { key: 'domNodes', label: 'DOM nodes', unit: '' },
  { key: 'heapMb', label: 'JS heap after GC', unit: 'MB' },
  { key: 'clickMs', label: 'click an item to its details', unit: 'ms' },
  { key: 'clickLongestTaskMs', label: 'longest task in that click', unit: 'ms' },
  { key: 'nextKeyMs', label: 'next-event key', unit: 'ms' },
  { key: 'filterMs', label: 'category filter', unit: 'ms' },
  { key: 'zoom.p50', label: 'zoom frame p50', unit: 'ms' },
  { key: 'zoom.p95', label: 'zoom frame p95', unit: 'ms' },
  { key: 'pan.p50', label: 'pan frame p50', unit: 'ms' },
  { key: 'pan.p95', label: 'pan frame p95', unit: 'ms' },
];

const valueAt = (load, key) => key.split('.').reduce((value, part) => value?.[part], load);

/** Medians of the loads that opened, plus how many opened. */
export function summarise(loads) {
  const opened = loads.filter((load) => load.opened);
  const summary = { loads: loads.length, opened: opened.length };
  for (const { key } of FIGURES) {
    summary[key] = median(opened.map((load) => valueAt(load, key)));
  }
  summary.outsideRequests = loads.reduce((total, load) => total + load.outside.length, 0);
  summary.pageErrors = [...new Set(loads.flatMap((load) => load.errors))];
  return summary;
}

function format(value, unit) {
  if (value === null || value === undefined) return '—';
  const rounded = unit === 'MB' ? value.toFixed(1) : Math.round(value).toLocaleString('en');
  return unit ? `${rounded} ${unit}` : rounded;
}

const ratio = (atlas, other) =>
  typeof atlas === 'number' && typeof other === 'number' && other > 0
    ? `${(atlas / other).toFixed(2)}×`
    : '—';

/** The table for one size, as Markdown (readable in a terminal too). */
export function tableFor(size, result, timeoutMs) {
  const { atlas, timelinejs } = result;
  const opened = (summary) =>
    summary ? `${summary.opened}/${summary.loads} opened within ${timeoutMs / 1000} s` : '';
  const lines = [
    `### ${size === 'shipped' ? 'Shipped data' : `${Number(size).toLocaleString('en')} events`} (load average ${result.load})`,
    '',
    `Atlas: ${opened(atlas)}. TimelineJS: ${timelinejs ? opened(timelinejs) : 'not run'}.`,
    '',
    '| figure | atlas | TimelineJS | atlas ÷ TimelineJS |',
    '|---|---:|---:|---:|',
  ];
  for (const { key, label, unit } of FIGURES) {
    const mine = atlas?.[key];
    const theirs = timelinejs?.[key];
    if ((mine === null || mine === undefined) && (theirs === null || theirs === undefined)) {
      continue;
    }
    lines.push(
      `| ${label} | ${format(mine, unit)} | ${format(theirs, unit)} | ${ratio(mine, theirs)} |`,
    );
  }
  return lines.join('\n');
}

/** Lines saying how each atlas figure moved since the previous results file. */
export function compareWithPrevious(previous, results) {
  const lines = [];
  for (const [size, result] of Object.entries(results.sizes)) {
    const before = previous?.sizes?.[size]?.atlas;
    if (!before || !result.atlas) continue;
    const changes = FIGURES.flatMap(({ key, label }) => {
      const now = result.atlas[key];
      const then = before[key];
      if (typeof now !== 'number' || typeof then !== 'number' || then === 0) return [];
      return [`${label} ${(now / then).toFixed(2)}×`];
    });
    if (changes.length > 0) lines.push(`${size}: ${changes.join(', ')}`);
  }
  return lines;
}

export function readPrevious(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

export function writeResults(path, results) {
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
