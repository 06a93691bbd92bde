-- 1- and 2-character substrings holding a non-ASCII character (db/schema/listings.ts "pub_grams"; the
-- storefront search looks a Chinese term of one or two characters up here, db/queries/store.ts).
-- Hand-written: drizzle-kit does not manage functions. IMMUTABLE: it reads only its argument.
CREATE OR REPLACE FUNCTION short_grams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}'::text[])
  FROM generate_series(1, coalesce(char_length(t), 0)) AS i
  CROSS JOIN LATERAL (VALUES (substr(t, i, 1)), (substr(t, i, 2))) AS v(g)
  WHERE octet_length(g) > char_length(g)
$$;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "pub_grams" text[] GENERATED ALWAYS AS (short_grams(pub_search)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "listings_store_grams_idx" ON "listings" USING gin ("pub_grams") WHERE "listings"."live";