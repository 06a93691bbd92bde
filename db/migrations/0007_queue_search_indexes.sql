DROP INDEX "applications_status_search_name_idx";--> statement-breakpoint
DROP INDEX "applications_status_ein_idx";--> statement-breakpoint
DROP INDEX "applications_status_owner_email_idx";--> statement-breakpoint
DROP INDEX "applications_status_city_idx";--> statement-breakpoint
CREATE INDEX "applications_search_name_idx" ON "applications" USING btree ("search_name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "applications_ein_idx" ON "applications" USING btree ("ein");--> statement-breakpoint
CREATE INDEX "applications_owner_email_idx" ON "applications" USING btree ("owner_email" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "applications_city_idx" ON "applications" USING btree (lower("city") text_pattern_ops);