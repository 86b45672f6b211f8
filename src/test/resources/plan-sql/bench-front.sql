select json_build_array(
  (select json_build_array(count(*), coalesce(json_agg(json_build_array(t2.n2) order by t2.s desc, t2.k desc), '[]')) from 
    (select t1.published_at as s, t1.id as k, json_build_array(t1.id, t1.title, t1.lede, extract(epoch from t1.published_at), t1.reading_time_minutes, json_build_array(t1.author_id, 
          (select json_build_array(t3.id, t3.name) from author t3 where t3.id = t1.author_id and true)), json_build_array(t1.source_id, 
          (select json_build_array(t4.id, t4.name) from source t4 where t4.id = t1.source_id and true)), 
        (select coalesce(json_agg(json_build_array(t5.id, t5.name) order by t5.name asc, t5.id asc), '[]') from article_tag t5_p join tag t5 on t5.id = t5_p.tag_id where true and t5_p.article_id = t1.id), 
        (select count(*) from comment t6 where t6.thread_approved and t6.article_id = t1.id), 
        (select json_build_array(count(*), coalesce(json_agg(json_build_array(t8.n2) order by t8.s asc, t8.k asc), '[]')) from 
          (select t7.created_at as s, t7.id as k, json_build_array(t7.id, t7.author_name, t7.body) as n2 from comment t7 where (t7.thread_approved and t7.parent_id is null) and t7.article_id = t1.id order by t7.created_at asc, t7.id asc limit cast(? as integer)) t8)) as n2 from article t1 where t1.status = 'PUBLISHED' order by t1.published_at desc, t1.id desc limit cast(? as integer)) t2))
