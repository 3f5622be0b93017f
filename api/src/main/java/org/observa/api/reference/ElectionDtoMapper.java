package org.observa.api.reference;

import static org.observa.api.shared.SharedDtoMapper.toEnum;

import java.time.LocalTime;
import org.observa.api.bulk.CsvColumns;
import org.observa.api.generated.model.ElectionCreateDto;
import org.observa.api.generated.model.ElectionDto;
import org.observa.api.generated.model.ElectionTypeDto;
import org.observa.api.generated.model.ElectoralSystemDto;
import org.observa.api.generated.model.ManagementBodyDto;
import org.observa.api.generated.model.ResultsStatusDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.reference.Election;
import org.observa.domain.reference.ElectionDraft;
import org.observa.domain.reference.ElectionType;
import org.observa.domain.reference.ElectoralSystem;
import org.observa.domain.reference.ManagementBody;
import org.observa.domain.reference.ResultsStatus;

final class ElectionDtoMapper {

    private ElectionDtoMapper() {
    }

    /** The CSV columns of elections; documented in the contract, only ever appended to. */
    static final CsvColumns<Election> CSV = new CsvColumns<Election>()
            .add("id", Election::id)
            .add("countryId", Election::countryId)
            .add("type", Election::type)
            .add("nameEn", e -> e.name().english())
            .add("pollingDate", Election::pollingDate)
            .add("timeZone", Election::timeZone)
            .add("pollsOpen", e -> text(e.pollsOpen()))
            .add("pollsClose", e -> text(e.pollsClose()))
            .add("seats", Election::seats)
            .add("constituencies", Election::constituencies)
            .add("electoralSystem", Election::electoralSystem)
            .add("managementBody", e -> e.managementBody() == null ? null : e.managementBody().abbreviation())
            .add("resultsStatus", Election::resultsStatus)
            .add("resultsAnnouncedOn", Election::resultsAnnouncedOn)
            .addJson("names", e -> e.name().values())
            .addJson("sources", e -> SharedDtoMapper.toSourceDtos(e.sources()))
            .add("notes", Election::notes)
            .add("createdAt", Election::createdAt)
            .add("updatedAt", Election::updatedAt);

    static ElectionDto toDto(Election e) {
        return new ElectionDto()
                .id(e.id())
                .countryId(e.countryId())
                .type(toEnum(e.type(), ElectionTypeDto.class))
                .name(SharedDtoMapper.toDto(e.name()))
                .pollingDate(e.pollingDate())
                .timeZone(e.timeZone())
                .pollsOpen(text(e.pollsOpen()))
                .pollsClose(text(e.pollsClose()))
                .seats(e.seats())
                .constituencies(e.constituencies())
                .electoralSystem(toEnum(e.electoralSystem(), ElectoralSystemDto.class))
                .managementBody(toDto(e.managementBody()))
                .resultsStatus(toEnum(e.resultsStatus(), ResultsStatusDto.class))
                .resultsAnnouncedOn(e.resultsAnnouncedOn())
                .notes(e.notes())
                .sources(SharedDtoMapper.toSourceDtos(e.sources()))
                .createdAt(SharedDtoMapper.toDto(e.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(e.updatedAt()));
    }

    /** The election as a create body: what a merge patch is applied to. */
    static ElectionCreateDto toWritable(Election e) {
        return new ElectionCreateDto()
                .countryId(e.countryId())
                .type(toEnum(e.type(), ElectionTypeDto.class))
                .name(SharedDtoMapper.toDto(e.name()))
                .pollingDate(e.pollingDate())
                .timeZone(e.timeZone())
                .pollsOpen(text(e.pollsOpen()))
                .pollsClose(text(e.pollsClose()))
                .seats(e.seats())
                .constituencies(e.constituencies())
                .electoralSystem(toEnum(e.electoralSystem(), ElectoralSystemDto.class))
                .managementBody(toDto(e.managementBody()))
                .resultsStatus(toEnum(e.resultsStatus(), ResultsStatusDto.class))
                .resultsAnnouncedOn(e.resultsAnnouncedOn())
                .notes(e.notes())
                .sources(SharedDtoMapper.toSourceDtos(e.sources()));
    }

    static ElectionDraft toDraft(ElectionCreateDto dto) {
        ManagementBody body = dto.getManagementBody() == null ? null
                : new ManagementBody(SharedDtoMapper.toLocalizedText(dto.getManagementBody().getName()),
                dto.getManagementBody().getAbbreviation());
        return new ElectionDraft(dto.getCountryId(), toEnum(dto.getType(), ElectionType.class),
                SharedDtoMapper.toLocalizedText(dto.getName()), dto.getPollingDate(), dto.getTimeZone(),
                time(dto.getPollsOpen()), time(dto.getPollsClose()), dto.getSeats(), dto.getConstituencies(),
                toEnum(dto.getElectoralSystem(), ElectoralSystem.class), body,
                toEnum(dto.getResultsStatus(), ResultsStatus.class), dto.getResultsAnnouncedOn(), dto.getNotes(),
                SharedDtoMapper.toSources(dto.getSources()));
    }

    private static ManagementBodyDto toDto(ManagementBody body) {
        return body == null ? null
                : new ManagementBodyDto().name(SharedDtoMapper.toDto(body.name())).abbreviation(body.abbreviation());
    }

    // HH:MM on the wire; the contract's pattern has been checked before this runs.
    private static LocalTime time(String text) {
        return text == null ? null : LocalTime.parse(text);
    }

    private static String text(LocalTime time) {
        return time == null ? null : time.toString();
    }
}
