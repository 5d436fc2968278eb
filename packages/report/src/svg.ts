import { escapeHtml } from './escape.js';
import type { Category, TimelineModel } from './timeline.js';

/**
 * The timeline as a picture (SVG), for the report: lanes with the country's name, day marks, and
 * a mark per item whose shape tells its category (never colour alone). Each mark has a <title>
 * with its text, so hovering (or a screen reader) tells what it is.
 */
const SHAPES: Record<Category, (x: number, y: number) => string> = {
  request: (x, y) => `<circle cx="${x}" cy="${y}" r="4"/>`,
  ruling: (x, y) =>
    `<path d="M${x - 5} ${y - 5}L${x + 5} ${y + 5}M${x + 5} ${y - 5}L${x - 5} ${y + 5}" stroke-width="2.5"/>`,
  evidence: (x, y) => `<rect x="${x - 4}" y="${y - 4}" width="8" height="8"/>`,
  jurisdiction: (x, y) => `<path d="M${x} ${y - 5}L${x + 5} ${y}L${x} ${y + 5}L${x - 5} ${y}Z"/>`,
  news: (x, y) => `<path d="M${x} ${y - 5}L${x + 5} ${y + 4}L${x - 5} ${y + 4}Z"/>`,
  objective: (x, y) =>
    `<path d="M${x - 5} ${y}L${x - 1} ${y + 4}L${x + 6} ${y - 5}" fill="none" stroke-width="2.5"/>`,
};

const COLOURS: Record<Category, string> = {
  request: '#2b6cb0',
  ruling: '#c53030',
  evidence: '#2f855a',
  jurisdiction: '#6b46c1',
  news: '#b7791f',
  objective: '#1a202c',
};

const DAY = 24 * 60;

export function timelineSvg(
  model: TimelineModel,
  labels: { day: (day: number) => string; title: string },
  width = 1000,
): string {
  const left = 130;
  const laneHeight = 34;
  const top = 24;
  const height = top + model.lanes.length * laneHeight + 10;
  const x = (at: number) => left + ((width - left - 10) * at) / model.end;
  const parts: string[] = [];
  const step = Math.max(1, Math.ceil(model.end / DAY / 15));
  for (let day = 0; day * DAY <= model.end; day += step) {
    const at = x(day * DAY);
    parts.push(`<line x1="${at}" y1="${top - 6}" x2="${at}" y2="${height - 8}" stroke="#e2e8f0"/>`);
    parts.push(
      `<text x="${at + 2}" y="${top - 10}" font-size="10" fill="#4a5568">${escapeHtml(labels.day(day + 1))}</text>`,
    );
  }
  model.lanes.forEach((lane, index) => {
    const y = top + index * laneHeight + laneHeight / 2;
    parts.push(`<line x1="${left}" y1="${y}" x2="${width - 10}" y2="${y}" stroke="#cbd5e0"/>`);
    parts.push(`<rect x="4" y="${y - 7}" width="12" height="12" fill="${escapeHtml(lane.color)}"/>`);
    parts.push(`<text x="20" y="${y + 4}" font-size="12" fill="#1a202c">${escapeHtml(lane.name)}</text>`);
  });
  const laneIndex = new Map(model.lanes.map((lane, index) => [lane.id, index]));
  for (const item of model.items) {
    const index = laneIndex.get(item.lane);
    if (index === undefined) continue;
    const y = top + index * laneHeight + laneHeight / 2;
    const colour = COLOURS[item.category];
    parts.push(
      `<g fill="${colour}" stroke="${colour}" data-category="${item.category}"><title>${escapeHtml(item.text)}</title>${SHAPES[item.category](x(item.at), y)}</g>`,
    );
  }
  // Drawn left to right in every language (time runs along x; the lane names are placed by
  // text-anchor), so a right-to-left report does not turn its labels out of the picture.
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" direction="ltr" role="img" aria-label="${escapeHtml(labels.title)}">${parts.join('')}</svg>`;
}
