// Routes: the hash holds the view, the timeline and the cursor, so any view can be shared as a link.

/** "#/timeline/NAME?at=120" as {view: 'timeline', name: 'NAME', params: {at: '120'}}. */
export function parseHash(hash) {
  const text = (hash || '').replace(/^#\/?/, '');
  const [path, query = ''] = text.split('?');
  const [view, ...rest] = path.split('/');
  const params = Object.fromEntries(new URLSearchParams(query));
  return {view: view || 'library', name: rest.length ? decodeURIComponent(rest.join('/')) : '', params};
}

/** The hash of a view, for links. */
export function link(view, name = '', params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const q = query.toString();
  return `#/${view}${name ? `/${encodeURIComponent(name)}` : ''}${q ? `?${q}` : ''}`;
}

/** Changes the query of the current hash without a new history entry or a new render (the cursor moving). */
export function replaceParams(params) {
  const route = parseHash(location.hash);
  const next = link(route.view, route.name, {...route.params, ...params});
  history.replaceState(null, '', next);
  markNavigation(parseHash(next));
}

const LAST_TIMELINE = 'govsim.lastTimeline';

/** Marks the current view in the navigation; its Timeline link goes back to the timeline and cursor last shown. */
export function markNavigation(route) {
  for (const a of document.querySelectorAll('nav a[data-view]')) {
    const active = a.dataset.view === route.view || (route.view === 'fork' && a.dataset.view === 'timeline');
    if (active) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (route.view === 'timeline' && route.name) {
    sessionStorage.setItem(LAST_TIMELINE, link('timeline', route.name, route.params));
  } else if (route.view === 'fork' && route.name) {
    sessionStorage.setItem(LAST_TIMELINE, link('timeline', route.name, {at: route.params.at}));
  }
  document.getElementById('nav-timeline').href = sessionStorage.getItem(LAST_TIMELINE) || link('timeline');
}

/** The view's heading and the document's title. */
export function title(text) {
  document.getElementById('view-title').textContent = text;
  document.title = `${text} · govsim`;
}

