// Play: a case as one of its actors. At each of the role's decisions the student reads what happened since the last,
// chooses (and, the first time, predicts); the choice forks a branch there and the actors play on to the next.
import {h, fill, live} from '../dom.js';
import {get, post, libraryContents, q} from '../api.js';
import {link, title} from '../nav.js';
import {local} from '../time.js';
import {outcomesSideBySide, outcomeTable} from '../outcome.js';

const ROLE_NAMES = {board: 'the board', ceo: "the CEO's office", organisers: "the staff's organisers"};

function roleName(role) {
  if (ROLE_NAMES[role]) return ROLE_NAMES[role];
  const [kind, id] = role.split(':');
  return `${kind === 'investor' ? 'the investor' : 'the director'} ${id}`;
}

/** #/play/CASE: pick a role; #/play/TIMELINE?role=R: the play's next turn in that timeline. */
export async function render(container, name, params) {
  const lib = await libraryContents();
  if (!name) {
    title('Play a case');
    fill(container, h('p', {class: 'lead'}, 'Take the part of one actor and decide as they did, or otherwise.'),
      lib.cases.map((c) => h('p', {}, h('a', {class: 'button primary', href: link('play', c.id)}, c.title))));
    return {};
  }
  if (!params.role) return chooseRole(container, name, lib);
  return turn(container, name, params.role);
}

async function chooseRole(container, caseId, lib) {
  const c = lib.cases.find((x) => x.id === caseId);
  title(`Play: ${c ? c.title : caseId}`);
  const decisions = await get(`cases/${q(caseId)}/decisions`);
  const roles = [...new Set(decisions.map((d) => d.decides))];
  fill(container,
    h('p', {class: 'lead'}, 'Whose part do you take? You decide at their moments; the other actors play on by the model.'),
    h('ul', {class: 'cards'}, roles.map((role) => {
      const mine = decisions.filter((d) => d.decides === role);
      return h('li', {}, h('h2', {}, `As ${roleName(role)}`),
        h('p', {}, `${mine.length} decision${mine.length === 1 ? '' : 's'}: `, mine.map((d) => d.decision).join(', ')),
        h('a', {class: 'button primary', href: link('play', caseId, {role}), 'data-test': `play-as-${role}`},
          `Play as ${roleName(role)}`));
    })));
  return {};
}

async function turn(container, timeline, role) {
  title(`Play as ${roleName(role)}`);
  const t = await get(`plays/${q(timeline)}?role=${q(role)}`);
  const parts = [];
  if (t.story.length) {
    parts.push(h('h2', {}, 'What has happened'),
      h('ol', {class: 'story play-story'}, t.story.map((l) => h('li', {},
        h('time', {datetime: l.time}, local(l.time)), ' ', l.text))));
  }
  t.skipped.forEach((s) => parts.push(h('p', {class: 'muted'}, `Not asked: ${s.decision}, since ${s.skipped.replace(/^does not arise: /, '')}.`)));
  if (t.decision) {
    parts.push(decisionForm(t, timeline, role));
  } else {
    parts.push(...ending(t));
  }
  fill(container, ...parts);
  return {};
}

function decisionForm(t, timeline, role) {
  const d = t.decision;
  const status = live();
  const predict = t.firstChoice ? prediction() : null;
  // an option is a button of its own: each is reached by Tab, and choosing is one press
  const choices = d.options.map((o) => h('li', {}, h('button', {type: 'submit', name: 'option', value: o.id,
    id: `option-${o.id}`, class: o.id === 'as-history' ? '' : 'primary'}, o.label)));
  const form = h('form', {class: 'decision', 'aria-labelledby': 'decision-heading'},
    h('h2', {id: 'decision-heading'}, `Your decision: ${d.decision}`),
    h('p', {class: 'question'}, d.question),
    predict ? predict.element : null,
    h('h3', {}, 'Choose'),
    h('ul', {class: 'plain options'}, choices),
    status);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const option = e.submitter?.value;
    if (!option) return;
    choices.forEach((c) => { c.querySelector('button').disabled = true; });
    status.className = 'status';
    status.textContent = 'The actors play on…';
    try {
      const next = await post(`plays/${q(timeline)}/choices`, {decision: d.decision, option, role,
        prediction: predict ? predict.value() : null});
      location.hash = link('play', next.timeline, {role});
    } catch (err) {
      choices.forEach((c) => { c.querySelector('button').disabled = false; });
      status.className = 'status error';
      status.textContent = `Not decided: ${err.message}`;
    }
  });
  return form;
}

