package gr.etwinning.synedrio.application.port.in.contest;

import java.util.List;

/**
 * A national contest's awards as the API, datasets and the JSON awards format write them. {@code number} is 15 for
 * the 15th contest; {@code schoolYear} like {@code 2020-2021}; {@code conference} the edition whose award ceremony
 * presents the winners; {@code version} the stored version on output and, when given on input, the version a change
 * is based on. Titles and names are as written.
 */
public record ContestData(Integer number, String schoolYear, Integer conference, PrizePolicyData prizePolicy,
                          List<CategoryData> categories, List<ProjectData> projects, Long version) {

    public ContestData {
        categories = categories == null ? List.of() : categories;
        projects = projects == null ? List.of() : projects;
    }

    /**
     * A category: {@code kind} is {@code kindergarten}, {@code primary}, {@code lower-secondary},
     * {@code upper-secondary}, {@code vocational} or {@code stem}; {@code title} as the press release prints it.
     */
    public record CategoryData(String kind, String title, Integer minAge, Integer maxAge) {
    }

    /** An awarded project: its category's kind, {@code award} "1", "2", … or "prize", its title and partners. */
    public record ProjectData(String category, String award, String title, List<PartnerData> partners) {
        public ProjectData {
            partners = partners == null ? List.of() : partners;
        }
    }

    /** A partner school as written, and its teachers' full names, one per entry. */
    public record PartnerData(String school, List<String> teachers) {
        public PartnerData {
            teachers = teachers == null ? List.of() : teachers;
        }
    }

    /** The prizes: per awarded school unit of a level ({@code primary}, {@code secondary}), quantity × item. */
    public record PrizePolicyData(String source, List<PrizeRuleData> rules) {
        public PrizePolicyData {
            rules = rules == null ? List.of() : rules;
        }
    }

    public record PrizeRuleData(String level, Integer quantity, String item) {
    }
}
