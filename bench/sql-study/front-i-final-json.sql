-- front page, (i): PostgreSQL writes the response's data itself, keys and all (json_build_object keeps the key order of
-- its arguments), so that the service could send its bytes without reading them; the keys the response cache records
-- come in a second column; publishedAt in the format SmallRye writes an Instant (whole seconds in this dataset: a
-- fraction would need the ISO_INSTANT rule of 3, 6 or 9 digits, a case expression more)
select json_build_object('articles', json_build_object('edges', coalesce(json_agg(json_build_object('node', p.node) order by p.s desc, p.k desc) filter (where p.rn < cast(:n as integer)), '[]'))),
       count(*) as fetched,
       array_agg(p.k) as article_keys
from (select t1.published_at as s, t1.id as k, row_number() over (order by t1.published_at desc, t1.id desc) as rn,
        json_build_object('title', t1.title, 'lede', t1.lede,
          'publishedAt', to_char(t1.published_at at time zone 'UTC', E'YYYY-MM-DD"T"HH24\072MI\072SS"Z"'),
          'readingTimeMinutes', t1.reading_time_minutes,
          'author', (select json_build_object('name', t3.name) from author t3 where t3.id = t1.author_id),
          'source', (select json_build_object('name', t4.name) from source t4 where t4.id = t1.source_id),
          'tags', (select coalesce(json_agg(json_build_object('name', t5.name) order by t5.name asc, t5.id asc), '[]') from article_tag t5_p join tag t5 on t5.id = t5_p.tag_id where t5_p.article_id = t1.id),
          'commentCount', (select count(*) from comment t6 where t6.status = 'APPROVED' and t6.article_id = t1.id),
          'comments', (select json_build_object('edges', coalesce(json_agg(json_build_object('node', json_build_object('authorName', t7.author_name, 'body', t7.body)) order by t7.created_at asc, t7.id asc), '[]'))
             from (select t7.created_at, t7.id, t7.author_name, t7.body from comment t7
                   where (t7.status = 'APPROVED' and t7.parent_id is null) and t7.article_id = t1.id
                   order by t7.created_at asc, t7.id asc limit cast(:c as integer) - 1) t7)) as node
      from article t1 where t1.status = 'PUBLISHED' order by t1.published_at desc, t1.id desc limit cast(:n as integer)) p;
