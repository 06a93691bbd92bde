DROP INDEX "shipments_search_idx";--> statement-breakpoint
DROP INDEX "shipments_buyer_idx";--> statement-breakpoint
CREATE INDEX "shipments_search_idx" ON "shipments" USING btree ("search_text" text_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "shipments_buyer_idx" ON "shipments" USING btree (lower("buyer_name") text_pattern_ops,"search_text" text_pattern_ops desc,"id" desc);