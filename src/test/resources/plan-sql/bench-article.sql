select json_build_array(
  (select json_build_array(t1.id, t1.title, t1.lede, t1.body, extract(epoch from t1.published_at), t1.reading_time_minutes, json_build_array(t1.author_id, 
        (select json_build_array(t2.id, t2.name, t2.bio, 
            (select coalesce(json_agg(json_build_array(t3.network, t3.url, t3.handle) order by t3.network), '[]') from author_social_link t3 where t3.author_id = t2.id)) from author t2 where t2.id = t1.author_id and true)), json_build_array(t1.source_id, 
        (select json_build_array(t4.id, t4.name) from source t4 where t4.id = t1.source_id and true)), 
      (select coalesce(json_agg(json_build_array(t5.id, t5.name) order by t5.name asc, t5.id asc), '[]') from article_tag t5_p join tag t5 on t5.id = t5_p.tag_id where true and t5_p.article_id = t1.id), 
      (select json_build_array(count(*), coalesce(json_agg(json_build_array(t7.n2) order by t7.s asc, t7.k asc), '[]')) from 
        (select t6.created_at as s, t6.id as k, json_build_array(t6.id, t6.author_name, t6.body, 
            (select json_build_array(count(*), coalesce(json_agg(json_build_array(t9.n2) order by t9.s asc, t9.k asc), '[]')) from 
              (select t8.created_at as s, t8.id as k, json_build_array(t8.id, t8.author_name, t8.body) as n2 from comment t8 where t8.thread_approved and t8.parent_id = t6.id order by t8.created_at asc, t8.id asc limit cast(? as integer)) t9)) as n2 from comment t6 where (t6.thread_approved and t6.parent_id is null) and t6.article_id = t1.id order by t6.created_at asc, t6.id asc limit cast(? as integer)) t7)) from article t1 where t1.status = 'PUBLISHED' and t1.slug = cast(? as text)))
