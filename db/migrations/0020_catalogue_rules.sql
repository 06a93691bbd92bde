CREATE TABLE "rule_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"change" jsonb NOT NULL,
	"provenance" jsonb NOT NULL,
	"summary" text NOT NULL,
	"effective_from" text NOT NULL,
	"rationale" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp (3) with time zone,
	"decision_note" text,
	"base_version" integer NOT NULL,
	"applied_version" integer,
	CONSTRAINT "rule_changes_status_check" CHECK ("rule_changes"."status" in ('proposed', 'approved', 'rejected', 'withdrawn')),
	CONSTRAINT "rule_changes_decider_check" CHECK ("rule_changes"."decided_by" is null or "rule_changes"."decided_by" <> "rule_changes"."proposed_by")
);
--> statement-breakpoint
CREATE TABLE "rule_versions" (
	"version" integer PRIMARY KEY NOT NULL,
	"seed_version" text NOT NULL,
	"change_id" uuid,
	"snapshot" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "rules_editor" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "childrens_wear" boolean;--> statement-breakpoint
ALTER TABLE "shipment_lines" ADD COLUMN "childrens_wear" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "rule_changes" ADD CONSTRAINT "rule_changes_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_changes" ADD CONSTRAINT "rule_changes_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rule_changes_queue_idx" ON "rule_changes" USING btree ("status","proposed_at","id");--> statement-breakpoint
CREATE INDEX "rule_changes_decided_idx" ON "rule_changes" USING btree ("decided_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "rule_changes"."decided_at" is not null;