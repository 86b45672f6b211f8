// The reader's site: one view per address, rendered from one GraphQL request, with the history of the browser.
// The service answers every address below with index.html (ReaderSiteRoutes), so that each one can be bookmarked.

import { PAGE_SIZE } from './cards.js';
import { h } from './dom.js';
import { documentText } from './graphql.js';
import { articlePage } from './views/article.js';
import { frontPage } from './views/front.js';
import { authorPage, sourcePage, tagPage } from './views/listings.js';
import { notFound } from './views/not-found.js';

const GRAPHIQL = '/q/graphql-ui/';
const SITE = 'newsgraph';

const routes = [
  [/^\/$/, (match, url) => frontPage(url)],
  [/^\/articles\/([^/]+)$/, (match) => articlePage(decodeURIComponent(match[1]))],
  [/^\/authors\/([^/]+)$/, (match) => authorPage(decodeURIComponent(match[1]))],
  [/^\/sources\/([^/]+)$/, (match) => sourcePage(decodeURIComponent(match[1]))],
  [/^\/tags\/([^/]+)$/, (match) => tagPage(decodeURIComponent(match[1]))],
];

const main = document.getElementById('main');
let rendering = 0;

function route(url) {
  for (const [pattern, view] of routes) {
    const match = url.pathname.match(pattern);
    if (match) {
      return () => view(match, url);
    }
  }
  return null;
}

/** Renders the view of the current address; `focus` moves the focus to its heading, as after following a link. */
async function render(focus) {
  const url = new URL(location.href);
  const current = ++rendering;
  const view = route(url) ?? (async () => notFound('This page does not exist.'));
  main.setAttribute('aria-busy', 'true');
  let page;
  try {
    page = await view();
  } catch (failure) {
    page = failed(failure);
  }
  if (current !== rendering) {
    return;
  }
  document.title = `${page.title} · ${SITE}`;
  main.replaceChildren(...page.content.filter(Boolean));
  main.removeAttribute('aria-busy');
  if (focus) {
    (main.querySelector('h1') ?? main).focus({ preventScroll: true });
  }
  window.scrollTo(0, history.state?.scrollY ?? 0);
  if (url.hash) {
    document.getElementById(url.hash.slice(1))?.scrollIntoView();
  }
}

function failed(failure) {
  return {
    title: 'Something went wrong',
    content: [
      h('h1', { tabindex: '-1' }, 'Something went wrong'),
      h('p', { role: 'alert' }, failure.message),
      h('p', {}, h('a', { href: location.pathname + location.search }, 'Try again')),
    ],
  };
}

function navigate(url) {
  history.replaceState({ ...history.state, scrollY: window.scrollY }, '');
  history.pushState({ scrollY: 0 }, '', url);
  render(true);
}

// Links to the site's own views are followed without loading the page again; any other link is left to the browser.
document.addEventListener('click', (event) => {
  const link = event.target.closest?.('a[href]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
    || event.altKey || link.target || link.hasAttribute('download')) {
    return;
  }
  const url = new URL(link.href);
  if (url.origin !== location.origin || !route(url)
    || (url.pathname === location.pathname && url.search === location.search && url.hash)) {
    return;
  }
  event.preventDefault();
  navigate(url);
});

window.addEventListener('popstate', () => render(true));
// The page puts each view's scroll position back itself, once the view is rendered.
history.scrollRestoration = 'manual';

// GraphiQL opens on the front page's own query, ready to run. (Its page reads its parameters with
// decodeURIComponent, which leaves a "+" as it is: hence no URLSearchParams here.)
documentText('front-page.graphql').then((text) => {
  const address = `${GRAPHIQL}?query=${encodeURIComponent(text)}`
    + `&variables=${encodeURIComponent(JSON.stringify({ first: PAGE_SIZE }))}`;
  for (const link of document.querySelectorAll('a[data-graphiql]')) {
    link.href = address;
  }
  if (location.pathname === '/graphiql') {
    location.replace(address);
  }
}, () => {});

if (location.pathname !== '/graphiql') {
  render(false);
}
