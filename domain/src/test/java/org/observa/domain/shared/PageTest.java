package org.observa.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void theExtraRowOnlySignalsThatThereIsMore() {
        Page<String> page = Page.of(List.of("a", "b", "c"), 2, s -> List.of(s));
        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.next()).containsExactly("b");
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void aShortPageIsTheLast() {
        Page<String> page = Page.of(List.of("a", "b"), 2, s -> List.of(s));
        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void aPositionThatCannotBeReadIsAnInvalidPageToken() {
        PageRequest request = new PageRequest(10, List.of("not-a-date"));
        assertThatThrownBy(() -> request.afterDate(0)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("pageToken"));
        assertThatThrownBy(() -> request.afterText(1)).isInstanceOf(ValidationException.class);
    }

    @Test
    void pageSizesOutsideOneToFiveHundredAreRefused() {
        assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRequest.first(501)).isInstanceOf(IllegalArgumentException.class);
    }
}
