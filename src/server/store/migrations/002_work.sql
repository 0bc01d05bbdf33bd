-- 002 work: service orders (ORD), alarms (ALM), service logs and card charges (BIL), callbacks, devices, jobs.

create sequence order_no_seq start 1;

create table orders (
  id text primary key,
  no text not null unique,                 -- human case number, e.g. XY20261123-0001
  type text not null check (type in ('inquiry', 'home_service', 'one_touch', 'simple_matter', 'home_care',
                                     'enterprise_service', 'complaint', 'public_affairs', 'praise_criticism', 'pending')),
  status text not null default 'new' check (status in ('new', 'dispatched', 'accepted', 'en_route', 'on_site',
                                     'completed', 'verified', 'called_back', 'closed', 'returned', 'cancelled')),
  handling text check (handling in ('recommend', 'dispatch')),
  caller_phone text not null,
  caller_name text not null default '',
  resident_id text references residents(id),
  category_id text references service_categories(id),
  description text not null,
  address text not null default '',
  lat double precision,
  lng double precision,
  district_id text references districts(id),
  community_id text references communities(id),
  company_id text references companies(id),
  assignee_user_id text references users(id),
  is_contract_customer boolean not null default false,
  service_mode text check (service_mode in ('paid', 'low_cost', 'free')),
  reminder_at timestamptz,                -- 待办 reminder time
  dispatched_at timestamptz,
  confirm_due_at timestamptz,
  service_due_at timestamptz,
  accepted_at timestamptz,
  completed_at timestamptz,
  verified_at timestamptz,
  closed_at timestamptz,
  outcome text not null default '',
  extension_state text check (extension_state in ('requested', 'approved', 'refused')),
  created_by text references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index orders_status on orders(status);
create index orders_company on orders(company_id, status);
create index orders_assignee on orders(assignee_user_id, status);
create index orders_community on orders(community_id);
create index orders_caller on orders(caller_phone);

-- ORD-3: every transition with who, when, where and why.
create table order_events (
  id text primary key,
  order_id text not null references orders(id) on delete cascade,
  at timestamptz not null default now(),
  device_at timestamptz,
  user_id text references users(id),
  kind text not null,
  from_status text,
  to_status text,
  company_id text references companies(id),
  lat double precision,
  lng double precision,
  reason text not null default ''
);
create index order_events_order on order_events(order_id, at);

-- Append-only evidence: notes never conflict.
create table order_notes (
  id text primary key,
  order_id text not null references orders(id) on delete cascade,
  user_id text references users(id),
  text text not null,
  at timestamptz not null default now(),
  device_at timestamptz
);
create index order_notes_order on order_notes(order_id, at);

-- ORD-6 / ALM-7: callback tasks.
create table callbacks (
  id text primary key,
  order_id text references orders(id),
  alarm_id text,
  due_at timestamptz not null,
  status text not null default 'open' check (status in ('open', 'done')),
  result text check (result in ('satisfied', 'unsatisfied', 'unreachable')),
  note text not null default '',
  attempts integer not null default 0,
  done_by text references users(id),
  done_at timestamptz,
  created_at timestamptz not null default now()
);

-- ALM-1..8
create table alarms (
  id text primary key,
  resident_id text not null references residents(id),
  community_id text not null references communities(id),
  source text not null check (source in ('resident_page', 'device', 'dispatcher')),
  status text not null default 'raised' check (status in ('raised', 'accepted', 'en_route', 'on_scene',
                                                          'resolved', 'cancelled')),
  ring integer not null default 1,
  lat double precision,
  lng double precision,
  raised_at timestamptz not null default now(),
  raised_by text references users(id),
  device_account text,
  event_code text,
  accepted_by text references users(id),
  accepted_at timestamptz,
  arrived_at timestamptz,
  resolved_at timestamptz,
  outcome text check (outcome in ('helped', 'hospital', 'false_alarm', 'test')),
  supervisor_alerted_at timestamptz,
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index alarms_open on alarms(status) where status not in ('resolved', 'cancelled');
create index alarms_community on alarms(community_id);

create table alarm_offers (
  id text primary key,
  alarm_id text not null references alarms(id) on delete cascade,
  user_id text not null references users(id),
  ring integer not null,
  rank integer not null,
  distance_m double precision,
  status text not null default 'offered' check (status in ('offered', 'accepted', 'declined', 'taken', 'expired')),
  offered_at timestamptz not null default now(),
  answered_at timestamptz,
  unique (alarm_id, user_id)
);
create index alarm_offers_user on alarm_offers(user_id, status);

-- ALM-8: the full timeline, including every notification attempt (ALM-5).
create table alarm_events (
  id text primary key,
  alarm_id text not null references alarms(id) on delete cascade,
  at timestamptz not null default now(),
  kind text not null,
  user_id text references users(id),
  channel text,
  target text not null default '',
  detail jsonb not null default '{}'
);
create index alarm_events_alarm on alarm_events(alarm_id, at);

-- Resident one-touch pages (SEC-1): a token that can only raise an alarm.
create table resident_device_tokens (
  token_hash text primary key,
  resident_id text not null references residents(id) on delete cascade,
  created_by text references users(id),
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);

-- ALM-9: alarm devices behind the DC-09 gateway.
create table devices (
  account text primary key,
  resident_id text references residents(id),
  key_hex text,
  strict_length boolean not null default false,
  profile text not null default 'default',
  heartbeat_seconds integer not null default 0,
  last_seen_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- BIL-1..4
create table service_logs (
  id text primary key,
  order_id text references orders(id),
  provider_user_id text not null references users(id),
  company_id text references companies(id),
  volunteer_id text references volunteers(id),
  resident_id text not null references residents(id),
  category_id text references service_categories(id),
  mode text not null check (mode in ('paid', 'low_cost', 'free')),
  status text not null default 'open' check (status in ('open', 'closed', 'verified', 'rejected')),
  clock_in_at timestamptz not null,
  clock_in_device_at timestamptz,
  clock_in_lat double precision,
  clock_in_lng double precision,
  clock_in_accuracy_m double precision,
  clock_in_distance_m double precision,
  clock_out_at timestamptz,
  clock_out_device_at timestamptz,
  clock_out_lat double precision,
  clock_out_lng double precision,
  clock_out_accuracy_m double precision,
  clock_out_distance_m double precision,
  minutes integer,
  unit_price_cents integer,
  amount_cents integer,
  verified_by text references users(id),
  verified_at timestamptz,
  reject_reason text not null default '',
  settlement_month text,                   -- 'YYYY-MM' once settled
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index service_logs_provider on service_logs(provider_user_id, status);
create index service_logs_resident on service_logs(resident_id);

-- BIL-2/BIL-4: the card ledger. One charge per log, ever; corrections are separate entries.
create table card_transactions (
  id text primary key,
  resident_id text not null references residents(id),
  service_log_id text references service_logs(id),
  kind text not null check (kind in ('charge', 'correction', 'top_up')),
  amount_cents integer not null,
  minutes integer not null default 0,
  reason text not null default '',
  created_by text references users(id),
  created_at timestamptz not null default now()
);
create unique index card_transactions_one_charge on card_transactions(service_log_id) where kind = 'charge';

-- Timers that survive restarts (escalation, reminders, heartbeats); claimed with FOR UPDATE SKIP LOCKED.
create table jobs (
  id bigserial primary key,
  kind text not null,
  due_at timestamptz not null,
  payload jsonb not null default '{}',
  claimed_at timestamptz,
  done_at timestamptz,
  attempts integer not null default 0,
  last_error text not null default ''
);
create index jobs_due on jobs(due_at) where done_at is null;

-- Outbound SMS / push attempts (ALM-5, CH-4).
create table outbound_messages (
  id text primary key,
  channel text not null check (channel in ('sms', 'web_push', 'sse')),
  target text not null,
  body text not null,
  status text not null default 'queued' check (status in ('queued', 'sent', 'failed', 'delivered')),
  alarm_id text references alarms(id),
  order_id text references orders(id),
  error text not null default '',
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
