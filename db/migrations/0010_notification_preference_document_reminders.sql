ALTER TABLE "expiry_reminders" ALTER COLUMN "registration_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email_notifications" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "expiry_reminders" ADD COLUMN "shipment_document_id" uuid;--> statement-breakpoint
ALTER TABLE "expiry_reminders" ADD CONSTRAINT "expiry_reminders_shipment_document_id_shipment_documents_id_fk" FOREIGN KEY ("shipment_document_id") REFERENCES "public"."shipment_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "expiry_reminders_document_key" ON "expiry_reminders" USING btree ("shipment_document_id","days_before","expires_on");--> statement-breakpoint
ALTER TABLE "expiry_reminders" ADD CONSTRAINT "expiry_reminders_subject_check" CHECK (num_nonnulls("expiry_reminders"."registration_id", "expiry_reminders"."shipment_document_id") = 1);