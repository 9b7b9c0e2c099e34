CREATE TABLE "match_term_keys" (
	"entity" smallint NOT NULL,
	"key" text NOT NULL,
	"token" text NOT NULL,
	CONSTRAINT "match_term_keys_entity_key_token_pk" PRIMARY KEY("entity","key","token")
);
--> statement-breakpoint
DROP INDEX "match_terms_trgm";--> statement-breakpoint
INSERT INTO match_term_keys (entity, key, token)
SELECT entity, token, token FROM match_terms
UNION
SELECT t.entity, overlay(t.token placing '' from i for 1), t.token
FROM match_terms t, generate_series(1, length(t.token)) AS i
WHERE length(t.token) >= 4
ON CONFLICT DO NOTHING;
