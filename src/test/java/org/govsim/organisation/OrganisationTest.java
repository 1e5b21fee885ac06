package org.govsim.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.govsim.organisation.Organisation.OrganisationDescribed;
import org.govsim.organisation.Organisation.Person;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    @Test
    void idsInATextBecomeNamesWhateverTheNamesHoldAndNoNameIsReplacedAgain() {
        Organisation org = new Organisation();
        org.evolve(new OrganisationDescribed("Co", "a company", List.of(
                new Person("ann", "Ann $1 Lee", "director", false, "S1"),
                new Person("lee", "Lee (the elder)", "director", false, "S1"),
                new Person("a.b", "A. B.", "officer", false, "S1")), List.of(), List.of(), "S1"), Instant.EPOCH);

        assertThat(org.withNames("ann and lee voted; a.b abstained; annual and aXb stay"))
                .isEqualTo("Ann $1 Lee and Lee (the elder) voted; A. B. abstained; annual and aXb stay");
    }
}
