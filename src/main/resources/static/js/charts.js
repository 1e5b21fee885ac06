// Hand-written SVG charts: a step curve of counts over time, and bars of a distribution.
import {h, s} from './dom.js';
import {instant, short, offsetMinutes} from './time.js';

const W = 560;
const H = 220;
const PAD = {left: 48, right: 16, top: 14, bottom: 36};

function scale(domain, range) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

function niceMax(v) {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return Math.ceil(v / p) * p;
}

/**
 * Signatures over time: each series a step line of {time, value} (times as the API writes them); reported counts as
 * labelled points. {@code cursor} (a time) draws where the player stands. Described in a caption and a table for
 * readers who cannot see it.
 */
export function signatureChart({title, series, reported = [], cursor = null, domain = null, ceiling = null}) {
  const times = [...series.flatMap((x) => x.points.map((p) => instant(p.time))), ...reported.map((r) => instant(r.at))];
  const from = domain ? domain[0] : Math.min(...times);
  const to = domain ? domain[1] : Math.max(...times);
  const top = niceMax(Math.max(ceiling || 0, 10, ...series.flatMap((x) => x.points.map((p) => p.value)),
    ...reported.map((r) => r.reported)));
  const x = scale([from, to], [PAD.left, W - PAD.right]);
  const y = scale([0, top], [H - PAD.bottom, PAD.top]);
  const svg = s('svg', {viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': title});
  for (let i = 0; i <= 4; i++) {
    const v = (top * i) / 4;
    svg.append(s('line', {class: 'grid', x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v)}),
      s('text', {class: 'axis-label', x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end'}, Math.round(v)));
  }
  const ticks = 4;
  for (let i = 0; i <= ticks; i++) {
    const t = from + ((to - from) * i) / ticks;
    const label = tickLabel(series, reported, t);
    const anchor = i === 0 ? 'start' : i === ticks ? 'end' : 'middle';
    svg.append(s('text', {class: 'axis-label', x: x(t), y: H - PAD.bottom + 16, 'text-anchor': anchor}, label));
  }
  series.forEach((serie, i) => {
    if (serie.points.length === 0) return;
    let d = `M${x(from).toFixed(1)},${y(0).toFixed(1)}`;
    let last = 0;
    for (const p of serie.points) {
      const px = x(Math.min(Math.max(instant(p.time), from), to)).toFixed(1);
      d += ` L${px},${y(last).toFixed(1)} L${px},${y(p.value).toFixed(1)}`;
      last = p.value;
    }
    const end = cursor ? Math.min(instant(cursor), to) : to;
    d += ` L${x(end).toFixed(1)},${y(last).toFixed(1)}`;
    svg.append(s('path', {class: `series series-${i}`, d}));
  });
  for (const r of reported) {
    const px = x(instant(r.at));
    const py = y(r.reported);
    svg.append(s('g', {class: 'reported-point'},
      s('rect', {x: px - 4, y: py - 4, width: 8, height: 8, transform: `rotate(45 ${px} ${py})`}),
      s('text', {class: 'point-label', x: px + 7, y: py - 6}, r.reported)));
  }
  if (cursor) {
    const cx = x(Math.min(instant(cursor), to));
    svg.append(s('line', {class: 'chart-cursor', x1: cx, x2: cx, y1: PAD.top, y2: H - PAD.bottom}));
  }
  const key = h('ul', {class: 'chart-key'},
    series.map((serie, i) => h('li', {}, h('span', {class: `swatch series-${i}`, 'aria-hidden': 'true'}), serie.label)),
    reported.length ? h('li', {}, h('span', {class: 'swatch reported', 'aria-hidden': 'true'}), 'reported count') : null);
  return h('figure', {class: 'chart-figure'}, svg, key, h('figcaption', {class: 'visually-hidden'}, describe(series,
    reported)));
}

/** A tick's time in the case's local time, by the offset its data are written with ("11-20 04:00"). */
function tickLabel(series, reported, ms) {
  const sample = series.find((x) => x.points.length)?.points[0]?.time || reported[0]?.at;
  if (!sample) return '';
  const d = new Date(ms + offsetMinutes(sample) * 60000);
  const two = (n) => String(n).padStart(2, '0');
  return `${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

function describe(series, reported) {
  const parts = series.map((x) => {
    const last = x.points[x.points.length - 1];
    return `${x.label}: ${last ? `${last.value} by ${short(last.time)}` : 'none'}`;
  });
  if (reported.length) parts.push(`reported: ${reported.map((r) => `${r.reported} at ${short(r.at)}`).join(', ')}`);
  return parts.join('; ');
}

/** Bars of a distribution: [{label, value}], the value written over each bar, long labels slanted. */
export function barChart({title, bars, unit = ''}) {
  const top = niceMax(Math.max(1e-9, ...bars.map((b) => b.value)));
  const width = W - PAD.left - PAD.right;
  const bw = bars.length ? width / bars.length : width;
  const longest = Math.max(0, ...bars.map((b) => String(b.label).length));
  const slanted = longest * 6.5 > bw;
  const bottom = slanted ? Math.min(110, 24 + longest * 5) : PAD.bottom;
  const height = H - PAD.bottom + bottom;
  const y = scale([0, top], [H - PAD.bottom, PAD.top]);
  const svg = s('svg', {viewBox: `0 0 ${W} ${height}`, class: 'chart', role: 'img', 'aria-label': title});
  for (let i = 0; i <= 4; i++) {
    const v = (top * i) / 4;
    svg.append(s('line', {class: 'grid', x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v)}),
      s('text', {class: 'axis-label', x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end'}, +v.toFixed(2)));
  }
  bars.forEach((b, i) => {
    const bx = PAD.left + i * bw;
    const cx = bx + bw / 2;
    svg.append(s('rect', {class: 'bar', x: bx + bw * 0.1, y: y(b.value), width: bw * 0.8,
      height: Math.max(0, y(0) - y(b.value))}));
    if (bars.length > 30) return;
    svg.append(s('text', {class: 'point-label', x: cx, y: y(b.value) - 3, 'text-anchor': 'middle'},
      +Number(b.value).toFixed(2)));
    const ly = H - PAD.bottom + 14;
    svg.append(slanted
      ? s('text', {class: 'axis-label', x: cx, y: ly, 'text-anchor': 'end', transform: `rotate(-40 ${cx} ${ly})`},
        String(b.label))
      : s('text', {class: 'axis-label', x: cx, y: ly, 'text-anchor': 'middle'}, String(b.label)));
  });
  const table = h('table', {class: 'visually-hidden'}, h('caption', {}, title),
    h('tr', {}, h('th', {scope: 'col'}, 'value'), h('th', {scope: 'col'}, `count${unit}`)),
    bars.map((b) => h('tr', {}, h('td', {}, b.label), h('td', {}, b.value))));
  return h('figure', {class: 'chart-figure'}, svg, table);
}
