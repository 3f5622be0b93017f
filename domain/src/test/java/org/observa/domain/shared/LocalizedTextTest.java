package org.observa.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void languagesAreKeptInOneOrderSoEqualTextsAreEqual() {
        LocalizedText a = new LocalizedText(Map.of("km", "កំពង់ធំ", "en", "Kampong Thom", "ja", "コンポントム"));
        assertThat(a.values().keySet()).containsExactly("en", "ja", "km");
        assertThat(a).isEqualTo(new LocalizedText(Map.of("en", "Kampong Thom", "ja", "コンポントム", "km", "កំពង់ធំ")));
    }

    @Test
    void searchableTextHoldsEveryLanguageInLowerCase() {
        assertThat(new LocalizedText(Map.of("en", "Kampong THOM", "km", "កំពង់ធំ")).searchable())
                .contains("kampong thom").contains("កំពង់ធំ");
    }

    @Test
    void violationsNameEachBadLanguage() {
        Violations violations = new Violations();
        violations.localizedText("name", new LocalizedText(Map.of("km", " ", "EN", "x")));
        assertThat(violations.has("name.en")).isTrue();
        assertThat(violations.has("name.km")).isTrue();
        assertThat(violations.has("name.EN")).isTrue();
    }
}
