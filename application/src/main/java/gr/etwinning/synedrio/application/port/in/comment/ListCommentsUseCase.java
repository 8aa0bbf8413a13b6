package gr.etwinning.synedrio.application.port.in.comment;

import java.util.List;

/** An edition's evaluation comments by number, or only those chosen for the report. */
public interface ListCommentsUseCase {

    List<CommentData> listComments(int edition, boolean selectedOnly);
}
