// How a timeline ended, as rows a reader can compare.
import {h} from './dom.js';
import {local} from './time.js';

const names = (people) => (people || []).map((p) => p.name).join(', ') || 'none';

/** [label, text] rows of an outcome. */
export function outcomeRows(o) {
  if (!o) return [];
  const rows = [
    ['CEO', o.ceo ? `${o.ceo.name}${o.ceoInterim ? ' (interim)' : ''}` : 'none'],
    ['CEO removed', o.ceoRemoved ? 'yes' : 'no'],
    ['Removed CEO returned', o.ceoReturnedAt ? local(o.ceoReturnedAt) : (o.ceoRemoved ? 'no' : '—')],
    ['Board', names(o.board)],
    ['Chair', o.chair ? o.chair.name : 'none'],
    ['Staff employed', `${o.employed} of ${o.headcount}`],
    ['Letter: signed at the end', o.signed],
    ['Letter: peak signatures', o.peakSignatures],
    ['Resigned', o.resigned],
  ];
  for (const [id, i] of Object.entries(o.investors || {})) {
    rows.push([`Investor: ${i.name || id}`, `${String(i.stance).replace('_', ' ')}${i.observerSeat ? ', observer seat'
      : ''}`]);
  }
  return rows;
}

/** One outcome as a table. */
export function outcomeTable(o, caption) {
  return h('table', {class: 'outcome'}, h('caption', {}, caption),
    h('tbody', {}, outcomeRows(o).map(([label, value]) => h('tr', {}, h('th', {scope: 'row'}, label),
      h('td', {}, value)))));
}

/** Two outcomes side by side, the rows that differ marked (by a word as well as by colour). */
export function outcomesSideBySide(a, b, labelA, labelB) {
  const rowsA = outcomeRows(a);
  const rowsB = new Map(outcomeRows(b));
  const labels = [...new Set([...rowsA.map((r) => r[0]), ...rowsB.keys()])];
  const mapA = new Map(rowsA);
  return h('table', {class: 'outcome compare-outcome'},
    h('caption', {}, 'Outcomes side by side; rows that differ are marked'),
    h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Outcome'), h('th', {scope: 'col'}, labelA),
      h('th', {scope: 'col'}, labelB), h('th', {scope: 'col'}, 'Differs'))),
    h('tbody', {}, labels.map((label) => {
      const va = mapA.get(label) ?? '—';
      const vb = rowsB.get(label) ?? '—';
      const differs = String(va) !== String(vb);
      return h('tr', {class: differs ? 'differs' : ''}, h('th', {scope: 'row'}, label), h('td', {}, va),
        h('td', {}, vb), h('td', {}, differs ? 'differs' : ''));
    })));
}

/** What a what-if asks the reader to look for, and whether its expectations held, from a fork's answer. */
export function forkNotes(fork, {heading = 'h3', notice: withNotice = true} = {}) {
  const notice = withNotice ? fork.thingsToNotice || [] : [];
  const expectations = fork.check?.expectations || [];
  return [
    notice.length ? [h(heading, {}, 'Things to notice'), h('ul', {class: 'notice'}, notice.map((n) => h('li', {}, n)))]
      : null,
    expectations.length ? h('table', {class: 'outcome'},
      h('caption', {}, `Expectations: ${fork.check.held ? 'all held' : 'not all held'}`),
      h('thead', {}, h('tr', {}, ['Field', 'Expected', 'In the branch', 'Held'].map((x) => h('th', {scope: 'col'}, x)))),
      h('tbody', {}, expectations.map((x) => h('tr', {class: x.held ? '' : 'differs'}, h('th', {scope: 'row'}, x.field),
        h('td', {}, x.expected), h('td', {}, x.actual), h('td', {}, x.held ? 'yes' : 'no'))))) : null,
  ];
}
