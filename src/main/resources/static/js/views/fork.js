// Fork at the cursor: a form that builds a what-if, previews it as a dry run, stores it as a branch, or downloads it.
import {h, fill, live, uid} from '../dom.js';
import {get, post, allEvents, q, ApiError} from '../api.js';
import {link, title} from '../nav.js';
import {instant, local, short, timeElement} from '../time.js';
import {badge} from '../tiers.js';
import {outcomeTable, forkNotes} from '../outcome.js';
import {toYaml} from '../yaml.js';

const DECISIONS = [['votes-against', 'votes against'], ['votes-for', 'votes for'], ['stays-away', 'stays away']];

/** Parameters a slider can move: path, label, range and where the current value is found. */
const MODEL_PARAMETERS = [
  ['model.weightSignatures', 'Weight of each signature on the directors', 0, 10, 0.5],
  ['model.outsideOfferMultiplier', 'Outside offer multiplier', 0, 5, 0.1],
  ['model.pressureTolerance', 'Pressure the directors tolerate', 0, 20, 0.5],
  ['model.letterUltimatumHours', 'Hours the letter\'s ultimatum runs', 0, 168, 1],
  ['model.legalMultiplier', 'Legal threat multiplier', 0, 5, 0.1],
  ['model.weightResignations', 'Weight of resignations', 0, 10, 0.5],
  ['model.leaveRatePerHour', 'Signers leaving per hour after the ultimatum', 0, 0.5, 0.01],
];

export async function render(container, name, params) {
  if (!name) {
    location.hash = link('timeline');
    return {};
  }
  const [timeline, {events}] = await Promise.all([get(`timelines/${q(name)}`), allEvents(name)]);
  const at = Number(params.at || timeline.forkSeq || events[events.length - 1].seq);
  const state = await get(`timelines/${q(name)}/state?at=${at}`);
  title(`Fork ${timeline.name}`);
  const form = new ForkForm(container, {timeline, events, at, state});
  form.mount();
  return form;
}

/** Scripted steps still to come after the fork point, by the reference a what-if names them with. */
export function pendingSteps(events, atSeq) {
  const cursor = events.find((e) => e.seq === atSeq) || events.filter((e) => e.seq <= atSeq).pop();
  const after = cursor ? instant(cursor.time) : 0;
  const steps = [];
  const seen = new Set();
  for (const e of events) {
    if (e.type !== 'ActionScheduled' || e.seq > atSeq) continue;
    const cause = e.payload?.cause || e.cause || '';
    if (!(cause === 'script' || cause.startsWith('whatif'))) continue;
    if (instant(e.payload.due) <= after) continue;
    let command = e.payload.command;
    while (command && command['@command'] === 'OnlyIf') command = command.command;
    const ref = reference(command);
    if (!ref) continue;
    const key = JSON.stringify(ref.ref);
    if (seen.has(key)) continue;
    seen.add(key);
    steps.push({...ref, due: e.payload.due});
  }
  return steps;
}

function reference(command) {
  switch (command?.['@command']) {
    case 'PutMotionToVote': return {kind: 'vote', ref: {vote: command.motion.id}, text: `the vote: ${command.motion.title}`};
    case 'MakeOutsideOffer': return {kind: 'offer', ref: {offer: command.investor},
      text: `${command.investor}'s outside offer: ${command.role || ''}`};
    case 'ProposeSettlement': return {kind: 'settlement', ref: {settlement: command.settlement},
      text: `the settlement ${command.settlement}, proposed by ${command.proposer}`};
    case 'ApproachCandidate': return {kind: 'approach', ref: {approach: command.person},
      text: `the board's approach to ${command.person}`};
    default: return null;
  }
}

class ForkForm {
  constructor(container, data) {
    this.container = container;
    Object.assign(this, data);
    this.pending = pendingSteps(this.events, this.at);
    this.directors = this.state.state?.board?.directors || [];
    this.seats = this.state.state?.board?.seats || this.directors.length;
    this.parameters = this.events.find((e) => e.type === 'SimulationStarted')?.payload?.parameters || {};
    this.downloadUrl = null;
  }

