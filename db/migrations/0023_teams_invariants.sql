-- A business with members always has exactly one owner. The partial unique index business_members_one_owner
-- allows at most one; this check, deferred to commit, refuses a transaction that leaves a business with
-- members but none of them its owner (a transfer demotes one member and promotes another in between).
CREATE OR REPLACE FUNCTION business_keeps_an_owner() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  b uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.business_id ELSE NEW.business_id END;
BEGIN
  IF EXISTS (SELECT 1 FROM business_members WHERE business_id = b)
     AND NOT EXISTS (SELECT 1 FROM business_members WHERE business_id = b AND role = 'owner') THEN
    RAISE EXCEPTION 'business % would have no owner', b USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER business_members_keep_owner AFTER INSERT OR UPDATE OR DELETE ON "business_members"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION business_keeps_an_owner();
--> statement-breakpoint
-- The activity log is history: rows are only ever added.
CREATE TRIGGER business_activity_append_only BEFORE UPDATE OR DELETE ON "business_activity"
  FOR EACH ROW EXECUTE FUNCTION forbid_mutation();
