package gr.etwinning.synedrio.application.port.in.comment;

import java.util.List;

/**
 * Chooses comments for the report, or takes them out, all or nothing: an unknown edition or number
 * ({@link gr.etwinning.synedrio.application.NotFoundException}) changes none of them.
 */
public interface SelectCommentUseCase {

    List<CommentData> selectComments(int edition, List<Integer> numbers, boolean selected);
}
