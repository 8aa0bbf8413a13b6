package gr.etwinning.synedrio.application.port.out.contest;

import gr.etwinning.synedrio.domain.contest.Contest;

/**
 * The text formats of a contest's awards table (docs/dataset-format.md): the press release's tab-separated table,
 * and plain CSV with explicit teacher lists. A table that cannot be read is refused with an
 * {@link gr.etwinning.synedrio.domain.InvalidValueException} naming the source and the line.
 */
public interface AwardsTablePort {

    /** @param source the file's name, for messages */
    ParsedAwards readPressRelease(String text, String source);

    /** @param source the file's name, for messages */
    ParsedAwards readCsv(String text, String source);

    /** The press release's table, byte for byte as the release printed it for a contest read from it. */
    String writePressRelease(Contest contest);

    String writeCsv(Contest contest);
}
