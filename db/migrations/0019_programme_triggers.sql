-- The programme view's rollups (docs/programme-rollups.md). Hand-written: drizzle-kit does not manage
-- functions or triggers. Each table that holds a programme fact has a pure "cells" function (row → the
-- figures it contributes) and a trigger that appends cells(NEW) − cells(OLD) to programme_deltas in the
-- writer's transaction. Appends take no lock that another writer waits for, so two transactions can
-- never deadlock on a shared total; programme_fold() moves the deltas into programme_cells.

-- Sorted, distinct, without nulls: the same set always makes the same delta.
CREATE OR REPLACE FUNCTION programme_set(v text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT x ORDER BY x), '{}'::text[]) FROM unnest(v) AS x WHERE x IS NOT NULL
$$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION programme_day(t timestamptz) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (t AT TIME ZONE 'UTC')::date $$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION programme_week(t timestamptz) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT date_trunc('week', t AT TIME ZONE 'UTC')::date $$;--> statement-breakpoint

-- Duration histogram buckets, by lower bound in hours: hours up to a day, then days up to 30, weeks up to
-- 13, then 120/150/180/270/365 days. lib/domain/programme.ts DURATION_BUCKETS_HOURS is the same list.
CREATE OR REPLACE FUNCTION programme_bucket(d interval) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (b)[greatest(width_bucket((extract(epoch FROM d) / 3600)::float8, b), 1)]::text
  FROM (SELECT '{0,1,2,4,8,12,24,48,72,96,120,144,168,192,216,240,264,288,312,336,360,384,408,432,456,480,504,528,552,576,600,624,648,672,696,720,840,1008,1176,1344,1512,1680,1848,2016,2184,2880,3600,4320,6480,8760}'::float8[] AS b) AS x
  WHERE d IS NOT NULL
$$;--> statement-breakpoint

-- The cohort of a business: the UTC day its owner's account was created (the funnel's first step).
CREATE OR REPLACE FUNCTION programme_cohort(business uuid, fallback timestamptz) RETURNS date
LANGUAGE sql STABLE AS $$
  SELECT programme_day(coalesce((
    SELECT u.created_at FROM business_members m JOIN users u ON u.id = m.user_id
    WHERE m.business_id = business AND m.role = 'owner'
    ORDER BY m.created_at, m.user_id LIMIT 1), fallback))
$$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION programme_user_cells(u users)
RETURNS TABLE (metric text, day date, states text[], categories text[], channels text[], k text, n integer, amount bigint)
LANGUAGE sql STABLE AS $$
  SELECT 'account', programme_day(u.created_at), '{}'::text[], '{}'::text[], '{}'::text[], '', 1, 0::bigint
  WHERE u.id IS NOT NULL AND u.role = 'business'
$$;--> statement-breakpoint

