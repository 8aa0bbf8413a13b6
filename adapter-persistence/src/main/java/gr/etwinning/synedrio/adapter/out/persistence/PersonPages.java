package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.domain.attendance.MatchedBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The persons of one imported attendance file as stored (V23): packed, in person number order, into pages of at most
 * {@link #MAX_BYTES} bytes, a row of {@code attendance_person_page} each, instead of a row per person.
 *
 * <p>Why: a file is written whole by its import, replaced whole by an import of the same bytes, and read whole by
 * every count (its persons' numbers and seconds) and every merge across a session's files (their intervals). A row
 * per person cost the database as much per import as {@code LOAD DATA} of the file's raw rows — the import's largest
 * part — for rows never read one at a time; a national edition's million rows are now some two thousand pages.
 *
 * <p>Each person, one after the other:
 * <ul>
 *   <li>the person's number, as the difference from the previous person's (the first: from 0), zigzag varint;</li>
 *   <li>the registration's id plus one, or 0 for none, varint; how they were matched, one byte (0 e-mail, 1 name,
 *       2 none);</li>
 *   <li>their seconds, varint; the number of merged intervals, varint; the first interval's start (epoch seconds)
 *       and length, then for each further interval the gap since the previous end and the length, varints;</li>
 *   <li>the name and the e-mail address as the file gave them: the UTF-8 bytes' length plus one (0 for none),
 *       varint, then the bytes.</li>
 * </ul>
 */
final class PersonPages {

    /**
     * The most bytes a page holds: under 64 KiB, a {@code blob} on MariaDB, and a few dozen KiB a database writes
     * and reads in one piece. A person takes at most some 9 KiB (400 intervals, a 200-character name, an address).
     */
    static final int MAX_BYTES = 60_000;

    private PersonPages() {
    }

    /** One person of a file, as stored. {@code intervals} are merged: {@code [s0, e0, s1, e1, …]}, each e < next s. */
    record Person(long number, Long registrationId, MatchedBy matchedBy, String name, String email, long seconds,
                  long[] intervals) {
    }

    /** A page: how many persons it holds and its bytes. */
    record Page(int persons, byte[] data) {
    }

    /** The persons, which must be in ascending number order, packed into pages. */
    static List<Page> pack(Iterable<Person> persons) {
        List<Page> pages = new ArrayList<>();
        Out page = new Out();
        Out person = new Out();
        int count = 0;
        long previous = 0;
        boolean first = true;
        for (Person p : persons) {
            if (!first && p.number() <= previous) {
                throw new IllegalArgumentException("persons out of number order: " + p.number() + " after "
                        + previous);
            }
            person.size = 0;
            // a person beginning a page is written from 0, so that each page decodes alone
            write(person, p, page.size == 0 ? 0 : previous);
            if (page.size + person.size > MAX_BYTES && page.size > 0) {
                pages.add(new Page(count, Arrays.copyOf(page.bytes, page.size)));
                page.size = 0;
                count = 0;
                person.size = 0;
                write(person, p, 0);
            }
            if (person.size > MAX_BYTES) { // some 10 KB at most as imports clip them: never, unless that changes
                throw new IllegalArgumentException("person " + p.number() + " takes " + person.size
                        + " bytes, more than a page holds (" + MAX_BYTES + ")");
            }
            page.put(person);
            count++;
            previous = p.number();
            first = false;
        }
        if (count > 0) {
            pages.add(new Page(count, Arrays.copyOf(page.bytes, page.size)));
        }
        return pages;
    }

    private static void write(Out out, Person p, long previous) {
        out.varlong(zigzag(p.number() - previous));
        out.varlong(p.registrationId() == null ? 0 : p.registrationId() + 1); // 0 stays for none
        out.put(switch (p.matchedBy()) {
            case EMAIL -> 0;
            case NAME -> 1;
            case NONE -> 2;
        });
        out.varlong(p.seconds());
        long[] iv = p.intervals();
        out.varlong(iv.length / 2);
        long end = 0;
        for (int i = 0; i < iv.length; i += 2) {
            out.varlong(i == 0 ? iv[0] : iv[i] - end);
            out.varlong(iv[i + 1] - iv[i]);
            end = iv[i + 1];
        }
        out.text(p.name());
        out.text(p.email());
    }

    private static long zigzag(long n) {
        return (n << 1) ^ (n >> 63);
    }

    private static long unzigzag(long n) {
        return (n >>> 1) ^ -(n & 1);
    }

    /** What a reader of a page is given of each person; what it does not ask for is skipped, not decoded. */
    interface Reader {
        /** Whether to decode the intervals, the name and the address too ({@link #person}), or only the counts. */
        default boolean whole() {
            return true;
        }

        /** A person's number, registration (null for none) and seconds: all that counts need. */
        default void counted(long number, Long registrationId, long seconds) {
        }

        /** A person whole (only where {@link #whole} is true). */
        default void person(Person person) {
        }
    }

    /** Reads a page's persons, in number order. */
    static void read(byte[] page, Reader reader) {
        In in = new In(page);
        boolean whole = reader.whole();
        long previous = 0;
        while (in.at < page.length) {
            long number = previous + unzigzag(in.varlong());
            previous = number;
            long registration = in.varlong(); // the id + 1, 0 for none
            int by = page[in.at++];
            long seconds = in.varlong();
            int n = (int) in.varlong();
            if (!whole) {
                for (int i = 0; i < 2 * n; i++) {
                    in.varlong();
                }
                in.skipText();
                in.skipText();
                reader.counted(number, registration == 0 ? null : registration - 1, seconds);
                continue;
            }
            long[] iv = new long[2 * n];
            long end = 0;
            for (int i = 0; i < 2 * n; i += 2) {
                iv[i] = i == 0 ? in.varlong() : end + in.varlong();
                iv[i + 1] = iv[i] + in.varlong();
                end = iv[i + 1];
            }
            String name = in.text();
            String email = in.text();
            Long id = registration == 0 ? null : registration - 1;
            reader.counted(number, id, seconds);
            reader.person(new Person(number, id, switch (by) {
                case 0 -> MatchedBy.EMAIL;
                case 1 -> MatchedBy.NAME;
                default -> MatchedBy.NONE;
            }, name, email, seconds, iv));
        }
    }

    /** Every person of the pages, in order (a file's, for tests and rewrites). */
    static List<Person> persons(List<byte[]> pages) {
        List<Person> out = new ArrayList<>();
        for (byte[] page : pages) {
            read(page, new Reader() {
                @Override
                public void person(Person person) {
                    out.add(person);
                }
            });
        }
        return out;
    }

    private static final class Out {
        byte[] bytes = new byte[1024];
        int size;

        void put(int b) {
            room(1);
            bytes[size++] = (byte) b;
        }

        void put(Out other) {
            room(other.size);
            System.arraycopy(other.bytes, 0, bytes, size, other.size);
            size += other.size;
        }

        void varlong(long v) {
            room(10);
            while ((v & ~0x7FL) != 0) {
                bytes[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
        }

        void text(String s) {
            if (s == null) {
                varlong(0);
                return;
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            varlong(utf8.length + 1L);
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        private void room(int n) {
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
            }
        }
    }

    private static final class In {
        final byte[] bytes;
        int at;

        In(byte[] bytes) {
            this.bytes = bytes;
        }

        long varlong() {
            long v = 0;
            int shift = 0;
            while (true) {
                byte b = bytes[at++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
                shift += 7;
            }
        }

        String text() {
            int n = (int) varlong();
            if (n == 0) {
                return null;
            }
            String s = new String(bytes, at, n - 1, StandardCharsets.UTF_8);
            at += n - 1;
            return s;
        }

        void skipText() {
            int n = (int) varlong();
            at += Math.max(0, n - 1);
        }
    }
}
