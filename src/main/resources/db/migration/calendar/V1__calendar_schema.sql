-- The working calendar is its own module now (cn.minzheng.calendar); its table leaves the platform
-- schema for the calendar schema, with its rows, constraints and grants.
--
-- Order: Spring Modulith migrates the __root folder, then one folder per module in the modules'
-- dependency order (ApplicationModules, topologically sorted), each with its own history table.
-- calendar depends on platform, so platform's folder (V4 created platform.calendar_day) has run
-- before this one on a fresh database; on an existing database platform V4 ran long ago and this
-- is the calendar history's first migration. ModularityTests checks the order.
--
-- Moving the table names another module's schema once: SqlBoundaryTest allows exactly this file
-- to name platform.calendar_day.
create schema calendar;
grant usage on schema calendar to ${app_role};

alter table platform.calendar_day set schema calendar;

-- The event type moved too: holidays announced before the move whose listeners have not finished
-- are republished on restart under the new type name.
update public.event_publication
   set event_type  = 'cn.minzheng.calendar.PublicHolidayDeclared',
       listener_id = replace(listener_id, 'cn.minzheng.platform.PublicHolidayDeclared',
                             'cn.minzheng.calendar.PublicHolidayDeclared')
 where event_type = 'cn.minzheng.platform.PublicHolidayDeclared'
   and completion_date is null;
