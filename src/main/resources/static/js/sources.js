// Source keys (S14) as links to the case's source references.
import {h} from './dom.js';

const KEY = /\bS\d+\b/g;

/** The address a reference points to: its first word that is a host name or URL, https:// added when it has no scheme. */
export function address(reference) {
  for (const word of String(reference || '').split(/\s+/)) {
    const w = word.replace(/[;,)]+$/, '');
    if (/^https?:\/\//i.test(w)) return w;
    // a host ends in a short top-level name: 'news.ycombinator item 1' names a site without giving its address
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,6}(\/\S*)?$/i.test(w)) return `https://${w}`;
  }
  return null;
}

/** A key as a link to its reference, or as text (with the reference as its title) when it has no address. */
export function sourceLink(key, sources) {
  const reference = sources?.[key];
  if (!reference) return h('span', {class: 'source-key'}, key);
  const url = address(reference);
  if (!url) return h('span', {class: 'source-key', title: reference}, key);
  return h('a', {class: 'source-key', href: url, rel: 'noopener noreferrer', target: '_blank', title: reference,
    'aria-label': `${key}: ${reference} (opens in a new tab)`}, key);
}

/** A story line's source field ("S14,S15", "model", "whatif:NAME") with each key a link. */
export function sourceLinks(field, sources) {
  const keys = String(field || '').split(/[,;]\s*/).filter(Boolean);
  if (keys.length === 0) return [];
  const out = [];
  keys.forEach((k, i) => {
    if (i > 0) out.push(', ');
    out.push(/^S\d+$/.test(k) ? sourceLink(k, sources) : h('span', {class: 'source-other'}, k));
  });
  return out;
}

/** Prose naming sources in brackets, such as "(S14, S15)", with the keys as links. */
export function sourceText(text, theCase) {
  const sources = theCase?.sources || {};
  const out = [];
  let last = 0;
  for (const m of String(text).matchAll(KEY)) {
    out.push(text.slice(last, m.index), sourceLink(m[0], sources));
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}
