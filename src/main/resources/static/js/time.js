// Times as the API gives them: ISO text in the case's zone with its offset, e.g. 2023-11-17T12:00-08:00.
// Shown exactly as written (the case's local time), never converted to the browser's zone.

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The parts of an ISO time as written, or null. */
export function parts(text) {
  const m = ISO.exec(text || '');
  if (!m) return null;
  const [, y, mo, d, hh, mm, ss, offset] = m;
  return {date: `${y}-${mo}-${d}`, hm: `${hh}:${mm}`, y: +y, mo: +mo, d: +d, hh: +hh, mm: +mm, ss: +(ss || 0),
    offset: offset || ''};
}

/** The absolute instant in ms, for placing on an axis (the offset in the text makes it exact). */
export function instant(text) {
  return Date.parse(text);
}

/** Minutes east of UTC that the text's offset says (0 for Z or none). */
export function offsetMinutes(text) {
  const p = parts(text);
  if (!p || !p.offset || p.offset === 'Z') return 0;
  const sign = p.offset[0] === '-' ? -1 : 1;
  const digits = p.offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

function weekday(p) {
  return DAYS[new Date(Date.UTC(p.y, p.mo - 1, p.d)).getUTCDay()];
}

/** "Fri 2023-11-17 12:00": the local time written in the text. */
export function local(text) {
  const p = parts(text);
  if (!p) return text || '';
  return `${weekday(p)} ${p.date} ${p.hm}`;
}

/** "11-17 12:00": short, for dense places. */
export function short(text) {
  const p = parts(text);
  if (!p) return text || '';
  return `${p.date.slice(5)} ${p.hm}`;
}

/** "UTC−08:00" from the text's offset. */
export function offsetLabel(text) {
  const p = parts(text);
  if (!p || !p.offset) return '';
  return p.offset === 'Z' ? 'UTC' : `UTC${p.offset.replace('-', '−')}`;
}

/** A <time> element showing the local time, its machine-readable value the text itself. */
export function timeElement(h, text, format = local) {
  return h('time', {datetime: text, title: `${local(text)} (${offsetLabel(text)}, the case's local time)`}, format(text));
}

/**
 * An instant given in UTC (a Z time, as a few catalogue fields are) written in the case's zone: Intl with the zone
 * named explicitly, so the browser's own zone plays no part.
 */
export function inZone(text, zone) {
  const p = parts(text);
  if (!p || p.offset !== 'Z' || !zone) return text;
  const f = new Intl.DateTimeFormat('en-CA', {timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset'});
  const got = Object.fromEntries(f.formatToParts(new Date(instant(text))).map((x) => [x.type, x.value]));
  const offset = (got.timeZoneName || 'GMT').replace('GMT', '') || '+00:00';
  return `${got.year}-${got.month}-${got.day}T${got.hour}:${got.minute}${offset}`;
}

/**
 * Axis ticks every {@code stepHours} of local time from {@code fromMs} to {@code toMs}, local by the offset of
 * {@code zoneText} (a time of the case): midnights labelled by their date, other ticks by their hour.
 */
export function ticks(zoneText, fromMs, toMs, stepHours) {
  const offset = offsetMinutes(zoneText) * 60000;
  const step = stepHours * 3600000;
  const out = [];
  for (let local = Math.ceil((fromMs + offset) / step) * step; local - offset <= toMs; local += step) {
    const d = new Date(local);
    const midnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0;
    const label = midnight ? `${DAYS[d.getUTCDay()]} ${String(d.getUTCMonth() + 1).padStart(2, '0')}-`
      + `${String(d.getUTCDate()).padStart(2, '0')}`
      : `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
    out.push({ms: local - offset, label, midnight});
  }
  return out;
}
