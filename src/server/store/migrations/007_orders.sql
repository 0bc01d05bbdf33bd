-- 007 orders (ORD-3..5): the lifecycle's evidence and the names shown with it.
-- order_events: the reason code from the fixed lists, the actor's name as it was then, details (distance from the
-- resident, extension hours, recommended vendors), and whether a return was found wrong (ORD-5).
alter table order_events add column reason_code text;
alter table order_events add column user_name text not null default '';
alter table order_events add column detail jsonb not null default '{}';
alter table order_events add column wrong_return boolean not null default false;
create index order_events_returns on order_events(company_id) where kind = 'returned';

-- Who holds the order, by name, for lists on devices that do not hold the users or companies registry.
alter table orders add column assignee_name text not null default '';
alter table orders add column company_name text not null default '';
alter table orders add column extension_hours integer;
alter table orders add column extension_reason text not null default '';

-- Trails written before the kinds were fixed (domain/orders/order-events.ts) used the action's own word.
update order_events set kind = case kind
  when 'create' then 'created' when 'dispatch' then 'dispatched' when 'assign' then 'assigned'
  when 'accept' then 'accepted' when 'return' then 'returned' when 'start_travel' then 'en_route'
  when 'arrive' then 'arrived' when 'complete' then 'completed' when 'close' then 'closed'
  when 'extension_request' then 'extension_requested' else kind end;
