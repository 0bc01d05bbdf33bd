-- 008 DC-09 gateway (ALM-9): how each device's key was written, its last known state, the receive journal
-- (journal first, answer, then process), and technical alarms (a device that is unknown, silent, or says
-- something nobody has classified).
alter table devices add column key_format text not null default 'hex' check (key_format in ('ascii', 'hex'));
alter table devices add column label text not null default '';
alter table devices add column active boolean not null default true;
alter table devices add column last_event_code text;
alter table devices add column last_event_at timestamptz;
alter table devices add column battery_low boolean not null default false;
alter table devices add column power_lost boolean not null default false;
alter table devices add column last_remote text not null default '';

-- Every frame received, before any answer: what came, from where, what was answered, and what processing made of it.
create table dc09_journal (
  id bigserial primary key,
  received_at timestamptz not null default now(),
  transport text not null check (transport in ('tcp', 'udp')),
  remote text not null default '',
  account text,
  receiver text,
  line text,
  sequence text,
  token text,
  raw text not null,
  reply text not null check (reply in ('ACK', 'NAK', 'DUH')),
  reply_reason text not null default '',
  encrypted boolean not null default false,
  event_code text,
  event_data text,
  meaning text,
  duplicate_of bigint references dc09_journal(id) on delete set null,
  processed_at timestamptz,
  process_error text
);
create index dc09_journal_dupes on dc09_journal(account, sequence, received_at);
create index dc09_journal_age on dc09_journal(received_at);
create index dc09_journal_unprocessed on dc09_journal(id) where processed_at is null and reply <> 'NAK';

-- Technical alarms: not a person in danger, but a link in the chain that is broken or unknown.
create table technical_alarms (
  id text primary key,
  kind text not null check (kind in ('unregistered_device', 'device_silent', 'unknown_code', 'low_battery',
                                     'power_lost', 'tamper', 'device_fault')),
  device_account text not null,
  resident_id text references residents(id),
  community_id text references communities(id),
  status text not null default 'open' check (status in ('open', 'acknowledged', 'cleared')),
  detail jsonb not null default '{}',
  raised_at timestamptz not null default now(),
  acknowledged_by text references users(id),
  acknowledged_at timestamptz,
  cleared_at timestamptz,
  updated_at timestamptz not null default now()
);
-- One open technical alarm per device and kind: a repeat updates it instead of piling up.
create unique index technical_alarms_open on technical_alarms(device_account, kind) where status <> 'cleared';

-- What staff decided an unclassified device code means, per profile: it wins over the profile's own table, so an
-- unknown_code alarm is classified once and the next such event is handled like any known one.
create table device_code_meanings (
  profile text not null,
  format text not null check (format in ('cid', 'sia')),
  code text not null,
  meaning text not null,
  set_by text references users(id),
  set_at timestamptz not null default now(),
  primary key (profile, format, code)
);
