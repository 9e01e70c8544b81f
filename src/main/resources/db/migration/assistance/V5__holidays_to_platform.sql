-- Working-day deadlines count with the city's one calendar, platform.calendar_day, since platform V4.
drop table assistance.holiday;
