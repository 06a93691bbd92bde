DROP INDEX "applications_categories_idx";--> statement-breakpoint
DROP INDEX "applications_channels_idx";--> statement-breakpoint
DROP INDEX "applications_search_name_idx";--> statement-breakpoint
DROP INDEX "applications_ein_idx";--> statement-breakpoint
DROP INDEX "applications_owner_email_idx";--> statement-breakpoint
DROP INDEX "applications_city_idx";--> statement-breakpoint
CREATE INDEX "applications_status_search_name_idx" ON "applications" USING btree ("status","search_name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "applications_status_ein_idx" ON "applications" USING btree ("status","ein");--> statement-breakpoint
CREATE INDEX "applications_status_owner_email_idx" ON "applications" USING btree ("status","owner_email" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "applications_status_city_idx" ON "applications" USING btree ("status",lower("city") text_pattern_ops);