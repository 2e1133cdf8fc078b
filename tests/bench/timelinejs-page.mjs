// The comparison: TimelineJS 3.9 (timeline and slides, no map) served from the same local
// server with the same events, each slide holding the summary and the quoted claims.
// Fonts, analytics and every other remote resource are turned off: nothing leaves the machine.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const EDTF = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

function timelineDate(text) {
  const match = EDTF.exec(text ?? '');
  if (!match) return undefined;
  const [, year, month, day] = match;
  return {
    year: Number(year),
    ...(month ? { month: Number(month) } : {}),
    ...(day ? { day: Number(day) } : {}),
  };
}

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

/** The TimelineJS JSON for the synthetic (or real) events and claims. */
export function timelineJson(events, claims, siteNames) {
  const claimsByEvent = new Map();
  for (const claim of claims) {
    claimsByEvent.set(claim.event, [...(claimsByEvent.get(claim.event) ?? []), claim]);
  }
  return {
    events: events.map((event) => ({
      unique_id: event.id,
      start_date: timelineDate(event.date),
      ...(event.end ? { end_date: timelineDate(event.end) } : {}),
      group: siteNames.get(event.site) ?? event.site,
      text: {
        headline: escapeHtml(event.title),
        text: [
          `<p>${escapeHtml(event.summary)}</p>`,
          ...(claimsByEvent.get(event.id) ?? []).map(
            (claim) =>
              `<blockquote>${escapeHtml(claim.quote)}</blockquote><p>${escapeHtml(claim.speaker)}</p>`,
          ),
        ].join(''),
      },
    })),
  };
}

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS comparison</title>
<link rel="stylesheet" href="css/timeline.css">
<style>html, body, #timeline { margin: 0; height: 100%; }</style>
</head><body><div id="timeline"></div>
<script src="js/timeline.js"></script><script src="start.js"></script></body></html>
`;

const START = `const size = new URLSearchParams(location.search).get('size');
fetch('events-' + size + '.json')
  .then((response) => response.json())
  .then((data) => {
    window.timeline = new TL.Timeline('timeline', data, {
      font: null,
      script_path: new URL('js/', location.href).toString(),
      ga_measurement_id: null,
      hash_bookmark: false,
    });
  });
`;

/** Writes the TimelineJS page into `folder`; events files are added with `writeEvents`. */
export function writeTimelineJsPage(folder) {
  const require = createRequire(import.meta.url);
  const packageRoot = dirname(require.resolve('@knight-lab/timelinejs/package.json'));
  const version = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version;
  mkdirSync(folder, { recursive: true });
  cpSync(join(packageRoot, 'dist/js/timeline.js'), join(folder, 'js/timeline.js'));
  cpSync(join(packageRoot, 'dist/css'), join(folder, 'css'), { recursive: true });
  writeFileSync(join(folder, 'index.html'), PAGE);
  writeFileSync(join(folder, 'start.js'), START);
  return version;
}

export function writeEvents(folder, size, json) {
  writeFileSync(join(folder, `events-${size}.json`), JSON.stringify(json));
}
