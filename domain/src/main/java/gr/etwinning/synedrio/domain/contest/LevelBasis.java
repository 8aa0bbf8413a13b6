package gr.etwinning.synedrio.domain.contest;

/** How a school's education level — and so its prize — was decided. */
public enum LevelBasis {
    /** From the unit type its name reveals: the prize follows the school, not the category. */
    SCHOOL_TYPE,
    /** Its name reveals no type, so the level of the category it was awarded in. */
    CATEGORY_LEVEL,
    /** Neither: an unclassified school in a category of no single level. Somebody must decide. */
    UNDECIDED
}
