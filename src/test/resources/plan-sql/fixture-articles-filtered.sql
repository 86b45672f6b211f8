select json_build_array(
  (select json_build_array(count(*), coalesce(cast(? as bigint), 
        (select count(*) from article counted where (counted.status = 'PUBLISHED' and (counted.author_id in 
              (select counted_t.id from author counted_t where counted_t.slug = ?) and exists 
              (select 1 from article_tag counted_c join tag counted_ce on counted_ce.id = counted_c.tag_id where counted_c.article_id = counted.id and counted_ce.slug = ?) and (counted.language = ? or counted.language like ? || '-%'))))), coalesce(json_agg(json_build_array(json_build_array(extract(epoch from t2.s), t2.k), t2.n2) order by t2.s desc, t2.k desc), '[]'), json_build_array((array_agg(json_build_array(extract(epoch from t2.s), t2.k) order by t2.s desc, t2.k desc))[1], (array_agg(json_build_array(extract(epoch from t2.s), t2.k) order by t2.s desc, t2.k desc))[least(count(*), cast(? as integer))])) from 
    (select t1.published_at as s, t1.id as k, json_build_array(t1.id, t1.id, t1.slug, extract(epoch from t1.published_at), t1.language, t1.status, json_build_array(t1.author_id, 
          (select json_build_array(t3.id, t3.slug) from author t3 where t3.id = t1.author_id and true)), json_build_array(t1.source_id, 
          (select json_build_array(t4.id, t4.slug) from source t4 where t4.id = t1.source_id and true)), 
        (select coalesce(json_agg(json_build_array(t5.id, t5.slug) order by t5.name asc, t5.id asc), '[]') from article_tag t5_p join tag t5 on t5.id = t5_p.tag_id where true and t5_p.article_id = t1.id)) as n2 from article t1 where (t1.status = 'PUBLISHED' and (t1.author_id in 
          (select t1_t.id from author t1_t where t1_t.slug = ?) and exists 
          (select 1 from article_tag t1_c join tag t1_ce on t1_ce.id = t1_c.tag_id where t1_c.article_id = t1.id and t1_ce.slug = ?) and (t1.language = ? or t1.language like ? || '-%'))) and (t1.published_at, t1.id) < (cast(? as timestamptz), cast(? as bigint)) order by t1.published_at desc, t1.id desc limit cast(? as integer)) t2))
