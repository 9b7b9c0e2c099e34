CREATE TABLE "competence_items" (
	"kind" text NOT NULL,
	"item_id" text NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"is_current" boolean NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"position" integer NOT NULL,
	"changed_by" uuid,
	"changed_by_name" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"change_note" text NOT NULL,
	CONSTRAINT "competence_items_kind_item_id_version_pk" PRIMARY KEY("kind","item_id","version"),
	CONSTRAINT "competence_items_version_positive" CHECK ("competence_items"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "competence_revision" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"revision" bigint NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competence_revision_one_row" CHECK ("competence_revision"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "competence_items" ADD CONSTRAINT "competence_items_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "competence_items_current" ON "competence_items" USING btree ("kind","item_id") WHERE "competence_items"."is_current";