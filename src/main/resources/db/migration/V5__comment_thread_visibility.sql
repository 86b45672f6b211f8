-- Readers see a comment only when it and every comment above it (its parent, its parent's parent...) are APPROVED:
-- rejecting a comment hides the replies to it, and their replies, with it. Replies nest to any depth (a reply answers
-- any approved comment of the article), so whether the whole way up is approved is kept in a column of each comment,
-- thread_approved, by the triggers below, rather than worked out by a recursive query for every row a read lists or
-- counts. Every read tests that one column; the partial indexes of the readers' lists are rebuilt on it.
--
-- The triggers keep it for every writer (the service, a migration, psql): a comment's own value when it is inserted or
-- its status or parent changes, then, when that value changed, its replies' at any depth, in one statement. That
-- statement changes only thread_approved of the replies it reaches, so it notifies those rows' keys (their id,
-- article_id and parent_id) and that column like any other change (V2): the cached answers that show them or list or
-- count them are evicted, and subscribers of new comments get those that became visible.

alter table comment add column thread_approved boolean not null default false;

with recursive approved_thread (id) as (
    select id from comment where parent_id is null and status = 'APPROVED'
    union
    select c.id from comment c join approved_thread t on c.parent_id = t.id where c.status = 'APPROVED'
)
update comment set thread_approved = true where id in (select id from approved_thread);

-- A comment's own value, from its status and its parent's value. The parent's row is locked in share mode until the
-- end of the transaction, so that a concurrent change of the parent's value (which takes its row lock) either
-- committed before and is read here, or waits for this one and then reaches this comment with the replies.
create function comment_thread_approved() returns trigger
    language plpgsql
as $$
begin
    new.thread_approved := new.status = 'APPROVED' and (new.parent_id is null
        or coalesce((select p.thread_approved from comment p where p.id = new.parent_id for share), false));
    return new;
end;
$$;

create trigger comment_thread_approved before insert or update of status, parent_id on comment
    for each row execute function comment_thread_approved();

-- The replies of a comment whose value changed, at any depth: all of them are hidden when it is; when it is approved,
-- those reached from it through approved comments only are shown. Not fired by its own update (which changes no
-- status or parent), so one statement per comment whose status or parent changed. UNION rather than UNION ALL, so that
-- a cycle of parents written by hand ends the walk instead of running it for ever.
create function comment_replies_thread_approved() returns trigger
    language plpgsql
as $$
begin
    if new.thread_approved then
        with recursive shown (id) as (
            select id from comment where parent_id = new.id and status = 'APPROVED'
            union
            select c.id from comment c join shown s on c.parent_id = s.id where c.status = 'APPROVED'
        )
        update comment set thread_approved = true where id in (select id from shown) and not thread_approved;
    else
        with recursive hidden (id) as (
            select id from comment where parent_id = new.id
            union
            select c.id from comment c join hidden h on c.parent_id = h.id
        )
        update comment set thread_approved = false where id in (select id from hidden) and thread_approved;
    end if;
    return null;
end;
$$;

create trigger comment_replies_thread_approved after update of status, parent_id on comment
    for each row when (old.thread_approved is distinct from new.thread_approved)
    execute function comment_replies_thread_approved();

-- What readers list and count, on the column they test.
drop index comment_article_thread_idx;
drop index comment_replies_idx;
create index comment_article_thread_idx on comment (article_id, created_at, id)
    where parent_id is null and thread_approved;
create index comment_replies_idx on comment (parent_id, created_at, id) where thread_approved;
create index comment_article_approved_thread_idx on comment (article_id) where thread_approved;
