// Branch tree: every timeline with its branches, each with its question and how it ends; two picked to compare.
import {h, fill} from '../dom.js';
import {get, send, libraryContents, q} from '../api.js';
import {link, title} from '../nav.js';
import {inZone, local} from '../time.js';
import {questionOf, handoutHref} from './player.js';

export async function render(container) {
  title('Branches');
  const [tree, lib] = await Promise.all([get('timelines/tree'), libraryContents()]);
  const zones = Object.fromEntries(lib.cases.map((c) => [c.id, c.zone]));
  const all = [];
  const walk = (node) => {
    all.push(node.timeline);
    node.branches.forEach(walk);
  };
  tree.forEach(walk);
  const branchCount = all.filter((t) => t.parent).length;

  const pickA = choice('compare-a', 'Timeline A', all, all[0]?.name);
  const pickB = choice('compare-b', 'Timeline B', all, all.find((t) => t.parent)?.name || all[1]?.name);
  const compareForm = h('form', {class: 'compare-pick', 'aria-label': 'Compare two timelines'},
    pickA.row, pickB.row, h('button', {type: 'submit', class: 'primary'}, 'Compare'));
  compareForm.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = link('compare', '', {a: pickA.control.value, b: pickB.control.value});
  });

  const outcomes = [];
  const item = (node, depth) => {
    const t = node.timeline;
    const outcome = h('p', {class: 'outcome-line muted'}, 'Loading how it ends…');
    outcomes.push({t, outcome});
    const when = t.forkTime ? local(inZone(t.forkTime, zones[t.scenario])) : null;
    return h('li', {class: 'branch', 'data-timeline': t.name},
      h('div', {class: 'branch-card'},
        h(depth === 0 ? 'h2' : 'h3', {class: 'branch-name'}, h('a', {href: link('timeline', t.name)}, t.name)),
        t.parent ? h('p', {class: 'question'}, questionOf(t.whatif) || '(no question)')
          : h('p', {}, `${t.title}: the replayed history (read-only).`),
        t.parent ? h('p', {class: 'muted'}, `Forked from ${t.parent} after event ${t.forkSeq}${when ? `, ${when}` : ''}; `
          + `${t.events} events.`) : h('p', {class: 'muted'}, `${t.events} events.`),
        outcome,
        h('p', {class: 'actions'},
          t.parent ? h('a', {class: 'button', href: link('compare', '', {a: t.parent, b: t.name})},
            `Compare with ${t.parent}`) : null,
          h('a', {class: 'button', href: handoutHref(t.name), target: '_blank', rel: 'noopener'},
            h('span', {}, 'Handout'), h('span', {class: 'visually-hidden'}, ` of ${t.name}, to print`)),
          h('a', {href: handoutHref(t.name, 'markdown'), download: `${t.name}-handout.md`},
            h('span', {}, 'as Markdown'), h('span', {class: 'visually-hidden'}, ` (${t.name})`)),
          t.parent && !t.readOnly ? manage(t, node.branches.length) : null)),
      node.branches.length ? h('ul', {class: 'tree'}, node.branches.map((b) => item(b, depth + 1))) : null);
  };

  fill(container,
    h('p', {}, `${all.length - branchCount} timeline${all.length - branchCount === 1 ? '' : 's'} of history and `
      + `${branchCount} branch${branchCount === 1 ? '' : 'es'}. Fork a timeline from the player or the library.`),
    compareForm,
    h('ul', {class: 'tree root'}, tree.map((node) => item(node, 0))));

  // how each ends: the state summary at its last event, fetched after the tree is shown
  await Promise.all(outcomes.map(async ({t, outcome}) => {
    try {
      const state = await get(`timelines/${q(t.name)}/state`);
      outcome.classList.remove('muted');
      fill(outcome, h('strong', {}, 'Ends: '), (state.summary || []).slice(0, 3).join(' · '));
    } catch (e) {
      fill(outcome, `How it ends could not be loaded: ${e.message}`);
    }
  }));
  return {};
}

function choice(id, label, timelines, selected) {
  const control = h('select', {id}, timelines.map((t) => h('option', {value: t.name, selected: t.name === selected},
    t.name)));
  return {control, row: h('span', {class: 'row'}, h('label', {for: id}, label), control)};
}

/** Rename or delete a branch of one's own (history is read-only); the tree is drawn again afterwards. */
function manage(t, children) {
  const status = h('span', {class: 'status', role: 'status'});
  const nameId = `rename-${t.id}`;
  const field = h('input', {type: 'text', id: nameId, value: t.name, class: 'narrow-text'});
  const form = h('form', {class: 'rename', hidden: true},
    h('label', {for: nameId}, 'New name'), field, h('button', {type: 'submit'}, 'Save'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await send('PATCH', `timelines/${q(t.name)}`, {name: field.value.trim()});
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (err) {
      status.textContent = `Not renamed: ${err.message}`;
    }
  });
  const rename = h('button', {type: 'button', 'aria-expanded': 'false', onclick: () => {
    form.hidden = !form.hidden;
    rename.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) field.focus();
  }}, 'Rename', h('span', {class: 'visually-hidden'}, ` ${t.name}`));
  const remove = h('button', {type: 'button', onclick: async () => {
    const also = children ? ` and its ${children} branch${children === 1 ? '' : 'es'}` : '';
    if (!window.confirm(`Delete ${t.name}${also}? This cannot be undone.`)) return;
    try {
      await send('DELETE', `timelines/${q(t.name)}${children ? '?recursive=true' : ''}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (err) {
      status.textContent = `Not deleted: ${err.message}`;
    }
  }}, 'Delete', h('span', {class: 'visually-hidden'}, ` ${t.name}`));
  return [rename, remove, form, status];
}
