-- The complainant's name, phone, account number and address at rest (issue 11, PIPL Art. 51,
-- 002 5.2.5): sealed by the service (AEAD, Tink) with associated data naming the complaint and
-- the column, so that the database never holds them in plaintext and a value copied to another
-- row does not decrypt there. Exact look-up by phone or account number goes through a blind
-- index: a keyed hash (HMAC-SHA256 PRF) of the normalised value, under a key of its own.
--
-- Rows written before this version keep their plaintext until the service seals them at start
-- (ComplainantSealing, in batches); it then validates complaint_complainant_sealed, after which
-- no row can hold plaintext again. Writes from this version on satisfy it at once: NOT VALID
-- checks new and updated rows, and leaves only the existing ones for later.

alter table complaint
    add column complainant_name_sealed            bytea,
    add column complainant_phone_sealed           bytea,
    add column complainant_account_number_sealed  bytea,
    add column complainant_address_sealed         bytea,
    -- The Tink key id (unsigned 32 bits) of the key that sealed the row's values: which rows a
    -- retiring key still protects. The ciphertexts carry it too.
    add column personal_data_key_id               bigint,
    add column complainant_phone_index            bytea,
    add column complainant_account_number_index   bytea,
    alter column complainant_name drop not null,
    alter column complainant_phone drop not null,
    alter column complainant_address drop not null;

alter table complaint
    add constraint complaint_complainant_sealed check (
        complainant_name is null and complainant_phone is null
        and complainant_account_number is null and complainant_address is null
        and complainant_name_sealed is not null and complainant_phone_sealed is not null
        and complainant_address_sealed is not null and personal_data_key_id is not null
        and complainant_phone_index is not null
        and (complainant_account_number_sealed is null) = (complainant_account_number_index is null)
    ) not valid;

-- A complainant's earlier complaints, newest first, as the list pages them (see V1).
create index complaint_list_by_complainant_phone_idx
    on complaint (complainant_phone_index, received_at desc, id desc);
create index complaint_list_by_complainant_account_number_idx
    on complaint (complainant_account_number_index, received_at desc, id desc)
    where complainant_account_number_index is not null;
-- The rows still to seal, for the sealing at start; empty once it is done.
create index complaint_plaintext_complainant_idx on complaint (id) where complainant_name is not null;
