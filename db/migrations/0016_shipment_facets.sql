-- The admin filters' values and every pair of them as tokens (db/schema/shipments.ts "facets";
-- lib/domain/shipment-facets.ts builds the same tokens for a filter). Hand-written: drizzle-kit does not
-- manage functions. IMMUTABLE: it reads only its arguments, so a stored generated column may use it.
CREATE OR REPLACE FUNCTION shipment_facets(channel text, states text[], cats text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array['f:' || channel]
    || array(SELECT 's:' || s FROM unnest(states) AS s)
    || array(SELECT 'c:' || c FROM unnest(cats) AS c)
    || array(SELECT 'f:' || channel || '/s:' || s FROM unnest(states) AS s)
    || array(SELECT 'f:' || channel || '/c:' || c FROM unnest(cats) AS c)
    || array(SELECT 's:' || s || '/c:' || c FROM unnest(states) AS s, unnest(cats) AS c)
$$;--> statement-breakpoint
DROP INDEX "shipments_origin_states_idx";--> statement-breakpoint
DROP INDEX "shipments_categories_idx";--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "facets" text[] GENERATED ALWAYS AS (shipment_facets(channel, origin_states, categories)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "shipments_facets_idx" ON "shipments" USING gin ("facets");