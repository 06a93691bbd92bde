-- The shipment timeline is the audit log: corrections are new events, never edits.
CREATE TRIGGER shipment_events_append_only BEFORE UPDATE OR DELETE ON "shipment_events"
  FOR EACH ROW EXECUTE FUNCTION forbid_mutation();
