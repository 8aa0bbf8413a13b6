package gr.etwinning.synedrio.domain.programme;

import gr.etwinning.synedrio.domain.Check;

/** A contribution's identifier within its edition ("d2-primary-talk-07"); stable across exports and imports. */
public record ContributionId(String value) implements Comparable<ContributionId> {

    public ContributionId {
        Check.slug(value, "contribution id");
    }

    public static ContributionId of(String value) {
        return new ContributionId(value);
    }

    @Override
    public int compareTo(ContributionId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
