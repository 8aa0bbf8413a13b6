package gr.etwinning.synedrio.application.port.in.proceedings;

import java.util.List;

/** {@code proceedings select EDITION CONTRIBUTION…}: the papers chosen for the e-journal's special issue. */
public interface SelectPapersUseCase {

    /** Chooses these contributions, all or nothing: an id that is not a paper of the edition's programme refuses all. */
    Selection select(int edition, List<String> contributions);

    /** Takes these out of the choice, all or nothing. */
    Selection unselect(int edition, List<String> contributions);

    /** The contributions chosen, in programme order. */
    List<String> selected(int edition);

    /** @param changed those chosen (or taken out) now; @param unchanged those that were so already */
    record Selection(List<String> changed, List<String> unchanged, List<String> selected) {
    }
}
