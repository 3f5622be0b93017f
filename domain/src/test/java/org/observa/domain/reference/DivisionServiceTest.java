package org.observa.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.Identifier;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.ValidationException;

class DivisionServiceTest {

    private final InMemoryDivisions divisions = new InMemoryDivisions();
    private final InMemoryElections elections = new InMemoryElections();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T18:00:00.123456789Z"), ZoneOffset.UTC);
    private final DivisionService service = new DivisionService(divisions, elections, clock);

    private static DivisionDraft draft(String id, DivisionLevel level, String parentId) {
        return new DivisionDraft(id, level, parentId, LocalizedText.english("Name of " + id), List.of());
    }

    private static List<String> fieldsOf(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @BeforeEach
    void cambodiaAndKampongThom() {
        service.create(draft("KH", DivisionLevel.COUNTRY, null));
        service.create(draft("KH-6", DivisionLevel.PROVINCE, "KH"));
    }

    @Test
    void aCreatedDivisionIsStampedAtMicrosecondPrecision() {
        Division district = service.create(draft("KH-6-03", DivisionLevel.DISTRICT, "KH-6"));
        assertThat(district.createdAt()).isEqualTo(Instant.parse("2026-11-27T18:00:00.123456Z"));
        assertThat(district.updatedAt()).isEqualTo(district.createdAt());
        assertThat(district.countryId()).isEqualTo("KH");
        assertThat(divisions.byId("KH-6-03")).contains(district);
    }

    @Test
    void aCountryCodeIsIsoAlpha2() {
        assertThatThrownBy(() -> service.create(draft("KHM", DivisionLevel.COUNTRY, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly("id"));
    }

    @Test
    void aProvinceCodeIsIso3166Dash2UnderItsCountry() {
        assertThatThrownBy(() -> service.create(draft("TH-6", DivisionLevel.PROVINCE, "KH")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly("id"));
        assertThatThrownBy(() -> service.create(draft("KH-1234", DivisionLevel.PROVINCE, "KH")))
                .isInstanceOf(ValidationException.class);
        assertThat(service.create(draft("KH-25", DivisionLevel.PROVINCE, "KH")).id()).isEqualTo("KH-25");
    }

    @Test
    void theParentMustBeExactlyOneLevelUp() {
        assertThatThrownBy(() -> service.create(draft("KH-6-01", DivisionLevel.COMMUNE, "KH-6")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .contains(new FieldError("parentId", "must be a DISTRICT for a COMMUNE, but 'KH-6' is a PROVINCE")));
    }

    @Test
    void theParentMustExist() {
        assertThatThrownBy(() -> service.create(draft("KH-7-01", DivisionLevel.DISTRICT, "KH-7")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .contains(new FieldError("parentId", "there is no division 'KH-7'")));
    }

    @Test
    void aCountryHasNoParentAndOthersNeedOne() {
        assertThatThrownBy(() -> service.create(draft("TH", DivisionLevel.COUNTRY, "KH")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly("parentId"));
        assertThatThrownBy(() -> service.create(draft("KH-7", DivisionLevel.PROVINCE, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly("parentId"));
    }

    @Test
    void namesNeedEnglishAndValidLanguageTags() {
        DivisionDraft draft = new DivisionDraft("KH-6-04", DivisionLevel.DISTRICT, "KH-6",
                new LocalizedText(Map.of("km", "កំពង់ធំ", "Khmer!", "x")), List.of());
        assertThatThrownBy(() -> service.create(draft))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(fieldsOf(e)).containsExactlyInAnyOrder("name.en", "name.Khmer!"));
    }

    @Test
    void identifiersHaveOnePerScheme() {
        DivisionDraft draft = new DivisionDraft("KH-6-05", DivisionLevel.DISTRICT, "KH-6", LocalizedText.english("x"),
                List.of(new Identifier("ocd-id", "a"), new Identifier("ocd-id", "b"), new Identifier("Bad Scheme", "c")));
        assertThatThrownBy(() -> service.create(draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e))
                        .containsExactlyInAnyOrder("identifiers[1].scheme", "identifiers[2].scheme"));
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        assertThatThrownBy(() -> service.create(draft("KH-6", DivisionLevel.PROVINCE, "KH")))
                .isInstanceOf(ConflictException.class).hasMessage("There is already a division 'KH-6'.");
    }

    @Test
    void anUpdateChangesTheNameButNotThePlaceInTheHierarchy() {
        Division current = service.get("KH-6");
        DivisionDraft moved = new DivisionDraft("KH-6", DivisionLevel.DISTRICT, "KH-7", current.name(), List.of());
        assertThatThrownBy(() -> service.update(current, moved))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(fieldsOf(e)).containsExactlyInAnyOrder("level", "parentId"));

        Division renamed = service.update(current, new DivisionDraft("KH-6", DivisionLevel.PROVINCE, "KH",
                new LocalizedText(Map.of("en", "Kampong Thom", "km", "កំពង់ធំ")), List.of()));
        assertThat(renamed.name().values()).containsEntry("km", "កំពង់ធំ");
        assertThat(service.get("KH-6")).isEqualTo(renamed);
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheRecordAsItWas() {
        Division current = service.get("KH-6");
        assertThat(service.update(current, current.draft())).isSameAs(current);
    }

    @Test
    void aDivisionWithChildrenCannotBeDeleted() {
        assertThatThrownBy(() -> service.delete(service.get("KH"))).isInstanceOf(ConflictException.class);
        assertThat(divisions.byId("KH")).isPresent();
    }

    @Test
    void theCountryOfAnElectionCannotBeDeleted() {
        service.create(draft("TH", DivisionLevel.COUNTRY, null));
        new ElectionService(elections, divisions, clock).create(ElectionServiceTest.draft("TH", ElectionType.SENATE,
                java.time.LocalDate.of(2024, 5, 13)));
        assertThatThrownBy(() -> service.delete(service.get("TH"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aLeafIsDeleted() {
        service.delete(service.get("KH-6"));
        assertThatThrownBy(() -> service.get("KH-6")).isInstanceOf(NotFoundException.class)
                .hasMessage("There is no division 'KH-6'.");
    }
}
