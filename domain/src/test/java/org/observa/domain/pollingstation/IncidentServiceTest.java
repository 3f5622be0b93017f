package org.observa.domain.pollingstation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observa.domain.pollingstation.PollingFixture.KH_2018;
import static org.observa.domain.pollingstation.PollingFixture.KH_2023;
import static org.observa.domain.pollingstation.PollingFixture.fieldsOf;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observa.domain.mission.Mission;
import org.observa.domain.mission.MissionStatus;
import org.observa.domain.partner.Actor;
import org.observa.domain.partner.ApiKeyRole;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Source;
import org.observa.domain.shared.ValidationException;

class IncidentServiceTest {

    private static final Instant POLLING_DAY_NOON = Instant.parse("2023-07-23T05:00:00Z");

    private final PollingFixture world = new PollingFixture();
    private final IncidentService service = world.incidents;
    private final Mission mission = world.mission2023;
    private final PollingStation station = world.stationIn(KH_2023, "1069");
    private final Actor editor = new Actor(ApiKeyRole.EDITOR, mission.organizationId(), UUID.randomUUID());

    private static IncidentDraft atStation(UUID missionId, UUID stationId) {
        return new IncidentDraft(missionId, stationId, null, null, POLLING_DAY_NOON, IncidentCategory.INTIMIDATION,
                IncidentSeverity.HIGH, LocalizedText.english("Party agents photographed voters at the entrance."),
                "Two agents of a party", List.of(Source.cite("Observer team 4 report")));
    }

    private static IncidentDraft inDivision(UUID missionId, String divisionId) {
        return new IncidentDraft(missionId, null, divisionId, new GeoPoint(12.71, 104.89), POLLING_DAY_NOON,
                IncidentCategory.VOTE_BUYING, IncidentSeverity.MEDIUM, LocalizedText.english("Envelopes handed out."),
                null, List.of());
    }

    private List<String> refusedFields(IncidentDraft draft) {
        try {
            service.create(draft, editor);
        } catch (ValidationException e) {
            return fieldsOf(e);
        }
        throw new AssertionError("the draft was accepted");
    }

    @Test
    void aNewIncidentIsReportedInTheMissionsElectionAndItsStationsDivision() {
        Incident incident = service.create(atStation(mission.id(), station.id()), editor);
        assertThat(incident.status()).isEqualTo(IncidentStatus.REPORTED);
        assertThat(incident.electionId()).isEqualTo(KH_2023);
        assertThat(incident.divisionId()).isEqualTo("KH-6");
        assertThat(service.history(incident, PageRequest.first(10)).items()).singleElement().satisfies(step -> {
            assertThat(step.from()).isNull();
            assertThat(step.to()).isEqualTo(IncidentStatus.REPORTED);
            assertThat(step.changedByKeyId()).isEqualTo(editor.keyId());
            assertThat(step.changedByOrganizationId()).isEqualTo(mission.organizationId());
        });
    }

    @Test
    void anIncidentAtAStationMovesWithItsCentre() {
        Incident incident = service.create(atStation(mission.id(), station.id()), editor);
        PollingCentre centre = world.centres.getForUpdate(station.centreId());
        PollingCentreDraft draft = centre.draft();
        world.centres.update(centre, new PollingCentreDraft(draft.electionId(), "KH-12", draft.name(), draft.address(),
                draft.location(), draft.notes(), draft.sources()));
        assertThat(service.get(incident.id(), IncidentVisibility.PUBLIC).divisionId()).isEqualTo("KH-12");
    }

    @Test
    void anIncidentAwayFromAStationNeedsADivisionOfTheMissionsCountry() {
        assertThat(service.create(inDivision(mission.id(), "KH-6-03"), editor).divisionId()).isEqualTo("KH-6-03");
        assertThat(refusedFields(inDivision(mission.id(), null))).containsExactly("divisionId");
        assertThat(refusedFields(inDivision(mission.id(), "TH-10"))).containsExactly("divisionId");
        assertThat(refusedFields(inDivision(mission.id(), "KH-99"))).containsExactly("divisionId");
    }

    @Test
    void aStationMustBeOfTheMissionsElectionAndADivisionBesideItTheStations() {
        PollingStation of2018 = world.stationIn(KH_2018, "7");
        assertThat(refusedFields(atStation(mission.id(), of2018.id()))).containsExactly("stationId");
        IncidentDraft elsewhere = atStation(mission.id(), station.id());
        IncidentDraft wrongDivision = new IncidentDraft(elsewhere.missionId(), elsewhere.stationId(), "KH-12", null,
                elsewhere.occurredAt(), elsewhere.category(), elsewhere.severity(), elsewhere.description(), null, List.of());
        assertThat(refusedFields(wrongDivision)).containsExactly("divisionId");
    }

    @Test
    void everyMissingOrBadFieldIsNamedAtOnce() {
        IncidentDraft empty = new IncidentDraft(null, null, null, new GeoPoint(91, 0), null,
                null, null, null, " ", List.of());
        assertThat(refusedFields(empty)).containsExactlyInAnyOrder("missionId", "category", "severity", "description",
                "involved", "occurredAt", "location.latitude", "divisionId");
    }

