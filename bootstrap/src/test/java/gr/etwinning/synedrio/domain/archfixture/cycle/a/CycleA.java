package gr.etwinning.synedrio.domain.archfixture.cycle.a;

import gr.etwinning.synedrio.domain.archfixture.cycle.b.CycleB;

/** Violates rule 6 with {@link CycleB}: package a uses package b, which uses package a. */
public record CycleA(CycleB other) {
}
