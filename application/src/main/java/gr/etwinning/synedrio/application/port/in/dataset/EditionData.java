package gr.etwinning.synedrio.application.port.in.dataset;

import gr.etwinning.synedrio.application.port.in.comment.CommentData;
import gr.etwinning.synedrio.application.port.in.conference.ConferenceData;
import gr.etwinning.synedrio.application.port.in.figure.FigureData;
import gr.etwinning.synedrio.application.port.in.programme.ProgrammeData;

import java.util.List;

/**
 * One edition of a dataset: its details and its programme, in the same shapes the API speaks, and (optionally) the
 * figures recorded for its report and its evaluation comments.
 */
public record EditionData(ConferenceData conference, ProgrammeData programme, List<FigureData> figures,
                          List<CommentData> comments) {

    public EditionData {
        figures = figures == null ? List.of() : figures;
        comments = comments == null ? List.of() : comments;
    }

    public EditionData(ConferenceData conference, ProgrammeData programme) {
        this(conference, programme, null, null);
    }
}
