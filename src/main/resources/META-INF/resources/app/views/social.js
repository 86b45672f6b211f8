import { externalLink, h } from '../dom.js';

const NETWORKS = { BLUESKY: 'Bluesky', LINKEDIN: 'LinkedIn', MASTODON: 'Mastodon', WEBSITE: 'Website', X: 'X' };

/** Where to follow an author, as a list of links; nothing when there is nowhere. */
export function socialLinks(author) {
  if (!author.socialLinks.length) {
    return null;
  }
  return h('ul', { class: 'social', 'aria-label': `Follow ${author.name}` },
    author.socialLinks.map((link) => h('li', {},
      externalLink(link.url, NETWORKS[link.network] ?? link.network, link.handle ? `: ${link.handle}` : ''))));
}
