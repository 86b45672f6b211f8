// Builds the page out of elements and text nodes: text from the API is only ever inserted as text, never parsed as
// HTML, and addresses from the API only become links when they are web addresses.

/**
 * An element with attributes and children. Attributes that are null, undefined or false are left out; `on*`
 * functions become event listeners; children are nodes or strings (inserted as text), nested arrays flattened.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) {
      parent.append(child instanceof Node ? child : String(child));
    }
  }
  return parent;
}

/** The address as it is if it is http or https (never `javascript:` and the like), else null. */
export function webAddress(address) {
  try {
    const { protocol } = new URL(address);
    return protocol === 'http:' || protocol === 'https:' ? address : null;
  } catch {
    return null;
  }
}

/** A link to an address from the API, or its text alone when it is not a web address. */
export function externalLink(address, ...children) {
  const href = webAddress(address);
  return href ? h('a', { href, rel: 'noopener' }, ...children) : h('span', {}, ...children);
}

const dates = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

/** A time element for an ISO-8601 instant, shown in words. */
export function time(instant) {
  return instant ? h('time', { datetime: instant }, `${dates.format(new Date(instant))} UTC`) : null;
}

/** "1 comment", "3 comments". */
export function count(number, one, many = `${one}s`) {
  return `${number} ${number === 1 ? one : many}`;
}

/** A language's name in that language ("Français" for fr), or the tag itself when the browser does not know it. */
export function languageName(tag) {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    return name ? name.charAt(0).toLocaleUpperCase(tag) + name.slice(1) : tag;
  } catch {
    return tag;
  }
}
