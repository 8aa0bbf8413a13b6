package gr.etwinning.synedrio.application.port.in.registration;

import java.time.LocalDate;

/**
 * What the participant's own page shows, by their confirmation code: the registration and its bookings, the
 * edition it belongs to, whether the details may still be changed (until the edition's first day begins, in its
 * time zone), whether the edition is over, the booking limit, and the certificate once one was issued.
 * {@link gr.etwinning.synedrio.application.NotFoundException} for an unknown code.
 */
public interface GetMyRegistrationUseCase {

    MyRegistration myRegistration(String code);

    /**
     * @param certificateCode    the verification code of the participant's certificate, null while none is issued
     * @param certificateRevoked whether that certificate was revoked
     */
    record MyRegistration(RegistrationView registration, String editionTitle, LocalDate startDate,
                          LocalDate endDate, boolean editable, boolean over, int bookingLimit,
                          String certificateCode, boolean certificateRevoked) {
    }
}
