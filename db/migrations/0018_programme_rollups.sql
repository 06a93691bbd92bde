CREATE TABLE "programme_businesses" (
	"business_id" uuid PRIMARY KEY NOT NULL,
	"first_touched_at" timestamp (3) with time zone,
	"published_listings" integer DEFAULT 0 NOT NULL,
	"live_listings" integer DEFAULT 0 NOT NULL,
	"delivered_shipments" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_cells" (
	"metric" text NOT NULL,
	"category" text NOT NULL,
	"channel" text NOT NULL,
	"state" text NOT NULL,
	"day" date NOT NULL,
	"k" text DEFAULT '' NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	"amount" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "programme_cells_metric_category_channel_state_day_k_pk" PRIMARY KEY("metric","category","channel","state","day","k")
);
--> statement-breakpoint
CREATE TABLE "programme_deltas" (
	"metric" text NOT NULL,
	"day" date NOT NULL,
	"states" text[] NOT NULL,
	"categories" text[] NOT NULL,
	"channels" text[] NOT NULL,
	"k" text DEFAULT '' NOT NULL,
	"n" integer NOT NULL,
	"amount" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submit_refusals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"state" text,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"channels" text[] DEFAULT '{}'::text[] NOT NULL,
	"missing" text[] NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "first_published_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "submit_refusals" ADD CONSTRAINT "submit_refusals_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submit_refusals" ADD CONSTRAINT "submit_refusals_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "submit_refusals_application_idx" ON "submit_refusals" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE INDEX "documents_rejections_idx" ON "documents" USING btree ("requirement_code","reviewed_at" DESC NULLS LAST) WHERE "documents"."review_reason" is not null;