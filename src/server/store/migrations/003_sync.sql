-- 003 sync (SYN-1..3): the change log pulled by devices, and every processed mutation with its result.

-- One entry per row change, in commit order. Scope columns let pull filter without reading the row: a change is
-- visible to users whose scope covers community_id or company_id or who are named in user_ids; a row that moved out
-- of a scope carries the old scope in prev_* so that user receives a delete.
create table change_log (
  seq bigserial primary key,
  tbl text not null,
  row_id text not null,
  op text not null check (op in ('put', 'delete')),
  community_id text,
  company_id text,
  user_ids text[] not null default '{}',
  prev_community_id text,
  prev_company_id text,
  public boolean not null default false,   -- catalogue rows every signed-in user may read
  mutation_id text,
  at timestamptz not null default now()
);
create index change_log_row on change_log(tbl, row_id, seq);

create table processed_mutations (
  id text primary key,                     -- the client's mutation uuid
  client_id text not null,
  user_id text,
  name text not null,
  status text not null check (status in ('applied', 'rejected')),
  problem jsonb,
  value jsonb,
  device_at timestamptz,
  processed_at timestamptz not null default now()
);
create index processed_mutations_client on processed_mutations(client_id, processed_at);
