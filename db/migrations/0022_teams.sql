CREATE TABLE "business_activity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"actor_id" uuid,
	"helper_organisation_id" uuid,
	"action" text NOT NULL,
	"subject" text,
	"summary" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "helper_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"scopes" text[] NOT NULL,
	"status" text NOT NULL,
	"message" text,
	"requested_by" uuid,
	"decided_by" uuid,
	"revoked_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp (3) with time zone,
	"revoked_at" timestamp (3) with time zone,
	CONSTRAINT "helper_grants_status_check" CHECK ("helper_grants"."status" in ('requested', 'active', 'declined', 'revoked')),
	CONSTRAINT "helper_grants_scopes_check" CHECK ("helper_grants"."scopes" <@ array['view', 'prepare', 'listings_shipments']::text[] and 'view' = any("helper_grants"."scopes"))
);
--> statement-breakpoint
CREATE TABLE "helper_organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"states" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "helper_organisations_kind_check" CHECK ("helper_organisations"."kind" in ('cooperative', 'state_agriculture_office', 'regional_trade_group', 'export_agent'))
);
--> statement-breakpoint
CREATE TABLE "helper_staff" (
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"added_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "helper_staff_organisation_id_user_id_pk" PRIMARY KEY("organisation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "team_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid,
	"organisation_id" uuid,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"accepted_at" timestamp (3) with time zone,
	"accepted_by" uuid,
	"revoked_at" timestamp (3) with time zone,
	CONSTRAINT "team_invitations_target_check" CHECK (num_nonnulls("team_invitations"."business_id", "team_invitations"."organisation_id") = 1),
	CONSTRAINT "team_invitations_role_check" CHECK (("team_invitations"."business_id" is not null and "team_invitations"."role" in ('editor', 'viewer')) or ("team_invitations"."organisation_id" is not null and "team_invitations"."role" = 'helper_staff')),
	CONSTRAINT "team_invitations_email_lower_check" CHECK ("team_invitations"."email" = lower("team_invitations"."email"))
);
--> statement-breakpoint
ALTER TABLE "business_members" DROP CONSTRAINT "business_members_role_check";--> statement-breakpoint
DROP INDEX "business_members_user_key";--> statement-breakpoint
ALTER TABLE "application_events" ADD COLUMN "helper_organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "listing_events" ADD COLUMN "helper_organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "shipment_events" ADD COLUMN "helper_organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "business_activity" ADD CONSTRAINT "business_activity_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_activity" ADD CONSTRAINT "business_activity_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_activity" ADD CONSTRAINT "business_activity_helper_organisation_id_helper_organisations_id_fk" FOREIGN KEY ("helper_organisation_id") REFERENCES "public"."helper_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helper_grants" ADD CONSTRAINT "helper_grants_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helper_grants" ADD CONSTRAINT "helper_grants_organisation_id_helper_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."helper_organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helper_grants" ADD CONSTRAINT "helper_grants_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helper_grants" ADD CONSTRAINT "helper_grants_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helper_grants" ADD CONSTRAINT "helper_grants_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helper_organisations" ADD CONSTRAINT "helper_organisations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helper_staff" ADD CONSTRAINT "helper_staff_organisation_id_helper_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."helper_organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helper_staff" ADD CONSTRAINT "helper_staff_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helper_staff" ADD CONSTRAINT "helper_staff_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_invitations" ADD CONSTRAINT "team_invitations_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_invitations" ADD CONSTRAINT "team_invitations_organisation_id_helper_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."helper_organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_invitations" ADD CONSTRAINT "team_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_invitations" ADD CONSTRAINT "team_invitations_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "business_activity_business_idx" ON "business_activity" USING btree ("business_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "business_activity_helpers_idx" ON "business_activity" USING btree ("business_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "business_activity"."helper_organisation_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "helper_grants_live_key" ON "helper_grants" USING btree ("business_id","organisation_id") WHERE "helper_grants"."status" in ('requested', 'active');--> statement-breakpoint
CREATE INDEX "helper_grants_organisation_idx" ON "helper_grants" USING btree ("organisation_id","business_id") WHERE "helper_grants"."status" = 'active';--> statement-breakpoint
CREATE INDEX "helper_grants_business_idx" ON "helper_grants" USING btree ("business_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "helper_organisations_name_key" ON "helper_organisations" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "helper_staff_user_key" ON "helper_staff" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "team_invitations_token_key" ON "team_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "team_invitations_business_pending_key" ON "team_invitations" USING btree ("business_id","email") WHERE "team_invitations"."accepted_at" is null and "team_invitations"."revoked_at" is null and "team_invitations"."business_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "team_invitations_organisation_pending_key" ON "team_invitations" USING btree ("organisation_id","email") WHERE "team_invitations"."accepted_at" is null and "team_invitations"."revoked_at" is null and "team_invitations"."organisation_id" is not null;--> statement-breakpoint
-- NOT VALID: every existing event has no helper, and checking millions of NULLs proves nothing.
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_helper_organisation_id_helper_organisations_id_fk" FOREIGN KEY ("helper_organisation_id") REFERENCES "public"."helper_organisations"("id") ON DELETE no action ON UPDATE no action NOT VALID;--> statement-breakpoint
ALTER TABLE "listing_events" ADD CONSTRAINT "listing_events_helper_organisation_id_helper_organisations_id_fk" FOREIGN KEY ("helper_organisation_id") REFERENCES "public"."helper_organisations"("id") ON DELETE no action ON UPDATE no action NOT VALID;--> statement-breakpoint
ALTER TABLE "shipment_events" ADD CONSTRAINT "shipment_events_helper_organisation_id_helper_organisations_id_fk" FOREIGN KEY ("helper_organisation_id") REFERENCES "public"."helper_organisations"("id") ON DELETE no action ON UPDATE no action NOT VALID;--> statement-breakpoint
CREATE INDEX "business_members_user_idx" ON "business_members" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "business_members_one_owner" ON "business_members" USING btree ("business_id") WHERE "business_members"."role" = 'owner';--> statement-breakpoint
-- "member" (never written by the app) becomes the closest new role.
UPDATE "business_members" SET "role" = 'editor' WHERE "role" NOT IN ('owner', 'editor', 'viewer');--> statement-breakpoint
ALTER TABLE "business_members" ADD CONSTRAINT "business_members_role_check" CHECK ("business_members"."role" in ('owner', 'editor', 'viewer'));