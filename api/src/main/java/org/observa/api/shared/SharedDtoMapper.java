package org.observa.api.shared;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.observa.api.generated.model.IdentifierDto;
import org.observa.api.generated.model.SourceDto;
import org.observa.domain.shared.Identifier;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.Source;

/** DTO mapping of the values every module shares: localized text, identifiers, sources, instants. */
public final class SharedDtoMapper {

    private SharedDtoMapper() {
    }

    public static Map<String, String> toDto(LocalizedText text) {
        return text == null ? null : text.values();
    }

    public static LocalizedText toLocalizedText(Map<String, String> values) {
        return values == null ? null : new LocalizedText(values);
    }

    /**
     * An optional localized text: {@code {}} is the same as none, as the contract says, so that clients that
     * start every map empty (many generated ones do) can leave it out; it is stored as none, never as empty.
     */
    public static LocalizedText toOptionalLocalizedText(Map<String, String> values) {
        return values == null || values.isEmpty() ? null : new LocalizedText(values);
    }

    public static List<IdentifierDto> toIdentifierDtos(List<Identifier> identifiers) {
        return identifiers.stream().map(i -> new IdentifierDto().scheme(i.scheme()).value(i.value())).toList();
    }

    public static List<Identifier> toIdentifiers(List<IdentifierDto> identifiers) {
        return identifiers == null ? List.of()
                : identifiers.stream().map(i -> new Identifier(i.getScheme(), i.getValue())).toList();
    }

    public static List<SourceDto> toSourceDtos(List<Source> sources) {
        return sources.stream().map(SharedDtoMapper::toDto).toList();
    }

    public static List<Source> toSources(List<SourceDto> sources) {
        return sources == null ? List.of() : sources.stream().map(SharedDtoMapper::toSource).toList();
    }

    public static SourceDto toDto(Source s) {
        return s == null ? null : new SourceDto().citation(s.citation()).url(s.url() == null ? null : URI.create(s.url()))
                .publishedOn(s.publishedOn()).retrievedOn(s.retrievedOn());
    }

    public static Source toSource(SourceDto s) {
        return s == null ? null
                : new Source(s.getCitation(), s.getUrl() == null ? null : s.getUrl().toString(), s.getPublishedOn(),
                        s.getRetrievedOn());
    }

    public static OffsetDateTime toDto(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant toInstant(OffsetDateTime dateTime) {
        return dateTime == null ? null : dateTime.toInstant();
    }

    /** Between the generated DTO enums and the domain's: both spell every value the same. */
    public static <E extends Enum<E>> E toEnum(Enum<?> value, Class<E> type) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }
}
