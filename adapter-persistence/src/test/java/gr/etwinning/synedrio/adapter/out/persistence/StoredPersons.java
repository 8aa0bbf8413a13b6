package gr.etwinning.synedrio.adapter.out.persistence;

import java.util.List;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.ATTENDANCE_PERSON_PAGE;

/** Every attendance person stored, file after file, read from their pages: what the tests check of them. */
final class StoredPersons {

    private StoredPersons() {
    }

    static List<PersonPages.Person> all(Database database) {
        var page = ATTENDANCE_PERSON_PAGE;
        return PersonPages.persons(database.dsl().select(page.DATA).from(page).orderBy(page.FILE_NO, page.PAGE_NO)
                .fetch(page.DATA));
    }
}
