CREATE TABLE "rule_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"asked_by" uuid NOT NULL,
	"business_id" uuid,
	"hs6" text NOT NULL,
	"product" text NOT NULL,
	"origin_state" text NOT NULL,
	"channel" text,
	"details" text,
	"status" text DEFAULT 'open' NOT NULL,
	"asked_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp (3) with time zone,
	CONSTRAINT "rule_questions_status_check" CHECK ("rule_questions"."status" in ('open', 'answered')),
	CONSTRAINT "rule_questions_hs6_check" CHECK ("rule_questions"."hs6" ~ '^[0-9]{6}$'),
	CONSTRAINT "rule_questions_answer_check" CHECK (("rule_questions"."status" = 'open') = ("rule_questions"."answer" is null and "rule_questions"."answered_by" is null and "rule_questions"."answered_at" is null))
);
--> statement-breakpoint
ALTER TABLE "rule_questions" ADD CONSTRAINT "rule_questions_asked_by_users_id_fk" FOREIGN KEY ("asked_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_questions" ADD CONSTRAINT "rule_questions_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_questions" ADD CONSTRAINT "rule_questions_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rule_questions_queue_idx" ON "rule_questions" USING btree ("status","asked_at","id");--> statement-breakpoint
CREATE INDEX "rule_questions_asker_idx" ON "rule_questions" USING btree ("asked_by","asked_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "rule_questions_open_once_idx" ON "rule_questions" USING btree ("asked_by","hs6","origin_state",coalesce("channel", '')) WHERE "rule_questions"."status" = 'open';