select json_build_array(
  (select json_build_array(t1.id, t1.name, t1.bio, t1.location, 
      (select coalesce(json_agg(json_build_array(t2.network, t2.url, t2.handle) order by t2.network), '[]') from author_social_link t2 where t2.author_id = t1.id), 
      (select json_build_array(count(*), coalesce(json_agg(json_build_array(t4.n2) order by t4.s desc, t4.k desc), '[]')) from 
        (select t3.published_at as s, t3.id as k, json_build_array(t3.id, t3.title, t3.lede, extract(epoch from t3.published_at), t3.reading_time_minutes, json_build_array(t3.source_id, 
              (select json_build_array(t5.id, t5.name) from source t5 where t5.id = t3.source_id and true)), 
            (select coalesce(json_agg(json_build_array(t6.id, t6.name) order by t6.name asc, t6.id asc), '[]') from article_tag t6_p join tag t6 on t6.id = t6_p.tag_id where true and t6_p.article_id = t3.id)) as n2 from article t3 where t3.status = 'PUBLISHED' and t3.author_id = t1.id order by t3.published_at desc, t3.id desc limit cast(? as integer)) t4)) from author t1 where true and t1.slug = cast(? as text)))
