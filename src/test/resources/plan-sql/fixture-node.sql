select json_build_array(coalesce(
    (select json_build_array(0, t1.id, t1.id, t1.slug) from article t1 where cast(? as integer) = 0 and t1.id = cast(? as bigint) and t1.status = 'PUBLISHED'), 
    (select json_build_array(1, t2.id, t2.id, t2.slug) from author t2 where cast(? as integer) = 1 and t2.id = cast(? as bigint) and true), 
    (select json_build_array(2, t3.id, t3.id, t3.author_name, json_build_array(t3.article_id, 
          (select json_build_array(t4.id, t4.slug) from article t4 where t4.id = t3.article_id and t4.status = 'PUBLISHED'))) from comment t3 where cast(? as integer) = 2 and t3.id = cast(? as bigint) and (t3.thread_approved and t3.article_id in 
        (select t3_t.id from article t3_t where t3_t.status = 'PUBLISHED'))), 
    (select json_build_array(3, t5.id, t5.id, t5.slug) from source t5 where cast(? as integer) = 3 and t5.id = cast(? as bigint) and true), 
    (select json_build_array(4, t6.id, t6.id, t6.slug) from tag t6 where cast(? as integer) = 4 and t6.id = cast(? as bigint) and true)))
