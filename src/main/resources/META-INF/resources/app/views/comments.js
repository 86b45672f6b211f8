// An article's conversation, threaded, and the form to join it. A new comment waits for a moderator, so the page
// says so rather than show it; the API's objections are shown next to the fields they name.

import { count, h, time } from '../dom.js';
import { GraphQLError, mutate } from '../graphql.js';

// Replies are offered down to the deepest level the article page reads, so that a reply never lands out of sight.
const REPLY_DEPTH = 2;

// The form's fields, by the name of the CommentInput field each one fills.
const FIELDS = [
  { name: 'authorName', label: 'Name', element: 'input', attributes: { type: 'text', autocomplete: 'name' } },
  {
    name: 'authorEmail', label: 'Email', hint: 'For the moderators only: never shown.', element: 'input',
    attributes: { type: 'email', autocomplete: 'email' },
  },
  { name: 'body', label: 'Comment', element: 'textarea', attributes: { rows: '6' } },
];

export function commentSection(article) {
  const { comments } = article;
  const form = commentForm(article);
  return h('section', { id: 'comments', class: 'comments', 'aria-labelledby': 'comments-heading' },
    h('h2', { id: 'comments-heading' }, count(article.commentCount, 'comment')),
    comments.edges.length > 0
      ? thread(comments, 1, form.replyTo)
      : h('p', {}, 'No comments yet.'),
    comments.totalCount > comments.edges.length
      && h('p', { class: 'meta' }, `Showing the first ${comments.edges.length} of ${comments.totalCount} conversations.`),
    form.element);
}

function thread(connection, depth, replyTo) {
  return h('ol', { class: 'thread' }, connection.edges.map(({ node }) => h('li', {},
    h('article', { class: 'comment', 'aria-label': `Comment by ${node.authorName}` },
      h('p', { class: 'comment-meta' }, h('strong', {}, node.authorName), ' · ', time(node.createdAt)),
      h('p', { class: 'comment-body' }, node.body),
      depth <= REPLY_DEPTH && h('button', { type: 'button', class: 'reply', onclick: () => replyTo(node) },
        `Reply to ${node.authorName}`)),
    node.replies?.edges.length > 0 && thread(node.replies, depth + 1, replyTo))));
}

function commentForm(article) {
  let parent = null;
  let idempotencyKey = newKey();
  const controls = new Map();
  const errors = new Map();
  const status = h('div', { class: 'form-status', role: 'status' });
  const replying = h('p', { class: 'replying', hidden: true });
  const heading = h('h3', { id: 'comment-form-heading' }, 'Leave a comment');

  const fields = FIELDS.map((field) => {
    const id = `comment-${field.name}`;
    const error = h('p', { id: `${id}-error`, class: 'field-error', hidden: true });
    const hint = field.hint && h('p', { id: `${id}-hint`, class: 'hint' }, field.hint);
    const control = h(field.element, {
      id, name: field.name, required: true, ...field.attributes,
      'aria-describedby': [hint && `${id}-hint`, `${id}-error`].filter(Boolean).join(' '),
    });
    controls.set(field.name, control);
    errors.set(field.name, error);
    return h('div', { class: 'field' }, h('label', { for: id }, field.label), hint, control, error);
  });
  const submit = h('button', { type: 'submit' }, 'Post comment');

  const showReplying = () => {
    replying.replaceChildren();
    replying.hidden = !parent;
    heading.textContent = parent ? `Reply to ${parent.authorName}` : 'Leave a comment';
    if (parent) {
      replying.append(`Replying to ${parent.authorName}. `,
        h('button', { type: 'button', onclick: () => { parent = null; showReplying(); } }, 'Cancel reply'));
    }
  };

  const clearErrors = () => {
    for (const [name, error] of errors) {
      error.hidden = true;
      error.textContent = '';
      controls.get(name).removeAttribute('aria-invalid');
    }
    status.replaceChildren();
    status.className = 'form-status';
  };

  const showErrors = (failure) => {
    const general = [];
    for (const error of failure.errors.length ? failure.errors : [{ message: failure.message }]) {
      const violations = error.extensions?.violations ?? [];
      for (const violation of violations) {
        const name = violation.field?.replace(/^input\./, '');
        const fieldError = errors.get(name);
        if (fieldError) {
          fieldError.textContent = fieldError.textContent ? `${fieldError.textContent} ${violation.message}`
            : violation.message;
          fieldError.hidden = false;
          controls.get(name).setAttribute('aria-invalid', 'true');
        } else {
          general.push(violation.message);
        }
      }
      if (!violations.length) {
        general.push(error.extensions?.code === 'RATE_LIMITED' && error.extensions.retryAfterSeconds
          ? `You have posted several comments in a short time: try again in ${error.extensions.retryAfterSeconds} s.`
          : error.message);
      }
    }
    status.className = 'form-status failure';
    status.append(h('p', {}, 'Your comment was not posted.'), ...general.map((message) => h('p', {}, message)));
    const firstInvalid = FIELDS.map((field) => controls.get(field.name)).find((control) => control.hasAttribute('aria-invalid'));
    firstInvalid?.focus();
  };

  const element = h('form', {
    class: 'comment-form', novalidate: true, 'aria-labelledby': 'comment-form-heading',
    onsubmit: async (event) => {
      event.preventDefault();
      if (submit.getAttribute('aria-busy')) {
        return;
      }
      clearErrors();
      submit.setAttribute('aria-busy', 'true');
      const input = { articleId: article.id };
      for (const [name, control] of controls) {
        input[name] = control.value;
      }
      if (parent) {
        input.parentId = parent.id;
      }
      try {
        await mutate('add-comment.graphql', { input, idempotencyKey });
        idempotencyKey = newKey();
        status.className = 'form-status success';
        status.append(h('p', {}, `Thank you, ${input.authorName}. Your comment is awaiting moderation: `
          + 'it will appear here once a moderator approves it.'));
        controls.get('body').value = '';
        parent = null;
        showReplying();
      } catch (failure) {
        if (!(failure instanceof GraphQLError)) {
          throw failure;
        }
        showErrors(failure);
      } finally {
        submit.removeAttribute('aria-busy');
      }
    },
  }, heading, replying, fields, submit, status);

  return {
    element,
    replyTo: (comment) => {
      parent = comment;
      showReplying();
      clearErrors();
      const name = controls.get('authorName');
      (name.value ? controls.get('body') : name).focus();
    },
  };
}

// A key for one change, sent again with it if it is retried, so that it is saved once (16 to 100 characters).
function newKey() {
  if (globalThis.crypto?.randomUUID) {
    return crypto.randomUUID();
  }
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
