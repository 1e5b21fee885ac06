// A class: a student joins with the code the instructor gives; an instructor opens a class on a case and follows it.
import {h, fill, live} from '../dom.js';
import {get, getText, post, libraryContents, joined, teaching, instructorSecret, myClass, leaveClass}
  from '../api.js';
import {link, title} from '../nav.js';
import {local} from '../time.js';

/** #/class: join or open; #/class/mine: the instructor's view of their class. */
export async function render(container, name) {
  if (name === 'mine') return instructorView(container);
  title('Class');
  const lib = await libraryContents();
  const mine = myClass();
  fill(container,
    mine ? h('p', {class: 'lead'}, `You are in the class "${mine.title}" as ${mine.name}. `,
      h('a', {class: 'button primary', href: link('play', mine.caseId, {role: mine.role || 'board'})}, 'Go on playing'))
      : null,
    joinForm(),
    openForm(lib),
    instructorSecret() ? h('p', {}, h('a', {class: 'button', href: link('class', 'mine')}, 'Your class (instructor)'))
      : null);
  return {};
}

function joinForm() {
  const status = live();
  const code = h('input', {type: 'text', id: 'join-code', autocomplete: 'off', required: true, class: 'narrow-text'});
  const name = h('input', {type: 'text', id: 'join-name', autocomplete: 'name', required: true, maxlength: '60'});
  const form = h('form', {class: 'join', 'aria-labelledby': 'join-heading'},
    h('h2', {id: 'join-heading'}, 'Join a class'),
    h('p', {}, h('label', {for: 'join-code'}, 'The code your instructor gives '), code),
    h('p', {}, h('label', {for: 'join-name'}, 'Your name '), name),
    h('p', {}, h('button', {type: 'submit', class: 'primary', 'data-test': 'join'}, 'Join')),
    status);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const answer = await post('classes/join', {code: code.value.trim(), name: name.value.trim()});
      joined(answer);
      location.hash = link('play', answer.caseId, {role: answer.role || 'board'});
    } catch (err) {
      status.className = 'status error';
      status.textContent = `Not joined: ${err.message}`;
    }
  });
  return form;
}

function openForm(lib) {
  const status = live();
  const caseSelect = h('select', {id: 'open-case'}, lib.cases.map((c) => h('option', {value: c.id}, c.title)));
  const role = h('select', {id: 'open-role'});
  const fillRoles = async () => {
    const decisions = await get(`cases/${encodeURIComponent(caseSelect.value)}/decisions`);
    fill(role, [...new Set(decisions.map((d) => d.decides))].map((r) => h('option', {value: r}, r)));
  };
  caseSelect.addEventListener('change', fillRoles);
  fillRoles();
  const classTitle = h('input', {type: 'text', id: 'open-title', maxlength: '200'});
  const form = h('form', {class: 'open-class', 'aria-labelledby': 'open-heading'},
    h('h2', {id: 'open-heading'}, 'Open a class (instructors)'),
    h('p', {}, h('label', {for: 'open-case'}, 'Case '), caseSelect),
    h('p', {}, h('label', {for: 'open-role'}, 'Students play '), role),
    h('p', {}, h('label', {for: 'open-title'}, 'Title '), classTitle),
    h('p', {}, h('button', {type: 'submit', 'data-test': 'open-class'}, 'Open the class')),
    status);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const opened = await post('classes', {caseId: caseSelect.value, role: role.value, title: classTitle.value});
      teaching(opened.instructorSecret);
      location.hash = link('class', 'mine', {code: opened.joinCode});
    } catch (err) {
      status.className = 'status error';
      status.textContent = `Not opened: ${err.message}`;
    }
  });
  return form;
}

