-- The cockpit's 新增低保对象 counts the 低保 cases the county confirmed in a period, live for the
-- open period on every headline page. Without this index that is a scan of every case (148 ms
-- median at 384,616 cases, the largest live figure of the headline at 21,000,000 persons); with
-- it, the rows of the period only.
create index case_dibao_decided on assistance.assistance_case (decided_on)
  where type = 'DIBAO' and start_month is not null;
