CREATE TABLE "worker_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"published_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "worker_page_published" (
	"slug" text NOT NULL,
	"lang" text NOT NULL,
	"version_id" uuid NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	CONSTRAINT "worker_page_published_slug_lang_pk" PRIMARY KEY("slug","lang")
);
--> statement-breakpoint
CREATE TABLE "worker_page_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"lang" text NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"blocks" jsonb NOT NULL,
	"sources" jsonb NOT NULL,
	"content_date" text NOT NULL,
	"based_on_version_id" uuid,
	"based_on_date" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "worker_pages" (
	"slug" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "worker_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"content_id" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"reason" text NOT NULL,
	"input" jsonb NOT NULL,
	"is_current" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "worker_notices" ADD CONSTRAINT "worker_notices_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_notices" ADD CONSTRAINT "worker_notices_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_page_published" ADD CONSTRAINT "worker_page_published_slug_worker_pages_slug_fk" FOREIGN KEY ("slug") REFERENCES "public"."worker_pages"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_page_published" ADD CONSTRAINT "worker_page_published_version_id_worker_page_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."worker_page_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_page_published" ADD CONSTRAINT "worker_page_published_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_page_versions" ADD CONSTRAINT "worker_page_versions_slug_worker_pages_slug_fk" FOREIGN KEY ("slug") REFERENCES "public"."worker_pages"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_page_versions" ADD CONSTRAINT "worker_page_versions_based_on_version_id_worker_page_versions_id_fk" FOREIGN KEY ("based_on_version_id") REFERENCES "public"."worker_page_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_page_versions" ADD CONSTRAINT "worker_page_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_publications" ADD CONSTRAINT "worker_publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "worker_page_versions_number" ON "worker_page_versions" USING btree ("slug","lang","number");--> statement-breakpoint
CREATE UNIQUE INDEX "worker_publications_current" ON "worker_publications" USING btree ("is_current") WHERE "worker_publications"."is_current";--> statement-breakpoint
CREATE INDEX "worker_publications_published_at" ON "worker_publications" USING btree ("published_at");