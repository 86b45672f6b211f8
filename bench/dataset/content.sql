-- Generated content for the benchmarks, run by bench/dataset/generate.sh into an empty database whose schema
-- Flyway created (psql -v articles=... authors=... sources=... tags=... comments=... -f bench/dataset/content.sql,
-- after bench/dataset/vocabulary.sql in the same session).
--
-- Deterministic: every value derives from row numbers through pg_temp.h (hashint8extended with a salt per
-- choice), nothing from random() or now(); ids are computed (sources, authors, tags, articles by age, comments
-- by time) and content_id_seq is set past them. Set-based: generate_series and joins, no loops, no COPY.
-- Within the constraints of V1__content_schema.sql: slugs, en/fr/es, http(s) URLs, a date on every published
-- article, alt text with every image, replies on their parent's article (the composite foreign key), and
-- reading_time_minutes as ReadingTime.java computes it (words / 200 rounded up, at least 1).
--
-- Shape: article 1 is the newest (2026-11-25 18:00 UTC), one every 15 minutes going back in time, and nothing happens
-- after 2026-11-28 18:00 UTC, when the data ends; about 93% published, 4% drafts (no date), 3% archived, and among
-- the newest article 3 is archived and 6 a draft, so that a reader who sees them sees too much. Authors and commented articles follow a skewed popularity (a few write or draw much more);
-- 75% of articles have a source, and those translated from a source in another language keep its canonical
-- URL; 85% have an image; 3 to 5 tags, popular tags more often. Comments: 85% approved, 10% pending, 5% rejected;
-- about a third of those with an approved comment before them on the article reply to one of those (so some
-- replies answer replies).

\set ON_ERROR_STOP 1
set client_min_messages = warning;
set timezone = 'UTC';
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set synchronous_commit = off;
-- plans of a few statements each run once: compiling them would cost more than it saves
set jit = off;

-- a non-negative 63-bit hash of a row number, one salt per choice; u: the same as a fraction in [0, 1)
create function pg_temp.h(n bigint, salt bigint) returns bigint language sql immutable parallel safe
    as $$ select hashint8extended(n, salt) & 9223372036854775807 $$;
create function pg_temp.u(n bigint, salt bigint) returns float8 language sql immutable parallel safe
    as $$ select (pg_temp.h(n, salt) % 1000000007)::float8 / 1000000007 $$;
-- one item of an array
create function pg_temp.pick(items text[], n bigint, salt bigint) returns text language sql immutable parallel safe
    as $$ select items[1 + (pg_temp.h(n, salt) % cardinality(items))::int] $$;
-- a skewed pick in 1..m: small ranks often (u squared), spread over 1..m by an affine permutation (1000003 is
-- prime, so it permutes any m it does not divide), which puts the most popular away from the first rows
create function pg_temp.skewed(n bigint, salt bigint, m bigint) returns bigint language sql immutable parallel safe
    as $$ select 1 + ((floor(m * pg_temp.u(n, salt) ^ 2)::bigint * 1000003 + m / 3) % m) $$;
create function pg_temp.slugify(t text) returns text language sql immutable parallel safe
    as $$ select trim(both '-' from regexp_replace(
             translate(lower(t), 'àáâäãåçèéêëìíîïñòóôöõùúûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy'), '[^a-z0-9]+', '-', 'g')) $$;
-- words as ReadingTime.java counts them: the tokens between runs of whitespace
create function pg_temp.words(t text) returns int language sql immutable parallel safe
    as $$ select coalesce(array_length(regexp_split_to_array(btrim(t, E' \t\n\r\f\v'), '\s+'), 1), 0) $$;

-- the first ids of each kind; articles and comments follow the tags
select :sources as s, :sources + :authors as a, :sources + :authors + :tags as t,
       :sources + :authors + :tags + :articles as c \gset base_

begin;

select to_char(clock_timestamp(), 'HH24:MI:SS') as now \gset
\echo [:now] 'sources, authors, social links, tags'
-- 5 sources in 10 English, 3 French, 2 Spanish; k numbers the sources of one language
insert into source (id, slug, name, url, language, created_at, updated_at)
select i, slug, name, 'https://www.' || replace(slug, '-', '') || '.example/', lang,
       timestamptz '2020-01-01 00:00:00+00' + i * interval '1 day', timestamptz '2020-01-01 00:00:00+00' + i * interval '1 day'