-- An application's figures, given its business's programme row `h` (null fields when it has none) and
-- its cohort day. Funnel steps (f_*) are keyed by the cohort; the rest by the day they happened;
-- '-infinity' marks a current total. "Who holds it" (open_by) is broken down by state only.
CREATE OR REPLACE FUNCTION programme_app_cells(a applications, h programme_businesses, cohort date)
RETURNS TABLE (metric text, day date, states text[], categories text[], channels text[], k text, n integer, amount bigint)
LANGUAGE sql STABLE AS $$
  SELECT v.metric, v.day, d.st,
         CASE WHEN v.all_dims THEN d.ca ELSE '{}'::text[] END,
         CASE WHEN v.all_dims THEN d.ch ELSE '{}'::text[] END,
         v.k, 1, 0::bigint
  FROM (
    SELECT CASE WHEN a.state IS NULL THEN '{}'::text[] ELSE ARRAY[a.state] END AS st,
           programme_set(a.categories) AS ca, programme_set(a.channels) AS ch,
           coalesce(a.decided_at, a.submitted_at, a.created_at) AS decided,
           a.status IN ('approved', 'suspended') AS was_approved,
           a.status IN ('submitted', 'in_review') AND a.submitted_at IS NOT NULL AS waiting
    WHERE a.id IS NOT NULL
  ) AS d,
  LATERAL (VALUES
    ('f_started', cohort, '', true, true),
    ('f_submitted', cohort, '', true, a.first_submitted_at IS NOT NULL),
    ('f_approved', cohort, '', true, d.was_approved),
    ('f_listing', cohort, '', true, coalesce(h.published_listings, 0) > 0),
    ('f_delivered', cohort, '', true, coalesce(h.delivered_shipments, 0) > 0),
    ('approvals', programme_day(d.decided), '', true, d.was_approved),
    ('approved_now', '-infinity'::date, '', true, a.status = 'approved'),
    ('live_sellers', '-infinity'::date, '', true, coalesce(h.live_listings, 0) > 0),
    ('decision_time', programme_week(d.decided), programme_bucket(d.decided - a.first_submitted_at), true,
      (d.was_approved OR a.status = 'rejected') AND a.first_submitted_at IS NOT NULL),
    ('first_touch', programme_week(h.first_touched_at), programme_bucket(h.first_touched_at - a.first_submitted_at), true,
      h.first_touched_at IS NOT NULL AND a.first_submitted_at IS NOT NULL),
    ('open', programme_day(a.submitted_at), '', true, d.waiting),
    ('open_by', programme_day(a.submitted_at), coalesce(a.assigned_to::text, ''), false, d.waiting)
  ) AS v(metric, day, k, all_dims, on_)
  WHERE v.on_
$$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION programme_listing_cells(l listings)
RETURNS TABLE (metric text, day date, states text[], categories text[], channels text[], k text, n integer, amount bigint)
LANGUAGE sql STABLE AS $$
  SELECT v.metric, v.day,
         CASE WHEN l.pub_origin_state IS NULL THEN '{}'::text[] ELSE ARRAY[l.pub_origin_state] END,
         CASE WHEN l.pub_category IS NULL THEN '{}'::text[] ELSE ARRAY[l.pub_category] END,
         programme_set(ARRAY(SELECT jsonb_array_elements_text(
           CASE WHEN jsonb_typeof(l.published -> 'channels') = 'array' THEN l.published -> 'channels' ELSE '[]'::jsonb END))),
         '', 1, 0::bigint
  FROM (VALUES
    ('listing_new', programme_day(coalesce(l.first_published_at, l.published_at, l.created_at)), l.published IS NOT NULL),
    ('listing_live', '-infinity'::date, l.live)
  ) AS v(metric, day, on_)
  WHERE l.id IS NOT NULL AND v.on_
$$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION programme_shipment_cells(s shipments)
RETURNS TABLE (metric text, day date, states text[], categories text[], channels text[], k text, n integer, amount bigint)
LANGUAGE sql STABLE AS $$
  SELECT 'delivered', programme_day(s.status_entered_at), programme_set(s.origin_states), programme_set(s.categories),
         ARRAY[s.channel], '', 1, s.value_usd_cents
  WHERE s.id IS NOT NULL AND s.status = 'delivered'
$$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION programme_document_cells(d documents)
RETURNS TABLE (metric text, day date, states text[], categories text[], channels text[], k text, n integer, amount bigint)
LANGUAGE sql STABLE AS $$
  SELECT 'doc_rejected', programme_day(coalesce(d.reviewed_at, d.created_at)), '{}'::text[], '{}'::text[], '{}'::text[],
         d.requirement_code, 1, 0::bigint
  WHERE d.id IS NOT NULL AND d.review_reason IS NOT NULL
$$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION programme_refusal_cells(r submit_refusals)
RETURNS TABLE (metric text, day date, states text[], categories text[], channels text[], k text, n integer, amount bigint)
LANGUAGE sql STABLE AS $$
  SELECT 'missing', programme_day(r.created_at), CASE WHEN r.state IS NULL THEN '{}'::text[] ELSE ARRAY[r.state] END,
         programme_set(r.categories), programme_set(r.channels), code, 1, 0::bigint
  FROM unnest(programme_set(r.missing)) AS code
  WHERE r.id IS NOT NULL
