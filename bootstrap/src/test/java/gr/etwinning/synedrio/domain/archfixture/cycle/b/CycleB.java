package gr.etwinning.synedrio.domain.archfixture.cycle.b;

import gr.etwinning.synedrio.domain.archfixture.cycle.a.CycleA;

/** Violates rule 6 with {@link CycleA}. */
public record CycleB(String name) {

    public CycleA pair() {
        return new CycleA(this);
    }
}
