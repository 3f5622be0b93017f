package org.observa.api.recommendation;

import static org.observa.api.shared.SharedDtoMapper.toEnum;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.observa.api.bulk.CsvColumns;
import org.observa.api.generated.model.AddresseeDto;
import org.observa.api.generated.model.AddresseeKindDto;
import org.observa.api.generated.model.ElectoralPhaseDto;
import org.observa.api.generated.model.RecommendationChainDto;
import org.observa.api.generated.model.RecommendationChainItemDto;
import org.observa.api.generated.model.RecommendationCreateDto;
import org.observa.api.generated.model.RecommendationDto;
import org.observa.api.generated.model.RecommendationPriorityDto;
import org.observa.api.generated.model.RecommendationSourceDto;
import org.observa.api.generated.model.RecommendationStatsDto;
import org.observa.api.generated.model.RecommendationStatsGroupDto;
import org.observa.api.generated.model.RecommendationStatsGroupingDto;
import org.observa.api.generated.model.RecommendationStatusDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.mission.ElectoralPhase;
import org.observa.domain.recommendation.Addressee;
import org.observa.domain.recommendation.AddresseeKind;
import org.observa.domain.recommendation.ChainLink;
import org.observa.domain.recommendation.Priority;
import org.observa.domain.recommendation.Recommendation;
import org.observa.domain.recommendation.RecommendationChain;
import org.observa.domain.recommendation.RecommendationDraft;
import org.observa.domain.recommendation.RecommendationSource;
import org.observa.domain.recommendation.RecommendationStats;
import org.observa.domain.shared.Source;

final class RecommendationDtoMapper {

    private RecommendationDtoMapper() {
    }

    /** The CSV columns of recommendations; documented in the contract, only ever appended to. */
    static final CsvColumns<Recommendation> CSV = new CsvColumns<Recommendation>()
            .add("id", Recommendation::id)
            .add("missionId", Recommendation::missionId)
            .add("countryId", Recommendation::countryId)
            .add("number", Recommendation::number)
            .add("titleEn", r -> r.title().english())
            .add("textEn", r -> r.text().english())
            .add("addresseeKinds", r -> r.addressees().stream().map(a -> a.kind().name()).distinct()
                    .collect(Collectors.joining(";")))
            .addJson("addressees", r -> toAddresseeDtos(r.addressees()))
            .add("phase", Recommendation::phase)
            .add("priority", Recommendation::priority)
            .add("follows", Recommendation::follows)
            .add("status", Recommendation::status)
            .add("sourceCitation", r -> r.source() == null ? null : r.source().source().citation())
            .add("sourcePage", r -> r.source() == null ? null : r.source().page())
            .add("notes", Recommendation::notes)
            .addJson("titles", r -> r.title().values())
            .addJson("texts", r -> r.text().values())
            .addJson("source", r -> toDto(r.source()))
            .add("createdAt", Recommendation::createdAt)
            .add("updatedAt", Recommendation::updatedAt);

    static RecommendationDto toDto(Recommendation r) {
        return new RecommendationDto()
                .id(r.id())
                .missionId(r.missionId())
                .countryId(r.countryId())
                .number(r.number())
                .title(SharedDtoMapper.toDto(r.title()))
                .text(SharedDtoMapper.toDto(r.text()))
                .addressees(toAddresseeDtos(r.addressees()))
                .phase(toEnum(r.phase(), ElectoralPhaseDto.class))
                .priority(toEnum(r.priority(), RecommendationPriorityDto.class))
                .follows(r.follows())
                .source(toDto(r.source()))
                .notes(r.notes())
                .status(toEnum(r.status(), RecommendationStatusDto.class))
                .createdAt(SharedDtoMapper.toDto(r.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(r.updatedAt()));
    }

    /** The recommendation as a create body: what a merge patch is applied to. */
    static RecommendationCreateDto toWritable(Recommendation r) {
        return new RecommendationCreateDto()
                .missionId(r.missionId())
                .number(r.number())
                .title(SharedDtoMapper.toDto(r.title()))
                .text(SharedDtoMapper.toDto(r.text()))
                .addressees(toAddresseeDtos(r.addressees()))
                .phase(toEnum(r.phase(), ElectoralPhaseDto.class))
                .priority(toEnum(r.priority(), RecommendationPriorityDto.class))
                .follows(r.follows())
                .source(toDto(r.source()))
                .notes(r.notes());
    }

    static RecommendationDraft toDraft(RecommendationCreateDto dto) {
        return new RecommendationDraft(dto.getMissionId(), dto.getNumber(), SharedDtoMapper.toLocalizedText(dto.getTitle()),
                SharedDtoMapper.toLocalizedText(dto.getText()),
                dto.getAddressees() == null ? null : dto.getAddressees().stream()
                        .map(a -> new Addressee(toEnum(a.getKind(), AddresseeKind.class), a.getName())).toList(),
                toEnum(dto.getPhase(), ElectoralPhase.class), toEnum(dto.getPriority(), Priority.class), dto.getFollows(),
                toSource(dto.getSource()), dto.getNotes());
    }

    static RecommendationChainDto toDto(RecommendationChain chain) {
        return new RecommendationChainDto()
                .recommendationId(chain.recommendationId())
                .items(chain.links().stream().map(RecommendationDtoMapper::toDto).toList());
    }

    static RecommendationStatsDto toDto(RecommendationStats stats) {
        return new RecommendationStatsDto()
                .countryId(stats.countryId())
                .groupBy(toEnum(stats.grouping(), RecommendationStatsGroupingDto.class))
                .total(stats.total())
                .groups(stats.groups().stream().map(g -> new RecommendationStatsGroupDto().key(g.key()).count(g.count())
                        .share(g.share())).toList());
    }

    private static RecommendationChainItemDto toDto(ChainLink link) {
        return new RecommendationChainItemDto()
                .recommendation(toDto(link.recommendation()))
                .missionDate(link.missionDate())
                .assessments(link.assessments().stream().map(AssessmentDtoMapper::toDto).toList());
    }

    private static List<AddresseeDto> toAddresseeDtos(List<Addressee> addressees) {
        return addressees.stream()
                .map(a -> new AddresseeDto().kind(toEnum(a.kind(), AddresseeKindDto.class)).name(a.name())).toList();
    }

    private static RecommendationSourceDto toDto(RecommendationSource s) {
        if (s == null) {
            return null;
        }
        Source source = s.source();
        return new RecommendationSourceDto().citation(source.citation())
                .url(source.url() == null ? null : URI.create(source.url()))
                .publishedOn(source.publishedOn()).retrievedOn(source.retrievedOn()).page(s.page());
    }

    private static RecommendationSource toSource(RecommendationSourceDto s) {
        return s == null ? null : new RecommendationSource(new Source(s.getCitation(),
                Objects.toString(s.getUrl(), null), s.getPublishedOn(), s.getRetrievedOn()), s.getPage());
    }
}
