// Server-rendered SVG charts: no chart library, no script. Each chart has a <title> and <desc>
// for screen readers and scales to a phone's width; pages put a data table beside every chart.
import { html } from 'ghtml';

export interface Bar {
  label: string;
  value: number;
  text: string;
}

let chartId = 0;

/**
 * Drawn 320 units wide: a 360 px phone gives the chart about 328 px, so one unit is at least one
 * pixel and 13-unit text is at least 13 px on a phone (and larger on a wider screen).
 */
const WIDTH = 320;
const TEXT = 13;

/** Horizontal bars: each label on its own line above its bar, so no label is ever cut. */
export function barChart(opts: { title: string; desc: string; bars: Bar[] }): string {
  const id = `chart-${++chartId}`;
  const rowH = 42;
  const width = WIDTH;
  const max = Math.max(1, ...opts.bars.map((b) => b.value));
  const room = Math.min(160, Math.max(90, ...opts.bars.map((b) => Math.ceil(b.text.length * 7.5) + 8)));
  const height = opts.bars.length * rowH + 4;
  const rows = opts.bars.map((b, i) => {
    const y = i * rowH;
    // The value is written after the bar; the longest bar leaves room for the longest value
    // ("₹18,000 a month" at 13 units is about 7.5 units a character).
    const w = Math.max(1, Math.round((b.value / max) * (width - room)));
    return html`<g><text x="0" y="${y + 15}" font-size="${TEXT}">${b.label}</text><rect x="0" y="${y + 21}" width="${w}" height="16" rx="2" class="bar"></rect><text x="${w + 5}" y="${y + 34}" font-size="${TEXT}">${b.text}</text></g>`;
  });
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${id}-t ${id}-d" preserveAspectRatio="xMinYMin meet"><title id="${id}-t">${opts.title}</title><desc id="${id}-d">${opts.desc}</desc>!${rows.join('')}</svg>`;
}

/** Vertical bars over time (weeks): labels centred under every few bars, the top of the scale
 * marked on the left so heights can be read without the table. */
export function columnChart(opts: { title: string; desc: string; bars: Bar[] }): string {
  const id = `chart-${++chartId}`;
  const width = WIDTH;
  const height = 176;
  const left = 34;
  const right = 6;
  const top = 14;
  const n = Math.max(1, opts.bars.length);
  const colW = (width - left - right) / n;
  const max = Math.max(1, ...opts.bars.map((b) => b.value));
  // About 56 units a label ("28 Sept" at 13 px) so neighbours never touch.
  const every = Math.max(1, Math.ceil((n * 56) / (width - left - right)));
  const base = height - 24;
  const cols = opts.bars.map((b, i) => {
    const h = Math.round((b.value / max) * (base - top));
    const x = left + i * colW;
    // Labels count back from the newest bar, so the latest period is always named; the last label
    // ends at its bar's right edge so it is never cut off at a phone's width.
    const last = i === opts.bars.length - 1;
    const label =
      (opts.bars.length - 1 - i) % every === 0
        ? html`<text x="${(last ? x + colW : x + colW / 2).toFixed(1)}" y="${height - 6}" font-size="${TEXT}" text-anchor="${last ? 'end' : 'middle'}">${b.label}</text>`
        : '';
    return html`<g><rect x="${x.toFixed(1)}" y="${base - h}" width="${Math.max(1, colW - 2).toFixed(1)}" height="${h}" class="bar"><title>${b.label}: ${b.text}</title></rect>!${label}</g>`;
  });
  const axis = html`<line x1="${left - 2}" y1="${top}" x2="${width - right}" y2="${top}" class="grid"></line><line x1="${left - 2}" y1="${base}" x2="${width - right}" y2="${base}" class="grid"></line><text x="${left - 5}" y="${top + 4}" font-size="${TEXT}" text-anchor="end">${String(max)}</text><text x="${left - 5}" y="${base + 4}" font-size="${TEXT}" text-anchor="end">0</text>`;
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${id}-t ${id}-d"><title id="${id}-t">${opts.title}</title><desc id="${id}-d">${opts.desc}</desc>!${axis}!${cols.join('')}</svg>`;
}
