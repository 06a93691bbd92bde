CREATE INDEX "shipments_origin_states_idx" ON "shipments" USING gin ("origin_states");--> statement-breakpoint
CREATE INDEX "shipments_categories_idx" ON "shipments" USING gin ("categories");