package org.govsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DistributionsTest {

    @Test
    void hoursFallIntoBinsOfARoundWidthThatHoldEveryRun() {
        List<String> hours = List.of("96", "106.6", "109.7", "114.7", "142.8", "");
        Distributions.Distribution d = Distributions.of("hoursToReturn", hours);
        assertThat(d.kind()).isEqualTo("number");
        assertThat(d.runs()).isEqualTo(6);
        assertThat(d.values()).isEqualTo(5);
        assertThat(d.bins()).hasSizeLessThanOrEqualTo(Distributions.MAX_BINS);
        assertThat(d.bins().get(0).from()).isEqualTo(95.0);
        assertThat(d.bins().get(0).to() - d.bins().get(0).from()).isEqualTo(5.0);
        assertThat(d.bins().stream().mapToInt(Distributions.Bin::count).sum()).isEqualTo(5);
        assertThat(d.bins().get(d.bins().size() - 1).to()).isGreaterThan(142.8);
    }

    @Test
    void countsOfPeopleGetWholeBinsAndOneValueGetsOneBin() {
        List<String> counts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            counts.add(Integer.toString(20 + i % 5));
        }
        Distributions.Distribution d = Distributions.of("employeesLost", counts);
        assertThat(d.bins()).extracting(Distributions.Bin::from).containsExactly(20.0, 21.0, 22.0, 23.0, 24.0);
        assertThat(d.bins()).allMatch(b -> b.count() == 6);
        assertThat(Distributions.of("peakSignatures", List.of("738", "738")).bins())
                .containsExactly(new Distributions.Bin(738, 738, 2));
    }

    @Test
    void yesNoGivesTheShareOfYesAndCategoriesTheMostCommonFirst() {
        Distributions.Distribution back = Distributions.of("ceoReinstated", List.of("true", "true", "false", "true"));
        assertThat(back.share()).isEqualTo(0.75);
        assertThat(back.shares()).containsExactly(new Distributions.Share("true", 3, 0.75),
                new Distributions.Share("false", 1, 0.25));
        Distributions.Distribution ceo = Distributions.of("finalCeo", List.of("amodei", "altman", "altman"));
        assertThat(ceo.kind()).isEqualTo("category");
        assertThat(ceo.shares().get(0)).isEqualTo(new Distributions.Share("altman", 2, 0.6667));
    }
}
