-- The application timeline is also the audit log: rows are only ever added.
CREATE TRIGGER application_events_append_only BEFORE UPDATE OR DELETE ON "application_events"
  FOR EACH ROW EXECUTE FUNCTION forbid_mutation();
