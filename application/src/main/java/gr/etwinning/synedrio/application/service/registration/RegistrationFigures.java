package gr.etwinning.synedrio.application.service.registration;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository;
import gr.etwinning.synedrio.application.port.out.figure.CountedFigureSource;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.text.GreekNumerals;

import java.util.List;
import java.util.Objects;

/**
 * The report's {@code registrations} figure as Synedrio counts it: the edition's registrations, erased ones
 * included (an erased participant registered all the same). Nothing is counted while there are none.
 */
@Singleton
public final class RegistrationFigures implements CountedFigureSource {

    private final RegistrationRepository registrations;

    @Inject
    public RegistrationFigures(RegistrationRepository registrations) {
        this.registrations = Objects.requireNonNull(registrations, "'registrations' must not be null");
    }

    @Override
    public List<CountedFigure> count(EditionNumber edition) {
        int n = registrations.count(edition);
        return n == 0 ? List.of() : List.of(new CountedFigure("registrations", n,
                "καταμετρήθηκε από " + (n == 1 ? "μία εγγραφή" : GreekNumerals.grouped(n) + " εγγραφές")
                        + " στο Synedrio"));
    }
}
