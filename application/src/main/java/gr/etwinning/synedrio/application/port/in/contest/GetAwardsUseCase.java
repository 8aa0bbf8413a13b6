package gr.etwinning.synedrio.application.port.in.contest;

/** A contest's awards; {@link gr.etwinning.synedrio.application.NotFoundException} if there is no such contest. */
public interface GetAwardsUseCase {

    ContestData getAwards(int contest);

    /** The awards table as text; the press-release format reproduces the press release's table byte for byte. */
    String exportAwards(int contest, AwardsFormat format);
}
