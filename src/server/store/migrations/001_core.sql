-- 001 core: catalogues, registry (REG-1..5), accounts (ADM-1), sessions, audit log (ADM-2).
-- Every row id is text: uuids created on devices, or stable codes for catalogue rows. Times are timestamptz.

create table districts (
  id text primary key,              -- administrative code, e.g. 610402
  name text not null,
  name_en text not null default '',
  lat double precision not null,
  lng double precision not null
);

create table streets (
  id text primary key,
  district_id text not null references districts(id),
  name text not null,
  name_en text not null default ''
);
create index streets_district on streets(district_id);

create table communities (
  id text primary key,
  street_id text not null references streets(id),
  district_id text not null references districts(id),
  name text not null,
  name_en text not null default '',
  lat double precision not null,
  lng double precision not null
);
create index communities_street on communities(street_id);

-- REG-5: two-level service catalogue; level-1 rows have no parent.
create table service_categories (
  id text primary key,
  parent_id text references service_categories(id),
  name text not null,
  name_en text not null default '',
  unit text not null default 'hour' check (unit in ('hour', 'visit', 'item')),
  sort integer not null default 0,
  active boolean not null default true
);

-- REG-5: unit price per service mode (paid 有偿, low-cost 低偿, free 无偿), in fen.
create table service_prices (
  category_id text not null references service_categories(id),
  mode text not null check (mode in ('paid', 'low_cost', 'free')),
  price_cents integer not null check (price_cents >= 0),
  primary key (category_id, mode)
);

-- REG-1
create table companies (
  id text primary key,
  name text not null,
  district_id text references districts(id),
  address text not null default '',
  lat double precision,
  lng double precision,
  phone text not null default '',
  contact_person text not null default '',
  category_ids text[] not null default '{}',
  service_radius_m integer not null default 5000 check (service_radius_m > 0),
  is_volunteer_company boolean not null default false,
  is_home_care_provider boolean not null default false,
  is_24h boolean not null default false,
  credit_rating text not null default 'B' check (credit_rating in ('A', 'B', 'C', 'D')),
  status text not null default 'active' check (status in ('active', 'suspended', 'exited')),
  joined_on date,
  suspended_on date,
  exited_on date,
  inspection_due_on date,
  remarks_recommend text not null default '',
  remarks_special text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index companies_district on companies(district_id);

-- REG-2
create table volunteers (
  id text primary key,
  name text not null,
  phone text not null,
  district_id text references districts(id),
  community_id text references communities(id),
  lat double precision,
  lng double precision,
  skill_ids text[] not null default '{}',
  service_mode text not null default 'free' check (service_mode in ('paid', 'low_cost', 'free')),
  support_system text not null default 'volunteer' check (support_system in ('market', 'organisation', 'volunteer')),
  kind text not null default 'volunteer' check (kind in ('volunteer', 'skilled', 'care_aide', 'technician')),
  company_id text references companies(id),
  on_duty boolean not null default false,
  duty_lat double precision,
  duty_lng double precision,
  duty_accuracy_m double precision,
  duty_at timestamptz,
  time_bank_minutes integer not null default 0,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index volunteers_community on volunteers(community_id);

-- REG-3
create table residents (
  id text primary key,
  name text not null,
  gender text not null check (gender in ('male', 'female')),
  birth_date date not null,
  id_card text not null default '',
  phone text not null default '',
  address text not null default '',
  lat double precision,
  lng double precision,
  district_id text references districts(id),
  street_id text references streets(id),
  community_id text not null references communities(id),
  identity_categories text[] not null default '{}',
  lives_alone boolean not null default false,
  health_conditions text not null default '',
  medication text not null default '',
  allergies text not null default '',
  access_notes text not null default '',
  service_card_no text unique,
  card_balance_cents integer not null default 0,
  card_minutes integer not null default 0,
  device_id text,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index residents_community on residents(community_id);
create index residents_phone on residents(phone);

-- REG-3: contacts in calling order.
create table resident_contacts (
  id text primary key,
  resident_id text not null references residents(id) on delete cascade,
  position integer not null,
  name text not null,
  phone text not null,
  relation text not null check (relation in ('family', 'doctor', 'liaison', 'security', 'neighbour', 'other')),
  unique (resident_id, position)
);

-- REG-4: every phone number seen, with its class.
create table callers (
  phone text primary key,
  class text not null default 'normal' check (class in ('normal', 'elderly', 'vip', 'important', 'blacklisted')),
  name text not null default '',
  note text not null default '',
  resident_id text references residents(id),
  first_seen_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now()
);

-- ADM-1: one role per user; scope is a company and/or a set of communities.
create table users (
  id text primary key,
  username text not null unique,
  display_name text not null,
  role text not null check (role in ('dispatcher', 'supervisor', 'liaison', 'field_worker', 'vendor_manager',
                                     'admin', 'department_officer', 'inspector')),
  company_id text references companies(id),
  volunteer_id text references volunteers(id),
  phone text not null default '',
  password_hash text not null,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table user_communities (
  user_id text not null references users(id) on delete cascade,
  community_id text not null references communities(id),
  primary key (user_id, community_id)
);

-- SEC-1: opaque tokens, stored as sha-256 hashes only.
create table sessions (
  token_hash text primary key,
  user_id text not null references users(id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_seen_at timestamptz not null default now(),
  ip text not null default '',
  user_agent text not null default ''
);
create index sessions_user on sessions(user_id);

-- ADM-2: written in the same transaction as the change it describes.
create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  user_id text,
  username text not null default '',
  action text not null,
  entity text not null default '',
  entity_id text not null default '',
  ip text not null default '',
  user_agent text not null default '',
  detail jsonb not null default '{}'
);
create index audit_log_at on audit_log(at);
create index audit_log_user on audit_log(user_id, at);
create index audit_log_entity on audit_log(entity, entity_id);

-- Demo and install markers (seeded once, schema facts).
create table settings (
  key text primary key,
  value jsonb not null,
  updated_at timestamptz not null default now()
);
