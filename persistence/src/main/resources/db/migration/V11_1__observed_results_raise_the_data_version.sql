-- Sample estimates are cached under the election's data version (see V7) like the other sums: the results
-- observers copy raise it too.
create trigger observed_result_observation_insert after insert on observed_result
    referencing new table as changed_new for each statement execute function observation_changed();
create trigger observed_result_observation_update after update on observed_result
    referencing old table as changed_old new table as changed_new for each statement execute function observation_changed();
create trigger observed_result_observation_delete after delete on observed_result
    referencing old table as changed_old for each statement execute function observation_changed();
