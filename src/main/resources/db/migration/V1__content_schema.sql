-- The content of the news site: sources, authors, articles, tags and threaded comments.
-- One sequence feeds every table, in blocks of 50 so that Hibernate can batch inserts.
create sequence content_id_seq increment by 50;

-- The forms that several columns share; Hibernate validates against plain column types, so these are
-- repeated as check constraints rather than declared once as domains.
--   slug:         ^[a-z0-9]+(-[a-z0-9]+)*$
--   language tag: BCP 47, a primary language subtag then optional subtags (fr, en-GB, zh-Hant-TW)
--   URL:          http or https, no whitespace

create table source (
    id          bigint primary key default nextval('content_id_seq'),
    slug        varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        varchar(200) not null check (btrim(name) <> ''),
    url         varchar(2048) not null check (url ~ '^https?://\S+$'),
    language    varchar(35) not null check (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     bigint not null default 0
);
create index source_name_idx on source (name, id);

create table author (
    id          bigint primary key default nextval('content_id_seq'),
    slug        varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        varchar(200) not null check (btrim(name) <> ''),
    bio         text,
    location    varchar(200),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     bigint not null default 0
);
create index author_name_idx on author (name, id);

create table author_social_link (
    author_id   bigint not null references author (id) on delete cascade,
    network     varchar(20) not null
                check (network in ('X', 'MASTODON', 'BLUESKY', 'LINKEDIN', 'WEBSITE')),
    url         varchar(2048) not null check (url ~ '^https?://\S+$'),
    handle      varchar(100),
    primary key (author_id, network)
);

create table tag (
    id          bigint primary key default nextval('content_id_seq'),
    slug        varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        varchar(100) not null unique check (btrim(name) <> ''),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     bigint not null default 0
);
create index tag_name_idx on tag (name, id);

create table article (
    id                    bigint primary key default nextval('content_id_seq'),
    slug                  varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title                 varchar(300) not null check (btrim(title) <> ''),
    lede                  text not null,
    body                  text not null check (btrim(body) <> ''),
    language              varchar(35) not null check (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    status                varchar(10) not null check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    byline                varchar(200),
    published_at          timestamptz,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    reading_time_minutes  integer not null check (reading_time_minutes > 0),
    image_url             varchar(2048) check (image_url ~ '^https?://\S+$'),
    image_alt             varchar(500),
    canonical_url         varchar(2048) check (canonical_url ~ '^https?://\S+$'),
    author_id             bigint not null references author (id),
    source_id             bigint references source (id),
    version               bigint not null default 0,
    -- a published article always says when it was published
    constraint article_published_has_date check (status <> 'PUBLISHED' or published_at is not null),
    -- alt text is required for accessibility whenever there is an image
    constraint article_image_has_alt check (image_url is null or image_alt is not null)
);
-- Readers only ever page through published articles, newest first: partial indexes per filter.
create index article_published_idx on article (published_at desc, id desc) where status = 'PUBLISHED';
create index article_author_published_idx on article (author_id, published_at desc, id desc) where status = 'PUBLISHED';
create index article_source_published_idx on article (source_id, published_at desc, id desc) where status = 'PUBLISHED';
create index article_language_published_idx on article (language, published_at desc, id desc) where status = 'PUBLISHED';
create index article_author_idx on article (author_id);
create index article_source_idx on article (source_id);

create table article_tag (
    article_id  bigint not null references article (id) on delete cascade,
    tag_id      bigint not null references tag (id) on delete cascade,
    primary key (article_id, tag_id)
);
create index article_tag_tag_idx on article_tag (tag_id, article_id);

create table comment (
    id           bigint primary key default nextval('content_id_seq'),
    article_id   bigint not null references article (id) on delete cascade,
    parent_id    bigint,
    author_name  varchar(100) not null check (btrim(author_name) <> ''),
    author_email varchar(320) not null check (author_email ~ '^[^@\s]+@[^@\s]+$'),
    body         text not null check (btrim(body) <> ''),
    status       varchar(10) not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      bigint not null default 0,
    -- a reply belongs to the same article as the comment it answers
    constraint comment_article_id_key unique (article_id, id),
    constraint comment_parent_fk foreign key (article_id, parent_id)
        references comment (article_id, id) on delete cascade
);
create index comment_article_thread_idx on comment (article_id, created_at, id)
    where parent_id is null and status = 'APPROVED';
create index comment_replies_idx on comment (parent_id, created_at, id) where status = 'APPROVED';
create index comment_article_idx on comment (article_id);
create index comment_parent_idx on comment (parent_id);
create index comment_pending_idx on comment (created_at, id) where status = 'PENDING';
