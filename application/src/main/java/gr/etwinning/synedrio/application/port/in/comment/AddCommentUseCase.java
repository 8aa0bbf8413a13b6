package gr.etwinning.synedrio.application.port.in.comment;

/**
 * Records an evaluation comment as the next number of the edition. The same text again is not a second comment:
 * it is refused with {@link gr.etwinning.synedrio.application.ConflictException} naming the first.
 */
public interface AddCommentUseCase {

    CommentData addComment(AddCommentCommand command);

    record AddCommentCommand(int edition, String text, boolean selected) {
    }
}
