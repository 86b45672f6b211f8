-- The write side: receipts of writes sent with an idempotency key, and the lists only editors page through.

-- A write sent with an idempotency key leaves a receipt in its own transaction, so that sending it again (after an
-- answer that was lost) returns what it did instead of doing it twice. Receipts are forgotten after a retention time.
create table write_receipt (
    idempotency_key  varchar(100) primary key,
    -- SHA-256 of the operation, the requester and the arguments, in hexadecimal
    fingerprint      varchar(64) not null,
    -- the row the write created, changed or deleted
    subject_key      bigint not null,
    created_at       timestamptz not null
);
create index write_receipt_created_idx on write_receipt (created_at);

-- Editors list drafts by their last update (they have no publication time) and archived articles by publication.
create index article_draft_idx on article (updated_at desc, id desc) where status = 'DRAFT';
create index article_archived_idx on article (published_at desc, id desc) where status = 'ARCHIVED';
