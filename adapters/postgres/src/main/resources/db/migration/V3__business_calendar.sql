-- The working-day calendar (calendar-cn.md): the official holiday arrangement of each year, as
-- data that changes at run time through CalendarService, and the arrangements the service ships
-- with (2025 and 2026). Runs on PostgreSQL 15 and newer.
--
-- The conventions of V1 hold: enumerations by constant name, lengths in characters, the domain
-- checks first and these constraints are the last line of defence. A year's arrangement is
-- replaced whole: its days are deleted and written again, and its version goes one up, in one
-- transaction.


-- ---------------------------------------------------------------- years

create table calendar_year (
    -- The year whose State Council notice the arrangement is.
    year        integer     not null,
    -- Optimistic concurrency: every replacement bumps it, the API derives the etag from it.
    version     bigint      not null,
    updated_at  timestamptz not null,
    -- The user id of whoever stored the arrangement last; the shipped years name this migration.
    updated_by  text        not null,

    constraint calendar_year_pkey primary key (year),
    constraint calendar_year_year_range check (year between 2000 and 2100),
    constraint calendar_year_version_positive check (version >= 1),
    constraint calendar_year_updated_by_length check (char_length(updated_by) between 1 and 128)
);


-- ---------------------------------------------------------------- days

-- The dates a year's arrangement declares off (HOLIDAY) or on (MAKE_UP_WORKING_DAY); every other
-- date follows the weekly rule. A date belongs to one year's arrangement only, hence the key on
-- the date alone. It may lie in the year before or after (a late-December Saturday worked for
-- the next New Year).
create table calendar_day (
    day      date    not null,
    year     integer not null,
    kind     text    not null,
    -- The holiday the date belongs to, e.g. "Spring Festival".
    holiday  text    not null,

    constraint calendar_day_pkey primary key (day),
    constraint calendar_day_year_fkey foreign key (year) references calendar_year (year),
    constraint calendar_day_kind_known check (kind in ('HOLIDAY', 'MAKE_UP_WORKING_DAY')),
    -- A weekday is a working day anyway: declaring it a make-up day is a typo for another date.
    constraint calendar_day_make_up_on_weekend
        check (kind <> 'MAKE_UP_WORKING_DAY' or extract(isodow from day) in (6, 7)),
    constraint calendar_day_near_year
        check (day between make_date(year - 1, 1, 1) and make_date(year + 1, 12, 31)),
    constraint calendar_day_holiday_length check (char_length(holiday) between 1 and 60)
);

-- A replacement deletes and reads a year's days by the year.
create index calendar_day_year_idx on calendar_day (year);


-- ---------------------------------------------------------------- the shipped arrangements

-- The State Council General Office notices: 2025 from 国办发明电〔2024〕12号 (2024-11-12), 2026
-- from the notice of 2025-11-04. Equal to OfficialArrangements.shipped(), which a test checks.

insert into calendar_year (year, version, updated_at, updated_by)
values (2025, 1, now(), 'migration:V3'),
       (2026, 1, now(), 'migration:V3');

insert into calendar_day (day, year, kind, holiday)
select off_day::date, h.year, 'HOLIDAY', h.holiday
from (values
          (2025, 'New Year''s Day',              date '2025-01-01', date '2025-01-01'),
          (2025, 'Spring Festival',              date '2025-01-28', date '2025-02-04'),
          (2025, 'Qingming',                     date '2025-04-04', date '2025-04-06'),
          (2025, 'Labour Day',                   date '2025-05-01', date '2025-05-05'),
          (2025, 'Dragon Boat',                  date '2025-05-31', date '2025-06-02'),
          (2025, 'National Day and Mid-Autumn',  date '2025-10-01', date '2025-10-08'),
          (2026, 'New Year''s Day',              date '2026-01-01', date '2026-01-03'),
          (2026, 'Spring Festival',              date '2026-02-15', date '2026-02-23'),
          (2026, 'Qingming',                     date '2026-04-04', date '2026-04-06'),
          (2026, 'Labour Day',                   date '2026-05-01', date '2026-05-05'),
          (2026, 'Dragon Boat',                  date '2026-06-19', date '2026-06-21'),
          (2026, 'Mid-Autumn',                   date '2026-09-25', date '2026-09-27'),
          (2026, 'National Day',                 date '2026-10-01', date '2026-10-07')
     ) as h (year, holiday, first_day, last_day)
     cross join lateral generate_series(h.first_day, h.last_day, interval '1 day') as off_day;

insert into calendar_day (day, year, kind, holiday)
values (date '2025-01-26', 2025, 'MAKE_UP_WORKING_DAY', 'Spring Festival'),
       (date '2025-02-08', 2025, 'MAKE_UP_WORKING_DAY', 'Spring Festival'),
       (date '2025-04-27', 2025, 'MAKE_UP_WORKING_DAY', 'Labour Day'),
       (date '2025-09-28', 2025, 'MAKE_UP_WORKING_DAY', 'National Day and Mid-Autumn'),
       (date '2025-10-11', 2025, 'MAKE_UP_WORKING_DAY', 'National Day and Mid-Autumn'),
       (date '2026-01-04', 2026, 'MAKE_UP_WORKING_DAY', 'New Year''s Day'),
       (date '2026-02-14', 2026, 'MAKE_UP_WORKING_DAY', 'Spring Festival'),
       (date '2026-02-28', 2026, 'MAKE_UP_WORKING_DAY', 'Spring Festival'),
       (date '2026-05-09', 2026, 'MAKE_UP_WORKING_DAY', 'Labour Day'),
       (date '2026-09-20', 2026, 'MAKE_UP_WORKING_DAY', 'National Day'),
       (date '2026-10-10', 2026, 'MAKE_UP_WORKING_DAY', 'National Day');
