package gr.etwinning.synedrio.application.port.in.contest;

/**
 * The text formats of an awards table: the press release's tab-separated table, and plain CSV with explicit
 * teacher lists. (JSON is {@link ContestData}, which the adapters read and write.)
 */
public enum AwardsFormat {
    PRESS_RELEASE, CSV
}
