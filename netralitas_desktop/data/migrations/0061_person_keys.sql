-- The same person across findings and offices (issue 14, domain/persons.py): each subject's person key (by NIP,
-- else NIK, else normalised name with agency; '' when nothing identifies them well enough) and normalised name.
-- NULL means "not computed yet": the store fills those in when it opens (names need Python's normalisation).
ALTER TABLE subjects ADD COLUMN person_key TEXT;
ALTER TABLE subjects ADD COLUMN name_key TEXT;
UPDATE subjects SET person_key = 'nip:' || nip WHERE nip != '';
UPDATE subjects SET person_key = 'nik:' || nik WHERE nip = '' AND nik != '';
CREATE INDEX subjects_person ON subjects(person_key, finding_id);
CREATE INDEX subjects_name ON subjects(name_key);
