-- 送货上门: a rental the point delivers to the given address (handed out = delivered that day).
alter table disability.rental add column delivery_address text
  check (delivery_address is null or length(btrim(delivery_address)) between 5 and 200);

-- 续租: every extension of a rental that is out, with the due dates before and after.
create table disability.rental_renewal
(
  id         bigint generated always as identity primary key,
  rental_id  bigint      not null references disability.rental (id),
  days       integer     not null check (days between 1 and 364),
  old_due_on date        not null,
  new_due_on date        not null check (new_due_on > old_due_on),
  renewed_at timestamptz not null default now(),
  renewed_by text        not null
);
create index rental_renewal_rental on disability.rental_renewal (rental_id);
