select json_build_array(
  (select json_build_array(t1.id, t1.id, t1.name, 
      (select json_build_array(count(*), 
          (select count(*) from article t4 where t4.status = 'PUBLISHED' and exists 
            (select 1 from article_tag t4_p where t4_p.article_id = t4.id and t4_p.tag_id = t1.id)), coalesce(json_agg(json_build_array(t3.n2) order by t3.s desc, t3.k desc), '[]')) from 
        (select t2.published_at as s, t2.id as k, json_build_array(t2.id, t2.slug, 
            (select coalesce(json_agg(json_build_array(t5.id, t5.slug) order by t5.name asc, t5.id asc), '[]') from article_tag t5_p join tag t5 on t5.id = t5_p.tag_id where true and t5_p.article_id = t2.id)) as n2 from article t2 where t2.status = 'PUBLISHED' and exists 
          (select 1 from article_tag t2_p where t2_p.article_id = t2.id and t2_p.tag_id = t1.id) order by t2.published_at desc, t2.id desc limit cast(? as integer)) t3)) from tag t1 where true and t1.slug = cast(? as text)))
