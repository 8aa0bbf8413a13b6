package gr.etwinning.synedrio.application.port.out.proceedings;

import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.proceedings.Isbn;
import gr.etwinning.synedrio.domain.programme.ContributionId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What the proceedings keep per edition: the volume's ISBN (one per edition) and the papers chosen for the e-journal. */
public interface ProceedingsRepository {

    Optional<Isbn> isbn(EditionNumber edition);

    /** The edition whose volume carries this ISBN, if any. */
    Optional<EditionNumber> editionWithIsbn(Isbn isbn);

    /** Stores the edition's ISBN (the edition has none yet). */
    void saveIsbn(EditionNumber edition, Isbn isbn, Instant at);

    /** The contributions chosen for the e-journal's special issue, in no particular order. */
    List<ContributionId> selected(EditionNumber edition);

    /** Marks these contributions as chosen; those chosen already stay as they are. */
    void select(EditionNumber edition, Collection<ContributionId> contributions, Instant at);

    /** Takes these contributions out of the choice. */
    void unselect(EditionNumber edition, Collection<ContributionId> contributions);
}