$$;--> statement-breakpoint

-- Staff actions on an application (the applicant's own are started, submit, document_uploaded).
CREATE OR REPLACE FUNCTION programme_is_staff_action(action text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT action IN ('startReview', 'requestChanges', 'approve', 'reject', 'suspend', 'reinstate', 'assigned',
                    'unassigned', 'note', 'message', 'document_accepted', 'document_rejected')
$$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION programme_event_cells(e application_events)
RETURNS TABLE (metric text, day date, states text[], categories text[], channels text[], k text, n integer, amount bigint)
LANGUAGE sql STABLE AS $$
  SELECT 'decisions', programme_day(e.created_at), '{}'::text[], '{}'::text[], '{}'::text[], e.actor_id::text, 1, 0::bigint
  WHERE e.id IS NOT NULL AND e.actor_id IS NOT NULL AND e.action IN ('approve', 'reject', 'requestChanges')
$$;--> statement-breakpoint

-- Each trigger appends cells(NEW) − cells(OLD), netted: a change that moves no figure appends nothing.
-- OLD is null on INSERT and NEW on DELETE; the cells functions return nothing for a null row.
CREATE OR REPLACE FUNCTION programme_users_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO programme_deltas (metric, day, states, categories, channels, k, n, amount)
  SELECT x.metric, x.day, x.states, x.categories, x.channels, x.k, sum(x.n), sum(x.amount)
  FROM (SELECT c.metric, c.day, c.states, c.categories, c.channels, c.k, -c.n AS n, -c.amount AS amount FROM programme_user_cells(OLD) c
        UNION ALL SELECT * FROM programme_user_cells(NEW)) AS x
  GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(x.n) <> 0 OR sum(x.amount) <> 0;
  RETURN NULL;
END $$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION programme_applications_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  h programme_businesses;
  cohort_old date;
  cohort_new date;
  touched timestamptz;
BEGIN
  SELECT * INTO h FROM programme_businesses WHERE business_id = coalesce(NEW.business_id, OLD.business_id);
  IF TG_OP <> 'INSERT' THEN cohort_old := programme_cohort(OLD.business_id, OLD.created_at); END IF;
  IF TG_OP = 'UPDATE' AND NEW.business_id = OLD.business_id AND NEW.created_at = OLD.created_at THEN
    cohort_new := cohort_old;
  ELSIF TG_OP <> 'DELETE' THEN
    cohort_new := programme_cohort(NEW.business_id, NEW.created_at);
  END IF;
  INSERT INTO programme_deltas (metric, day, states, categories, channels, k, n, amount)
  SELECT x.metric, x.day, x.states, x.categories, x.channels, x.k, sum(x.n), sum(x.amount)
  FROM (SELECT c.metric, c.day, c.states, c.categories, c.channels, c.k, -c.n AS n, -c.amount AS amount FROM programme_app_cells(OLD, h, cohort_old) c
        UNION ALL SELECT * FROM programme_app_cells(NEW, h, cohort_new)) AS x
  GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(x.n) <> 0 OR sum(x.amount) <> 0;
  -- The first submission moved (in the app: it is set once): the first touch is the first staff action
  -- after it. Updating the business's row re-emits the figures that depend on it (its own trigger).
  IF TG_OP <> 'DELETE' AND NEW.first_submitted_at IS DISTINCT FROM OLD.first_submitted_at THEN
    SELECT min(e.created_at) INTO touched FROM application_events e
    WHERE e.application_id = NEW.id AND programme_is_staff_action(e.action) AND e.created_at >= NEW.first_submitted_at;
    IF touched IS DISTINCT FROM h.first_touched_at THEN
      INSERT INTO programme_businesses AS p (business_id, first_touched_at) VALUES (NEW.business_id, touched)
      ON CONFLICT (business_id) DO UPDATE SET first_touched_at = excluded.first_touched_at;
    END IF;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint

-- A business's programme row changed (listing counts, deliveries, first touch): its application's
-- figures that depend on it move.
CREATE OR REPLACE FUNCTION programme_businesses_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  a applications;
  cohort date;
BEGIN
  SELECT * INTO a FROM applications WHERE business_id = coalesce(NEW.business_id, OLD.business_id);
  IF NOT FOUND THEN RETURN NULL; END IF;
  cohort := programme_cohort(a.business_id, a.created_at);
  INSERT INTO programme_deltas (metric, day, states, categories, channels, k, n, amount)
  SELECT x.metric, x.day, x.states, x.categories, x.channels, x.k, sum(x.n), sum(x.amount)
  FROM (SELECT c.metric, c.day, c.states, c.categories, c.channels, c.k, -c.n AS n, -c.amount AS amount FROM programme_app_cells(a, OLD, cohort) c
        UNION ALL SELECT * FROM programme_app_cells(a, NEW, cohort)) AS x
  GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(x.n) <> 0 OR sum(x.amount) <> 0;
  RETURN NULL;
END $$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION programme_listings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d_published integer := (NEW.published IS NOT NULL)::int - (OLD.published IS NOT NULL)::int;
  d_live integer := coalesce(NEW.live, false)::int - coalesce(OLD.live, false)::int;
BEGIN
  INSERT INTO programme_deltas (metric, day, states, categories, channels, k, n, amount)
  SELECT x.metric, x.day, x.states, x.categories, x.channels, x.k, sum(x.n), sum(x.amount)
  FROM (SELECT c.metric, c.day, c.states, c.categories, c.channels, c.k, -c.n AS n, -c.amount AS amount FROM programme_listing_cells(OLD) c
        UNION ALL SELECT * FROM programme_listing_cells(NEW)) AS x
  GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(x.n) <> 0 OR sum(x.amount) <> 0;
  IF d_published <> 0 OR d_live <> 0 THEN
    INSERT INTO programme_businesses AS p (business_id, published_listings, live_listings)
    VALUES (coalesce(NEW.business_id, OLD.business_id), d_published, d_live)
    ON CONFLICT (business_id) DO UPDATE
      SET published_listings = p.published_listings + excluded.published_listings,
          live_listings = p.live_listings + excluded.live_listings;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION programme_shipments_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d_delivered integer := coalesce(NEW.status = 'delivered', false)::int - coalesce(OLD.status = 'delivered', false)::int;
BEGIN
  INSERT INTO programme_deltas (metric, day, states, categories, channels, k, n, amount)
  SELECT x.metric, x.day, x.states, x.categories, x.channels, x.k, sum(x.n), sum(x.amount)
  FROM (SELECT c.metric, c.day, c.states, c.categories, c.channels, c.k, -c.n AS n, -c.amount AS amount FROM programme_shipment_cells(OLD) c
        UNION ALL SELECT * FROM programme_shipment_cells(NEW)) AS x
  GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(x.n) <> 0 OR sum(x.amount) <> 0;
  IF d_delivered <> 0 THEN
    INSERT INTO programme_businesses AS p (business_id, delivered_shipments)
    VALUES (coalesce(NEW.business_id, OLD.business_id), d_delivered)
    ON CONFLICT (business_id) DO UPDATE SET delivered_shipments = p.delivered_shipments + excluded.delivered_shipments;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION programme_documents_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO programme_deltas (metric, day, states, categories, channels, k, n, amount)
  SELECT x.metric, x.day, x.states, x.categories, x.channels, x.k, sum(x.n), sum(x.amount)
  FROM (SELECT c.metric, c.day, c.states, c.categories, c.channels, c.k, -c.n AS n, -c.amount AS amount FROM programme_document_cells(OLD) c
        UNION ALL SELECT * FROM programme_document_cells(NEW)) AS x
  GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(x.n) <> 0 OR sum(x.amount) <> 0;
  RETURN NULL;
END $$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION programme_refusals_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO programme_deltas (metric, day, states, categories, channels, k, n, amount)
  SELECT x.metric, x.day, x.states, x.categories, x.channels, x.k, sum(x.n), sum(x.amount)
  FROM (SELECT c.metric, c.day, c.states, c.categories, c.channels, c.k, -c.n AS n, -c.amount AS amount FROM programme_refusal_cells(OLD) c
        UNION ALL SELECT * FROM programme_refusal_cells(NEW)) AS x
  GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(x.n) <> 0 OR sum(x.amount) <> 0;
  RETURN NULL;
END $$;--> statement-breakpoint

-- Events are append-only. A staff action after the first submission is the application's first touch if
-- nothing earlier was (the row lock on programme_businesses makes "first" exact under concurrency).
CREATE OR REPLACE FUNCTION programme_events_added() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  first_submitted timestamptz;
BEGIN
  INSERT INTO programme_deltas (metric, day, states, categories, channels, k, n, amount)
  SELECT * FROM programme_event_cells(NEW);
  IF programme_is_staff_action(NEW.action) THEN
    SELECT first_submitted_at INTO first_submitted FROM applications WHERE id = NEW.application_id;
    IF first_submitted IS NOT NULL AND NEW.created_at >= first_submitted THEN
      INSERT INTO programme_businesses AS p (business_id, first_touched_at) VALUES (NEW.business_id, NEW.created_at)
      ON CONFLICT (business_id) DO UPDATE SET first_touched_at = excluded.first_touched_at
        WHERE p.first_touched_at IS NULL OR p.first_touched_at > excluded.first_touched_at;
    END IF;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint

CREATE TRIGGER users_programme AFTER INSERT OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION programme_users_changed();--> statement-breakpoint
CREATE TRIGGER users_programme_update AFTER UPDATE ON users FOR EACH ROW
  WHEN (OLD.role IS DISTINCT FROM NEW.role OR OLD.created_at IS DISTINCT FROM NEW.created_at)
  EXECUTE FUNCTION programme_users_changed();--> statement-breakpoint

CREATE TRIGGER applications_programme AFTER INSERT OR DELETE ON applications
  FOR EACH ROW EXECUTE FUNCTION programme_applications_changed();--> statement-breakpoint
CREATE TRIGGER applications_programme_update AFTER UPDATE ON applications FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.state IS DISTINCT FROM NEW.state
     OR OLD.categories IS DISTINCT FROM NEW.categories OR OLD.channels IS DISTINCT FROM NEW.channels
     OR OLD.submitted_at IS DISTINCT FROM NEW.submitted_at OR OLD.first_submitted_at IS DISTINCT FROM NEW.first_submitted_at
     OR OLD.decided_at IS DISTINCT FROM NEW.decided_at OR OLD.assigned_to IS DISTINCT FROM NEW.assigned_to
     OR OLD.business_id IS DISTINCT FROM NEW.business_id OR OLD.created_at IS DISTINCT FROM NEW.created_at)
  EXECUTE FUNCTION programme_applications_changed();--> statement-breakpoint

CREATE TRIGGER programme_businesses_programme AFTER INSERT OR DELETE ON programme_businesses
  FOR EACH ROW EXECUTE FUNCTION programme_businesses_changed();--> statement-breakpoint
CREATE TRIGGER programme_businesses_programme_update AFTER UPDATE ON programme_businesses FOR EACH ROW
  WHEN (OLD.* IS DISTINCT FROM NEW.*)
  EXECUTE FUNCTION programme_businesses_changed();--> statement-breakpoint

CREATE TRIGGER listings_programme AFTER INSERT OR DELETE ON listings
  FOR EACH ROW EXECUTE FUNCTION programme_listings_changed();--> statement-breakpoint
CREATE TRIGGER listings_programme_update AFTER UPDATE ON listings FOR EACH ROW
  WHEN (OLD.published IS DISTINCT FROM NEW.published OR OLD.live IS DISTINCT FROM NEW.live
     OR OLD.first_published_at IS DISTINCT FROM NEW.first_published_at OR OLD.published_at IS DISTINCT FROM NEW.published_at
     OR OLD.pub_category IS DISTINCT FROM NEW.pub_category OR OLD.pub_origin_state IS DISTINCT FROM NEW.pub_origin_state
     OR OLD.business_id IS DISTINCT FROM NEW.business_id OR OLD.created_at IS DISTINCT FROM NEW.created_at)
  EXECUTE FUNCTION programme_listings_changed();--> statement-breakpoint

CREATE TRIGGER shipments_programme AFTER INSERT OR DELETE ON shipments
  FOR EACH ROW EXECUTE FUNCTION programme_shipments_changed();--> statement-breakpoint
CREATE TRIGGER shipments_programme_update AFTER UPDATE ON shipments FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.status_entered_at IS DISTINCT FROM NEW.status_entered_at
     OR OLD.value_usd_cents IS DISTINCT FROM NEW.value_usd_cents OR OLD.origin_states IS DISTINCT FROM NEW.origin_states
     OR OLD.categories IS DISTINCT FROM NEW.categories OR OLD.channel IS DISTINCT FROM NEW.channel
     OR OLD.business_id IS DISTINCT FROM NEW.business_id)
  EXECUTE FUNCTION programme_shipments_changed();--> statement-breakpoint

