package gr.etwinning.synedrio.application.service.school;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.application.port.in.school.ListSchoolsUseCase;
import gr.etwinning.synedrio.application.port.in.school.SchoolData;
import gr.etwinning.synedrio.application.port.out.school.RegisteredSchool;
import gr.etwinning.synedrio.application.port.out.school.SchoolRepository;
import gr.etwinning.synedrio.application.service.mapping.Enums;
import gr.etwinning.synedrio.domain.school.School;
import gr.etwinning.synedrio.domain.school.SchoolType;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The schools registry, as read. */
@Singleton
public final class SchoolService implements ListSchoolsUseCase {

    private final SchoolRepository schools;

    @Inject
    public SchoolService(SchoolRepository schools) {
        this.schools = Objects.requireNonNull(schools, "'schools' must not be null");
    }

    @Override
    public List<SchoolData> listSchools(boolean unclassifiedOnly) {
        return schools.listAll().stream()
                .filter(r -> !unclassifiedOnly || !r.school().isClassified())
                .sorted(Comparator.comparing((RegisteredSchool r) -> r.school().name(), GreekText.COLLATOR))
                .map(SchoolService::toData).toList();
    }

    static SchoolData toData(RegisteredSchool r) {
        School s = r.school();
        return new SchoolData(s.key(), s.name(), s.type().map(SchoolType::officialName).orElse(null),
                Enums.write(s.level().orElse(null)), s.features().stream().sorted().map(Enums::write).toList(),
                r.spellings());
    }
}
