package gr.etwinning.synedrio.application.port.in.registration;

import java.util.List;

/** Every registration of an edition with its bookings, personal data included: for operators only. */
public interface ListRegistrationsUseCase {

    List<RegistrationView> listRegistrations(int edition);
}
