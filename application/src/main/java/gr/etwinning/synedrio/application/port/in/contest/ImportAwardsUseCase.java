package gr.etwinning.synedrio.application.port.in.contest;

import java.util.Objects;

/**
 * Imports a contest's awards table from text — the press release's table or CSV — all or nothing; errors name the
 * line. The table replaces the contest's projects and categories; its school year, conference and prize policy are
 * kept unless given. A teachers cell that cannot be split with confidence refuses the import, listing every such
 * cell, unless {@code acceptGuesses} takes the proposed splits (they are then listed in the report).
 */
public interface ImportAwardsUseCase {

    AwardsImportReport importAwards(ImportAwardsCommand command);

    record ImportAwardsCommand(int contest, Integer conference, String schoolYear, AwardsFormat format,
                               String source, String text, boolean acceptGuesses) {
        public ImportAwardsCommand {
            Objects.requireNonNull(format, "'format' must not be null");
            Objects.requireNonNull(text, "'text' must not be null");
            source = source == null ? "input" : source;
        }
    }
}
