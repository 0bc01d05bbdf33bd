-- 005: a baseline change-log entry, so the log is never empty and a finished first sync always holds a cursor
-- above 0 (cursor 0 means "I have nothing"). Pull skips entries whose table is not a sync table.
insert into change_log (tbl, row_id, op, public) values ('_baseline', '', 'put', false);
