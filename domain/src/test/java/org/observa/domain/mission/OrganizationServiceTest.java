package org.observa.domain.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observa.domain.mission.MissionFixture.fieldsOf;
import static org.observa.domain.mission.MissionFixture.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.Identifier;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.ValidationException;

class OrganizationServiceTest {

    private final MissionFixture world = new MissionFixture();
    private final OrganizationService service = world.organizations;

    @Test
    void anOrganizationIsCreatedUnderAFreshIdAndStamped() {
        Organization nec = service.create(new OrganizationDraft(LocalizedText.english("National Election Committee"),
                "NEC", OrganizationClassification.ELECTION_MANAGEMENT_BODY, "KH", "https://www.nec.gov.kh/", List.of()));
        assertThat(nec.id()).isNotEqualTo(world.interband.id());
        assertThat(nec.createdAt()).isEqualTo(Instant.parse("2026-11-27T18:00:00.123456Z")).isEqualTo(nec.updatedAt());
        assertThat(service.get(nec.id())).isEqualTo(nec);
    }

    @Test
    void aChosenIdIsKeptAndCannotBeTakenTwice() {
        UUID id = UUID.fromString("5b0c2f8e-0d4e-4a53-9a49-3f1c2e7a0b11");
        assertThat(service.create(id, organization("COMFREL", OrganizationClassification.OBSERVER_GROUP, "KH")).id())
                .isEqualTo(id);
        assertThatThrownBy(() -> service.create(id, organization("Other", OrganizationClassification.OTHER, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("There is already an organization '" + id + "'.");
    }

    @Test
    void theCountryMustBeACountry() {
        assertThatThrownBy(() -> service.create(organization("x", OrganizationClassification.MINISTRY, "KH-6")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("countryId", "must be a COUNTRY, but 'KH-6' is a PROVINCE")));
        assertThatThrownBy(() -> service.create(organization("x", OrganizationClassification.MINISTRY, "FR")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("countryId", "there is no division 'FR'")));
    }

    @Test
    void anInternationalOrganizationNeedsNoCountry() {
        assertThat(service.create(organization("UN", OrganizationClassification.INTERNATIONAL_ORGANIZATION, null))
                .countryId()).isNull();
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        OrganizationDraft draft = new OrganizationDraft(new LocalizedText(Map.of("ja", "インターバンド")), " ", null, null,
                "ftp://example.org", List.of(new Identifier("Wiki Data", "Q1")));
        assertThatThrownBy(() -> service.create(draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactlyInAnyOrder(
                        "name.en", "abbreviation", "classification", "website", "identifiers[0].scheme"));
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheRecordAsItWas() {
        Organization current = world.interband;
        assertThat(service.update(current, current.draft())).isSameAs(current);
    }

    @Test
    void anUpdateKeepsTheIdAndCreationTime() {
        Organization current = world.interband;
        OrganizationDraft renamed = new OrganizationDraft(new LocalizedText(Map.of("en", "Interband", "ja", "インターバンド")),
                null, OrganizationClassification.OBSERVER_GROUP, "JP", null, List.of());
        Organization updated = service.update(current, renamed);
        assertThat(updated.id()).isEqualTo(current.id());
        assertThat(updated.createdAt()).isEqualTo(current.createdAt());
        assertThat(service.get(current.id()).name().values()).containsEntry("ja", "インターバンド");
    }

    @Test
    void anOrganizationThatSentMissionsIsNotDeleted() {
        world.missions.create(world.mission());
        assertThatThrownBy(() -> service.delete(world.interband)).isInstanceOf(ConflictException.class)
                .hasMessage("Organization '" + world.interband.id() + "' has sent missions; delete them first.");
    }

    @Test
    void theCounterpartOfAnEngagementIsNotDeleted() {
        Organization comfrel = service.create(organization("COMFREL", OrganizationClassification.OBSERVER_GROUP, "KH"));
        Mission mission = world.missions.create(world.mission());
        EngagementDraft meeting = MissionFixture.engagement(LocalDate.of(2023, 7, 14), null);
        world.engagements.create(mission.id(), new EngagementDraft(meeting.kind(), meeting.startDate(), null,
                null, null, comfrel.id(), List.of(), meeting.summary()));
        assertThatThrownBy(() -> service.delete(comfrel)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("is the counterpart of engagements");
    }

    @Test
    void anUnreferencedOrganizationIsDeleted() {
        Organization party = service.create(organization("A party", OrganizationClassification.POLITICAL_PARTY, "KH"));
        service.delete(party);
        assertThatThrownBy(() -> service.get(party.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("There is no organization '" + party.id() + "'.");
    }
}
