-- Row-level security: the second layer of data scope (docs/security.md, "Row-level security").
-- The first layer is Java (DataScope): every query of a scoped record filters by the caller's
-- region subtree. This layer holds where a query forgot to: during a request of a staff member
-- whose scope is narrower than the city, the application binds the codes of that subtree to the
-- session setting minzheng.scope_codes (comma-separated; '-' for an empty scope) and the policies
-- of the scoped tables (registry V7, assistance V7) show the application role only rows whose
-- region is among them. Jobs, imports and city-level users bind nothing and see every row, as
-- the Java layer lets them; the owner role (migrations, published views) is never restricted.

create function platform.scope_unrestricted() returns boolean
  language sql stable parallel safe as
$$
select coalesce(current_setting('minzheng.scope_codes', true), '') = ''
$$;

-- A set, not an array, so that a policy's "region_code in (select platform.scope_codes())" is
-- planned once per statement as a hashed subplan, not parsed again for every row.
create function platform.scope_codes() returns setof text
  language sql stable parallel safe as
$$
select unnest(string_to_array(current_setting('minzheng.scope_codes', true), ','))
$$;

grant execute on function platform.scope_unrestricted() to ${app_role};
grant execute on function platform.scope_codes() to ${app_role};
