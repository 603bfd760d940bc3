-- Every status change keeps the date of the decision it stands for (shared/domain.md §2), apart from the time it was
-- typed: deadlines and the KASN/BKN rule follow that date.
ALTER TABLE status_events ADD COLUMN decided_on TEXT NOT NULL DEFAULT '';
-- Events stored before: a registration stands on the finding's registration date (the one date that was kept);
-- any other change on the day it was typed, the best that is known.
UPDATE status_events SET decided_on = coalesce(
    (SELECT f.registered_on FROM findings f
     WHERE f.id = status_events.finding_id AND status_events.to_status = 'teregistrasi' AND f.registered_on IS NOT NULL),
    substr(at, 1, 10));