CREATE TRIGGER documents_programme AFTER INSERT OR DELETE ON documents
  FOR EACH ROW EXECUTE FUNCTION programme_documents_changed();--> statement-breakpoint
CREATE TRIGGER documents_programme_update AFTER UPDATE ON documents FOR EACH ROW
  WHEN (OLD.review_reason IS DISTINCT FROM NEW.review_reason OR OLD.reviewed_at IS DISTINCT FROM NEW.reviewed_at
     OR OLD.requirement_code IS DISTINCT FROM NEW.requirement_code OR OLD.created_at IS DISTINCT FROM NEW.created_at)
  EXECUTE FUNCTION programme_documents_changed();--> statement-breakpoint

CREATE TRIGGER submit_refusals_programme AFTER INSERT OR UPDATE OR DELETE ON submit_refusals
  FOR EACH ROW EXECUTE FUNCTION programme_refusals_changed();--> statement-breakpoint

CREATE TRIGGER application_events_programme AFTER INSERT ON application_events
  FOR EACH ROW EXECUTE FUNCTION programme_events_added();--> statement-breakpoint

-- Moves every committed delta into the cells, in one transaction (a reader sees the deltas or their
-- sum in the cells, never both or neither). One fold at a time; a second caller returns at once.
-- Cells that reach zero stay (they add nothing to any sum).
CREATE OR REPLACE FUNCTION programme_fold() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  moved integer;
BEGIN
  IF NOT pg_try_advisory_xact_lock(7274164) THEN RETURN 0; END IF;
  WITH gone AS (DELETE FROM programme_deltas RETURNING *),
  cells AS (
    SELECT g.metric, c AS category, h AS channel, s AS state, g.day, g.k, sum(g.n) AS n, sum(g.amount) AS amount
    FROM gone g, unnest('{*}'::text[] || g.states) AS s, unnest('{*}'::text[] || g.categories) AS c,
         unnest('{*}'::text[] || g.channels) AS h
    GROUP BY 1, 2, 3, 4, 5, 6
  )
  INSERT INTO programme_cells AS p (metric, category, channel, state, day, k, n, amount)
  SELECT * FROM cells WHERE n <> 0 OR amount <> 0
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (metric, category, channel, state, day, k)
  DO UPDATE SET n = p.n + excluded.n, amount = p.amount + excluded.amount;
  GET DIAGNOSTICS moved = ROW_COUNT;
  RETURN moved;
END $$;
