package gr.etwinning.synedrio.application.port.in.ambassador;

import java.util.List;

/** Every person with the ambassador standing, with their registry details where recorded, by name. */
public interface ListAmbassadorsUseCase {

    List<AmbassadorData> listAmbassadors();
}
