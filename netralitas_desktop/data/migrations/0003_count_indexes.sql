-- Dashboard and recap counts read narrow covering indexes instead of the wide findings rows (with their JSON body
-- and texts): counting 100,000 findings by status, category, district and platform in one pass of an index,
-- findings per subject type without touching the findings table, and the dates every open finding's deadline is
-- computed from; the few findings that need more information (a longer decision deadline) have an index of their
-- own, so that no query has to read every JSON body for it.
CREATE INDEX findings_counts ON findings(status, category, region_code, platform);
CREATE INDEX findings_deadlines ON findings(status, known_on, source, created_at, registered_on, election, id);
CREATE INDEX findings_more_info ON findings(id) WHERE json_extract(body, '$.needs_more_info');
CREATE INDEX subjects_type_finding ON subjects(employment_type, finding_id);
DROP INDEX subjects_type;  -- a prefix of the one above
