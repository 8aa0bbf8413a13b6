package gr.etwinning.synedrio.application.fakes;

import gr.etwinning.synedrio.application.port.out.contest.AwardsTablePort;
import gr.etwinning.synedrio.application.port.out.contest.ParsedAwards;
import gr.etwinning.synedrio.domain.contest.Contest;

/**
 * For tests of services that hold a contest service but never read or write an awards table as text; the real
 * formats are tested in adapter-files. Any call fails the test.
 */
public final class UnusedAwardsTables implements AwardsTablePort {

    @Override
    public ParsedAwards readPressRelease(String text, String source) {
        throw new AssertionError("this test does not read awards tables");
    }

    @Override
    public ParsedAwards readCsv(String text, String source) {
        throw new AssertionError("this test does not read awards tables");
    }

    @Override
    public String writePressRelease(Contest contest) {
        throw new AssertionError("this test does not write awards tables");
    }

    @Override
    public String writeCsv(Contest contest) {
        throw new AssertionError("this test does not write awards tables");
    }
}
