select json_build_array(
  (select json_build_array(t1.id, t1.id, t1.slug, t1.title, t1.lede, t1.body, t1.body, t1.language, t1.status, t1.byline, extract(epoch from t1.published_at), extract(epoch from t1.updated_at), t1.reading_time_minutes, t1.canonical_url, case when t1.image_url is null then null else json_build_array(t1.image_url, t1.image_alt) end, json_build_array(t1.author_id, 
        (select json_build_array(t2.id, t2.name, t2.bio, t2.location, 
            (select coalesce(json_agg(json_build_array(t3.network, t3.url, t3.handle) order by t3.network), '[]') from author_social_link t3 where t3.author_id = t2.id)) from author t2 where t2.id = t1.author_id and true)), json_build_array(t1.source_id, 
        (select json_build_array(t4.id, t4.name, t4.url, t4.language) from source t4 where t4.id = t1.source_id and true)), 
      (select coalesce(json_agg(json_build_array(t5.id, t5.name, t5.slug) order by t5.name asc, t5.id asc), '[]') from article_tag t5_p join tag t5 on t5.id = t5_p.tag_id where true and t5_p.article_id = t1.id), 
      (select count(*) from comment t6 where t6.thread_approved and t6.article_id = t1.id), 
      (select json_build_array(count(*), 
          (select count(*) from comment t9 where (t9.thread_approved and t9.parent_id is null) and t9.article_id = t1.id), coalesce(json_agg(json_build_array(t8.n2) order by t8.s asc, t8.k asc), '[]')) from 
        (select t7.created_at as s, t7.id as k, json_build_array(t7.id, t7.author_name, t7.body, 
            (select json_build_array(count(*), 
                (select count(*) from comment t12 where t12.thread_approved and t12.parent_id = t7.id), coalesce(json_agg(json_build_array(t11.n2) order by t11.s asc, t11.k asc), '[]')) from 
              (select t10.created_at as s, t10.id as k, json_build_array(t10.id, t10.author_name, t10.body, json_build_array(t10.parent_id, 
                    (select json_build_array(t13.id, t13.author_name) from comment t13 where t13.id = t10.parent_id and t13.thread_approved))) as n2 from comment t10 where t10.thread_approved and t10.parent_id = t7.id order by t10.created_at asc, t10.id asc limit cast(? as integer)) t11)) as n2 from comment t7 where (t7.thread_approved and t7.parent_id is null) and t7.article_id = t1.id order by t7.created_at asc, t7.id asc limit cast(? as integer)) t8)) from article t1 where t1.status = 'PUBLISHED' and t1.slug = cast(? as text)))
