-- 006 web push (ALM-3): one row per browser subscription of a responder. A generated VAPID key pair is kept in
-- `settings` (001), so every instance and every restart signs with the keys the browsers subscribed to.
create table push_subscriptions (
  endpoint text primary key,
  user_id text not null references users(id) on delete cascade,
  p256dh text not null,
  auth text not null,
  created_at timestamptz default now()
);
create index push_subscriptions_user on push_subscriptions (user_id);
