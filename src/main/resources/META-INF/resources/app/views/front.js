// The front page: the newest articles, a page at a time, in every language or in one.

import { cardList, PAGE_SIZE } from '../cards.js';
import { h, languageName } from '../dom.js';
import { query } from '../graphql.js';

// The languages the site publishes in, as the front page offers them (FrontPageIT holds this list to the articles).
export const LANGUAGES = ['en', 'es', 'fr'];

export async function frontPage(url) {
  const language = LANGUAGES.includes(url.searchParams.get('language')) ? url.searchParams.get('language') : null;
  const load = async (after) => (await query('front-page.graphql', { first: PAGE_SIZE, after, language })).articles;
  const articles = await load(null);
  const heading = language ? `Latest news in ${languageName(language)}` : 'Latest news';
  return {
    title: heading,
    content: [
      h('h1', { tabindex: '-1' }, heading),
      languageFilter(language),
      ...cardList(articles, 2, load),
    ],
  };
}

function languageFilter(current) {
  const choice = (language, label) => h('li', {},
    h('a', { href: language ? `/?language=${language}` : '/', 'aria-current': language === current ? 'page' : null,
      lang: language }, label));
  return h('nav', { class: 'languages', 'aria-label': 'Languages' },
    h('ul', {}, choice(null, 'All languages'), LANGUAGES.map((language) => choice(language, languageName(language)))));
}
