CREATE TABLE "operation_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operation_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"position" integer NOT NULL,
	"title" text,
	"decision" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "clock_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"recurring" text DEFAULT 'once' NOT NULL,
	"owner_authority" text NOT NULL,
	"authorities" text[] DEFAULT '{}'::text[] NOT NULL,
	"source" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operation_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operation_id" uuid NOT NULL,
	"operation_target_id" uuid,
	"authority" text NOT NULL,
	"assignee" uuid,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"outcome" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "initiative_disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"to_authority" text NOT NULL,
	"purpose" text NOT NULL,
	"legal_basis" text NOT NULL,
	"rule_versions" jsonb NOT NULL,
	"disclosed_by" uuid,
	"disclosed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "initiative_records" (
	"initiative_id" uuid NOT NULL,
	"record_id" uuid NOT NULL,
	CONSTRAINT "initiative_records_initiative_id_record_id_pk" PRIMARY KEY("initiative_id","record_id")
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_authority" text NOT NULL,
	"classification" text DEFAULT 'restricted' NOT NULL,
	"secrecy_basis" text,
	"title" text NOT NULL,
	"need" text NOT NULL,
	"observations" text DEFAULT '' NOT NULL,
	"analysis" text DEFAULT '' NOT NULL,
	"issue_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"municipalities" text[] DEFAULT '{}'::text[] NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"clock_item_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"status_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operation_investigations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operation_id" uuid NOT NULL,
	"operation_target_id" uuid,
	"authority" text NOT NULL,
	"case_reference" text NOT NULL,
	"crime_title" text NOT NULL,
	"opened_on" date NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operation_participants" (
	"operation_id" uuid NOT NULL,
	"authority" text NOT NULL,
	"role" text DEFAULT 'participant' NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"suggested_why" jsonb,
	"supervises" text DEFAULT '' NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"resources" text DEFAULT '' NOT NULL,
	"decline_reason" text,
	"invited_by" uuid,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "operation_participants_operation_id_authority_pk" PRIMARY KEY("operation_id","authority")
);
--> statement-breakpoint
CREATE TABLE "operation_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"sections" jsonb NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "operation_records" (
	"operation_id" uuid NOT NULL,
	"record_id" uuid NOT NULL,
	"operation_target_id" uuid,
	"finding_area" text,
	"ilo_indicators" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "operation_records_operation_id_record_id_pk" PRIMARY KEY("operation_id","record_id")
);
--> statement-breakpoint
CREATE TABLE "operation_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operation_id" uuid NOT NULL,
	"target_type" text NOT NULL,
	"target_id" uuid NOT NULL,
	"worksite_id" uuid,
	"score" double precision,
	"decision" text DEFAULT 'candidate' NOT NULL,
	"rationale" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"action_plan" text DEFAULT '' NOT NULL,
	"interpretation" text[] DEFAULT '{}'::text[] NOT NULL,
	"arrived_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"lead_authority" text NOT NULL,
	"status" text DEFAULT 'planning' NOT NULL,
	"classification" text DEFAULT 'restricted' NOT NULL,
	"initiative_id" uuid,
	"clock_item_id" uuid,
	"issue_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"municipalities" text[] DEFAULT '{}'::text[] NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"meeting_at" timestamp with time zone,
	"meeting_place" text,
	"risk_weights" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"lessons_learned" text DEFAULT '' NOT NULL,
	"closing_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "operation_plan_shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"to_authority" text NOT NULL,
	"legal_basis" text NOT NULL,
	"rule_versions" jsonb NOT NULL,
	"shared_by" uuid,
	"shared_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operation_target_results" (
	"operation_target_id" uuid NOT NULL,
	"authority" text NOT NULL,
	"outcome" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "operation_target_results_operation_target_id_authority_pk" PRIMARY KEY("operation_target_id","authority")
);
--> statement-breakpoint
CREATE TABLE "operation_victim_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operation_target_id" uuid NOT NULL,
	"authority" text NOT NULL,
	"persons" integer DEFAULT 1 NOT NULL,
	"person_id" uuid,
	"referred_to" text DEFAULT 'nas' NOT NULL,
	"referred_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "operation_agenda_items" ADD CONSTRAINT "operation_agenda_items_operation_id_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."operations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_agenda_items" ADD CONSTRAINT "operation_agenda_items_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clock_items" ADD CONSTRAINT "clock_items_owner_authority_authorities_code_fk" FOREIGN KEY ("owner_authority") REFERENCES "public"."authorities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clock_items" ADD CONSTRAINT "clock_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_follow_ups" ADD CONSTRAINT "operation_follow_ups_operation_id_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."operations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_follow_ups" ADD CONSTRAINT "operation_follow_ups_operation_target_id_operation_targets_id_fk" FOREIGN KEY ("operation_target_id") REFERENCES "public"."operation_targets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_follow_ups" ADD CONSTRAINT "operation_follow_ups_authority_authorities_code_fk" FOREIGN KEY ("authority") REFERENCES "public"."authorities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_follow_ups" ADD CONSTRAINT "operation_follow_ups_assignee_users_id_fk" FOREIGN KEY ("assignee") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_follow_ups" ADD CONSTRAINT "operation_follow_ups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_disclosures" ADD CONSTRAINT "initiative_disclosures_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_disclosures" ADD CONSTRAINT "initiative_disclosures_to_authority_authorities_code_fk" FOREIGN KEY ("to_authority") REFERENCES "public"."authorities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_disclosures" ADD CONSTRAINT "initiative_disclosures_disclosed_by_users_id_fk" FOREIGN KEY ("disclosed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_records" ADD CONSTRAINT "initiative_records_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_records" ADD CONSTRAINT "initiative_records_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_owner_authority_authorities_code_fk" FOREIGN KEY ("owner_authority") REFERENCES "public"."authorities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_clock_item_id_clock_items_id_fk" FOREIGN KEY ("clock_item_id") REFERENCES "public"."clock_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_investigations" ADD CONSTRAINT "operation_investigations_operation_id_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."operations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_investigations" ADD CONSTRAINT "operation_investigations_operation_target_id_operation_targets_id_fk" FOREIGN KEY ("operation_target_id") REFERENCES "public"."operation_targets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_investigations" ADD CONSTRAINT "operation_investigations_authority_authorities_code_fk" FOREIGN KEY ("authority") REFERENCES "public"."authorities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_investigations" ADD CONSTRAINT "operation_investigations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_participants" ADD CONSTRAINT "operation_participants_operation_id_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."operations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_participants" ADD CONSTRAINT "operation_participants_authority_authorities_code_fk" FOREIGN KEY ("authority") REFERENCES "public"."authorities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_participants" ADD CONSTRAINT "operation_participants_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_plans" ADD CONSTRAINT "operation_plans_operation_id_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."operations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_plans" ADD CONSTRAINT "operation_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_plans" ADD CONSTRAINT "operation_plans_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_records" ADD CONSTRAINT "operation_records_operation_id_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."operations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_records" ADD CONSTRAINT "operation_records_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_records" ADD CONSTRAINT "operation_records_operation_target_id_operation_targets_id_fk" FOREIGN KEY ("operation_target_id") REFERENCES "public"."operation_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_targets" ADD CONSTRAINT "operation_targets_operation_id_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."operations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_targets" ADD CONSTRAINT "operation_targets_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operations" ADD CONSTRAINT "operations_lead_authority_authorities_code_fk" FOREIGN KEY ("lead_authority") REFERENCES "public"."authorities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operations" ADD CONSTRAINT "operations_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operations" ADD CONSTRAINT "operations_clock_item_id_clock_items_id_fk" FOREIGN KEY ("clock_item_id") REFERENCES "public"."clock_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operations" ADD CONSTRAINT "operations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_plan_shares" ADD CONSTRAINT "operation_plan_shares_plan_id_operation_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."operation_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_plan_shares" ADD CONSTRAINT "operation_plan_shares_to_authority_authorities_code_fk" FOREIGN KEY ("to_authority") REFERENCES "public"."authorities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_plan_shares" ADD CONSTRAINT "operation_plan_shares_shared_by_users_id_fk" FOREIGN KEY ("shared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_target_results" ADD CONSTRAINT "operation_target_results_operation_target_id_operation_targets_id_fk" FOREIGN KEY ("operation_target_id") REFERENCES "public"."operation_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_target_results" ADD CONSTRAINT "operation_target_results_authority_authorities_code_fk" FOREIGN KEY ("authority") REFERENCES "public"."authorities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_target_results" ADD CONSTRAINT "operation_target_results_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_victim_referrals" ADD CONSTRAINT "operation_victim_referrals_operation_target_id_operation_targets_id_fk" FOREIGN KEY ("operation_target_id") REFERENCES "public"."operation_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_victim_referrals" ADD CONSTRAINT "operation_victim_referrals_authority_authorities_code_fk" FOREIGN KEY ("authority") REFERENCES "public"."authorities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_victim_referrals" ADD CONSTRAINT "operation_victim_referrals_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "operation_agenda_items_key" ON "operation_agenda_items" USING btree ("operation_id","item_key");--> statement-breakpoint
CREATE INDEX "clock_items_dates" ON "clock_items" USING btree ("starts_on","ends_on");--> statement-breakpoint
CREATE INDEX "operation_follow_ups_operation" ON "operation_follow_ups" USING btree ("operation_id","status");--> statement-breakpoint
CREATE INDEX "operation_follow_ups_due" ON "operation_follow_ups" USING btree ("authority","status","due_on");--> statement-breakpoint
CREATE INDEX "initiative_disclosures_to" ON "initiative_disclosures" USING btree ("to_authority","initiative_id");--> statement-breakpoint
CREATE INDEX "initiatives_owner" ON "initiatives" USING btree ("owner_authority","created_at");--> statement-breakpoint
CREATE INDEX "operation_investigations_operation" ON "operation_investigations" USING btree ("operation_id");--> statement-breakpoint
CREATE INDEX "operation_participants_authority" ON "operation_participants" USING btree ("authority","status");--> statement-breakpoint
CREATE UNIQUE INDEX "operation_plans_version" ON "operation_plans" USING btree ("operation_id","version");--> statement-breakpoint
CREATE INDEX "operation_records_target" ON "operation_records" USING btree ("operation_target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "operation_targets_target" ON "operation_targets" USING btree ("operation_id","target_type","target_id");--> statement-breakpoint
CREATE INDEX "operation_targets_target_id" ON "operation_targets" USING btree ("target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "operations_reference" ON "operations" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "operations_status" ON "operations" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "operation_plan_shares_to" ON "operation_plan_shares" USING btree ("plan_id","to_authority");--> statement-breakpoint
CREATE INDEX "operation_victim_referrals_target" ON "operation_victim_referrals" USING btree ("operation_target_id");