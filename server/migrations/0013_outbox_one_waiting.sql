-- At most one mail waiting per client (issue 17: "nothing is sent twice"). `outbox::enqueue`
-- checked with NOT EXISTS, which two transactions on PostgreSQL can both pass at once; the
-- index makes the second wait for the first and then insert nothing (ON CONFLICT DO NOTHING).
-- Any waiting duplicates made before are dropped first, keeping one per client.
DELETE FROM outbox
WHERE sent_at IS NULL
  AND id NOT IN (SELECT MIN(id) FROM outbox WHERE sent_at IS NULL GROUP BY account_id);
CREATE UNIQUE INDEX outbox_one_waiting ON outbox (account_id) WHERE sent_at IS NULL;
