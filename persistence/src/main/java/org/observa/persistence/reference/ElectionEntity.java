package org.observa.persistence.reference;

import org.observa.persistence.shared.ParentRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.observa.domain.reference.Election;
import org.observa.domain.reference.ElectionType;
import org.observa.domain.reference.ElectoralSystem;
import org.observa.domain.reference.ManagementBody;
import org.observa.domain.reference.ResultsStatus;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

@Entity
@Table(name = "election")
public class ElectionEntity implements ParentRecord {

    /** The stored shape of a management body (a JSON column). */
    public record ManagementBodyColumn(Map<String, String> name, String abbreviation) {
    }

    @Id
    String id;

    @Column(name = "country_id")
    String countryId;

    @Enumerated(EnumType.STRING)
    ElectionType type;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> name;

    @Column(name = "polling_date")
    LocalDate pollingDate;

    @Column(name = "time_zone")
    String timeZone;

    @Column(name = "polls_open")
    LocalTime pollsOpen;

    @Column(name = "polls_close")
    LocalTime pollsClose;

    Integer seats;

    Integer constituencies;

    @Enumerated(EnumType.STRING)
    @Column(name = "electoral_system")
    ElectoralSystem electoralSystem;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "management_body")
    ManagementBodyColumn managementBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "results_status")
    ResultsStatus resultsStatus;

    @Column(name = "results_announced_on")
    LocalDate resultsAnnouncedOn;

    String notes;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Source> sources;

    @Column(name = "search_text")
    String searchText;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static ElectionEntity from(Election election) {
        ElectionEntity entity = new ElectionEntity();
        entity.id = election.id();
        entity.countryId = election.countryId();
        entity.type = election.type();
        entity.createdAt = election.createdAt();
        entity.copyChangeableFields(election);
        return entity;
    }

    void copyChangeableFields(Election e) {
        name = e.name().values();
        pollingDate = e.pollingDate();
        timeZone = e.timeZone();
        pollsOpen = e.pollsOpen();
        pollsClose = e.pollsClose();
        seats = e.seats();
        constituencies = e.constituencies();
        electoralSystem = e.electoralSystem();
        managementBody = e.managementBody() == null ? null
                : new ManagementBodyColumn(e.managementBody().name().values(), e.managementBody().abbreviation());
        resultsStatus = e.resultsStatus();
        resultsAnnouncedOn = e.resultsAnnouncedOn();
        notes = e.notes();
        sources = e.sources();
        searchText = (e.id() + " " + e.name().searchable()).toLowerCase(java.util.Locale.ROOT);
        updatedAt = e.updatedAt();
    }

    Election toDomain() {
        ManagementBody body = managementBody == null ? null
                : new ManagementBody(new LocalizedText(managementBody.name()), managementBody.abbreviation());
        return new Election(id, countryId, type, new LocalizedText(name), pollingDate, timeZone, pollsOpen, pollsClose,
                seats, constituencies, electoralSystem, body, resultsStatus, resultsAnnouncedOn, notes, sources,
                createdAt, updatedAt);
    }
}
