// The single page: hash routes hold the view, the timeline and the cursor, so any view can be shared as a link.
import {h, fill} from './dom.js';
import {parseHash, link, markNavigation, title} from './nav.js';
import * as library from './views/library.js';
import * as player from './views/player.js';
import * as fork from './views/fork.js';
import * as branches from './views/branches.js';
import * as compare from './views/compare.js';
import * as experiments from './views/experiments.js';
import * as play from './views/play.js';
import * as klass from './views/class.js';

const VIEWS = {library, timeline: player, fork, branches, compare, experiments, play, class: klass};

let current = null;

async function route() {
  const next = parseHash(location.hash);
  if (!location.hash.startsWith('#/')) {
    history.replaceState(null, '', link('library'));
    return route();
  }
  markNavigation(next);
  if (current && current.view === next.view && current.name === next.name && current.instance?.update) {
    current.instance.update(next.params);
    return undefined;
  }
  if (current?.instance?.close) current.instance.close();
  const container = document.getElementById('view');
  const module = VIEWS[next.view];
  if (!module) {
    title('Not found');
    fill(container, h('p', {}, `There is no view '${next.view}'. `, h('a', {href: link('library')}, 'Go to the library')));
    current = null;
    return undefined;
  }
  fill(container);
  document.body.dataset.view = next.view;
  delete document.body.dataset.ready;
  const moved = current !== null;
  current = {view: next.view, name: next.name, instance: null};
  const mine = current;
  try {
    const instance = await module.render(container, next.name, next.params);
    if (current === mine) {
      mine.instance = instance;
      // tests and measurements wait for this: the view has what it needs on screen
      document.body.dataset.ready = next.view;
    } else {
      instance?.close?.();
    }
  } catch (e) {
    fill(container, h('p', {class: 'error', role: 'alert'}, `This view could not be shown: ${e.message}`));
  }
  // after a move between views the focus goes to the new heading, so keyboard and screen reader users start there
  if (moved && current === mine) document.getElementById('main').focus({preventScroll: false});
  return undefined;
}

document.addEventListener('DOMContentLoaded', () => {
  document.querySelector('.skip').addEventListener('click', (e) => {
    e.preventDefault();
    document.getElementById('main').focus();
  });
  window.addEventListener('hashchange', route);
  route();
});
