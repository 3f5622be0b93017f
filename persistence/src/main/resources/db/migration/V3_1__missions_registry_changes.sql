-- The missions and registry modules' resources in the change feed (see V1_1__change_feed.sql).
-- Deployment areas are part of their mission, whose row changes with them.

create trigger organization_changes after insert or update or delete on organization
    for each row execute function record_change('organization', '/v1/organizations/{id}');
create trigger mission_changes after insert or update or delete on mission
    for each row execute function record_change('mission', '/v1/missions/{id}');
create trigger engagement_changes after insert or update or delete on engagement
    for each row execute function record_change('engagement', '/v1/missions/{mission_id}/engagements/{id}');
create trigger finding_changes after insert or update or delete on finding
    for each row execute function record_change('finding', '/v1/missions/{mission_id}/findings/{id}');
create trigger registry_snapshot_changes after insert or update or delete on registry_snapshot
    for each row execute function record_change('registry-snapshot', '/v1/registry-snapshots/{id}');
