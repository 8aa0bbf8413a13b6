package gr.etwinning.synedrio.application.port.in.comment;

/** Chooses a comment for the report, or takes it out; refused for an unknown edition or number. */
public interface SelectCommentUseCase {

    CommentData selectComment(int edition, int number, boolean selected);
}
