-- front page, (e): (b), (c) and (d) together
select json_build_array((select json_build_array(count(*), coalesce(json_agg(json_build_array(t2.n2) order by t2.s desc, t2.k desc) filter (where t2.n2 is not null), '[]'))
from (select t1.published_at as s, t1.id as k,
        case when row_number() over (order by t1.published_at desc, t1.id desc) <= cast(:n as integer) - 1 then
        json_build_array(t1.id, t1.title, t1.lede, extract(epoch from t1.published_at), t1.reading_time_minutes,
          json_build_array(t1.author_id, case when t3.id is null then null else json_build_array(t3.id, t3.name) end),
          json_build_array(t1.source_id, case when t4.id is null then null else json_build_array(t4.id, t4.name) end),
          array_to_json(array(select json_build_array(t5.id, t5.name) from article_tag t5_p join tag t5 on t5.id = t5_p.tag_id where t5_p.article_id = t1.id order by t5.name asc, t5.id asc)),
          (select count(*) from comment t6 where t6.status = 'APPROVED' and t6.article_id = t1.id),
          (select json_build_array(cardinality(e), array_to_json(e)) from (select array(
              select json_build_array(json_build_array(t7.id, t7.author_name, t7.body)) from comment t7
              where (t7.status = 'APPROVED' and t7.parent_id is null) and t7.article_id = t1.id
              order by t7.created_at asc, t7.id asc limit cast(:c as integer)) as e) t8)) end as n2
      from article t1 left join author t3 on t3.id = t1.author_id and true left join source t4 on t4.id = t1.source_id and true
      where t1.status = 'PUBLISHED' order by t1.published_at desc, t1.id desc limit cast(:n as integer)) t2));