from (
    select i, lp.lang, name || case when k >= 100 then ' ' || (k / 100 + 1) else '' end as name,
           pg_temp.slugify(name) || case when k >= 100 then '-' || (k / 100 + 1) else '' end as slug
    from (select i, case when i % 10 < 5 then 'en' when i % 10 < 8 then 'fr' else 'es' end as lang,
                 case when i % 10 < 5 then (i / 10) * 5 + i % 10 when i % 10 < 8 then (i / 10) * 3 + i % 10 - 5
                      else (i / 10) * 2 + i % 10 - 8 end as k
          from generate_series(1, :sources) i) s
    join lang_pool lp using (lang)
    cross join lateral (select ((s.k % 100) * 37) % 100 as combo) c
    cross join lateral (select case when lp.lang = 'en' then 'The ' else '' end
                               || lp.source_a[1 + c.combo % 10] || ' ' || lp.source_b[1 + c.combo / 10] as name) n
) src;

-- names: a first and a last name, a middle initial once the pairs run out
insert into author (id, slug, name, bio, location, created_at, updated_at)
select :base_s + i, pg_temp.slugify(name), name,
       case when pg_temp.u(i, 103) < 0.9 then
            replace(replace(replace(replace(lp.bio_intro, '%n', name), '%r', pg_temp.pick(lp.bio_roles, i, 104)),
                    '%c', city), '%b', pg_temp.pick(lp.beats, i, 105))
            || ' ' || replace(pg_temp.pick(lp.bio_more, i, 106), '%n', name) end,
       case when pg_temp.u(i, 107) < 0.95 then city end,
       timestamptz '2020-06-01 00:00:00+00' + i * interval '1 hour', timestamptz '2020-06-01 00:00:00+00' + i * interval '1 hour'
from (
    select i, lang, np.author_cities[1 + (pg_temp.h(i, 102) % cardinality(np.author_cities))::int] as city,
           np.first_names[1 + pair % cardinality(np.first_names)]
           || case when i > pairs then ' ' || chr(65 + ((i - 1) / pairs - 1) % 26) || '.' else '' end
           || ' ' || np.last_names[1 + pair / cardinality(np.first_names)] as name
    from generate_series(1, :authors) i
    cross join name_pool np
    cross join lateral (select cardinality(np.first_names) * cardinality(np.last_names) as pairs) p
    cross join lateral (select (((i - 1) % p.pairs) * 7919 % p.pairs)::int as pair,
                               case when pg_temp.u(i, 101) < 0.5 then 'en' when pg_temp.u(i, 101) < 0.8 then 'fr' else 'es' end as lang) x
) au
join lang_pool lp using (lang);

insert into author_social_link (author_id, network, url, handle)
select a.id, n.network,
       case n.network when 'X' then 'https://x.com/' || h.handle
                      when 'MASTODON' then 'https://mastodon.social/@' || h.handle
                      when 'BLUESKY' then 'https://bsky.app/profile/' || a.slug || '.bsky.social'
                      when 'LINKEDIN' then 'https://www.linkedin.com/in/' || a.slug
                      else 'https://' || a.slug || '.example.net/' end,
       case when n.network in ('X', 'MASTODON') then '@' || h.handle
            when n.network = 'BLUESKY' then '@' || a.slug || '.bsky.social' end
from author a
cross join (values ('X', 0.55, 111), ('MASTODON', 0.15, 112), ('BLUESKY', 0.3, 113), ('LINKEDIN', 0.35, 114),
                   ('WEBSITE', 0.15, 115)) n (network, share, salt)
cross join lateral (select replace(a.slug, '-', '_') as handle) h
where pg_temp.u(a.id, n.salt) < n.share;

