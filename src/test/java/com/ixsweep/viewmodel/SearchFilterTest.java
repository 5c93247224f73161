package com.ixsweep.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.ixsweep.model.Profile;
import com.ixsweep.model.ProfileId;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class SearchFilterTest {

    private final List<ProfileRowViewModel> rows = List.of(
            row(1199, "Shop Berlin", "EU", "ads"),
            row(1200, "Shop Paris", "EU", "shops"),
            row(1250, "Forum Tokyo", "Asia", ""),
            row(1300, "shop tokyo", "Asia", "shops"),
            row(1301, "Mail", "", ""));

    private static ProfileRowViewModel row(long id, String name, String group, String tag) {
        return ProfileRowViewModel.of(new Profile(ProfileId.of(id), name, 0, group, "", tag, 0, false));
    }

    private List<Long> shown(String query) {
        Predicate<ProfileRowViewModel> p = SearchFilter.of(query);
        return rows.stream().filter(p).map(r -> r.getId().value()).toList();
    }

    @Test
    void anIdRangeShowsExactlyTheIdsInsideIt() {
        assertThat(shown("1200-1300")).containsExactly(1200L, 1250L, 1300L);
    }

    @Test
    void idsAndRangesCanBeMixed() {
        assertThat(shown("1199, 1250-1250 1301")).containsExactly(1199L, 1250L, 1301L);
    }

    @Test
    void textMatchesNameGroupOrTagIgnoringCase() {
        assertThat(shown("TOKYO")).containsExactly(1250L, 1300L);
        assertThat(shown("eu")).containsExactly(1199L, 1200L);
        assertThat(shown("shops")).containsExactly(1200L, 1300L);
    }

    @Test
    void emptySearchShowsEverything() {
        assertThat(shown("  ")).hasSize(5);
    }
}
