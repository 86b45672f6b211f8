// The pages of an author, a source and a topic: who or what it is, and its articles, a page at a time.

import { cardList, PAGE_SIZE } from '../cards.js';
import { externalLink, h, languageName } from '../dom.js';
import { query } from '../graphql.js';
import { notFound } from './not-found.js';
import { socialLinks } from './social.js';

export async function authorPage(slug) {
  return listing('author-page.graphql', 'author', slug, (author) => ({
    title: author.name,
    about: [
      author.location && h('p', { class: 'meta' }, author.location),
      author.bio && h('p', { class: 'bio' }, author.bio),
      socialLinks(author),
    ],
    heading: `Articles by ${author.name}`,
  }));
}

export async function sourcePage(slug) {
  return listing('source-page.graphql', 'source', slug, (source) => ({
    title: source.name,
    about: [
      h('p', { class: 'meta' }, `A publication in ${languageName(source.language)}. `,
        externalLink(source.url, `Visit ${source.name}`)),
    ],
    heading: `Articles from ${source.name}`,
  }));
}

export async function tagPage(slug) {
  return listing('tag-page.graphql', 'tag', slug, (tag) => ({
    title: tag.name,
    about: [h('p', { class: 'meta' }, 'Topic')],
    heading: `Articles about ${tag.name}`,
  }));
}

async function listing(document, field, slug, describe) {
  const load = async (after) => (await query(document, { slug, first: PAGE_SIZE, after }))[field];
  const item = await load(null);
  if (!item) {
    return notFound(`No ${field} is called “${slug}”.`);
  }
  const { title, about, heading } = describe(item);
  const more = async (after) => (await load(after)).articles;
  return {
    title,
    content: [
      h('header', { class: 'listing-header' }, h('h1', { tabindex: '-1' }, title), about),
      h('section', { 'aria-labelledby': 'listing-heading' },
        h('h2', { id: 'listing-heading' }, heading),
        ...cardList(item.articles, 3, more)),
    ],
  };
}
