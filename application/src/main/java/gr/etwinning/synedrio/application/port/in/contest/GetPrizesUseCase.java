package gr.etwinning.synedrio.application.port.in.contest;

/**
 * A contest's prizes under its prize policy; {@link gr.etwinning.synedrio.application.NotFoundException} if there is
 * no such contest, and a refusal if it has no prize policy.
 */
public interface GetPrizesUseCase {

    PrizesData getPrizes(int contest);
}
