// An article's page: the article in paragraphs, its author and source, its topics, and its conversation.

import { authorPath, picture, sourcePath, tagPath } from '../cards.js';
import { externalLink, h, languageName, time } from '../dom.js';
import { query } from '../graphql.js';
import { commentSection } from './comments.js';
import { notFound } from './not-found.js';
import { socialLinks } from './social.js';

export async function articlePage(slug) {
  const { article } = await query('article-page.graphql', { slug });
  if (!article) {
    return notFound(`No published article is called “${slug}”.`);
  }
  const { author, source, language } = article;
  const image = picture(article.image);
  return {
    title: article.title,
    content: [
      h('article', { class: 'story' },
        h('header', {},
          h('h1', { tabindex: '-1', lang: language }, article.title),
          h('p', { class: 'lede', lang: language }, article.lede),
          h('p', { class: 'meta' },
            article.byline && [h('span', { lang: language }, article.byline), ' · '],
            'By ', h('a', { href: authorPath(author.slug) }, author.name),
            ' · ', time(article.publishedAt),
            ' · ', `${article.readingTimeMinutes} min read`,
            ' · ', languageName(language))),
        image && h('figure', {}, image),
        h('div', { class: 'body', lang: language }, article.paragraphs.map((paragraph) => h('p', {}, paragraph))),
        source && h('p', { class: 'source' },
          'From ', h('a', { href: sourcePath(source.slug) }, source.name),
          article.canonicalUrl && [' · ', externalLink(article.canonicalUrl, 'Read the original')]),
        article.tags.length > 0 && h('section', { class: 'topics', 'aria-labelledby': 'topics-heading' },
          h('h2', { id: 'topics-heading' }, 'Topics'),
          h('ul', { class: 'tags' }, article.tags.map((tag) =>
            h('li', {}, h('a', { href: tagPath(tag.slug) }, tag.name))))),
        h('section', { class: 'author', 'aria-labelledby': 'author-heading' },
          h('h2', { id: 'author-heading' }, 'About the author'),
          h('p', {}, h('a', { href: authorPath(author.slug) }, author.name), author.location && `, ${author.location}`),
          author.bio && h('p', { class: 'bio' }, author.bio),
          socialLinks(author))),
      commentSection(article),
    ],
  };
}
