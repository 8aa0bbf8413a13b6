package gr.etwinning.synedrio.adapter.out.files.awards;

import gr.etwinning.synedrio.application.port.out.contest.AwardsTablePort;
import gr.etwinning.synedrio.application.port.out.contest.ParsedAwards;
import gr.etwinning.synedrio.domain.contest.Contest;

/** The awards tables: the press release's table and CSV (read with the project's one CSV reader). */
public final class AwardsTables implements AwardsTablePort {

    @Override
    public ParsedAwards readPressRelease(String text, String source) {
        return PressReleaseTable.parse(text, source);
    }

    @Override
    public ParsedAwards readCsv(String text, String source) {
        return CsvAwardsTable.parse(text, source);
    }

    @Override
    public String writePressRelease(Contest contest) {
        return PressReleaseTable.format(contest);
    }

    @Override
    public String writeCsv(Contest contest) {
        return CsvAwardsTable.format(contest);
    }
}
