package org.observa.persistence.mission;

import org.observa.persistence.shared.ParentRecord;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.observa.domain.mission.Mission;
import org.observa.domain.mission.MissionStatus;
import org.observa.domain.mission.TeamMember;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

@Entity
@Table(name = "mission")
public class MissionEntity implements ParentRecord {

    @Id
    UUID id;

    @Column(name = "organization_id")
    UUID organizationId;

    @Column(name = "election_id")
    String electionId;

    @Column(name = "country_id")
    String countryId;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> title;

    @Column(name = "start_date")
    LocalDate startDate;

    @Column(name = "end_date")
    LocalDate endDate;

    @Column(name = "sort_date")
    LocalDate sortDate;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Map<String, String>> objectives;

    @Enumerated(EnumType.STRING)
    MissionStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "team_members")
    List<TeamMember> teamMembers;

    // Loaded for a page of missions at once, not one query per mission.
    @BatchSize(size = 50)
    @ElementCollection
    @CollectionTable(name = "mission_deployment_area", joinColumns = @JoinColumn(name = "mission_id"))
    @OrderColumn(name = "position")
    @Column(name = "division_id")
    List<String> deploymentAreaIds = new ArrayList<>();

    @BatchSize(size = 50)
    @ElementCollection
    @CollectionTable(name = "mission_observation_form", joinColumns = @JoinColumn(name = "mission_id"))
    @OrderColumn(name = "position")
    @Column(name = "form_id")
    List<UUID> observationFormIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> background;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Source> sources;

    String notes;

    @Column(name = "search_text")
    String searchText;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static MissionEntity from(Mission mission) {
        MissionEntity entity = new MissionEntity();
        entity.id = mission.id();
        entity.organizationId = mission.organizationId();
        entity.countryId = mission.countryId();
        entity.createdAt = mission.createdAt();
        entity.copyChangeableFields(mission);
        return entity;
    }

    void copyChangeableFields(Mission m) {
        electionId = m.electionId();
        title = m.title().values();
        startDate = m.startDate();
        endDate = m.endDate();
        sortDate = m.sortDate();
        objectives = m.objectives().stream().map(LocalizedText::values).toList();
        status = m.status();
        teamMembers = m.teamMembers();
        if (!deploymentAreaIds.equals(m.deploymentAreaIds())) {
            deploymentAreaIds.clear();
            deploymentAreaIds.addAll(m.deploymentAreaIds());
        }
        if (!observationFormIds.equals(m.observationFormIds())) {
            observationFormIds.clear();
            observationFormIds.addAll(m.observationFormIds());
        }
        background = m.background() == null ? null : m.background().values();
        sources = m.sources();
        notes = m.notes();
        searchText = m.title().searchable().toLowerCase(Locale.ROOT);
        updatedAt = m.updatedAt();
    }

    Mission toDomain() {
        return new Mission(id, organizationId, electionId, countryId, new LocalizedText(title), startDate, endDate,
                sortDate, objectives.stream().map(LocalizedText::new).toList(), status, teamMembers,
                List.copyOf(deploymentAreaIds), background == null ? null : new LocalizedText(background), sources,
                notes, List.copyOf(observationFormIds), createdAt, updatedAt);
    }
}