    @Test
    void theWholeWorkflowIsRecordedStepByStep() {
        Incident incident = service.create(atStation(mission.id(), station.id()), editor);
        incident = service.changeStatus(incident, IncidentStatus.UNDER_REVIEW, "Core team checks it", editor);
        incident = service.changeStatus(incident, IncidentStatus.VERIFIED, "Two teams saw it", editor);
        incident = service.changeStatus(incident, IncidentStatus.RESOLVED, "The commission removed the agents", editor);
        assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(world.incidentRows.rows.get(incident.id()).status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(service.history(incident, PageRequest.first(10)).items())
                .extracting(IncidentStatusChange::from, IncidentStatusChange::to, IncidentStatusChange::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, IncidentStatus.REPORTED, null),
                        org.assertj.core.groups.Tuple.tuple(IncidentStatus.REPORTED, IncidentStatus.UNDER_REVIEW, "Core team checks it"),
                        org.assertj.core.groups.Tuple.tuple(IncidentStatus.UNDER_REVIEW, IncidentStatus.VERIFIED, "Two teams saw it"),
                        org.assertj.core.groups.Tuple.tuple(IncidentStatus.VERIFIED, IncidentStatus.RESOLVED,
                                "The commission removed the agents"));
    }

    @Test
    void aStepTheWorkflowDoesNotAllowIsAConflictNamingIt() {
        Incident incident = service.create(atStation(mission.id(), station.id()), editor);
        assertThatThrownBy(() -> service.changeStatus(incident, IncidentStatus.RESOLVED, "Done", editor))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("cannot move from REPORTED to RESOLVED: from REPORTED it may move to UNDER_REVIEW.");
        assertThat(world.incidentRows.changes).hasSize(1);
    }

    @Test
    void aStatusChangeNeedsAReason() {
        Incident incident = service.create(atStation(mission.id(), station.id()), editor);
        assertThatThrownBy(() -> service.changeStatus(incident, IncidentStatus.UNDER_REVIEW, " ", editor))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly("reason"));
    }

    @Test
    void theMissionAndTheStatusCannotChangeByAnUpdate() {
        Incident incident = service.create(atStation(mission.id(), station.id()), editor);
        IncidentDraft moved = atStation(world.mission2018.id(), station.id());
        assertThatThrownBy(() -> service.update(incident, moved))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).contains("missionId"));
        Incident updated = service.update(incident, inDivision(mission.id(), "KH-12"));
        assertThat(updated.stationId()).isNull();
        assertThat(updated.divisionId()).isEqualTo("KH-12");
        assertThat(updated.status()).isEqualTo(IncidentStatus.REPORTED);
        assertThat(service.update(updated, updated.draft())).isSameAs(updated);
    }

    @Test
    void aPlannedMissionsIncidentsExistOnlyForItsOrganisation() {
        Mission planned = world.mission(KH_2023, MissionStatus.PLANNED);
        Actor ours = new Actor(ApiKeyRole.EDITOR, planned.organizationId(), UUID.randomUUID());
        Actor theirs = new Actor(ApiKeyRole.EDITOR, UUID.randomUUID(), UUID.randomUUID());
        Incident incident = service.create(atStation(planned.id(), station.id()), ours);
        assertThat(service.get(incident.id(), IncidentVisibility.of(Optional.of(ours)))).isEqualTo(incident);
        assertThat(service.get(incident.id(), IncidentVisibility.of(Optional.of(Actor.bootstrapAdministrator()))))
                .isEqualTo(incident);
        for (IncidentVisibility stranger : List.of(IncidentVisibility.PUBLIC, IncidentVisibility.of(Optional.of(theirs)))) {
            assertThatThrownBy(() -> service.get(incident.id(), stranger)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> service.getForUpdate(incident.id(), stranger)).isInstanceOf(NotFoundException.class);
        }
        Incident ofActiveMission = service.create(atStation(mission.id(), station.id()), editor);
        assertThat(service.get(ofActiveMission.id(), IncidentVisibility.PUBLIC)).isEqualTo(ofActiveMission);
    }

    @Test
    void statisticsCountPerCategorySeverityStatusAndTheDivisionAtTheLevelAsked() {
        service.create(atStation(mission.id(), station.id()), editor);
        service.create(inDivision(mission.id(), "KH-6-03"), editor);
        service.create(inDivision(mission.id(), "KH-12"), editor);
        service.create(inDivision(mission.id(), "KH"), editor);
        IncidentStats provinces = service.stats(KH_2023, null, null, IncidentVisibility.PUBLIC);
        assertThat(provinces.level()).isEqualTo(org.observa.domain.reference.DivisionLevel.PROVINCE);
        assertThat(provinces.totals().incidents()).isEqualTo(4);
        assertThat(provinces.totals().byCategory()).containsEntry(IncidentCategory.VOTE_BUYING, 3L)
                .containsEntry(IncidentCategory.INTIMIDATION, 1L).containsEntry(IncidentCategory.OTHER, 0L)
                .hasSize(IncidentCategory.values().length);
        assertThat(provinces.totals().byStatus()).containsEntry(IncidentStatus.REPORTED, 4L);
        assertThat(provinces.divisions()).extracting(IncidentStats.DivisionIncidents::divisionId,
                        d -> d.counts().incidents())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KH-12", 1L),
                        org.assertj.core.groups.Tuple.tuple("KH-6", 2L));
        assertThat(provinces.divisions().get(1).counts().bySeverity()).containsEntry(IncidentSeverity.HIGH, 1L)
                .containsEntry(IncidentSeverity.MEDIUM, 1L);
        assertThat(service.stats(KH_2023, org.observa.domain.reference.DivisionLevel.DISTRICT, null,
                IncidentVisibility.PUBLIC).divisions()).extracting(IncidentStats.DivisionIncidents::divisionId)
                .containsExactly("KH-6-03");
        assertThatThrownBy(() -> service.stats(KH_2023, org.observa.domain.reference.DivisionLevel.COUNTRY, null,
                IncidentVisibility.PUBLIC)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(fieldsOf(e)).containsExactly("level"));
        assertThatThrownBy(() -> service.stats("xx-none", null, null, IncidentVisibility.PUBLIC))
                .isInstanceOf(NotFoundException.class);
    }
}
