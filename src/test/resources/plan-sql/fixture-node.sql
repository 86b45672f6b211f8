select json_build_array(coalesce(
    (select json_build_array(0, t1.id, t1.id, t1.slug) from author t1 where cast(? as integer) = 0 and t1.id = cast(? as bigint) and true), 
    (select json_build_array(1, t2.id, t2.id, t2.slug) from article t2 where cast(? as integer) = 1 and t2.id = cast(? as bigint) and t2.status = 'PUBLISHED'), 
    (select json_build_array(2, t3.id, t3.id, t3.slug) from tag t3 where cast(? as integer) = 2 and t3.id = cast(? as bigint) and true), 
    (select json_build_array(3, t4.id, t4.id, t4.author_name, json_build_array(t4.article_id, 
          (select json_build_array(t5.id, t5.slug) from article t5 where t5.id = t4.article_id and t5.status = 'PUBLISHED'))) from comment t4 where cast(? as integer) = 3 and t4.id = cast(? as bigint) and (t4.thread_approved and t4.article_id in 
        (select t4_t.id from article t4_t where t4_t.status = 'PUBLISHED'))), 
    (select json_build_array(4, t6.id, t6.id, t6.slug) from source t6 where cast(? as integer) = 4 and t6.id = cast(? as bigint) and true)))
