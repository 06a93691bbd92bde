CREATE TABLE "expiry_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"days_before" integer NOT NULL,
	"expires_on" date NOT NULL,
	"skipped" boolean DEFAULT false NOT NULL,
	"sent_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipment_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shipment_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"code" text NOT NULL,
	"state" text DEFAULT 'missing' NOT NULL,
	"original_name" text,
	"stored_name" text,
	"mime_type" text,
	"size_bytes" bigint,
	"sha256" text,
	"issue_date" date,
	"expiry_date" date,
	"na_reason" text,
	"updated_by" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shipment_documents_state_check" CHECK ("shipment_documents"."state" in ('missing', 'uploaded', 'not_applicable'))
);
--> statement-breakpoint
CREATE TABLE "shipment_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shipment_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text,
	"reason" text,
	"note" text,
	"visibility" text DEFAULT 'seller' NOT NULL,
	"evidence" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"corrects" uuid,
	"place" text,
	"actor_id" uuid,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shipment_events_kind_check" CHECK ("shipment_events"."kind" in ('milestone', 'exception', 'release', 'correction', 'note')),
	CONSTRAINT "shipment_events_visibility_check" CHECK ("shipment_events"."visibility" in ('seller', 'internal'))
);
--> statement-breakpoint
CREATE TABLE "shipment_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shipment_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"listing_id" uuid NOT NULL,
	"title" text NOT NULL,
	"quantity" integer NOT NULL,
	"value_usd_cents" bigint NOT NULL,
	"hs6" text NOT NULL,
	"origin_state" text NOT NULL,
	"category" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "shipment_lines_quantity_check" CHECK ("shipment_lines"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "shipments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"channel" text NOT NULL,
	"buyer_name" text NOT NULL,
	"buyer_city" text NOT NULL,
	"destination" text NOT NULL,
	"incoterm" text NOT NULL,
	"carrier" text NOT NULL,
	"mode" text NOT NULL,
	"value_usd_cents" bigint NOT NULL,
	"eei_required" boolean NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"status_entered_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"held_from" text,
	"origin_states" text[] DEFAULT '{}'::text[] NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shipments_status_check" CHECK ("shipments"."status" in ('draft', 'documents_in_progress', 'documents_ready', 'eei_filed', 'shipped', 'arrived_cn_port', 'in_bonded_warehouse', 'customs_declared', 'inspection', 'cleared', 'out_for_delivery', 'delivered', 'on_hold', 'rejected_returned', 'destroyed', 'cancelled')),
	CONSTRAINT "shipments_channel_check" CHECK ("shipments"."channel" in ('general_trade', 'cbec_bonded', 'cbec_direct')),
	CONSTRAINT "shipments_mode_check" CHECK ("shipments"."mode" in ('sea', 'air', 'parcel')),
	CONSTRAINT "shipments_value_check" CHECK ("shipments"."value_usd_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "expiry_reminders" ADD CONSTRAINT "expiry_reminders_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_documents" ADD CONSTRAINT "shipment_documents_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_documents" ADD CONSTRAINT "shipment_documents_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_documents" ADD CONSTRAINT "shipment_documents_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_events" ADD CONSTRAINT "shipment_events_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_events" ADD CONSTRAINT "shipment_events_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_events" ADD CONSTRAINT "shipment_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_lines" ADD CONSTRAINT "shipment_lines_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_lines" ADD CONSTRAINT "shipment_lines_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_lines" ADD CONSTRAINT "shipment_lines_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "expiry_reminders_key" ON "expiry_reminders" USING btree ("registration_id","days_before","expires_on");--> statement-breakpoint
CREATE UNIQUE INDEX "shipment_documents_code_key" ON "shipment_documents" USING btree ("shipment_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "shipment_documents_stored_name_key" ON "shipment_documents" USING btree ("stored_name");--> statement-breakpoint
CREATE INDEX "shipment_documents_expiry_idx" ON "shipment_documents" USING btree ("expiry_date");--> statement-breakpoint
CREATE INDEX "shipment_events_timeline_idx" ON "shipment_events" USING btree ("shipment_id","created_at","id");--> statement-breakpoint
CREATE INDEX "shipment_lines_shipment_idx" ON "shipment_lines" USING btree ("shipment_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "shipments_reference_key" ON "shipments" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "shipments_business_idx" ON "shipments" USING btree ("business_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "shipments_admin_idx" ON "shipments" USING btree ("status_entered_at","id");--> statement-breakpoint
CREATE INDEX "shipments_status_idx" ON "shipments" USING btree ("status","status_entered_at","id");--> statement-breakpoint
CREATE INDEX "shipments_channel_idx" ON "shipments" USING btree ("channel","status_entered_at","id");--> statement-breakpoint
CREATE INDEX "shipments_carrier_idx" ON "shipments" USING btree ("carrier","status_entered_at","id");--> statement-breakpoint
CREATE INDEX "shipments_search_idx" ON "shipments" USING btree ("search_text" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "shipments_buyer_idx" ON "shipments" USING btree (lower("buyer_name") text_pattern_ops);