async function instructorView(container) {
  title('Your class');
  if (!instructorSecret()) {
    fill(container, h('p', {}, 'This browser runs no class. ', h('a', {href: link('class')}, 'Open one')));
    return {};
  }
  const code = new URLSearchParams(location.hash.split('?')[1] || '').get('code');
  const status = live();
  const board = h('div', {class: 'class-board'});
  const draw = async () => {
    try {
      const table = await get('classes/mine');
      fill(board, ...classTable(table));
    } catch (err) {
      status.className = 'status error';
      status.textContent = err.message;
    }
  };
  const act = (what, question) => h('button', {type: 'button', 'data-test': `class-${what}`, onclick: async () => {
    if (question && !window.confirm(question)) return;
    try {
      await post(`classes/mine/${what}`, {});
      status.className = 'status';
      status.textContent = {reveal: 'The history is revealed to the class.', reset: 'The students and their branches '
        + 'are deleted.', close: 'The class is closed.'}[what];
      if (what === 'close') leaveClass();
      await draw();
    } catch (err) {
      status.className = 'status error';
      status.textContent = err.message;
    }
  }}, {reveal: 'Reveal the history', reset: 'Reset the class', close: 'Close the class'}[what]);
  const csv = h('button', {type: 'button', onclick: async () => {
    const text = await getText('classes/mine/results.csv', 'text/csv');
    const a = h('a', {href: URL.createObjectURL(new Blob([text], {type: 'text/csv'})), download: 'class-results.csv'});
    a.click();
  }}, 'Download the results (CSV)');
  fill(container,
    code ? h('p', {class: 'lead join-code'}, 'Students join at ', h('strong', {}, `${location.origin}/#/class`),
      ' with the code ', h('strong', {'data-test': 'join-code'}, code), '.') : null,
    h('p', {class: 'actions'}, act('reveal'), ' ', csv, ' ', act('reset', 'Delete every student and their branches?'),
      ' ', act('close', 'Close the class? Its code and secret stop working.')),
    status, board);
  await draw();
  const timer = setInterval(draw, 5000);
  return {close: () => clearInterval(timer)};
}

function classTable(t) {
  const decisions = Object.keys(t.choices);
  const fmt = (v) => (v === null || v === undefined ? '—' : Number(v).toFixed(2));
  const rows = t.students.map((s) => h('tr', {}, h('th', {scope: 'row'}, s.student),
    decisions.map((d) => h('td', {}, s.choices[d] || '—')),
    h('td', {}, s.ended ? 'yes' : 'not yet'), h('td', {}, s.ceo || '—'),
    h('td', {}, s.ceoReturnedAt ? local(s.ceoReturnedAt) : '—'),
    h('td', {}, fmt(s.predictionVsBranch)), h('td', {}, fmt(s.predictionVsHistory))));
  const outcomes = Object.entries(t.outcomes);
  const most = Math.max(1, ...outcomes.map(([, n]) => n));
  return [
    h('h2', {}, `${t.title}: ${t.students.length} student${t.students.length === 1 ? '' : 's'}`
      + (t.revealed ? ' (history revealed)' : '')),
    h('table', {class: 'outcome class-table'}, h('caption', {}, 'Each student\'s latest play'),
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Student'), decisions.map((d) => h('th', {scope: 'col'}, d)),
        ['Ended', 'CEO at the end', 'CEO returned', 'Prediction vs branch', 'Prediction vs history']
          .map((x) => h('th', {scope: 'col'}, x)))),
      h('tbody', {}, rows)),
    h('h2', {}, 'How the plays ended'),
    h('ul', {class: 'plain bars', 'aria-label': 'Outcomes'}, outcomes.map(([ceo, n]) => h('li', {},
      h('span', {class: 'bar', style: `width: ${Math.round(200 * n / most)}px`}), ` ${ceo}: ${n}`))),
    h('h2', {}, 'Who chose what'),
    decisions.map((d) => h('p', {}, h('strong', {}, d), ': ', Object.entries(t.choices[d])
      .map(([o, n]) => `${o} ${n}`).join(', '))),
    t.questions.length ? [h('h2', {}, 'Debrief questions'), h('ol', {}, t.questions.map((q) => h('li', {}, q)))] : null,
    t.notes.length ? [h('h2', {}, 'Notes for you'), h('ul', {class: 'notice'}, t.notes.map((n) => h('li', {}, n)))]
      : null,
  ];
}
