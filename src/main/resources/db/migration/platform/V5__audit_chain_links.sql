-- The hash chain moves out of the entries into links written by one chainer after the entries'
-- transactions commit. Before, every audited transaction took the chain's global lock and held it
-- until its commit, so audited writes (a booking rush) ran one at a time. Now an entry is inserted
-- without any lock and queued in audit_pending (by trigger: no code path can forget it); the
-- chainer links queued entries in the order it finds them committed. Nothing is ever updated:
-- entries and links are both append-only for the application.

create table platform.audit_link
(
  -- chain order: 1, 2, 3, ... without gaps
  seq        bigint primary key check (seq > 0),
  entry_id   bigint                   not null unique,
  -- SM3 of the previous link (32 zero bytes for the first) and of the entry's content + prev_hash
  prev_hash  bytea                    not null check (length(prev_hash) = 32),
  hash       bytea                    not null check (length(hash) = 32),
  chained_at timestamp with time zone not null default now()
);

-- The existing chain keeps its hashes: they cover the entry id and content, not the storage.
insert into platform.audit_link (seq, entry_id, prev_hash, hash)
select row_number() over (order by id), id, prev_hash, hash
from platform.audit_log;

alter table platform.audit_log
  drop column prev_hash,
  drop column hash;

-- Entries committed but not yet linked; the chainer removes what it linked.
create table platform.audit_pending
(
  entry_id bigint primary key
);

create function platform.audit_log_queue_for_chain() returns trigger
  language plpgsql as
$$
begin
  insert into platform.audit_pending (entry_id) values (new.id);
  return null;
end
$$;

create trigger audit_log_queue_for_chain
  after insert
  on platform.audit_log
  for each row
execute function platform.audit_log_queue_for_chain();

revoke update, delete, truncate on platform.audit_link from ${app_role};
grant select, insert on platform.audit_link to ${app_role};
grant select, insert, delete on platform.audit_pending to ${app_role};

create function platform.audit_link_refuse_change() returns trigger
  language plpgsql as
$$
begin
  raise exception 'platform.audit_link is append-only: % is not allowed', tg_op
    using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_link_no_update_or_delete
  before update or delete
  on platform.audit_link
  for each row
execute function platform.audit_link_refuse_change();

create trigger audit_link_no_truncate
  before truncate
  on platform.audit_link
  for each statement
execute function platform.audit_link_refuse_change();
