CREATE TABLE "idempotency_keys" (
	"api_key_id" uuid NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"response_status" integer,
	"response_body" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_api_key_id_key_pk" PRIMARY KEY("api_key_id","key")
);
--> statement-breakpoint
CREATE TABLE "purchase_order_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purchase_order_id" uuid NOT NULL,
	"listing_id" uuid NOT NULL,
	"title" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_usd_cents" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "purchase_order_lines_quantity_check" CHECK ("purchase_order_lines"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "purchase_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"partner_reference" text,
	"status" text DEFAULT 'submitted' NOT NULL,
	"channel" text NOT NULL,
	"mode" text NOT NULL,
	"incoterm" text NOT NULL,
	"requested_date" date NOT NULL,
	"destination_kind" text NOT NULL,
	"destination" text NOT NULL,
	"buyer_city" text NOT NULL,
	"value_usd_cents" bigint NOT NULL,
	"decline_reason" text,
	"shipment_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "purchase_orders_status_check" CHECK ("purchase_orders"."status" in ('submitted', 'accepted', 'declined')),
	CONSTRAINT "purchase_orders_channel_check" CHECK ("purchase_orders"."channel" in ('general_trade', 'cbec_bonded', 'cbec_direct')),
	CONSTRAINT "purchase_orders_mode_check" CHECK ("purchase_orders"."mode" in ('sea', 'air', 'parcel')),
	CONSTRAINT "purchase_orders_destination_check" CHECK ("purchase_orders"."destination_kind" in ('port', 'bonded_warehouse')),
	CONSTRAINT "purchase_orders_decision_check" CHECK (("purchase_orders"."status" = 'submitted') = ("purchase_orders"."decided_at" is null) and ("purchase_orders"."status" <> 'declined' or "purchase_orders"."decline_reason" is not null) and ("purchase_orders"."status" = 'accepted') = ("purchase_orders"."shipment_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "storefront_listings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"listing_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"status" text NOT NULL,
	"storefront_item_id" text,
	"storefront_url" text,
	"reason" text,
	"live_since" timestamp (3) with time zone,
	"reported_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "storefront_listings_status_check" CHECK ("storefront_listings"."status" in ('received', 'live', 'rejected', 'withdrawn')),
	CONSTRAINT "storefront_listings_live_check" CHECK ("storefront_listings"."status" <> 'live' or ("storefront_listings"."storefront_item_id" is not null and "storefront_listings"."storefront_url" is not null)),
	CONSTRAINT "storefront_listings_rejected_check" CHECK ("storefront_listings"."status" <> 'rejected' or "storefront_listings"."reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_api_key_id_partner_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "public"."partner_api_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD CONSTRAINT "purchase_order_lines_purchase_order_id_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD CONSTRAINT "purchase_order_lines_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_organisation_id_partner_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."partner_organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "storefront_listings" ADD CONSTRAINT "storefront_listings_organisation_id_partner_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."partner_organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "storefront_listings" ADD CONSTRAINT "storefront_listings_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "storefront_listings" ADD CONSTRAINT "storefront_listings_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "purchase_order_lines_order_idx" ON "purchase_order_lines" USING btree ("purchase_order_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "purchase_orders_reference_key" ON "purchase_orders" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "purchase_orders_organisation_idx" ON "purchase_orders" USING btree ("organisation_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "purchase_orders_business_idx" ON "purchase_orders" USING btree ("business_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "purchase_orders_shipment_key" ON "purchase_orders" USING btree ("shipment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "storefront_listings_key" ON "storefront_listings" USING btree ("organisation_id","listing_id");--> statement-breakpoint
CREATE INDEX "storefront_listings_listing_idx" ON "storefront_listings" USING btree ("listing_id");