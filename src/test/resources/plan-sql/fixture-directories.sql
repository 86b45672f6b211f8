select json_build_array(
  (select json_build_array(count(*), coalesce(cast(? as bigint), 
        (select count(*) from author counted where true)), coalesce(json_agg(json_build_array(json_build_array(t2.s, t2.k), t2.n2) order by t2.s asc, t2.k asc), '[]'), json_build_array((array_agg(json_build_array(t2.s, t2.k) order by t2.s asc, t2.k asc))[least(count(*), cast(? as integer))])) from 
    (select t1.name as s, t1.id as k, json_build_array(t1.id, t1.slug, t1.name) as n2 from author t1 where true order by t1.name asc, t1.id asc limit cast(? as integer)) t2), 
  (select json_build_array(count(*), coalesce(cast(? as bigint), 
        (select count(*) from source counted where true)), coalesce(json_agg(json_build_array(json_build_array(t4.s, t4.k), t4.n2) order by t4.s asc, t4.k asc), '[]'), json_build_array((array_agg(json_build_array(t4.s, t4.k) order by t4.s asc, t4.k asc))[least(count(*), cast(? as integer))])) from 
    (select t3.name as s, t3.id as k, json_build_array(t3.id, t3.slug, t3.name) as n2 from source t3 where true order by t3.name asc, t3.id asc limit cast(? as integer)) t4), 
  (select json_build_array(count(*), coalesce(cast(? as bigint), 
        (select count(*) from tag counted where true)), coalesce(json_agg(json_build_array(json_build_array(t6.s, t6.k), t6.n2) order by t6.s asc, t6.k asc), '[]'), json_build_array((array_agg(json_build_array(t6.s, t6.k) order by t6.s asc, t6.k asc))[least(count(*), cast(? as integer))])) from 
    (select t5.name as s, t5.id as k, json_build_array(t5.id, t5.slug, t5.name) as n2 from tag t5 where true order by t5.name asc, t5.id asc limit cast(? as integer)) t6))
