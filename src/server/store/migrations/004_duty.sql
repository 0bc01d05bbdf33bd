-- 004 duty (FLD-3): on-duty state and last shared position belong to the account, because liaisons respond to
-- alarms too and have no volunteer record; a linked volunteer row mirrors it for the registry map (REG-2).
alter table users add column on_duty boolean not null default false;
alter table users add column duty_lat double precision;
alter table users add column duty_lng double precision;
alter table users add column duty_accuracy_m double precision;
alter table users add column duty_at timestamptz;
