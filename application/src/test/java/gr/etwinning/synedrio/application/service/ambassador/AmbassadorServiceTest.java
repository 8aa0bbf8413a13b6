package gr.etwinning.synedrio.application.service.ambassador;

import gr.etwinning.synedrio.application.port.in.ambassador.AddAmbassadorUseCase.AddAmbassadorCommand;
import gr.etwinning.synedrio.application.port.in.ambassador.AmbassadorData;
import gr.etwinning.synedrio.application.service.InMemoryPorts;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.person.Standing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmbassadorServiceTest {

    private InMemoryPorts ports;
    private AmbassadorService service;

    @BeforeEach
    void setUp() {
        ports = new InMemoryPorts();
        service = new AmbassadorService(ports.personRepository, ports.ambassadorRepository, ports.schoolRepository,
                ports.transactions);
    }

    @Test
    void givenANewTeacherWhenRecordedAsAmbassadorThenTheyExistAndMayChair() {
        AmbassadorData added = service.addAmbassador(new AddAmbassadorCommand(new AmbassadorData("kokkinou-eleni",
                "Ελένη Κοκκίνου", "27ο ΓΕΛ ΑΘΗΝΩΝ", "Αττική", 2019)));
        assertThat(added.school()).isEqualTo("27ο ΓΕΛ ΑΘΗΝΩΝ");
        Person p = ports.persons.get(PersonId.of("kokkinou-eleni"));
        assertThat(p.mayChair()).isTrue();
        assertThat(ports.schools).containsKey("27 γελ αθηνων");
        assertThat(service.listAmbassadors()).containsExactly(added);
    }

    @Test
    void anExistingPersonKeepsTheirStandingsAndGainsTheAmbassadorOne() {
        ports.persons.put(PersonId.of("paraskevas-michail"), new Person(PersonId.of("paraskevas-michail"), "κ.",
                "Μιχαήλ Παρασκευάς", List.of("Μιχάλης Παρασκευάς"), null, null, EnumSet.of(Standing.NSS_MEMBER)));
        service.addAmbassador(new AddAmbassadorCommand(new AmbassadorData("paraskevas-michail", "Μιχάλης Παρασκευάς",
                null, "Πελοπόννησος", null)));
        assertThat(ports.persons.get(PersonId.of("paraskevas-michail")).standings())
                .containsExactlyInAnyOrder(Standing.NSS_MEMBER, Standing.AMBASSADOR);
    }

    @Test
    void personsWithTheStandingButNoDetailsAreListedToo() {
        ports.persons.put(PersonId.of("nikolaou-eleni"), new Person(PersonId.of("nikolaou-eleni"), null,
                "Ελένη Νικολάου", List.of(), null, null, EnumSet.of(Standing.AMBASSADOR)));
        assertThat(service.listAmbassadors()).containsExactly(new AmbassadorData("nikolaou-eleni", "Ελένη Νικολάου",
                null, null, null));
    }

    @Test
    void anUnknownIdWithoutANameOrAMismatchedNameIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> service.addAmbassador(new AddAmbassadorCommand(new AmbassadorData("nobody", null,
                null, null, null)))).isInstanceOf(InvalidValueException.class).hasMessageContaining("give the"
                + " ambassador's name");
        ports.persons.put(PersonId.of("nikolaou-eleni"), new Person(PersonId.of("nikolaou-eleni"), null,
                "Ελένη Νικολάου", List.of(), null, null, null));
        assertThatThrownBy(() -> service.addAmbassador(new AddAmbassadorCommand(new AmbassadorData("nikolaou-eleni",
                "Γιώργος Δασκάλου", null, null, null)))).hasMessageContaining("not Γιώργος Δασκάλου");
        assertThatThrownBy(() -> service.addAmbassador(new AddAmbassadorCommand(new AmbassadorData("nikolaou-eleni",
                null, null, null, 1999)))).hasMessageContaining("eTwinning began in 2005");
        assertThat(ports.ambassadors).isEmpty();
        assertThat(ports.persons.get(PersonId.of("nikolaou-eleni")).mayChair()).isFalse();
    }
}
