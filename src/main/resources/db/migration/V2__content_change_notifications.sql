-- Every change to the content, from any client (a copy of the service, a migration, psql), tells the copies of
-- the service what changed, so that each evicts exactly the cached answers that read it
-- (io.newsgraph.core.events.ContentChanges). One notification per statement, on the channel
-- newsgraph_content_changes, sent at COMMIT (none for a statement that changed no row, or a rolled back one):
--
--   {"table": "comment", "op": "INSERT", "at": 1764633600123456,
--    "keys": {"id": [4051], "article_id": [112], "parent_id": [3999]},
--    "columns": ["status", "updated_at", "version"]}
--
--   at       when the statement ran, in microseconds since the epoch (clock_timestamp(): the delay from there to an
--            eviction is measured against it)
--   keys     for every column named id or ending in _id, the values it held in the rows the statement changed, before
--            and after (an update that moves a comment to another article names both articles); left out when the
--            statement changed more than 1,000 rows or the list would not fit in a payload (pg_notify takes fewer than
--            8,000 bytes), which then means "any row of the table"
--   columns  for an update of a table whose rows have an id, the columns whose value changed in some row; left out
--            for inserts, deletes, truncations and other updates, which means "every column"
--
-- Statement-level triggers with transition tables, so that a bulk load sends a notification per statement, not per
-- row. A delete that cascades notifies once per row it cascades from (PostgreSQL runs the cascade row by row).

create function newsgraph_notify_content_change() returns trigger
    language plpgsql
as $$
declare
    max_payload_bytes constant integer := 7999;
    max_listed_rows constant integer := 1000;
    -- the column that identifies a row across an update (tg_argv[0]); none for the tables of collections
    identity_column constant text := tg_argv[0];
    -- the rows the statement changed: for an update, both their old and their new values
    changed_rows constant text := case tg_op
        when 'INSERT' then 'select to_jsonb(n) as changed from new_rows n'
        when 'DELETE' then 'select to_jsonb(o) as changed from old_rows o'
        else 'select to_jsonb(o) as changed from old_rows o union all select to_jsonb(n) from new_rows n' end;
    rows_changed bigint;
    paired_rows bigint;
    keys jsonb;
    changed_columns jsonb;
    message jsonb := jsonb_build_object('table', tg_table_name, 'op', tg_op,
        'at', floor(extract(epoch from clock_timestamp()) * 1000000));
begin
    if tg_op = 'TRUNCATE' then
        perform pg_notify('newsgraph_content_changes', message::text);
        return null;
    end if;

    execute format('select count(*) from %I', case tg_op when 'DELETE' then 'old_rows' else 'new_rows' end)
        into rows_changed;
    if rows_changed = 0 then
        return null;
    end if;

    if tg_op = 'UPDATE' and identity_column is not null then
        execute format('select count(*) from old_rows o join new_rows n on o.%1$I = n.%1$I', identity_column)
            into paired_rows;
        -- an update that changed a row's identity cannot be paired: every column then counts as changed
        if paired_rows = rows_changed then
            execute format($columns$
                select coalesce(jsonb_agg(distinct e.key), '[]')
                from old_rows o join new_rows n on o.%1$I = n.%1$I
                cross join lateral (select to_jsonb(o) as old_row, to_jsonb(n) as new_row) r
                cross join lateral jsonb_each(r.new_row) e
                where r.old_row -> e.key is distinct from e.value
                $columns$, identity_column)
                into changed_columns;
            if changed_columns = '[]' then
                return null;
            end if;
            message := message || jsonb_build_object('columns', changed_columns);
        end if;
    end if;

    if rows_changed <= max_listed_rows then
        execute format($keys$
            select coalesce(jsonb_object_agg(k.key, k.key_values), '{}') from (
                select e.key, jsonb_agg(distinct e.value) as key_values
                from (%s) r cross join lateral jsonb_each(r.changed) e
                where (e.key = 'id' or e.key like '%%\_id') and e.value <> 'null'
                group by e.key) k
            $keys$, changed_rows)
            into keys;
        if octet_length((message || jsonb_build_object('keys', keys))::text) <= max_payload_bytes then
            message := message || jsonb_build_object('keys', keys);
        end if;
    end if;

    perform pg_notify('newsgraph_content_changes', message::text);
    return null;
end;
$$;

-- The content tables, each with the column that identifies its rows (none for the tables of collections).
-- A test holds this list to the entity model: every table the entities are stored in has these triggers.
do $$
declare
    content_table record;
    arguments text;
begin
    for content_table in
        select * from (values ('source', 'id'), ('author', 'id'), ('author_social_link', null), ('tag', 'id'),
                              ('article', 'id'), ('article_tag', null), ('comment', 'id')) as t (name, identity_column)
    loop
        arguments := coalesce(quote_literal(content_table.identity_column), '');
        execute format('create trigger %1$s_inserted after insert on %1$I referencing new table as new_rows'
            || ' for each statement execute function newsgraph_notify_content_change(%2$s)', content_table.name, arguments);
        execute format('create trigger %1$s_updated after update on %1$I referencing old table as old_rows'
            || ' new table as new_rows for each statement execute function newsgraph_notify_content_change(%2$s)',
            content_table.name, arguments);
        execute format('create trigger %1$s_deleted after delete on %1$I referencing old table as old_rows'
            || ' for each statement execute function newsgraph_notify_content_change(%2$s)', content_table.name, arguments);
        execute format('create trigger %1$s_truncated after truncate on %1$I'
            || ' for each statement execute function newsgraph_notify_content_change(%2$s)', content_table.name, arguments);
    end loop;
end;
$$;
