// Two timelines side by side: the outcomes, the first divergence, both signature curves, what happened in only one.
import {h, fill} from '../dom.js';
import {get, allEvents, libraryContents, q} from '../api.js';
import {link, title} from '../nav.js';
import {short, timeElement} from '../time.js';
import {badge} from '../tiers.js';
import {signatureChart} from '../charts.js';
import {outcomesSideBySide} from '../outcome.js';
import {sourceLinks} from '../sources.js';

const SHOWN = 30;

export async function render(container, _name, params) {
  title('Compare two timelines');
  const timelines = await get('timelines');
  const a = params.a || timelines[0]?.name;
  const b = params.b || timelines.find((t) => t.parent)?.name || timelines[1]?.name;
  const pickA = choice('a', 'Timeline A', timelines, a);
  const pickB = choice('b', 'Timeline B', timelines, b);
  const form = h('form', {class: 'compare-pick', 'aria-label': 'Choose the timelines'}, pickA.row, pickB.row,
    h('button', {type: 'submit', class: 'primary'}, 'Compare'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = link('compare', '', {a: pickA.control.value, b: pickB.control.value});
  });
  const body = h('div', {class: 'compare-body'});
  fill(container, form, body);
  if (!a || !b) {
    fill(body, h('p', {}, 'Fork a timeline first: there is nothing to compare yet.'));
    return {};
  }
  if (!params.a || !params.b) history.replaceState(null, '', link('compare', '', {a, b}));
  fill(body, h('p', {}, 'Comparing…'));
  const [diff, signaturesA, signaturesB, storyA, lib, timelineA] = await Promise.all([
    get(`diff?a=${q(a)}&b=${q(b)}`), signatures(a), signatures(b), get(`timelines/${q(a)}/story`),
    libraryContents(), get(`timelines/${q(a)}`)]);
  const sources = lib.cases.find((c) => c.id === timelineA.scenario)?.sources || {};
  const d = diff.firstDivergence;
  fill(body,
    h('p', {}, diff.commonAncestor ? `Both descend from ${diff.commonAncestor}. ` : 'No common ancestor. ',
      `${diff.eventsOnlyInA} events only in A, ${diff.eventsOnlyInB} only in B.`),
    h('section', {'aria-labelledby': 'outcomes-heading'}, h('h2', {id: 'outcomes-heading'}, 'How each ends'),
      outcomesSideBySide(diff.outcome?.a, diff.outcome?.b, `A: ${a}`, `B: ${b}`)),
    h('section', {'aria-labelledby': 'divergence-heading', class: 'divergence'},
      h('h2', {id: 'divergence-heading'}, 'First divergence'),
      d ? h('p', {class: 'first-divergence', id: 'first-divergence'}, h('strong', {}, `From event ${d.seq}: `),
        'A at ', timeElement(h, d.timeA), ', B at ', timeElement(h, d.timeB), '. ',
        h('a', {href: link('timeline', a, {at: d.seq - 1})}, 'A there'), ' · ',
        h('a', {href: link('timeline', b, {at: d.seq - 1})}, 'B there'))
        : h('p', {}, 'The two timelines do not diverge.')),
    // a case without a staff letter (nobody signs, and the sources count nothing) has no such section
    signaturesA.length || signaturesB.length || (storyA.checkpoints || []).length
      ? h('section', {'aria-labelledby': 'signatures-heading'}, h('h2', {id: 'signatures-heading'}, 'Signatures'),
        signatureChart({title: `Signatures of the letter in ${a} and in ${b}, against the reported counts`,
          series: [{label: `A: ${a}`, points: signaturesA}, {label: `B: ${b}`, points: signaturesB}],
          reported: storyA.checkpoints || []}))
      : null,
    h('section', {'aria-labelledby': 'only-heading'}, h('h2', {id: 'only-heading'}, 'What happened in only one'),
      h('div', {class: 'side-by-side'},
        onlyIn(`Only in A (${a})`, diff.onlyInA || [], d, sources),
        onlyIn(`Only in B (${b})`, diff.onlyInB || [], d, sources))));
  return {};
}

async function signatures(timeline) {
  const {events} = await allEvents(timeline, '&type=LetterSigned');
  return events.map((e) => ({seq: e.seq, time: e.time, value: e.payload?.signatures ?? 0}));
}

function onlyIn(heading, lines, divergence, sources) {
  const id = `only-${heading.slice(8, 9)}`;
  return h('div', {class: 'only'}, h('h3', {id}, heading),
    lines.length === 0 ? h('p', {class: 'muted'}, 'Nothing.') : h('ol', {class: 'narrative', 'aria-labelledby': id},
      lines.slice(0, SHOWN).map((l, i) => h('li', {class: i === 0 && divergence ? 'first-divergence' : ''},
        i === 0 && divergence ? h('strong', {class: 'flag'}, 'First divergence: ') : null,
        h('span', {class: 'seq'}, `#${l.seq}`), ' ', timeElement(h, l.time, short), ' ', l.text, ' ', badge(l.tier),
        ' ', h('span', {class: 'muted'}, '· ', sourceLinks(l.source, sources))))),
    lines.length > SHOWN ? h('p', {class: 'muted'}, `… and ${lines.length - SHOWN} more.`) : null);
}

function choice(id, label, timelines, selected) {
  const control = h('select', {id: `pick-${id}`}, timelines.map((t) => h('option', {value: t.name,
    selected: t.name === selected}, t.name)));
  return {control, row: h('span', {class: 'row'}, h('label', {for: `pick-${id}`}, label), control)};
}

