-- Every rules version is kept as it was: answers can be traced to the rule set they came from.
CREATE TRIGGER rule_versions_append_only BEFORE UPDATE OR DELETE ON "rule_versions"
  FOR EACH ROW EXECUTE FUNCTION forbid_mutation();
