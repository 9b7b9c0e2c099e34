CREATE TABLE "record_disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"to_authority" text NOT NULL,
	"purpose" text NOT NULL,
	"legal_basis" text NOT NULL,
	"rule_versions" jsonb NOT NULL,
	"disclosed_by" uuid,
	"disclosed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"owner_authority" text NOT NULL,
	"classification" text DEFAULT 'restricted' NOT NULL,
	"secrecy_basis" text,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"contains_personal_data" boolean DEFAULT true NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"source" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reference_code_hash" text,
	"retention_until" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tip_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "record_disclosures" ADD CONSTRAINT "record_disclosures_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_disclosures" ADD CONSTRAINT "record_disclosures_to_authority_authorities_code_fk" FOREIGN KEY ("to_authority") REFERENCES "public"."authorities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_disclosures" ADD CONSTRAINT "record_disclosures_disclosed_by_users_id_fk" FOREIGN KEY ("disclosed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_owner_authority_authorities_code_fk" FOREIGN KEY ("owner_authority") REFERENCES "public"."authorities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_replies" ADD CONSTRAINT "tip_replies_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_replies" ADD CONSTRAINT "tip_replies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "record_disclosures_record" ON "record_disclosures" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "record_disclosures_to" ON "record_disclosures" USING btree ("to_authority","record_id");--> statement-breakpoint
CREATE INDEX "records_owner_created" ON "records" USING btree ("owner_authority","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "records_reference_code" ON "records" USING btree ("reference_code_hash");