select json_build_array(
  (select json_build_array(count(*), coalesce(cast(? as bigint), 
        (select count(*) from article counted where counted.status = 'PUBLISHED')), coalesce(json_agg(json_build_array(json_build_array(extract(epoch from t2.s), t2.k), t2.n2) order by t2.s desc, t2.k desc), '[]'), json_build_array((array_agg(json_build_array(extract(epoch from t2.s), t2.k) order by t2.s asc, t2.k asc))[least(count(*), cast(? as integer))], (array_agg(json_build_array(extract(epoch from t2.s), t2.k) order by t2.s asc, t2.k asc))[1])) from 
    (select t1.published_at as s, t1.id as k, json_build_array(t1.id, t1.id, t1.slug, extract(epoch from t1.published_at), t1.language, t1.status, json_build_array(t1.author_id, 
          (select json_build_array(t3.id, t3.slug) from author t3 where t3.id = t1.author_id and true)), json_build_array(t1.source_id, 
          (select json_build_array(t4.id, t4.slug) from source t4 where t4.id = t1.source_id and true)), 
        (select coalesce(json_agg(json_build_array(t5.id, t5.slug) order by t5.name asc, t5.id asc), '[]') from article_tag t5_p join tag t5 on t5.id = t5_p.tag_id where true and t5_p.article_id = t1.id)) as n2 from article t1 where t1.status = 'PUBLISHED' order by t1.published_at asc, t1.id asc limit cast(? as integer)) t2))
