// Article cards and the lists of them that the front page and the author, source and tag pages show, with "more".

import { count, h, languageName, time, webAddress } from './dom.js';

export const PAGE_SIZE = 12;

export function articlePath(slug) {
  return `/articles/${encodeURIComponent(slug)}`;
}

export function authorPath(slug) {
  return `/authors/${encodeURIComponent(slug)}`;
}

export function sourcePath(slug) {
  return `/sources/${encodeURIComponent(slug)}`;
}

export function tagPath(slug) {
  return `/tags/${encodeURIComponent(slug)}`;
}

/** The picture of an article, with its text alternative; nothing when its address is not a web address. */
export function picture(image, attributes = {}) {
  const src = image && webAddress(image.url);
  return src ? h('img', { src, alt: image.alt, decoding: 'async', ...attributes }) : null;
}

/** One article, as a card whose title links to the article; `level` is the heading level of the title. */
export function card(article, level) {
  return h('li', {},
    h('article', { class: 'card' },
      picture(article.image, { loading: 'lazy' }),
      h('div', { class: 'card-text' },
        h(`h${level}`, { class: 'card-title', lang: article.language },
          h('a', { href: articlePath(article.slug) }, article.title)),
        h('p', { class: 'lede', lang: article.language }, article.lede),
        h('p', { class: 'meta' },
          'By ', h('a', { href: authorPath(article.author.slug) }, article.author.name),
          article.source && [' · ', h('a', { href: sourcePath(article.source.slug) }, article.source.name)],
          ' · ', h('span', { class: 'language' }, languageName(article.language)),
          ' · ', `${article.readingTimeMinutes} min read`,
          ' · ', count(article.commentCount, 'comment')),
        h('p', { class: 'meta' }, time(article.publishedAt)))));
}

/**
 * A list of article cards from a connection, with a "More articles" button while pages follow: `loadMore(after)`
 * resolves to the next page's connection. Moving on puts the focus on the first new card.
 */
export function cardList(connection, level, loadMore) {
  const list = h('ol', { class: 'cards' }, connection.edges.map((edge) => card(edge.node, level)));
  const status = h('p', { class: 'list-status', role: 'status' });
  const more = h('button', { type: 'button', class: 'more' }, 'More articles');
  let pageInfo = connection.pageInfo;
  let loading = false;
  const showStatus = (totalCount) => {
    status.textContent = totalCount === 0 ? 'No articles yet.'
      : `Showing ${list.children.length} of ${count(totalCount, 'article')}.`;
    more.hidden = !pageInfo.hasNextPage;
  };
  more.addEventListener('click', async () => {
    if (loading) {
      return;
    }
    loading = true;
    more.setAttribute('aria-busy', 'true');
    try {
      const next = await loadMore(pageInfo.endCursor);
      const cards = next.edges.map((edge) => card(edge.node, level));
      list.append(...cards);
      pageInfo = next.pageInfo;
      showStatus(next.totalCount);
      cards[0]?.querySelector('a')?.focus();
    } catch (failure) {
      status.textContent = failure.message;
    } finally {
      loading = false;
      more.removeAttribute('aria-busy');
    }
  });
  showStatus(connection.totalCount);
  return [list, status, more];
}
