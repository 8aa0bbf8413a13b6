package gr.etwinning.synedrio.application.port.in.registration;

/** A registration by its confirmation code; {@link gr.etwinning.synedrio.application.NotFoundException} if none. */
public interface GetRegistrationUseCase {

    RegistrationView getRegistration(String code);
}
