// Provenance tiers, told apart by shape and by letter as well as by colour, so no reader depends on colour alone.
import {h, s} from './dom.js';

export const TIERS = [
  {id: 'reported', letter: 'R', shape: 'circle', label: 'reported', help: 'as the sources report it'},
  {id: 'calibrated', letter: 'C', shape: 'diamond', label: 'calibrated', help: 'modelled, fitted to a report'},
  {id: 'modelled', letter: 'M', shape: 'square', label: 'modelled', help: 'the model\'s own reaction'},
  {id: 'assumed', letter: 'A', shape: 'triangle', label: 'assumed', help: 'an assumption of the case'},
  {id: 'what-if', letter: 'W', shape: 'star', label: 'what-if', help: 'changed by a what-if'},
];

export function tier(id) {
  return TIERS.find((t) => t.id === id) || {id, letter: '?', shape: 'circle', label: id || 'unknown', help: ''};
}

/** The SVG shape of a tier centred on (x, y), radius r. */
export function shape(tierId, x, y, r, attributes = {}) {
  const t = tier(tierId);
  const cls = `mark-shape tier-${t.id}`;
  switch (t.shape) {
    case 'diamond':
      return s('polygon', {class: cls, points: `${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}`, ...attributes});
    case 'square':
      return s('rect', {class: cls, x: x - r * 0.8, y: y - r * 0.8, width: r * 1.6, height: r * 1.6, ...attributes});
    case 'triangle':
      return s('polygon', {class: cls, points: `${x},${y - r} ${x + r},${y + r * 0.8} ${x - r},${y + r * 0.8}`,
        ...attributes});
    case 'star': {
      const points = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r * 1.1 : r * 0.5;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        points.push(`${(x + radius * Math.cos(angle)).toFixed(1)},${(y + radius * Math.sin(angle)).toFixed(1)}`);
      }
      return s('polygon', {class: cls, points: points.join(' '), ...attributes});
    }
    default:
      return s('circle', {class: cls, cx: x, cy: y, r, ...attributes});
  }
}

/** A small inline badge: the tier's shape, letter and name. */
export function badge(tierId) {
  const t = tier(tierId);
  return h('span', {class: `tier-badge tier-${t.id}`, title: t.help},
    s('svg', {width: 12, height: 12, viewBox: '0 0 12 12', 'aria-hidden': 'true', focusable: 'false'}, shape(t.id, 6, 6, 5)),
    h('span', {class: 'tier-letter', 'aria-hidden': 'true'}, t.letter), ' ', t.label);
}

/** The legend of marks: shape, letter, colour and meaning of each tier. */
export function legend() {
  return h('ul', {class: 'legend', 'aria-label': 'Legend: provenance tiers'},
    TIERS.map((t) => h('li', {},
      s('svg', {width: 18, height: 18, viewBox: '0 0 18 18', 'aria-hidden': 'true', focusable: 'false'},
        shape(t.id, 9, 9, 7), s('text', {x: 9, y: 12.5, class: 'mark-letter', 'text-anchor': 'middle'}, t.letter)),
      h('span', {}, h('strong', {}, t.label), ` (${t.letter}): ${t.help}`))));
}
