-- Accounts for every employee (issue 23): an account waits for activation (no password yet) until
-- its holder signs in with a one-time code; administrators can lock it; the first administrator
-- must change the initial password. Activation codes are random and kept only as a SHA-256 hash.
alter table app_user alter column password_hash drop not null;
alter table app_user add column locked boolean not null default false;
alter table app_user add column must_change_password boolean not null default false;
alter table app_user add column last_sign_in_at timestamp;
alter table app_user add column activated_at timestamp;
alter table app_user add column activation_code_hash varchar(64);
alter table app_user add column activation_expires_at timestamp;

-- the accounts that exist already (demo, first administrator) have a password: they are active
update app_user set activated_at = current_timestamp where password_hash is not null;
