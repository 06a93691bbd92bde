-- pg_trgm is a trusted extension (PostgreSQL 13+); PGlite loads it from @electric-sql/pglite/contrib (db/driver.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "listings_store_search_idx" ON "listings" USING gin ("pub_search" gin_trgm_ops) WHERE "listings"."live";
