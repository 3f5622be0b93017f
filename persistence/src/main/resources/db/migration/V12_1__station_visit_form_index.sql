-- The index of visits by form leads with the form, so that it serves the foreign key to the form's versions (a
-- form or version deleted) and the question whether any visit answers a form, as well as the answers' tally of an
-- election, which names all three columns.
drop index station_visit_form_idx;
create index station_visit_form_idx on station_visit (form_id, form_version, election_id);
