CREATE TABLE "application_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"reason" text,
	"internal_note" text,
	"message" text,
	"subject" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"channels" text[] DEFAULT '{}'::text[] NOT NULL,
	"steps_done" integer[] DEFAULT '{}'::int[] NOT NULL,
	"submitted_at" timestamp (3) with time zone,
	"first_submitted_at" timestamp (3) with time zone,
	"decided_at" timestamp (3) with time zone,
	"assigned_to" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"search_name" text DEFAULT '' NOT NULL,
	"ein" text,
	"owner_email" text NOT NULL,
	"city" text,
	"state" text,
	"midwest" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applications_status_check" CHECK ("applications"."status" in ('draft', 'submitted', 'in_review', 'changes_requested', 'approved', 'rejected', 'suspended'))
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"application_id" uuid,
	"requirement_code" text NOT NULL,
	"original_name" text NOT NULL,
	"stored_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"status" text DEFAULT 'pending_review' NOT NULL,
	"review_reason" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp (3) with time zone,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_status_check" CHECK ("documents"."status" in ('pending_review', 'accepted', 'rejected', 'superseded')),
	CONSTRAINT "documents_mime_check" CHECK ("documents"."mime_type" in ('application/pdf', 'image/png', 'image/jpeg', 'image/webp'))
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"code" text NOT NULL,
	"number" text NOT NULL,
	"issuer" text NOT NULL,
	"expires_on" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_assigned_to_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_events_timeline_idx" ON "application_events" USING btree ("application_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_business_key" ON "applications" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "applications_queue_idx" ON "applications" USING btree ("status","submitted_at","id");--> statement-breakpoint
CREATE INDEX "applications_state_queue_idx" ON "applications" USING btree ("state","status","submitted_at","id");--> statement-breakpoint
CREATE INDEX "applications_open_queue_idx" ON "applications" USING btree ("submitted_at","id") WHERE "applications"."status" in ('submitted', 'in_review');--> statement-breakpoint
CREATE INDEX "applications_open_state_idx" ON "applications" USING btree ("state","submitted_at","id") WHERE "applications"."status" in ('submitted', 'in_review');--> statement-breakpoint
CREATE INDEX "applications_open_assignee_idx" ON "applications" USING btree ("assigned_to","submitted_at","id") WHERE "applications"."status" in ('submitted', 'in_review');--> statement-breakpoint
CREATE INDEX "applications_categories_idx" ON "applications" USING gin ("categories");--> statement-breakpoint
CREATE INDEX "applications_channels_idx" ON "applications" USING gin ("channels");--> statement-breakpoint
CREATE INDEX "applications_search_name_idx" ON "applications" USING btree ("search_name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "applications_ein_idx" ON "applications" USING btree ("ein");--> statement-breakpoint
CREATE INDEX "applications_owner_email_idx" ON "applications" USING btree ("owner_email" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "applications_city_idx" ON "applications" USING btree (lower("city") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "documents_application_idx" ON "documents" USING btree ("application_id","requirement_code","created_at");--> statement-breakpoint
CREATE INDEX "documents_business_idx" ON "documents" USING btree ("business_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_stored_name_key" ON "documents" USING btree ("stored_name");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_business_code_key" ON "registrations" USING btree ("business_id","code");--> statement-breakpoint
CREATE INDEX "registrations_expiry_idx" ON "registrations" USING btree ("expires_on");