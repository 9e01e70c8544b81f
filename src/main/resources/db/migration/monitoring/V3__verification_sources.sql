-- The verification sources that had not delivered recently when a report was made: such a report
-- is incomplete and the assistance workflow falls back to manual entry.
alter table monitoring.verification add column missing_sources text;
