CREATE TABLE "operation_field_requests" (
	"operation_target_id" uuid NOT NULL,
	"authority" text NOT NULL,
	"client_id" uuid NOT NULL,
	"action" text NOT NULL,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "operation_field_requests_operation_target_id_authority_client_id_pk" PRIMARY KEY("operation_target_id","authority","client_id")
);
--> statement-breakpoint
ALTER TABLE "operation_field_requests" ADD CONSTRAINT "operation_field_requests_operation_target_id_operation_targets_id_fk" FOREIGN KEY ("operation_target_id") REFERENCES "public"."operation_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_field_requests" ADD CONSTRAINT "operation_field_requests_authority_authorities_code_fk" FOREIGN KEY ("authority") REFERENCES "public"."authorities"("code") ON DELETE no action ON UPDATE no action;