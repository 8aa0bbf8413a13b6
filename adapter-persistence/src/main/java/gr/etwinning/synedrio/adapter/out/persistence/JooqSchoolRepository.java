package gr.etwinning.synedrio.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.application.port.out.school.RegisteredSchool;
import gr.etwinning.synedrio.application.port.out.school.SchoolRepository;
import gr.etwinning.synedrio.domain.school.School;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.SCHOOL;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.SCHOOL_SPELLING;

/** The schools registry in {@code school} (one row per key) and {@code school_spelling} (every spelling seen). */
@Singleton
public final class JooqSchoolRepository implements SchoolRepository {

    private final Database database;

    @Inject
    public JooqSchoolRepository(Database database) {
        this.database = database;
    }

    @Override
    public void record(Collection<School> seen) {
        if (seen.isEmpty()) {
            return;
        }
        database.inTransaction(() -> {
            DSLContext dsl = database.dsl();
            Map<String, List<School>> byKey = new LinkedHashMap<>();
            seen.forEach(s -> byKey.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s));
            Map<String, List<String>> spellings = new HashMap<>();
            dsl.selectFrom(SCHOOL_SPELLING).where(SCHOOL_SPELLING.SCHOOL_KEY.in(byKey.keySet()))
                    .orderBy(SCHOOL_SPELLING.SCHOOL_KEY, SCHOOL_SPELLING.POSITION).fetch()
                    .forEach(r -> spellings.computeIfAbsent(r.getSchoolKey(), k -> new ArrayList<>())
                            .add(r.getSpelling()));
            var known = dsl.select(SCHOOL.SCHOOL_KEY).from(SCHOOL).where(SCHOOL.SCHOOL_KEY.in(byKey.keySet()))
                    .fetchSet(SCHOOL.SCHOOL_KEY);
            for (Map.Entry<String, List<School>> e : byKey.entrySet()) {
                String key = e.getKey();
                if (!known.contains(key)) {
                    dsl.insertInto(SCHOOL).set(SCHOOL.SCHOOL_KEY, key).set(SCHOOL.NAME, e.getValue().get(0).name())
                            .execute();
                }
                List<String> have = spellings.computeIfAbsent(key, k -> new ArrayList<>());
                for (School s : e.getValue()) {
                    if (!have.contains(s.name())) {
                        dsl.insertInto(SCHOOL_SPELLING).set(SCHOOL_SPELLING.SCHOOL_KEY, key)
                                .set(SCHOOL_SPELLING.POSITION, have.size()).set(SCHOOL_SPELLING.SPELLING, s.name())
                                .execute();
                        have.add(s.name());
                    }
                }
            }
            return null;
        });
    }

    @Override
    public List<RegisteredSchool> listAll() {
        DSLContext dsl = database.dsl();
        Map<String, List<String>> spellings = new HashMap<>();
        dsl.selectFrom(SCHOOL_SPELLING).orderBy(SCHOOL_SPELLING.SCHOOL_KEY, SCHOOL_SPELLING.POSITION).fetch()
                .forEach(r -> spellings.computeIfAbsent(r.getSchoolKey(), k -> new ArrayList<>())
                        .add(r.getSpelling()));
        List<RegisteredSchool> result = new ArrayList<>();
        dsl.selectFrom(SCHOOL).orderBy(SCHOOL.SCHOOL_KEY).fetch().forEach(r -> result.add(new RegisteredSchool(
                School.named(r.getName()), spellings.getOrDefault(r.getSchoolKey(), List.of()))));
        return result;
    }

    /** How many schools the registry holds. */
    int count() {
        return database.dsl().fetchCount(DSL.selectFrom(SCHOOL));
    }
}