  mount() {
    const event = this.events.find((e) => e.seq === this.at);
    const votes = this.pending.filter((p) => p.kind === 'vote');
    this.errorBox = h('div', {class: 'form-errors', id: 'fork-errors', role: 'alert', 'aria-live': 'assertive'});
    this.name = input('whatif', 'text', 'Name of the what-if', {value: 'my-what-if', pattern: '[A-Za-z0-9._-]+',
      required: true}, 'letters, digits, dot, underscore and hyphen');
    this.question = input('question', 'text', 'The question it asks', {value: 'What if …?', required: true});
    this.voteSelect = select('override-vote', 'Vote', [['', '— no override —'],
      ...votes.map((v) => [v.ref.vote, `${v.ref.vote} (due ${short(v.due)})`])]);
    this.directorSelect = select('override-director', 'Director', this.directors.map((d) => [d.person, d.name]));
    this.decisionSelect = select('override-decision', 'Decision', DECISIONS);
    this.removeBoxes = this.pending.map((p, i) => {
      const id = `remove-${i}`;
      const box = h('input', {type: 'checkbox', id, 'data-ref': JSON.stringify(p.ref)});
      return {box, row: h('li', {}, box, ' ', h('label', {for: id}, `${p.text} (due ${local(p.due)})`))};
    });
    const parameterOptions = [['', '— no change —'], ...MODEL_PARAMETERS.map((p) => [p[0], p[1]]),
      ...this.directors.filter((d) => d.resolve < 100000).map((d) => [`directors.${d.person}.resolve`,
        `${d.name}'s resolve`]),
      ['workforce.thresholdShift', 'Staff thresholds shift (positive: less loyal)']];
    this.parameterSelect = select('parameter', 'Parameter', parameterOptions);
    this.slider = h('input', {type: 'range', id: 'parameter-slider', disabled: true});
    this.number = h('input', {type: 'number', id: 'parameter-value', disabled: true, class: 'narrow'});
    this.quorumSelect = select('quorum', 'Quorum', [['', 'unchanged'], ['majority', 'a majority'],
      ...range(Math.ceil(this.seats / 3), this.seats).map((n) => [String(n), `${n} directors`])]);
    this.actionSelect = select('action-without-meeting', 'Action without a meeting', [['', 'unchanged'],
      ['majority', 'by a majority\'s written consent'], ['unanimous', 'only by unanimous written consent'],
      ['none', 'not allowed']]);
    this.noticeBox = h('input', {type: 'checkbox', id: 'notice-required'});
    this.branchName = input('branch-name', 'text', 'Branch name', {value: ''},
      'empty: named after the timeline and the what-if');
    this.preview = h('div', {class: 'preview', 'aria-live': 'polite'});
    this.status = live();
    this.download = h('a', {class: 'button', id: 'download-yaml', href: '#', download: 'my-what-if.yaml'},
      'Download the what-if (YAML)');
    this.yamlView = h('pre', {class: 'yaml', id: 'yaml-text', tabindex: 0, role: 'region',
      'aria-label': 'The what-if as YAML'});

    const form = h('form', {class: 'fork-form', 'aria-describedby': 'fork-errors', novalidate: true},
      h('fieldset', {}, h('legend', {}, 'The what-if'), this.name.row, this.question.row),
      h('fieldset', {}, h('legend', {}, 'Override a director\'s vote'),
        votes.length ? [this.voteSelect.row, this.directorSelect.row, this.decisionSelect.row]
          : h('p', {class: 'muted'}, 'No vote is pending after this point; move the cursor earlier to override one.')),
      h('fieldset', {id: 'remove-steps'}, h('legend', {}, 'Remove scripted steps still to come'),
        this.removeBoxes.length ? h('ul', {class: 'plain'}, this.removeBoxes.map((x) => x.row))
          : h('p', {class: 'muted'}, 'No scripted step is pending after this point.')),
      h('fieldset', {}, h('legend', {}, 'Change a parameter'), this.parameterSelect.row,
        h('div', {class: 'row'}, h('label', {for: 'parameter-slider'}, 'Value'), this.slider,
          h('label', {for: 'parameter-value', class: 'visually-hidden'}, 'Value as a number'), this.number,
          h('span', {class: 'muted', id: 'parameter-was'}))),
      h('fieldset', {}, h('legend', {}, 'Bylaws'), this.quorumSelect.row, this.actionSelect.row,
        h('div', {class: 'row'}, this.noticeBox, h('label', {for: 'notice-required'},
          'Every director must be given notice of a meeting'))),
      h('fieldset', {}, h('legend', {}, 'Run it'), this.branchName.row,
        h('p', {class: 'actions'},
          h('button', {type: 'submit', class: 'primary', id: 'preview-button'}, 'Preview (dry run)'), ' ',
          h('button', {type: 'button', id: 'save-button', onclick: () => this.run(false)}, 'Save as a branch'), ' ',
          this.download),
        this.status),
      this.errorBox);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.run(true);
    });
    form.addEventListener('input', () => this.changed());
    form.addEventListener('change', () => this.changed());
    this.parameterSelect.control.addEventListener('change', () => this.parameterChosen());
    this.slider.addEventListener('input', () => {
      this.number.value = this.slider.value;
    });
    this.number.addEventListener('input', () => {
      this.slider.value = this.number.value;
    });

    fill(this.container,
      h('p', {}, 'Forking ', h('a', {href: link('timeline', this.timeline.name, {at: this.at})}, this.timeline.name),
        ` after event ${this.at}`, event ? [', ', timeElement(h, event.time)] : '',
        '. The branch keeps every event up to there, applies the changes, and lets the actors play on.'),
      h('div', {class: 'fork-layout'},
        h('section', {'aria-labelledby': 'fork-form-heading'}, h('h2', {id: 'fork-form-heading'}, 'Build a what-if'), form),
        h('section', {'aria-labelledby': 'fork-preview-heading'},
          h('h2', {id: 'fork-preview-heading'}, 'Outcome'), this.preview,
          h('h3', {}, 'The what-if as YAML'), this.yamlView)));
    fill(this.preview, h('p', {class: 'muted'}, 'Preview the what-if to see how the branch would end; nothing is stored.'));
    this.changed();
  }

  close() {
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
  }

  parameterChosen() {
    const path = this.parameterSelect.control.value;
    const known = MODEL_PARAMETERS.find((p) => p[0] === path);
    let [min, max, step, current] = [0, 10, 0.1, 0];
    if (known) {
      [, , min, max, step] = known;
      current = this.parameters[path.slice('model.'.length)] ?? min;
    } else if (path.startsWith('directors.')) {
      const d = this.directors.find((x) => `directors.${x.person}.resolve` === path);
      [min, max, step, current] = [0, Math.max(1000, Math.ceil((d?.resolve || 0) * 2)), 1, d?.resolve ?? 0];
    } else if (path === 'workforce.thresholdShift') {
      [min, max, step, current] = [-0.5, 0.5, 0.05, 0];
    }
    for (const control of [this.slider, this.number]) {
      Object.assign(control, {min, max, step, disabled: !path});
      control.value = current;
    }
    document.getElementById('parameter-was').textContent = path ? `now ${current}` : '';
  }

  /** The what-if the form describes, in the what-if file's fields. */
  whatIf() {
    const w = {whatif: this.name.control.value.trim(), question: this.question.control.value.trim(),
      forkAt: {seq: this.at}};
    const set = {};
    const path = this.parameterSelect.control.value;
    if (path && this.number.value !== '') set[path] = Number(this.number.value);
    const quorum = this.quorumSelect.control.value;
    if (quorum) set['bylaws.quorum'] = quorum === 'majority' ? 'majority' : Number(quorum);
    if (this.actionSelect.control.value) set['bylaws.actionWithoutMeeting'] = this.actionSelect.control.value;
    if (this.noticeBox.checked) set['bylaws.noticeRequired'] = true;
    if (Object.keys(set).length) w.set = set;
    const remove = this.removeBoxes.filter((x) => x.box.checked).map((x) => JSON.parse(x.box.dataset.ref));
    if (remove.length) w.remove = remove;
    if (this.voteSelect.control.value) {
      w.override = [{vote: this.voteSelect.control.value, director: this.directorSelect.control.value,
        decision: this.decisionSelect.control.value}];
    }
    return w;
  }

  changed() {
    const w = this.whatIf();
    const yaml = toYaml(w);
    this.yamlView.textContent = yaml;
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = URL.createObjectURL(new Blob([yaml], {type: 'application/yaml'}));
    this.download.href = this.downloadUrl;
    this.download.download = `${w.whatif || 'what-if'}.yaml`;
  }

  async run(dryRun) {
    this.clearErrors();
    const w = this.whatIf();
    const name = this.branchName.control.value.trim();
    const query = `at=${this.at}${dryRun ? '&dryRun=true' : ''}${!dryRun && name ? `&name=${q(name)}` : ''}`;
    this.status.textContent = dryRun ? 'Running the branch (dry run)…' : 'Storing the branch…';
    try {
      const fork = await post(`timelines/${q(this.timeline.name)}/forks?${query}`, w);
      this.status.textContent = dryRun ? 'Preview ready: nothing was stored.' : `Stored as ${fork.timeline}.`;
      this.showFork(fork);
    } catch (e) {
      this.status.textContent = '';
      this.showError(e);
    }
  }

  showFork(fork) {
    const narrative = fork.narrative || [];
    fill(this.preview,
      h('p', {class: 'question'}, fork.question),
      fork.note ? h('p', {class: 'note'}, fork.note) : null,
      h('p', {}, `${fork.stored ? 'Stored branch' : 'Dry run'} ${fork.timeline}: ${fork.events} events, forked after `
        + `event ${fork.forkSeq} (${local(fork.forkTime)}).`),
      fork.stored ? h('p', {class: 'actions'},
        h('a', {class: 'button primary', href: link('timeline', fork.timeline, {at: fork.forkSeq})}, 'Play the branch'), ' ',
        h('a', {class: 'button', href: link('branches')}, 'See it in the branch tree'), ' ',
        h('a', {class: 'button', href: link('compare', '', {a: fork.parent, b: fork.timeline})}, 'Compare with its parent'))
        : null,
      outcomeTable(fork.outcome, 'How the branch ends'),
      forkNotes(fork),
      narrative.length ? [h('h3', {}, 'What follows the fork'),
        h('ol', {class: 'narrative'}, narrative.slice(0, 40).map((l) => h('li', {},
          h('span', {class: 'seq'}, `#${l.seq}`), ' ', timeElement(h, l.time, short), ' ', l.text, ' ', badge(l.tier)))),
        narrative.length > 40 ? h('p', {class: 'muted'}, `… and ${narrative.length - 40} lines more.`) : null] : null);
  }

  clearErrors() {
    fill(this.errorBox);
    for (const el of this.container.querySelectorAll('[aria-invalid]')) {
      el.removeAttribute('aria-invalid');
      el.removeAttribute('aria-errormessage');
    }
  }

  showError(e) {
    const field = e instanceof ApiError ? e.field : null;
    const control = this.controlFor(field);
    const id = uid('error');
    fill(this.errorBox, h('p', {class: 'error', id},
      h('strong', {}, field ? `${field}: ` : 'Error: '), e.message, e.line ? ` (line ${e.line} of the what-if)` : ''));
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-errormessage', id);
    }
  }

  controlFor(field) {
    if (!field) return null;
    if (field === 'whatif') return this.name.control;
    if (field === 'question') return this.question.control;
    if (field.startsWith('override')) {
      if (field.endsWith('.director')) return this.directorSelect.control;
      if (field.endsWith('.decision')) return this.decisionSelect.control;
      return this.voteSelect.control;
    }
    if (field.startsWith('set.bylaws.quorum')) return this.quorumSelect.control;
    if (field.startsWith('set.bylaws.actionWithoutMeeting')) return this.actionSelect.control;
    if (field.startsWith('set.bylaws.noticeRequired')) return this.noticeBox;
    if (field.startsWith('set.')) return this.number;
    if (field.startsWith('remove')) return this.removeBoxes[0]?.box || null;
    if (field === 'name') return this.branchName.control;
    return null;
  }
}

function input(id, type, label, attributes, help) {
  const helpId = help ? `${id}-help` : null;
  const control = h('input', {type, id, name: id, 'aria-describedby': helpId, ...attributes});
  return {control, row: h('div', {class: 'row'}, h('label', {for: id}, label), control,
    help ? h('span', {class: 'muted help', id: helpId}, help) : null)};
}

function select(id, label, options) {
  const control = h('select', {id, name: id}, options.map(([value, text]) => h('option', {value}, text)));
  return {control, row: h('div', {class: 'row'}, h('label', {for: id}, label), control)};
}

function range(from, to) {
  const out = [];
  for (let i = Math.max(1, from); i <= to; i++) out.push(i);
  return out;
}
