-- Listing history is the audit log of listing decisions: rows are only ever added.
CREATE TRIGGER listing_events_append_only BEFORE UPDATE OR DELETE ON "listing_events"
  FOR EACH ROW EXECUTE FUNCTION forbid_mutation();
