// Library: the cases, each with its what-ifs (question, history, things to notice) and experiments.
import {h, fill, live} from '../dom.js';
import {libraryContents, get, getText, post, q} from '../api.js';
import {link, title} from '../nav.js';
import {local} from '../time.js';
import {sourceText} from '../sources.js';
import {outcomeTable, forkNotes} from '../outcome.js';

export async function render(container) {
  title('Library');
  const contents = await libraryContents();
  const stored = await get('timelines');
  const intro = h('p', {class: 'lead'}, 'Each case is a record of what happened, replayed by the model. Open a case to '
    + 'play it event by event, or fork it with a what-if to see what might have followed.');
  fill(container, intro, caseIndex(contents.cases), contents.cases.map((c) => caseSection(c, contents, stored)));
  return {};
}

// The cases at a glance, latest first: the first case's what-ifs fill a screen, and the others lie below them.
function caseIndex(cases) {
  if (cases.length < 2) {
    return null;
  }
  return h('nav', {class: 'case-index', 'aria-label': 'Cases'},
    h('ul', {class: 'plain'}, cases.map((c) => {
      // a button, not a link: the address's hash is the app's route
      const go = h('button', {type: 'button', class: 'link', 'data-test': `go-to-case-${c.id}`}, c.title);
      go.addEventListener('click', () => document.getElementById(`case-${c.id}`).scrollIntoView());
      return h('li', {}, go);
    })));
}

function caseSection(c, contents, stored) {
  const whatifs = contents.whatifs.filter((w) => w.caseId === c.id);
  const experiments = contents.experiments.filter((x) => x.caseId === c.id);
  const branches = stored.filter((t) => t.scenario === c.id && t.parent);
  const headingId = `case-${c.id}`;
  return h('section', {class: 'case', 'aria-labelledby': headingId},
    h('h2', {id: headingId}, c.title),
    c.description ? h('p', {class: 'case-description'}, c.description) : null,
    h('p', {}, `From ${local(c.start)} to ${local(c.end)}, local time (${c.zone}); `,
      `${Object.keys(c.sources || {}).length} sources; ${branches.length} stored branch${branches.length === 1 ? '' : 'es'}.`),
    h('p', {class: 'actions'},
      h('a', {class: 'button primary', href: link('timeline', c.id), 'data-test': 'open-case'}, `Open the case`),
      ' ',
      h('a', {class: 'button', href: link('play', c.id), 'data-test': 'play-case'}, 'Play it as one of its actors'),
      ' ',
      h('a', {class: 'button', href: link('branches')}, 'Its branches')),
    h('h3', {}, 'What-ifs'),
    h('ul', {class: 'cards'}, whatifs.map((w) => h('li', {}, whatIfCard(c, w)))),
    experiments.length ? [h('h3', {}, 'Experiments'),
      h('ul', {class: 'plain'}, experiments.map((x) => h('li', {},
        h('a', {href: link('experiments', '', {experiment: x.name})}, x.title), ` (${x.runs} runs)`)))] : null);
}

function whatIfCard(c, w) {
  const status = live();
  const headingId = `whatif-${w.name}`;
  const notice = Array.isArray(w.thingsToNotice) ? w.thingsToNotice : (w.thingsToNotice ? [w.thingsToNotice] : []);
  const forkButton = h('button', {type: 'button', class: 'primary', 'aria-describedby': headingId}, 'Fork the case');
  forkButton.addEventListener('click', async () => {
    forkButton.disabled = true;
    status.className = 'status';
    status.textContent = 'Forking…';
    try {
      const yaml = await getText(`library/whatifs/${q(w.name)}`);
      const result = await post(`timelines/${q(c.id)}/forks`, yaml, 'application/yaml');
      status.textContent = `Stored as ${result.timeline}.`;
      location.hash = link('timeline', result.timeline, {at: result.forkSeq});
    } catch (e) {
      status.className = 'status error';
      status.textContent = `Could not fork: ${e.message}${e.field ? ` (field ${e.field})` : ''}`;
    } finally {
      forkButton.disabled = false;
    }
  });
  const preview = h('div', {class: 'card-preview'});
  const previewButton = h('button', {type: 'button', 'aria-describedby': headingId}, 'Preview');
  previewButton.addEventListener('click', async () => {
    previewButton.disabled = true;
    status.className = 'status';
    status.textContent = 'Running the branch without storing it…';
    try {
      const yaml = await getText(`library/whatifs/${q(w.name)}`);
      const result = await post(`timelines/${q(c.id)}/forks?dryRun=true&check=true`, yaml, 'application/yaml');
      status.textContent = 'Preview ready: nothing was stored.';
      fill(preview, outcomeTable(result.outcome, `How it would end: ${result.events} events, forked after event `
        + `${result.forkSeq}`), forkNotes(result, {notice: false}));
    } catch (e) {
      status.className = 'status error';
      status.textContent = `Could not preview: ${e.message}${e.field ? ` (field ${e.field})` : ''}`;
    } finally {
      previewButton.disabled = false;
    }
  });
  return h('article', {class: 'card', 'aria-labelledby': headingId},
    h('h4', {id: headingId}, w.question),
    h('p', {class: 'muted'}, 'What-if ', h('code', {}, w.name)),
    w.history ? h('details', {}, h('summary', {}, 'What happened in fact'), h('p', {}, sourceText(w.history, c))) : null,
    notice.length ? h('details', {}, h('summary', {}, 'Things to notice'),
      h('ul', {}, notice.map((n) => h('li', {}, n)))) : null,
    h('p', {class: 'actions'}, forkButton, ' ', previewButton, ' ',
      h('a', {class: 'button', href: `api/v1/library/whatifs/${encodeURIComponent(w.name)}`,
        download: `${w.name}.yaml`, 'aria-describedby': headingId}, 'YAML')),
    status, preview);
}