-- the named topics first, then country + topic pairs, then numbered ones; name_key is what the service's NameKey
-- computes (the SHA-256 of the name NFKC case-folded with look-alike letters folded), which for these names (Latin
-- letters, spaces, apostrophes, digits) is the digest of the name in lower case with m read as rn, 0 as o and 1 as l
insert into tag (id, slug, name, name_key, created_at, updated_at)
select :base_a + i, pg_temp.slugify(name), name,
       encode(sha256(convert_to(normalize(translate(replace(lower(name), 'm', 'rn'), '01', 'ol'), NFKC), 'UTF8')), 'hex'),
       timestamptz '2020-01-01 00:00:00+00' + i * interval '1 hour', timestamptz '2020-01-01 00:00:00+00' + i * interval '1 hour'
from (
    select i, case when i <= cardinality(np.tag_names) then np.tag_names[i]
                   else np.tag_countries[1 + j % cardinality(np.tag_countries)] || ' '
                        || np.tag_topics[1 + (j / cardinality(np.tag_countries)) % cardinality(np.tag_topics)]
                        || case when j >= cardinality(np.tag_countries) * cardinality(np.tag_topics)
                                then ' ' || (j / (cardinality(np.tag_countries) * cardinality(np.tag_topics)) + 1) else '' end
              end as name
    from generate_series(1, :tags) i
    cross join name_pool np
    cross join lateral (select i - 1 - cardinality(np.tag_names) as j) x
) t;

select to_char(clock_timestamp(), 'HH24:MI:SS') as now \gset
\echo [:now] 'text banks'
-- sentences, then paragraphs of 3 to 6 of them, with their word counts
create temporary table sentence as
select lp.lang, n,
       pg_temp.pick(lp.subjects, n, 201) || ' ' || pg_temp.pick(lp.verbs, n, 202) || ' '
       || pg_temp.pick(lp.objects, n, 203) || ' ' || pg_temp.pick(lp.complements, n, 204) || '.' as text
from lang_pool lp cross join generate_series(1, 4000) n;
alter table sentence add primary key (lang, n);

create temporary table paragraph as
select lang, n, text, pg_temp.words(text) as words
from (select lp.lang, p.n, string_agg(s.text, ' ' order by k) as text
      from lang_pool lp
      cross join generate_series(1, 3000) p (n)
      cross join lateral generate_series(1, 3 + (pg_temp.h(p.n, 211) % 4)::int) k
      join sentence s on s.lang = lp.lang and s.n = 1 + pg_temp.h(p.n * 8 + k, 212) % 4000
      group by lp.lang, p.n) p;
alter table paragraph add primary key (lang, n);
analyze sentence;
analyze paragraph;

select to_char(clock_timestamp(), 'HH24:MI:SS') as now \gset
\echo [:now] 'articles: dates, authors, sources, bodies'
create temporary table gen_article as
select g.i, :base_t + :articles - g.i + 1 as id, g.lang, lp.cities[1 + g.city_n] as city, g.status, g.published_at,
       coalesce(g.published_at, g.slot) - interval '1 minute' * (30 + pg_temp.h(g.i, 305) % 330) as created_at,
       -- archived 30 to 330 days after publication, at the latest when the data ends (3 days after the newest article)
       case when g.status = 'ARCHIVED' then least(g.slot + interval '1 day' * (30 + pg_temp.h(g.i, 306) % 300),
                                                   timestamptz '2026-11-28 18:00:00+00')
            when pg_temp.u(g.i, 307) < 0.2 then g.slot + interval '1 minute' * (10 + pg_temp.h(g.i, 308) % 2000)
            else g.slot end as updated_at,
       :base_s + pg_temp.skewed(g.i, 309, :authors) as author_id,
       case when pg_temp.u(g.i, 310) < 0.75 then 1 + pg_temp.h(g.i, 311) % :sources end as source_id
