CREATE TABLE "company_merges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survivor_id" uuid NOT NULL,
	"duplicate_id" uuid NOT NULL,
	"duplicate_status" text NOT NULL,
	"names_added" jsonb NOT NULL,
	"moves" jsonb NOT NULL,
	"reason" text,
	"authority" text NOT NULL,
	"merged_by" uuid,
	"merged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"split_by" uuid,
	"split_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "match_queue" (
	"entity" smallint NOT NULL,
	"target_id" uuid NOT NULL,
	CONSTRAINT "match_queue_entity_target_id_pk" PRIMARY KEY("entity","target_id")
);
--> statement-breakpoint
CREATE TABLE "match_terms" (
	"entity" smallint NOT NULL,
	"token" text NOT NULL,
	"df" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "match_terms_entity_token_pk" PRIMARY KEY("entity","token")
);
--> statement-breakpoint
CREATE TABLE "match_tokens" (
	"entity" smallint NOT NULL,
	"token" text NOT NULL,
	"target_id" uuid NOT NULL,
	CONSTRAINT "match_tokens_entity_token_target_id_pk" PRIMARY KEY("entity","token","target_id")
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'uploaded' NOT NULL,
	"owner_authority" text NOT NULL,
	"created_by" uuid,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea",
	"columns" jsonb NOT NULL,
	"mapping" jsonb,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"mode" text,
	"phase" text,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"rows_done" integer DEFAULT 0 NOT NULL,
	"report" jsonb,
	"result" jsonb,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "company_merges" ADD CONSTRAINT "company_merges_survivor_id_companies_id_fk" FOREIGN KEY ("survivor_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_merges" ADD CONSTRAINT "company_merges_duplicate_id_companies_id_fk" FOREIGN KEY ("duplicate_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_merges" ADD CONSTRAINT "company_merges_authority_authorities_code_fk" FOREIGN KEY ("authority") REFERENCES "public"."authorities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_merges" ADD CONSTRAINT "company_merges_merged_by_users_id_fk" FOREIGN KEY ("merged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_merges" ADD CONSTRAINT "company_merges_split_by_users_id_fk" FOREIGN KEY ("split_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_owner_authority_authorities_code_fk" FOREIGN KEY ("owner_authority") REFERENCES "public"."authorities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "company_merges_survivor" ON "company_merges" USING btree ("survivor_id");--> statement-breakpoint
CREATE INDEX "company_merges_duplicate" ON "company_merges" USING btree ("duplicate_id");--> statement-breakpoint
CREATE INDEX "match_terms_trgm" ON "match_terms" USING gin ("token" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "match_tokens_target" ON "match_tokens" USING btree ("target_id");--> statement-breakpoint
CREATE INDEX "imports_owner_created" ON "imports" USING btree ("owner_authority","created_at");--> statement-breakpoint
CREATE FUNCTION match_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  code smallint := TG_ARGV[0]::smallint;
  target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
BEGIN
  INSERT INTO match_queue (entity, target_id) VALUES (code, target) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER companies_match_enqueue AFTER INSERT OR DELETE OR UPDATE OF name, auxiliary_names, former_names, status, business_id ON companies FOR EACH ROW EXECUTE FUNCTION match_enqueue(1);
--> statement-breakpoint
CREATE TRIGGER persons_match_enqueue AFTER INSERT OR DELETE OR UPDATE OF given_name, family_name ON persons FOR EACH ROW EXECUTE FUNCTION match_enqueue(2);
--> statement-breakpoint
CREATE TRIGGER worksites_match_enqueue AFTER INSERT OR DELETE OR UPDATE OF street_address, postal_code, municipality, company_id ON worksites FOR EACH ROW EXECUTE FUNCTION match_enqueue(3);
--> statement-breakpoint
INSERT INTO match_queue (entity, target_id) SELECT 1, id FROM companies ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO match_queue (entity, target_id) SELECT 2, id FROM persons ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO match_queue (entity, target_id) SELECT 3, id FROM worksites ON CONFLICT DO NOTHING;
