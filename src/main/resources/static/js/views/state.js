// Every actor after one event: the board with each director's strain, resolve and voting power, the CEO and
// officers, the staff and their letter, the investors, and where a case has them the stockholders, the suits and the
// company's cash.
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
  // a case without a workforce in its seed (no staff revolt) shows no staff and no letter
  const hasStaff = staff.headcount > 0;
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
    hasStaff ? h('h3', {}, 'Staff and the letter') : null,
    hasStaff ? h('dl', {class: 'facts'},
      fact('Employed', `${staff.employed ?? '—'} of ${staff.headcount ?? '—'}`),
      fact('Letter', staff.letterOpen ? `open: ${staff.letterSignatures} signed` : `${staff.letterSignatures
        ? `${staff.letterSignatures} signed, closed` : 'not opened'}`),
      fact('Resigned', staff.resigned ?? 0),
      staff.outsideOffer ? fact('Outside offer', typeof staff.outsideOffer === 'string' ? staff.outsideOffer
        : JSON.stringify(staff.outsideOffer)) : null) : null,
    hasStaff ? signatureChart : null,
    h('h3', {}, 'Investors'),
    investorsTable(st.investors || []),
    st.shareholders ? stockholders(st.shareholders) : null,
    st.litigation ? suits(st.litigation.suits || []) : null,
    st.financing ? cash(st.financing.available || []) : null,
  ];
}

// Economic stake and votes side by side: a class's votes per share set a holder's weight, not its shares.
function stockholders(sh) {
  return [
    h('h3', {}, 'Stockholders'),
    h('dl', {class: 'facts'},
      fact('Election', sh.election === 'majority' ? 'majority of the votes cast' : 'plurality'),
      (sh.classes || []).map((c) => fact(c.name, `${Number(c.shares).toLocaleString('en-US')} shares, `
        + `${c.votesPerShare} vote${c.votesPerShare === 1 ? '' : 's'} each`))),
    h('table', {class: 'holders'},
      h('caption', {class: 'visually-hidden'}, 'Holders and their share of the votes'),
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Holder'), h('th', {scope: 'col'}, 'Votes'),
        h('th', {scope: 'col'}, 'Share of the votes'))),
      h('tbody', {}, (sh.holders || []).map((x) => h('tr', {},
        h('th', {scope: 'row'}, x.name || x.id),
        h('td', {class: 'number'}, Number(x.votes).toLocaleString('en-US')),
        h('td', {class: 'number'}, percent(x.shareOfVotes)))))),
  ];
}

function suits(list) {
  return [
    h('h3', {}, 'Suits'),
    h('ul', {class: 'suits'}, list.map((x) => h('li', {}, `${x.title}: ${x.status}`))),
  ];
}

function cash(sources) {
  const usd = (x) => (x >= 1e9 ? `$${(x / 1e9).toFixed(1)}B` : `$${(x / 1e6).toFixed(0)}M`);
  return [
    h('h3', {}, 'Cash the company can count on'),
    sources.length === 0 ? h('p', {}, 'No source of cash is left.')
      : h('ul', {class: 'cash'}, sources.map((x) => h('li', {}, `${x.name}: ${usd(x.usd)}`))),
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