from (
    select i, lang, slot, (pg_temp.h(i, 302) % 31)::int as city_n,
           case when i = 3 then 'ARCHIVED' when i = 6 then 'DRAFT'
                when u < 0.04 then 'DRAFT' when u < 0.07 then 'ARCHIVED' else 'PUBLISHED' end as status,
           case when i = 6 or (i <> 3 and u < 0.04) then null else slot end as published_at
    from (select i, pg_temp.u(i, 303) as u,
                 case when pg_temp.u(i, 301) < 0.5 then 'en' when pg_temp.u(i, 301) < 0.8 then 'fr' else 'es' end as lang,
                 -- one slot of 15 minutes per article, going back from the newest; a fixed second within it
                 timestamptz '2026-11-25 18:00:00+00' - interval '1 second' * ((i - 1) * 900 + pg_temp.h(i, 304) % 900) as slot
          from generate_series(1, :articles) i) x
) g
join lang_pool lp on lp.lang = g.lang;
alter table gen_article add primary key (i);

-- bodies of 5 to 7 paragraphs from the bank, the first opening with a dateline
create temporary table gen_body as
select g.i, string_agg(case when k = 1 then upper(g.city) || ' — ' else '' end || p.text, E'\n\n' order by k) as body,
       sum(p.words) + pg_temp.words(upper(g.city) || ' —') as words
from gen_article g
cross join lateral generate_series(1, 5 + (pg_temp.h(g.i, 330) % 3)::int) k
join paragraph p on p.lang = g.lang and p.n = 1 + pg_temp.h(g.i * 8 + k, 331) % 3000
group by g.i, g.city;
alter table gen_body add primary key (i);

select to_char(clock_timestamp(), 'HH24:MI:SS') as now \gset
\echo [:now] 'articles: rows'
insert into article (id, slug, title, lede, body, language, status, byline, published_at, created_at, updated_at,
                     reading_time_minutes, image_url, image_alt, canonical_url, author_id, source_id)
select g.id, rtrim(left(pg_temp.slugify(t.title), 100), '-') || '-' || g.id, t.title,
       replace(pg_temp.pick(lp.ledes, g.i, 321), '%p', g.city) || ' ' || l.text,
       b.body, g.lang, g.status,
       case when pg_temp.u(g.i, 323) < 0.2 then pg_temp.pick(lp.bylines, g.i, 324) end,
       g.published_at, g.created_at, g.updated_at,
       greatest(1, (b.words + 199) / 200),
       case when pg_temp.u(g.i, 325) < 0.85 then 'https://images.newsgraph.example/' || to_char(g.created_at, 'YYYY/MM/')
                                                 || g.id || '.jpg' end,
       case when pg_temp.u(g.i, 325) < 0.85 then replace(pg_temp.pick(lp.alts, g.i, 326), '%p', g.city) end,
       case when s.language <> g.lang then s.url || 'articles/' || (1000000 + pg_temp.h(g.i, 327) % 9000000) end,
       g.author_id, g.source_id
from gen_article g
join gen_body b on b.i = g.i
join lang_pool lp on lp.lang = g.lang
-- the lede: a sentence about the city, then one from the bank
join sentence l on l.lang = g.lang and l.n = 1 + pg_temp.h(g.i, 322) % 4000
left join source s on s.id = g.source_id
cross join lateral (select replace(pg_temp.pick(lp.titles, g.i, 320), '%p', g.city) as title) t
order by g.id;

select to_char(clock_timestamp(), 'HH24:MI:SS') as now \gset
\echo [:now] 'articles: tags'
-- 3 to 5 distinct tags: a popular first one, then steps of less than a fifth of the tags
insert into article_tag (article_id, tag_id)
select g.id, :base_a + 1 + (first_tag + k * step) % :tags
from gen_article g
cross join lateral (select floor(:tags * pg_temp.u(g.i, 341) ^ 2)::bigint as first_tag,
                           1 + pg_temp.h(g.i, 342) % greatest(1, (:tags - 1) / 4) as step) x
cross join lateral generate_series(0, least(:tags, 3 + pg_temp.h(g.i, 343) % 3) - 1) k;

select to_char(clock_timestamp(), 'HH24:MI:SS') as now \gset
\echo [:now] 'comments: articles and times'
-- articles readers saw (published or archived), numbered for the skewed pick
create temporary table commentable as
select row_number() over (order by g.i) as n, g.id, g.lang, g.published_at
from gen_article g where g.published_at is not null;
alter table commentable add primary key (n);
select count(*) as commentable from commentable \gset