/** The prediction made with the first choice; every item may be left empty. */
function prediction() {
  const returns = h('select', {id: 'predict-returns'}, h('option', {value: ''}, '(no prediction)'),
    h('option', {value: 'yes'}, 'yes'), h('option', {value: 'no'}, 'no'));
  const by = h('input', {type: 'text', id: 'predict-by', placeholder: 'e.g. 2023-11-22T12:00'});
  const signatures = h('input', {type: 'number', min: '0', id: 'predict-signatures', class: 'narrow-text'});
  const leaving = h('input', {type: 'text', id: 'predict-leaving', placeholder: 'e.g. toner, mccauley, or none'});
  const element = h('fieldset', {class: 'prediction'}, h('legend', {}, 'Before the actors play on, predict'),
    h('p', {}, h('label', {for: 'predict-returns'}, 'Does the removed CEO return? '), returns),
    h('p', {}, h('label', {for: 'predict-by'}, 'If so, by when (local time)? '), by),
    h('p', {}, h('label', {for: 'predict-signatures'}, 'How many staff sign the letter at most? '), signatures),
    h('p', {}, h('label', {for: 'predict-leaving'}, 'Which directors leave the board (ids)? '), leaving));
  return {element, value: () => {
    const out = {};
    if (returns.value) out.ceoReturns = returns.value === 'yes';
    if (by.value) out.returnBy = by.value;
    if (signatures.value !== '') out.signatures = Number(signatures.value);
    if (leaving.value.trim()) {
      out.leaving = leaving.value.trim() === 'none' ? [] : leaving.value.split(',').map((x) => x.trim()).filter(Boolean);
    }
    return Object.keys(out).length ? out : null;
  }};
}

function ending(t) {
  const e = t.ending;
  // in a class, what history did stays hidden until the instructor reveals it
  const parts = [h('h2', {}, 'How it ended'), e.historyOutcome
    ? outcomesSideBySide(e.outcome, e.historyOutcome, 'Your branch', 'History')
    : [outcomeTable(e.outcome, 'Your branch at the end'),
      h('p', {class: 'muted'}, 'What happened in fact is hidden until your instructor reveals it.')]];
  if (e.prediction) {
    parts.push(h('h2', {}, 'Your prediction'), scored('Against your branch', e.prediction.branch),
      e.prediction.history ? scored('Against history', e.prediction.history) : null);
  }
  const d = e.debrief;
  if (d.decisive) {
    parts.push(h('h2', {}, 'The decisive events'), h('p', {}, 'From the outcome back to what was given:'),
      h('ol', {class: 'why'}, d.decisive.links.map((l) => h('li', {}, h('time', {datetime: l.time}, local(l.time)), ' ',
        l.text, h('br'), h('span', {class: 'muted'}, l.how)))));
  }
  if (d.powerBefore) {
    const after = new Map(d.powerAfter.directors.map((p) => [p.name, p.banzhaf]));
    const names = [...new Set([...d.powerBefore.directors.map((p) => p.name), ...after.keys()])];
    const before = new Map(d.powerBefore.directors.map((p) => [p.name, p.banzhaf]));
    const fmt = (v) => (v === undefined || v === null ? '—' : v.toFixed(3));
    parts.push(h('h2', {}, 'Voting power'), h('table', {class: 'outcome'},
      h('caption', {}, 'Each director\'s Banzhaf index at your first choice and at the end'),
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Director'), h('th', {scope: 'col'}, 'At the first choice'),
        h('th', {scope: 'col'}, 'At the end'))),
      h('tbody', {}, names.map((n) => h('tr', {}, h('th', {scope: 'row'}, n), h('td', {}, fmt(before.get(n))),
        h('td', {}, fmt(after.get(n))))))));
  }
  if (d.questions.length) {
    parts.push(h('h2', {}, 'Questions'), h('ol', {class: 'notice'}, d.questions.map((x) => h('li', {}, x))));
  }
  parts.push(h('p', {class: 'actions'}, h('a', {class: 'button', href: link('timeline', t.timeline)}, 'Open your branch'),
    e.historyOutcome ? [' ', h('a', {class: 'button', href: link('compare', '', {a: t.history, b: t.timeline})},
      'Compare with history')] : null));
  return parts;
}

function scored(caption, s) {
  return h('table', {class: 'outcome'}, h('caption', {}, `${caption}: ${s.total === null ? 'nothing to score'
    : `${s.total.toFixed(2)} of 1`}`),
  h('thead', {}, h('tr', {}, ['Item', 'Predicted', 'Found', 'Points', 'Rule'].map((x) => h('th', {scope: 'col'}, x)))),
  h('tbody', {}, s.items.map((i) => h('tr', {}, h('th', {scope: 'row'}, i.item), h('td', {}, i.predicted),
    h('td', {}, i.actual), h('td', {}, i.points === null ? '—' : i.points.toFixed(2)), h('td', {}, i.rule)))));
}
