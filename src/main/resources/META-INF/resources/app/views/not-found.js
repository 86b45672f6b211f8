import { h } from '../dom.js';

/** The view for an address that names nothing the API has. */
export function notFound(message) {
  return {
    title: 'Not found',
    content: [
      h('h1', { tabindex: '-1' }, 'Not found'),
      h('p', {}, message),
      h('p', {}, h('a', { href: '/' }, 'Back to the front page')),
    ],
  };
}