create temporary table gen_comment as
select c, a.id as article_id, a.lang,
       -- a minute to three days after publication, most within hours, at the latest when the data ends
       least(a.published_at + interval '1 millisecond' * (60000 + floor(259200000 * pg_temp.u(c, 402) ^ 3)),
             timestamptz '2026-11-28 18:00:00+00') as created_at,
       case when pg_temp.u(c, 403) < 0.85 then 'APPROVED' when pg_temp.u(c, 403) < 0.95 then 'PENDING' else 'REJECTED' end as status
from generate_series(1, :comments) c
join commentable a on a.n = pg_temp.skewed(c, 401, :commentable);

select to_char(clock_timestamp(), 'HH24:MI:SS') as now \gset
\echo [:now] 'comments: threads'
-- the order of the comments on each article; an approved one is numbered among the approved ones
create temporary table thread as
select c, article_id, lang, created_at, status,
       :base_c + row_number() over (order by created_at, c) as id,
       case when status = 'APPROVED'
            then count(*) filter (where status = 'APPROVED') over (partition by article_id order by created_at, c) end as approved_n,
       coalesce(count(*) filter (where status = 'APPROVED')
                over (partition by article_id order by created_at, c rows between unbounded preceding and 1 preceding), 0) as approved_before
from gen_comment;
create index on thread (article_id, approved_n);
analyze thread;

-- a reply answers one of the approved comments before it on the same article
create temporary table gen_reply as
select t.c, p.id as parent_id
from thread t
join thread p on p.article_id = t.article_id and p.approved_n = 1 + pg_temp.h(t.c, 412) % t.approved_before
where t.approved_before > 0 and pg_temp.u(t.c, 411) < 0.35;
alter table gen_reply add primary key (c);

select to_char(clock_timestamp(), 'HH24:MI:SS') as now \gset
\echo [:now] 'comments: rows'
-- readers come back: a comment's reader is a skewed pick among comments / 8 of them
create temporary table reader as
select n, first || ' ' || initial || '.' as name,
       lower(pg_temp.slugify(first)) || '.' || lower(initial) || n || '@example.' || (array['org', 'net', 'com'])[1 + n % 3] as email
from (select n, np.reader_names[1 + n % cardinality(np.reader_names)] as first,
             chr(65 + (n / cardinality(np.reader_names) % 26)::int) as initial
      from generate_series(1, greatest(1, :comments / 8)) n cross join name_pool np) r;
alter table reader add primary key (n);

insert into comment (id, article_id, parent_id, author_name, author_email, body, status, created_at, updated_at)
select t.id, t.article_id, r.parent_id, reader.name, reader.email,
       -- one to three sentences; a reply opens with an answer
       case when r.parent_id is null then pg_temp.pick(lp.comments, t.c, 422)
            else pg_temp.pick(lp.replies, t.c, 423) end
       || case when pg_temp.h(t.c, 421) % 3 >= 1 then ' ' || pg_temp.pick(lp.comments, t.c, 424) else '' end
       || case when pg_temp.h(t.c, 421) % 3 = 2 then ' ' || pg_temp.pick(lp.comments, t.c, 427) else '' end,
       t.status, t.created_at,
       -- a rejected comment was changed when a moderator rejected it
       case when t.status = 'REJECTED' then least(t.created_at + interval '1 minute' * (5 + pg_temp.h(t.c, 425) % 600),
                                                  timestamptz '2026-11-28 18:00:00+00')
            else t.created_at end
from thread t
join lang_pool lp on lp.lang = t.lang
left join gen_reply r on r.c = t.c
join reader on reader.n = pg_temp.skewed(t.c, 426, greatest(1, :comments / 8))
order by t.article_id, t.created_at, t.c;

select to_char(clock_timestamp(), 'HH24:MI:SS') as now \gset
\echo [:now] 'sequence'
-- Hibernate's pooled optimizer takes the block (value - 49 .. value] after nextval: setting the last value to the
-- highest id keeps every later id above what is here
select setval('content_id_seq', greatest((select max(id) from comment), (select max(id) from article), :base_t)) as last_id \gset

commit;
