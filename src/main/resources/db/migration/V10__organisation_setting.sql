-- Settings of the organisation that the first-start page and the administrator set (issue 23):
-- its name, time zone (WIB, WITA, WIT), logo, and whether HR manages accounts.
create table organisation_setting (
    name         varchar(60) primary key,
    text_value   varchar(2000),
    binary_value ${binary_type}
);
