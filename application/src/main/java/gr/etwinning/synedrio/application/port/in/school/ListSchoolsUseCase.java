package gr.etwinning.synedrio.application.port.in.school;

import java.util.List;

/** The schools registry, in Greek alphabetical order; only the unclassified ones if asked. */
public interface ListSchoolsUseCase {

    List<SchoolData> listSchools(boolean unclassifiedOnly);
}
