// Every actor after one event: the board with each director's strain, resolve and voting power, the CEO and
// officers, the staff and their letter, the investors.
import {h} from '../dom.js';
import {timeElement} from '../time.js';

const percent = (x) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);
const round = (x) => (x === null || x === undefined ? '—' : Number(x).toFixed(Number(x) >= 100 ? 0 : 1));
const person = (id) => (id ? id.charAt(0).toUpperCase() + id.slice(1) : '—');

export function renderState(result, signatureChart) {
  const st = result.state || {};
  const board = st.board || {};
  const ceo = st.ceo || {};
  const staff = st.workforce || {};
  return [
    h('p', {class: 'state-at'}, `After event ${result.seq}, `, timeElement(h, result.time), '.'),
    result.summary?.length ? h('ul', {class: 'summary'}, result.summary.map((line) => h('li', {}, line))) : null,
    h('h3', {}, 'Board'),
    h('dl', {class: 'facts'},
      fact('Seats', `${board.seats ?? '—'} (${(board.members || []).length} in office, ${board.vacancies ?? 0} vacant)`),
      fact('Chair', board.chair ? nameOf(board.chair, board) : 'none'),
      fact('Quorum', `${board.quorum ?? '—'} directors${board.quorumRule ? ` (${board.quorumRule})` : ''}`),
      fact('Majority needed', board.votingPower || '—'),
      board.observers?.length ? fact('Observers', board.observers.map(person).join(', ')) : null),
    directorsTable(board),
    h('h3', {}, 'CEO and officers'),
    h('dl', {class: 'facts'},
      fact('CEO', `${ceo.holderName || person(ceo.holder)}${ceo.interim ? ' (interim)' : ''}${ceo.reinstated
        ? ' (reinstated)' : ''}`),
      ceo.removed?.length ? fact('Removed', ceo.removed.map(person).join(', ')) : null,
      Object.entries(ceo.officers || {}).map(([role, id]) => fact(role.toUpperCase(), person(id)))),
    h('h3', {}, 'Staff and the letter'),
    h('dl', {class: 'facts'},
      fact('Employed', `${staff.employed ?? '—'} of ${staff.headcount ?? '—'}`),
      fact('Letter', staff.letterOpen ? `open: ${staff.letterSignatures} signed` : `${staff.letterSignatures
        ? `${staff.letterSignatures} signed, closed` : 'not opened'}`),
      fact('Resigned', staff.resigned ?? 0),
      staff.outsideOffer ? fact('Outside offer', typeof staff.outsideOffer === 'string' ? staff.outsideOffer
        : JSON.stringify(staff.outsideOffer)) : null),
    signatureChart,
    h('h3', {}, 'Investors'),
    investorsTable(st.investors || []),
  ];
}

function fact(term, value) {
  return [h('dt', {}, term), h('dd', {}, value)];
}

function nameOf(id, board) {
  return board.directors?.find((d) => d.person === id)?.name || person(id);
}

function directorsTable(board) {
  const directors = board.directors || [];
  if (directors.length === 0) return h('p', {}, 'No directors in office.');
  return h('table', {class: 'directors'},
    h('caption', {}, 'Directors: strain against resolve, and voting power on a motion now'),
    h('thead', {}, h('tr', {},
      h('th', {scope: 'col'}, 'Director'),
      h('th', {scope: 'col'}, 'Strain / resolve'),
      h('th', {scope: 'col'}, 'Given way'),
      h('th', {scope: 'col'}, h('abbr', {title: 'Banzhaf index'}, 'Banzhaf')),
      h('th', {scope: 'col'}, h('abbr', {title: 'Shapley-Shubik index'}, 'Shapley-Shubik')))),
    h('tbody', {}, directors.map((d) => {
      const share = d.resolve ? Math.min(1, d.strain / d.resolve) : 0;
      // a director the seed gives no resolve (elected later), or an ally beyond strain, has nothing to give way under
      const unbending = d.resolve === null || d.resolve === undefined || d.resolve >= 100000;
      return h('tr', {class: d.yielded ? 'yielded' : ''},
        h('th', {scope: 'row'}, d.name || person(d.person), d.person === board.chair ? ' (chair)' : ''),
        h('td', {}, unbending ? h('span', {class: 'muted'}, 'not under strain')
          : h('div', {class: 'strain'},
            h('div', {class: 'strain-bar', 'aria-hidden': 'true'},
              h('div', {class: `strain-fill${share >= 1 ? ' full' : ''}`, style: `width:${(share * 100).toFixed(1)}%`})),
            h('span', {}, `${round(d.strain)} of ${round(d.resolve)}`))),
        h('td', {}, d.yielded ? h('strong', {}, 'yes') : 'no'),
        h('td', {class: 'number'}, percent(d.banzhaf)),
        h('td', {class: 'number'}, percent(d.shapleyShubik)));
    })));
}

function investorsTable(investors) {
  if (investors.length === 0) return h('p', {}, 'No investors.');
  return h('table', {class: 'investors'},
    h('caption', {class: 'visually-hidden'}, 'Investors and their stance'),
    h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Investor'), h('th', {scope: 'col'}, 'Stance'),
      h('th', {scope: 'col'}, 'Votes'), h('th', {scope: 'col'}, 'Observer seat'))),
    h('tbody', {}, investors.map((i) => h('tr', {},
      h('th', {scope: 'row'}, i.name || i.id),
      h('td', {}, h('span', {class: `stance stance-${i.stance}`}, String(i.stance || '').replace('_', ' '))),
      h('td', {class: 'number'}, i.votes ?? 0),
      h('td', {}, i.observerSeat ? 'yes' : 'no')))));
}
