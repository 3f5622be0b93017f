package org.observa.api.party;

import java.net.URI;
import java.util.Map;
import org.observa.api.bulk.CsvColumns;
import org.observa.api.generated.model.PartyCreateDto;
import org.observa.api.generated.model.PartyDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.party.Party;
import org.observa.domain.party.PartyDraft;
import org.observa.domain.shared.LocalizedText;

final class PartyDtoMapper {

    private PartyDtoMapper() {
    }

    /** The CSV columns of parties; documented in the contract, only ever appended to. */
    static final CsvColumns<Party> CSV = new CsvColumns<Party>()
            .add("id", Party::id)
            .add("countryId", Party::countryId)
            .add("nameEn", p -> p.name().english())
            .add("abbreviation", Party::abbreviation)
            .add("foundedOn", Party::foundedOn)
            .add("dissolvedOn", Party::dissolvedOn)
            .add("colour", Party::colour)
            .add("logoUrl", Party::logoUrl)
            .add("predecessorId", Party::predecessorId)
            .addJson("names", p -> p.name().values())
            .addJson("identifiers", p -> SharedDtoMapper.toIdentifierDtos(p.identifiers()))
            .addJson("sources", p -> SharedDtoMapper.toSourceDtos(p.sources()))
            .add("notes", Party::notes)
            .add("createdAt", Party::createdAt)
            .add("updatedAt", Party::updatedAt);

    static PartyDto toDto(Party p) {
        return new PartyDto()
                .id(p.id())
                .countryId(p.countryId())
                .name(SharedDtoMapper.toDto(p.name()))
                .abbreviation(p.abbreviation())
                .foundedOn(p.foundedOn())
                .dissolvedOn(p.dissolvedOn())
                .colour(p.colour())
                .logoUrl(uri(p.logoUrl()))
                .identifiers(SharedDtoMapper.toIdentifierDtos(p.identifiers()))
                .predecessorId(p.predecessorId())
                .sources(SharedDtoMapper.toSourceDtos(p.sources()))
                .notes(p.notes())
                .createdAt(SharedDtoMapper.toDto(p.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(p.updatedAt()));
    }

    /** The party as a create body: what a merge patch is applied to. */
    static PartyCreateDto toWritable(Party p) {
        return new PartyCreateDto()
                .countryId(p.countryId())
                .name(SharedDtoMapper.toDto(p.name()))
                .abbreviation(p.abbreviation())
                .foundedOn(p.foundedOn())
                .dissolvedOn(p.dissolvedOn())
                .colour(p.colour())
                .logoUrl(uri(p.logoUrl()))
                .identifiers(SharedDtoMapper.toIdentifierDtos(p.identifiers()))
                .predecessorId(p.predecessorId())
                .sources(SharedDtoMapper.toSourceDtos(p.sources()))
                .notes(p.notes());
    }

    static PartyDraft toDraft(PartyCreateDto dto) {
        return new PartyDraft(dto.getCountryId(), SharedDtoMapper.toLocalizedText(dto.getName()), dto.getAbbreviation(),
                dto.getFoundedOn(), dto.getDissolvedOn(), dto.getColour(),
                dto.getLogoUrl() == null ? null : dto.getLogoUrl().toString(),
                SharedDtoMapper.toIdentifiers(dto.getIdentifiers()), dto.getPredecessorId(),
                SharedDtoMapper.toSources(dto.getSources()), dto.getNotes());
    }


    // Stored URLs were checked to be absolute http(s) URLs when they were written.
    private static URI uri(String url) {
        return url == null ? null : URI.create(url);
    }
}
