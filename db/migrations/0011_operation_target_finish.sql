ALTER TABLE "operation_targets" ADD COLUMN "visited" boolean;--> statement-breakpoint
ALTER TABLE "operation_targets" ADD COLUMN "field_note" text DEFAULT '' NOT NULL;