package gr.etwinning.synedrio.application.port.in.proceedings;

/** {@code proceedings isbn EDITION ISBN}: the volume's ISBN, checked, hyphenated and stored once per edition. */
public interface SetIsbnUseCase {

    /**
     * Stores the ISBN for the edition. Refused (nothing stored) when it is not a valid ISBN, when the edition has
     * another ISBN already, or when another edition's volume carries it.
     */
    IsbnData setIsbn(int edition, String isbn);

    /** The edition's ISBN, or null. */
    IsbnData isbn(int edition);

    /**
     * @param hyphenated    as printed ("978-618-5895-00-6"; the 13 digits for a group whose ranges are not known)
     * @param compact       the 13 digits
     * @param fromIsbn10    whether it was typed as an ISBN-10 and converted
     * @param unchanged     whether the edition had this very ISBN already
     * @param hyphenation   whether its hyphenation is known (the Greek groups 978-960 and 978-618)
     */
    record IsbnData(int edition, String hyphenated, String compact, boolean fromIsbn10, boolean unchanged,
                    boolean hyphenation) {
    }
}
